import { and, eq, sql } from 'drizzle-orm';
import { getDomain } from 'tldts';
import type { Ctx, Deps } from '../../platform/access/context.js';
import { hashPassword, randomToken, sha256 } from '../../platform/auth/crypto.js';
import { normaliseEmail, publicBaseUrl } from '../../platform/auth/service.js';
import { hitCounter } from '../../platform/auth/throttle.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { idToUuid, newId, uuidToId } from '../../platform/ids/index.js';
import { queueMail } from '../../platform/mail/index.js';
import { memberships } from '../../platform/tenancy/tables.js';
import { transitionPartner } from '../lifecycle/service.js';
import { partnerTypes as allPartnerTypes } from '../partners/schemas.js';
import { partners } from '../partners/tables.js';
import { getProgram, type ProgramRow } from '../programs/index.js';
import { type ApplicationFacts, VettingSettings, vetApplication } from '../vetting/index.js';
import { accountCreatingTx, applicantTx, type PublicMeta } from './access.js';
import { applicantOutcome, findings, settle } from './outcome.js';
import { type ApplyInput, HONEYPOT_FIELD, type RespondInput } from './schemas.js';
import {
  type ApplicationRow,
  applicationRow,
  mailDecision,
  saveApplication,
  toApplication,
} from './service.js';
import { applications } from './tables.js';
import { readStatusToken, statusToken } from './tokens.js';

/** How long a verification link works. */
export const VERIFICATION_TTL_MS = 48 * 3600_000;
/** Applications per e-mail registrable domain and workspace per hour (the per-IP limit is on the route). */
export const APPLICATIONS_PER_DOMAIN_PER_HOUR = 10;

type FormProgram = { workspaceId: string; workspaceName: string; workspaceSlug: string; program: ProgramRow };

/**
 * Finds a program by its public slugs. A lookup on the system pool before any tenant is known,
 * like sign-in's user lookup: row-level security cannot apply while the workspace is unknown.
 */
async function findProgramBySlugs(
  deps: Deps,
  workspaceSlug: string,
  programSlug: string,
): Promise<FormProgram> {
  const { rows } = await deps.pools.system.query<{
    workspace_id: string;
    name: string;
    slug: string;
    program_id: string;
  }>(
    `select w.id as workspace_id, w.name, w.slug, p.id as program_id
       from programs p join workspaces w on w.id = p.workspace_id
      where w.slug = $1 and p.slug = $2`,
    [workspaceSlug, programSlug],
  );
  const r = rows[0];
  if (!r) throw notFound('program');
  const workspaceId = uuidToId('workspace', r.workspace_id);
  const program = await applicantTx(deps, workspaceId, { ip: null, requestId: null }, (ctx) =>
    getProgram(ctx, uuidToId('program', r.program_id)),
  );
  return { workspaceId, workspaceName: r.name, workspaceSlug: r.slug, program };
}

const acceptedTypes = (program: ProgramRow) =>
  program.partnerTypes.length > 0
    ? allPartnerTypes.filter((t) => program.partnerTypes.includes(t))
    : [...allPartnerTypes];

export async function applicationForm(deps: Deps, workspaceSlug: string, programSlug: string) {
  const f = await findProgramBySlugs(deps, workspaceSlug, programSlug);
  return {
    workspace: { name: f.workspaceName, slug: f.workspaceSlug },
    program: {
      name: f.program.name,
      slug: f.program.slug,
      description: f.program.description,
      applicationOpen: f.program.applicationOpen,
    },
    partnerTypes: acceptedTypes(f.program),
    requiredFields: VettingSettings.parse(f.program.vetting ?? {}).requiredFields,
    honeypotField: HONEYPOT_FIELD,
  };
}

/** The registrable domain of an e-mail address (mail.example.co.uk → example.co.uk). */
export const emailDomain = (email: string) => {
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return getDomain(host) ?? host;
};

export const accepted = {
  status: 'accepted' as const,
  message: 'Thank you. Check your e-mail and confirm your address: the application counts only then.',
};

