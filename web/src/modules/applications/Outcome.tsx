import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../platform/api/client';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';

type Status = Schemas['ApplicantStatus'];
const colors = { approved: 'green', rejected: 'red', in_review: 'blue', info_requested: 'yellow' } as const;

/** What the applicant is told: the outcome, the reason they may see, and where to go next. */
export function OutcomeNotice({ status, withStatusLink }: { status: Status; withStatusLink?: boolean }) {
  const { t } = useTranslation();
  const o = status.outcome;
  return (
    <Stack data-testid="application-outcome" data-outcome={o}>
      <Title order={1} size="h3">
        {t(`applications.outcome.${o}`)}
      </Title>
      <Alert color={colors[o]} variant="light" role="status">
        <Text size="sm">{t(`applications.outcome.${o}Text`, { program: status.programName })}</Text>
        {status.reason ? (
          <Text size="sm" mt="xs" fw={500} data-testid="application-reason">
            {t('applications.outcome.reason', { reason: status.reason })}
          </Text>
        ) : null}
      </Alert>
      {o === 'approved' ? <ButtonLink to="/login">{t('applications.verify.signIn')}</ButtonLink> : null}
      {withStatusLink ? (
        <AnchorLink to="/apply/status" hash={`token=${encodeURIComponent(status.statusToken)}`} size="sm">
          {t('applications.verify.statusLink')}
        </AnchorLink>
      ) : null}
    </Stack>
  );
}
