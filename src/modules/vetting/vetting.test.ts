import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authHeaders, createTenant, type Tenant } from '../../../test/support/fixtures.js';
import { withTenantTx } from '../../platform/access/context.js';
import { type ApplicationFacts, type VetOptions, type VettingReason, vetApplication } from './index.js';

let t: TestApp;
let a: Tenant;
let empty: Tenant;
const partnerIds: Record<string, string> = {};

const CSL = [
  '_id,source,entity_number,type,programs,name,addresses,alt_names',
  '1,Specially Designated Nationals (SDN) - Treasury Department,306,Entity,CUBA,BANCO NACIONAL DE CUBA,"Zweierstrasse 35, Zurich, CH",NATIONAL BANK OF CUBA',
  '2,Nonproliferation Sanctions (ISN) - State Department,77,Individual,ISN,"PETROV, Ivan","Moscow, RU",',
  '3,Entity List (EL) - Bureau of Industry and Security,88,Entity,EAR,Delta Air Lines Trading FZE,"Dubai, AE",',
].join('\n');

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'vet');
  empty = await createTenant(t.pools, 'vetempty');
  const list = await t.app.inject({
    method: 'POST',
    url: '/api/v1/screening/lists',
    headers: authHeaders(a.workspaceKey),
    payload: { format: 'csl', name: 'CSL', csv: CSL },
  });
  expect(list.statusCode, list.body).toBe(201);
  for (const p of [
    {
      key: 'nordlicht',
      name: 'Nordlicht Systems GmbH',
      types: ['si'],
      country: 'DE',
      website: 'https://www.nordlicht.example',
    },
    { key: 'kite', name: 'Kite Data K.K.', types: ['isv'], country: 'JP', website: 'https://kite.example' },
    {
      key: 'acme',
      name: 'Acme Widgets',
      legalName: 'Acme Widgets Holdings Ltd',
      types: ['var'],
      country: 'GB',
      domains: ['acme-widgets.co.uk'],
    },
  ]) {
    const { key, ...body } = p;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: authHeaders(a.workspaceKey),
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    partnerIds[key] = res.json().id;
  }
});
afterAll(() => t.close());

const base: ApplicationFacts = {
  companyName: 'Fjord Analytics AS',
  legalName: null,
  website: 'https://fjord-analytics.example',
  country: 'NO',
  partnerTypes: ['isv'],
  contactName: 'Ingrid Berg',
  email: 'ingrid@fjord-analytics.example',
};

function vet(facts: Partial<ApplicationFacts>, settings: unknown = {}, tenant = a, options: VetOptions = {}) {
  return withTenantTx(
    t.deps,
    { kind: 'system', workspaceId: tenant.workspaceId, job: 'vetting-test' },
    (ctx) => vetApplication(ctx, settings, { ...base, ...facts }, options),
  );
}
const reason = (reasons: VettingReason[], rule: VettingReason['rule'], check?: string) =>
  reasons.find((r) => r.rule === rule && (check === undefined || r.details?.check === check))!;

describe('vetApplication', () => {
  it('approves a clean application, every rule saying why in a sentence', async () => {
    const result = await vet({});
    expect(result.decision).toBe('approve');
    expect(result.reasons.map((r) => [r.rule, r.outcome])).toEqual([
      ['required_fields', 'pass'],
      ['restricted_country', 'pass'],
      ['screening', 'pass'],
      ['duplicate', 'pass'],
      ['email', 'pass'],
      ['email', 'pass'],
    ]);
    expect(reason(result.reasons, 'screening').message).toBe(
      'Screening: no match at or above 0.88 among 3 entries of 1 list.',
    );
    expect(reason(result.reasons, 'duplicate').message).toBe(
      'Duplicates: no existing partner has the domain fjord-analytics.example or a near-identical name in NO.',
    );
    for (const r of result.reasons) expect(r.message).toMatch(/^[A-Z].*\.$/);
    // Without autoApprove a clean application still waits for a person.
    expect((await vet({}, { autoApprove: false })).decision).toBe('manual_review');
  });

  it('sends missing required fields to review and rejects a restricted country', async () => {
    const missing = await vet({ phone: null }, { requiredFields: ['phone', 'website'] });
    expect(missing.decision).toBe('manual_review');
    expect(reason(missing.reasons, 'required_fields')).toMatchObject({
      outcome: 'review',
      message: 'Missing required fields: phone.',
    });
    const restricted = await vet({ country: 'KP' }, { restrictedCountries: ['KP', 'IR'] });
    expect(restricted.decision).toBe('reject');
    expect(reason(restricted.reasons, 'restricted_country').message).toBe(
      'Headquarters country KP is restricted for this program.',
    );
  });
});

