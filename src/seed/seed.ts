import type pg from 'pg';
import { appendAudit } from '../platform/audit/index.js';
import { hashPassword } from '../platform/auth/crypto.js';
import type { Pools } from '../platform/db/pools.js';
import { unsafeSystemTx } from '../platform/db/system.js';
import { idToUuid } from '../platform/ids/index.js';
import {
  DEMO_PASSWORD,
  DEMO_WORKSPACE_SLUG,
  demoId,
  demoPartner,
  demoPartnerUsers,
  demoStaff,
} from './demo-data.js';

export type SeedOptions = {
  partners: number;
  usersPerPartner: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
};

export type SeedResult = {
  workspaceId: string;
  partnersBefore: number;
  partnersAfter: number;
  created: boolean;
};

export const DEMO_WORKSPACE_ID = demoId('workspace', 0);

/** Is the demo program there already? (A second start must neither re-seed nor lose anything.) */
export async function demoExists(pools: Pools): Promise<boolean> {
  const { rows } = await pools.system.query('select 1 from workspaces where slug = $1', [
    DEMO_WORKSPACE_SLUG,
  ]);
  return rows.length > 0;
}

/**
 * Loads (or grows) the deterministic demo program with the system pool, in batches that each
 * commit on their own: memory stays flat at any size, and an interrupted run resumes where it
 * stopped because every id is deterministic and inserts skip what exists.
 */
export async function seedDemo(pools: Pools, options: SeedOptions): Promise<SeedResult> {
  const batchSize = options.batchSize ?? 1000;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const wsUuid = idToUuid(DEMO_WORKSPACE_ID);
  const created = !(await demoExists(pools));
  await unsafeSystemTx(pools, async (client) => {
    await client.query(
      `insert into workspaces (id, name, slug, created_at, updated_at) values ($1, 'Acme Cloud Partner Program', $2, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')
       on conflict do nothing`,
      [wsUuid, DEMO_WORKSPACE_SLUG],
    );
    for (const [i, s] of demoStaff.entries()) {
      const userUuid = await upsertUser(client, demoId('user', i), s.email, s.name, passwordHash);
      await client.query(
        `insert into memberships (workspace_id, id, user_id, kind, role) values ($1, $2, $3, 'vendor', $4) on conflict do nothing`,
        [wsUuid, idToUuid(demoId('membership', i)), userUuid, s.role],
      );
    }
  });
  const { rows } = await pools.system.query<{ n: number }>(
    'select count(*)::int as n from partners where workspace_id = $1',
    [wsUuid],
  );
  const before = rows[0]?.n ?? 0;
  const total = options.partners;
  for (let start = 0; start < total; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    // Skip a batch only when every one of its partners is there (a batch commits as a whole).
    // The workspace's partner count alone is not proof: it also counts partners added by hand.
    if (end <= before && (await batchPresent(pools, wsUuid, start, end))) {
      options.onProgress?.(end, total);
      continue;
    }
    await unsafeSystemTx(pools, (client) =>
      insertPartnerBatch(client, wsUuid, start, end, options.usersPerPartner, passwordHash),
    );
    options.onProgress?.(end, total);
  }
  const after = await pools.system.query<{ n: number }>(
    'select count(*)::int as n from partners where workspace_id = $1',
    [wsUuid],
  );
  const partnersAfter = after.rows[0]?.n ?? 0;
  if (partnersAfter !== before || created) {
    await unsafeSystemTx(pools, (client) =>
      appendAudit(
        client,
        DEMO_WORKSPACE_ID,
        [
          {
            action: created ? 'workspace.seeded' : 'workspace.seed_grown',
            objectType: 'workspace',
            objectId: DEMO_WORKSPACE_ID,
            after: { partners: partnersAfter, usersPerPartner: options.usersPerPartner },
          },
        ],
        { actorKind: 'system', actorId: 'system:seed', requestId: null, ip: null, occurredAt: new Date() },
      ),
    );
  }
  return { workspaceId: DEMO_WORKSPACE_ID, partnersBefore: before, partnersAfter, created };
}

