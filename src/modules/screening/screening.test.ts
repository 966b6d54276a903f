import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { idToUuid } from '../../platform/ids/index.js';
import { cachedSignature } from './index-cache.js';
import { readOfacFiles } from './ofac-snapshot.js';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let manager: Session;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'scra');
  b = await createTenant(t.pools, 'scrb');
  manager = await login(t.app, a.users.channel_manager.email);
});
afterAll(() => t.close());

const post = (url: string, who: Session | string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, headers: authHeaders(who), payload: payload as object });
const get = (url: string, who: Session | string) =>
  t.app.inject({ method: 'GET', url, headers: authHeaders(who) });

// The real CSL header (trade.gov), in its own column order, plus a column this importer does not know.
const CSL_HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids,extra_column';
const cslRow = (cells: Record<string, string>) =>
  CSL_HEADER.split(',')
    .map((c) => {
      const v = cells[c] ?? '';
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');

const cslFile = [
  CSL_HEADER,
  cslRow({
    _id: 'a1',
    source: 'Entity List (EL) - Bureau of Industry and Security',
    entity_number: '101',
    type: 'Entity',
    programs: 'EAR',
    name: 'Kunlun Precision Instruments Co., Ltd.',
    addresses: 'No. 8 Road, Beijing, CN; 12 Harbour St, Hong Kong, HK',
    alt_names: 'Kunlun Instruments; KPI',
  }),
  cslRow({
    _id: 'a2',
    source: 'Specially Designated Nationals (SDN) - Treasury Department',
    entity_number: '306',
    type: 'Entity',
    programs: 'CUBA',
    name: 'BANCO NACIONAL DE CUBA',
    addresses: 'Zweierstrasse 35, Zurich, CH',
    alt_names: 'NATIONAL BANK OF CUBA',
  }),
  cslRow({ _id: 'a3', source: 'Denied Persons List (DPL) - Bureau of Industry and Security', name: '' }),
  cslRow({
    _id: 'a4',
    source: 'Nonproliferation Sanctions (ISN) - State Department',
    type: 'Individual',
    name: 'PETROV, Ivan',
    nationalities: 'RU',
  }),
].join('\n');

describe('screening lists', () => {
  let cslListId: string;

  it('imports a Consolidated Screening List CSV, skipping and reporting the bad row', async () => {
    const res = await post('/api/v1/screening/lists', manager, {
      format: 'csl',
      name: 'CSL extract',
      source: 'trade.gov',
      csv: cslFile,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.list).toMatchObject({
      name: 'CSL extract',
      format: 'csl',
      source: 'trade.gov',
      entryCount: 3,
      version: 1,
    });
    expect(body.list.id).toMatch(/^scl_/);
    expect(body.list.importedBy).toBe(a.users.channel_manager.userId);
    expect(res.headers.location).toBe(`/api/v1/screening/lists/${body.list.id}`);
    expect(body).toMatchObject({ imported: 3, skipped: 1 });
    expect(body.errors).toEqual([{ file: 'csl.csv', line: 4, message: 'Skipped: the name is empty.' }]);
    cslListId = body.list.id;

    const entries = await get(`/api/v1/screening/lists/${cslListId}/entries`, manager);
    expect(entries.statusCode).toBe(200);
    const byName = Object.fromEntries(
      (entries.json().data as { name: string }[]).map((e) => [e.name, e]),
    ) as Record<string, Record<string, unknown>>;
    expect(byName['Kunlun Precision Instruments Co., Ltd.']).toMatchObject({
      externalId: '101',
      altNames: ['Kunlun Instruments', 'KPI'],
      countries: ['CN', 'HK'],
      sourceList: 'BIS EL',
      programs: ['EAR'],
      entityType: 'entity',
    });
    expect(byName['BANCO NACIONAL DE CUBA']).toMatchObject({ sourceList: 'OFAC SDN', countries: ['CH'] });
    expect(byName['PETROV, Ivan']).toMatchObject({ entityType: 'individual', sourceList: 'State ISN' });
  });

  it('refuses a file without a name column or without any readable row (400 naming the field)', async () => {
    const noName = await post('/api/v1/screening/lists', manager, {
      format: 'csl',
      name: 'Bad',
      csv: 'foo,bar\n1,2\n',
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().errors[0]).toMatchObject({ in: 'body', field: 'csv' });
    expect(noName.json().detail).toContain('no "name" column');
    const garbage = await post('/api/v1/screening/lists', manager, {
      format: 'ofac_legacy',
      name: 'Bad',
      sdn: 'not,an,ofac,file\n"unclosed',
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().errors[0]).toMatchObject({ in: 'body', field: 'sdn' });
    const wrongFormat = await post('/api/v1/screening/lists', manager, {
      format: 'xml',
      name: 'Bad',
      csv: 'x',
    });
    expect(wrongFormat.statusCode).toBe(400);
  });

  it('imports OFAC’s legacy sdn/alt/add files (3.4 MB of JSON), joining aliases and countries', async () => {
    const files = readOfacFiles();
    const res = await post('/api/v1/screening/lists', manager, {
      format: 'ofac_legacy',
      name: 'OFAC SDN 2022-01',
      source: 'OFAC, January 2022',
      ...files,
    });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(201);
    const body = res.json();
    expect(body.imported).toBeGreaterThan(9000);
    expect(body.list.entryCount).toBe(body.imported);
    // The snapshot's last sdn.csv row repeats ent_num 2677; its address row then has no entry.
    expect(body.errors).toEqual([
      { file: 'sdn.csv', line: 9044, message: 'Skipped: entry number 2677 appears twice.' },
      { file: 'add.csv', line: 13625, message: 'Skipped: no entry 34489 in sdn.csv.' },
    ]);

    const found = await get(
      `/api/v1/screening/lists/${body.list.id}/entries?q=${encodeURIComponent('national bank of cuba')}`,
      manager,
    );
    expect(found.statusCode).toBe(200);
    expect(found.json().data).toEqual([
      expect.objectContaining({
        name: 'BANCO NACIONAL DE CUBA',
        externalId: '306',
        altNames: ['NATIONAL BANK OF CUBA'],
        countries: expect.arrayContaining(['CH', 'ES', 'JP']),
        programs: ['CUBA'],
        sourceList: 'OFAC SDN',
        entityType: 'entity',
        remarks: "a.k.a. 'BNC'.",
      }),
    ]);
    const individual = await get(`/api/v1/screening/lists/${body.list.id}/entries?q=abboud&limit=1`, manager);
    expect(individual.json().data[0]).toMatchObject({ entityType: 'individual' });
  });

  it('screens a name against every list, with score, matched alias, country and source list', async () => {
    const res = await post('/api/v1/screening/check', manager, {
      name: 'Cuba, Banco Nacional de',
      country: 'CH',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.normalized).toBe('cuba banco nacional de');
    // The same organisation on both lists: one hit per list entry, best first.
    expect(body.hits.length).toBeGreaterThanOrEqual(2);
    expect(body.hits[0]).toMatchObject({
      score: 1,
      nameScore: 0.98,
      countryMatch: true,
      matchedName: 'BANCO NACIONAL DE CUBA',
      matchedAlias: false,
      entry: expect.objectContaining({ name: 'BANCO NACIONAL DE CUBA', sourceList: 'OFAC SDN' }),
    });
    expect(new Set(body.hits.slice(0, 2).map((h: { listName: string }) => h.listName))).toEqual(
      new Set(['CSL extract', 'OFAC SDN 2022-01']),
    );

    const alias = await post('/api/v1/screening/check', manager, { name: 'Kunlun Instruments Ltd' });
    expect(alias.json().hits[0]).toMatchObject({
      matchedName: 'Kunlun Instruments',
      matchedAlias: true,
      score: 1,
    });

    const innocent = await post('/api/v1/screening/check', manager, {
      name: 'Banco Nacional de Costa Rica',
      minScore: 0.88,
    });
    expect(innocent.json().hits).toEqual([]);
  });

  it('pages through entries with a cursor and exports them as CSV', async () => {
    const lists = (await get('/api/v1/screening/lists?sort=name', manager)).json().data as {
      id: string;
      name: string;
    }[];
    expect(lists.map((l) => l.name)).toEqual(['CSL extract', 'OFAC SDN 2022-01']);
    const ofac = lists[1]!.id;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/screening/lists/${ofac}/entries?q=bank%20melli&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await get(url, manager)).json() as {
        data: { name: string }[];
        nextCursor: string | null;
      };
      seen.push(...page.data.map((e) => e.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(2);
    expect([...seen].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(seen);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/screening/lists/${cslListId}/entries`,
      headers: { ...authHeaders(manager), accept: 'text/csv' },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toBe(
      'id,externalId,name,altNames,countries,sourceList,programs,entityType',
    );
    expect(csv.body).toContain('Kunlun Instruments;KPI');
  });

  it('re-imports a list in place: new entries, version up, stale If-Match refused', async () => {
    await post('/api/v1/screening/check', manager, { name: 'x' });
    const signatureBefore = cachedSignature(a.workspaceId);
    const put = (payload: unknown, ifMatch?: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/screening/lists/${cslListId}`,
        headers: { ...authHeaders(manager), ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload: payload as object,
      });
    const newer = [
      'name,alt_names,country,source',
      'Kunlun Precision Instruments Co Ltd,,CN,Entity List (EL) - Bureau of Industry and Security',
      'Tianhe Quantum Devices Ltd,TQD,CN,Entity List (EL) - Bureau of Industry and Security',
    ].join('\n');
    const res = await put(
      { format: 'csl', name: 'CSL extract', source: 'trade.gov, week 2', csv: newer },
      '"1"',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({
      imported: 2,
      skipped: 0,
      list: { id: cslListId, version: 2, entryCount: 2 },
    });
    const hit = await post('/api/v1/screening/check', manager, { name: 'Tianhe Quantum Devices' });
    expect(hit.json().hits[0]).toMatchObject({
      matchedName: 'Tianhe Quantum Devices Ltd',
      listName: 'CSL extract',
    });
    expect(cachedSignature(a.workspaceId)).not.toBe(signatureBefore);
    expect(cachedSignature(a.workspaceId)).toContain(`${cslListId}:2`);
    const gone = await post('/api/v1/screening/check', manager, {
      name: 'Kunlun Instruments',
      minScore: 0.95,
    });
    expect(gone.json().hits).toEqual([]);
    const stale = await put({ format: 'csl', name: 'CSL extract', csv: newer }, '"1"');
    expect(stale.statusCode).toBe(412);
  });

  it('rebuilds the match index when a list is deleted (version signature)', async () => {
    await post('/api/v1/screening/check', manager, { name: 'Kunlun Precision Instruments' });
    const before = cachedSignature(a.workspaceId);
    expect(before).toContain(cslListId);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/screening/lists/${cslListId}`,
      headers: authHeaders(manager),
    });
    expect(del.statusCode).toBe(204);
    const after = await post('/api/v1/screening/check', manager, { name: 'Kunlun Precision Instruments' });
    expect(after.json().hits).toEqual([]);
    expect(cachedSignature(a.workspaceId)).not.toContain(cslListId);
    expect((await get(`/api/v1/screening/lists/${cslListId}`, manager)).statusCode).toBe(404);
    const { rows } = await t.admin.query(
      `select action from audit_events where action like 'screening_list.%' and workspace_id = $1 order by seq`,
      [idToUuid(a.workspaceId)],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'screening_list.imported',
      'screening_list.imported',
      'screening_list.reimported',
      'screening_list.deleted',
    ]);
  });

  it('is for vendor staff with screening.manage only, and stays inside the workspace', async () => {
    const viewer = await login(t.app, a.users.viewer.email);
    expect((await get('/api/v1/screening/lists', viewer)).statusCode).toBe(403);
    expect((await get('/api/v1/screening/lists', a.partnerKey)).statusCode).toBe(403);
    const partnerAdmin = await login(t.app, a.users.partner_admin.email);
    expect((await post('/api/v1/screening/check', partnerAdmin, { name: 'x' })).statusCode).toBe(403);
    // Another workspace sees none of A's lists and screens against nothing.
    expect((await get('/api/v1/screening/lists', b.workspaceKey)).json().data).toEqual([]);
    const other = await post('/api/v1/screening/check', b.workspaceKey, { name: 'Banco Nacional de Cuba' });
    expect(other.json().hits).toEqual([]);
    const ofac = (await get('/api/v1/screening/lists', a.workspaceKey)).json().data[0].id;
    expect((await get(`/api/v1/screening/lists/${ofac}`, b.workspaceKey)).statusCode).toBe(404);
    expect((await get(`/api/v1/screening/lists/${ofac}/entries`, b.workspaceKey)).statusCode).toBe(404);
  });
});
