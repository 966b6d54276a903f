import { z } from 'zod';
import { zCountry } from '../../platform/geo/countries.js';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { zCurrencyCode } from '../catalog/index.js';
import { zWebsite } from '../partners/index.js';

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/**
 * A customer's website as CRMs hold it: "https://www.acme.de/en", "www.acme.de" or "acme.de".
 * Stored as an http(s) URL; it must have a registrable domain (conflict detection compares those).
 */
export { zWebsite };

export const zExternalRef = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .meta({
    description: 'The id in your CRM; imports upsert on it. Unique in the workspace.',
    example: '0015g00000XyZ1A',
  });
const zDate = z.iso.date('must be a date such as 2027-03-31');

export const opportunityStatuses = ['open', 'won', 'lost'] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];
const zStage = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .meta({ description: 'The CRM’s sales stage, free text.', example: 'proposal' });

// --- Accounts --------------------------------------------------------------------------------

export const Account = z
  .object({
    id: zId('account'),
    externalRef: z.string().nullable(),
    name: z.string(),
    nameNorm: z.string().meta({ description: 'The normalised company name conflict detection compares.' }),
    website: z.string().nullable(),
    domain: z.string().nullable().meta({ description: 'Registrable domain of the website.' }),
    country: z.string().nullable(),
    industry: z.string().nullable(),
    ownerName: z.string().nullable(),
    strategic: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Account' });

const accountFields = {
  externalRef: zExternalRef.nullable().optional(),
  website: zWebsite.nullable().optional(),
  country: zCountry.nullable().optional(),
  industry: text(120).nullable().optional(),
  ownerName: text(200).nullable().optional(),
  strategic: z.boolean().optional(),
};

export const CreateAccount = z.strictObject({ name, ...accountFields }).meta({ id: 'CreateAccount' });
export const UpdateAccount = z
  .strictObject({ name: name.optional(), ...accountFields })
  .meta({ id: 'UpdateAccount' });
export const AccountParams = z.strictObject({ accountId: zId('account') });

export const ListAccountsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'updated_at', 'name'], 'name'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Search in the name, domain and external ref.' }),
  'filter[country]': zCountry.optional(),
  'filter[strategic]': z.enum(['true', 'false']).optional(),
});

// --- Vendor opportunities ----------------------------------------------------------------------

export const VendorOpportunity = z
  .object({
    id: zId('vendorOpportunity'),
    accountId: zId('account').nullable(),
    externalRef: z.string().nullable(),
    name: z.string(),
    customerName: z.string(),
    customerNameNorm: z.string(),
    customerWebsite: z.string().nullable(),
    customerDomain: z.string().nullable(),
    customerCountry: z.string().nullable(),
    amountMinor: z.number().int(),
    currency: z.string(),
    stage: z.string(),
    status: z.enum(opportunityStatuses),
    expectedCloseDate: z.string().nullable(),
    productLineIds: z.array(zId('productLine')),
    ownerName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'VendorOpportunity' });

const opportunityFields = {
  accountId: zId('account').nullable().optional(),
  externalRef: zExternalRef.nullable().optional(),
  customerWebsite: zWebsite.nullable().optional(),
  customerCountry: zCountry.nullable().optional(),
  amountMinor: z
    .number()
    .int('must be a whole number of minor units')
    .min(0, 'must be ≥ 0')
    .max(Number.MAX_SAFE_INTEGER, 'is too large')
    .optional(),
  currency: zCurrencyCode.optional(),
  stage: zStage.optional(),
  status: z.enum(opportunityStatuses).optional(),
  expectedCloseDate: zDate.nullable().optional(),
  productLineIds: z.array(zId('productLine')).max(100).optional(),
  ownerName: text(200).nullable().optional(),
};

export const CreateVendorOpportunity = z
  .strictObject({ name, customerName: name, ...opportunityFields })
  .meta({ id: 'CreateVendorOpportunity' });
export const UpdateVendorOpportunity = z
  .strictObject({ name: name.optional(), customerName: name.optional(), ...opportunityFields })
  .meta({ id: 'UpdateVendorOpportunity' });
export const VendorOpportunityParams = z.strictObject({ vendorOpportunityId: zId('vendorOpportunity') });

export const ListVendorOpportunitiesQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'updated_at', 'name', 'customer_name', 'amount_minor'], '-created_at'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Search in the name, customer name, customer domain and external ref.' }),
  'filter[status]': z.enum(opportunityStatuses).optional(),
  'filter[stage]': zStage.optional(),
  'filter[country]': zCountry.optional(),
  'filter[accountId]': zId('account').optional(),
  'filter[productLineId]': zId('productLine').optional(),
  'filter[closeFrom]': zDate.optional().meta({ description: 'Expected close on or after this date.' }),
  'filter[closeTo]': zDate.optional().meta({ description: 'Expected close on or before this date.' }),
});

// --- CSV import ----------------------------------------------------------------------------------

export const ImportQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: validate and report what would change, write nothing.' }),
});

export const ImportResult = z
  .object({
    dryRun: z.boolean(),
    total: z.number().int().meta({ description: 'Data rows read (header excluded).' }),
    created: z.number().int(),
    updated: z.number().int(),
    failed: z.number().int(),
    rows: z.array(
      z.object({
        line: z.number().int().meta({ description: 'Line in the file (the header is line 1).' }),
        externalRef: z.string().nullable(),
        action: z.enum(['create', 'update', 'error']),
        id: z.string().nullable().meta({
          description: 'The written (or, in a dry run, matched) object; null for new rows in a dry run.',
        }),
        name: z.string().nullable(),
      }),
    ),
    errors: z.array(
      z.object({
        line: z.number().int(),
        field: z.string().meta({ description: 'The CSV column.' }),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'PipelineImportResult' });

export type CreateAccountInput = z.output<typeof CreateAccount>;
export type UpdateAccountInput = z.output<typeof UpdateAccount>;
export type ListAccountsInput = z.output<typeof ListAccountsQuery>;
export type CreateVendorOpportunityInput = z.output<typeof CreateVendorOpportunity>;
export type UpdateVendorOpportunityInput = z.output<typeof UpdateVendorOpportunity>;
export type ListVendorOpportunitiesInput = z.output<typeof ListVendorOpportunitiesQuery>;
export type ImportResultOutput = z.output<typeof ImportResult>;
