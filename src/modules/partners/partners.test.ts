import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';

let t: TestApp;
let a: Tenant;
let owner: Session;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'a');
  owner = await login(t.app, a.users.owner.email);
});
afterAll(() => t.close());

const create = (who: Session | string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/partners',
    headers: { ...authHeaders(who), ...headers },
    payload: payload as object,
  });

describe('partners API', () => {
  it('creates, reads with an ETag, updates with If-Match and refuses a stale one', async () => {
    const res = await create(owner, { name: 'Kite Data K.K.', types: ['isv'], country: 'jp' });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p.id).toMatch(/^ptr_/);
    expect(p.country).toBe('JP');
    expect(res.headers.etag).toBe('"1"');

    const upd = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/partners/${p.id}`,
      headers: { ...authHeaders(owner), 'if-match': '"1"' },
      payload: { website: 'https://kite.example' },
    });
    expect(upd.statusCode).toBe(200);
    expect(upd.headers.etag).toBe('"2"');

    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/partners/${p.id}`,
      headers: { ...authHeaders(owner), 'if-match': '"1"' },
      payload: { name: 'Lost update' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    const { rows } = await t.admin.query('select name from partners where id = $1', [
      (await import('../../platform/ids/index.js')).idToUuid(p.id),
    ]);
    expect(rows[0].name).toBe('Kite Data K.K.');
  });

  it('paginates with a cursor through every row exactly once, in order', async () => {
    for (let i = 0; i < 7; i++)
      await create(a.workspaceKey, { name: `Page Partner ${String(i).padStart(2, '0')}`, types: ['si'] });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/partners?limit=3&sort=name&q=Page%20Partner${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.app.inject({ method: 'GET', url, headers: authHeaders(owner) });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { data: { name: string }[]; nextCursor: string | null };
      seen.push(...body.data.map((d) => d.name));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `Page Partner ${String(i).padStart(2, '0')}`));
  });

  it('filters by type and exports the filtered list as CSV', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/partners?filter%5Btype%5D=si&sort=name',
      headers: { ...authHeaders(owner), accept: 'text/csv' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe(
      'id,name,legalName,types,status,country,operatingCountries,regions,industries,competencies,languages,tags,website,domains,ownerUserId,programId,customFields,createdAt,updatedAt',
    );
    expect(lines).toHaveLength(8);
    expect(lines[1]).toContain('Page Partner 00');
  });

  it('a partner user sees only its own organisation and gets 404 for another', async () => {
    const partnerAdmin = await login(t.app, a.users.partner_admin.email);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/partners',
      headers: authHeaders(partnerAdmin),
    });
    expect(list.json().data.map((p: { id: string }) => p.id)).toEqual([a.partners[0]]);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/partners/${a.partners[1]}`,
      headers: authHeaders(partnerAdmin),
    });
    expect(other.statusCode).toBe(404);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/partners/${a.partners[0]}`,
      headers: authHeaders(partnerAdmin),
      payload: { status: 'inactive' },
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().errors[0].field).toBe('status');
    expect(edit.json().detail).toContain('/transitions');
  });

  it('writes an audit entry in the same transaction as the change', async () => {
    const res = await create(owner, { name: 'Audited Partner', types: ['msp'] });
    const id = res.json().id;
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-events?filter%5BobjectId%5D=${id}`,
      headers: authHeaders(owner),
    });
    const events = audit.json().data;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'partner.created',
      actorId: a.users.owner.userId,
      objectId: id,
    });
    expect(events[0].requestId).toBe(res.headers['x-request-id']);
  });
});
