import { and, eq, lt } from 'drizzle-orm';
import type { Deps } from '../../platform/access/context.js';
import { uuidToId } from '../../platform/ids/index.js';
import { applicantTx } from './access.js';
import { applications } from './tables.js';

/** How long after its link expired a never-confirmed application is kept (then deleted). */
export const UNVERIFIED_RETENTION_MS = 7 * 86_400_000;

/**
 * Deletes applications whose confirmation link expired a week ago without being used: they never
 * counted, and they hold a stranger's e-mail address and a password hash nobody will use. Each
 * deletion is audited in its workspace. Idempotent, so every node may run it in each pass.
 */
export async function purgeUnverifiedApplications(deps: Deps): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - UNVERIFIED_RETENTION_MS);
  // Which workspaces have any: a system lookup (the partial index keeps it cheap when none do).
  const { rows } = await deps.pools.system.query<{ workspace_id: string }>(
    `select distinct workspace_id from applications
      where status = 'pending_verification' and verification_expires_at < $1`,
    [cutoff],
  );
  let purged = 0;
  for (const r of rows) {
    const workspaceId = uuidToId('workspace', r.workspace_id);
    purged += await applicantTx(deps, workspaceId, { ip: null, requestId: null }, async (ctx) => {
      const deleted = await ctx.db
        .delete(applications)
        .where(
          and(
            eq(applications.workspaceId, workspaceId),
            eq(applications.status, 'pending_verification'),
            lt(applications.verificationExpiresAt, cutoff),
          ),
        )
        .returning({ id: applications.id, companyName: applications.companyName });
      for (const d of deleted) {
        ctx.audit({
          action: 'application.purged',
          objectType: 'application',
          objectId: d.id,
          before: { companyName: d.companyName, reason: 'never confirmed' },
        });
      }
      return deleted.length;
    });
  }
  return purged;
}
