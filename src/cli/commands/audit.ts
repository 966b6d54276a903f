import type { Command } from 'commander';
import { verifyWorkspaceChain } from '../../platform/audit/index.js';
import { uuidToId } from '../../platform/ids/index.js';
import { idOption, withPlatform } from './shared.js';

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('Audit log tools');
  audit
    .command('verify')
    .description(
      'Re-compute every workspace’s audit hash chain and name the first tampered entry (exit 1 if any)',
    )
    .option('--workspace <id>', 'only this workspace (wks_…)', idOption('workspace', '--workspace'))
    .action(async (opts: { workspace?: string }) => {
      const bad = await withPlatform(async ({ deps }) => {
        const pool = deps.pools.system;
        const ids = opts.workspace
          ? [opts.workspace]
          : (
              await pool.query<{ workspace_id: string }>(
                'select workspace_id from audit_heads order by workspace_id',
              )
            ).rows.map((r) => uuidToId('workspace', r.workspace_id));
        let failures = 0;
        for (const ws of ids) {
          const result = await verifyWorkspaceChain((sql, params) => pool.query(sql, params), ws);
          if (result.ok) {
            console.log(`ok        ${ws}: ${result.checked} entries verified`);
          } else {
            failures++;
            const f = result.firstBad;
            console.log(
              `TAMPERED  ${ws}: entry seq ${f.seq}${f.id ? ` (${f.id})` : ''} — ${f.reason.replace('_', ' ')}; ${result.checked} entries before it verified`,
            );
          }
        }
        return failures;
      });
      // main.ts turns this error into exit status 1 and prints it, like every other failure.
      if (bad > 0) throw new Error(`audit chain tampered in ${bad} workspace${bad === 1 ? '' : 's'}`);
    });
}
