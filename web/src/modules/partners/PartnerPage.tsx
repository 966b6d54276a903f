import { Badge, Button, Group, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { ConfirmDialog } from '../../platform/ui/dialogs';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock } from '../../platform/ui/QueryState';
import { PartnerOnboardingTab } from '../onboarding/PartnerOnboardingTab';
import { PartnerTierTab } from '../tiers/PartnerTierTab';
import { ActivityTab } from './ActivityTab';
import { type Partner, partnerKeys, partnerQuery } from './api';
import { LifecycleTab } from './LifecycleTab';
import { OverviewTab } from './OverviewTab';
import { PeopleTab } from './PeopleTab';
import type { PartnerTab } from './routes';
import { StatusBadge } from './StatusBadge';

const route = getRouteApi('/app/partners/$partnerId');

/**
 * One partner organisation, in tabs: overview (every attribute, editable), people (users and
 * contacts), lifecycle history, onboarding, tier and the activity timeline. A partner user sees
 * its own organisation here as "Our profile", editable in the fields the vendor allows.
 */
export function PartnerPage() {
  const { partnerId } = route.useParams();
  const query = useQuery(partnerQuery(partnerId));
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <PartnerView partner={query.data} />;
}

function PartnerView({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { tab } = route.useSearch();
  const setTab = (value: string | null) =>
    void navigate({
      to: '/partners/$partnerId',
      params: { partnerId: partner.id },
      search: { tab: (value ?? 'overview') as PartnerTab },
      replace: true,
    });
  const [deleteOpen, deleteDialog] = useDisclosure(false);
  const isPartnerUser = me.current?.kind === 'partner';
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/partners/{partnerId}', { params: { path: { partnerId: partner.id } } })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: partnerKeys.detail(partner.id) });
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all });
      await navigate({ to: '/partners' });
    },
  });
  const tabs: PartnerTab[] = ['overview', 'people', 'lifecycle', 'onboarding', 'tier'];
  if (!isPartnerUser) tabs.push('activity');
  const current = tab && tabs.includes(tab) ? tab : 'overview';

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
          can(me, 'partners.delete') && !isPartnerUser ? (
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
      <Tabs value={current} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((v) => (
            <Tabs.Tab key={v} value={v} data-testid={`tab-${v}`}>
              {t(`directory.profile.tabs.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="people">
          <PeopleTab partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="lifecycle">
          <LifecycleTab partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="onboarding">
          <PartnerOnboardingTab partnerId={partner.id} />
        </Tabs.Panel>
        <Tabs.Panel value="tier">
          <PartnerTierTab partnerId={partner.id} />
        </Tabs.Panel>
        {!isPartnerUser ? (
          <Tabs.Panel value="activity">
            <ActivityTab partner={partner} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
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
