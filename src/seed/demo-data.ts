import { createHash } from 'node:crypto';
import { partnerTypes } from '../modules/partners/index.js';
import { countryCodes } from '../platform/geo/countries.js';
import { type IdKind, idFromBytes } from '../platform/ids/index.js';

/**
 * Deterministic demo data: the same seed gives the same program on every machine, ids
 * included, so screenshots, docs and bug reports line up.
 */
export const DEMO_PASSWORD = 'symbio-demo-2026';
export const DEMO_WORKSPACE_SLUG = 'acme-cloud';
export const DEMO_DOMAIN = 'demo.symbio.test';

export const demoStaff = [
  { role: 'owner', name: 'Olivia Owner', email: `owner@${DEMO_DOMAIN}` },
  { role: 'admin', name: 'Arjun Admin', email: `admin@${DEMO_DOMAIN}` },
  { role: 'channel_manager', name: 'Camille Channel', email: `channel.manager@${DEMO_DOMAIN}` },
  { role: 'channel_marketing', name: 'Mateo Marketing', email: `marketing@${DEMO_DOMAIN}` },
  { role: 'sales', name: 'Sakura Sales', email: `sales@${DEMO_DOMAIN}` },
  { role: 'finance', name: 'Femi Finance', email: `finance@${DEMO_DOMAIN}` },
  { role: 'viewer', name: 'Vera Viewer', email: `viewer@${DEMO_DOMAIN}` },
] as const;

/** Stable id for the n-th object of a kind. */
export function demoId(kind: IdKind, n: number): string {
  const bytes = createHash('sha256').update(`symbio-demo:${kind}:${n}`).digest().subarray(0, 16);
  return idFromBytes(kind, new Uint8Array(bytes));
}

/** mulberry32: tiny, fast, good enough for demo data, and identical everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const first = [
  'Nord',
  'Blue',
  'Summit',
  'Iron',
  'Bright',
  'Cedar',
  'Polar',
  'Vertex',
  'Quantum',
  'Harbor',
  'Atlas',
  'Sakura',
  'Andes',
  'Lumen',
  'Orbit',
  'Pioneer',
  'Delta',
  'Kite',
  'Maple',
  'Nimbus',
  'Onyx',
  'Prism',
  'Redwood',
  'Sierra',
  'Tundra',
  'Union',
  'Vista',
  'Willow',
  'Zenith',
  'Aurora',
  'Baobab',
  'Coral',
  'Dune',
  'Ember',
  'Fjord',
  'Granite',
  'Helix',
  'Indigo',
];
const second = [
  'Systems',
  'Cloud',
  'Digital',
  'Networks',
  'Solutions',
  'Consulting',
  'Data',
  'Labs',
  'Partners',
  'Tech',
  'Integrations',
  'Analytics',
  'Security',
  'Services',
  'Software',
  'Telecom',
  'Logistics',
  'Media',
  'Group',
  'Works',
];
const suffixByCountry: Record<string, string> = {
  DE: 'GmbH',
  AT: 'GmbH',
  CH: 'AG',
  FR: 'SAS',
  ES: 'S.L.',
  IT: 'S.r.l.',
  NL: 'B.V.',
  BE: 'BV',
  GB: 'Ltd',
  IE: 'Ltd',
  US: 'Inc.',
  CA: 'Inc.',
  JP: 'K.K.',
  AU: 'Pty Ltd',
  NZ: 'Ltd',
  BR: 'Ltda.',
  MX: 'S.A. de C.V.',
  IN: 'Pvt Ltd',
  SE: 'AB',
  NO: 'AS',
  DK: 'ApS',
  FI: 'Oy',
  PL: 'Sp. z o.o.',
  SG: 'Pte. Ltd.',
  ZA: '(Pty) Ltd',
};
const firstNames = [
  'Ada',
  'Ben',
  'Chen',
  'Dara',
  'Elif',
  'Farah',
  'Goro',
  'Hana',
  'Ivan',
  'Jade',
  'Kofi',
  'Lena',
  'Mika',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];
const lastNames = [
  'Andersen',
  'Brown',
  'Costa',
  'Dubois',
  'Eriksson',
  'Fischer',
  'García',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'López',
  'Müller',
  'Nakamura',
  'Okafor',
  'Patel',
  'Rossi',
  'Silva',
  'Tanaka',
  'Umar',
  'Novak',
  'Wang',
];

// 48 countries across every region: the demo shows a global program.
const demoCountries = [
  'US',
  'CA',
  'MX',
  'BR',
  'AR',
  'CL',
  'CO',
  'PE',
  'GB',
  'IE',
  'DE',
  'AT',
  'CH',
  'FR',
  'ES',
  'IT',
  'NL',
  'BE',
  'SE',
  'NO',
  'DK',
  'FI',
  'PL',
  'CZ',
  'PT',
  'GR',
  'TR',
  'IL',
  'AE',
  'SA',
  'EG',
  'NG',
  'KE',
  'ZA',
  'MA',
  'IN',
  'SG',
  'MY',
  'ID',
  'TH',
  'VN',
  'PH',
  'JP',
  'KR',
  'CN',
  'TW',
  'AU',
  'NZ',
].filter((c) => countryCodes.includes(c));

export type DemoPartner = {
  n: number;
  id: string;
  name: string;
  types: string[];
  country: string;
  website: string;
  status: 'active' | 'prospect' | 'inactive';
  slug: string;
  // Directory attributes (issue 6).
  legalName: string;
  domains: string[];
  operatingCountries: string[];
  regions: string[];
  industries: string[];
  competencies: { name: string; level: 'basic' | 'advanced' | 'expert' }[];
  languages: string[];
  tags: string[];
  /** A vendor staff user (demoStaff index) who owns the relationship, or null. */
  ownerStaff: number | null;
};

