import type { Ctx } from '../../../platform/access/context.js';
import { idToUuid, uuidToId } from '../../../platform/ids/index.js';
import type { DealRules } from '../rules.js';
import {
  distinctiveName,
  type Evidence,
  type MatchSubject,
  type PreparedName,
  prepareName,
  scoreMatch,
} from './score.js';

/** How many rows the domain and name-key lookups return at most (the word lookup: 12 per word spelling). */
const CANDIDATE_LIMIT = 25;

export type ConflictSubject = MatchSubject & { prepared?: PreparedName };

export type ScoredCandidate = {
  kind: 'deal' | 'vendor_opportunity';
  /** Raw uuid of the other registration / opportunity. */
  uuid: string;
  partnerUuid: string | null;
  state: string;
  submissionSeq: number | null;
  score: number;
  level: 'conflict' | 'possible';
  evidence: Evidence[];
};

export type ConflictCheck = {
  level: 'none' | 'possible' | 'conflict';
  /** Every candidate at or above the "possible" threshold, best first. */
  candidates: ScoredCandidate[];
  /** The one the registration points at: the vendor opportunity (precedence) or the first registration. */
  primary: ScoredCandidate | null;
};

type CandidateRow = {
  kind: 'deal' | 'vendor_opportunity';
  id: string;
  partner_id: string | null;
  customer_name: string;
  domain: string | null;
  country: string | null;
  product_line_ids: string[];
  expected_close_date: string | null;
  submission_seq: string | null;
  state: string;
  trgm: number;
};

const CANDIDATE_COLUMNS = `kind, id::text, partner_id::text, customer_name, domain, country,
  product_line_ids::text[] as product_line_ids, expected_close_date::text, submission_seq::text, state, trgm`;

/**
 * The lookup's arguments after the `p_exclude` one: the name's forms (normalised, sorted key,
 * distinctive words — the database derives the word terms from these with the same functions
 * that index the stored names), the registrable domain and the per-branch limit.
 */
const lookupArgs = (subject: ConflictSubject, prepared: PreparedName) => [
  prepared.norm.core,
  prepared.norm.sorted,
  distinctiveName(prepared),
  subject.domain,
  CANDIDATE_LIMIT,
];

const excludeArg = (excludeDealId: string | null) =>
  excludeDealId ? idToUuid(excludeDealId) : '00000000-0000-0000-0000-000000000000';

/**
 * The conflict check: index lookups in PostgreSQL (same registrable domain, same normalised name
 * key, and per distinctive word — or an indexed word within one edit of it — the names sorting
 * nearest this one: deal_conflict_candidates, which sees every partner's active registrations
 * and the open vendor pipeline), then scoring with evidence in process. `excludeDealId` is the
 * registration being checked.
 */
export async function checkConflicts(
  ctx: Ctx,
  subject: ConflictSubject,
  rules: DealRules,
  excludeDealId: string | null,
): Promise<ConflictCheck> {
  const prepared = subject.prepared ?? prepareName(subject.customerName);
  const { rows } = await ctx.client.query<CandidateRow>(
    `select ${CANDIDATE_COLUMNS} from deal_conflict_candidates($1, $2, $3, $4, $5, $6)`,
    [excludeArg(excludeDealId), ...lookupArgs(subject, prepared)],
  );
  return scoreCandidates(subject, prepared, rows, rules);
}

/**
 * The check a submission makes, in one round trip (`deal_submit_candidates`): it serialises
 * submissions that could be the same deal, so concurrent registrations of one customer resolve
 * deterministically. Transaction-scoped advisory locks on the keys a matching registration would
 * share — the registrable domain, the normalised name key, and the first four letters of the
 * distinctive name — in one sorted order (no deadlock); then the submission number (the order
 * "first to register" follows); then the candidates, read in a snapshot taken after the locks
 * are held, so a concurrent submission of the same customer that committed meanwhile is seen and
 * pointed at. Few, narrow keys: a lock per word ("Transporte", "Logistics") made unrelated
 * customers queue behind each other (bench/RESULTS.md).
 */
