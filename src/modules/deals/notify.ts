import type { Ctx } from '../../platform/access/context.js';
import { idToUuid } from '../../platform/ids/index.js';
import { queueMail } from '../../platform/mail/index.js';
import type { DealMailKind } from '../../platform/mail/templates.js';

export const dealUrl = (config: Ctx['config'], dealId: string) =>
  `${config.publicUrl ?? `http://localhost:${config.port}`}/deals/${dealId}`;

type DealRef = { id: string; partnerId: string; title: string; customerName: string; registeredBy: string };

/**
 * E-mails the partner about a decision on its registration, in the same transaction as the
 * decision: its partner admins and the user who registered it (in-app notifications come from
 * the event, see events/dispatch). Reads memberships of the deal's own partner only.
 */
export async function mailPartner(ctx: Ctx, deal: DealRef, kind: DealMailKind, reason: string | null) {
  const { rows } = await ctx.client.query<{ email: string; name: string; locale: string | null }>(
    `select distinct u.email, u.name, u.locale from memberships m join users u on u.id = m.user_id
      where m.workspace_id = $1 and m.partner_id = $2
        and (m.role = 'partner_admin' or u.id::text = $3)
      order by u.email`,
    [idToUuid(ctx.requireWorkspace()), idToUuid(deal.partnerId), registeredUserUuid(deal.registeredBy)],
  );
  for (const r of rows) {
    await queueMail(ctx.client, ctx, {
      workspaceId: ctx.requireWorkspace(),
      to: r.email,
      template: 'deal_update',
      locale: r.locale,
      data: {
        name: r.name,
        kind,
        dealTitle: deal.title,
        customerName: deal.customerName,
        reason,
        url: dealUrl(ctx.config, deal.id),
      },
    });
  }
  return rows.length;
}

/** E-mails vendor users (reviewers) about a deal: reminders and escalations. */
export async function mailUsers(
  ctx: Pick<Ctx, 'client' | 'config' | 'clock' | 'requireWorkspace'>,
  userIds: readonly string[],
  deal: DealRef,
  kind: DealMailKind,
  reason: string | null,
) {
  if (userIds.length === 0) return 0;
  const { rows } = await ctx.client.query<{ email: string; name: string; locale: string | null }>(
    `select u.email, u.name, u.locale from users u where u.id = any($1::uuid[]) order by u.email`,
    [userIds.map(idToUuid)],
  );
  for (const r of rows) {
    await queueMail(ctx.client, ctx, {
      workspaceId: ctx.requireWorkspace(),
      to: r.email,
      template: 'deal_update',
      locale: r.locale,
      data: {
        name: r.name,
        kind,
        dealTitle: deal.title,
        customerName: deal.customerName,
        reason,
        url: dealUrl(ctx.config, deal.id),
      },
    });
  }
  return rows.length;
}

/** `registeredBy` holds the principal id (usr_… for users); anything else matches no user. */
function registeredUserUuid(principal: string): string {
  return principal.startsWith('usr_') ? idToUuid(principal) : '';
}
