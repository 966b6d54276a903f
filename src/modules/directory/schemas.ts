import { z } from 'zod';
import { paginationShape } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { partnerEditableCandidates } from '../partners/schemas.js';

export const customFieldTypes = ['text', 'number', 'date', 'select'] as const;

export const CustomFieldDefinition = z
  .object({
    id: zId('customField'),
    key: z.string(),
    label: z.string(),
    type: z.enum(customFieldTypes),
    options: z.array(z.string()).meta({ description: 'The allowed values of a select field.' }),
    partnerEditable: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'CustomFieldDefinition' });

const label = z.string().trim().min(1, 'must not be empty').max(100);
const options = z
  .array(z.string().trim().min(1).max(100))
  .max(200)
  .refine((v) => new Set(v).size === v.length, 'options must be unique');

export const CreateCustomField = z
  .strictObject({
    key: z
      .string()
      .regex(
        /^[a-z][a-z0-9_]{0,39}$/,
        'must be lower-case letters, digits and _, starting with a letter (≤ 40)',
      ),
    label,
    type: z.enum(customFieldTypes),
    options: options.optional(),
    partnerEditable: z.boolean().default(false),
  })
  .superRefine((v, c) => {
    if (v.type === 'select' && !v.options?.length)
      c.addIssue({ code: 'custom', path: ['options'], message: 'a select field needs at least one option' });
    if (v.type !== 'select' && v.options?.length)
      c.addIssue({ code: 'custom', path: ['options'], message: 'only select fields have options' });
  })
  .meta({ id: 'CreateCustomField' });

/** Key and type are fixed: stored values and tier rules depend on them. */
export const UpdateCustomField = z
  .strictObject({
    label: label.optional(),
    options: options.optional(),
    partnerEditable: z.boolean().optional(),
  })
  .meta({ id: 'UpdateCustomField' });

export const CustomFieldParams = z.strictObject({ customFieldId: zId('customField') });

export const DirectorySettings = z
  .object({
    partnerEditableFields: z.array(z.enum(partnerEditableCandidates)),
    updatedAt: z.iso.datetime().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'DirectorySettings' });

export const UpdateDirectorySettings = z
  .strictObject({
    partnerEditableFields: z
      .array(z.enum(partnerEditableCandidates))
      .max(partnerEditableCandidates.length)
      .transform((v) => [...new Set(v)]),
  })
  .meta({ id: 'UpdateDirectorySettings' });

export const SavedView = z
  .object({
    id: zId('savedView'),
    userId: zId('user'),
    name: z.string(),
    query: z
      .string()
      .meta({ description: 'Directory list query string, e.g. `filter[country]=DE&sort=name`.' }),
    shared: z.boolean(),
    mine: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'SavedView' });

const viewName = z.string().trim().min(1, 'must not be empty').max(100);
const viewQuery = z.string().max(2000);
export const CreateSavedView = z
  .strictObject({ name: viewName, query: viewQuery, shared: z.boolean().default(false) })
  .meta({ id: 'CreateSavedView' });
export const UpdateSavedView = z
  .strictObject({ name: viewName.optional(), query: viewQuery.optional(), shared: z.boolean().optional() })
  .meta({ id: 'UpdateSavedView' });
export const SavedViewParams = z.strictObject({ savedViewId: zId('savedView') });
export const ListSavedViewsQuery = z.strictObject({ ...paginationShape });
