import type pg from 'pg';
import type { Ctx, Deps } from '../../platform/access/context.js';
import { AppError } from '../../platform/errors/index.js';
import { idToUuid, uuidToId } from '../../platform/ids/index.js';
import { queueMail } from '../../platform/mail/index.js';
import { openChecklist } from './checklist.js';
import { loadPartner } from './common.js';

type Queryable = Pick<pg.PoolClient, 'query'>;

const portalUrl = (config: Deps['config']) =>
  `${config.publicUrl ?? `http://localhost:${config.port}`}/onboarding`;

/**
 * Queues one reminder per partner admin listing the open required tasks. `workspace`/`partner`
 * are raw uuids: the scheduled pass runs outside any tenant transaction.
 */
async function mailAdmins(
  db: Queryable,
  deps: Pick<Deps, 'config' | 'clock'>,
  workspaceUuid: string,
  partnerUuid: string,
  checklistUuid: string,
): Promise<{ recipients: number; openTasks: number }> {
  const { rows: tasks } = await db.query<{ title: string }>(
    `select title from onboarding_tasks
      where workspace_id = $1 and checklist_id = $2 and required and status = 'todo' order by position`,
    [workspaceUuid, checklistUuid],
  );
  if (tasks.length === 0) return { recipients: 0, openTasks: 0 };
  const { rows: admins } = await db.query<{ email: string; name: string; locale: string; partner: string }>(
    `select u.email, u.name, u.locale, p.name as partner
       from memberships m join users u on u.id = m.user_id
       join partners p on p.workspace_id = m.workspace_id and p.id = m.partner_id
      where m.workspace_id = $1 and m.partner_id = $2 and m.role = 'partner_admin'
      order by u.email`,
    [workspaceUuid, partnerUuid],
  );
  for (const a of admins) {
    await queueMail(db, deps, {
      workspaceId: uuidToId('workspace', workspaceUuid),
      to: a.email,
      template: 'onboarding_reminder',
      locale: a.locale,
      data: {
        name: a.name,
        partnerName: a.partner,
        openTasks: tasks.map((t) => t.title),
        url: portalUrl(deps.config),
      },
    });
  }
  return { recipients: admins.length, openTasks: tasks.length };
}

/**
 * Background step: for every open checklist of a partner still in onboarding with open required
 * tasks, the reminder days that have passed since it started. The (checklist, day) row is
 * inserted in the same transaction as the mails, and its primary key makes a second runner's
 * insert a no-op — so each reminder goes out exactly once. Days that passed together (a runner
 * that was down) send one mail, not several.
 */
export async function sendDueOnboardingReminders(deps: Deps, limit = 100): Promise<number> {
  const now = deps.clock.now();
  const { rows } = await deps.pools.system.query<{
    workspace_id: string;
    id: string;
    partner_id: string;
    days: number[];
  }>(
    `select c.workspace_id::text, c.id::text, c.partner_id::text, array_agg(d.day order by d.day) as days
       from checklists c
       cross join lateral unnest(c.reminder_days) as d(day)
       join partners p on p.workspace_id = c.workspace_id and p.id = c.partner_id and p.status = 'onboarding'
      where c.completed_at is null
        and c.started_at + make_interval(days => d.day) <= $1
        and not exists (select 1 from onboarding_reminders r
                         where r.workspace_id = c.workspace_id and r.checklist_id = c.id and r.due_day = d.day)
      group by c.workspace_id, c.id, c.partner_id
      limit $2`,
    [now, limit],
  );
  let sent = 0;
  for (const c of rows) {
    const client = await deps.pools.system.connect();
    try {
      await client.query('begin');
      const { rows: claimed } = await client.query(
        `insert into onboarding_reminders (workspace_id, checklist_id, partner_id, due_day, sent_at, recipients)
         select $1, $2, $3, day, $5, 0 from unnest($4::int[]) as day
         on conflict do nothing returning due_day`,
        [c.workspace_id, c.id, c.partner_id, c.days, now],
      );
      if (claimed.length > 0) {
        const { recipients } = await mailAdmins(client, deps, c.workspace_id, c.partner_id, c.id);
        await client.query(
          `update onboarding_reminders set recipients = $3 where workspace_id = $1 and checklist_id = $2 and due_day = any($4::int[])`,
          [c.workspace_id, c.id, recipients, claimed.map((r) => r.due_day)],
        );
        sent += recipients;
      }
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
  return sent;
}

/** Staff: remind the partner's admins now (outside the schedule). */
export async function sendReminderNow(ctx: Ctx, partnerId: string) {
  await loadPartner(ctx, partnerId);
  const checklist = await openChecklist(ctx, partnerId);
  if (!checklist) throw new AppError('conflict', 'The partner has no open onboarding checklist.');
  const result = await mailAdmins(
    ctx.client,
    { config: ctx.config, clock: ctx.clock },
    idToUuid(ctx.requireWorkspace()),
    idToUuid(partnerId),
    idToUuid(checklist.id),
  );
  if (result.openTasks === 0)
    throw new AppError('conflict', 'No required task is open; there is nothing to remind of.');
  ctx.audit({
    action: 'onboarding.reminder_sent',
    objectType: 'checklist',
    objectId: checklist.id,
    partnerId,
    after: result,
  });
  return result;
}