describe('screening rule', () => {
  it('sends a listed name with another legal form to review, with entry, list and score', async () => {
    const result = await vet({ companyName: 'Banco Nacional de Cuba S.A.', country: 'CU' });
    expect(result.decision).toBe('manual_review');
    const r = reason(result.reasons, 'screening');
    expect(r.outcome).toBe('review');
    expect(r.message).toBe(
      'Screening: “Banco Nacional de Cuba S.A.” matches “BANCO NACIONAL DE CUBA” (OFAC SDN, CH) with score 1.00.',
    );
    expect(r.details).toMatchObject({
      lists: 1,
      entries: 3,
      threshold: 0.88,
      hits: [
        expect.objectContaining({
          field: 'companyName',
          screenedName: 'Banco Nacional de Cuba S.A.',
          entryName: 'BANCO NACIONAL DE CUBA',
          matchedName: 'BANCO NACIONAL DE CUBA',
          matchedAlias: false,
          score: 1,
          sourceList: 'OFAC SDN',
          listName: 'CSL',
          countries: ['CH'],
          programs: ['CUBA'],
        }),
      ],
    });
    expect((r.details!.hits as { entryId: string }[])[0]!.entryId).toMatch(/^sce_/);
  });

  it('hits word-order variants and aliases, and names the alias', async () => {
    const reordered = reason((await vet({ companyName: 'Cuba, Banco Nacional de' })).reasons, 'screening');
    expect(reordered.message).toBe(
      'Screening: “Cuba, Banco Nacional de” matches “BANCO NACIONAL DE CUBA” (OFAC SDN, CH) with score 0.98.',
    );
    const alias = reason(
      (await vet({ companyName: 'Fjord Analytics', legalName: 'National Bank of Cuba Ltd' })).reasons,
      'screening',
    );
    expect(alias.message).toBe(
      'Screening: “National Bank of Cuba Ltd” matches “NATIONAL BANK OF CUBA”, an alias of “BANCO NACIONAL DE CUBA” (OFAC SDN, CH) with score 1.00.',
    );
    expect((alias.details!.hits as { field: string }[])[0]!.field).toBe('legalName');
  });

  it('screens the contact person against listed individuals only', async () => {
    const r = reason((await vet({ contactName: 'Ivan Petrov' })).reasons, 'screening');
    expect(r.outcome).toBe('review');
    expect(r.message).toBe(
      'Screening: the contact person “Ivan Petrov” matches “PETROV, Ivan” (State ISN, RU) with score 0.98.',
    );
    // A company called like a listed person is not screened against individuals… by its contact rule.
    const company = reason((await vet({ contactName: 'Banco Nacional de Cuba' })).reasons, 'screening');
    expect(company.outcome).toBe('pass');
  });

  it('lets merely similar innocent names pass', async () => {
    for (const companyName of ['Banco Nacional de Costa Rica', 'Delta Dental', 'Delta Air Lines Inc']) {
      const r = reason((await vet({ companyName })).reasons, 'screening');
      expect(r.outcome, `${companyName}: ${r.message}`).toBe('pass');
    }
  });

  it('follows the program’s threshold and on/off setting, and says when no list is loaded', async () => {
    const strict = await vet(
      { companyName: 'Cuba, Banco Nacional de' },
      { screening: { reviewThreshold: 0.99 } },
    );
    expect(reason(strict.reasons, 'screening').outcome).toBe('pass');
    const off = await vet({ companyName: 'Banco Nacional de Cuba' }, { screening: { enabled: false } });
    expect(reason(off.reasons, 'screening')).toMatchObject({
      outcome: 'pass',
      message: 'Screening is turned off for this program.',
    });
    const none = await vet({ companyName: 'Banco Nacional de Cuba' }, {}, empty);
    expect(reason(none.reasons, 'screening')).toMatchObject({
      outcome: 'pass',
      message: 'Screening: no denied-party list is loaded, so nothing was screened.',
    });
  });
});