function factsOf(input: Omit<ApplyInput, 'workspace' | 'program' | 'password' | 'locale'>): ApplicationFacts {
  return {
    companyName: input.companyName,
    legalName: input.legalName ?? null,
    website: input.website ?? null,
    country: input.country,
    operatingCountries: input.operatingCountries ?? [],
    partnerTypes: input.partnerTypes,
    contactName: input.contactName,
    email: normaliseEmail(input.email),
    phone: input.phone ?? null,
    address: input.address ?? null,
    employeeCount: input.employeeCount ?? null,
    annualRevenue: input.annualRevenue ?? null,
    description: input.description ?? null,
    industries: input.industries ?? [],
  };
}

/**
 * Stores an application as pending_verification and e-mails the one-time confirmation link. A
 * filled honeypot gets the very same answer with nothing stored or sent, so a bot learns nothing.
 */
export async function submitApplication(deps: Deps, input: ApplyInput, meta: PublicMeta) {
  if (input[HONEYPOT_FIELD]) return accepted;
  const form = await findProgramBySlugs(deps, input.workspace, input.program);
  if (!form.program.applicationOpen) {
    throw new AppError('conflict', `${form.program.name} does not take applications at the moment.`);
  }
  const allowed = acceptedTypes(form.program);
  const wrong = input.partnerTypes.filter((t) => !allowed.includes(t));
  if (wrong.length > 0) {
    throw new AppError('validation_failed', `${form.program.name} does not accept: ${wrong.join(', ')}.`, {
      errors: [
        {
          in: 'body',
          field: 'partnerTypes',
          pointer: '/partnerTypes',
          message: `must be among ${allowed.join(', ')}`,
        },
      ],
    });
  }
  // Counted per workspace: one vendor's popularity must not lock a domain out of another's program.
  const now = deps.clock.now();
  const domain = emailDomain(input.email);
  const hits = await hitCounter(deps.pools.system, `apply-domain:${form.workspaceId}:${domain}`, 3600, now);
  if (hits.count > APPLICATIONS_PER_DOMAIN_PER_HOUR) {
    const retry = Math.max(1, Math.ceil((hits.resetAt.getTime() - now.getTime()) / 1000));
    throw new AppError(
      'rate_limited',
      `Too many applications from ${domain}; try again in ${Math.ceil(retry / 60)} min.`,
      {
        headers: { 'retry-after': String(retry) },
      },
    );
  }
  const passwordHash = await hashPassword(input.password);
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + VERIFICATION_TTL_MS);
  const facts = factsOf(input);
  await applicantTx(deps, form.workspaceId, meta, async (ctx) => {
    const id = newId('application');
    await ctx.db.insert(applications).values({
      workspaceId: form.workspaceId,
      id,
      programId: form.program.id,
      status: 'pending_verification',
      facts,
      companyName: facts.companyName,
      country: facts.country,
      email: facts.email,
      contactName: facts.contactName,
      locale: input.locale,
      passwordHash,
      verificationTokenHash: sha256(token),
      verificationExpiresAt: expiresAt,
      ip: meta.ip,
    });
    await queueMail(ctx.client, ctx, {
      workspaceId: form.workspaceId,
      to: facts.email,
      template: 'application_verify',
      locale: input.locale,
      data: {
        name: facts.contactName,
        programName: form.program.name,
        verifyUrl: `${publicBaseUrl(deps)}/apply/verify#token=${token}`,
        expiresAt: expiresAt.toISOString(),
      },
    });
    ctx.audit({
      action: 'application.created',
      objectType: 'application',
      objectId: id,
      after: {
        id,
        programId: form.program.id,
        companyName: facts.companyName,
        country: facts.country,
        email: facts.email,
      },
    });
  });
  return accepted;
}

