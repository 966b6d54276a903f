import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { type BankForm as BankBody, type BankDetails, onboardingKeys } from './api';

/** The masked numbers of saved bank details, e.g. "DE89 **** **** **** **30 00 · COBADEFFXXX". */
export const maskedText = (b: BankDetails) =>
  ['iban', 'accountNumber', 'routingNumber', 'bic']
    .map((k) => b.masked[k])
    .filter((v): v is string => !!v)
    .join(' · ');

/**
 * Bank details: an IBAN or an account with its routing number. After saving, the form clears:
 * the numbers never come back from the server, only their masked form.
 */
export function BankForm({ partnerId, current }: { partnerId: string; current: BankDetails | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const [kind, setKind] = useState<BankBody['kind']>('iban');
  const empty = { holderName: '', iban: '', bic: '', country: '', accountNumber: '', routingNumber: '' };
  const [v, setV] = useState(empty);
  const input = (k: keyof typeof empty) => ({
    value: v[k],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setV((o) => ({ ...o, [k]: value }));
    },
  });
  const save = useMutation({
    mutationFn: (body: BankBody) =>
      unwrap(
        api.PUT('/api/v1/partners/{partnerId}/onboarding/bank', { params: { path: { partnerId } }, body }),
      ),
    onSuccess: () => {
      setV(empty);
      return qc.invalidateQueries({ queryKey: onboardingKeys.partner(partnerId) });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const bic = v.bic.trim() || undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      kind === 'iban'
        ? { kind, holderName: v.holderName, iban: v.iban, bic }
        : {
            kind,
            holderName: v.holderName,
            country: v.country,
            accountNumber: v.accountNumber,
            routingNumber: v.routingNumber,
            bic,
          },
    );
  };
  return (
    <form onSubmit={submit} noValidate autoComplete="off">
      <Stack gap="sm">
        {current ? (
          <Text size="sm" data-testid="bank-on-file">
            {t('onboarding.bank.onFile', { masked: maskedText(current) })}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('onboarding.bank.note')}
        </Text>
        <ProblemAlert error={save.error} />
        <SegmentedControl
          value={kind}
          onChange={(k) => setKind(k as BankBody['kind'])}
          data={(['iban', 'account'] as const).map((k) => ({
            value: k,
            label: t(`onboarding.bank.kinds.${k}`),
          }))}
          aria-label={t('onboarding.bank.kind')}
        />
        <TextInput
          label={t('onboarding.bank.holderName')}
          required
          {...input('holderName')}
          error={errors.holderName}
          data-testid="bank-holder"
        />
        {kind === 'iban' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('onboarding.bank.iban')}
              required
              {...input('iban')}
              error={errors.iban}
              data-testid="bank-iban"
            />
            <TextInput
              label={t('onboarding.bank.bic')}
              {...input('bic')}
              error={errors.bic}
              data-testid="bank-bic"
            />
          </SimpleGrid>
        ) : (
          <>
            <Select
              label={t('onboarding.bank.country')}
              data={countries}
              value={v.country || null}
              onChange={(c) => setV((o) => ({ ...o, country: c ?? '' }))}
              searchable
              required
              error={errors.country}
              nothingFoundMessage={t('common.nothingFound')}
              comboboxProps={{ withinPortal: true }}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('onboarding.bank.accountNumber')}
                required
                {...input('accountNumber')}
                error={errors.accountNumber}
              />
              <TextInput
                label={t('onboarding.bank.routingNumber')}
                required
                {...input('routingNumber')}
                error={errors.routingNumber}
              />
              <TextInput label={t('onboarding.bank.bic')} {...input('bic')} error={errors.bic} />
            </SimpleGrid>
          </>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="bank-save">
            {t('onboarding.bank.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
