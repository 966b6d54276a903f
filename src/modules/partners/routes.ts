import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { CreatePartner, ListPartnersQuery, Partner, PartnerParams, UpdatePartner } from './schemas.js';
import {
  createPartner,
  deletePartner,
  getPartner,
  listPartners,
  toPartner,
  updatePartner,
} from './service.js';

const tags = ['Partners'];
const staffAndPartners = ['user', 'apiKey'] as const;

export const partnerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners',
    operationId: 'listPartners',
    summary: 'List partner organisations',
    description:
      'Vendor staff see every partner of the workspace; a partner user or partner API key sees only its own organisation. Filter, search, sort, paginate, or export CSV with `Accept: text/csv`.',
    tags,
    access: { permission: 'partners.read', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    query: ListPartnersQuery,
    responses: { 200: { description: 'A page of partners', schema: pageOf(Partner, 'PartnerPage') } },
    csv: {
      columns: ['id', 'name', 'types', 'country', 'website', 'status', 'createdAt', 'updatedAt'],
      filename: 'partners',
    },
    handler: async (ctx, { query }) => ({ body: await listPartners(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners',
    operationId: 'createPartner',
    summary: 'Create a partner organisation',
    description: 'Creates a bare partner record. Send `Idempotency-Key` to make retries safe.',
    tags,
    access: { permission: 'partners.create', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    body: CreatePartner,
    bodyExample: {
      name: 'Nordlicht Systems GmbH',
      types: ['si', 'var'],
      country: 'DE',
      website: 'https://nordlicht.example',
    },
    responses: { 201: { description: 'The new partner', schema: Partner } },
    handler: async (ctx, { body }) => {
      const partner = await createPartner(ctx, body);
      return {
        status: 201,
        body: partner,
        version: partner.version,
        headers: { location: `/api/v1/partners/${partner.id}` },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:partnerId',
    operationId: 'getPartner',
    summary: 'Get a partner organisation',
    description: 'Returns the partner with its ETag. Another tenant’s partner answers 404.',
    tags,
    access: { permission: 'partners.read', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 200: { description: 'The partner', schema: Partner } },
    handler: async (ctx, { params }) => {
      const partner = toPartner(await getPartner(ctx, params.partnerId));
      return { body: partner, version: partner.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/partners/:partnerId',
    operationId: 'updatePartner',
    summary: 'Update a partner organisation',
    description:
      'Changes the given fields. Send `If-Match` with the ETag you read to avoid overwriting someone else’s change (412 if stale). Partner users may change only name, website and country.',
    tags,
    access: { permission: 'partners.update', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    body: UpdatePartner,
    bodyExample: { website: 'https://nordlicht.example/partners' },
    responses: { 200: { description: 'The updated partner', schema: Partner } },
    handler: async (ctx, { params, body, headers }) => {
      const partner = await updatePartner(ctx, params.partnerId, body, parseIfMatch(headers['if-match']));
      return { body: partner, version: partner.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/partners/:partnerId',
    operationId: 'deletePartner',
    summary: 'Delete a partner organisation',
    description: 'Deletes a partner that has no users. The audit log keeps its last state.',
    tags,
    access: { permission: 'partners.delete', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deletePartner(ctx, params.partnerId);
      return { status: 204 };
    },
  }),
];
