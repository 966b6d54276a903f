import { Button, Drawer, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { memberListQuery } from '../members/api';
import { customFieldsQuery, lifecycleStates, partnerTypes } from './api';
import { type DirectorySearch, type FilterKey, filterKeyList } from './search';

/**
 * The filter panel: every directory attribute. Type, state and country sit in the toolbar; the
 * drawer holds them all. Changes go to the URL at once (the list and the saved view follow it).
 */
export function DirectoryFilters({
  search,
  onChange,
}: {
  search: DirectorySearch;
  onChange: (patch: Partial<DirectorySearch>) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, drawer] = useDisclosure(false);
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const active = filterKeyList.filter((k) => search[k]).length;
  const select = (
    key: 'type' | 'status' | 'country',
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Select
      label={label}
      placeholder={t('directory.directory.any')}
      data={data}
      value={search[key] ?? null}
      onChange={(v) => onChange({ [key]: v ?? undefined } as Partial<DirectorySearch>)}
      searchable={key === 'country'}
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
      data-testid={`filter-${key}`}
    />
  );
  const typeData = partnerTypes.map((v) => ({ value: v, label: t(`partnerTypes.${v}`) }));
  const stateData = lifecycleStates.map((v) => ({ value: v, label: t(`directory.states.${v}`) }));
  return (
    <>
      {select('type', t('directory.fields.types'), typeData)}
      {select('status', t('directory.fields.status'), stateData)}
      {select('country', t('directory.fields.country'), countries)}
      <Button
        variant={active > 0 ? 'light' : 'default'}
        leftSection={<IconFilter size={16} />}
        onClick={drawer.open}
        data-testid="filters-open"
        style={{ alignSelf: 'flex-end' }}
      >
        {t('directory.directory.moreFilters')} · {t('directory.directory.activeFilters', { count: active })}
      </Button>
      <Drawer
        opened={open}
        onClose={drawer.close}
        position="right"
        title={t('directory.directory.moreFilters')}
        size="md"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open ? (
          <FilterPanel
            search={search}
            onChange={onChange}
            countries={countries}
            typeData={typeData}
            stateData={stateData}
            onDone={drawer.close}
          />
        ) : null}
      </Drawer>
    </>
  );
}

type Option = { value: string; label: string };

function FilterPanel({
  search,
  onChange,
  countries,
  typeData,
  stateData,
  onDone,
}: {
  search: DirectorySearch;
  onChange: (patch: Partial<DirectorySearch>) => void;
  countries: Option[];
  typeData: Option[];
  stateData: Option[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const owners = useQuery(memberListQuery({ 'filter[kind]': 'vendor', limit: 200, sort: 'email' }));
  const defs = useQuery(customFieldsQuery);
  const programs = useQuery({
    queryKey: ['programs', 'list', 'directory-filter'],
    queryFn: () => unwrap(api.GET('/api/v1/programs', { params: { query: { limit: 200 } } })),
    enabled: can(me, 'programs.read'),
  });
  // Free-text filters are applied with the button, not on every keystroke.
  const [draft, setDraft] = useState<Partial<Record<FilterKey, string>>>({
    region: search.region ?? '',
    industry: search.industry ?? '',
    competency: search.competency ?? '',
    language: search.language ?? '',
    tag: search.tag ?? '',
    domain: search.domain ?? '',
  });
  const [customKey, setCustomKey] = useState<string | null>(search.custom?.split(':')[0] ?? null);
  const [customValue, setCustomValue] = useState(search.custom?.split(':').slice(1).join(':') ?? '');
  const text = (key: 'region' | 'industry' | 'competency' | 'language' | 'tag' | 'domain', label: string) => (
    <TextInput
      label={label}
      value={draft[key] ?? ''}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setDraft((d) => ({ ...d, [key]: v }));
      }}
      data-testid={`filter-${key}`}
    />
  );
  const apply = () => {
    const patch: Partial<DirectorySearch> = {};
    for (const k of ['region', 'industry', 'competency', 'language', 'tag', 'domain'] as const) {
      patch[k] = draft[k]?.trim() || undefined;
    }
    patch.custom = customKey && customValue.trim() ? `${customKey}:${customValue.trim()}` : undefined;
    onChange(patch);
    onDone();
  };
  const clear = () => {
    onChange(Object.fromEntries(filterKeyList.map((k) => [k, undefined])) as Partial<DirectorySearch>);
    onDone();
  };
  return (
    <Stack>
      <SimpleGrid cols={2}>
        <Select
          label={t('directory.fields.types')}
          placeholder={t('directory.directory.any')}
          data={typeData}
          value={search.type ?? null}
          onChange={(v) => onChange({ type: (v as DirectorySearch['type']) ?? undefined })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('directory.fields.status')}
          placeholder={t('directory.directory.any')}
          data={stateData}
          value={search.status ?? null}
          onChange={(v) => onChange({ status: (v as DirectorySearch['status']) ?? undefined })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('directory.fields.country')}
          placeholder={t('directory.directory.any')}
          data={countries}
          value={search.country ?? null}
          onChange={(v) => onChange({ country: v ?? undefined })}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('directory.fields.operatingCountries')}
          placeholder={t('directory.directory.any')}
          data={countries}
          value={search.operatingCountry ?? null}
          onChange={(v) => onChange({ operatingCountry: v ?? undefined })}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <Select
        label={t('directory.fields.owner')}
        placeholder={t('directory.directory.any')}
        data={(owners.data?.data ?? []).map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
        value={search.owner ?? null}
        onChange={(v) => onChange({ owner: v ?? undefined })}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <SimpleGrid cols={2}>
        {text('region', t('directory.fields.regions'))}
        {text('industry', t('directory.fields.industries'))}
        {text('competency', t('directory.fields.competencies'))}
        {text('language', t('directory.fields.languages'))}
        {text('tag', t('directory.fields.tags'))}
        {text('domain', t('directory.fields.domains'))}
      </SimpleGrid>
      {programs.isSuccess ? (
        <Select
          label={t('directory.fields.program')}
          placeholder={t('directory.directory.any')}
          data={programs.data.data.map((p) => ({ value: p.id, label: p.name }))}
          value={search.program ?? null}
          onChange={(v) => onChange({ program: v ?? undefined })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
      ) : null}
      {(defs.data?.data.length ?? 0) > 0 ? (
        <SimpleGrid cols={2}>
          <Select
            label={t('directory.directory.customFilter')}
            data={defs.data!.data.map((d) => ({ value: d.key, label: d.label }))}
            value={customKey}
            onChange={setCustomKey}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t('directory.directory.customValue')}
            value={customValue}
            onChange={(e) => setCustomValue(e.currentTarget.value)}
          />
        </SimpleGrid>
      ) : null}
      <Group justify="space-between">
        <Button variant="default" onClick={clear}>
          {t('common.clearFilters')}
        </Button>
        <Button onClick={apply} data-testid="filters-apply">
          {t('common.applyFilters')}
        </Button>
      </Group>
    </Stack>
  );
}
