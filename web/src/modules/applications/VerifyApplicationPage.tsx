import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { useTokenMutation } from '../../platform/ui/TokenPage';
import { OutcomeNotice } from './Outcome';

/** The link of the confirmation e-mail (`/apply/verify#token=…`): confirms and shows the outcome. */
export function VerifyApplicationPage() {
  const { t } = useTranslation();
  const { token, mutation: verify } = useTokenMutation(t('applications.verify.title'), (token) =>
    unwrap(api.POST('/api/v1/public/applications/verify', { body: { token } }), { publicCall: true }),
  );
  // The token is spent on first use: never send it twice (StrictMode runs effects twice in dev).
  const sent = useRef(false);
  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      verify.mutate();
    }
  }, [token, verify]);

  if (!token) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('applications.verify.title')}
        </Title>
        <Alert color="yellow" variant="light">
          {t('applications.verify.noToken')}
        </Alert>
      </Stack>
    );
  }
  if (verify.isSuccess) return <OutcomeNotice status={verify.data} withStatusLink />;
  return (
    <Stack>
      <Title order={1} size="h3">
        {t('applications.verify.title')}
      </Title>
      {verify.isError ? (
        <ProblemAlert error={verify.error} />
      ) : (
        <Stack align="center" gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t('applications.verify.working')}</Text>
        </Stack>
      )}
    </Stack>
  );
}
