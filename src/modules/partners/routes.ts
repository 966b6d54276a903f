import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { bulkUpdatePartners } from './bulk.js';
import { createContact, deleteContact, listContacts, updateContact } from './contacts.js';
import {
  BulkAction,
  BulkResult,
  Contact,
  ContactParams,
  CreateContact,
  CreatePartner,
  ListContactsQuery,
  ListPartnersQuery,
  Partner,
  PartnerParams,
  UpdateContact,
  UpdatePartner,
} from './schemas.js';
import {
  createPartner,
  deletePartner,
  getPartner,
  listPartners,
  toPartner,
  toPartnerCsvRow,
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
      columns: [
        'id',
        'name',
        'legalName',
        'types',
        'status',
        'country',
        'operatingCountries',
        'regions',
        'industries',
        'competencies',
        'languages',
        'tags',
        'website',
        'domains',
        'ownerUserId',
        'programId',
        'customFields',
        'createdAt',
        'updatedAt',
      ],
      filename: 'partners',
    },
    handler: async (ctx, { query, headers }) => {
      const page = await listPartners(ctx, query);
      // The CSV export calls this handler page by page; its cells must be flat.
      if (/\btext\/csv\b/.test(headers.accept ?? ''))
        return { body: { ...page, data: page.data.map(toPartnerCsvRow) } };
      return { body: page };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners',
    operationId: 'createPartner',
    summary: 'Create a partner organisation',
    description:
      'Creates a partner in state `prospect` or `active` (default); later states are reached through transitions. Custom field values are checked against the workspace’s definitions. Send `Idempotency-Key` to make retries safe.',
    tags,
    access: { permission: 'partners.create', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    body: CreatePartner,
    bodyExample: {
      name: 'Nordlicht Systems GmbH',
      types: ['si', 'var'],
      country: 'DE',
      website: 'https://nordlicht.example',
      legalName: 'Nordlicht Systems GmbH',
      operatingCountries: ['DE', 'AT', 'CH'],
      regions: ['DACH'],
      industries: ['Manufacturing'],
      competencies: [{ name: 'Kubernetes', level: 'expert' }],
      languages: ['de', 'en'],
      tags: ['strategic'],
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
      'Changes the given fields. Send `If-Match` with the ETag you read to avoid overwriting someone else’s change (412 if stale). `status` is refused: use POST /api/v1/partners/{partnerId}/transitions. Partner users may change only the fields the directory settings open to them (403 names the others) and partner-editable custom fields.',
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
    method: 'POST',
    url: '/api/v1/partners/bulk',
    operationId: 'bulkUpdatePartners',
    summary: 'Apply one action to many partners',
    description:
      'Adds or removes tags, sets the owner, or moves up to 500 partners to a lifecycle state (needs `lifecycle.transition`). Each partner is changed atomically on its own: the answer lists per partner either the updated record or the problem it ran into (e.g. `invalid_transition` with the allowed states). Ids that name no partner refuse the whole request (400).',
    tags,
    access: { permission: 'partners.update', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    body: BulkAction,
    bodyExample: { partnerIds: ['ptr_01h2xcejqtf2nbrexx3vqjhp41'], action: 'addTags', tags: ['priority'] },
    responses: { 200: { description: 'Per-partner results', schema: BulkResult } },
    handler: async (ctx, { body }) => ({ body: await bulkUpdatePartners(ctx, body) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:partnerId/contacts',
    operationId: 'listPartnerContacts',
    summary: 'List a partner’s contacts',
    description: 'People at the partner (primary, billing, technical, executive…), who need not be users.',
    tags,
    access: { permission: 'partners.read', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    query: ListContactsQuery,
    responses: { 200: { description: 'A page of contacts', schema: pageOf(Contact, 'ContactPage') } },
    handler: async (ctx, { params, query }) => ({ body: await listContacts(ctx, params.partnerId, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:partnerId/contacts',
    operationId: 'createPartnerContact',
    summary: 'Add a contact to a partner',
    description: 'Partner users may add contacts when the directory settings allow `contacts`.',
    tags,
    access: { permission: 'partners.update', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    body: CreateContact,
    bodyExample: { name: 'Jana Krüger', email: 'jana@nordlicht.example', role: 'billing', title: 'CFO' },
    responses: { 201: { description: 'The contact', schema: Contact } },
    handler: async (ctx, { params, body }) => {
      const c = await createContact(ctx, params.partnerId, body);
      return { status: 201, body: c, version: c.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/partners/:partnerId/contacts/:contactId',
    operationId: 'updatePartnerContact',
    summary: 'Change a partner contact',
    description: 'Send `If-Match` to avoid lost updates.',
    tags,
    access: { permission: 'partners.update', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    params: ContactParams,
    body: UpdateContact,
    bodyExample: { phone: '+49 30 1234567' },
    responses: { 200: { description: 'The contact', schema: Contact } },
    handler: async (ctx, { params, body, headers }) => {
      const c = await updateContact(
        ctx,
        params.partnerId,
        params.contactId,
        body,
        parseIfMatch(headers['if-match']),
      );
      return { body: c, version: c.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/partners/:partnerId/contacts/:contactId',
    operationId: 'deletePartnerContact',
    summary: 'Remove a partner contact',
    description: 'The audit log keeps its last state.',
    tags,
    access: { permission: 'partners.update', actors: staffAndPartners, workspace: true },
    rateLimit: null,
    params: ContactParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteContact(ctx, params.partnerId, params.contactId);
      return { status: 204 };
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
