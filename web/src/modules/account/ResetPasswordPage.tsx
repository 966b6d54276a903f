import { Alert, Button, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';

import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { useFragmentToken } from '../../platform/auth/fragment';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';

/** Sets a new password from a reset link (`/reset-password#token=…`). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useFragmentToken();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const confirm = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/auth/password-reset/confirm', {
          body: { token: token ?? '', newPassword: password },
        }),
        {
          publicCall: true,
        },
      ),
  });
  useEffect(() => {
    document.title = `${t('passwordReset.setTitle')} · ${t('app.name')}`;
  }, [t]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    confirm.mutate();
  };
  if (!token) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('passwordReset.setTitle')}
        </Title>
        <Alert color="yellow" variant="light">
          {t('passwordReset.noToken')}
        </Alert>
        <AnchorLink to="/forgot-password" size="sm">
          {t('passwordReset.requestTitle')}
        </AnchorLink>
      </Stack>
    );
  }
  if (confirm.isSuccess) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('passwordReset.setTitle')}
        </Title>
        <Alert color="green" variant="light" role="status">
          {t('passwordReset.setDone')}
        </Alert>
        <ButtonLink to="/login">{t('auth.signIn')}</ButtonLink>
      </Stack>
    );
  }
  const fieldErrors = fieldErrorsOf(confirm.error);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={1} size="h3">
          {t('passwordReset.setTitle')}
        </Title>
        <ProblemAlert error={confirm.error} />
        <PasswordInput
          label={t('auth.newPassword')}
          description={t('auth.passwordRule')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
          required
          autoFocus
          error={fieldErrors.newPassword}
        />
        <PasswordInput
          label={t('auth.repeatPassword')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          autoComplete="new-password"
          required
          error={mismatch ? t('auth.passwordsDiffer') : undefined}
        />
        <Button type="submit" loading={confirm.isPending}>
          {t('passwordReset.setSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
