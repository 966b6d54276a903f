import { createAgreement } from '../modules/onboarding/agreements.js';
import { createProgram } from '../modules/programs/service.js';
import { readOfacFiles } from '../modules/screening/ofac-snapshot.js';
import { createScreeningList } from '../modules/screening/service.js';
import { recomputeProgram } from '../modules/tiers/engine.js';
import { classicTierLadder } from '../modules/tiers/ladder.js';
import { createTier } from '../modules/tiers/service.js';
import type { Actor } from '../platform/access/actor.js';
import { type Deps, withTenantTx } from '../platform/access/context.js';
import { idToUuid, uuidToId } from '../platform/ids/index.js';
import { demoPartner, prng } from './demo-data.js';

/**
 * The demo's partner program, made through the same service functions the API uses (so the demo
 * is what a real vendor would have built): a program with a public application form and vetting
 * rules, four tiers, a partner agreement, the real OFAC SDN snapshot as denied-party list, every
 * demo partner in the program with a year of deterministic metrics, and the tiers computed.
 */
export const DEMO_PROGRAM_SLUG = 'partners';

const AGREEMENT = `ACME CLOUD PARTNER AGREEMENT

1. Appointment. Acme appoints the Partner as a non-exclusive partner in the Acme Cloud Partner Program.
2. Conduct. The Partner follows applicable laws, including export-control and anti-bribery laws.
3. Deal registration. Opportunities are registered in the partner portal; approved registrations are protected for 90 days.
4. Discounts and benefits follow the Partner's tier as published in the portal.
5. Term. This agreement runs for one year and renews unless either party ends it with 30 days' notice.`;

/**
 * Idempotent: the program, tiers, agreement and list are made once; a grown demo (`seed --scale`)
 * puts its new partners in the program with their metrics, and the tiers are recomputed.
 */
export async function seedDemoProgram(deps: Deps, workspaceId: string, partners: number): Promise<void> {
  const actor: Actor = { kind: 'system', workspaceId, job: 'seed' };
  const existing = await deps.pools.system.query<{ id: string }>(
    'select id from programs where workspace_id = $1 and slug = $2',
    [idToUuid(workspaceId), DEMO_PROGRAM_SLUG],
  );
  const programId = existing.rows[0]
    ? uuidToId('program', existing.rows[0].id)
    : await createDemoProgram(deps, actor);
  for (let start = 0; start < partners; start += 2_000) {
    await seedDemoMetrics(deps, workspaceId, programId, start, Math.min(partners, start + 2_000));
  }
  await recomputeProgram(deps, actor, workspaceId, programId);
}

async function createDemoProgram(deps: Deps, actor: Actor): Promise<string> {
  return withTenantTx(deps, actor, async (ctx) => {
    const program = await createProgram(ctx, {
      name: 'Acme Cloud Partner Program',
      slug: DEMO_PROGRAM_SLUG,
      description:
        'Resell, integrate and deliver Acme Cloud. Apply in five minutes; we answer within two days.',
      applicationOpen: true,
      partnerTypes: [],
      vetting: {
        requiredFields: ['website'],
        restrictedCountries: ['CU', 'IR', 'KP', 'SY'],
        screening: { enabled: true, reviewThreshold: 0.88 },
        duplicates: { enabled: true },
        email: { freeMail: 'review', domainMismatch: 'review' },
        autoApprove: true,
      },
      tierWindowDays: 365,
      demotionGraceDays: 30,
    });
    for (const tier of classicTierLadder) await createTier(ctx, program.id, tier);
    await createAgreement(ctx, program.id, { title: 'Acme Cloud Partner Agreement', body: AGREEMENT });
    const ofac = readOfacFiles();
    await createScreeningList(ctx, {
      format: 'ofac_legacy',
      name: 'OFAC SDN (January 2022 snapshot)',
      source: 'U.S. Treasury OFAC, legacy CSV layout — a snapshot shipped with Symbio for the demo',
      ...ofac,
    });
    return program.id;
  });
}

/**
 * A year of deterministic observations per demo partner (deals won with their revenue, certified
 * people, satisfaction surveys), written set-based: realistic spread over the four tiers.
 */
async function seedDemoMetrics(deps: Deps, workspaceId: string, programId: string, from: number, to: number) {
  const ws = idToUuid(workspaceId);
  const rows: [string, string, string, number, string][] = [];
  const base = Date.UTC(2026, 0, 5);
  const ids: string[] = [];
  for (let i = from; i < to; i++) {
    const p = demoPartner(i);
    const pid = idToUuid(p.id);
    ids.push(pid);
    const rand = prng(9_000 + i);
    // A long tail: most partners are small, a few carry most of the revenue.
    const size = rand() ** 3;
    const deals = Math.round(size * 40);
    for (let d = 0; d < deals; d++) {
      const at = new Date(base + Math.floor(rand() * 320) * 86_400_000).toISOString();
      rows.push([pid, 'deals_won', at, 1, `demo-deal-${i}-${d}`]);
      rows.push([
        pid,
        'revenue_won',
        at,
        Math.round(20_000 + rand() * 400_000 * (0.3 + size)),
        `demo-rev-${i}-${d}`,
      ]);
    }
    const at = new Date(base + 300 * 86_400_000).toISOString();
    rows.push([pid, 'certified_people', at, Math.round(size * 14), `demo-cert-${i}`]);
    rows.push([
      pid,
      'customer_satisfaction',
      at,
      Math.round((3.4 + rand() * 1.6) * 10) / 10,
      `demo-csat-${i}`,
    ]);
  }
  await deps.pools.system.query(
    'update partners set program_id = $2 where workspace_id = $1 and id = any($3::uuid[]) and program_id is null',
    [ws, idToUuid(programId), ids],
  );
  await deps.pools.system.query(
    `insert into partner_metric_events (workspace_id, id, partner_id, metric, value, occurred_at, source, external_id)
     select $1::uuid, md5($1::text || r)::uuid, p, m, v, t, 'demo', r
       from unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::numeric[], $6::text[]) as u(p, m, t, v, r)
     on conflict do nothing`,
    [
      ws,
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
      rows.map((r) => r[3]),
      rows.map((r) => r[4]),
    ],
  );
}
