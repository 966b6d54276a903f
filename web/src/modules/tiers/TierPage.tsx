import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../platform/auth/session';
import { PageHeader } from '../../platform/ui/PageHeader';
import { QueryState } from '../../platform/ui/QueryState';
import { partnerTierQuery } from './api';
import { NextTier, TierOverview } from './parts';

/** The partner's "Our tier" page: tier and benefits, why, and progress toward the next tier. */
export function TierPage() {
  const { t } = useTranslation();
  const me = useMe();
  const partnerId = me.current?.partnerId ?? '';
  const query = useQuery({ ...partnerTierQuery(partnerId), enabled: partnerId !== '' });
  return (
    <>
      <PageHeader title={t('tiers.title')} description={t('tiers.description')} />
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
    </>
  );
}
