/**
 * `npx tsx bench/deals-lookup-bound.ts` — what the word lookup's bound costs in matches, on the
 * database `bench/deals.ts` leaves behind with BENCH_DEALS_KEEP=1 (1M + 1M rows by default).
 *
 * deal_conflict_candidates reads, per distinctive word (and indexed word within one edit), only
 * the 12 names sorting nearest the probe's (decision 0012). This compares it, for the same probes,
 * with the unbounded word lookup — every active name indexed under those words — both scored by
 * scoreMatch on the name alone (no domain, country, products or dates), and counts what the bound
 * leaves out: candidates at the conflict and possible thresholds, probes whose level drops, and
 * probes whose earliest conflict-level registration (the one "first to register" points at) is
 * not among the bounded candidates. Probes: names of existing registrations, one in five with two
 * neighbouring letters of a longer word swapped.
 *
 * Environment: BENCH_DEALS_DATABASE_URL (as bench/deals.ts), BENCH_DEALS_DB=symbio_bench_deals,
 * BENCH_BOUND_PROBES=1000.
 */
import pg from 'pg';
import { distinctiveName, prepareName, scoreMatch } from '../src/modules/deals/conflicts/score.js';
import { defaultDealRules } from '../src/modules/deals/index.js';

const base = new URL(process.env.BENCH_DEALS_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
base.pathname = `/${process.env.BENCH_DEALS_DB || 'symbio_bench_deals'}`;
const probeCount = Number(process.env.BENCH_BOUND_PROBES || 1000);
const { conflict, possible } = defaultDealRules.thresholds;

/** The same vocabulary expansion as deal_conflict_candidates, without the per-word bound. */
const UNBOUNDED = `
  with variants as (
    select t.term, v.word from unnest(deal_name_terms($1)) as t(term)
    cross join lateral (
      select vv.word from deal_name_vocab vv where vv.workspace_id = $2 and vv.key = any (deal_name_keys(t.term))
       group by vv.word order by (vv.word = t.term) desc, similarity(vv.word, t.term) desc, vv.word limit 4) v),
  ids as (select distinct m.ref_id as id from variants x
            join deal_match_terms m on m.workspace_id = $2 and m.term = x.word)
  select d.id::text, d.customer_name, d.submission_seq::bigint as seq from deals d
   where d.workspace_id = $2 and d.id in (select id from ids) and d.state in ('submitted','under_review','returned','approved')
  union all
  select o.id::text, o.customer_name, 0::bigint from vendor_opportunities o
   where o.workspace_id = $2 and o.id in (select id from ids) and o.status = 'open'`;

type Row = { id: string; customer_name: string; seq?: string };

async function main() {
  const db = new pg.Client({ connectionString: base.toString() });
  await db.connect();
  const ws: string = (await db.query('select workspace_id from deals limit 1')).rows[0].workspace_id;
  await db.query(`select set_config('app.workspace_id', $1, false)`, [ws]);
  const sample = (
    await db.query<{ customer_name: string }>(
      `select customer_name from deals tablesample system(1) repeatable (11) limit ${probeCount}`,
    )
  ).rows;
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const misspell = (name: string) => {
    const words = name.split(' ');
    const i = words.findIndex((w) => w.length >= 5);
    if (i < 0) return name;
    const w = words[i]!;
    const at = 1 + Math.floor(rnd() * (w.length - 2));
    words[i] = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
    return words.join(' ');
  };
  const options = { exclusivityPerProductLine: false, dateWindowDays: 100_000 };
  const t = {
    probes: 0,
    unboundedRows: 0,
    conflict: { bounded: 0, unbounded: 0 },
    possible: { bounded: 0, unbounded: 0 },
    probesMissingAConflictCandidate: 0,
    probesMissingAPossibleCandidate: 0,
    probesWhoseLevelDrops: 0,
    probesMissingTheEarliestConflict: 0,
  };
  for (const s of sample) {
    const name = rnd() < 0.2 ? misspell(s.customer_name) : s.customer_name;
    const prepared = prepareName(name);
    const rare = distinctiveName(prepared);
    if (!rare) continue;
    t.probes++;
    const subject = {
      customerName: name,
      domain: null,
      country: null,
      productLineIds: [],
      expectedCloseDate: null,
      prepared,
    };
    const score = (rows: Row[]) =>
      new Map(
        rows.map((r) => [
          r.id,
          scoreMatch(
            subject,
            {
              customerName: r.customer_name,
              domain: null,
              country: null,
              productLineIds: [],
              expectedCloseDate: null,
            },
            options,
          ).score,
        ]),
      );
    const bounded = score(
      (
        await db.query<Row>(
          'select id::text, customer_name from deal_conflict_candidates($1, $2, $3, $4, null, 25)',
          ['00000000-0000-0000-0000-000000000000', prepared.norm.core, prepared.norm.sorted, rare],
        )
      ).rows,
    );
    const unboundedRows = (await db.query<Row>(UNBOUNDED, [rare, ws])).rows;
    t.unboundedRows += unboundedRows.length;
    const unbounded = score(unboundedRows);
    const at = (m: Map<string, number>, x: number) => [...m].filter(([, v]) => v >= x).map(([id]) => id);
    t.conflict.bounded += at(bounded, conflict).length;
    t.conflict.unbounded += at(unbounded, conflict).length;
    t.possible.bounded += at(bounded, possible).length;
    t.possible.unbounded += at(unbounded, possible).length;
    if (at(unbounded, conflict).some((id) => !bounded.has(id))) t.probesMissingAConflictCandidate++;
    if (at(unbounded, possible).some((id) => !bounded.has(id))) t.probesMissingAPossibleCandidate++;
    if (at(unbounded, conflict).length > 0 && at(bounded, conflict).length === 0) t.probesWhoseLevelDrops++;
    const earliest = unboundedRows
      .filter((r) => (unbounded.get(r.id) ?? 0) >= conflict)
      .sort((a, b) => Number(a.seq) - Number(b.seq))[0];
    if (earliest && !bounded.has(earliest.id)) t.probesMissingTheEarliestConflict++;
  }
  await db.end();
  console.log(
    `Word lookup bound, ${t.probes} probes (${base.pathname.slice(1)}): names sharing a probe word (or one within an edit) per probe: mean ${(t.unboundedRows / t.probes).toFixed(0)}`,
  );
  console.log(
    `candidates ≥ conflict ${conflict}: bounded ${t.conflict.bounded}, unbounded ${t.conflict.unbounded}; ≥ possible ${possible}: bounded ${t.possible.bounded}, unbounded ${t.possible.unbounded}`,
  );
  console.log(
    `probes missing a conflict-level candidate ${t.probesMissingAConflictCandidate}, a possible-level one ${t.probesMissingAPossibleCandidate}; level drops from conflict ${t.probesWhoseLevelDrops}; earliest conflict-level registration missed ${t.probesMissingTheEarliestConflict}`,
  );
}

await main();
