import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authHeaders, createTenant, type Tenant } from '../../../test/support/fixtures.js';
import { dispatchOutbox } from '../../platform/events/dispatch.js';
import { idToUuid, newId, uuidToId } from '../../platform/ids/index.js';
import { runBackgroundWork } from '../../platform/jobs/runner.js';
import { type DealRules, defaultDealRules } from './rules.js';
import { dueWarningDays, runDealSchedule } from './schedule.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let a: Tenant;
let programId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'dsched');
  const rules: DealRules = {
    ...defaultDealRules,
    expiryWarningDays: [14, 3],
    review: {
      slaHours: 48,
      reminderHours: 24,
      approverUserIds: [a.users.channel_manager.userId, a.users.admin.userId],
    },
  };
  programId = newId('program');
  await t.admin.query(
    `insert into programs (workspace_id, id, name, slug, deal_rules) values ($1, $2, 'Deals', 'deals', $3)`,
    [idToUuid(a.workspaceId), idToUuid(programId), JSON.stringify(rules)],
  );
});
afterAll(() => t.close());

/** Both runners at once: the row locks must make every effect happen once. */
const twoRunners = async () => {
  const results = await Promise.all([runDealSchedule(t.deps), runDealSchedule(t.deps)]);
  for (const r of results) expect(r.errors).toEqual([]);
  return results;
};

type DealSeed = {
  state: 'submitted' | 'under_review' | 'approved';
  assignee?: string | null;
  protectionDays?: number;
  program?: string | null;
};

/** A deal as the coordinator's submit/approve would leave it (inserted directly: setup, not behaviour). */
async function seedDeal(title: string, seed: DealSeed) {
  const id = newId('deal');
  const now = t.clock.now();
  const approved = seed.state === 'approved';
  const assignee = approved
    ? null
    : seed.assignee === undefined
      ? a.users.channel_manager.userId
      : seed.assignee;
  await t.admin.query(
    `insert into deals (workspace_id, id, partner_id, program_id, state, title, customer_name, customer_name_norm,
       customer_name_key, currency, registered_by, submitted_at, submission_seq, review_due_at, assignee_user_id,
       approved_at, protection_ends_at, decided_at)
     values ($1, $2, $3, $4, $5, $6, $7, lower($7), lower($7), 'EUR', $8, $9, nextval('deal_submission_seq'), $10, $11, $12, $13, $12)`,
    [
      idToUuid(a.workspaceId),
      idToUuid(id),
      idToUuid(a.partners[0]),
      seed.program === null ? null : idToUuid(seed.program ?? programId),
      seed.state,
      title,
      `${title} GmbH`,
      a.users.partner_rep.userId,
      now,
      approved ? null : new Date(now.getTime() + 48 * HOUR),
      assignee ? idToUuid(assignee) : null,
      approved ? now : null,
      approved ? new Date(now.getTime() + (seed.protectionDays ?? 90) * DAY) : null,
    ],
  );
  return id;
}

async function dealRow(id: string) {
  const { rows } = await t.admin.query('select * from deals where id = $1', [idToUuid(id)]);
  return rows[0] as {
    state: string;
    reminded_at: Date | null;
    escalation_level: number;
    assignee_user_id: string | null;
    review_due_at: Date | null;
    expiry_warnings_sent: number[];
    version: number;
  };
}

/** Deal mails by kind → recipients (sorted). */
async function mailsFor(title: string) {
  const { rows } = await t.admin.query<{ kind: string; to: string }>(
    `select data->>'kind' as kind, to_address as to from mails where data->>'dealTitle' = $1 order by created_at, to_address`,
    [title],
  );
  return rows.map((r) => `${r.kind} ${r.to}`);
}

async function auditActions(id: string, action: string) {
  const { rows } = await t.admin.query(
    `select after from audit_events where object_id = $1 and action = $2 order by seq`,
    [id, action],
  );
  return rows.map((r) => r.after as Record<string, unknown>);
}

const emails = (...users: { email: string }[]) => users.map((u) => u.email);

