import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { onboardingKeys, type TaxForm as TaxBody, type TaxDetails } from './api';

type Form = TaxBody['form'];
const forms: Form[] = ['tax_id', 'w9', 'w8bene'];
const classifications = [
  'individual',
  'c_corporation',
  's_corporation',
  'partnership',
  'trust_estate',
  'llc_c',
  'llc_s',
  'llc_p',
  'other',
] as const;
const chapter3 = [
  'corporation',
  'partnership',
  'simple_trust',
  'grantor_trust',
  'complex_trust',
  'estate',
  'government',
  'central_bank',
  'tax_exempt_organization',
  'private_foundation',
  'international_organization',
] as const;

/** W-9, W-8BEN-E or a country tax number; the server validates the number's format and check digits. */
export function TaxForm({ partnerId, current }: { partnerId: string; current: TaxDetails | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const [form, setForm] = useState<Form>('tax_id');
  const [v, setV] = useState<Record<string, string>>({
    tinType: 'ein',
    entityClassification: 'c_corporation',
    chapter3Status: 'corporation',
  });
  const set = (k: string) => (value: string | null) => setV((o) => ({ ...o, [k]: value ?? '' }));
  const input = (k: string) => ({
    value: v[k] ?? '',
    onChange: (e: { currentTarget: { value: string } }) => set(k)(e.currentTarget.value),
  });
  const save = useMutation({
    mutationFn: (body: TaxBody) =>
      unwrap(
        api.PUT('/api/v1/partners/{partnerId}/onboarding/tax', { params: { path: { partnerId } }, body }),
      ),
    onSuccess: () => {
      // The number is kept only masked: clear it from the form once the server has it.
      setV((o) => ({ ...o, tin: '', foreignTin: '', taxId: '' }));
      return qc.invalidateQueries({ queryKey: onboardingKeys.partner(partnerId) });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const opt = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  const address = () => ({
    line1: v.line1 ?? '',
    line2: opt(v.line2),
    city: v.city ?? '',
    region: opt(v.region),
    postalCode: opt(v.postalCode),
    country: form === 'w9' ? 'US' : (v.addressCountry ?? ''),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form === 'w9') {
      save.mutate({
        form,
        tinType: (v.tinType ?? 'ein') as 'ein',
        tin: v.tin ?? '',
        legalName: v.legalName ?? '',
        businessName: opt(v.businessName),
        entityClassification: (v.entityClassification ?? 'c_corporation') as 'c_corporation',
        address: address(),
      });
    } else if (form === 'w8bene') {
      save.mutate({
        form,
        organizationName: v.organizationName ?? '',
        countryOfIncorporation: v.countryOfIncorporation ?? '',
        chapter3Status: (v.chapter3Status ?? 'corporation') as 'corporation',
        giin: opt(v.giin),
        foreignTin: v.foreignTin ?? '',
        address: address(),
      });
    } else {
      save.mutate({
        form,
        country: v.country ?? '',
        scheme: opt(v.scheme),
        taxId: v.taxId ?? '',
        legalName: v.legalName ?? '',
      });
    }
  };
  const countrySelect = (k: string, label: string) => (
    <Select
      label={label}
      data={countries}
      value={v[k] || null}
      onChange={set(k)}
      searchable
      required
      error={errors[k]}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
      data-testid={`tax-${k}`}
    />
  );
  const addressFields = (
    <>
      <TextInput
        label={t('onboarding.tax.line1')}
        required
        {...input('line1')}
        error={errors['address.line1']}
      />
      <TextInput label={t('onboarding.tax.line2')} {...input('line2')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('onboarding.tax.city')}
          required
          {...input('city')}
          error={errors['address.city']}
        />
        <TextInput label={t('onboarding.tax.region')} {...input('region')} />
        <TextInput label={t('onboarding.tax.postalCode')} {...input('postalCode')} />
      </SimpleGrid>
      {form === 'w8bene' ? countrySelect('addressCountry', t('onboarding.tax.addressCountry')) : null}
    </>
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {current ? (
          <Text size="sm" data-testid="tax-on-file">
            {t('onboarding.tax.onFile', {
              form: t(`onboarding.tax.forms.${current.form}`),
              masked: current.taxIdMasked,
            })}
          </Text>
        ) : null}
        <ProblemAlert error={save.error} />
        <SegmentedControl
          value={form}
          onChange={(f) => setForm(f as Form)}
          data={forms.map((f) => ({ value: f, label: t(`onboarding.tax.forms.${f}`) }))}
          aria-label={t('onboarding.tax.form')}
          data-testid="tax-form-switch"
        />
        {form === 'tax_id' ? (
          <>
            {countrySelect('country', t('onboarding.tax.country'))}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('onboarding.tax.taxId')}
                required
                {...input('taxId')}
                error={errors.taxId}
                data-testid="tax-taxId"
              />
              <TextInput label={t('onboarding.tax.scheme')} {...input('scheme')} error={errors.scheme} />
            </SimpleGrid>
            <TextInput
              label={t('onboarding.tax.legalName')}
              required
              {...input('legalName')}
              error={errors.legalName}
              data-testid="tax-legalName"
            />
          </>
        ) : null}
        {form === 'w9' ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('onboarding.tax.tinType')}
                data={[
                  { value: 'ein', label: 'EIN' },
                  { value: 'ssn', label: 'SSN' },
                ]}
                value={v.tinType ?? 'ein'}
                onChange={set('tinType')}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput label={t('onboarding.tax.tin')} required {...input('tin')} error={errors.tin} />
            </SimpleGrid>
            <TextInput
              label={t('onboarding.tax.legalName')}
              required
              {...input('legalName')}
              error={errors.legalName}
            />
            <TextInput label={t('onboarding.tax.businessName')} {...input('businessName')} />
            <Select
              label={t('onboarding.tax.entityClassification')}
              data={classifications.map((c) => ({
                value: c,
                label: t(`onboarding.tax.classifications.${c}`),
              }))}
              value={v.entityClassification ?? 'c_corporation'}
              onChange={set('entityClassification')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            {addressFields}
          </>
        ) : null}
        {form === 'w8bene' ? (
          <>
            <TextInput
              label={t('onboarding.tax.organizationName')}
              required
              {...input('organizationName')}
              error={errors.organizationName}
            />
            {countrySelect('countryOfIncorporation', t('onboarding.tax.countryOfIncorporation'))}
            <Select
              label={t('onboarding.tax.chapter3Status')}
              data={chapter3.map((c) => ({ value: c, label: t(`onboarding.tax.chapter3.${c}`) }))}
              value={v.chapter3Status ?? 'corporation'}
              onChange={set('chapter3Status')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('onboarding.tax.foreignTin')}
                required
                {...input('foreignTin')}
                error={errors.foreignTin}
              />
              <TextInput label={t('onboarding.tax.giin')} {...input('giin')} error={errors.giin} />
            </SimpleGrid>
            {addressFields}
          </>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="tax-save">
            {t('onboarding.tax.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
