import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { type Partner, type PartnerStatus, type PartnerType, partnerStatuses, partnerTypes } from './api';

export type PartnerFormValues = {
  name: string;
  types: PartnerType[];
  country: string | null;
  website: string | null;
  status: PartnerStatus;
};

/**
 * Create or edit a partner. `restricted` (partner users) leaves types and status to the vendor:
 * the API lets partners change only name, website and country.
 */
export function PartnerForm({
  initial,
  onSubmit,
  pending,
  error,
  submitLabel,
  restricted = false,
  onCancel,
}: {
  initial?: Partner;
  onSubmit: (values: PartnerFormValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  restricted?: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [name, setName] = useState(initial?.name ?? '');
  const [types, setTypes] = useState<PartnerType[]>(initial?.types ?? []);
  const [country, setCountry] = useState<string | null>(initial?.country ?? null);
  const [website, setWebsite] = useState(initial?.website ?? '');
  const [status, setStatus] = useState<PartnerStatus>(initial?.status ?? 'prospect');
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const fieldErrors = fieldErrorsOf(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ name: name.trim(), types, country, website: website.trim() || null, status });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={error} />
        <TextInput
          label={t('partners.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          error={fieldErrors.name}
          data-testid="partner-name"
        />
        <MultiSelect
          label={t('partners.types')}
          data={partnerTypes.map((v) => ({ value: v, label: t(`partnerTypes.${v}`) }))}
          value={types}
          onChange={(v) => setTypes(v as PartnerType[])}
          required={!restricted}
          disabled={restricted}
          description={restricted ? t('partners.vendorManaged') : undefined}
          error={fieldErrors.types}
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('partners.country')}
            data={countries}
            value={country}
            onChange={setCountry}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            error={fieldErrors.country}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('partners.status')}
            data={partnerStatuses.map((v) => ({ value: v, label: t(`partnerStatuses.${v}`) }))}
            value={status}
            onChange={(v) => v && setStatus(v as PartnerStatus)}
            allowDeselect={false}
            disabled={restricted}
            error={fieldErrors.status}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <TextInput
          label={t('partners.website')}
          type="url"
          placeholder="https://"
          value={website}
          onChange={(e) => setWebsite(e.currentTarget.value)}
          error={fieldErrors.website}
        />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
