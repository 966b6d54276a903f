import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';

import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { useFragmentToken } from '../../platform/auth/fragment';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';

/** Accepts an invitation from its link (`/accept-invitation#token=…`). */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const token = useFragmentToken();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const accept = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/invitations/accept', {
          body: {
            token: token ?? '',
            ...(name.trim() ? { name: name.trim() } : {}),
            ...(password ? { password } : {}),
          },
        }),
        { publicCall: true },
      ),
  });
  useEffect(() => {
    document.title = `${t('invitationAccept.title')} · ${t('app.name')}`;
  }, [t]);
  const fieldErrors = fieldErrorsOf(accept.error);

  if (!token) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('invitationAccept.title')}
        </Title>
        <Alert color="yellow" variant="light">
          {t('invitationAccept.noToken')}
        </Alert>
        <AnchorLink to="/login" size="sm">
          {t('auth.backToSignIn')}
        </AnchorLink>
      </Stack>
    );
  }
  if (accept.isSuccess) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('invitationAccept.doneTitle')}
        </Title>
        <Alert color="green" variant="light">
          {accept.data.accountCreated
            ? t('invitationAccept.doneCreated')
            : t('invitationAccept.doneExisting')}
        </Alert>
        <ButtonLink to="/login">{t('auth.signIn')}</ButtonLink>
      </Stack>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={1} size="h3">
          {t('invitationAccept.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('invitationAccept.help')}
        </Text>
        <ProblemAlert error={accept.error} />
        <TextInput
          label={t('account.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          autoComplete="name"
          error={fieldErrors.name}
        />
        <PasswordInput
          label={t('auth.newPassword')}
          description={t('auth.passwordRule')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
          error={fieldErrors.password}
        />
        <Button type="submit" loading={accept.isPending}>
          {t('invitationAccept.submit')}
        </Button>
      </Stack>
    </form>
  );
}
