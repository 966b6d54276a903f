import type { FastifyRequest } from 'fastify';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import {
  applicationForm,
  applicationStatusByToken,
  respondToApplication,
  submitApplication,
  verifyApplication,
} from './public.js';
import {
  ApplicantStatus,
  Application,
  ApplicationForm,
  ApplicationFormQuery,
  ApplicationParams,
  ApplyAccepted,
  ApplyBody,
  DecisionBody,
  ListApplicationsQuery,
  RespondBody,
  StatusQuery,
  VerifyBody,
} from './schemas.js';
import { decideApplication, getApplication, listApplications } from './service.js';

const tags = ['Applications'];
const meta = (request: FastifyRequest) => ({ ip: request.ip, requestId: request.id });

const exampleApplication = {
  workspace: 'acme',
  program: 'resellers',
  companyName: 'Nordlicht Systems GmbH',
  legalName: 'Nordlicht Systems GmbH',
  website: 'https://nordlicht.example',
  country: 'DE',
  partnerTypes: ['var' as const],
  contactName: 'Ada Example',
  email: 'ada@nordlicht.example',
  password: 'a longer new passphrase',
  locale: 'de' as const,
};

export const publicApplicationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/public/application-form',
    operationId: 'getApplicationForm',
    summary: 'Public application form of a program',
    description:
      'What the public form at `/apply/<workspace>/<program>` shows: program name and description, whether it takes applications, the partner types it accepts and which optional fields its vetting requires. No sign-in.',
    tags,
    access: { public: true },
    rateLimit: { perMinute: 120, by: 'ip' },
    query: ApplicationFormQuery,
    responses: { 200: { description: 'The form definition', schema: ApplicationForm } },
    handler: async (_ctx, { query, deps }) => ({
      body: await applicationForm(deps, query.workspace, query.program),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/public/applications',
    operationId: 'submitApplication',
    summary: 'Apply to a partner program',
    description:
      'Stores the application and e-mails a one-time confirmation link (valid 48 h); only a confirmed application counts. Limited per IP address and per e-mail domain. No sign-in. The password becomes the admin user’s — unless the e-mail already has an account, which keeps its own.',
    tags,
    access: { public: true },
    rateLimit: { perMinute: 5, by: 'ip' },
    body: ApplyBody,
    bodyExample: exampleApplication,
    responses: { 202: { description: 'Accepted: check your e-mail', schema: ApplyAccepted } },
    handler: async (_ctx, { body, deps, request }) => ({
      status: 202,
      body: await submitApplication(deps, body, meta(request)),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/public/applications/verify',
    operationId: 'verifyApplication',
    summary: 'Confirm an application’s e-mail address',
    description:
      'Spends the one-time token from the confirmation e-mail. Creates the applicant organisation and its admin user, runs vetting and answers the outcome in applicant-safe words (a screening or duplicate finding reads “in review”), with a status token for later.',
    tags,
    access: { public: true },
    rateLimit: { perMinute: 10, by: 'ip' },
    body: VerifyBody,
    bodyExample: { token: 'f3H0pW2b5Jc9mQ1xV7tY4rE8uI6oP0aS' },
    responses: { 200: { description: 'The application’s outcome', schema: ApplicantStatus } },
    handler: async (_ctx, { body, deps, request }) => ({
      body: await verifyApplication(deps, body.token, meta(request)),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/public/applications/status',
    operationId: 'getApplicationStatus',
    summary: 'An application’s status, for the applicant',
    description:
      'The outcome and the reason the applicant may see, for the status token from the confirmation.',
    tags,
    access: { public: true },
    rateLimit: { perMinute: 60, by: 'ip' },
    query: StatusQuery,
    responses: { 200: { description: 'The status', schema: ApplicantStatus } },
    handler: async (_ctx, { query, deps, request }) => ({
      body: await applicationStatusByToken(deps, query.token, meta(request)),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/public/applications/respond',
    operationId: 'respondToApplication',
    summary: 'Answer a request for more information',
    description:
      'With the status token: a message to the reviewer and corrected answers. Vetting runs again and the application is back in the review queue.',
    tags,
    access: { public: true },
    rateLimit: { perMinute: 10, by: 'ip' },
    body: RespondBody,
    bodyExample: {
      token: 'apl_01jq3v3z8xf5sbk9m2n7r4t6wd.f3H0pW2b5Jc9mQ1xV7tY4rE8uI6oP0aS',
      message: 'Our website is now online.',
      facts: { website: 'https://nordlicht.example' },
    },
    responses: { 200: { description: 'The status', schema: ApplicantStatus } },
    handler: async (_ctx, { body, deps, request }) => ({
      body: await respondToApplication(deps, body, meta(request)),
    }),
  }),
];

// Partner users read their own organisation's application; vendor staff need applications.review
// (checked in the service, since the route-level permission must admit both).
const readers = { permission: 'partners.read', actors: ['user', 'apiKey'], workspace: true } as const;

export const reviewRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/applications',
    operationId: 'listApplications',
    summary: 'List partner applications (review queue)',
    description:
      'Vendor staff with `applications.review` see every application; `filter[status]=submitted` is the manual review queue. A partner user sees only its own organisation’s (without vetting findings). Export CSV with `Accept: text/csv`.',
    tags,
    access: readers,
    rateLimit: null,
    query: ListApplicationsQuery,
    responses: {
      200: { description: 'A page of applications', schema: pageOf(Application, 'ApplicationPage') },
    },
    csv: {
      columns: [
        'id',
        'companyName',
        'country',
        'email',
        'status',
        'decision',
        'programId',
        'partnerId',
        'createdAt',
      ],
      filename: 'applications',
    },
    handler: async (ctx, { query }) => ({ body: await listApplications(ctx, query) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:applicationId',
    operationId: 'getApplication',
    summary: 'Get a partner application',
    description:
      'The answers and, for staff, every vetting reason with its evidence (a screening hit names the matched entry, alias, list and score).',
    tags,
    access: readers,
    rateLimit: null,
    params: ApplicationParams,
    responses: { 200: { description: 'The application', schema: Application } },
    handler: async (ctx, { params }) => {
      const application = await getApplication(ctx, params.applicationId);
      return { body: application, version: application.version };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/applications/:applicationId/decision',
    operationId: 'decideApplication',
    summary: 'Approve, reject or ask for more information',
    description:
      'A reviewer’s decision with a reason the applicant sees (by e-mail and on the status page). Approve moves the partner to onboarding, reject offboards it; request_info asks the applicant, whose answer puts the application back in the queue.',
    tags,
    access: { permission: 'applications.review', actors: ['user', 'apiKey'], workspace: true },
    rateLimit: null,
    params: ApplicationParams,
    body: DecisionBody,
    bodyExample: { decision: 'request_info', reason: 'Please tell us which products you resell today.' },
    responses: { 200: { description: 'The decided application', schema: Application } },
    handler: async (ctx, { params, body }) => {
      const application = await decideApplication(ctx, params.applicationId, body);
      return { body: application, version: application.version };
    },
  }),
];

export const applicationRoutes = [...publicApplicationRoutes, ...reviewRoutes];
