import { z } from 'zod';
import { zCountry } from '../../platform/geo/countries.js';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { lifecycleStates } from '../lifecycle/states.js';
import { isRegistrableHost } from './domains.js';

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
/** The states a partner may be created in; every other state is reached by a transition. */
export const initialStates = ['prospect', 'active'] as const;
/** Every lifecycle state a partner can be in (lifecycle/states.ts). */
export const partnerStatuses = lifecycleStates;
export const competencyLevels = ['basic', 'advanced', 'expert'] as const;
export const contactRoles = [
  'primary',
  'billing',
  'technical',
  'executive',
  'sales',
  'marketing',
  'other',
] as const;

/**
 * Profile fields a vendor may let partner users edit (directory settings). `contacts` stands for
 * the partner's contact list. Classification (types, tags, owner, program, status) stays the
 * vendor's and is never listed here.
 */
export const partnerEditableCandidates = [
  'name',
  'legalName',
  'website',
  'domains',
  'country',
  'operatingCountries',
  'regions',
  'industries',
  'competencies',
  'languages',
  'contacts',
] as const;
export type PartnerEditableField = (typeof partnerEditableCandidates)[number];
export const defaultPartnerEditable: PartnerEditableField[] = ['name', 'website', 'languages', 'contacts'];

const label = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
const labels = (max: number) =>
  z
    .array(label)
    .max(max, `at most ${max} entries`)
    .transform((v) => [...new Set(v)]);

/** A BCP-47 language tag (ISO 639-1 code with optional region), stored canonical: pt-br → pt-BR. */
export const zLanguage = z
  .string()
  .max(35)
  .transform((v, c) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(v);
      if (canonical && /^[a-z]{2,3}(-|$)/.test(canonical)) return canonical;
    } catch {
      // fall through to the issue below
    }
    c.addIssue({ code: 'custom', message: 'must be a BCP-47 language tag such as en, de or pt-BR' });
    return z.NEVER;
  })
  .meta({ example: 'de' });

export const zDomain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .refine(isRegistrableHost, 'must be a domain name with a public suffix, such as example.com');

export const Competency = z
  .strictObject({ name: label, level: z.enum(competencyLevels) })
  .meta({ id: 'Competency' });

export const CustomFieldValue = z.union([z.string().max(1000), z.number(), z.null()]);
export const CustomFieldValues = z
  .record(z.string().max(40), CustomFieldValue)
  .refine((v) => Object.keys(v).length <= 100, 'at most 100 custom fields')
  .meta({
    id: 'CustomFieldValues',
    description:
      'Values of the workspace’s custom fields by key (see /api/v1/custom-fields). null removes a value.',
  });