describe('deal schedule: review SLA', () => {
  it('reminds the assignee once, escalates along the approver chain, then to owners and admins', async () => {
    t.clock.set('2026-12-01T09:00:00Z');
    const id = await seedDeal('SLA chain', { state: 'submitted' });

    t.clock.advance(23 * HOUR);
    await twoRunners();
    expect(await mailsFor('SLA chain')).toEqual([]);

    // 24 h after submission: one reminder to the assignee, even with two runners.
    t.clock.advance(HOUR);
    const [r1, r2] = await twoRunners();
    expect(r1.reminder + r2.reminder).toBe(1);
    expect(await mailsFor('SLA chain')).toEqual([`review_reminder ${a.users.channel_manager.email}`]);
    expect((await dealRow(id)).reminded_at).not.toBeNull();
    await twoRunners();
    expect(await mailsFor('SLA chain')).toHaveLength(1);

    // 48 h: the deadline passed → escalated to the second approver, once.
    t.clock.advance(24 * HOUR);
    const [e1, e2] = await twoRunners();
    expect(e1.escalation + e2.escalation).toBe(1);
    let row = await dealRow(id);
    expect(row.escalation_level).toBe(1);
    expect(uuidToId('user', row.assignee_user_id!)).toBe(a.users.admin.userId);
    expect(row.reminded_at).toBeNull();
    expect(row.review_due_at!.toISOString()).toBe(
      new Date(t.clock.now().getTime() + 48 * HOUR).toISOString(),
    );
    expect((await mailsFor('SLA chain')).slice(1)).toEqual([`review_escalated ${a.users.admin.email}`]);
    expect(await auditActions(id, 'deal.review_escalated')).toEqual([
      { id, partnerId: a.partners[0], level: 1, assigneeUserId: a.users.admin.userId },
    ]);
    const { rows: timeline } = await t.admin.query(
      `select kind, visibility, partner_id from deal_activities where deal_id = $1`,
      [idToUuid(id)],
    );
    expect(timeline).toEqual([{ kind: 'review_escalated', visibility: 'internal', partner_id: null }]);

    // The event notifies the new assignee in-app.
    await dispatchOutbox(t.deps);
    const { rows: notes } = await t.admin.query(
      `select user_id from notifications where type = 'deal.review_escalated' and data->>'id' = $1`,
      [id],
    );
    expect(notes.map((n) => uuidToId('user', n.user_id))).toEqual([a.users.admin.userId]);

    // The new period has its own reminder, 24 h after the escalation.
    t.clock.advance(24 * HOUR);
    await twoRunners();
    expect((await mailsFor('SLA chain')).slice(2)).toEqual([`review_reminder ${a.users.admin.email}`]);

    // Past the end of the chain: owners and admins, nobody assigned.
    t.clock.advance(24 * HOUR);
    await twoRunners();
    row = await dealRow(id);
    expect(row.escalation_level).toBe(2);
    expect(row.assignee_user_id).toBeNull();
    expect((await mailsFor('SLA chain')).slice(3).sort()).toEqual(
      emails(a.users.owner, a.users.admin)
        .map((e) => `review_escalated ${e}`)
        .sort(),
    );
    expect(await auditActions(id, 'deal.review_escalated')).toHaveLength(2);
  });

  it('reminds owners and admins when nobody is assigned, and never reminds a decided deal', async () => {
    t.clock.set('2027-01-10T09:00:00Z');
    const unassigned = await seedDeal('No assignee', {
      state: 'under_review',
      assignee: null,
      program: null,
    });
    const decided = await seedDeal('Decided', { state: 'submitted' });
    await t.admin.query(`update deals set state = 'approved', review_due_at = null where id = $1`, [
      idToUuid(decided),
    ]);
    t.clock.advance(25 * HOUR);
    await twoRunners();
    expect((await mailsFor('No assignee')).sort()).toEqual(
      emails(a.users.owner, a.users.admin)
        .map((e) => `review_reminder ${e}`)
        .sort(),
    );
    expect(await mailsFor('Decided')).toEqual([]);
    expect((await dealRow(unassigned)).reminded_at).not.toBeNull();
  });
});

