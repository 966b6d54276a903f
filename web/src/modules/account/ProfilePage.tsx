import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { browserTimeZone, meQuery, useMe } from '../../platform/auth/session';
import { isLocale, type Locale, locales, setLocale } from '../../platform/i18n';
import { localeNames } from '../../platform/layout/LanguageMenu';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';

const BROWSER = '__browser__';

/** Name, language and time zone (PATCH /api/v1/me), and the workspaces the user belongs to. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const user = me.user;
  const [name, setName] = useState(user?.name ?? '');
  const [locale, setLocaleValue] = useState<Locale>(isLocale(user?.locale) ? user.locale : 'en');
  const [timeZone, setTimeZone] = useState<string>(user?.timeZone ?? BROWSER);
  const zones = useMemo(
    () => [
      { value: BROWSER, label: t('account.timeZoneBrowser', { zone: browserTimeZone() }) },
      ...Intl.supportedValuesOf('timeZone').map((z) => ({ value: z, label: z.replaceAll('_', ' ') })),
    ],
    [t],
  );
  // The profile's ETag, sent back as If-Match: a change made meanwhile (another tab, another
  // device) answers 412 instead of being overwritten.
  const etag = useQuery({
    queryKey: ['me', 'etag'],
    queryFn: async () => (await api.GET('/api/v1/me')).response.headers.get('etag'),
    staleTime: 0,
  });
  const save = useMutation({
    mutationFn: async (body: Schemas['UpdateProfileInput']) => {
      const { data, error, response } = await api.PATCH('/api/v1/me', {
        body,
        headers: etag.data ? { 'if-match': etag.data } : {},
      });
      const updated = await unwrap(Promise.resolve({ data, error, response }));
      return { updated, etag: response.headers.get('etag') };
    },
    onSuccess: async ({ updated, etag: next }) => {
      queryClient.setQueryData(meQuery.queryKey, updated);
      queryClient.setQueryData(['me', 'etag'], next);
      if (isLocale(updated.user.locale)) await setLocale(updated.user.locale);
    },
  });
  const fieldErrors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ name, locale, timeZone: timeZone === BROWSER ? null : timeZone });
  };
  return (
    <Stack gap="lg" maw={720}>
      <Card withBorder padding="lg" component="section" aria-labelledby="profile-heading">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4" id="profile-heading">
              {t('account.profile')}
            </Title>
            <ProblemAlert error={save.error} />
            {save.isSuccess ? (
              <Alert color="green" variant="light" role="status">
                {t('common.saved')}
              </Alert>
            ) : null}
            <TextInput
              label={t('account.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              autoComplete="name"
              required
              error={fieldErrors.name}
            />
            <Select
              label={t('account.language')}
              data={locales.map((l) => ({ value: l, label: localeNames[l] }))}
              value={locale}
              onChange={(v) => isLocale(v) && setLocaleValue(v)}
              allowDeselect={false}
              error={fieldErrors.locale}
            />
            <Select
              label={t('account.timeZone')}
              description={t('account.timeZoneHelp')}
              data={zones}
              value={timeZone}
              onChange={(v) => setTimeZone(v ?? BROWSER)}
              searchable
              allowDeselect={false}
              nothingFoundMessage={t('common.nothingFound')}
              error={fieldErrors.timeZone}
            />
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="memberships-heading">
        <Stack>
          <Title order={2} size="h4" id="memberships-heading">
            {t('account.memberships')}
          </Title>
          <Table.ScrollContainer minWidth={360}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workspaces.workspace')}</Table.Th>
                  <Table.Th>{t('members.role')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {me.memberships.map((m) => (
                  <Table.Tr key={m.membershipId}>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm">{m.workspaceName}</Text>
                        {m.workspaceId === me.current?.workspaceId ? (
                          <Badge size="sm" variant="light">
                            {t('workspaces.currentBadge')}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t(`roles.${m.role}` as 'roles.owner')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Card>
    </Stack>
  );
}
