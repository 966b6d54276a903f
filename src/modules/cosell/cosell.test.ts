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
import { idToUuid } from '../../platform/ids/index.js';
import { sniffDealFile } from './files.js';

let t: TestApp;
let a: Tenant;
let owner: Session;
let p1: Session; // partner A1 admin
let p2: Session; // partner A2 admin
let dealId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'cos');
  owner = await login(t.app, a.users.owner.email);
  p1 = await login(t.app, a.users.partner_admin.email);
  p2 = await login(t.app, a.otherPartnerAdmin.email);
});
afterAll(() => t.close());

const api = (
  who: Session | string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object | Buffer | string,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method,
    url,
    headers: { ...authHeaders(who), ...headers },
    ...(payload !== undefined ? { payload } : {}),
  });

let n = 0;
async function approvedDeal(partnerId: string, name: string) {
  const res = await api(owner, 'POST', '/api/v1/deals', {
    partnerId,
    title: `Deal ${++n}`,
    customer: { name, website: `${name.toLowerCase().replace(/[^a-z]/g, '')}.example.com`, country: 'DE' },
    currency: 'EUR',
    amountMinor: 10_000_000,
    submit: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  const d = res.json();
  if (d.state !== 'approved') {
    const ok = await api(owner, 'POST', `/api/v1/deals/${d.id}/decision`, {
      decision: 'approve',
      reason: 'ok',
    });
    expect(ok.statusCode, ok.body).toBe(200);
  }
  return d.id as string;
}

const timeline = async (who: Session, id = dealId) => {
  const res = await api(who, 'GET', `/api/v1/deals/${id}/activities?limit=200`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as {
    kind: string;
    body: string;
    visibility: string;
    partnerId: string | null;
    actor: { id: string | null; name: string };
    data: Record<string, unknown>;
    mentionedUserIds: string[];
  }[];
};

describe('co-selling on a multi-partner deal', () => {
  it('adds a second partner within the 100 % share budget; each partner sees only its own participation', async () => {
    dealId = await approvedDeal(a.partners[0], 'Polar Freight AG');
    const list = await api(owner, 'GET', `/api/v1/deals/${dealId}/participants`);
    expect(list.statusCode, list.body).toBe(200);
    const [sourced] = list.json().data;
    expect(sourced).toMatchObject({ partnerId: a.partners[0], role: 'sourced', shareBps: 10_000 });

    const over = await api(owner, 'POST', `/api/v1/deals/${dealId}/participants`, {
      partnerId: a.partners[1],
      role: 'influenced',
      shareBps: 3000,
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0].field).toBe('shareBps');

    const shrink = await api(owner, 'PATCH', `/api/v1/deals/${dealId}/participants/${sourced.id}`, {
      shareBps: 7000,
    });
    expect(shrink.statusCode, shrink.body).toBe(200);
    const notSourced = await api(owner, 'PATCH', `/api/v1/deals/${dealId}/participants/${sourced.id}`, {
      role: 'influenced',
    });
    expect(notSourced.statusCode).toBe(400);

    const add = await api(owner, 'POST', `/api/v1/deals/${dealId}/participants`, {
      partnerId: a.partners[1],
      role: 'influenced',
      shareBps: 3000,
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json()).toMatchObject({ partnerId: a.partners[1], role: 'influenced', shareBps: 3000 });
    const again = await api(owner, 'POST', `/api/v1/deals/${dealId}/participants`, {
      partnerId: a.partners[1],
      role: 'influenced',
      shareBps: 0,
    });
    expect(again.statusCode).toBe(409);
    const ghost = await api(owner, 'POST', `/api/v1/deals/${dealId}/participants`, {
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      role: 'marketplace',
      shareBps: 0,
    });
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json().errors[0].field).toBe('partnerId');

    expect((await api(owner, 'GET', `/api/v1/deals/${dealId}/participants`)).json().data).toHaveLength(2);
    const mine1 = (await api(p1, 'GET', `/api/v1/deals/${dealId}/participants`)).json().data;
    expect(mine1).toEqual([expect.objectContaining({ partnerId: a.partners[0], shareBps: 7000 })]);
    const mine2 = (await api(p2, 'GET', `/api/v1/deals/${dealId}/participants`)).json().data;
    expect(mine2).toEqual([expect.objectContaining({ partnerId: a.partners[1], shareBps: 3000 })]);
    expect(
      (
        await api(p2, 'POST', `/api/v1/deals/${dealId}/participants`, {
          partnerId: a.partners[1],
          role: 'fulfilment',
          shareBps: 0,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await api(owner, 'DELETE', `/api/v1/deals/${dealId}/participants/${sourced.id}`)).statusCode,
    ).toBe(409);

    // The added partner is notified in-app.
    await dispatchOutbox(t.deps);
    const { rows } = await t.admin.query(
      `select count(*)::int as n from notifications where user_id = $1 and type = 'deal.partner_added'`,
      [idToUuid(a.otherPartnerAdmin.userId)],
    );
    expect(rows[0].n).toBe(1);
  });

  it('keeps each partner’s comments on its own side; staff choose internal, a side or all participants', async () => {
    const c1 = await api(p1, 'POST', `/api/v1/deals/${dealId}/comments`, { body: 'A1 side note' });
    expect(c1.statusCode, c1.body).toBe(201);
    expect(c1.json()).toMatchObject({ kind: 'comment', visibility: 'side', partnerId: a.partners[0] });
    expect(
      (await api(p2, 'POST', `/api/v1/deals/${dealId}/comments`, { body: 'A2 side note' })).statusCode,
    ).toBe(201);
    expect(
      (
        await api(owner, 'POST', `/api/v1/deals/${dealId}/comments`, {
          body: 'to A1',
          visibility: 'side',
          partnerId: a.partners[0],
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await api(owner, 'POST', `/api/v1/deals/${dealId}/comments`, { body: 'to all' })).json().visibility,
    ).toBe('participants');
    expect(
      (
        await api(owner, 'POST', `/api/v1/deals/${dealId}/comments`, {
          body: 'vendor only',
          visibility: 'internal',
        })
      ).statusCode,
    ).toBe(201);
    const noPartner = await api(owner, 'POST', `/api/v1/deals/${dealId}/comments`, {
      body: 'x',
      visibility: 'side',
    });
    expect(noPartner.statusCode).toBe(400);
    expect(noPartner.json().errors[0].field).toBe('partnerId');

    // A partner cannot post elsewhere than its side.
    expect(
      (await api(p2, 'POST', `/api/v1/deals/${dealId}/comments`, { body: 'x', partnerId: a.partners[0] }))
        .statusCode,
    ).toBe(404);
    expect(
      (await api(p2, 'POST', `/api/v1/deals/${dealId}/comments`, { body: 'x', visibility: 'participants' }))
        .statusCode,
    ).toBe(403);

    const bodies = async (who: Session) =>
      (await timeline(who))
        .filter((e) => e.kind === 'comment')
        .map((e) => e.body)
        .sort();
    expect(await bodies(owner)).toEqual(['A1 side note', 'A2 side note', 'to A1', 'to all', 'vendor only']);
    expect(await bodies(p1)).toEqual(['A1 side note', 'to A1', 'to all']);
    expect(await bodies(p2)).toEqual(['A2 side note', 'to all']);
    // Neither partner sees anything of the other's side (state changes, participant rows…).
    for (const [who, other] of [
      [p1, a.partners[1]],
      [p2, a.partners[0]],
    ] as const) {
      const all = await timeline(who);
      expect(JSON.stringify(all)).not.toContain(other);
      expect(all.every((e) => e.visibility !== 'internal')).toBe(true);
    }
  });

  it('paginates the timeline newest first or oldest first', async () => {
    const first = await api(owner, 'GET', `/api/v1/deals/${dealId}/activities?limit=2`);
    const page = first.json();
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toBeTruthy();
    const next = (
      await api(owner, 'GET', `/api/v1/deals/${dealId}/activities?limit=2&cursor=${page.nextCursor}`)
    ).json();
    expect(next.data[0].id).not.toBe(page.data[1].id);
    const asc = (
      await api(owner, 'GET', `/api/v1/deals/${dealId}/activities?sort=created_at&limit=1`)
    ).json();
    expect(asc.data[0].kind).toBe('created');
    const kinds = (await timeline(owner)).map((e) => e.kind);
    expect(kinds).toContain('state_changed');
  });

  it('checks that every @mentioned user can see the comment, and notifies them', async () => {
    const leak = await api(p1, 'POST', `/api/v1/deals/${dealId}/comments`, {
      body: 'hey @other',
      mentionedUserIds: [a.users.owner.userId, a.otherPartnerAdmin.userId],
    });
    expect(leak.statusCode).toBe(400);
    expect(leak.json().errors.map((e: { field: string }) => e.field)).toEqual(['mentionedUserIds.1']);
    const stranger = await api(owner, 'POST', `/api/v1/deals/${dealId}/comments`, {
      body: 'internal @p1',
      visibility: 'internal',
      mentionedUserIds: [a.users.partner_rep.userId],
    });
    expect(stranger.json().errors[0].field).toBe('mentionedUserIds.0');

    const ok = await api(p1, 'POST', `/api/v1/deals/${dealId}/comments`, {
      body: '@owner @rep please look',
      mentionedUserIds: [a.users.owner.userId, a.users.partner_rep.userId],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const shared = await api(owner, 'POST', `/api/v1/deals/${dealId}/comments`, {
      body: 'both of you',
      mentionedUserIds: [a.users.partner_rep.userId, a.otherPartnerAdmin.userId],
    });
    expect(shared.statusCode, shared.body).toBe(201);
    // A partner reader never sees which of the other partner's users were mentioned.
    const seenByP1 = (await timeline(p1)).find((e) => e.body === 'both of you')!;
    expect(seenByP1.mentionedUserIds).toEqual([a.users.partner_rep.userId]);

    await dispatchOutbox(t.deps);
    const { rows } = await t.admin.query<{ user_id: string; n: number }>(
      `select user_id::text, count(*)::int as n from notifications where type = 'deal.comment_added' group by user_id`,
    );
    const byUser = Object.fromEntries(rows.map((r) => [r.user_id, r.n]));
    expect(byUser[idToUuid(a.users.owner.userId)]).toBe(1);
    expect(byUser[idToUuid(a.users.partner_rep.userId)]).toBe(2);
    expect(byUser[idToUuid(a.otherPartnerAdmin.userId)]).toBe(1);
    // A partner's comment is a co-selling touchpoint.
    const tps = (
      await api(p1, 'GET', `/api/v1/touchpoints?filter[deal]=${dealId}&filter[kind]=cosell_activity`)
    ).json().data;
    expect(tps.length).toBeGreaterThanOrEqual(2);
  });

  it('offers staff and a partner the people they may mention', async () => {
    const staff = (await api(owner, 'GET', `/api/v1/deals/${dealId}/mentionable`)).json().data as {
      userId: string;
    }[];
    expect(staff.map((m) => m.userId)).toEqual(
      expect.arrayContaining([a.users.owner.userId, a.users.partner_rep.userId, a.otherPartnerAdmin.userId]),
    );
    const mine = (await api(p1, 'GET', `/api/v1/deals/${dealId}/mentionable`)).json().data as {
      userId: string;
      kind: string;
    }[];
    expect(mine.map((m) => m.userId)).toContain(a.users.partner_rep.userId);
    expect(mine.map((m) => m.userId)).toContain(a.users.owner.userId);
    expect(mine.map((m) => m.userId)).not.toContain(a.otherPartnerAdmin.userId);
  });

  it('stores files by their content, on the uploader’s side, and serves them as attachments', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
    const up = await api(
      p1,
      'POST',
      `/api/v1/deals/${dealId}/files?filename=${encodeURIComponent('Angebot März.pdf')}`,
      pdf,
      {
        'content-type': 'application/pdf',
      },
    );
    expect(up.statusCode, up.body).toBe(201);
    const file = up.json();
    expect(file).toMatchObject({
      contentType: 'application/pdf',
      size: pdf.length,
      visibility: 'side',
      partnerId: a.partners[0],
    });
    const csv = await api(p2, 'POST', `/api/v1/deals/${dealId}/files?filename=lines.csv`, 'a,b\n1,2\n', {
      'content-type': 'text/csv',
    });
    expect(csv.statusCode, csv.body).toBe(201);
    expect(csv.json().contentType).toBe('text/csv');
    const shared = await api(
      owner,
      'POST',
      `/api/v1/deals/${dealId}/files?filename=notes.txt&visibility=participants`,
      'for everyone',
      {
        'content-type': 'text/plain',
      },
    );
    expect(shared.statusCode, shared.body).toBe(201);

    const liar = await api(
      p1,
      'POST',
      `/api/v1/deals/${dealId}/files?filename=x.pdf`,
      Buffer.from([0x4d, 0x5a, 0, 0, 1]),
      {
        'content-type': 'application/pdf',
      },
    );
    expect(liar.statusCode).toBe(400);
    const wrongType = await api(p1, 'POST', `/api/v1/deals/${dealId}/files?filename=x.png`, pdf, {
      'content-type': 'image/png',
    });
    expect(wrongType.statusCode).toBe(400);
    const json = await api(p1, 'POST', `/api/v1/deals/${dealId}/files?filename=x.json`, { a: 1 });
    expect(json.statusCode).toBe(415);

    const names = async (who: Session) =>
      ((await api(who, 'GET', `/api/v1/deals/${dealId}/files`)).json().data as { filename: string }[])
        .map((f) => f.filename)
        .sort();
    expect(await names(owner)).toEqual(['Angebot März.pdf', 'lines.csv', 'notes.txt']);
    expect(await names(p1)).toEqual(['Angebot März.pdf', 'notes.txt']);
    expect(await names(p2)).toEqual(['lines.csv', 'notes.txt']);

    const dl = await api(p1, 'GET', `/api/v1/deals/${dealId}/files/${file.id}/content`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toContain("filename*=UTF-8''Angebot%20M%C3%A4rz.pdf");
    expect(dl.rawPayload.equals(pdf)).toBe(true);
    expect((await api(p2, 'GET', `/api/v1/deals/${dealId}/files/${file.id}/content`)).statusCode).toBe(404);
    expect((await api(p2, 'DELETE', `/api/v1/deals/${dealId}/files/${file.id}`)).statusCode).toBe(404);
    expect((await api(p1, 'DELETE', `/api/v1/deals/${dealId}/files/${shared.json().id}`)).statusCode).toBe(
      403,
    );
    expect((await api(p1, 'DELETE', `/api/v1/deals/${dealId}/files/${file.id}`)).statusCode).toBe(204);
    expect((await timeline(p1)).filter((e) => e.kind === 'file').length).toBeGreaterThanOrEqual(2);
  });

  it('sniffs Office documents and text', () => {
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('....[Content_Types].xml....word/document.xml'),
    ]);
    expect(sniffDealFile(docx, 'a.docx', 'application/octet-stream')).toMatch(/wordprocessingml/);
    expect(sniffDealFile(Buffer.from('x;y\n'), 'a.csv', 'application/octet-stream')).toBe('text/csv');
    expect(sniffDealFile(Buffer.from([0x61, 0, 0x62]), 'a.txt', 'text/plain')).toBeNull();
    expect(sniffDealFile(Buffer.from([0xc3, 0x28]), 'a.txt', 'text/plain')).toBeNull();
  });

  it('lets staff and partners on the deal work the shared fields; stage changes are shared, the actor masked', async () => {
    const before = await api(p2, 'GET', `/api/v1/deals/${dealId}`);
    expect(before.statusCode, before.body).toBe(200);
    const version = before.json().version;
    const res = await api(
      p2,
      'PATCH',
      `/api/v1/deals/${dealId}/opportunity`,
      { stage: 'proposal', nextSteps: 'Demo on Friday' },
      { 'if-match': `"${version}"` },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      stage: 'proposal',
      nextSteps: 'Demo on Friday',
      version: version + 1,
    });
    const stale = await api(
      owner,
      'PATCH',
      `/api/v1/deals/${dealId}/opportunity`,
      { stage: 'negotiation' },
      { 'if-match': `"${version}"` },
    );
    expect(stale.statusCode).toBe(412);

    const stageForP1 = (await timeline(p1)).find((e) => e.kind === 'stage_changed')!;
    expect(stageForP1.data).toEqual({ from: 'prospecting', to: 'proposal' });
    expect(stageForP1.actor).toMatchObject({ id: null, name: '' });
    const stageForP2 = (await timeline(p2)).find((e) => e.kind === 'stage_changed')!;
    expect(stageForP2.actor.id).toBe(a.otherPartnerAdmin.userId);
    const updated = (await timeline(owner)).find((e) => e.kind === 'updated')!;
    expect(updated.data).toMatchObject({
      fields: ['nextSteps'],
      before: { nextSteps: '' },
      after: { nextSteps: 'Demo on Friday' },
    });

    const amount = await api(owner, 'PATCH', `/api/v1/deals/${dealId}/opportunity`, {
      amountMinor: 20_000_000,
      expectedCloseDate: '2027-04-30',
    });
    expect(amount.json()).toMatchObject({ amountMinor: 20_000_000, expectedCloseDate: '2027-04-30' });
    const tps = (
      await api(
        owner,
        'GET',
        `/api/v1/touchpoints?filter[partner]=${a.partners[1]}&filter[kind]=cosell_activity`,
      )
    ).json().data;
    expect(tps.some((tp: { dealId: string }) => tp.dealId === dealId)).toBe(true);

    await dispatchOutbox(t.deps);
    const { rows } = await t.admin.query(
      `select count(*)::int as n from events where type = 'deal.stage_changed'`,
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses shared-field work before approval', async () => {
    const draft = await api(owner, 'POST', '/api/v1/deals', {
      partnerId: a.partners[0],
      title: 'Draft',
      customer: { name: 'Unapproved Ltd' },
      currency: 'EUR',
    });
    const res = await api(owner, 'PATCH', `/api/v1/deals/${draft.json().id}/opportunity`, {
      stage: 'proposal',
    });
    expect(res.statusCode).toBe(409);
  });

  it('closes as won (staff only) and feeds every partner’s tier metrics by share, once', async () => {
    expect((await api(p1, 'POST', `/api/v1/deals/${dealId}/close`, { outcome: 'won' })).statusCode).toBe(403);
    const won = await api(owner, 'POST', `/api/v1/deals/${dealId}/close`, {
      outcome: 'won',
      reason: 'Signed',
      amountMinor: 10_000_000,
    });
    expect(won.statusCode, won.body).toBe(200);
    expect(won.json()).toMatchObject({ state: 'won', closeReason: 'Signed' });
    expect((await api(owner, 'POST', `/api/v1/deals/${dealId}/close`, { outcome: 'won' })).statusCode).toBe(
      409,
    );

    const { rows } = await t.admin.query<{
      partner_id: string;
      metric: string;
      value: string;
      external_id: string;
    }>(
      `select partner_id::text, metric, value::text, external_id from partner_metric_events where external_id = $1 order by metric, value`,
      [dealId],
    );
    const byPartner = (p: string) =>
      rows.filter((r) => r.partner_id === idToUuid(p)).map((r) => [r.metric, Number(r.value)]);
    expect(byPartner(a.partners[0])).toEqual([
      ['deals_won', 1],
      ['revenue_won', 70_000],
    ]);
    expect(byPartner(a.partners[1])).toEqual([
      ['deals_won', 1],
      ['revenue_won', 30_000],
    ]);
    const milestones = await t.admin.query(
      `select count(*)::int as n from partners where first_deal_won_at is not null and workspace_id = $1`,
      [idToUuid(a.workspaceId)],
    );
    expect(milestones.rows[0].n).toBe(2);
    // Both partners see the close on their own side.
    for (const who of [p1, p2]) {
      expect((await timeline(who)).some((e) => e.kind === 'state_changed' && e.data.to === 'won')).toBe(true);
    }
  });

  it('closes as lost without metrics', async () => {
    const id = await approvedDeal(a.partners[1], 'Lost Cause Gmbh');
    const res = await api(owner, 'POST', `/api/v1/deals/${id}/close`, {
      outcome: 'lost',
      reason: 'Competitor',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = await t.admin.query(
      `select count(*)::int as n from partner_metric_events where external_id = $1`,
      [id],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('account plans', () => {
  let accountId: string;
  let planId: string;
  it('staff start a plan for an account and a partner; ids are generated; owners must see the plan', async () => {
    const acct = await api(owner, 'POST', '/api/v1/accounts', {
      name: 'Acme Robotics GmbH',
      strategic: true,
    });
    expect(acct.statusCode, acct.body).toBe(201);
    accountId = acct.json().id;
    const bad = await api(owner, 'POST', '/api/v1/account-plans', {
      accountId,
      partnerId: a.partners[0],
      title: 'FY27',
      actions: [{ title: 'x', ownerUserId: a.otherPartnerAdmin.userId }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('actions.0.ownerUserId');
    const res = await api(owner, 'POST', '/api/v1/account-plans', {
      accountId,
      partnerId: a.partners[0],
      title: 'FY27',
      goals: [{ text: 'Pilot live', targetDate: '2027-02-28' }],
      stakeholders: [{ name: 'Jana', role: 'champion' }],
      actions: [{ title: 'Workshop', ownerUserId: a.users.partner_rep.userId, dueDate: '2027-01-15' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    planId = plan.id;
    expect(plan).toMatchObject({
      accountName: 'Acme Robotics GmbH',
      status: 'active',
      partnerId: a.partners[0],
    });
    expect(plan.goals[0]).toMatchObject({ text: 'Pilot live', done: false, id: expect.any(String) });
    expect(plan.actions[0].ownerName).toBe('partner_rep cos');
    expect(
      (await api(p1, 'POST', '/api/v1/account-plans', { accountId, partnerId: a.partners[0], title: 'mine' }))
        .statusCode,
    ).toBe(403);
  });

  it('partners read and update their own plan’s lists only', async () => {
    expect((await api(p2, 'GET', `/api/v1/account-plans/${planId}`)).statusCode).toBe(404);
    expect((await api(p2, 'GET', '/api/v1/account-plans')).json().data).toHaveLength(0);
    const mine = await api(p1, 'GET', `/api/v1/account-plans/${planId}`);
    expect(mine.statusCode).toBe(200);
    const goal = mine.json().goals[0];
    const upd = await api(
      p1,
      'PATCH',
      `/api/v1/account-plans/${planId}`,
      { goals: [{ ...goal, done: true }] },
      { 'if-match': mine.headers.etag as string },
    );
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json().goals).toEqual([{ ...goal, done: true }]);
    const status = await api(p1, 'PATCH', `/api/v1/account-plans/${planId}`, { status: 'closed' });
    expect(status.statusCode).toBe(403);
    const stale = await api(
      owner,
      'PATCH',
      `/api/v1/account-plans/${planId}`,
      { status: 'closed' },
      { 'if-match': mine.headers.etag as string },
    );
    expect(stale.statusCode).toBe(412);
    expect(
      (await api(owner, 'PATCH', `/api/v1/account-plans/${planId}`, { status: 'closed' })).json().status,
    ).toBe('closed');
    const filtered = (
      await api(owner, 'GET', `/api/v1/account-plans?filter[status]=closed&filter[account]=${accountId}`)
    ).json().data;
    expect(filtered.map((p: { id: string }) => p.id)).toEqual([planId]);
    const csv = await api(owner, 'GET', '/api/v1/account-plans', undefined, { accept: 'text/csv' });
    expect(csv.body).toContain('Acme Robotics GmbH');
    expect((await api(p1, 'DELETE', `/api/v1/account-plans/${planId}`)).statusCode).toBe(403);
    expect((await api(owner, 'DELETE', `/api/v1/account-plans/${planId}`)).statusCode).toBe(204);
  });
});

describe('touchpoints', () => {
  it('partners record their own; staff name the partner; marketplace transactions need their details', async () => {
    const meet = await api(p2, 'POST', '/api/v1/touchpoints', {
      kind: 'meeting',
      note: 'Kick-off',
      occurredAt: '2026-11-20T10:00:00Z',
    });
    expect(meet.statusCode, meet.body).toBe(201);
    expect(meet.json()).toMatchObject({ partnerId: a.partners[1], kind: 'meeting', source: 'manual' });
    const bad = await api(p2, 'POST', '/api/v1/touchpoints', {
      kind: 'marketplace_transaction',
      data: { marketplace: 'ebay' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['data.marketplace', 'data.amountMinor']),
    );
    const mp = await api(owner, 'POST', '/api/v1/touchpoints', {
      partnerId: a.partners[0],
      kind: 'marketplace_transaction',
      data: { marketplace: 'aws', offerId: 'offer-1', amountMinor: 500_00, currency: 'usd' },
    });
    expect(mp.statusCode, mp.body).toBe(201);
    expect(mp.json().data).toEqual({
      marketplace: 'aws',
      offerId: 'offer-1',
      amountMinor: 50_000,
      currency: 'USD',
    });
    expect(
      (await api(owner, 'POST', '/api/v1/touchpoints', { kind: 'meeting' })).json().errors[0].field,
    ).toBe('partnerId');
    expect(
      (await api(p2, 'POST', '/api/v1/touchpoints', { kind: 'event', partnerId: a.partners[0] })).statusCode,
    ).toBe(404);
    expect((await api(p2, 'POST', '/api/v1/touchpoints', { kind: 'event', dealId })).statusCode).toBe(201);

    const p2list = (await api(p2, 'GET', '/api/v1/touchpoints?limit=200')).json().data as {
      partnerId: string;
    }[];
    expect(p2list.every((tp) => tp.partnerId === a.partners[1])).toBe(true);
    const range = (
      await api(
        owner,
        'GET',
        '/api/v1/touchpoints?filter[from]=2026-11-20T00:00:00Z&filter[to]=2026-11-21T00:00:00Z',
      )
    ).json().data;
    expect(range.map((tp: { note: string }) => tp.note)).toEqual(['Kick-off']);
    const csv = await api(
      owner,
      'GET',
      '/api/v1/touchpoints?filter[kind]=marketplace_transaction',
      undefined,
      { accept: 'text/csv' },
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.body.trim().split('\n')).toHaveLength(2);
    await dispatchOutbox(t.deps);
    const { rows } = await t.admin.query(
      `select count(*)::int as n from events where type = 'touchpoint.recorded'`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(4);
  });
});
