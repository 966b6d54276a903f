import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { dispatchOutbox } from '../../platform/events/dispatch.js';
import { idToUuid, newId } from '../../platform/ids/index.js';
import { type DealRules, defaultDealRules } from './rules.js';

const DAY = 24 * 3_600_000;

let t: TestApp;
let a: Tenant;
let owner: Session;
let manager: Session;
let partner: Session;
let otherPartner: Session;
let reviewed: string;
let instant: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'dext');
  [owner, manager, partner, otherPartner] = await Promise.all([
    login(t.app, a.users.owner.email),
    login(t.app, a.users.channel_manager.email),
    login(t.app, a.users.partner_admin.email),
    login(t.app, a.otherPartnerAdmin.email),
  ]);
  const program = async (slug: string, extensions: DealRules['extensions']) => {
    const id = newId('program');
    await t.admin.query(
      `insert into programs (workspace_id, id, name, slug, deal_rules) values ($1, $2, $3, $3, $4)`,
      [idToUuid(a.workspaceId), idToUuid(id), slug, JSON.stringify({ ...defaultDealRules, extensions })],
    );
    return id;
  };
  reviewed = await program('reviewed', { maxCount: 2, maxDays: 30, requireApproval: true });
  instant = await program('instant', { maxCount: 1, maxDays: 60, requireApproval: false });
});
afterAll(() => t.close());

const api = (who: Session | string, method: 'GET' | 'POST', url: string, payload?: object, headers = {}) =>
  t.app.inject({
    method,
    url,
    headers: { ...authHeaders(who), ...headers },
    ...(payload ? { payload } : {}),
  });

/** An approved registration of the first partner (inserted directly: setup, not behaviour). */
async function approvedDeal(title: string, programId: string, state = 'approved') {
  const id = newId('deal');
  const now = t.clock.now();
  await t.admin.query(
    `insert into deals (workspace_id, id, partner_id, program_id, state, title, customer_name, customer_name_norm,
       customer_name_key, currency, registered_by, submitted_at, submission_seq, approved_at, protection_ends_at,
       expiry_warnings_sent)
     values ($1, $2, $3, $4, $5, $6, $7, lower($7), lower($7), 'EUR', $8, $9, nextval('deal_submission_seq'), $9, $10, '{14}')`,
    [
      idToUuid(a.workspaceId),
      idToUuid(id),
      idToUuid(a.partners[0]),
      idToUuid(programId),
      state,
      title,
      `${title} AG`,
      a.users.partner_rep.userId,
      now,
      state === 'approved' ? new Date(now.getTime() + 10 * DAY) : null,
    ],
  );
  return id;
}

const deal = async (id: string) =>
  (await t.admin.query('select * from deals where id = $1', [idToUuid(id)])).rows[0] as {
    protection_ends_at: Date;
    extension_count: number;
    expiry_warnings_sent: number[];
  };

const mailsFor = async (title: string) =>
  (
    await t.admin.query<{ kind: string; to: string; reason: string | null }>(
      `select data->>'kind' as kind, to_address as to, data->>'reason' as reason from mails
        where data->>'dealTitle' = $1 order by created_at, to_address`,
      [title],
    )
  ).rows;

const audits = async (action: string, dealId: string) =>
  (
    await t.admin.query(
      `select after from audit_events where action = $1 and after->>'dealId' = $2 order by seq`,
      [action, dealId],
    )
  ).rows.map((r) => r.after as Record<string, unknown>);

