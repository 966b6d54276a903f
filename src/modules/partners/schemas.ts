import { z } from 'zod';
import { zCountry } from '../../platform/geo/countries.js';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';

export const partnerTypes = [
  'isv',
  'si',
  'var',
  'msp',
  'distributor',
  'telco',
  'referral',
  'influencer',
  'marketplace',
  'consultant',
] as const;
export const partnerStatuses = ['prospect', 'active', 'inactive'] as const;

export const Partner = z
  .object({
    id: zId('partner'),
    name: z.string(),
    types: z.array(z.enum(partnerTypes)),
    country: z.string().nullable(),
    website: z.string().nullable(),
    status: z.enum(partnerStatuses),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Partner' });

const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const types = z.array(z.enum(partnerTypes)).min(1, 'needs at least one type').max(10);
const website = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(500)
  .nullable();

export const CreatePartner = z
  .strictObject({
    name,
    types,
    country: zCountry.optional(),
    website: website.optional(),
    status: z.enum(partnerStatuses).optional(),
  })
  .meta({ id: 'CreatePartner' });

export const UpdatePartner = z
  .strictObject({
    name: name.optional(),
    types: types.optional(),
    country: zCountry.nullable().optional(),
    website: website.optional(),
    status: z.enum(partnerStatuses).optional(),
  })
  .meta({ id: 'UpdatePartner' });

export const PartnerParams = z.strictObject({ partnerId: zId('partner') });

export const ListPartnersQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'name'], '-created_at'),
  q: z.string().trim().max(200).optional().meta({ description: 'Case-insensitive search in the name.' }),
  'filter[type]': z.enum(partnerTypes).optional(),
  'filter[country]': zCountry.optional(),
  'filter[status]': z.enum(partnerStatuses).optional(),
});

export type CreatePartnerInput = z.output<typeof CreatePartner>;
export type UpdatePartnerInput = z.output<typeof UpdatePartner>;
export type ListPartnersInput = z.output<typeof ListPartnersQuery>;
