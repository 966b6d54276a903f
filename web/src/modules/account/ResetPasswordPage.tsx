import { Button, PasswordInput, Stack, Title } from '@mantine/core';

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { TokenNotice, useTokenMutation } from '../../platform/ui/TokenPage';

/** Sets a new password from a reset link (`/reset-password#token=…`). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { token, mutation: confirm } = useTokenMutation(t('passwordReset.setTitle'), (token) =>
    unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword: password } }), {
      publicCall: true,
    }),
  );
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
      <TokenNotice
        title={t('passwordReset.setTitle')}
        color="yellow"
        link={
          <AnchorLink to="/forgot-password" size="sm">
            {t('passwordReset.requestTitle')}
          </AnchorLink>
        }
      >
        {t('passwordReset.noToken')}
      </TokenNotice>
    );
  }
  if (confirm.isSuccess) {
    return (
      <TokenNotice
        title={t('passwordReset.setTitle')}
        color="green"
        role="status"
        link={<ButtonLink to="/login">{t('auth.signIn')}</ButtonLink>}
      >
        {t('passwordReset.setDone')}
      </TokenNotice>
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