/** The applicant-facing view of an application. */
export function applicantStatus(deps: Pick<Deps, 'config'>, row: ApplicationRow, programName: string) {
  const outcome = applicantOutcome(row.status);
  return {
    applicationId: row.id,
    companyName: row.companyName,
    programName,
    outcome,
    reason: outcome === 'in_review' || outcome === 'approved' ? null : row.applicantReason,
    statusToken: statusToken(deps, row.id),
    canRespond: row.status === 'info_requested',
    submittedAt: row.verifiedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

const invalidLink = () =>
  new AppError('invalid_token', 'This confirmation link is invalid, already used or expired; apply again.');

type Account = { userUuid: string; created: boolean };

/**
 * Confirms the e-mail address: in one transaction the application counts (submitted), the
 * applicant organisation and its admin user exist, vetting has run and its decision is acted on.
 * An existing account with that e-mail gets the membership but keeps its password: the form's
 * password never touches an account someone else may own.
 */
export async function verifyApplication(deps: Deps, token: string, meta: PublicMeta) {
  const tokenHash = sha256(token);
  const { rows } = await deps.pools.system.query<{ workspace_id: string }>(
    'select workspace_id from applications where verification_token_hash = $1',
    [tokenHash],
  );
  if (!rows[0]) throw invalidLink();
  const workspaceId = uuidToId('workspace', rows[0].workspace_id);
  const now = deps.clock.now();
  return accountCreatingTx(
    deps,
    workspaceId,
    meta,
    async (
      client,
    ): Promise<{
      app: { id: string; password_hash: string | null; email: string; contact_name: string; locale: string };
      account: Account;
    }> => {
      // Spending the token is the conditional update: a second click (or a race) finds nothing.
      // RETURNING shows the new row, so the hash is read from the locked old one before it is cleared.
      const spent = await client.query<{
        id: string;
        password_hash: string | null;
        email: string;
        contact_name: string;
        locale: string;
      }>(
        `with old as (
           select id, workspace_id, password_hash from applications
            where verification_token_hash = $1 and status = 'pending_verification' and verification_expires_at > $2
            for update)
         update applications a set verification_token_hash = null, verified_at = $2, password_hash = null
           from old where a.workspace_id = old.workspace_id and a.id = old.id
         returning a.id, old.password_hash, a.email, a.contact_name, a.locale`,
        [tokenHash, now],
      );
      const app = spent.rows[0];
      if (!app) throw invalidLink();
      const inserted = await client.query<{ id: string }>(
        `insert into users (id, email, name, password_hash, locale) values ($1, $2, $3, $4, $5)
         on conflict ((lower(email))) do nothing returning id`,
        [idToUuid(newId('user')), app.email, app.contact_name, app.password_hash, app.locale],
      );
      if (inserted.rows[0]) return { app, account: { userUuid: inserted.rows[0].id, created: true } };
      const existing = await client.query<{ id: string }>('select id from users where lower(email) = $1', [
        app.email,
      ]);
      return { app, account: { userUuid: existing.rows[0]!.id, created: false } };
    },
    async (ctx, { app, account }) => {
      const id = uuidToId('application', app.id);
      const userId = uuidToId('user', account.userUuid);
      const row = await applicationRow(ctx, id, true);
      const [member] = await ctx.db
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
      if (member) {
        throw new AppError(
          'conflict',
          'This e-mail address already belongs to a user of this partner program; apply with another address or sign in.',
        );
      }
      const program = await getProgram(ctx, row.programId);
      // Vetting runs before the organisation exists, so duplicate detection cannot find the applicant itself.
      const vetted = await vetApplication(ctx, program.vetting, row.facts);
      const partnerId = await createApplicantOrganisation(ctx, row);
      const membershipId = newId('membership');
      await ctx.db.insert(memberships).values({
        workspaceId,
        id: membershipId,
        userId,
        kind: 'partner',
        role: 'partner_admin',
        partnerId,
      });
      ctx.audit({
        action: 'membership.created',
        objectType: 'membership',
        objectId: membershipId,
        partnerId,
        after: { userId, kind: 'partner', role: 'partner_admin', accountCreated: account.created },
      });
      await transitionPartner(ctx, partnerId, 'applied', 'Application confirmed by e-mail.');
      await transitionPartner(ctx, partnerId, 'vetting', 'Automated vetting started.');
      const settled = settle(vetted.decision, vetted.reasons);
      await saveApplication(
        ctx,
        id,
        {
          partnerId,
          userId,
          status: 'submitted',
          decision: vetted.decision,
          reasons: vetted.reasons,
        },
        { action: 'verified' },
      );
      ctx.audit({
        action: 'application.submitted',
        objectType: 'application',
        objectId: id,
        partnerId,
        after: { id, companyName: row.companyName, country: row.country },
      });
      const final = await actOnVetting(ctx, id, partnerId, vetted, settled, program.name);
      return applicantStatus(deps, final, program.name);
    },
  );
}

/** The applicant organisation, as a prospect of the program, from the application's answers. */
async function createApplicantOrganisation(ctx: Ctx, row: ApplicationRow): Promise<string> {
  const workspaceId = ctx.requireWorkspace();
  const f = row.facts;
  const partnerId = newId('partner');
  const domain = f.website ? getDomain(f.website) : null;
  await ctx.db.insert(partners).values({
    workspaceId,
    id: partnerId,
    programId: row.programId,
    name: f.companyName,
    legalName: f.legalName ?? null,
    website: f.website ?? null,
    country: f.country,
    types: f.partnerTypes,
    domains: domain ? [domain] : [],
    operatingCountries: f.operatingCountries ?? [],
    industries: f.industries ?? [],
    status: 'prospect',
  });
  ctx.audit({
    action: 'partner.created',
    objectType: 'partner',
    objectId: partnerId,
    partnerId,
    after: {
      id: partnerId,
      name: f.companyName,
      country: f.country,
      types: f.partnerTypes,
      applicationId: row.id,
    },
  });
  return partnerId;
}

/**
 * Acts on an automated decision: approve → onboarding, a rejection the applicant may be told →
 * offboarded with the reasons, anything else stays in vetting for a reviewer.
 */
async function actOnVetting(
  ctx: Ctx,
  id: string,
  partnerId: string,
  vetted: Awaited<ReturnType<typeof vetApplication>>,
  settled: ReturnType<typeof settle>,
  programName: string,
): Promise<ApplicationRow> {
  const now = ctx.clock.now();
  let row = await saveApplication(
    ctx,
    id,
    {
      status: settled.status,
      applicantReason: settled.applicantReason,
      ...(settled.status === 'submitted' ? {} : { decidedAt: now }),
    },
    { action: 'vetted', decision: vetted.decision },
  );
  if (settled.status === 'approved') {
    await transitionPartner(ctx, partnerId, 'onboarding', 'Application approved: every vetting rule passed.');
    await mailDecision(ctx, row, programName, 'approved', null);
  } else if (settled.status === 'rejected') {
    await transitionPartner(
      ctx,
      partnerId,
      'offboarded',
      `Application rejected: ${findings(vetted.reasons, 'reject')}`,
    );
    await mailDecision(ctx, row, programName, 'rejected', settled.applicantReason);
  }
  ctx.audit({
    action: 'application.decided',
    objectType: 'application',
    objectId: id,
    partnerId,
    after: {
      id,
      decision: vetted.decision,
      reasons: vetted.reasons.filter((r) => r.outcome !== 'pass').map((r) => r.message),
      by: 'vetting',
    },
  });
  row = await applicationRow(ctx, id);
  return row;
}

/** Finds the application a status token is for: its workspace (system lookup), then the row. */
async function withStatusToken<T>(
  deps: Deps,
  token: string,
  meta: PublicMeta,
  fn: (ctx: Ctx, row: ApplicationRow, program: ProgramRow) => Promise<T>,
): Promise<T> {
  const id = readStatusToken(deps, token);
  const invalid = () => new AppError('invalid_token', 'This status link is not valid.');
  if (!id) throw invalid();
  const { rows } = await deps.pools.system.query<{ workspace_id: string }>(
    `select workspace_id from applications where id = $1 and status <> 'pending_verification'`,
    [idToUuid(id)],
  );
  if (!rows[0]) throw invalid();
  return applicantTx(deps, uuidToId('workspace', rows[0].workspace_id), meta, async (ctx) => {
    const row = await applicationRow(ctx, id, true);
    return fn(ctx, row, await getProgram(ctx, row.programId));
  });
}

export function applicationStatusByToken(deps: Deps, token: string, meta: PublicMeta) {
  return withStatusToken(deps, token, meta, async (_ctx, row, program) =>
    applicantStatus(deps, row, program.name),
  );
}

/**
 * The applicant answers a request for information: corrected answers replace the old ones, the
 * partner record follows, vetting runs again and the application is back in the review queue.
 */
export function respondToApplication(deps: Deps, input: RespondInput, meta: PublicMeta) {
  return withStatusToken(deps, input.token, meta, async (ctx, row, program) => {
    if (row.status !== 'info_requested') {
      throw new AppError('conflict', 'Nobody asked for more information about this application.');
    }
    const changes = Object.fromEntries(Object.entries(input.facts ?? {}).filter(([, v]) => v !== undefined));
    const facts: ApplicationFacts = { ...row.facts, ...changes } as ApplicationFacts;
    if (changes.partnerTypes) {
      const allowed = acceptedTypes(program);
      const wrong = facts.partnerTypes.filter((t) => !allowed.includes(t as never));
      if (wrong.length > 0)
        throw new AppError('validation_failed', `${program.name} does not accept: ${wrong.join(', ')}.`, {
          errors: [
            {
              in: 'body',
              field: 'facts.partnerTypes',
              pointer: '/facts/partnerTypes',
              message: `must be among ${allowed.join(', ')}`,
            },
          ],
        });
    }
    const vetted = await vetApplication(ctx, program.vetting, facts, { applicantPartnerId: row.partnerId });
    const saved = await saveApplication(
      ctx,
      row.id,
      {
        facts,
        companyName: facts.companyName,
        country: facts.country,
        status: 'submitted',
        decision: vetted.decision,
        reasons: vetted.reasons,
        applicantReason: null,
      },
      { action: 'responded', message: input.message, decision: vetted.decision },
    );
    if (row.partnerId && Object.keys(changes).length > 0)
      await updateApplicantOrganisation(ctx, row.partnerId, facts);
    ctx.audit({
      action: 'application.responded',
      objectType: 'application',
      objectId: row.id,
      partnerId: row.partnerId,
      before: toApplication(row).facts,
      after: { message: input.message, facts },
    });
    ctx.audit({
      action: 'application.decided',
      objectType: 'application',
      objectId: row.id,
      partnerId: row.partnerId,
      after: {
        id: row.id,
        decision: vetted.decision,
        reasons: vetted.reasons.filter((r) => r.outcome !== 'pass').map((r) => r.message),
        by: 'vetting',
      },
    });
    return applicantStatus(deps, saved, program.name);
  });
}

async function updateApplicantOrganisation(ctx: Ctx, partnerId: string, f: ApplicationFacts) {
  const workspaceId = ctx.requireWorkspace();
  const domain = f.website ? getDomain(f.website) : null;
  const set = {
    name: f.companyName,
    legalName: f.legalName ?? null,
    website: f.website ?? null,
    country: f.country,
    types: f.partnerTypes,
    domains: domain ? [domain] : [],
    operatingCountries: f.operatingCountries ?? [],
    industries: f.industries ?? [],
  };
  await ctx.db
    .update(partners)
    .set({ ...set, updatedAt: ctx.clock.now(), version: sql`${partners.version} + 1` })
    .where(and(eq(partners.workspaceId, workspaceId), eq(partners.id, partnerId)));
  ctx.audit({ action: 'partner.updated', objectType: 'partner', objectId: partnerId, partnerId, after: set });
}
