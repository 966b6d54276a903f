import type { Command } from 'commander';
import { allPermissions, type Permission, rolePermissions } from '../../platform/access/permissions.js';
import { appendAudit } from '../../platform/audit/index.js';
import { randomToken, sha256 } from '../../platform/auth/crypto.js';
import { API_KEY_PREFIX } from '../../platform/auth/resolve.js';
import { unsafeSystemTx } from '../../platform/db/system.js';
import { idToUuid, newId } from '../../platform/ids/index.js';
import { UsageError } from '../program.js';
import { idOption, withPlatform } from './shared.js';

export function registerApiKeyCommands(program: Command) {
  const apikey = program.command('apikey').description('Manage API keys');
  apikey
    .command('create')
    .description('Create an API key and print its secret (shown only once)')
    .requiredOption('--workspace <id>', 'workspace (wks_…)', idOption('workspace', '--workspace'))
    .requiredOption('--name <name>', 'what the key is for')
    .option('--scopes <list>', `comma-separated scopes (default: all). Known: ${allPermissions.join(', ')}`)
    .option('--partner <id>', 'make it a partner-scoped key (ptr_…)', idOption('partner', '--partner'))
    .action(async (opts: { workspace: string; name: string; scopes?: string; partner?: string }) => {
      const cap = opts.partner ? rolePermissions.partner_admin : allPermissions;
      const scopes = (opts.scopes ? opts.scopes.split(',').map((s) => s.trim()) : [...cap]) as Permission[];
      const unknown = scopes.filter((s) => !allPermissions.includes(s));
      if (unknown.length) throw new UsageError(`unknown scope ${unknown.join(', ')}`);
      const beyond = scopes.filter((s) => !cap.includes(s));
      if (beyond.length) throw new UsageError(`a partner key cannot have ${beyond.join(', ')}`);
      await withPlatform(async ({ deps }) => {
        const secret = `${API_KEY_PREFIX}${randomToken()}`;
        const id = newId('apiKey');
        await unsafeSystemTx(deps.pools, async (client) => {
          const ws = await client.query('select 1 from workspaces where id = $1', [idToUuid(opts.workspace)]);
          if (!ws.rowCount) throw new Error(`no workspace ${opts.workspace}`);
          if (opts.partner) {
            const p = await client.query('select 1 from partners where workspace_id = $1 and id = $2', [
              idToUuid(opts.workspace),
              idToUuid(opts.partner),
            ]);
            if (!p.rowCount) throw new Error(`no partner ${opts.partner} in ${opts.workspace}`);
          }
          await client.query(
            `insert into api_keys (workspace_id, id, partner_id, name, token_hash, token_hint, scopes, created_by)
             values ($1, $2, $3, $4, $5, $6, $7, 'system:cli')`,
            [
              idToUuid(opts.workspace),
              idToUuid(id),
              opts.partner ? idToUuid(opts.partner) : null,
              opts.name,
              sha256(secret),
              secret.slice(-4),
              scopes,
            ],
          );
          await appendAudit(
            client,
            opts.workspace,
            [
              {
                action: 'api_key.created',
                objectType: 'api_key',
                objectId: id,
                partnerId: opts.partner ?? null,
                after: { name: opts.name, scopes },
              },
            ],
            { actorKind: 'system', actorId: 'system:cli', requestId: null, ip: null, occurredAt: new Date() },
          );
        });
        console.log(`api key ${id} (${scopes.join(', ')})`);
        console.log(secret);
      });
    });
}