export const Partner = z
  .object({
    id: zId('partner'),
    name: z.string().meta({ description: 'Display name.' }),
    legalName: z.string().nullable(),
    types: z.array(z.enum(partnerTypes)),
    status: z
      .enum(lifecycleStates)
      .meta({ description: 'Lifecycle state; change it with POST …/transitions.' }),
    statusChangedAt: z.iso.datetime().nullable(),
    nextStates: z
      .array(z.enum(lifecycleStates))
      .meta({ description: 'The states a transition may move this partner to from its current one.' }),
    country: z.string().nullable().meta({ description: 'Headquarters country (ISO 3166-1 alpha-2).' }),
    operatingCountries: z.array(z.string()),
    regions: z.array(z.string()),
    industries: z.array(z.string()),
    competencies: z.array(Competency),
    languages: z.array(z.string()),
    tags: z.array(z.string()),
    website: z.string().nullable(),
    domains: z
      .array(z.string())
      .meta({ description: 'Registrable domains (from the website and the domain list).' }),
    ownerUserId: zId('user').nullable(),
    programId: zId('program').nullable(),
    customFields: z.record(z.string(), CustomFieldValue),
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
const profile = {
  legalName: z.string().trim().min(1).max(300).nullable().optional(),
  country: zCountry.nullable().optional(),
  website: website.optional(),
  domains: z.array(zDomain).max(50).optional(),
  operatingCountries: z.array(zCountry).max(249).optional(),
  regions: labels(30).optional(),
  industries: labels(30).optional(),
  competencies: z
    .array(Competency)
    .max(100)
    .refine(
      (v) => new Set(v.map((c) => c.name.toLowerCase())).size === v.length,
      'each competency may appear once',
    )
    .optional(),
  languages: z.array(zLanguage).max(50).optional(),
  tags: labels(50).optional(),
  ownerUserId: zId('user').nullable().optional(),
  programId: zId('program').nullable().optional(),
  customFields: CustomFieldValues.optional(),
};

export const CreatePartner = z
  .strictObject({
    name,
    types,
    ...profile,
    status: z.enum(initialStates).optional().meta({
      description: 'Initial state: prospect or active (default). Later moves go through transitions.',
    }),
  })
  .meta({ id: 'CreatePartner' });

export const UpdatePartner = z
  .strictObject({
    name: name.optional(),
    types: types.optional(),
    ...profile,
    status: z.enum(lifecycleStates).optional().meta({
      description:
        'Always refused here: the lifecycle state changes only through POST /api/v1/partners/{partnerId}/transitions.',
    }),
  })
  .meta({ id: 'UpdatePartner' });

export const PartnerParams = z.strictObject({ partnerId: zId('partner') });

export const partnerSortFields = ['name', 'created_at', 'updated_at', 'status', 'country'] as const;

const filterLabel = z.string().trim().min(1).max(80);
/** The directory's filters; also what a saved view stores. */
export const partnerFilterShape = {
  sort: sortParam(partnerSortFields, '-created_at'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Case-insensitive substring search in the display name, legal name and domains.' }),
  'filter[type]': z.enum(partnerTypes).optional(),
  'filter[status]': z.enum(lifecycleStates).optional(),
  'filter[country]': zCountry.optional().meta({ description: 'Headquarters country.' }),
  'filter[operatingCountry]': zCountry.optional(),
  'filter[region]': filterLabel.optional(),
  'filter[industry]': filterLabel.optional(),
  'filter[competency]': filterLabel.optional().meta({ description: 'Competency name (case-insensitive).' }),
  'filter[competencyLevel]': z
    .enum(competencyLevels)
    .optional()
    .meta({ description: 'With filter[competency]: at least this level.' }),
  'filter[language]': zLanguage.optional(),
  'filter[tag]': filterLabel.optional(),
  'filter[domain]': zDomain.optional().meta({ description: 'A registrable domain (or any host under it).' }),
  'filter[owner]': zId('user').optional(),
  'filter[program]': zId('program').optional(),
  'filter[custom]': z
    .string()
    .max(200)
    .regex(/^[a-z][a-z0-9_]{0,39}:.*$/, 'must be key:value')
    .optional()
    .meta({ description: 'A custom field value, as `key:value` (exact match).', example: 'crm_id:A-17' }),
};

export const ListPartnersQuery = z.strictObject({ ...paginationShape, ...partnerFilterShape });

export type CreatePartnerInput = z.output<typeof CreatePartner>;
export type UpdatePartnerInput = z.output<typeof UpdatePartner>;
export type ListPartnersInput = z.output<typeof ListPartnersQuery>;

// --- Contacts ------------------------------------------------------------------------------

export const Contact = z
  .object({
    id: zId('contact'),
    partnerId: zId('partner'),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    title: z.string().nullable(),
    role: z.enum(contactRoles),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Contact' });

const contactFields = {
  email: z.email('must be an e-mail address').max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^\+?[0-9 ()./-]{3,40}$/, 'must be a phone number such as +49 30 1234567')
    .nullable()
    .optional(),
  title: z.string().trim().max(120).nullable().optional(),
};
export const CreateContact = z
  .strictObject({ name, role: z.enum(contactRoles).default('primary'), ...contactFields })
  .meta({ id: 'CreateContact' });
export const UpdateContact = z
  .strictObject({ name: name.optional(), role: z.enum(contactRoles).optional(), ...contactFields })
  .meta({ id: 'UpdateContact' });
export const ContactParams = z.strictObject({ partnerId: zId('partner'), contactId: zId('contact') });
export const ListContactsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'name'], 'created_at'),
});

// --- Bulk actions ----------------------------------------------------------------------------

export const BulkAction = z
  .strictObject({
    partnerIds: z.array(zId('partner')).min(1).max(500, 'at most 500 partners per request'),
    action: z.enum(['addTags', 'removeTags', 'setOwner', 'transition']),
    tags: labels(50).optional(),
    ownerUserId: zId('user').nullable().optional(),
    to: z.enum(lifecycleStates).optional(),
    reason: z.string().trim().min(1).max(1000).optional(),
  })
  .superRefine((v, c) => {
    const need = (field: keyof typeof v, ok: boolean) => {
      if (!ok) c.addIssue({ code: 'custom', path: [field], message: `is required for ${v.action}` });
    };
    // A field the action does not use is a mistake in the request, not something to ignore.
    const uses: Record<typeof v.action, (keyof typeof v)[]> = {
      addTags: ['tags'],
      removeTags: ['tags'],
      setOwner: ['ownerUserId'],
      transition: ['to', 'reason'],
    };
    for (const field of ['tags', 'ownerUserId', 'to', 'reason'] as const) {
      if (v[field] !== undefined && !uses[v.action].includes(field))
        c.addIssue({ code: 'custom', path: [field], message: `is not used by ${v.action}` });
    }
    if (v.action === 'addTags' || v.action === 'removeTags') need('tags', !!v.tags && v.tags.length > 0);
    if (v.action === 'setOwner') need('ownerUserId', v.ownerUserId !== undefined);
    if (v.action === 'transition') {
      need('to', !!v.to);
      need('reason', !!v.reason);
    }
  })
  .meta({ id: 'BulkPartnerAction' });

export const BulkResult = z
  .object({
    results: z.array(
      z.object({
        partnerId: z.string(),
        ok: z.boolean(),
        partner: Partner.optional(),
        error: z
          .object({ status: z.number().int(), code: z.string(), detail: z.string() })
          .catchall(z.unknown())
          .optional()
          .meta({ description: 'The problem this partner’s change ran into (problem+json members).' }),
      }),
    ),
    succeeded: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: 'BulkPartnerResult' });
