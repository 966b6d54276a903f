import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { QueryState } from '../../platform/ui/QueryState';
import { partnerTierQuery, tierKeys } from './api';
import { DecisionHistory, NextTier, TierOverview } from './parts';

/**
 * The "Tier" tab of the staff partner profile: the partner's view (tier, why, progress) plus
 * the decision history and a recompute button.
 */
export function PartnerTierTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const query = useQuery(partnerTierQuery(partnerId));
  const recompute = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/partners/{partnerId}/tier/recompute', { params: { path: { partnerId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: tierKeys.all }),
  });
  return (
    <Stack data-testid="partner-tier-tab">
      {can(me, 'tiers.manage') ? (
        <Group>
          <Button variant="light" onClick={() => recompute.mutate()} loading={recompute.isPending}>
            {t('tiers.recompute')}
          </Button>
        </Group>
      ) : null}
      {recompute.isError ? <ProblemAlert error={recompute.error} /> : null}
      {recompute.isSuccess ? (
        <Alert
          color="green"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => recompute.reset()}
        >
          {t('tiers.recomputed')}
        </Alert>
      ) : null}
      <QueryState
        query={query}
        isEmpty={(d) => d.evaluatedAt === null}
        empty={{ title: t('tiers.noTierTitle'), description: t('tiers.noTierText') }}
      >
        {(tier) => (
          <Stack>
            <TierOverview tier={tier} />
            <NextTier tier={tier} />
          </Stack>
        )}
      </QueryState>
      <DecisionHistory partnerId={partnerId} />
    </Stack>
  );
}
