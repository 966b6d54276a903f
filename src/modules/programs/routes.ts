import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { defaultDealRules } from '../deals/rules.js';
import { CreateProgram, ListProgramsQuery, Program, ProgramParams, UpdateProgram } from './schemas.js';
import {
  createProgram,
  deleteProgram,
  getProgram,
  listPrograms,
  toProgram,
  updateProgram,
} from './service.js';

const tags = ['Programs'];
const actors = ['user', 'apiKey'] as const;

export const programRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs',
    operationId: 'listPrograms',
    summary: 'List partner programs',
    description:
      'The programs of the workspace with their public application settings and vetting rules. Partner users may read them too. Export CSV with `Accept: text/csv`.',
    tags,
    access: { permission: 'programs.read', actors, workspace: true },
    rateLimit: null,
    query: ListProgramsQuery,
    responses: { 200: { description: 'A page of programs', schema: pageOf(Program, 'ProgramPage') } },
    csv: {
      columns: ['id', 'name', 'slug', 'applicationOpen', 'partnerTypes', 'createdAt', 'updatedAt'],
      filename: 'programs',
    },
    handler: async (ctx, { query }) => ({ body: await listPrograms(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/programs',
    operationId: 'createProgram',
    summary: 'Create a partner program',
    description:
      'Creates a program. Its public application form is at `/apply/<workspace slug>/<program slug>`; the slug is unique in the workspace (409 otherwise). `vetting` holds the automated vetting rules and `dealRules` the rules of engagement for deal registration; omitted rules take their defaults.',
    tags,
    access: { permission: 'programs.manage', actors, workspace: true },
    rateLimit: null,
    body: CreateProgram,
    bodyExample: {
      name: 'Reseller program',
      slug: 'resellers',
      description: 'For value-added resellers in Europe.',
      partnerTypes: ['var', 'msp'],
      vetting: {
        requiredFields: ['website'],
        restrictedCountries: ['KP'],
        screening: { enabled: true, reviewThreshold: 0.88 },
        duplicates: { enabled: true },
        email: { freeMail: 'review', domainMismatch: 'review' },
        autoApprove: true,
      },
      dealRules: {
        ...defaultDealRules,
        protectionDays: 120,
        extensions: { maxCount: 1, maxDays: 60, requireApproval: true },
      },
    },
    responses: { 201: { description: 'The new program', schema: Program } },
    handler: async (ctx, { body }) => {
      const program = await createProgram(ctx, body);
      return {
        status: 201,
        body: program,
        version: program.version,
        headers: { location: `/api/v1/programs/${program.id}` },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs/:programId',
    operationId: 'getProgram',
    summary: 'Get a partner program',
    description:
      'Returns the program with its ETag. Partner users read their own program, including its rules of engagement (`dealRules`, without the approvers).',
    tags,
    access: { permission: 'programs.read', actors, workspace: true },
    rateLimit: null,
    params: ProgramParams,
    responses: { 200: { description: 'The program', schema: Program } },
    handler: async (ctx, { params }) => {
      const program = toProgram(await getProgram(ctx, params.programId), ctx.partnerId !== null);
      return { body: program, version: program.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/programs/:programId',
    operationId: 'updateProgram',
    summary: 'Update a partner program',
    description:
      'Changes the given fields; `vetting` and `dealRules` are each replaced as a whole (rules left out take their defaults). Send `If-Match` with the ETag you read (412 if stale).',
    tags,
    access: { permission: 'programs.manage', actors, workspace: true },
    rateLimit: null,
    params: ProgramParams,
    body: UpdateProgram,
    bodyExample: { applicationOpen: false },
    responses: { 200: { description: 'The updated program', schema: Program } },
    handler: async (ctx, { params, body, headers }) => {
      const program = await updateProgram(ctx, params.programId, body, parseIfMatch(headers['if-match']));
      return { body: program, version: program.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/programs/:programId',
    operationId: 'deleteProgram',
    summary: 'Delete a partner program',
    description:
      'Deletes a program no partner joined and nobody applied to (409 otherwise: close its applications instead).',
    tags,
    access: { permission: 'programs.manage', actors, workspace: true },
    rateLimit: null,
    params: ProgramParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteProgram(ctx, params.programId);
      return { status: 204 };
    },
  }),
];
