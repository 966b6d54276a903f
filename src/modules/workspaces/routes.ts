import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute } from '../../platform/http/route.js';
import { zId } from '../../platform/ids/index.js';
import { createWorkspaceWithOwner, workspaces } from '../../platform/tenancy/index.js';

const Workspace = z
  .object({
    id: zId('workspace'),
    name: z.string(),
    slug: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Workspace' });

const name = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const slug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/, 'must be 3–50 lowercase letters, digits or dashes');
const CreateWorkspace = z.strictObject({ name, slug: slug.optional() }).meta({ id: 'CreateWorkspace' });
const UpdateWorkspace = z
  .strictObject({ name: name.optional(), slug: slug.optional() })
  .meta({ id: 'UpdateWorkspace' });

type Row = typeof workspaces.$inferSelect;
const toWorkspace = (w: Row) => ({
  id: w.id,
  name: w.name,
  slug: w.slug,
  createdAt: w.createdAt.toISOString(),
  updatedAt: w.updatedAt.toISOString(),
  version: w.version,
});

async function currentWorkspace(ctx: Ctx): Promise<Row> {
  const [row] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, ctx.requireWorkspace()));
  if (!row) throw notFound('workspace');
  return row;
}

const tags = ['Workspaces'];

export const workspaceRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspace',
    operationId: 'getWorkspace',
    summary: 'Get the current workspace',
    description: 'The workspace (partner program) the session or API key acts in.',
    tags,
    access: { permission: 'workspace.read', actors: ['user', 'apiKey'], workspace: true },
    rateLimit: null,
    responses: { 200: { description: 'The workspace', schema: Workspace } },
    handler: async (ctx) => {
      const w = toWorkspace(await currentWorkspace(ctx));
      return { body: w, version: w.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspace',
    operationId: 'updateWorkspace',
    summary: 'Update the current workspace',
    description: 'Renames the workspace or changes its slug. Send If-Match to avoid lost updates.',
    tags,
    access: { permission: 'workspace.update', actors: ['user', 'apiKey'], workspace: true },
    rateLimit: null,
    body: UpdateWorkspace,
    bodyExample: { name: 'Acme Cloud Partner Network' },
    responses: { 200: { description: 'Updated', schema: Workspace } },
    handler: async (ctx, { body, headers }) => {
      const before = await currentWorkspace(ctx);
      const expected = parseIfMatch(headers['if-match']);
      if (expected !== undefined && expected !== before.version) {
        throw new AppError('precondition_failed', `The workspace is at version ${before.version}.`);
      }
      const [row] = await ctx.db
        .update(workspaces)
        .set({ ...body, updatedAt: ctx.clock.now(), version: sql`${workspaces.version} + 1` })
        .where(eq(workspaces.id, before.id))
        .returning();
      const after = toWorkspace(row!);
      ctx.audit({
        action: 'workspace.updated',
        objectType: 'workspace',
        objectId: after.id,
        before: toWorkspace(before),
        after,
      });
      return { body: after, version: after.version };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces',
    operationId: 'createWorkspace',
    summary: 'Create a workspace',
    description:
      'Creates a new workspace (partner program) with you as its owner. Switch to it with POST /api/v1/session/workspace.',
    tags,
    access: { permission: null, actors: ['user'], workspace: false },
    rateLimit: { perMinute: 10, by: 'principal' },
    body: CreateWorkspace,
    bodyExample: { name: 'Acme Cloud Partner Program' },
    responses: { 201: { description: 'Created', schema: Workspace } },
    handler: async (ctx, { body }) => {
      if (ctx.actor.kind !== 'user') throw new AppError('forbidden');
      const w = toWorkspace(await createWorkspaceWithOwner(ctx, { ...body, ownerUserId: ctx.actor.userId }));
      return { status: 201, body: w, version: w.version };
    },
  }),
];
