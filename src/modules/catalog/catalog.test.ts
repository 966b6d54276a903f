import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { withTenantTx } from '../../platform/access/context.js';
import { AppError } from '../../platform/errors/index.js';
import { resolveLineItems } from './index.js';
import { majorToMinor, minorDigits } from './money.js';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let owner: Session;
let partner: Session;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'cat');
  b = await createTenant(t.pools, 'catb');
  owner = await login(t.app, a.users.owner.email);
  partner = await login(t.app, a.users.partner_admin.email);
});
afterAll(() => t.close());

const api = (
  who: Session | string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method,
    url,
    headers: { ...authHeaders(who), ...headers },
    ...(payload ? { payload } : {}),
  });

async function line(code: string, extra: object = {}) {
  const res = await api(owner, 'POST', '/api/v1/product-lines', { name: `Line ${code}`, code, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string };
}
async function product(productLineId: string, sku: string, extra: object = {}) {
  const res = await api(owner, 'POST', '/api/v1/products', {
    productLineId,
    name: `Product ${sku}`,
    sku,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; sku: string };
}

describe('product lines', () => {
  it('creates (code upper-cased), reads with ETag, updates with If-Match, refuses a taken code', async () => {
    const res = await api(owner, 'POST', '/api/v1/product-lines', { name: 'Network', code: 'net' });
    expect(res.statusCode, res.body).toBe(201);
    const l = res.json();
    expect(l).toMatchObject({ id: expect.stringMatching(/^pln_/), code: 'NET', active: true, version: 1 });
    expect(res.headers.etag).toBe('"1"');
    const get = await api(owner, 'GET', `/api/v1/product-lines/${l.id}`);
    expect(get.json().name).toBe('Network');

    const taken = await api(owner, 'POST', '/api/v1/product-lines', { name: 'Again', code: 'NET' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0]).toMatchObject({ field: 'code' });

    const upd = await api(
      owner,
      'PATCH',
      `/api/v1/product-lines/${l.id}`,
      { description: 'Firewalls' },
      { 'if-match': '"1"' },
    );
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json()).toMatchObject({ description: 'Firewalls', version: 2 });
    const stale = await api(
      owner,
      'PATCH',
      `/api/v1/product-lines/${l.id}`,
      { name: 'x' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);

    const bad = await api(owner, 'POST', '/api/v1/product-lines', { name: '', code: 'has space' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['code', 'name']);
  });

  it('refuses to delete a line with products (409) but deletes an empty one', async () => {
    const used = await line('DEL1');
    await product(used.id, 'DEL1-A');
    const del = await api(owner, 'DELETE', `/api/v1/product-lines/${used.id}`);
    expect(del.statusCode).toBe(409);
    const empty = await line('DEL2');
    expect((await api(owner, 'DELETE', `/api/v1/product-lines/${empty.id}`)).statusCode).toBe(204);
    expect((await api(owner, 'GET', `/api/v1/product-lines/${empty.id}`)).statusCode).toBe(404);
  });
});

describe('products', () => {
  it('validates list prices per currency, naming the field', async () => {
    const l = await line('PRC');
    const res = await api(owner, 'POST', '/api/v1/products', {
      productLineId: l.id,
      name: 'P',
      sku: 'PRC-1',
      listPrices: { EUR: 100, XXY: 5, USD: -1, JPY: 1.5 },
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['listPrices.JPY', 'listPrices.USD', 'listPrices.XXY']);

    const unknownLine = await api(owner, 'POST', '/api/v1/products', {
      productLineId: 'pln_01h455vb4pex5vsknk084sn02q',
      name: 'P',
      sku: 'PRC-2',
    });
    expect(unknownLine.statusCode).toBe(400);
    expect(unknownLine.json().errors[0].field).toBe('productLineId');
  });

  it('creates, filters, sorts, paginates, exports CSV and refuses a taken SKU', async () => {
    const l1 = await line('LST1');
    const l2 = await line('LST2');
    const p1 = await product(l1.id, 'LST-A', { name: 'Alpha', listPrices: { EUR: 120000, USD: 130000 } });
    await product(l1.id, 'LST-B', { name: 'Bravo', active: false });
    await product(l2.id, 'LST-C', { name: 'Charlie' });
    expect(p1).toMatchObject({ productLineCode: 'LST1', listPrices: { EUR: 120000, USD: 130000 } });

    const dup = await api(owner, 'POST', '/api/v1/products', {
      productLineId: l2.id,
      name: 'Dup',
      sku: 'LST-A',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].field).toBe('sku');

    const byLine = await api(owner, 'GET', `/api/v1/products?filter[productLineId]=${l1.id}&sort=-name`);
    expect(byLine.json().data.map((p: { name: string }) => p.name)).toEqual(['Bravo', 'Alpha']);
    const active = await api(
      owner,
      'GET',
      `/api/v1/products?filter[productLineId]=${l1.id}&filter[active]=true`,
    );
    expect(active.json().data.map((p: { sku: string }) => p.sku)).toEqual(['LST-A']);
    const search = await api(owner, 'GET', '/api/v1/products?q=lst-c');
    expect(search.json().data.map((p: { sku: string }) => p.sku)).toEqual(['LST-C']);

    const first = await api(owner, 'GET', '/api/v1/products?q=LST&limit=2&sort=sku');
    expect(first.json().data.map((p: { sku: string }) => p.sku)).toEqual(['LST-A', 'LST-B']);
    const next = await api(
      owner,
      'GET',
      `/api/v1/products?q=LST&limit=2&sort=sku&cursor=${first.json().nextCursor}`,
    );
    expect(next.json()).toMatchObject({ data: [{ sku: 'LST-C' }], nextCursor: null });

    const csv = await api(owner, 'GET', '/api/v1/products?q=LST-A', undefined, { accept: 'text/csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('EUR 120000;USD 130000');

    const upd = await api(owner, 'PATCH', `/api/v1/products/${p1.id}`, { listPrices: { JPY: 15000 } });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json().listPrices).toEqual({ JPY: 15000 });
  });

  it('partners read only active products of active lines and cannot write', async () => {
    const on = await line('PRT1');
    const off = await line('PRT2', { active: false });
    const visible = await product(on.id, 'PRT-A');
    const inactive = await product(on.id, 'PRT-B', { active: false });
    const inOffLine = await product(off.id, 'PRT-C');
    const list = await api(partner, 'GET', '/api/v1/products?q=PRT');
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((p: { id: string }) => p.id)).toEqual([visible.id]);
    expect((await api(partner, 'GET', `/api/v1/products/${inactive.id}`)).statusCode).toBe(404);
    expect((await api(partner, 'GET', `/api/v1/products/${inOffLine.id}`)).statusCode).toBe(404);
    expect((await api(partner, 'GET', `/api/v1/product-lines/${off.id}`)).statusCode).toBe(404);
    const lines = await api(partner, 'GET', '/api/v1/product-lines?q=PRT');
    expect(lines.json().data.map((l: { id: string }) => l.id)).toEqual([on.id]);
    const write = await api(partner, 'POST', '/api/v1/products', {
      productLineId: on.id,
      name: 'x',
      sku: 'PRT-X',
    });
    expect(write.statusCode).toBe(403);
    const patch = await api(partner, 'PATCH', `/api/v1/products/${visible.id}`, { name: 'x' });
    expect(patch.statusCode).toBe(403);
  });

  it('another workspace never sees the catalogue', async () => {
    const l = await line('ISO');
    const p = await product(l.id, 'ISO-A');
    expect((await api(b.workspaceKey, 'GET', `/api/v1/products/${p.id}`)).statusCode).toBe(404);
    expect((await api(b.workspaceKey, 'GET', '/api/v1/products?q=ISO')).json().data).toEqual([]);
  });
});

describe('resolveLineItems', () => {
  const actor = () => ({ kind: 'system' as const, workspaceId: a.workspaceId, job: 'test' });

  it('prices items from the list price or the given price, and names every bad item', async () => {
    const l = await line('RLI');
    const p = await product(l.id, 'RLI-A', { name: 'Widget', listPrices: { EUR: 5000 } });
    const off = await product(l.id, 'RLI-B', { active: false, listPrices: { EUR: 1 } });
    const run = (
      items: { productId: string; quantity: number; unitPriceMinor?: number }[],
      currency: string,
    ) => withTenantTx(t.deps, actor(), (ctx) => resolveLineItems(ctx, items, currency));
    const ok = await run(
      [
        { productId: p.id, quantity: 2 },
        { productId: p.id, quantity: 1, unitPriceMinor: 4500 },
      ],
      'EUR',
    );
    expect(ok).toEqual([
      { productId: p.id, productLineId: l.id, productName: 'Widget', quantity: 2, unitPriceMinor: 5000 },
      { productId: p.id, productLineId: l.id, productName: 'Widget', quantity: 1, unitPriceMinor: 4500 },
    ]);
    const err = await run(
      [
        { productId: p.id, quantity: 1 },
        { productId: off.id, quantity: 1 },
        { productId: 'prd_01h455vb4pex5vsknk084sn02q', quantity: 1 },
        { productId: 'nonsense', quantity: 1 },
      ],
      'USD',
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('validation_failed');
    expect(((err as AppError).extra.errors ?? []).map((e) => e.field)).toEqual([
      'lineItems.0.unitPriceMinor',
      'lineItems.1.productId',
      'lineItems.2.productId',
      'lineItems.3.productId',
    ]);
  });
});

describe('money', () => {
  it('converts decimal strings with the currency’s digits, never floats', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('BHD')).toBe(3);
    expect(majorToMinor('1234.5', 'EUR')).toBe(123450);
    expect(majorToMinor('0.1', 'EUR')).toBe(10);
    expect(majorToMinor('19.99', 'EUR')).toBe(1999);
    expect(majorToMinor('1000', 'JPY')).toBe(1000);
    expect(majorToMinor('1000.00', 'JPY')).toBe(1000);
    expect(majorToMinor('1000.5', 'JPY')).toBeNull();
    expect(majorToMinor('1.2345', 'BHD')).toBeNull();
    expect(majorToMinor('1.234', 'BHD')).toBe(1234);
    expect(majorToMinor('-1', 'EUR')).toBeNull();
    expect(majorToMinor('1e3', 'EUR')).toBeNull();
    expect(majorToMinor('99999999999999999', 'EUR')).toBeNull();
  });
});
