import { z } from 'zod';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { DealRules } from '../deals/rules.js';
import { partnerTypes } from '../partners/schemas.js';
import { VettingSettings } from '../vetting/index.js';

/**
 * VettingSettings as answered: the same shape, but countries as plain strings — zCountry's
 * upper-casing transform is one-way, and responses are encoded through their schema.
 */
export const VettingSettingsView = VettingSettings.extend({ restrictedCountries: z.array(z.string()) }).meta({
  id: 'VettingSettingsView',
});

/**
 * Rules of engagement for deal registration (deals/rules.ts), replaced as a whole on write:
 * fields left out take their defaults.
 */
export const ProgramDealRules = DealRules.meta({ id: 'DealRules' });

export const Program = z
  .object({
    id: zId('program'),
    name: z.string(),
    slug: z.string(),
    description: z.string(),
    applicationOpen: z.boolean(),
    partnerTypes: z.array(z.enum(partnerTypes)),
    vetting: VettingSettingsView,
    tierWindowDays: z.number().int(),
    demotionGraceDays: z.number().int(),
    dealRules: ProgramDealRules,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Program' });

const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
/** Part of the public form's URL (/apply/<workspace>/<program>): lower-case words joined by hyphens. */
export const zSlug = z
  .string()
  .min(2, 'must be at least 2 characters')
  .max(63, 'must be at most 63 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens');

const fields = {
  name,
  slug: zSlug,
  description: z.string().trim().max(5000),
  applicationOpen: z.boolean(),
  partnerTypes: z.array(z.enum(partnerTypes)).max(partnerTypes.length),
  vetting: VettingSettings,
  tierWindowDays: z.number().int().min(1).max(3650),
  demotionGraceDays: z.number().int().min(0).max(365),
  dealRules: ProgramDealRules,
};

export const CreateProgram = z
  .strictObject({
    name,
    slug: zSlug,
    description: fields.description.optional(),
    applicationOpen: fields.applicationOpen.optional(),
    partnerTypes: fields.partnerTypes.optional(),
    vetting: fields.vetting.optional(),
    tierWindowDays: fields.tierWindowDays.optional(),
    demotionGraceDays: fields.demotionGraceDays.optional(),
    dealRules: fields.dealRules.optional(),
  })
  .meta({ id: 'CreateProgram' });

export const UpdateProgram = z
  .strictObject({
    name: name.optional(),
    slug: zSlug.optional(),
    description: fields.description.optional(),
    applicationOpen: fields.applicationOpen.optional(),
    partnerTypes: fields.partnerTypes.optional(),
    vetting: fields.vetting.optional(),
    tierWindowDays: fields.tierWindowDays.optional(),
    demotionGraceDays: fields.demotionGraceDays.optional(),
    dealRules: fields.dealRules.optional(),
  })
  .meta({ id: 'UpdateProgram' });

export const ProgramParams = z.strictObject({ programId: zId('program') });

export const ListProgramsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'name'], 'name'),
  q: z.string().trim().max(200).optional().meta({ description: 'Case-insensitive search in the name.' }),
});

export type CreateProgramInput = z.output<typeof CreateProgram>;
export type UpdateProgramInput = z.output<typeof UpdateProgram>;
export type ListProgramsInput = z.output<typeof ListProgramsQuery>;
