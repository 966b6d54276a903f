import { lifecycleStates, type PartnerListQuery, type PartnerSort, partnerTypes, sortFields } from './api';

/**
 * The directory's filters as the page URL holds them (short keys), and their mapping to the
 * API's list query (`filter[…]`) — also the string a saved view stores.
 */
export type DirectorySearch = {
  q?: string;
  type?: (typeof partnerTypes)[number];
  status?: (typeof lifecycleStates)[number];
  country?: string;
  operatingCountry?: string;
  region?: string;
  industry?: string;
  competency?: string;
  language?: string;
  tag?: string;
  owner?: string;
  program?: string;
  domain?: string;
  custom?: string;
  sort?: PartnerSort;
};

/** Search key → API query key. */
export const filterKeys = {
  type: 'filter[type]',
  status: 'filter[status]',
  country: 'filter[country]',
  operatingCountry: 'filter[operatingCountry]',
  region: 'filter[region]',
  industry: 'filter[industry]',
  competency: 'filter[competency]',
  language: 'filter[language]',
  tag: 'filter[tag]',
  owner: 'filter[owner]',
  program: 'filter[program]',
  domain: 'filter[domain]',
  custom: 'filter[custom]',
} as const;
export type FilterKey = keyof typeof filterKeys;
export const filterKeyList = Object.keys(filterKeys) as FilterKey[];

const sorts = sortFields.flatMap((f) => [f, `-${f}`]) as PartnerSort[];
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  (values as readonly unknown[]).includes(v) ? (v as T) : undefined;
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);
const code = (v: unknown) => (typeof v === 'string' && /^[A-Z]{2}$/.test(v) ? v : undefined);

export function validateDirectorySearch(s: Record<string, unknown>): DirectorySearch {
  return {
    q: text(s.q),
    type: oneOf(partnerTypes, s.type),
    status: oneOf(lifecycleStates, s.status),
    country: code(s.country),
    operatingCountry: code(s.operatingCountry),
    region: text(s.region),
    industry: text(s.industry),
    competency: text(s.competency),
    language: text(s.language),
    tag: text(s.tag),
    owner: typeof s.owner === 'string' && /^usr_[0-9a-z]{26}$/.test(s.owner) ? s.owner : undefined,
    program: typeof s.program === 'string' && /^prg_[0-9a-z]{26}$/.test(s.program) ? s.program : undefined,
    domain: text(s.domain),
    custom: typeof s.custom === 'string' && /^[a-z][a-z0-9_]{0,39}:./.test(s.custom) ? s.custom : undefined,
    sort: oneOf(sorts, s.sort),
  };
}

export function toApiQuery(s: DirectorySearch): PartnerListQuery {
  const query: Record<string, string> = { sort: s.sort ?? '-created_at' };
  if (s.q) query.q = s.q;
  for (const k of filterKeyList) {
    const v = s[k];
    if (v) query[filterKeys[k]] = v;
  }
  return query as PartnerListQuery;
}

/** The saved-view string of a search (no paging). */
export function toViewQuery(s: DirectorySearch): string {
  return new URLSearchParams(toApiQuery(s) as Record<string, string>).toString();
}

export function fromViewQuery(query: string): DirectorySearch {
  const params = new URLSearchParams(query);
  const raw: Record<string, unknown> = { q: params.get('q'), sort: params.get('sort') };
  for (const k of filterKeyList) raw[k] = params.get(filterKeys[k]);
  return validateDirectorySearch(raw);
}

export const hasFilters = (s: DirectorySearch) => Boolean(s.q || filterKeyList.some((k) => s[k]));
