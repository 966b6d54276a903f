import type pg from 'pg';
import type { Actor } from '../../platform/access/actor.js';
import { type Ctx, type Deps, withTenantTx } from '../../platform/access/context.js';

export type PublicMeta = { ip: string | null; requestId: string | null };

/**
 * Public application routes run with no workspace (the applicant is anonymous). Once the
 * workspace is known — from the form's slugs or the application a token belongs to, looked up on
 * the system pool like sign-in looks up a user — the write runs as this system actor of that
 * workspace: under row-level security as symbio_app, audited in the workspace's chain.
 */
const applicantActor = (workspaceId: string): Actor => ({
  kind: 'system',
  workspaceId,
  job: 'public-application',
});

export function applicantTx<T>(
  deps: Deps,
  workspaceId: string,
  meta: PublicMeta,
  fn: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  return withTenantTx(deps, applicantActor(workspaceId), fn, meta);
}

/**
 * The same, for the one flow that must also create a user account in the same transaction:
 * `users` takes no INSERT from symbio_app (migrations/0002_guards.sql), so `privileged` runs first
 * on a system-pool connection (as sign-in and invitations do), and the transaction then drops to
 * symbio_app (`set local role`) before any tenant row is written, so row-level security still
 * guards everything else. Settings, audit and commit are withTenantTx's own.
 */
export function accountCreatingTx<P, T>(
  deps: Deps,
  workspaceId: string,
  meta: PublicMeta,
  privileged: (client: pg.PoolClient) => Promise<P>,
  fn: (ctx: Ctx, privileged: P) => Promise<T>,
): Promise<T> {
  const onSystemPool: Deps = { ...deps, pools: { ...deps.pools, app: deps.pools.system } };
  return withTenantTx(
    onSystemPool,
    applicantActor(workspaceId),
    async (ctx) => {
      const p = await privileged(ctx.client);
      await ctx.client.query('set local role symbio_app');
      return fn(ctx, p);
    },
    meta,
  );
}
