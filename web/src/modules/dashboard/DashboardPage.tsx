import { Badge, Button, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconBuildingStore, IconChartBar, IconPlus, IconUsers } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, type Me, meQuery, type Persona, personaOf, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EmptyBlock } from '../../platform/ui/QueryState';
import { memberCensusQuery, pendingInvitationsQuery } from '../members/api';
import {
  type Partner,
  partnerCensusQuery,
  partnerQuery,
  partnerStatuses,
  partnerTypes,
} from '../partners/api';
import { StatusBadge } from '../partners/StatusBadge';
import { Breakdown, type Count, NextSteps, Panel, StatCard } from './widgets';

/** Marks when the dashboard shows its data, for the browser test's timing (recorded, not asserted). */
function useReadyMark(ready: boolean) {
  useEffect(() => {
    if (ready && performance.getEntriesByName('symbio:dashboard-ready').length === 0) {
      performance.mark('symbio:dashboard-ready');
    }
  }, [ready]);
}

/** The home page; what it shows depends on who you are (persona from your membership). */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const persona = personaOf(me);
  const role = me.current ? t(`roles.${me.current.role}`) : '';
  return (
    <>
      <PageHeader
        title={t('dashboard.greeting', { name: me.user?.name ?? '' })}
        description={
          me.current ? t('dashboard.context', { workspace: me.current.workspaceName, role }) : undefined
        }
      />
      <div data-testid={`dashboard-${persona}`}>
        <PersonaDashboard persona={persona} me={me} />
      </div>
    </>
  );
}

function PersonaDashboard({ persona, me }: { persona: Persona; me: Me }) {
  switch (persona) {
    case 'vendorAdmin':
    case 'channelManager':
    case 'staff':
      return <VendorDashboard me={me} persona={persona} />;
    case 'partnerAdmin':
    case 'partnerRep':
      return <PartnerDashboard me={me} persona={persona} />;
    default:
      return <NoWorkspace me={me} />;
  }
}

const statusColors = { prospect: 'blue', active: 'green', inactive: 'gray.6' } as const;

