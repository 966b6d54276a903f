import { z } from 'zod';
import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import {
  CreateCustomField,
  CreateSavedView,
  CustomFieldDefinition,
  CustomFieldParams,
  DirectorySettings,
  ListSavedViewsQuery,
  SavedView,
  SavedViewParams,
  UpdateCustomField,
  UpdateDirectorySettings,
  UpdateSavedView,
} from './schemas.js';
import {
  createDefinition,
  createView,
  deleteDefinition,
  deleteView,
  getSettings,
  listDefinitions,
  listViews,
  toDefinition,
  updateDefinition,
  updateSettings,
  updateView,
} from './service.js';

const tags = ['Directory'];
const actors = ['user', 'apiKey'] as const;
const read = { permission: 'partners.read', actors, workspace: true } as const;
const manage = { permission: 'directory.manage', actors, workspace: true } as const;
// Saved views are a user's own: API keys have no user, partner users no vendor directory.
const views = { permission: 'partners.read', actors: ['user'], workspace: true } as const;

export const directoryRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/custom-fields',
    operationId: 'listCustomFields',
    summary: 'List custom partner fields',
    description:
      'The workspace’s own partner attributes (text, number, date, select). Values live in `customFields` of each partner.',
    tags,
    access: read,
    rateLimit: null,
    responses: {
      200: {
        description: 'Every custom field definition, by key',
        schema: z.object({ data: z.array(CustomFieldDefinition) }).meta({ id: 'CustomFieldList' }),
      },
    },
    handler: async (ctx) => ({ body: { data: (await listDefinitions(ctx)).map(toDefinition) } }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/custom-fields',
    operationId: 'createCustomField',
    summary: 'Define a custom partner field',
    description:
      'Key and type cannot change later. `partnerEditable` lets partner users set the value themselves.',
    tags,
    access: manage,
    rateLimit: null,
    body: CreateCustomField,
    bodyExample: { key: 'crm_id', label: 'CRM account id', type: 'text', partnerEditable: false },
    responses: { 201: { description: 'The new definition', schema: CustomFieldDefinition } },
    handler: async (ctx, { body }) => {
      const def = await createDefinition(ctx, body);
      return { status: 201, body: def, version: def.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/custom-fields/:customFieldId',
    operationId: 'updateCustomField',
    summary: 'Change a custom partner field',
    description: 'Label, select options and whether partners may edit it.',
    tags,
    access: manage,
    rateLimit: null,
    params: CustomFieldParams,
    body: UpdateCustomField,
    bodyExample: { label: 'CRM account number' },
    responses: { 200: { description: 'The definition', schema: CustomFieldDefinition } },
    handler: async (ctx, { params, body, headers }) => {
      const def = await updateDefinition(ctx, params.customFieldId, body, parseIfMatch(headers['if-match']));
      return { body: def, version: def.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/custom-fields/:customFieldId',
    operationId: 'deleteCustomField',
    summary: 'Delete a custom partner field',
    description: 'Also removes its value from every partner.',
    tags,
    access: manage,
    rateLimit: null,
    params: CustomFieldParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteDefinition(ctx, params.customFieldId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/directory-settings',
    operationId: 'getDirectorySettings',
    summary: 'Get the directory settings',
    description: 'Which profile fields partner users may edit on their own record.',
    tags,
    access: read,
    rateLimit: null,
    responses: { 200: { description: 'The settings', schema: DirectorySettings } },
    handler: async (ctx) => {
      const s = await getSettings(ctx);
      return { body: s, version: s.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/directory-settings',
    operationId: 'updateDirectorySettings',
    summary: 'Change the directory settings',
    description: 'Sets the profile fields partner users may edit (`contacts` = their contact list).',
    tags,
    access: manage,
    rateLimit: null,
    body: UpdateDirectorySettings,
    bodyExample: { partnerEditableFields: ['name', 'website', 'languages', 'contacts'] },
    responses: { 200: { description: 'The settings', schema: DirectorySettings } },
    handler: async (ctx, { body, headers }) => {
      const s = await updateSettings(ctx, body, parseIfMatch(headers['if-match']));
      return { body: s, version: s.version };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partner-views',
    operationId: 'listSavedViews',
    summary: 'List saved directory views',
    description: 'Your own saved views and those shared with the workspace, by name.',
    tags,
    access: views,
    rateLimit: null,
    query: ListSavedViewsQuery,
    responses: { 200: { description: 'A page of views', schema: pageOf(SavedView, 'SavedViewPage') } },
    handler: async (ctx, { query }) => ({ body: await listViews(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partner-views',
    operationId: 'createSavedView',
    summary: 'Save a directory view',
    description: 'Stores a name and a directory query string (validated like the list query).',
    tags,
    access: views,
    rateLimit: null,
    body: CreateSavedView,
    bodyExample: {
      name: 'My shortlist',
      query: 'filter[country]=SE&filter[type]=isv&sort=name',
      shared: false,
    },
    responses: { 201: { description: 'The view', schema: SavedView } },
    handler: async (ctx, { body }) => {
      const v = await createView(ctx, body);
      return { status: 201, body: v, version: v.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/partner-views/:savedViewId',
    operationId: 'updateSavedView',
    summary: 'Change a saved view',
    description: 'Only the user who saved it may change it.',
    tags,
    access: views,
    rateLimit: null,
    params: SavedViewParams,
    body: UpdateSavedView,
    bodyExample: { name: 'Shortlist 2', shared: true },
    responses: { 200: { description: 'The view', schema: SavedView } },
    handler: async (ctx, { params, body, headers }) => {
      const v = await updateView(ctx, params.savedViewId, body, parseIfMatch(headers['if-match']));
      return { body: v, version: v.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/partner-views/:savedViewId',
    operationId: 'deleteSavedView',
    summary: 'Delete a saved view',
    description: 'Only the user who saved it may delete it.',
    tags,
    access: views,
    rateLimit: null,
    params: SavedViewParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteView(ctx, params.savedViewId);
      return { status: 204 };
    },
  }),
];
