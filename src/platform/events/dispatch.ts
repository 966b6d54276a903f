import type { Deps } from '../access/context.js';
import { rolePermissions } from '../access/permissions.js';
import { unsafeSystemTx } from '../db/system.js';
import { idToUuid, newId, uuidToId } from '../ids/index.js';

/**
 * Fans undispatched events out — one webhook delivery per subscribed, enabled endpoint and the
 * in-app notifications the event calls for — and takes them off the queue, all in one transaction
 * on the system pool (this job serves every workspace). SKIP LOCKED lets every node run it at
 * once; the unique keys make a second fan-out of the same event impossible.
 */
export async function dispatchOutbox(deps: Deps, limit = 500): Promise<number> {
  return unsafeSystemTx(deps.pools, async (client) => {
    // Taken off the queue oldest first, in the same transaction as the fan-out below: should the
    // fan-out fail, the rollback puts them back. SKIP LOCKED lets several nodes share the queue.
    const { rows: events } = await client.query<{
      workspace_id: string;
      id: string;
      type: string;
      occurred_at: Date;
      data: Record<string, unknown>;
      object_id: string;
      actor_id: string;
      partner_id: string | null;
    }>(
      `with taken as (
         delete from event_queue where ctid = any(array(
           select ctid from event_queue order by occurred_at, id limit $1 for update skip locked))
         returning workspace_id, id)
       select e.workspace_id, e.id, e.type, e.occurred_at, e.data, e.object_id, e.actor_id, e.partner_id
         from taken join events e on e.workspace_id = taken.workspace_id and e.id = taken.id
        order by e.occurred_at, e.id`,
      [limit],
    );
    if (events.length === 0) return 0;
    const now = deps.clock.now();
    // One statement for every event's webhook deliveries and one for the direct notifications:
    // a batch costs the same few round trips however many events it holds.
    await client.query(
      `insert into webhook_deliveries (workspace_id, id, endpoint_id, event_id, event_type, payload, status, next_attempt_at, created_at)
       select w.workspace_id, gen_random_uuid(), w.id, e.id, e.type, e.payload, 'pending', $1, $1
         from unnest($2::uuid[], $3::uuid[], $4::text[], $5::jsonb[]) as e(workspace_id, id, type, payload)
         join webhook_endpoints w on w.workspace_id = e.workspace_id and w.enabled
          and (e.type = any(w.event_types) or '*' = any(w.event_types))
       on conflict do nothing`,
      [
        now,
        events.map((e) => e.workspace_id),
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) =>
          JSON.stringify({
            id: uuidToId('event', e.id),
            type: e.type,
            timestamp: e.occurred_at.toISOString(),
            data: e.data,
          }),
        ),
      ],
    );
    const direct = events.flatMap((e) => notificationsFor(e).map((n) => ({ e, n })));
    if (direct.length > 0) {
      await client.query(
        `insert into notifications (workspace_id, id, user_id, type, event_id, data, created_at)
         select n.workspace_id, n.id, n.user_id, n.type, n.event_id, n.data, $1
           from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::uuid[], $7::jsonb[])
             as n(workspace_id, id, user_id, type, event_id, data)
         on conflict do nothing`,
        [
          now,
          direct.map(({ e }) => e.workspace_id),
          direct.map(() => idToUuid(newId('notification'))),
          direct.map(({ n }) => idToUuid(n.userId)),
          direct.map(({ e }) => e.type),
          direct.map(({ e }) => e.id),
          direct.map(({ n }) => JSON.stringify(n.data)),
        ],
      );
    }
    // In-app notifications for the workspace members an event concerns, every event of the batch
    // in one statement: each event names its audience, and each audience is one indexed join.
    const audienced = events.flatMap((e) => {
      const audience = audienceOf(e);
      return audience ? [{ e, audience }] : [];
    });
    if (audienced.length > 0) {
      await client.query(
        `insert into notifications (workspace_id, id, user_id, type, event_id, data, created_at)
         select m.workspace_id, gen_random_uuid(), m.user_id, e.type, e.id, e.data, $1::timestamptz
           from unnest($2::uuid[], $3::uuid[], $4::text[], $5::jsonb[], $6::uuid[], $7::text[])
             as e(workspace_id, id, type, data, partner_id, audience)
           join memberships m on m.workspace_id = e.workspace_id and e.audience = 'partner' and m.partner_id = e.partner_id
         union all
         select m.workspace_id, gen_random_uuid(), m.user_id, e.type, e.id, e.data, $1::timestamptz
           from unnest($2::uuid[], $3::uuid[], $4::text[], $5::jsonb[], $6::uuid[], $7::text[])
             as e(workspace_id, id, type, data, partner_id, audience)
           join memberships m on m.workspace_id = e.workspace_id and e.audience = 'reviewers'
            and m.kind = 'vendor' and m.role = any($8::text[])
         union all
         select m.workspace_id, gen_random_uuid(), m.user_id, e.type, e.id, e.data, $1::timestamptz
           from unnest($2::uuid[], $3::uuid[], $4::text[], $5::jsonb[], $6::uuid[], $7::text[])
             as e(workspace_id, id, type, data, partner_id, audience)
           join memberships m on m.workspace_id = e.workspace_id and e.audience = 'admins'
            and m.role in ('owner', 'admin')
         on conflict do nothing`,
        [
          now,
          audienced.map(({ e }) => e.workspace_id),
          audienced.map(({ e }) => e.id),
          audienced.map(({ e }) => e.type),
          audienced.map(({ e }) => JSON.stringify(e.data)),
          audienced.map(({ e }) => e.partner_id),
          audienced.map(({ audience }) => audience),
          reviewerRoles,
        ],
      );
    }
    return events.length;
  });
}

