import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { idToUuid, newId } from '../../platform/ids/index.js';
import { runBackgroundWork } from '../../platform/jobs/runner.js';
import { claimProgram } from './schedule.js';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let owner: Session;
let programId: string;
const DAY = 86_400_000;

const cond = (metric: string, operator: string, threshold: number) => ({
  type: 'condition',
  metric,
  operator,
  threshold,
});
const tierDefs = [
  { name: 'Registered', rank: 1, criteria: null },
  {
    name: 'Silver',
    rank: 2,
    criteria: {
      type: 'group',
      op: 'or',
      rules: [cond('revenue_won', '>=', 250_000), cond('deals_won', '>=', 5)],
    },
    discountPct: 10,
  },
  {
    name: 'Gold',
    rank: 3,
    criteria: {
      type: 'group',
      op: 'and',
      rules: [cond('revenue_won', '>=', 1_000_000), cond('certified_people', '>=', 3)],
    },
    discountPct: 20,
    rebatePct: 3,
    mdfEligible: true,
    leadPriority: 3,
  },
  {
    name: 'Platinum',
    rank: 4,
    criteria: {
      type: 'group',
      op: 'and',
      rules: [
        cond('revenue_won', '>=', 5_000_000),
        {
          type: 'group',
          op: 'or',
          rules: [cond('certified_people', '>=', 10), cond('customer_satisfaction', '>=', 4.5)],
        },
      ],
    },
    discountPct: 30,
  },
];

async function makeProgram(tenant: Tenant, grace = 30) {
  const id = newId('program');
  await t.admin.query(
    `insert into programs (workspace_id, id, name, slug, tier_window_days, demotion_grace_days) values ($1, $2, 'Reseller program', $3, 365, $4)`,
    [idToUuid(tenant.workspaceId), idToUuid(id), `resellers-${id.slice(-6)}`, grace],
  );
  await t.admin.query('update partners set program_id = $2 where workspace_id = $1', [
    idToUuid(tenant.workspaceId),
    idToUuid(id),
  ]);
  return id;
}

