import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerListQuery } from './api';

/** Picks a partner organisation by name, searching the API as you type. */
export function PartnerPicker({
  label,
  value,
  onChange,
  error,
  required,
  description,
}: {
  label: string;
  value: string | null;
  onChange: (partnerId: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  description?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const list = useQuery(
    partnerListQuery({ limit: 20, sort: 'name', ...(debounced ? { q: debounced } : {}) }),
  );
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const options = (list.data?.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('partners.searchPlaceholder')}
      searchable
      clearable
      required={required}
      data={options}
      value={value}
      onChange={(v, option) => {
        setPicked(option ? { value: option.value, label: option.label } : null);
        onChange(v);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={list.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid="partner-picker"
    />
  );
}