function countBy(rows: Partner[], pick: (p: Partner) => string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) for (const k of pick(r)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function VendorDashboard({ me, persona }: { me: Me; persona: 'vendorAdmin' | 'channelManager' | 'staff' }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const census = useQuery(partnerCensusQuery());
  const staff = useQuery({ ...memberCensusQuery('vendor'), enabled: can(me, 'members.read') });
  const partnerUsers = useQuery({ ...memberCensusQuery('partner'), enabled: can(me, 'members.read') });
  const invitations = useQuery({ ...pendingInvitationsQuery(), enabled: can(me, 'members.invite') });
  useReadyMark(census.isSuccess);

  const rows = census.data?.rows ?? [];
  const complete = census.data?.complete ?? true;
  const byStatus = countBy(rows, (p) => [p.status]);
  const byType = countBy(rows, (p) => p.types);
  const total: Count | undefined = census.data ? { count: rows.length, complete } : undefined;
  const statusCount = (s: string): Count | undefined =>
    census.data ? { count: byStatus.get(s) ?? 0, complete } : undefined;

  const steps = [
    ...(can(me, 'partners.create')
      ? [{ key: 'partner', label: t('dashboard.steps.addPartner'), done: rows.length > 0, to: '/partners' }]
      : []),
    ...(can(me, 'members.invite')
      ? [
          {
            key: 'team',
            label:
              persona === 'vendorAdmin'
                ? t('dashboard.steps.inviteTeam')
                : t('dashboard.steps.invitePartners'),
            done:
              persona === 'vendorAdmin' ? (staff.data?.count ?? 0) > 1 : (partnerUsers.data?.count ?? 0) > 0,
            to: '/invitations',
            search: { invite: '' },
          },
        ]
      : []),
    ...(can(me, 'apikeys.manage')
      ? [{ key: 'api', label: t('dashboard.steps.connectApi'), done: false, to: '/account/api-keys' }]
      : []),
    ...(can(me, 'audit.read')
      ? [{ key: 'audit', label: t('dashboard.steps.verifyAudit'), done: false, to: '/audit' }]
      : []),
  ];

  return (
    <Stack gap="lg">
      <ProblemAlert error={census.error} onRetry={() => void census.refetch()} />
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <StatCard label={t('dashboard.partnersTotal')} value={total} to="/partners" testId="stat-partners" />
        <StatCard label={t('dashboard.partnersActive')} value={statusCount('active')} />
        {persona === 'vendorAdmin' && can(me, 'members.read') ? (
          <StatCard label={t('dashboard.vendorStaff')} value={staff.data} to="/members" />
        ) : (
          <StatCard label={t('dashboard.partnersProspect')} value={statusCount('prospect')} />
        )}
        {can(me, 'members.invite') ? (
          <StatCard label={t('dashboard.pendingInvitations')} value={invitations.data} to="/invitations" />
        ) : can(me, 'members.read') ? (
          <StatCard label={t('dashboard.partnerUsers')} value={partnerUsers.data} to="/members" />
        ) : (
          <StatCard label={t('dashboard.partnersInactive')} value={statusCount('inactive')} />
        )}
      </SimpleGrid>
      {census.isSuccess && rows.length === 0 ? (
        <Panel title={t('dashboard.partnersByStatus')}>
          <EmptyBlock
            title={t('dashboard.noPartnersTitle')}
            description={t('dashboard.noPartnersText')}
            icon={<IconBuildingStore size={24} />}
            action={
              can(me, 'partners.create') ? (
                <ButtonLink to="/partners" leftSection={<IconPlus size={16} />}>
                  {t('partners.new')}
                </ButtonLink>
              ) : undefined
            }
          />
        </Panel>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Panel title={t('dashboard.partnersByStatus')}>
            <Breakdown
              total={rows.length}
              rows={partnerStatuses.map((s) => ({
                key: s,
                label: t(`partnerStatuses.${s}`),
                count: byStatus.get(s) ?? 0,
                color: statusColors[s],
              }))}
            />
          </Panel>
          <Panel title={t('dashboard.partnersByType')}>
            <Breakdown
              total={rows.length}
              rows={partnerTypes
                .map((ty) => ({
                  key: ty,
                  label: t(`partnerTypes.${ty}`),
                  count: byType.get(ty) ?? 0,
                  color: 'blue',
                }))
                .filter((r) => r.count > 0)
                .sort((a, b) => b.count - a.count)}
            />
          </Panel>
        </SimpleGrid>
      )}
      {!complete ? (
        <Text size="xs" c="dimmed">
          {t('dashboard.sampleNote', { count: fmt.number(rows.length) })}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Panel
          title={t('dashboard.recentPartners')}
          action={
            <AnchorLink to="/partners" size="sm">
              {t('common.viewAll')}
            </AnchorLink>
          }
        >
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.recentPartnersEmpty')}
            </Text>
          ) : (
            <Stack gap="xs">
              {rows.slice(0, 5).map((p) => (
                <Group key={p.id} justify="space-between" wrap="nowrap">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <AnchorLink to="/partners/$partnerId" params={{ partnerId: p.id }} size="sm" truncate>
                      {p.name}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {[fmt.country(p.country), fmt.date(p.createdAt)].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                  <StatusBadge status={p.status} />
                </Group>
              ))}
            </Stack>
          )}
        </Panel>
        {steps.length > 0 ? (
          <Panel title={t('dashboard.nextSteps')}>
            <NextSteps steps={steps} />
          </Panel>
        ) : (
          <Panel title={t('dashboard.comingTitle')}>
            <EmptyBlock
              title={t(`dashboard.coming.${me.current?.role ?? 'viewer'}` as 'dashboard.coming.viewer')}
              description={t('dashboard.comingText')}
              icon={<IconChartBar size={24} />}
              action={
                <ButtonLink to="/partners" variant="light">
                  {t('dashboard.browsePartners')}
                </ButtonLink>
              }
            />
          </Panel>
        )}
      </SimpleGrid>
    </Stack>
  );
}

function PartnerDashboard({ me, persona }: { me: Me; persona: 'partnerAdmin' | 'partnerRep' }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const partnerId = me.current?.partnerId ?? '';
  const org = useQuery({ ...partnerQuery(partnerId), enabled: Boolean(partnerId) });
  const team = useQuery({ ...memberCensusQuery('all', 200), enabled: can(me, 'members.read') });
  const invitations = useQuery({ ...pendingInvitationsQuery(), enabled: can(me, 'members.invite') });
  useReadyMark(org.isSuccess);
  const p = org.data;
  const profileGaps = p ? [!p.website, !p.country].filter(Boolean).length : 0;
  return (
    <Stack gap="lg">
      <ProblemAlert error={org.error} onRetry={() => void org.refetch()} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Panel
          title={t('dashboard.yourOrganisation')}
          action={
            partnerId ? (
              <AnchorLink to="/partners/$partnerId" params={{ partnerId }} size="sm">
                {can(me, 'partners.update') ? t('dashboard.editProfile') : t('dashboard.viewProfile')}
              </AnchorLink>
            ) : undefined
          }
        >
          {p ? (
            <Stack gap="xs" data-testid="org-profile">
              <Group gap="xs">
                <Text fw={600}>{p.name}</Text>
                <StatusBadge status={p.status} />
              </Group>
              <Group gap={4}>
                {p.types.map((ty) => (
                  <Badge key={ty} variant="outline" color="gray" size="sm">
                    {t(`partnerTypes.${ty}`)}
                  </Badge>
                ))}
              </Group>
              <Table variant="vertical" withTableBorder={false}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={150}>{t('partners.country')}</Table.Th>
                    <Table.Td>{fmt.country(p.country) || t('dashboard.notSet')}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('partners.website')}</Table.Th>
                    <Table.Td style={{ wordBreak: 'break-all' }}>
                      {p.website ?? t('dashboard.notSet')}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('dashboard.partnerSince')}</Table.Th>
                    <Table.Td>{fmt.date(p.createdAt)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          )}
        </Panel>
        <Stack gap="lg">
          <SimpleGrid cols={2}>
            {can(me, 'members.read') ? (
              <StatCard
                label={t('dashboard.colleagues')}
                value={team.data}
                to="/members"
                testId="stat-colleagues"
              />
            ) : null}
            {can(me, 'members.invite') ? (
              <StatCard
                label={t('dashboard.pendingInvitations')}
                value={invitations.data}
                to="/invitations"
              />
            ) : null}
          </SimpleGrid>
          {persona === 'partnerAdmin' ? (
            <Panel title={t('dashboard.nextSteps')}>
              <NextSteps
                steps={[
                  {
                    key: 'profile',
                    label: t('dashboard.steps.completeProfile'),
                    done: p !== undefined && profileGaps === 0,
                    to: `/partners/${partnerId}`,
                  },
                  {
                    key: 'team',
                    label: t('dashboard.steps.inviteColleagues'),
                    done: (team.data?.count ?? 0) > 1,
                    to: '/invitations',
                    search: { invite: '' },
                  },
                  ...(can(me, 'apikeys.manage')
                    ? [
                        {
                          key: 'api',
                          label: t('dashboard.steps.connectApi'),
                          done: false,
                          to: '/account/api-keys',
                        },
                      ]
                    : []),
                ]}
              />
            </Panel>
          ) : null}
        </Stack>
      </SimpleGrid>
      <Panel title={t('dashboard.pipelineTitle')}>
        <EmptyBlock
          title={t('dashboard.pipelineEmptyTitle')}
          description={
            persona === 'partnerAdmin' ? t('dashboard.pipelineEmptyAdmin') : t('dashboard.pipelineEmptyRep')
          }
          icon={<IconUsers size={24} />}
          action={
            partnerId ? (
              <ButtonLink to="/partners/$partnerId" params={{ partnerId }} variant="light">
                {t('dashboard.checkProfile')}
              </ButtonLink>
            ) : undefined
          }
        />
      </Panel>
    </Stack>
  );
}

function NoWorkspace({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: async () => {
      const ws = await unwrap(api.POST('/api/v1/workspaces', { body: { name: name.trim() } }));
      return unwrap(api.POST('/api/v1/session/workspace', { body: { workspaceId: ws.id } }));
    },
    onSuccess: (updated) => queryClient.setQueryData(meQuery.queryKey, updated),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  if (me.memberships.length > 0) {
    return (
      <EmptyBlock title={t('dashboard.pickWorkspaceTitle')} description={t('dashboard.pickWorkspaceText')} />
    );
  }
  return (
    <Panel title={t('dashboard.noWorkspaceTitle')}>
      <Text size="sm" c="dimmed">
        {t('dashboard.noWorkspaceText')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack maw={420}>
          <ProblemAlert error={create.error} />
          <TextInput
            label={t('workspaces.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={fieldErrorsOf(create.error).name}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('workspaces.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Panel>
  );
}