describe('deal schedule: protection expiry', () => {
  it('warns 14 and 3 days before the end (once each), then expires the deal', async () => {
    t.clock.set('2027-02-01T12:00:00Z');
    const id = await seedDeal('Expiring', { state: 'approved', protectionDays: 20 });
    const partnerMails = (kind: string) =>
      emails(a.users.partner_admin, a.users.partner_rep)
        .map((e) => `${kind} ${e}`)
        .sort();

    t.clock.advance(5 * DAY);
    await twoRunners();
    expect(await mailsFor('Expiring')).toEqual([]);

    t.clock.advance(DAY); // 14 days left
    const [w1, w2] = await twoRunners();
    expect(w1.warning + w2.warning).toBe(1);
    expect((await mailsFor('Expiring')).sort()).toEqual(partnerMails('expiring'));
    expect((await dealRow(id)).expiry_warnings_sent).toEqual([14]);
    await twoRunners();
    expect(await mailsFor('Expiring')).toHaveLength(2);

    t.clock.advance(11 * DAY); // 3 days left
    await twoRunners();
    expect((await dealRow(id)).expiry_warnings_sent).toEqual([14, 3]);
    const warned = await auditActions(id, 'deal.expiring');
    expect(warned.map((w) => w.daysLeft)).toEqual([14, 3]);
    expect(warned[0]).toMatchObject({
      id,
      partnerId: a.partners[0],
      protectionEndsAt: '2027-02-21T12:00:00.000Z',
    });

    const { rows: text } = await t.admin.query(
      `select text from mails where data->>'dealTitle' = 'Expiring' and data->>'kind' = 'expiring' limit 1`,
    );
    expect(text[0].text).toContain(
      'Protection ends on 2027-02-21; ask for an extension if the deal is still active.',
    );

    t.clock.advance(3 * DAY); // protection ended
    const [x1, x2] = await twoRunners();
    expect(x1.expiry + x2.expiry).toBe(1);
    expect((await dealRow(id)).state).toBe('expired');
    expect(await auditActions(id, 'deal.expired')).toHaveLength(1);
    expect((await mailsFor('Expiring')).slice(4).sort()).toEqual(partnerMails('expired'));

    // The whole pass: the events notify the partner's members in-app.
    await runBackgroundWork(t.deps);
    const { rows: notes } = await t.admin.query(
      `select type, count(*)::int as n from notifications where data->>'id' = $1 group by type order by type`,
      [id],
    );
    expect(notes).toEqual([
      { type: 'deal.expired', n: 2 },
      { type: 'deal.expiring', n: 4 },
    ]);
  });

  it('sends one warning (the nearest) when a runner was down past several, and records all', async () => {
    t.clock.set('2027-04-01T12:00:00Z');
    const id = await seedDeal('Late runner', { state: 'approved', protectionDays: 20 });
    t.clock.advance(18 * DAY); // 2 days left: both the 14- and 3-day warnings are due
    await twoRunners();
    expect(await auditActions(id, 'deal.expiring')).toEqual([
      { id, partnerId: a.partners[0], daysLeft: 3, protectionEndsAt: '2027-04-21T12:00:00.000Z' },
    ]);
    expect((await dealRow(id)).expiry_warnings_sent).toEqual([14, 3]);
    expect(await mailsFor('Late runner')).toHaveLength(2);
  });
});

