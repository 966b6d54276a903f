import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerStatus } from './api';

const colors: Record<PartnerStatus, string> = { prospect: 'blue', active: 'green', inactive: 'gray' };

export function StatusBadge({ status }: { status: PartnerStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`partnerStatuses.${status}`)}
    </Badge>
  );
}
