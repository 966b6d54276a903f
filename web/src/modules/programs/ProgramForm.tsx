import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Slider,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../platform/api/client';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';

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
export const requirableFields = [
  'legalName',
  'website',
  'phone',
  'address',
  'employeeCount',
  'annualRevenue',
  'description',
  'industries',
  'operatingCountries',
] as const;

type Program = Schemas['Program'];
export type ProgramValues = Schemas['CreateProgramInput'];

const defaults = (
  p?: Program,
): Required<Omit<ProgramValues, 'vetting' | 'dealRules'>> & { vetting: Program['vetting'] } => ({
  name: p?.name ?? '',
  slug: p?.slug ?? '',
  description: p?.description ?? '',
  applicationOpen: p?.applicationOpen ?? true,
  partnerTypes: p?.partnerTypes ?? [],
  tierWindowDays: p?.tierWindowDays ?? 365,
  demotionGraceDays: p?.demotionGraceDays ?? 30,
  vetting: p?.vetting ?? {
    requiredFields: [],
    restrictedCountries: [],
    screening: { enabled: true, reviewThreshold: 0.88 },
    duplicates: { enabled: true },
    email: { freeMail: 'review', domainMismatch: 'review' },
    autoApprove: true,
  },
});

/** Create or edit a program, its public form settings and its vetting rules. */
export function ProgramForm({
  program,
  workspaceSlug,
  onSubmit,
  pending,
  error,
  submitLabel,
  onCancel,
}: {
  program?: Program;
  workspaceSlug: string;
  onSubmit: (values: ProgramValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const [v, setV] = useState(() => defaults(program));
  const errors = fieldErrorsOf(error);
  const setVetting = (patch: Partial<Program['vetting']>) =>
    setV((prev) => ({ ...prev, vetting: { ...prev.vetting, ...patch } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v as ProgramValues);
  };
  const mailChoices = (values: readonly string[]) =>
    values.map((x) => ({ value: x, label: t(`programs.${x as 'allow'}`) }));
  return (
    <form onSubmit={submit} noValidate data-testid="program-form">
      <Stack>
        <ProblemAlert error={error} />
        <TextInput
          label={t('programs.name')}
          value={v.name}
          onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
          required
          error={errors.name}
        />
        <TextInput
          label={t('programs.slug')}
          description={t('programs.slugHelp', { workspace: workspaceSlug })}
          value={v.slug}
          onChange={(e) => setV({ ...v, slug: e.currentTarget.value })}
          required
          error={errors.slug}
        />
        <Textarea
          label={t('programs.descriptionField')}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
          autosize
          minRows={2}
          error={errors.description}
        />
        <Switch
          label={t('programs.applicationOpen')}
          checked={v.applicationOpen}
          onChange={(e) => setV({ ...v, applicationOpen: e.currentTarget.checked })}
        />
        <MultiSelect
          label={t('programs.partnerTypes')}
          description={t('programs.partnerTypesHelp')}
          data={partnerTypes.map((ty) => ({ value: ty, label: t(`partnerTypes.${ty}`) }))}
          value={v.partnerTypes}
          onChange={(x) => setV({ ...v, partnerTypes: x as typeof v.partnerTypes })}
          error={errors.partnerTypes}
        />
        <Title order={2} size="h5">
          {t('programs.vetting')}
        </Title>
        <MultiSelect
          label={t('programs.requiredFields')}
          data={requirableFields.map((f) => ({ value: f, label: t(`programs.fields.${f}`) }))}
          value={v.vetting.requiredFields}
          onChange={(x) => setVetting({ requiredFields: x as Program['vetting']['requiredFields'] })}
          error={errors['vetting.requiredFields']}
        />
        <MultiSelect
          label={t('programs.restrictedCountries')}
          description={t('programs.restrictedHelp')}
          data={countries}
          value={v.vetting.restrictedCountries}
          onChange={(x) => setVetting({ restrictedCountries: x })}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          error={errors['vetting.restrictedCountries']}
          data-testid="program-restricted"
        />
        <Checkbox
          label={t('programs.screening')}
          checked={v.vetting.screening.enabled}
          onChange={(e) =>
            setVetting({ screening: { ...v.vetting.screening, enabled: e.currentTarget.checked } })
          }
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="review-threshold">
            {t('programs.reviewThreshold')}: {v.vetting.screening.reviewThreshold.toFixed(2)}
          </Text>
          <Slider
            min={0.5}
            max={1}
            step={0.01}
            value={v.vetting.screening.reviewThreshold}
            onChange={(x) => setVetting({ screening: { ...v.vetting.screening, reviewThreshold: x } })}
            disabled={!v.vetting.screening.enabled}
            thumbProps={{ 'aria-labelledby': 'review-threshold' }}
          />
        </Stack>
        <Checkbox
          label={t('programs.duplicates')}
          checked={v.vetting.duplicates.enabled}
          onChange={(e) => setVetting({ duplicates: { enabled: e.currentTarget.checked } })}
        />
        <Group grow>
          <Select
            label={t('programs.freeMail')}
            data={mailChoices(['allow', 'review', 'reject'])}
            value={v.vetting.email.freeMail}
            onChange={(x) =>
              setVetting({ email: { ...v.vetting.email, freeMail: (x ?? 'review') as 'review' } })
            }
            allowDeselect={false}
          />
          <Select
            label={t('programs.domainMismatch')}
            data={mailChoices(['allow', 'review'])}
            value={v.vetting.email.domainMismatch}
            onChange={(x) =>
              setVetting({ email: { ...v.vetting.email, domainMismatch: (x ?? 'review') as 'review' } })
            }
            allowDeselect={false}
          />
        </Group>
        <Switch
          label={t('programs.autoApprove')}
          checked={v.vetting.autoApprove}
          onChange={(e) => setVetting({ autoApprove: e.currentTarget.checked })}
        />
        <Group grow>
          <NumberInput
            label={t('programs.tierWindowDays')}
            value={v.tierWindowDays}
            onChange={(x) => setV({ ...v, tierWindowDays: Number(x) || 0 })}
            min={1}
            max={3650}
            allowDecimal={false}
            error={errors.tierWindowDays}
          />
          <NumberInput
            label={t('programs.demotionGraceDays')}
            value={v.demotionGraceDays}
            onChange={(x) => setV({ ...v, demotionGraceDays: Number(x) || 0 })}
            min={0}
            max={365}
            allowDecimal={false}
            error={errors.demotionGraceDays}
          />
        </Group>
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={pending} data-testid="program-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