async function batchPresent(pools: Pools, wsUuid: string, start: number, end: number): Promise<boolean> {
  const ids = Array.from({ length: end - start }, (_, i) => idToUuid(demoId('partner', start + i)));
  const { rows } = await pools.system.query<{ n: number }>(
    'select count(*)::int as n from partners where workspace_id = $1 and id = any($2::uuid[])',
    [wsUuid, ids],
  );
  return rows[0]?.n === ids.length;
}

async function upsertUser(
  client: pg.PoolClient,
  id: string,
  email: string,
  name: string,
  hash: string,
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `insert into users (id, email, name, password_hash) values ($1, $2, $3, $4)
     on conflict ((lower(email))) do update set name = users.name returning id`,
    [idToUuid(id), email, name, hash],
  );
  return rows[0]!.id;
}

async function insertPartnerBatch(
  client: pg.PoolClient,
  wsUuid: string,
  start: number,
  end: number,
  usersPerPartner: number,
  passwordHash: string,
): Promise<void> {
  const p = {
    id: [] as string[],
    name: [] as string[],
    types: [] as string[],
    country: [] as string[],
    website: [] as string[],
    status: [] as string[],
    directory: [] as string[],
  };
  const u = { id: [] as string[], email: [] as string[], name: [] as string[] };
  const m = { id: [] as string[], user: [] as string[], role: [] as string[], partner: [] as string[] };
  for (let n = start; n < end; n++) {
    const partner = demoPartner(n);
    const pid = idToUuid(partner.id);
    p.id.push(pid);
    p.name.push(partner.name);
    p.types.push(`{${partner.types.join(',')}}`);
    p.country.push(partner.country);
    p.website.push(partner.website);
    p.status.push(partner.status);
    p.directory.push(
      JSON.stringify({
        legalName: partner.legalName,
        domains: partner.domains,
        operatingCountries: partner.operatingCountries,
        regions: partner.regions,
        industries: partner.industries,
        competencies: partner.competencies,
        languages: partner.languages,
        tags: partner.tags,
        owner: partner.ownerStaff === null ? null : idToUuid(demoId('user', partner.ownerStaff)),
      }),
    );
    for (const user of demoPartnerUsers(partner, usersPerPartner)) {
      u.id.push(idToUuid(user.id));
      u.email.push(user.email);
      u.name.push(user.name);
      m.id.push(idToUuid(user.membershipId));
      m.user.push(idToUuid(user.id));
      m.role.push(user.role);
      m.partner.push(pid);
    }
  }
  await client.query(
    `insert into partners (workspace_id, id, name, types, country, website, status, created_at, updated_at,
                           legal_name, domains, operating_countries, regions, industries, competencies, languages, tags, owner_user_id)
     select $1, id, name, types::text[], country, website, status,
            timestamptz '2026-01-05T09:00:00Z' + (($8::int + ord) * interval '1 second'), timestamptz '2026-01-05T09:00:00Z' + (($8::int + ord) * interval '1 second'),
            d->>'legalName',
            array(select jsonb_array_elements_text(d->'domains')),
            array(select jsonb_array_elements_text(d->'operatingCountries')),
            array(select jsonb_array_elements_text(d->'regions')),
            array(select jsonb_array_elements_text(d->'industries')),
            d->'competencies',
            array(select jsonb_array_elements_text(d->'languages')),
            array(select jsonb_array_elements_text(d->'tags')),
            (d->>'owner')::uuid
       from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $9::jsonb[]) with ordinality as t(id, name, types, country, website, status, d, ord)
     on conflict do nothing`,
    [wsUuid, p.id, p.name, p.types, p.country, p.website, p.status, start, p.directory],
  );
  await client.query(
    `insert into users (id, email, name, password_hash)
     select id, email, name, $4 from unnest($1::uuid[], $2::text[], $3::text[]) as t(id, email, name)
     on conflict do nothing`,
    [u.id, u.email, u.name, passwordHash],
  );
  await client.query(
    `insert into memberships (workspace_id, id, user_id, kind, role, partner_id)
     select $1, id, user_id, 'partner', role, partner_id from unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[]) as t(id, user_id, role, partner_id)
     on conflict do nothing`,
    [wsUuid, m.id, m.user, m.role, m.partner],
  );
}
