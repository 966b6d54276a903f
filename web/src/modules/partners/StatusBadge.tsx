import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LifecycleState } from './api';

const colors: Record<LifecycleState, string> = {
  prospect: 'blue',
  applied: 'cyan',
  vetting: 'grape',
  onboarding: 'indigo',
  active: 'green',
  at_risk: 'orange',
  inactive: 'gray',
  offboarded: 'red',
};

export function StatusBadge({ status }: { status: LifecycleState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" data-testid="partner-status">
      {t(`directory.states.${status}`)}
    </Badge>
  );
}