const api = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  who: Session | string,
  payload?: unknown,
) =>
  t.app.inject({
    method,
    url,
    headers: authHeaders(who),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const ingest = (partnerId: string, events: unknown[], who: Session | string = a.workspaceKey) =>
  api('POST', `/api/v1/partners/${partnerId}/metrics`, who, { events });

const tierOf = async (partnerId: string, who: Session | string = a.workspaceKey) => {
  const res = await api('GET', `/api/v1/partners/${partnerId}/tier`, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const mailsTo = async (email: string) =>
  (
    await t.admin.query(
      `select subject, text from mails where to_address = $1 and template = 'tier_demotion_warning'`,
      [email],
    )
  ).rows;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'tiera');
  b = await createTenant(t.pools, 'tierb');
  owner = await login(t.app, a.users.owner.email);
  programId = await makeProgram(a);
  t.clock.set('2026-11-24T09:00:00Z');
});
afterAll(() => t.close());

describe('tiers API', () => {
  it('creates ordered tiers and refuses bad criteria naming the node path', async () => {
    for (const def of tierDefs) {
      const res = await api('POST', `/api/v1/programs/${programId}/tiers`, owner, def);
      expect(res.statusCode, res.body).toBe(201);
    }
    const bad = await api('POST', `/api/v1/programs/${programId}/tiers`, owner, {
      name: 'Broken',
      rank: 9,
      criteria: {
        type: 'group',
        op: 'and',
        rules: [
          cond('revenue_won', '>=', 1),
          { type: 'condition', metric: 'revenue_won', operator: '>=', threshold: 'lots' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ in: 'body', field: 'criteria.rules.1.threshold' });
    const badMetric = await api('POST', `/api/v1/programs/${programId}/tiers`, owner, {
      name: 'Broken',
      rank: 9,
      criteria: { type: 'group', op: 'xor', rules: [cond('bananas', '>=', 1)] },
    });
    expect(badMetric.statusCode).toBe(400);
    expect(badMetric.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'criteria.op',
      'criteria.rules.0.metric',
    ]);
    const dupRank = await api('POST', `/api/v1/programs/${programId}/tiers`, owner, { name: 'Dup', rank: 2 });
    expect(dupRank.statusCode).toBe(409);
    const list = await api('GET', `/api/v1/programs/${programId}/tiers`, owner);
    expect(list.json().data.map((x: { name: string }) => x.name)).toEqual([
      'Registered',
      'Silver',
      'Gold',
      'Platinum',
    ]);
  });

  it('places every partner on recompute, then promotes at once when metrics arrive, with the explanation', async () => {
    const rc = await api('POST', `/api/v1/programs/${programId}/tiers/recompute`, owner);
    expect(rc.statusCode, rc.body).toBe(200);
    expect(rc.json()).toEqual({ partners: 2, changed: 2 });
    expect((await tierOf(a.partners[0])).tier.name).toBe('Registered');
    // Nothing changed: a second run writes nothing.
    expect((await api('POST', `/api/v1/programs/${programId}/tiers/recompute`, owner)).json()).toEqual({
      partners: 2,
      changed: 0,
    });

    for (const p of a.partners) {
      const res = await ingest(p, [
        {
          metric: 'revenue_won',
          value: 1_200_000,
          occurredAt: '2026-11-01T10:00:00Z',
          externalRef: 'deal-1',
        },
        { metric: 'deals_won', value: 1, occurredAt: '2026-11-01T10:00:00Z', externalRef: 'deal-1' },
        { metric: 'certified_people', value: 2, occurredAt: '2026-10-01T10:00:00Z' },
        { metric: 'certified_people', value: 4, occurredAt: '2026-11-01T10:00:00Z' },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ inserted: 4, duplicates: 0 });
    }
    // Idempotent by externalRef.
    const again = await ingest(a.partners[0], [
      { metric: 'revenue_won', value: 1_200_000, occurredAt: '2026-11-01T10:00:00Z', externalRef: 'deal-1' },
    ]);
    expect(again.json()).toEqual({ inserted: 0, duplicates: 1 });

    const tier = await tierOf(a.partners[0]);
    expect(tier.tier).toMatchObject({ name: 'Gold', discountPct: 20, mdfEligible: true });
    expect(tier.explanation).toBe(
      'Gold: revenue 1.2M ≥ 1M and certified people 4 ≥ 3. Platinum needs revenue ≥ 5M (now 1.2M) and (certified people ≥ 10 (now 4) or CSAT ≥ 4.5 (now none))',
    );
    expect(tier.next.name).toBe('Platinum');
    expect(tier.next.conditions[0]).toMatchObject({
      metric: 'revenue_won',
      threshold: 5_000_000,
      actual: 1_200_000,
      passed: false,
    });
    expect(tier.next.conditions[0].progress).toBeCloseTo(0.24);

    const decisions = (
      await api('GET', `/api/v1/partners/${a.partners[0]}/tier/decisions`, a.workspaceKey)
    ).json().data;
    expect(decisions.map((d: { kind: string }) => d.kind)).toEqual(['promoted', 'placed']);
    expect(decisions[0]).toMatchObject({ fromTier: { name: 'Registered' }, toTier: { name: 'Gold' } });
    const events = await t.admin.query(
      `select data from events where type = 'tier.changed' and workspace_id = $1 order by occurred_at`,
      [idToUuid(a.workspaceId)],
    );
    expect(events.rows.at(-1)!.data).toMatchObject({ from: 'Registered', to: 'Gold', kind: 'promoted' });

    const benefits = await api('GET', `/api/v1/partners/${a.partners[0]}/benefits`, a.partnerKey);
    expect(benefits.json()).toMatchObject({
      tier: { name: 'Gold' },
      discountPct: 20,
      rebatePct: 3,
      mdfEligible: true,
      leadPriority: 3,
    });
  });

  it('makes a demotion pending with a warning mail, cancels it when the partner requalifies, applies it after grace', async () => {
    // A year later every event has left the 365-day window: both partners only qualify for Registered.
    t.clock.set('2027-11-05T09:00:00Z');
    await runBackgroundWork(t.deps);
    const p1 = await tierOf(a.partners[0]);
    expect(p1.tier.name).toBe('Gold');
    expect(p1.pendingDemotion).toMatchObject({
      to: { name: 'Registered' },
      dueAt: '2027-12-05T09:00:00.000Z',
    });
    const mails = await mailsTo(a.users.partner_admin.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('Gold');
    expect(await mailsTo(a.otherPartnerAdmin.email)).toHaveLength(1);
    const pending = await t.admin.query(
      `select count(*)::int as n from events where type = 'tier.demotion_pending' and workspace_id = $1`,
      [idToUuid(a.workspaceId)],
    );
    expect(pending.rows[0].n).toBe(2);
    // Each event names the decision it announces (the engine makes decision ids in bulk).
    const announced = await t.admin.query<{ decision_id: string; partner_id: string }>(
      `select data ->> 'decisionId' as decision_id, partner_id from events
        where type = 'tier.demotion_pending' and workspace_id = $1`,
      [idToUuid(a.workspaceId)],
    );
    for (const e of announced.rows) {
      const d = await t.admin.query(
        'select kind, partner_id from tier_decisions where workspace_id = $1 and id = $2',
        [idToUuid(a.workspaceId), idToUuid(e.decision_id)],
      );
      expect(d.rows).toEqual([{ kind: 'demotion_pending', partner_id: e.partner_id }]);
    }

    // Partner 2 wins again before the due date: the pending demotion is cancelled at once.
    await ingest(a.partners[1], [
      { metric: 'revenue_won', value: 2_000_000, occurredAt: '2027-11-04T10:00:00Z', externalRef: 'deal-2' },
      { metric: 'certified_people', value: 5, occurredAt: '2027-11-04T10:00:00Z' },
    ]);
    const p2 = await tierOf(a.partners[1]);
    expect(p2.tier.name).toBe('Gold');
    expect(p2.pendingDemotion).toBeNull();

    // Ten days on: still within grace; no second warning.
    t.clock.advance(10 * DAY);
    await runBackgroundWork(t.deps);
    expect((await tierOf(a.partners[0])).tier.name).toBe('Gold');
    expect(await mailsTo(a.users.partner_admin.email)).toHaveLength(1);

    // Past the due date: applied.
    t.clock.advance(21 * DAY);
    await runBackgroundWork(t.deps);
    const after = await tierOf(a.partners[0]);
    expect(after.tier.name).toBe('Registered');
    expect(after.pendingDemotion).toBeNull();
    expect(after.next).toMatchObject({ name: 'Silver' });
    expect((await tierOf(a.partners[1])).tier.name).toBe('Gold');
    const kinds = (await api('GET', `/api/v1/partners/${a.partners[1]}/tier/decisions`, a.workspaceKey))
      .json()
      .data.map((d: { kind: string }) => d.kind);
    expect(kinds.slice(0, 2)).toEqual(['demotion_cancelled', 'demotion_pending']);
    const k1 = (await api('GET', `/api/v1/partners/${a.partners[0]}/tier/decisions`, a.workspaceKey))
      .json()
      .data.map((d: { kind: string }) => d.kind);
    expect(k1.slice(0, 2)).toEqual(['demoted', 'demotion_pending']);
  });

  it('runs the daily recompute once per 24 h and lets only one node hold the lease', async () => {
    const state = async () =>
      (
        await t.admin.query('select last_run_at from tier_recompute_state where program_id = $1', [
          idToUuid(programId),
        ])
      ).rows[0];
    const before = (await state()).last_run_at as Date;
    t.clock.advance(3_600_000);
    await runBackgroundWork(t.deps);
    expect((await state()).last_run_at).toEqual(before);
    t.clock.advance(23 * 3_600_000);
    await runBackgroundWork(t.deps);
    expect((await state()).last_run_at).toEqual(t.clock.now());
    // Two nodes racing for the same due program: exactly one claim succeeds.
    t.clock.advance(25 * 3_600_000);
    const claims = await Promise.all(
      ['n1', 'n2', 'n3'].map((who) =>
        claimProgram(t.pools.system, idToUuid(a.workspaceId), idToUuid(programId), who, t.clock.now(), true),
      ),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('re-places a partner that moved to another program', async () => {
    const other = newId('program');
    await t.admin.query(
      `insert into programs (workspace_id, id, name, slug) values ($1, $2, 'Referral program', $3)`,
      [idToUuid(a.workspaceId), idToUuid(other), `referral-${other.slice(-6)}`],
    );
    expect(
      (await api('POST', `/api/v1/programs/${other}/tiers`, a.workspaceKey, { name: 'Member', rank: 1 }))
        .statusCode,
    ).toBe(201);
    await t.admin.query('update partners set program_id = $2 where id = $1', [
      idToUuid(a.partners[1]),
      idToUuid(other),
    ]);
    // Until re-evaluated, the old program's state is not shown as this program's tier.
    expect((await tierOf(a.partners[1])).tier).toBeNull();
    const rc = await api('POST', `/api/v1/partners/${a.partners[1]}/tier/recompute`, a.workspaceKey);
    expect(rc.json()).toEqual({ partners: 1, changed: 1 });
    expect(await tierOf(a.partners[1])).toMatchObject({ programId: other, tier: { name: 'Member' } });
    await t.admin.query('update partners set program_id = $2 where id = $1', [
      idToUuid(a.partners[1]),
      idToUuid(programId),
    ]);
    await api('POST', `/api/v1/partners/${a.partners[1]}/tier/recompute`, a.workspaceKey);
    expect((await tierOf(a.partners[1])).programId).toBe(programId);
  });

  it('keeps partners apart: partner users read only their own tier, history and benefits', async () => {
    const partnerUser = await login(t.app, a.users.partner_admin.email);
    expect((await tierOf(a.partners[0], partnerUser)).tier.name).toBe('Registered');
    for (const url of [
      `/api/v1/partners/${a.partners[1]}/tier`,
      `/api/v1/partners/${a.partners[1]}/tier/decisions`,
      `/api/v1/partners/${a.partners[1]}/benefits`,
    ]) {
      expect((await api('GET', url, partnerUser)).statusCode).toBe(404);
      expect((await api('GET', url, a.partnerKey)).statusCode).toBe(404);
    }
    // Partner users cannot record metrics (tiers.manage), not even for themselves.
    expect(
      (
        await ingest(
          a.partners[0],
          [{ metric: 'revenue_won', value: 1, occurredAt: '2027-11-04T10:00:00Z' }],
          partnerUser,
        )
      ).statusCode,
    ).toBe(403);
    // Another workspace sees nothing of this one.
    const otherOwner = await login(t.app, b.users.owner.email);
    expect((await api('GET', `/api/v1/partners/${a.partners[0]}/tier`, otherOwner)).statusCode).toBe(404);
    expect((await api('GET', `/api/v1/programs/${programId}/tiers`, otherOwner)).statusCode).toBe(404);
    expect(
      (
        await ingest(
          a.partners[0],
          [{ metric: 'revenue_won', value: 1, occurredAt: '2027-11-04T10:00:00Z' }],
          otherOwner,
        )
      ).statusCode,
    ).toBe(404);
    // The partner wall holds in the database too: partner 2's rows are invisible to partner 1's key.
    const raw = await t.admin.query(
      'select count(*)::int as n from partner_metric_events where partner_id = $1',
      [idToUuid(a.partners[1])],
    );
    expect(raw.rows[0].n).toBeGreaterThan(0);
  });
});
