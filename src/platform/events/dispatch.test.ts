import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { createTenant, type Tenant } from '../../../test/support/fixtures.js';
import { isPartnerRole, type Role, rolePermissions } from '../access/permissions.js';
import { idToUuid, newId } from '../ids/index.js';
import { dispatchOutbox } from './dispatch.js';

let t: TestApp;
let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'dispa');
  b = await createTenant(t.pools, 'dispb');
});
afterAll(async () => {
  await t.close();
});

/** Queues an event as audit_append does (events row + queue row); returns its uuid. */
async function queue(ws: string, type: string, partnerId: string | null, data: Record<string, unknown>) {
  const id = idToUuid(newId('event'));
  await t.admin.query(
    `insert into events (workspace_id, id, type, occurred_at, actor_kind, actor_id, object_type, object_id, partner_id, data)
     values ($1, $2, $3, now(), 'system', 'test', 'deal', 'deal_x', $4, $5)`,
    [idToUuid(ws), id, type, partnerId && idToUuid(partnerId), JSON.stringify(data)],
  );
  await t.admin.query('insert into event_queue (workspace_id, id, occurred_at) values ($1, $2, now())', [
    idToUuid(ws),
    id,
  ]);
  return id;
}

const notified = async (eventId: string) =>
  (
    await t.admin.query<{ user_id: string }>(
      'select user_id::text from notifications where event_id = $1 order by 1',
      [eventId],
    )
  ).rows.map((r) => r.user_id);

const uuidsOf = (users: { userId: string }[]) => users.map((u) => idToUuid(u.userId)).sort();

describe('dispatchOutbox: in-app notifications for members', () => {
  it('one batch reaches each event’s audience — the partner’s members, the reviewers, the admins — and nobody else', async () => {
    const decision = await queue(a.workspaceId, 'deal.approved', a.partners[0], { id: 'deal_a' });
    const request = await queue(a.workspaceId, 'deal.extension_requested', a.partners[0], {
      id: 'deal_a',
      needsReview: true,
    });
    const assigned = await queue(a.workspaceId, 'deal.extension_requested', a.partners[0], {
      id: 'deal_a',
      needsReview: true,
      assigneeUserId: a.users.owner.userId,
    });
    const disabled = await queue(b.workspaceId, 'webhook_endpoint.disabled', null, { id: 'whe_b' });
    const quiet = await queue(a.workspaceId, 'deal.created', a.partners[0], { id: 'deal_a' });
    const otherDecision = await queue(b.workspaceId, 'deal.rejected', b.partners[1], { id: 'deal_b' });

    expect(await dispatchOutbox(t.deps)).toBeGreaterThanOrEqual(6);

    const roles = Object.keys(rolePermissions) as Role[];
    // The decision: every member of the first partner (its admin and rep), not the second's.
    expect(await notified(decision)).toEqual(uuidsOf(roles.filter(isPartnerRole).map((r) => a.users[r])));
    // An unassigned extension request: every vendor member who may review deals, in A only.
    const reviewers = roles.filter(
      (r) => !isPartnerRole(r) && (rolePermissions[r] as readonly string[]).includes('deals.review'),
    );
    expect(reviewers.length).toBeGreaterThan(0);
    expect(await notified(request)).toEqual(uuidsOf(reviewers.map((r) => a.users[r])));
    // An assigned one: only the assignee (a direct notification).
    expect(await notified(assigned)).toEqual(uuidsOf([a.users.owner]));
    // A disabled endpoint: B's owner and admin.
    expect(await notified(disabled)).toEqual(uuidsOf([b.users.owner, b.users.admin]));
    expect(await notified(quiet)).toEqual([]);
    expect(await notified(otherDecision)).toEqual(uuidsOf([b.otherPartnerAdmin]));
  });
});
