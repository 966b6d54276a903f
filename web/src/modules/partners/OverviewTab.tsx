import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, type Schemas, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { FactsTable } from '../../platform/ui/facts';
import { memberListQuery } from '../members/api';
import { customFieldsQuery, directorySettingsQuery, type Partner, partnerKeys } from './api';
import { PartnerForm, type PartnerFormBody, type ProfileField } from './PartnerForm';

const list = (values: string[]) => (values.length ? values.join(', ') : '—');
const chips = (values: string[]) =>
  values.length ? (
    <Group gap={4}>
      {values.map((v) => (
        <Badge key={v} variant="light" color="gray" size="sm" tt="none">
          {v}
        </Badge>
      ))}
    </Group>
  ) : (
    '—'
  );

// Directory settings name the partner-editable fields; these two are the vendor's alone.
const VENDOR_ONLY: ProfileField[] = ['types', 'tags', 'ownerUserId'];

/** Every attribute of the partner, its custom fields, and the edit form (allowed fields only). */
export function OverviewTab({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const isPartnerUser = me.current?.kind === 'partner';
  const defs = useQuery(customFieldsQuery);
  const settings = useQuery({ ...directorySettingsQuery, enabled: isPartnerUser });
  const owners = useQuery({
    ...memberListQuery({ 'filter[kind]': 'vendor', limit: 200, sort: 'email' }),
    enabled: !isPartnerUser && can(me, 'members.read'),
  });
  const allowed = new Set<string>(settings.data?.partnerEditableFields ?? []);
  const editable = (f: ProfileField) => !isPartnerUser || (!VENDOR_ONLY.includes(f) && allowed.has(f));
  const mayEdit = can(me, 'partners.update') && (!isPartnerUser || settings.isSuccess);
  const owner = owners.data?.data.find((m) => m.userId === partner.ownerUserId);

  const update = useMutation({
    mutationFn: (body: PartnerFormBody) =>
      unwrap(
        api.PATCH('/api/v1/partners/{partnerId}', {
          params: { path: { partnerId: partner.id } },
          headers: ifMatch(partner.version),
          body: body as Schemas['UpdatePartnerInput'],
        }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(partnerKeys.detail(partner.id), updated);
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all, exact: false });
    },
  });

  const facts: [string, ReactNode][] = [
    [t('directory.fields.name'), partner.name],
    [t('directory.fields.legalName'), partner.legalName ?? '—'],
    [t('directory.fields.types'), list(partner.types.map((ty) => t(`partnerTypes.${ty}`)))],
    [t('directory.fields.country'), fmt.country(partner.country) || '—'],
    [t('directory.fields.operatingCountries'), list(partner.operatingCountries.map((c) => fmt.country(c)))],
    [t('directory.fields.regions'), list(partner.regions)],
    [t('directory.fields.industries'), list(partner.industries)],
    [
      t('directory.fields.competencies'),
      list(partner.competencies.map((c) => `${c.name} (${t(`directory.levels.${c.level}`)})`)),
    ],
    [t('directory.fields.languages'), list(partner.languages)],
    [
      t('directory.fields.website'),
      partner.website ? (
        <Anchor key="website" href={partner.website} target="_blank" rel="noreferrer noopener">
          {partner.website}
        </Anchor>
      ) : (
        '—'
      ),
    ],
    [t('directory.fields.domains'), list(partner.domains)],
    [t('directory.fields.tags'), chips(partner.tags)],
  ];
  if (!isPartnerUser)
    facts.push([
      t('directory.fields.owner'),
      owner ? `${owner.name} (${owner.email})` : (partner.ownerUserId ?? '—'),
    ]);
  facts.push(
    [t('directory.fields.created'), fmt.dateTime(partner.createdAt)],
    [t('directory.fields.updated'), fmt.dateTime(partner.updatedAt)],
  );

  const customFacts: [string, ReactNode][] = (defs.data?.data ?? []).map((d) => {
    const v = partner.customFields[d.key];
    const shown =
      v === undefined || v === null
        ? '—'
        : typeof v === 'number'
          ? fmt.number(v)
          : d.type === 'date'
            ? fmt.date(`${v}T12:00:00Z`)
            : v;
    return [d.label, shown];
  });

  return (
    <SimpleGrid cols={{ base: 1, lg: mayEdit ? 2 : 1 }} spacing="lg">
      {mayEdit ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="partner-edit">
          <Stack>
            <Title order={2} size="h4" id="partner-edit">
              {isPartnerUser ? t('directory.profile.ourProfile') : t('directory.profile.edit')}
            </Title>
            {isPartnerUser ? (
              <Text size="sm" c="dimmed">
                {t('directory.profile.ourProfileText')}
              </Text>
            ) : null}
            {update.isSuccess ? (
              <Alert color="green" variant="light" role="status">
                {t('common.saved')}
              </Alert>
            ) : null}
            <PartnerForm
              key={partner.version}
              initial={partner}
              onSubmit={(body) => update.mutate(body)}
              pending={update.isPending}
              error={update.error}
              submitLabel={t('common.save')}
              editable={editable}
              customEditable={(d) => !isPartnerUser || d.partnerEditable}
            />
          </Stack>
        </Card>
      ) : null}
      <Card withBorder padding="lg" component="section" aria-labelledby="partner-profile">
        <Stack>
          <Title order={2} size="h4" id="partner-profile">
            {isPartnerUser && !mayEdit ? t('directory.profile.ourProfile') : t('partners.profile')}
          </Title>
          <FactsTable facts={facts} labelWidth={180} />
          <Title order={3} size="h5">
            {t('directory.fields.customFields')}
          </Title>
          {customFacts.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('directory.profile.noCustomFields')}
            </Text>
          ) : (
            <FactsTable facts={customFacts} labelWidth={180} />
          )}
          <Text size="xs" c="dimmed">
            {partner.id}
          </Text>
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