describe('deal schedule: through the API', () => {
  it('a registration submitted and approved through the API is reminded, escalated, extended, warned and expired', async () => {
    t.clock.set('2027-06-01T08:00:00Z');
    await t.admin.query('update partners set program_id = $1 where id = $2', [
      idToUuid(programId),
      idToUuid(a.partners[0]),
    ]);
    const api = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: authHeaders(who), ...(payload ? { payload } : {}) });
    const created = await api(a.partnerKey, 'POST', '/api/v1/deals', {
      title: 'API lifecycle',
      customer: { name: 'Kranbau Elbe GmbH', website: 'kranbau-elbe.de', country: 'DE' },
      currency: 'EUR',
      amountMinor: 2_500_000,
      submit: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const deal = created.json();
    expect(deal.state).toBe('submitted');
    expect(deal.programId).toBe(programId);

    t.clock.advance(24 * HOUR);
    await twoRunners();
    expect(await mailsFor('API lifecycle')).toEqual([`review_reminder ${a.users.channel_manager.email}`]);
    t.clock.advance(24 * HOUR);
    await twoRunners();
    const escalated = (await api(a.workspaceKey, 'GET', `/api/v1/deals/${deal.id}`)).json();
    expect(escalated.review).toMatchObject({ escalationLevel: 1, assigneeUserId: a.users.admin.userId });

    const approved = await api(a.workspaceKey, 'POST', `/api/v1/deals/${deal.id}/decision`, {
      decision: 'approve',
      reason: 'Qualified.',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const ends = Date.parse(approved.json().protectionEndsAt);
    expect(ends - t.clock.now().getTime()).toBe(90 * DAY);
    // Decided: no more SLA work on it (other tests' deals may still be pending).
    const mailsBefore = (await mailsFor('API lifecycle')).length;
    t.clock.advance(72 * HOUR);
    await twoRunners();
    expect(await mailsFor('API lifecycle')).toHaveLength(mailsBefore);
    expect(await auditActions(deal.id, 'deal.review_escalated')).toHaveLength(1);

    // 14 days before the end: warned; the partner asks for 10 more days and gets them.
    t.clock.set(new Date(ends - 14 * DAY));
    await twoRunners();
    expect(await auditActions(deal.id, 'deal.expiring')).toHaveLength(1);
    const ext = await api(a.partnerKey, 'POST', `/api/v1/deals/${deal.id}/extensions`, {
      days: 10,
      reason: 'Board meeting moved.',
    });
    expect(ext.statusCode, ext.body).toBe(201);
    const decided = await api(
      a.workspaceKey,
      'POST',
      `/api/v1/deal-extensions/${ext.json().extension.id}/decision`,
      {
        decision: 'approve',
        reason: 'Fine.',
      },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const newEnds = ends + 10 * DAY;
    expect(Date.parse(decided.json().protectionEndsAt)).toBe(newEnds);

    // The warnings start over for the new end: 14 days before it, warned again; then expired.
    t.clock.set(new Date(newEnds - 14 * DAY));
    await twoRunners();
    expect(await auditActions(deal.id, 'deal.expiring')).toHaveLength(2);
    t.clock.set(new Date(newEnds));
    await twoRunners();
    const expired = (await api(a.partnerKey, 'GET', `/api/v1/deals/${deal.id}`)).json();
    expect(expired.state).toBe('expired');
    // Registered with the partner's API key: its partner admin is told.
    expect((await mailsFor('API lifecycle')).filter((m) => m.startsWith('expired '))).toEqual([
      `expired ${a.users.partner_admin.email}`,
    ]);
  });
});

describe('expiry warning selection (property)', () => {
  it('whatever the warning days and however irregular the passes: one warning per pass at most, each day once, never after the end, and the nearest one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 365 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.integer({ min: 1, max: 40 * DAY }), { minLength: 1, maxLength: 60 }),
        (days, protectionDays, gaps) => {
          const start = Date.parse('2027-01-01T00:00:00Z');
          const ends = new Date(start + protectionDays * DAY);
          let now = start;
          let sent: number[] = [];
          const announced: number[] = [];
          for (const gap of gaps) {
            now += gap;
            const due = dueWarningDays(ends, new Date(now), days, sent);
            if (due.length === 0) continue;
            const left = ends.getTime() - now;
            expect(left).toBeGreaterThan(0);
            // The nearest due day: the time left is within it, and beyond every smaller day.
            expect(left).toBeLessThanOrEqual(due[0]! * DAY);
            for (const d of days) if (d < due[0]! && !sent.includes(d)) expect(left).toBeGreaterThan(d * DAY);
            announced.push(due[0]!);
            sent = [...sent, ...due];
            // Everything due by now is recorded.
            for (const d of days) if (ends.getTime() - d * DAY <= now) expect(sent).toContain(d);
          }
          expect(new Set(announced).size).toBe(announced.length);
          expect(new Set(sent).size).toBe(sent.length);
          expect(announced.length).toBeLessThanOrEqual(gaps.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
