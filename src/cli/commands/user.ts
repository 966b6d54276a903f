import type { Command } from 'commander';
import { isPartnerRole, isVendorRole } from '../../platform/access/permissions.js';
import { appendAudit } from '../../platform/audit/index.js';
import { upsertUserWithPassword } from '../../platform/auth/service.js';
import { unsafeSystemTx } from '../../platform/db/system.js';
import { idToUuid, newId } from '../../platform/ids/index.js';
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
          throw new Error('--email must be an e-mail address');
        if (!password || password.length < 10) throw new Error('--password must be at least 10 characters');
        if (opts.workspace && !opts.role) throw new Error('--role is required with --workspace');
        if (opts.role && !(isVendorRole(opts.role) || isPartnerRole(opts.role)))
          throw new Error(`--role ${opts.role} is not a role`);
        if (opts.role && isPartnerRole(opts.role) && !opts.partner)
          throw new Error('--partner is required for a partner role');
        if (opts.role && isVendorRole(opts.role) && opts.partner)
          throw new Error('--partner is only for partner roles');
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
              const r = await client.query(
                `insert into memberships (workspace_id, id, user_id, kind, role, partner_id) values ($1, $2, $3, $4, $5, $6)
                 on conflict (workspace_id, user_id) do update set role = excluded.role, partner_id = excluded.partner_id, kind = excluded.kind
                 returning id`,
                [
                  idToUuid(workspaceId),
                  idToUuid(membershipId),
                  idToUuid(userId),
                  isPartnerRole(role) ? 'partner' : 'vendor',
                  role,
                  opts.partner ? idToUuid(opts.partner) : null,
                ],
              );
              await appendAudit(
                client,
                workspaceId,
                [
                  {
                    action: 'membership.created',
                    objectType: 'membership',
                    objectId: membershipId,
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
              console.log(`member of ${workspaceId} as ${role}${r.rowCount ? '' : ''}`);
            });
          }
        });
      },
    );
}
