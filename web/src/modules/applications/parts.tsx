import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../platform/api/client';

type Status = Schemas['Application']['status'];
const colors: Record<Status, string> = {
  pending_verification: 'gray',
  submitted: 'blue',
  info_requested: 'yellow',
  approved: 'green',
  rejected: 'red',
};

export function ApplicationStatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" data-testid="application-status">
      {t(`applications.statuses.${status}`)}
    </Badge>
  );
}

const outcomeColors = { pass: 'green', review: 'yellow', reject: 'red' } as const;
export function RuleOutcomeBadge({ outcome }: { outcome: keyof typeof outcomeColors }) {
  const { t } = useTranslation();
  return (
    <Badge color={outcomeColors[outcome]} variant="light">
      {t(`applications.ruleOutcomes.${outcome}`)}
    </Badge>
  );
}

export const applicationKeys = { all: ['applications'] as const };
