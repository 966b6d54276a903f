import {
  type ConflictLevel,
  conflictLevels,
  type DealListQuery,
  type DealSort,
  type DealStage,
  type DealState,
  dealSortFields,
  dealStages,
  dealStates,
} from './api';

/** The deals list as the page URL holds it (short keys) — shared by the table and the board. */
export type DealsSearch = {
  q?: string;
  state?: DealState[];
  stage?: DealStage;
  partner?: string;
  conflict?: ConflictLevel;
  productLine?: string;
  closeFrom?: string;
  closeTo?: string;
  sort?: DealSort;
  view?: 'table' | 'board';
  /** The board's columns: sales stage (open deals) or registration state. */
  group?: 'stage' | 'state';
};

const sorts = dealSortFields.flatMap((f) => [f, `-${f}`]) as DealSort[];
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  (values as readonly unknown[]).includes(v) ? (v as T) : undefined;
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);
const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const idOf = (prefix: string, v: unknown) =>
  typeof v === 'string' && new RegExp(`^${prefix}_[0-9a-z]{26}$`).test(v) ? v : undefined;

export function validateDealsSearch(s: Record<string, unknown>): DealsSearch {
  const rawStates = Array.isArray(s.state) ? s.state : typeof s.state === 'string' ? s.state.split(',') : [];
  const state = rawStates.filter((v): v is DealState => oneOf(dealStates, v) !== undefined);
  return {
    q: text(s.q),
    state: state.length ? [...new Set(state)] : undefined,
    stage: oneOf(dealStages, s.stage),
    partner: idOf('ptr', s.partner),
    conflict: oneOf(conflictLevels, s.conflict),
    productLine: idOf('pln', s.productLine),
    closeFrom: day(s.closeFrom),
    closeTo: day(s.closeTo),
    sort: oneOf(sorts, s.sort),
    view: oneOf(['table', 'board'] as const, s.view),
    group: oneOf(['stage', 'state'] as const, s.group),
  };
}

/** URL search → the API's list query (`filter[…]`). */
export function toApiQuery(s: DealsSearch): DealListQuery {
  const query: DealListQuery = { sort: s.sort ?? '-created_at' };
  if (s.q) query.q = s.q;
  if (s.state?.length) query['filter[state]'] = s.state.join(',');
  if (s.stage) query['filter[stage]'] = s.stage;
  if (s.partner) query['filter[partner]'] = s.partner;
  if (s.conflict) query['filter[conflict]'] = s.conflict;
  if (s.productLine) query['filter[productLine]'] = s.productLine;
  if (s.closeFrom) query['filter[closeFrom]'] = s.closeFrom;
  if (s.closeTo) query['filter[closeTo]'] = s.closeTo;
  return query;
}

export const hasFilters = (s: DealsSearch) =>
  Boolean(
    s.q || s.state?.length || s.stage || s.partner || s.conflict || s.productLine || s.closeFrom || s.closeTo,
  );
