import type { Command } from 'commander';
import { isPartnerRole, isVendorRole } from '../../platform/access/permissions.js';
import { appendAudit } from '../../platform/audit/index.js';
import { upsertUserWithPassword } from '../../platform/auth/service.js';
import { unsafeSystemTx } from '../../platform/db/system.js';
import { idToUuid, newId, uuidToId } from '../../platform/ids/index.js';
import { UsageError } from '../program.js';
import { idOption, withPlatform } from './shared.js';

export function registerUserCommands(program: Command) {
  const user = program.command('user').description('Manage user accounts');
  user
    .command('create')
    .description(
      'Create a user (or reset an existing user’s password) and optionally add a workspace membership',
    )
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .requiredOption('--name <name>', 'display name')
    .option('--password <password>', 'password, at least 10 characters (or set SYMBIO_USER_PASSWORD)')
    .option('--workspace <id>', 'workspace to join (wks_…)', idOption('workspace', '--workspace'))
    .option('--role <role>', 'role in that workspace, e.g. admin or partner_admin')
    .option(
      '--partner <id>',
      'partner organisation for partner roles (ptr_…)',
      idOption('partner', '--partner'),
    )
    .action(
      async (opts: {
        email: string;
        name: string;
        password?: string;
        workspace?: string;
        role?: string;
        partner?: string;
      }) => {
        const password = opts.password ?? process.env.SYMBIO_USER_PASSWORD;
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(opts.email))
          throw new UsageError('--email must be an e-mail address');
        if (!password || password.length < 10)
          throw new UsageError('--password must be at least 10 characters');
        if (opts.workspace && !opts.role) throw new UsageError('--role is required with --workspace');
        if (opts.role && !(isVendorRole(opts.role) || isPartnerRole(opts.role)))
          throw new UsageError(`--role ${opts.role} is not a role`);
        if (opts.role && isPartnerRole(opts.role) && !opts.partner)
          throw new UsageError('--partner is required for a partner role');
        if (opts.role && isVendorRole(opts.role) && opts.partner)
          throw new UsageError('--partner is only for partner roles');
        await withPlatform(async ({ deps }) => {
          const userId = await upsertUserWithPassword(deps.pools.system, {
            email: opts.email,
            name: opts.name,
            password,
          });
          console.log(`user ${userId} <${opts.email.toLowerCase()}>`);
          if (opts.workspace && opts.role) {
            const workspaceId = opts.workspace;
            const role = opts.role;
            await unsafeSystemTx(deps.pools, async (client) => {
              const ws = await client.query('select 1 from workspaces where id = $1', [
                idToUuid(workspaceId),
              ]);
              if (!ws.rowCount) throw new Error(`no workspace ${workspaceId}`);
              if (opts.partner) {
                const p = await client.query('select 1 from partners where workspace_id = $1 and id = $2', [
                  idToUuid(workspaceId),
                  idToUuid(opts.partner),
                ]);
                if (!p.rowCount) throw new Error(`no partner ${opts.partner} in ${workspaceId}`);
              }
              const membershipId = newId('membership');
              const r = await client.query<{ id: string; inserted: boolean }>(
                `insert into memberships (workspace_id, id, user_id, kind, role, partner_id) values ($1, $2, $3, $4, $5, $6)
                 on conflict (workspace_id, user_id) do update set role = excluded.role, partner_id = excluded.partner_id, kind = excluded.kind
                 returning id, (xmax = 0) as inserted`,
                [
                  idToUuid(workspaceId),
                  idToUuid(membershipId),
                  idToUuid(userId),
                  isPartnerRole(role) ? 'partner' : 'vendor',
                  role,
                  opts.partner ? idToUuid(opts.partner) : null,
                ],
              );
              // The upsert returns the existing membership when the user was already a member.
              const row = r.rows[0]!;
              const existingId = uuidToId('membership', row.id);
              await appendAudit(
                client,
                workspaceId,
                [
                  {
                    action: row.inserted ? 'membership.created' : 'membership.role_changed',
                    objectType: 'membership',
                    objectId: existingId,
                    partnerId: opts.partner ?? null,
                    after: { userId, role },
                  },
                ],
                {
                  actorKind: 'system',
                  actorId: 'system:cli',
                  requestId: null,
                  ip: null,
                  occurredAt: new Date(),
                },
              );
              console.log(
                `member of ${workspaceId} as ${role} (${existingId}${row.inserted ? '' : ', updated'})`,
              );
            });
          }
        });
      },
    );
}