describe('deal extension requests', () => {
  it('a partner asks, a reviewer approves: protection moves, warnings restart, partner is told', async () => {
    const id = await approvedDeal('Extend me', reviewed);
    const before = await deal(id);

    const req = await api(partner, 'POST', `/api/v1/deals/${id}/extensions`, {
      days: 20,
      reason: 'Budget slipped.',
    });
    expect(req.statusCode, req.body).toBe(201);
    const ext = req.json().extension;
    expect(ext).toMatchObject({ dealId: id, partnerId: a.partners[0], requestedDays: 20, status: 'pending' });
    expect(ext.id).toMatch(/^dext_/);
    expect(await audits('deal.extension_requested', id)).toEqual([
      {
        id: ext.id,
        dealId: id,
        partnerId: a.partners[0],
        requestedDays: 20,
        reason: 'Budget slipped.',
        needsReview: true,
      },
    ]);
    // The reviewers hear of it in-app (no reviewer is assigned to this deal): every vendor member
    // who may decide it, and nobody on the partner's side.
    await dispatchOutbox(t.deps);
    const told = await t.admin.query<{ user_id: string }>(
      `select n.user_id::text from notifications n where n.type = 'deal.extension_requested' and n.data->>'id' = $1`,
      [ext.id],
    );
    const toldUsers = told.rows.map((r) => r.user_id).sort();
    expect(toldUsers).toEqual(
      [a.users.owner, a.users.admin, a.users.channel_manager].map((u) => idToUuid(u.userId)).sort(),
    );

    // One waiting request at a time.
    const again = await api(partner, 'POST', `/api/v1/deals/${id}/extensions`, { days: 5, reason: 'More.' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('already waiting for a decision');

    // The review queue (staff only), also as CSV.
    const queue = await api(manager, 'GET', '/api/v1/deal-extensions');
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().data).toEqual([
      expect.objectContaining({
        id: ext.id,
        dealTitle: 'Extend me',
        partnerName: `Partner dext1`,
        maxCount: 2,
        maxDays: 30,
      }),
    ]);
    const csv = await api(manager, 'GET', '/api/v1/deal-extensions', undefined, { accept: 'text/csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[1]).toContain('Extend me');
    expect((await api(partner, 'GET', '/api/v1/deal-extensions')).statusCode).toBe(403);
    expect(
      (
        await api(partner, 'POST', `/api/v1/deal-extensions/${ext.id}/decision`, {
          decision: 'approve',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);

    const decided = await api(manager, 'POST', `/api/v1/deal-extensions/${ext.id}/decision`, {
      decision: 'approve',
      reason: 'Customer confirmed the new date.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = await deal(id);
    expect(after.protection_ends_at.getTime() - before.protection_ends_at.getTime()).toBe(20 * DAY);
    expect(after.extension_count).toBe(1);
    expect(after.expiry_warnings_sent).toEqual([]);
    expect(decided.json()).toMatchObject({
      extension: { status: 'approved', decisionReason: 'Customer confirmed the new date.' },
      protectionEndsAt: after.protection_ends_at.toISOString(),
      extensionCount: 1,
    });
    expect(await audits('deal.extension_decided', id)).toEqual([
      expect.objectContaining({
        id: ext.id,
        status: 'approved',
        days: 20,
        protectionEndsAt: after.protection_ends_at.toISOString(),
      }),
    ]);
    const mails = await mailsFor('Extend me');
    expect(mails.map((m) => `${m.kind} ${m.to}`).sort()).toEqual(
      [a.users.partner_admin.email, a.users.partner_rep.email].map((e) => `extension_approved ${e}`).sort(),
    );
    expect(mails[0]!.reason).toContain('Customer confirmed the new date.');
    const { rows: timeline } = await t.admin.query(
      `select data->>'status' as status from deal_activities where deal_id = $1 and kind = 'extension' order by created_at, id`,
      [idToUuid(id)],
    );
    expect(timeline.map((r) => r.status).sort()).toEqual(['approved', 'pending']);

    // Decided already.
    const twice = await api(manager, 'POST', `/api/v1/deal-extensions/${ext.id}/decision`, {
      decision: 'reject',
      reason: 'Changed my mind.',
    });
    expect(twice.statusCode).toBe(409);

    // The partner's view: its requests and what is left, without the reviewer's id.
    const list = await api(partner, 'GET', `/api/v1/deals/${id}/extensions`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({
      data: [{ id: ext.id, status: 'approved', decidedBy: null }],
      limits: { maxCount: 2, maxDays: 30, used: 1, canRequest: true, cannotRequestReason: null },
    });
    // Another partner cannot see the deal at all.
    expect((await api(otherPartner, 'GET', `/api/v1/deals/${id}/extensions`)).statusCode).toBe(404);
    expect(
      (await api(otherPartner, 'POST', `/api/v1/deals/${id}/extensions`, { days: 5, reason: 'Mine now.' }))
        .statusCode,
    ).toBe(404);
  });

  it('enforces the program limits with errors that name them', async () => {
    const id = await approvedDeal('Limits', reviewed);
    const tooLong = await api(partner, 'POST', `/api/v1/deals/${id}/extensions`, {
      days: 31,
      reason: 'Long.',
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0]).toMatchObject({ field: 'days' });
    expect(tooLong.json().errors[0].message).toContain('30');

    for (let i = 0; i < 2; i++) {
      const r = await api(manager, 'POST', `/api/v1/deals/${id}/extensions`, {
        days: 10,
        reason: `Round ${i}.`,
      });
      expect(r.statusCode, r.body).toBe(201);
      const d = await api(owner, 'POST', `/api/v1/deal-extensions/${r.json().extension.id}/decision`, {
        decision: 'approve',
        reason: 'Fine.',
        days: 5,
      });
      expect(d.statusCode, d.body).toBe(200);
    }
    expect((await deal(id)).extension_count).toBe(2);
    const third = await api(partner, 'POST', `/api/v1/deals/${id}/extensions`, {
      days: 10,
      reason: 'Once more.',
    });
    expect(third.statusCode).toBe(409);
    expect(third.json().detail).toBe('This deal was already extended 2 times; the program allows 2.');
    const limits = (await api(partner, 'GET', `/api/v1/deals/${id}/extensions`)).json().limits;
    expect(limits).toMatchObject({ used: 2, canRequest: false });

    const submitted = await approvedDeal('Not approved', reviewed, 'submitted');
    const early = await api(partner, 'POST', `/api/v1/deals/${submitted}/extensions`, {
      days: 10,
      reason: 'Early.',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe('Only approved registrations can be extended; this one is submitted.');
  });

  it('a rejection keeps the protection and tells the partner why', async () => {
    const id = await approvedDeal('Reject me', reviewed);
    const before = await deal(id);
    const ext = (
      await api(partner, 'POST', `/api/v1/deals/${id}/extensions`, { days: 10, reason: 'Please.' })
    ).json().extension;
    const res = await api(manager, 'POST', `/api/v1/deal-extensions/${ext.id}/decision`, {
      decision: 'reject',
      reason: 'No activity recorded for 60 days.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().extension.status).toBe('rejected');
    expect((await deal(id)).protection_ends_at).toEqual(before.protection_ends_at);
    expect((await deal(id)).extension_count).toBe(0);
    const mails = await mailsFor('Reject me');
    expect(mails.map((m) => m.kind)).toEqual(['extension_rejected', 'extension_rejected']);
    expect(mails[0]!.reason).toBe('No activity recorded for 60 days.');
    // The queue no longer lists it; a new request may be made.
    const pending = (await api(manager, 'GET', '/api/v1/deal-extensions?status=pending')).json().data;
    expect(pending.map((e: { id: string }) => e.id)).not.toContain(ext.id);
    const rejected = (await api(manager, 'GET', '/api/v1/deal-extensions?status=rejected')).json().data;
    expect(rejected.map((e: { id: string }) => e.id)).toContain(ext.id);
  });

  it('grants at once when the program requires no approval', async () => {
    const id = await approvedDeal('Instant', instant);
    const before = await deal(id);
    const res = await api(partner, 'POST', `/api/v1/deals/${id}/extensions`, {
      days: 45,
      reason: 'Procurement.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      extension: { status: 'approved', decidedBy: null },
      extensionCount: 1,
    });
    expect((await deal(id)).protection_ends_at.getTime() - before.protection_ends_at.getTime()).toBe(
      45 * DAY,
    );
    expect((await mailsFor('Instant')).map((m) => m.kind)).toEqual([
      'extension_approved',
      'extension_approved',
    ]);
    const again = await api(partner, 'POST', `/api/v1/deals/${id}/extensions`, { days: 5, reason: 'More.' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('This deal was already extended once; the program allows 1.');
  });

  it('two concurrent requests for one deal: exactly one is accepted', async () => {
    const id = await approvedDeal('Race', reviewed);
    const results = await Promise.all([
      api(partner, 'POST', `/api/v1/deals/${id}/extensions`, { days: 10, reason: 'A.' }),
      api(manager, 'POST', `/api/v1/deals/${id}/extensions`, { days: 12, reason: 'B.' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const { rows } = await t.admin.query(
      `select count(*)::int as n from deal_extensions where deal_id = $1`,
      [idToUuid(id)],
    );
    expect(rows[0].n).toBe(1);

    // Two reviewers decide at once: one decision counts, the other is told it came too late.
    const pending = results.find((r) => r.statusCode === 201)!.json().extension.id;
    const decisions = await Promise.all([
      api(manager, 'POST', `/api/v1/deal-extensions/${pending}/decision`, {
        decision: 'approve',
        reason: 'Yes.',
      }),
      api(owner, 'POST', `/api/v1/deal-extensions/${pending}/decision`, {
        decision: 'reject',
        reason: 'No.',
      }),
    ]);
    expect(decisions.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await audits('deal.extension_decided', id)).toHaveLength(1);
  });
});
