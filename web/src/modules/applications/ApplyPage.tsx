import {
  Alert,
  Box,
  Button,
  Checkbox,
  MultiSelect,
  NumberInput,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { currentLocale, isLocale, setLocale } from '../../platform/i18n/index';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock } from '../../platform/ui/QueryState';
import { usePostHeight } from './embed';

const route = getRouteApi('/public/apply/$workspaceSlug/$programSlug');

type Form = Schemas['ApplicationForm'];
type Requirable = Form['requiredFields'][number];

const empty = {
  companyName: '',
  legalName: '',
  website: '',
  country: null as string | null,
  operatingCountries: [] as string[],
  partnerTypes: [] as string[],
  phone: '',
  address: '',
  employeeCount: '' as number | string,
  annualRevenue: '' as number | string,
  description: '',
  industries: [] as string[],
  contactName: '',
  email: '',
  password: '',
  trap: '',
};

/** The public application form of a program (no sign-in; may run inside another site's iframe). */
export function ApplyPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { workspaceSlug, programSlug } = route.useParams();
  const search = route.useSearch();
  const [v, setV] = useState(empty);
  usePostHeight(Boolean(search.embed));

  useEffect(() => {
    if (isLocale(search.lang) && search.lang !== currentLocale()) void setLocale(search.lang);
  }, [search.lang]);

  const form = useQuery({
    queryKey: ['applicationForm', workspaceSlug, programSlug],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/public/application-form', {
          params: { query: { workspace: workspaceSlug, program: programSlug } },
        }),
        { publicCall: true },
      ),
    retry: false,
  });
  useEffect(() => {
    if (form.data)
      document.title = `${t('applications.form.title', { program: form.data.program.name })} · ${t('app.name')}`;
  }, [form.data, t]);

  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const submit = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/public/applications', { body: bodyOf(workspaceSlug, programSlug, v) }), {
        publicCall: true,
      }),
  });
  const errors = fieldErrorsOf(submit.error);
  const set =
    <K extends keyof typeof empty>(key: K) =>
    (value: (typeof empty)[K]) =>
      setV((prev) => ({ ...prev, [key]: value }));

  if (form.isPending) return <LoadingBlock />;
  if (form.isError) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('applications.status.title')}
        </Title>
        <Alert color="yellow" variant="light">
          {t('applications.form.notFound')}
        </Alert>
      </Stack>
    );
  }
  const f = form.data;
  const required = (field: Requirable) => f.requiredFields.includes(field);

  if (submit.isSuccess) {
    return (
      <Stack data-testid="apply-sent">
        <Title order={1} size="h3">
          {t('applications.form.sentTitle')}
        </Title>
        <Alert color="green" variant="light" icon={<IconMailCheck size={18} />}>
          {t('applications.form.sentText', { email: v.email })}
        </Alert>
      </Stack>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate data-testid="apply-form">
      <Stack>
        <Title order={1} size="h3">
          {t('applications.form.title', { program: f.program.name })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('applications.form.intro', { workspace: f.workspace.name })}
        </Text>
        {f.program.description ? <Text size="sm">{f.program.description}</Text> : null}
        {!f.program.applicationOpen ? (
          <Alert color="yellow" variant="light">
            {t('applications.form.closed')}
          </Alert>
        ) : null}
        <ProblemAlert error={submit.error} />
        <Title order={2} size="h5">
          {t('applications.form.company')}
        </Title>
        <TextInput
          label={t('applications.form.companyName')}
          value={v.companyName}
          onChange={(e) => set('companyName')(e.currentTarget.value)}
          autoComplete="organization"
          required
          error={errors.companyName}
        />
        <TextInput
          label={t('applications.form.legalName')}
          value={v.legalName}
          onChange={(e) => set('legalName')(e.currentTarget.value)}
          required={required('legalName')}
          error={errors.legalName}
        />
        <TextInput
          label={t('applications.form.website')}
          placeholder={t('applications.form.websiteHelp')}
          type="url"
          value={v.website}
          onChange={(e) => set('website')(e.currentTarget.value)}
          autoComplete="url"
          required={required('website')}
          error={errors.website}
        />
        <Select
          label={t('applications.form.country')}
          data={countries}
          value={v.country}
          onChange={set('country')}
          searchable
          required
          nothingFoundMessage={t('common.nothingFound')}
          error={errors.country}
          data-testid="apply-country"
        />
        <MultiSelect
          label={t('applications.form.operatingCountries')}
          data={countries}
          value={v.operatingCountries}
          onChange={set('operatingCountries')}
          searchable
          required={required('operatingCountries')}
          nothingFoundMessage={t('common.nothingFound')}
          error={errors.operatingCountries}
        />
        <Checkbox.Group
          label={t('applications.form.partnerTypes')}
          value={v.partnerTypes}
          onChange={set('partnerTypes')}
          required
          error={errors.partnerTypes}
          data-testid="apply-types"
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
            {f.partnerTypes.map((ty) => (
              <Checkbox key={ty} value={ty} label={t(`partnerTypes.${ty}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput
          label={t('applications.form.phone')}
          type="tel"
          value={v.phone}
          onChange={(e) => set('phone')(e.currentTarget.value)}
          autoComplete="tel"
          required={required('phone')}
          error={errors.phone}
        />
        <Textarea
          label={t('applications.form.address')}
          value={v.address}
          onChange={(e) => set('address')(e.currentTarget.value)}
          autoComplete="street-address"
          autosize
          minRows={2}
          required={required('address')}
          error={errors.address}
        />
        <NumberInput
          label={t('applications.form.employeeCount')}
          value={v.employeeCount}
          onChange={set('employeeCount')}
          min={0}
          allowDecimal={false}
          required={required('employeeCount')}
          error={errors.employeeCount}
        />
        <NumberInput
          label={t('applications.form.annualRevenue')}
          value={v.annualRevenue}
          onChange={set('annualRevenue')}
          min={0}
          thousandSeparator
          required={required('annualRevenue')}
          error={errors.annualRevenue}
        />
        <TagsInput
          label={t('applications.form.industries')}
          description={t('applications.form.industriesHelp')}
          value={v.industries}
          onChange={set('industries')}
          required={required('industries')}
          error={errors.industries}
        />
        <Textarea
          label={t('applications.form.description')}
          value={v.description}
          onChange={(e) => set('description')(e.currentTarget.value)}
          autosize
          minRows={3}
          required={required('description')}
          error={errors.description}
        />
        <Title order={2} size="h5">
          {t('applications.form.contact')}
        </Title>
        <TextInput
          label={t('applications.form.contactName')}
          value={v.contactName}
          onChange={(e) => set('contactName')(e.currentTarget.value)}
          autoComplete="name"
          required
          error={errors.contactName}
        />
        <TextInput
          label={t('applications.form.email')}
          type="email"
          value={v.email}
          onChange={(e) => set('email')(e.currentTarget.value)}
          autoComplete="email"
          required
          error={errors.email}
        />
        <PasswordInput
          label={t('applications.form.password')}
          description={t('applications.form.passwordHelp')}
          value={v.password}
          onChange={(e) => set('password')(e.currentTarget.value)}
          autoComplete="new-password"
          required
          error={errors.password}
        />
        {/* The honeypot: off-screen and hidden from assistive technology; only bots fill it in. */}
        <Box
          aria-hidden="true"
          style={{
            position: 'absolute',
            left: '-10000px',
            top: 'auto',
            width: 1,
            height: 1,
            overflow: 'hidden',
          }}
        >
          <label>
            {t('applications.form.honeypot')}
            <input
              type="text"
              name={f.honeypotField}
              tabIndex={-1}
              autoComplete="off"
              value={v.trap}
              onChange={(e) => set('trap')(e.currentTarget.value)}
            />
          </label>
        </Box>
        <Button type="submit" loading={submit.isPending} disabled={!f.program.applicationOpen}>
          {t('applications.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}

const optional = (s: string) => (s.trim() ? s.trim() : undefined);
const optionalNumber = (n: number | string) => (typeof n === 'number' ? n : undefined);

function bodyOf(workspace: string, program: string, v: typeof empty): Schemas['ApplyBodyInput'] {
  return {
    workspace,
    program,
    companyName: v.companyName,
    legalName: optional(v.legalName),
    website: optional(v.website),
    country: v.country ?? '',
    operatingCountries: v.operatingCountries.length ? v.operatingCountries : undefined,
    partnerTypes: v.partnerTypes as Schemas['ApplyBodyInput']['partnerTypes'],
    phone: optional(v.phone),
    address: optional(v.address),
    employeeCount: optionalNumber(v.employeeCount),
    annualRevenue: optionalNumber(v.annualRevenue),
    description: optional(v.description),
    industries: v.industries.length ? v.industries : undefined,
    contactName: v.contactName,
    email: v.email.trim(),
    password: v.password,
    locale: currentLocale(),
    ...(v.trap ? { faxNumber: v.trap } : {}),
  };
}