/** Which of the workspace's members hear of an event in-app (null: none as a group). */
function audienceOf(e: {
  type: string;
  partner_id: string | null;
  data: Record<string, unknown>;
}): 'partner' | 'reviewers' | 'admins' | null {
  // Every member of the partner the decision is about.
  if (e.partner_id && partnerNotified.has(e.type)) return 'partner';
  // An extension request with no reviewer assigned to the deal: everyone who may decide it.
  if (e.type === 'deal.extension_requested' && e.data.needsReview === true && !e.data.assigneeUserId)
    return 'reviewers';
  if (e.type === 'webhook_endpoint.disabled') return 'admins';
  return null;
}

/** Vendor roles that decide deal registrations and extension requests. */
const reviewerRoles = Object.entries(rolePermissions)
  .filter(([, permissions]) => (permissions as readonly string[]).includes('deals.review'))
  .map(([role]) => role);

/** Decisions about a partner's deals that its members are told of in-app (mail is queued by the service). */
const partnerNotified = new Set([
  'deal.approved',
  'deal.rejected',
  'deal.returned',
  'deal.merged',
  'deal.conflict_detected',
  'deal.conflict_resolved',
  'deal.expiring',
  'deal.expired',
  'deal.extension_decided',
  'deal.stage_changed',
  'deal.won',
  'deal.lost',
  'deal.partner_added',
]);

/** Direct notifications: the person an event is about hears of it. */
function notificationsFor(e: {
  type: string;
  data: Record<string, unknown>;
}): { userId: string; data: unknown }[] {
  const userId = typeof e.data.userId === 'string' && e.data.userId.startsWith('usr_') ? e.data.userId : null;
  if (userId && (e.type === 'membership.created' || e.type === 'membership.role_changed')) {
    return [{ userId, data: e.data }];
  }
  // People named by a deal event: @mentioned in a comment, or the approver a review escalated to.
  const named = [
    ...(Array.isArray(e.data.mentionedUserIds) ? e.data.mentionedUserIds : []),
    ...(typeof e.data.assigneeUserId === 'string' ? [e.data.assigneeUserId] : []),
  ].filter((u): u is string => typeof u === 'string' && u.startsWith('usr_'));
  // Each person is told about the deal, not who else was mentioned: a comment shared with every
  // partner on a deal may mention users of several partners, who must not learn of each other.
  const { mentionedUserIds: _others, ...data } = e.data;
  return [...new Set(named)].map((u) => ({ userId: u, data }));
}