export async function lockAndCheck(
  ctx: Ctx,
  subject: ConflictSubject,
  rules: DealRules,
  excludeDealId: string | null,
): Promise<{ submissionSeq: number; check: ConflictCheck }> {
  const prepared = subject.prepared ?? prepareName(subject.customerName);
  const keys = new Set<string>();
  if (subject.domain) keys.add(`d:${subject.domain}`);
  if (prepared.norm.sorted) keys.add(`k:${prepared.norm.sorted}`);
  const stem = (distinctiveName(prepared) || prepared.norm.compact).replace(/ /g, '');
  if (stem.length >= 3) keys.add(`p:${stem.slice(0, 4)}`);
  const { rows } = await ctx.client.query<CandidateRow & { seq: string }>(
    `select seq::text, ${CANDIDATE_COLUMNS} from deal_submit_candidates($1, $2, $3, $4, $5, $6, $7, $8)`,
    [ctx.requireWorkspace(), [...keys], excludeArg(excludeDealId), ...lookupArgs(subject, prepared)],
  );
  return {
    submissionSeq: Number(rows[0]!.seq),
    check: scoreCandidates(
      subject,
      prepared,
      rows.filter((r) => r.kind !== null),
      rules,
    ),
  };
}

/** Scores the looked-up rows, keeps those at or above "possible", and picks the primary one. */
function scoreCandidates(
  subject: ConflictSubject,
  prepared: PreparedName,
  rows: CandidateRow[],
  rules: DealRules,
): ConflictCheck {
  const options = {
    exclusivityPerProductLine: rules.exclusivityPerProductLine,
    dateWindowDays: rules.dateWindowDays,
  };
  const subjectLines = subject.productLineIds.map((p) => (p.includes('_') ? idToUuid(p) : p));
  const candidates: ScoredCandidate[] = [];
  for (const r of rows) {
    const m = scoreMatch(
      { ...subject, productLineIds: subjectLines, prepared },
      {
        customerName: r.customer_name,
        domain: r.domain,
        country: r.country,
        productLineIds: r.product_line_ids ?? [],
        expectedCloseDate: r.expected_close_date,
        trigram: r.trgm,
      },
      options,
    );
    if (m.score < rules.thresholds.possible) continue;
    candidates.push({
      kind: r.kind,
      uuid: r.id,
      partnerUuid: r.partner_id,
      state: r.state,
      submissionSeq: r.submission_seq === null ? null : Number(r.submission_seq),
      score: m.score,
      level: m.score >= rules.thresholds.conflict ? 'conflict' : 'possible',
      evidence: m.evidence,
    });
  }
  candidates.sort((a, b) => b.score - a.score || (a.submissionSeq ?? 0) - (b.submissionSeq ?? 0));
  const conflicts = candidates.filter((c) => c.level === 'conflict');
  let primary: ScoredCandidate | null = null;
  const vendor = conflicts.find((c) => c.kind === 'vendor_opportunity');
  if (vendor && rules.vendorPipelinePrecedence) primary = vendor;
  else {
    const registrations = conflicts.filter((c) => c.kind === 'deal');
    // First to register: the lowest submission sequence — a total order taken under the lock.
    primary = rules.firstToRegister
      ? (registrations.sort((a, b) => (a.submissionSeq ?? 0) - (b.submissionSeq ?? 0))[0] ?? null)
      : (registrations[0] ?? null);
    primary ??= vendor ?? null;
  }
  const level = conflicts.length > 0 ? 'conflict' : candidates.length > 0 ? 'possible' : 'none';
  return { level, candidates, primary };
}

export const candidateId = (c: ScoredCandidate) =>
  c.kind === 'deal' ? uuidToId('deal', c.uuid) : uuidToId('vendorOpportunity', c.uuid);
