import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { TokenNotice, useTokenMutation } from '../../platform/ui/TokenPage';

/** Accepts an invitation from its link (`/accept-invitation#token=…`). */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { token, mutation: accept } = useTokenMutation(t('invitationAccept.title'), (token) =>
    unwrap(
      api.POST('/api/v1/invitations/accept', {
        body: {
          token,
          ...(name.trim() ? { name: name.trim() } : {}),
          ...(password ? { password } : {}),
        },
      }),
      { publicCall: true },
    ),
  );
  const fieldErrors = fieldErrorsOf(accept.error);

  if (!token) {
    return (
      <TokenNotice
        title={t('invitationAccept.title')}
        color="yellow"
        link={
          <AnchorLink to="/login" size="sm">
            {t('auth.backToSignIn')}
          </AnchorLink>
        }
      >
        {t('invitationAccept.noToken')}
      </TokenNotice>
    );
  }
  if (accept.isSuccess) {
    return (
      <TokenNotice
        title={t('invitationAccept.doneTitle')}
        color="green"
        link={<ButtonLink to="/login">{t('auth.signIn')}</ButtonLink>}
      >
        {accept.data.accountCreated ? t('invitationAccept.doneCreated') : t('invitationAccept.doneExisting')}
      </TokenNotice>
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
