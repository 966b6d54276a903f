import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';

import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { AnchorLink } from '../../platform/ui/links';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';

/** Requests a reset link. The API answers the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } }), { publicCall: true }),
  });
  useEffect(() => {
    document.title = `${t('passwordReset.requestTitle')} · ${t('app.name')}`;
  }, [t]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={1} size="h3">
          {t('passwordReset.requestTitle')}
        </Title>
        {request.isSuccess ? (
          <Alert color="green" variant="light" role="status">
            {t('passwordReset.requestSent')}
          </Alert>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('passwordReset.requestHelp')}
            </Text>
            <ProblemAlert error={request.error} />
            <TextInput
              label={t('auth.email')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              autoComplete="email"
              required
              autoFocus
              error={fieldErrorsOf(request.error).email}
            />
            <Button type="submit" loading={request.isPending}>
              {t('passwordReset.requestSubmit')}
            </Button>
          </>
        )}
        <AnchorLink to="/login" size="sm" ta="center">
          {t('auth.backToSignIn')}
        </AnchorLink>
      </Stack>
    </form>
  );
}