describe('duplicate rule', () => {
  it('finds an existing partner with the same registrable domain', async () => {
    const r = reason(
      (
        await vet({
          companyName: 'Northern Light Consulting',
          website: 'https://shop.nordlicht.example/de',
          country: 'AT',
        })
      ).reasons,
      'duplicate',
    );
    expect(r.outcome).toBe('review');
    expect(r.message).toBe(
      `Duplicate: existing partner “Nordlicht Systems GmbH” (${partnerIds.nordlicht}, active) has the same domain nordlicht.example.`,
    );
    expect(r.details).toMatchObject({
      domains: ['nordlicht.example', 'fjord-analytics.example'],
      duplicates: [
        {
          partnerId: partnerIds.nordlicht,
          partnerName: 'Nordlicht Systems GmbH',
          evidence: [{ kind: 'domain', domain: 'nordlicht.example' }],
        },
      ],
    });
    // The e-mail's domain counts too (when it is not free mail); the partner's explicit domain list as well.
    const byMail = reason(
      (await vet({ companyName: 'Other', website: null, email: 'jo@acme-widgets.co.uk', country: 'FR' }))
        .reasons,
      'duplicate',
    );
    expect(byMail.details).toMatchObject({
      duplicates: [expect.objectContaining({ partnerId: partnerIds.acme })],
    });
  });

  it('finds a near-identical normalised name in the same country only', async () => {
    const same = reason(
      (await vet({ companyName: 'KITE DATA', website: 'https://kitedata.example', country: 'JP' })).reasons,
      'duplicate',
    );
    expect(same.outcome).toBe('review');
    expect(same.message).toBe(
      `Duplicate: existing partner “Kite Data K.K.” (${partnerIds.kite}, active) has the same name (“KITE DATA” / “Kite Data K.K.”).`,
    );
    const typo = reason(
      (await vet({ companyName: 'Kite Datta Inc.', website: null, country: 'JP' })).reasons,
      'duplicate',
    );
    expect(typo.outcome).toBe('review');
    expect(typo.message).toMatch(
      /a near-identical name \(“Kite Datta Inc\.” \/ “Kite Data K\.K\.”, similarity 0\.9\d\)/,
    );
    const legal = reason(
      (
        await vet({
          companyName: 'AWH',
          legalName: 'Acme Widgets Holdings Limited',
          website: null,
          country: 'GB',
        })
      ).reasons,
      'duplicate',
    );
    expect(legal.outcome).toBe('review');
    const elsewhere = reason(
      (await vet({ companyName: 'Kite Data', website: null, country: 'DE' })).reasons,
      'duplicate',
    );
    expect(elsewhere.outcome).toBe('pass');
    const different = reason(
      (await vet({ companyName: 'Kite Analytics', website: null, country: 'JP' })).reasons,
      'duplicate',
    );
    expect(different.outcome).toBe('pass');
  });

  it('does not find the applicant itself, and can be turned off', async () => {
    const self = await vet(
      { companyName: 'Kite Data', website: 'https://kite.example', country: 'JP' },
      {},
      a,
      { applicantPartnerId: partnerIds.kite },
    );
    expect(reason(self.reasons, 'duplicate').outcome).toBe('pass');
    const off = await vet({ companyName: 'Kite Data', country: 'JP' }, { duplicates: { enabled: false } });
    expect(reason(off.reasons, 'duplicate').message).toBe(
      'Duplicate detection is turned off for this program.',
    );
  });
});

describe('e-mail rule', () => {
  it('sends free mail to review by default, or rejects or allows it as the program says', async () => {
    const def = await vet({ email: 'ingrid.berg@gmail.com' });
    expect(def.decision).toBe('manual_review');
    expect(reason(def.reasons, 'email', 'free_mail')).toMatchObject({
      outcome: 'review',
      message:
        'E-mail: gmail.com is a free-mail provider, not an address of the applicant’s own organisation.',
    });
    // Free mail makes the domain comparison moot: no second finding.
    expect(def.reasons.filter((r) => r.rule === 'email')).toHaveLength(1);
    const reject = await vet({ email: 'x@web.de' }, { email: { freeMail: 'reject' } });
    expect(reject.decision).toBe('reject');
    const allow = await vet({ email: 'x@yahoo.co.jp' }, { email: { freeMail: 'allow' } });
    expect(reason(allow.reasons, 'email', 'free_mail')).toMatchObject({
      outcome: 'pass',
      message: 'E-mail: yahoo.co.jp is a free-mail provider, which this program allows.',
    });
  });

  it('compares the registrable domains of the e-mail and the website', async () => {
    const sub = await vet({
      email: 'ingrid@mail.fjord-analytics.example',
      website: 'https://www.fjord-analytics.example/en',
    });
    expect(reason(sub.reasons, 'email', 'domain_match')).toMatchObject({
      outcome: 'pass',
      message: 'E-mail: the address’s domain matches the website’s domain fjord-analytics.example.',
    });
    const other = await vet({ email: 'ingrid@fjord.example' });
    expect(reason(other.reasons, 'email', 'domain_match')).toMatchObject({
      outcome: 'review',
      message:
        'E-mail: the address’s domain fjord.example differs from the website’s domain fjord-analytics.example.',
      details: {
        check: 'domain_match',
        emailDomain: 'fjord.example',
        websiteDomain: 'fjord-analytics.example',
      },
    });
    const allowed = await vet({ email: 'ingrid@fjord.example' }, { email: { domainMismatch: 'allow' } });
    expect(reason(allowed.reasons, 'email', 'domain_match').outcome).toBe('pass');
    expect(allowed.decision).toBe('approve');
  });
});