const regionOf = (country: string): string => {
  if (['US', 'CA'].includes(country)) return 'North America';
  if (['MX', 'BR', 'AR', 'CL', 'CO', 'PE'].includes(country)) return 'LATAM';
  if (['IN', 'SG', 'MY', 'ID', 'TH', 'VN', 'PH', 'JP', 'KR', 'CN', 'TW', 'AU', 'NZ'].includes(country))
    return 'APAC';
  return 'EMEA';
};
// Official or business language per demo country (BCP-47); English is added to every partner.
const languageOf: Record<string, string> = {
  MX: 'es',
  AR: 'es',
  CL: 'es',
  CO: 'es',
  PE: 'es',
  ES: 'es',
  BR: 'pt-BR',
  PT: 'pt',
  DE: 'de',
  AT: 'de',
  CH: 'de',
  FR: 'fr',
  BE: 'fr',
  IT: 'it',
  NL: 'nl',
  SE: 'sv',
  NO: 'nb',
  DK: 'da',
  FI: 'fi',
  PL: 'pl',
  CZ: 'cs',
  GR: 'el',
  TR: 'tr',
  IL: 'he',
  AE: 'ar',
  SA: 'ar',
  EG: 'ar',
  MA: 'ar',
  ID: 'id',
  TH: 'th',
  VN: 'vi',
  JP: 'ja',
  KR: 'ko',
  CN: 'zh',
  TW: 'zh-TW',
  MY: 'ms',
};
const industries = [
  'Manufacturing',
  'Financial services',
  'Healthcare',
  'Retail',
  'Public sector',
  'Telecommunications',
  'Energy',
  'Education',
  'Logistics',
  'Media',
];
const competencyNames = [
  'Kubernetes',
  'Data platforms',
  'Security',
  'SAP',
  'Networking',
  'AI/ML',
  'Migration',
];
const levels = ['basic', 'advanced', 'expert'] as const;
const demoTags = ['strategic', 'co-sell', 'mdf-eligible', 'new-logo', 'renewal-risk'];

export function demoPartner(n: number): DemoPartner {
  const r = prng(n * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const country = demoCountries[n % demoCountries.length]!;
  const base = `${pick(first)} ${pick(second)}`;
  const slug = `${base.toLowerCase().replace(/[^a-z]+/g, '-')}-${n}`;
  const type = partnerTypes[n % partnerTypes.length]!;
  const extra = r() < 0.3 ? pick(partnerTypes) : null;
  const roll = r();
  // Drawn after the original fields, so names, countries and states stay what they were.
  const neighbour = demoCountries[(n * 7 + 3) % demoCountries.length]!;
  const industryCount = 1 + Math.floor(r() * 2);
  const competencyCount = Math.floor(r() * 3);
  const pickedIndustries = [...new Set(Array.from({ length: industryCount }, () => pick(industries)))];
  const pickedCompetencies = [
    ...new Map(
      Array.from({ length: competencyCount }, () => [pick(competencyNames), pick(levels)] as const),
    ).entries(),
  ].map(([name, level]) => ({ name, level }));
  const tagRoll = r();
  const ownerRoll = r();
  const lang = languageOf[country];
  return {
    n,
    id: demoId('partner', n),
    name: `${base}${n >= 200 ? ` ${n}` : ''} ${suffixByCountry[country] ?? 'Ltd'}`.trim(),
    types: extra && extra !== type ? [type, extra] : [type],
    country,
    website: `https://${slug}.example`,
    status: roll < 0.85 ? 'active' : roll < 0.95 ? 'prospect' : 'inactive',
    slug,
    legalName: `${base}${n >= 200 ? ` ${n}` : ''} ${suffixByCountry[country] ?? 'Ltd'}`.trim(),
    domains: [`${slug}.example`],
    operatingCountries: neighbour === country ? [country] : [country, neighbour],
    regions: [regionOf(country)],
    industries: pickedIndustries,
    competencies: pickedCompetencies,
    languages: lang ? [lang, 'en'] : ['en'],
    tags: tagRoll < 0.4 ? [demoTags[n % demoTags.length]!] : [],
    // Channel manager, admin or sales own two thirds of the partners; the rest have no owner.
    ownerStaff: ownerRoll < 0.33 ? 2 : ownerRoll < 0.5 ? 1 : ownerRoll < 0.66 ? 4 : null,
  };
}

export type DemoPartnerUser = {
  id: string;
  membershipId: string;
  email: string;
  name: string;
  role: 'partner_admin' | 'partner_rep';
};

/** Users of partner n: one admin and `perPartner - 1` reps. Partner 0's are the easy demo logins. */
export function demoPartnerUsers(p: DemoPartner, perPartner: number): DemoPartnerUser[] {
  const r = prng(p.n * 104729 + 3);
  return Array.from({ length: perPartner }, (_, i) => {
    const fn = firstNames[Math.floor(r() * firstNames.length)]!;
    const ln = lastNames[Math.floor(r() * lastNames.length)]!;
    const role = i === 0 ? 'partner_admin' : 'partner_rep';
    const email =
      p.n === 0 && i < 2
        ? `${i === 0 ? 'partner.admin' : 'partner.rep'}@${DEMO_DOMAIN}`
        : `${fn.toLowerCase()}.${ln
            .toLowerCase()
            .normalize('NFKD')
            .replace(/[^a-z]/g, '')}.${i}@${p.slug}.example`;
    const seq = p.n * 1000 + i;
    return {
      id: demoId('user', 10_000 + seq),
      membershipId: demoId('membership', 10_000 + seq),
      email,
      name: `${fn} ${ln}`,
      role,
    };
  });
}
