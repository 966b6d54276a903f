import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../platform/api/client';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { memberListQuery } from '../members/api';
import {
  type CustomField,
  competencyLevels,
  customFieldsQuery,
  type Partner,
  type PartnerType,
  partnerTypes,
} from './api';

type Body = Schemas['UpdatePartnerInput'];
type Competency = Schemas['Competency'];
type CustomValue = string | number | null;
export type PartnerFormBody = Body & { status?: 'prospect' | 'active' };

/** The profile fields the form can show; `editable` decides which ones this user may change. */
export type ProfileField =
  | 'name'
  | 'legalName'
  | 'types'
  | 'country'
  | 'website'
  | 'domains'
  | 'operatingCountries'
  | 'regions'
  | 'industries'
  | 'competencies'
  | 'languages'
  | 'tags'
  | 'ownerUserId';

/**
 * Create or edit a partner. Fields the user may not change are shown disabled ("set by the
 * program team") and never sent, since the API refuses a partner user's change to them (403).
 */
export function PartnerForm({
  initial,
  onSubmit,
  pending,
  error,
  submitLabel,
  editable = () => true,
  customEditable = () => true,
  withInitialState = false,
  onCancel,
}: {
  initial?: Partner;
  onSubmit: (body: PartnerFormBody) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  editable?: (field: ProfileField) => boolean;
  customEditable?: (def: CustomField) => boolean;
  withInitialState?: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const defs = useQuery(customFieldsQuery);
  const owners = useQuery({
    ...memberListQuery({ 'filter[kind]': 'vendor', limit: 200, sort: 'email' }),
    enabled: editable('ownerUserId'),
  });
  const [name, setName] = useState(initial?.name ?? '');
  const [legalName, setLegalName] = useState(initial?.legalName ?? '');
  const [types, setTypes] = useState<PartnerType[]>(initial?.types ?? []);
  const [country, setCountry] = useState<string | null>(initial?.country ?? null);
  const [website, setWebsite] = useState(initial?.website ?? '');
  const [domains, setDomains] = useState<string[]>(initial?.domains ?? []);
  const [operating, setOperating] = useState<string[]>(initial?.operatingCountries ?? []);
  const [regions, setRegions] = useState<string[]>(initial?.regions ?? []);
  const [industries, setIndustries] = useState<string[]>(initial?.industries ?? []);
  const [competencies, setCompetencies] = useState<Competency[]>(initial?.competencies ?? []);
  const [languages, setLanguages] = useState<string[]>(initial?.languages ?? []);
  const [tags, setTags] = useState<string[]>(initial?.tags ?? []);
  const [owner, setOwner] = useState<string | null>(initial?.ownerUserId ?? null);
  const [status, setStatus] = useState<'prospect' | 'active'>('active');
  const [custom, setCustom] = useState<Record<string, CustomValue>>(initial?.customFields ?? {});
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const errors = fieldErrorsOf(error);
  const lockedHint = (f: ProfileField) =>
    editable(f) ? undefined : t('directory.profile.lockedForPartners');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const all: Record<ProfileField, unknown> = {
      name: name.trim(),
      legalName: legalName.trim() || null,
      types,
      country,
      website: website.trim() || null,
      domains,
      operatingCountries: operating,
      regions,
      industries,
      competencies: competencies.filter((c) => c.name.trim()),
      languages,
      tags,
      ownerUserId: owner,
    };
    const body: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(all)) if (editable(k as ProfileField)) body[k] = v;
    const customBody: Record<string, CustomValue> = {};
    for (const def of defs.data?.data ?? []) {
      if (!customEditable(def)) continue;
      const v = custom[def.key];
      const before = initial?.customFields[def.key];
      const value = v === '' || v === undefined ? null : v;
      if (value !== (before ?? null)) customBody[def.key] = value;
    }
    if (Object.keys(customBody).length > 0) body.customFields = customBody;
    if (withInitialState) body.status = status;
    onSubmit(body as PartnerFormBody);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="partner-form">
      <Stack>
        <ProblemAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('directory.fields.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            disabled={!editable('name')}
            description={lockedHint('name')}
            error={errors.name}
            data-testid="partner-name"
          />
          <TextInput
            label={t('directory.fields.legalName')}
            value={legalName}
            onChange={(e) => setLegalName(e.currentTarget.value)}
            disabled={!editable('legalName')}
            description={lockedHint('legalName')}
            error={errors.legalName}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('directory.fields.types')}
          data={partnerTypes.map((v) => ({ value: v, label: t(`partnerTypes.${v}`) }))}
          value={types}
          onChange={(v) => setTypes(v as PartnerType[])}
          required={editable('types')}
          disabled={!editable('types')}
          description={lockedHint('types')}
          error={errors.types}
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('directory.fields.country')}
            data={countries}
            value={country}
            onChange={setCountry}
            searchable
            clearable
            disabled={!editable('country')}
            description={lockedHint('country')}
            nothingFoundMessage={t('common.nothingFound')}
            error={errors.country}
            comboboxProps={{ withinPortal: true }}
          />
          {withInitialState ? (
            <Select
              label={t('directory.fields.initialState')}
              data={(['prospect', 'active'] as const).map((v) => ({
                value: v,
                label: t(`directory.states.${v}`),
              }))}
              value={status}
              onChange={(v) => v && setStatus(v as 'prospect' | 'active')}
              allowDeselect={false}
              error={errors.status}
              comboboxProps={{ withinPortal: true }}
            />
          ) : (
            <MultiSelect
              label={t('directory.fields.operatingCountries')}
              data={countries}
              value={operating}
              onChange={setOperating}
              searchable
              disabled={!editable('operatingCountries')}
              description={lockedHint('operatingCountries')}
              error={errors.operatingCountries}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        </SimpleGrid>
        {withInitialState ? (
          <MultiSelect
            label={t('directory.fields.operatingCountries')}
            data={countries}
            value={operating}
            onChange={setOperating}
            searchable
            error={errors.operatingCountries}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('directory.fields.website')}
            type="url"
            placeholder="https://"
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
            disabled={!editable('website')}
            description={lockedHint('website')}
            error={errors.website}
          />
          <TagsInput
            label={t('directory.fields.domains')}
            value={domains}
            onChange={setDomains}
            disabled={!editable('domains')}
            description={lockedHint('domains') ?? t('directory.hints.domains')}
            placeholder={t('directory.hints.typeToAdd')}
            error={firstError(errors, 'domains')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TagsInput
            label={t('directory.fields.regions')}
            value={regions}
            onChange={setRegions}
            disabled={!editable('regions')}
            description={lockedHint('regions')}
            error={firstError(errors, 'regions')}
          />
          <TagsInput
            label={t('directory.fields.industries')}
            value={industries}
            onChange={setIndustries}
            disabled={!editable('industries')}
            description={lockedHint('industries')}
            error={firstError(errors, 'industries')}
          />
          <TagsInput
            label={t('directory.fields.languages')}
            value={languages}
            onChange={setLanguages}
            disabled={!editable('languages')}
            description={lockedHint('languages') ?? t('directory.hints.languages')}
            error={firstError(errors, 'languages')}
          />
        </SimpleGrid>
        <CompetencyEditor
          value={competencies}
          onChange={setCompetencies}
          disabled={!editable('competencies')}
          hint={lockedHint('competencies')}
          error={firstError(errors, 'competencies')}
        />
        {editable('tags') || editable('ownerUserId') ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TagsInput
              label={t('directory.fields.tags')}
              value={tags}
              onChange={setTags}
              disabled={!editable('tags')}
              error={firstError(errors, 'tags')}
              data-testid="partner-tags"
            />
            <Select
              label={t('directory.fields.owner')}
              data={(owners.data?.data ?? []).map((m) => ({
                value: m.userId,
                label: `${m.name} (${m.email})`,
              }))}
              value={owner}
              onChange={setOwner}
              searchable
              clearable
              disabled={!editable('ownerUserId')}
              error={errors.ownerUserId}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
        ) : null}
        {(defs.data?.data.length ?? 0) > 0 ? (
          <Fieldset legend={t('directory.fields.customFields')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {defs.data!.data.map((def) => (
                <CustomFieldInput
                  key={def.id}
                  def={def}
                  value={custom[def.key] ?? null}
                  onChange={(v) => setCustom((c) => ({ ...c, [def.key]: v }))}
                  disabled={!customEditable(def)}
                  error={errors[`customFields.${def.key}`]}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        ) : null}
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={pending} data-testid="partner-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The first problem for an array field or any of its entries (`languages.2`). */
function firstError(errors: Record<string, string>, field: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === field || k.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}

function CustomFieldInput({
  def,
  value,
  onChange,
  disabled,
  error,
}: {
  def: CustomField;
  value: CustomValue;
  onChange: (v: CustomValue) => void;
  disabled: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const common = {
    label: def.label,
    disabled,
    error,
    description: disabled ? t('directory.profile.lockedForPartners') : undefined,
  };
  if (def.type === 'number')
    return (
      <NumberInput
        {...common}
        value={typeof value === 'number' ? value : ''}
        onChange={(v) => onChange(typeof v === 'number' ? v : null)}
      />
    );
  if (def.type === 'select')
    return (
      <Select
        {...common}
        data={def.options}
        value={typeof value === 'string' ? value : null}
        onChange={onChange}
        clearable
        comboboxProps={{ withinPortal: true }}
      />
    );
  return (
    <TextInput
      {...common}
      type={def.type === 'date' ? 'date' : 'text'}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.currentTarget.value || null)}
    />
  );
}

function CompetencyEditor({
  value,
  onChange,
  disabled,
  hint,
  error,
}: {
  value: Competency[];
  onChange: (v: Competency[]) => void;
  disabled: boolean;
  hint?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Competency>) =>
    onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Fieldset legend={t('directory.fields.competencies')} disabled={disabled}>
      <Stack gap="xs">
        {hint ? <span style={{ fontSize: 'var(--mantine-font-size-xs)' }}>{hint}</span> : null}
        {value.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              label={t('directory.fields.competencyName')}
              value={c.name}
              onChange={(e) => set(i, { name: e.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <Select
              label={t('directory.fields.competencyLevel')}
              data={competencyLevels.map((l) => ({ value: l, label: t(`directory.levels.${l}`) }))}
              value={c.level}
              onChange={(v) => v && set(i, { level: v as Competency['level'] })}
              allowDeselect={false}
              w={160}
              comboboxProps={{ withinPortal: true }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('directory.profile.removeCompetency', { name: c.name || '—' })}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {error ? (
          <span
            role="alert"
            style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-xs)' }}
          >
            {error}
          </span>
        ) : null}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...value, { name: '', level: 'basic' }])}
          >
            {t('directory.profile.addCompetency')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
