import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { createTenant, type Tenant } from '../../../../test/support/fixtures.js';
import { idToUuid } from '../../../platform/ids/index.js';
import { labelledPairs, nameKeys, nameTerms } from './labelled-pairs.js';
import { distinctiveName, prepareName } from './score.js';

/**
 * The word index the conflict check reads (migration 0016): the SQL functions that derive a
 * name's terms and a word's lookup keys, and the triggers that keep deal_match_terms in step
 * with the active registrations and open vendor opportunities.
 */

let t: TestApp;
let w: Tenant;
let ws: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await createTenant(t.pools, 'terms');
  ws = idToUuid(w.workspaceId);
});
afterAll(() => t.close());

const one = async <T>(sql: string, params: unknown[] = []) =>
  (await t.admin.query(sql, params)).rows[0].v as T;

describe('deal_name_terms and deal_name_keys', () => {
  it('indexes each distinctive word and, for several, the words run together', async () => {
    expect(await one<string[]>(`select deal_name_terms('maple star') as v`)).toEqual([
      'maple',
      'maplestar',
      'star',
    ]);
    expect(await one<string[]>(`select deal_name_terms('korvanta') as v`)).toEqual(['korvanta']);
    expect(await one<string[]>(`select deal_name_terms('') as v`)).toEqual([]);
  });

  it('keys short words by themselves and longer ones by each one-letter deletion too', async () => {
    expect(await one<string[]>(`select deal_name_keys('port') as v`)).toEqual(['port']);
    expect((await one<string[]>(`select deal_name_keys('weber') as v`)).sort()).toEqual(
      ['weber', 'eber', 'wber', 'weer', 'webr', 'webe'].sort(),
    );
  });

  it('gives two words one edit apart (delete, insert, substitute, swap) a shared key', async () => {
    const edit = fc
      .tuple(
        fc.stringMatching(/^[a-z]{5,12}$/),
        fc.constantFrom('delete', 'insert', 'substitute', 'swap'),
        fc.nat(),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      )
      .map(([word, op, at, letter]) => {
        const i = at % word.length;
        const j = Math.min(i, word.length - 2);
        const edited =
          op === 'delete'
            ? word.slice(0, i) + word.slice(i + 1)
            : op === 'insert'
              ? word.slice(0, i) + letter + word.slice(i)
              : op === 'substitute'
                ? word.slice(0, i) + letter + word.slice(i + 1)
                : word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
        return [word, edited] as const;
      });
    await fc.assert(
      fc.asyncProperty(edit, async ([a, b]) => {
        expect(await one<boolean>('select deal_name_keys($1) && deal_name_keys($2) as v', [a, b])).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('agree with the TypeScript mirror the labelled-pair measurement uses, on every labelled name', async () => {
    const rares = [
      ...new Set(
        labelledPairs.flatMap((p) => [p.a, p.b]).map((s) => distinctiveName(prepareName(s.customerName))),
      ),
    ];
    const { rows } = await t.admin.query<{ rare: string; terms: string[]; keys: string[] }>(
      `select r as rare, deal_name_terms(r) as terms,
              array(select array_to_string(deal_name_keys(x), ' ') from unnest(deal_name_terms(r)) as x) as keys
         from unnest($1::text[]) as r`,
      [rares],
    );
    for (const r of rows) {
      expect(r.terms, r.rare).toEqual(nameTerms(r.rare));
      expect(
        r.keys.map((k) => k.split(' ').sort()),
        r.rare,
      ).toEqual(nameTerms(r.rare).map((x) => nameKeys(x).sort()));
    }
    expect(rows.length).toBeGreaterThan(300);
  });
});

describe('the triggers keeping deal_match_terms', () => {
  const termsOf = async (id: string) =>
    (
      await t.admin.query<{ term: string; name_key: string }>(
        'select term, name_key from deal_match_terms where workspace_id = $1 and ref_id = $2 order by term',
        [ws, id],
      )
    ).rows;

  it('index a registration while it is active, move it on a rename, drop it when it ends', async () => {
    const { rows } = await t.admin.query<{ id: string }>(
      `insert into deals (workspace_id, id, partner_id, state, title, customer_name, customer_name_norm, customer_name_key,
         customer_name_rare, currency, registered_by, created_at)
       values ($1, gen_random_uuid(), $2, 'draft', 'x', 'Korvanta Star Logistics', 'korvanta star logistics',
         'korvanta logistics star', 'korvanta star', 'EUR', 'seed', now()) returning id`,
      [ws, idToUuid(w.partners[0])],
    );
    const id = rows[0]!.id;
    expect(await termsOf(id)).toEqual([]); // a draft takes no part in conflict detection
    await t.admin.query(`update deals set state = 'submitted' where id = $1`, [id]);
    const key = 'korvanta logistics star';
    expect(await termsOf(id)).toEqual([
      { term: 'korvanta', name_key: key },
      { term: 'korvantastar', name_key: key },
      { term: 'star', name_key: key },
    ]);
    const vocab = await t.admin.query(
      'select key from deal_name_vocab where workspace_id = $1 and word = $2',
      [ws, 'korvanta'],
    );
    expect(vocab.rows.map((r) => r.key)).toContain('kovanta');
    await t.admin.query(`update deals set state = 'approved' where id = $1`, [id]);
    expect(await termsOf(id)).toHaveLength(3); // still active: untouched
    await t.admin.query(
      `update deals set customer_name_rare = 'korvanta', customer_name_key = 'korvanta logistics' where id = $1`,
      [id],
    );
    expect(await termsOf(id)).toEqual([{ term: 'korvanta', name_key: 'korvanta logistics' }]);
    await t.admin.query(`update deals set state = 'expired' where id = $1`, [id]);
    expect(await termsOf(id)).toEqual([]);
    await t.admin.query(`update deals set state = 'approved' where id = $1`, [id]);
    await t.admin.query('delete from deals where id = $1', [id]);
    expect(await termsOf(id)).toEqual([]);
  });

  it('index a vendor opportunity while it is open', async () => {
    const { rows } = await t.admin.query<{ id: string }>(
      `insert into vendor_opportunities (workspace_id, id, name, customer_name, customer_name_norm, customer_name_key, customer_name_rare)
       values ($1, gen_random_uuid(), 'x', 'Zantoria Foods', 'zantoria foods', 'foods zantoria', 'zantoria') returning id`,
      [ws],
    );
    const id = rows[0]!.id;
    expect(await termsOf(id)).toEqual([{ term: 'zantoria', name_key: 'foods zantoria' }]);
    await t.admin.query(`update vendor_opportunities set status = 'won' where id = $1`, [id]);
    expect(await termsOf(id)).toEqual([]);
  });
});
