import { asc } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { MatchIndex } from './match.js';
import { screeningEntries, screeningLists } from './tables.js';

/** A workspace's lists, indexed together: one query screens against all of them. */
export type WorkspaceIndex = { index: MatchIndex; listNames: Map<string, string>; signature: string };

/**
 * Built indexes per workspace, keyed by the lists' ids and versions. Every screening first reads
 * that signature (one small indexed query), so an import or delete on any app node makes the next
 * screening on every node rebuild — no cross-node messages, no stale hits. Concurrent requests
 * share one build. A few workspaces at most are kept (least recently used goes first).
 */
const MAX_WORKSPACES = 16;
const cache = new Map<string, { signature: string; built: Promise<WorkspaceIndex> }>();

export async function workspaceIndex(ctx: Ctx): Promise<WorkspaceIndex | null> {
  const workspaceId = ctx.requireWorkspace();
  const lists = await ctx.db
    .select({ id: screeningLists.id, version: screeningLists.version, name: screeningLists.name })
    .from(screeningLists)
    .where(tenantWhere(ctx, { workspaceId: screeningLists.workspaceId }))
    .orderBy(asc(screeningLists.id));
  if (lists.length === 0) {
    cache.delete(workspaceId);
    return null;
  }
  const signature = lists.map((l) => `${l.id}:${l.version}`).join(',');
  const hit = cache.get(workspaceId);
  if (hit && hit.signature === signature) {
    // Re-insert: Map order is the LRU order.
    cache.delete(workspaceId);
    cache.set(workspaceId, hit);
    return hit.built;
  }
  const built = build(ctx, signature, new Map(lists.map((l) => [l.id, l.name])));
  cache.set(workspaceId, { signature, built });
  while (cache.size > MAX_WORKSPACES) cache.delete(cache.keys().next().value!);
  built.catch(() => {
    if (cache.get(workspaceId)?.built === built) cache.delete(workspaceId);
  });
  return built;
}

async function build(ctx: Ctx, signature: string, listNames: Map<string, string>): Promise<WorkspaceIndex> {
  const rows = await ctx.db
    .select({
      id: screeningEntries.id,
      listId: screeningEntries.listId,
      name: screeningEntries.name,
      altNames: screeningEntries.altNames,
      countries: screeningEntries.countries,
      sourceList: screeningEntries.sourceList,
      entityType: screeningEntries.entityType,
      programs: screeningEntries.programs,
      normNames: screeningEntries.normNames,
    })
    .from(screeningEntries)
    .where(tenantWhere(ctx, { workspaceId: screeningEntries.workspaceId }));
  // Only lists of this signature: a list created after the signature was read is left out
  // (it changes the signature, so the next screening rebuilds).
  const kept = rows.filter((r) => listNames.has(r.listId));
  return { index: new MatchIndex(kept), listNames, signature };
}

/** The signature of the index cached for a workspace (tests check that imports invalidate it). */
export function cachedSignature(workspaceId: string): string | null {
  return cache.get(workspaceId)?.signature ?? null;
}
