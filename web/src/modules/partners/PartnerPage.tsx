import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '../../platform/api/client';
import { can, type Me, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmDialog } from '../../platform/ui/dialogs';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EmptyBlock, LoadingBlock } from '../../platform/ui/QueryState';
import { memberListQuery } from '../members/api';
import { type Partner, partnerKeys, partnerQuery } from './api';
import { PartnerForm, type PartnerFormValues } from './PartnerForm';
import { StatusBadge } from './StatusBadge';

const route = getRouteApi('/app/partners/$partnerId');

/** One partner organisation: its profile (editable with If-Match), its people, and deletion. */
export function PartnerPage() {
  const { partnerId } = route.useParams();
  const query = useQuery(partnerQuery(partnerId));
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <PartnerView partner={query.data} />;
}

function PartnerView({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [deleteOpen, deleteDialog] = useDisclosure(false);
  const isPartnerUser = me.current?.kind === 'partner';
  const update = useMutation({
    mutationFn: (v: PartnerFormValues) =>
      unwrap(
        api.PATCH('/api/v1/partners/{partnerId}', {
          params: { path: { partnerId: partner.id } },
          headers: ifMatch(partner.version),
          body: isPartnerUser
            ? { name: v.name, country: v.country, website: v.website }
            : { name: v.name, types: v.types, country: v.country, website: v.website, status: v.status },
        }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(partnerKeys.detail(partner.id), updated);
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all, exact: false });
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/partners/{partnerId}', { params: { path: { partnerId: partner.id } } })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: partnerKeys.detail(partner.id) });
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all });
      await navigate({ to: '/partners' });
    },
  });

  return (
    <>
      <PageHeader
        title={partner.name}
        description={
          <Group gap="xs" component="span">
            <StatusBadge status={partner.status} />
            {partner.types.map((ty) => (
              <Badge key={ty} variant="outline" color="gray" size="sm">
                {t(`partnerTypes.${ty}`)}
              </Badge>
            ))}
          </Group>
        }
        actions={
          can(me, 'partners.delete') ? (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={deleteDialog.open}
            >
              {t('common.delete')}
            </Button>
          ) : undefined
        }
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="partner-profile">
          <Stack>
            <Title order={2} size="h4" id="partner-profile">
              {t('partners.profile')}
            </Title>
            {can(me, 'partners.update') ? (
              <>
                {update.isSuccess ? (
                  <Text size="sm" c="green.9" role="status">
                    {t('common.saved')}
                  </Text>
                ) : null}
                <PartnerForm
                  key={partner.version}
                  initial={partner}
                  onSubmit={(v) => update.mutate(v)}
                  pending={update.isPending}
                  error={update.error}
                  submitLabel={t('common.save')}
                  restricted={isPartnerUser}
                />
              </>
            ) : (
              <PartnerFacts partner={partner} />
            )}
            <Text size="xs" c="dimmed">
              {t('partners.meta', {
                created: fmt.dateTime(partner.createdAt),
                updated: fmt.dateTime(partner.updatedAt),
                id: partner.id,
              })}
            </Text>
          </Stack>
        </Card>
        {can(me, 'members.read') ? <PartnerPeople partner={partner} me={me} /> : null}
      </SimpleGrid>
      <ConfirmDialog
        opened={deleteOpen}
        onClose={deleteDialog.close}
        title={t('partners.deleteTitle')}
        confirmLabel={t('common.delete')}
        onConfirm={() => remove.mutate()}
        pending={remove.isPending}
        error={remove.error}
      >
        <Text size="sm">{t('partners.deleteText', { name: partner.name })}</Text>
      </ConfirmDialog>
    </>
  );
}

function PartnerFacts({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows: [string, string][] = [
    [t('partners.name'), partner.name],
    [t('partners.country'), fmt.country(partner.country) || '—'],
    [t('partners.website'), partner.website ?? '—'],
  ];
  return (
    <Stack gap="xs">
      {rows.map(([label, value]) => (
        <Group key={label} justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Text size="sm" ta="right" style={{ wordBreak: 'break-word' }}>
            {value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function PartnerPeople({ partner, me }: { partner: Partner; me: Me }) {
  const { t } = useTranslation();
  const people = useQuery(memberListQuery({ 'filter[partnerId]': partner.id, limit: 10, sort: 'email' }));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-people">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="partner-people">
            {t('partners.people')}
          </Title>
          <AnchorLink to="/members" search={{ partnerId: partner.id }} size="sm">
            {t('common.viewAll')}
          </AnchorLink>
        </Group>
        {people.isPending ? (
          <LoadingBlock />
        ) : people.isError ? (
          <ProblemAlert error={people.error} />
        ) : people.data.data.length === 0 ? (
          <EmptyBlock
            title={t('partners.noPeopleTitle')}
            description={t('partners.noPeopleText')}
            action={
              can(me, 'members.invite') ? (
                <ButtonLink to="/invitations" search={{ invite: partner.id }} variant="light">
                  {t('invitations.invite')}
                </ButtonLink>
              ) : undefined
            }
          />
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('members.name')}</Table.Th>
                  <Table.Th>{t('members.role')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.data.data.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Text size="sm">{m.name}</Text>
                      <Text size="xs" c="dimmed">
                        {m.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`roles.${m.role}` as 'roles.owner')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
