import { Alert, Badge } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type MailStatus, mailColors } from './api';

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={mailColors[status]} variant="light" data-testid="mail-status">
      {t(`mail.statuses.${status}`)}
    </Badge>
  );
}

export function DevMailboxNote() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} data-testid="dev-mailbox-note">
      {t('mail.devExplanation')}
    </Alert>
  );
}
