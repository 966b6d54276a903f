import { Alert, Button, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { useFormat } from '../../platform/i18n/format';
import { FactsTable } from '../../platform/ui/facts';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock } from '../../platform/ui/QueryState';
import { OutcomeNotice } from './Outcome';

/**
 * The applicant's status page (`/apply/status#token=…`). The token stays in the fragment (never
 * sent to the server with the page, nor in Referer) and in the address bar, so the page can be
 * bookmarked: it is a view-and-answer token, not a sign-in.
 */
export function ApplicationStatusPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [token] = useState(() => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token'));
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const [website, setWebsite] = useState('');
  const [phone, setPhone] = useState('');
  useEffect(() => {
    document.title = `${t('applications.status.title')} · ${t('app.name')}`;
  }, [t]);
  const status = useQuery({
    queryKey: ['applicationStatus', token],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/applications/status', { params: { query: { token: token ?? '' } } }), {
        publicCall: true,
      }),
    enabled: Boolean(token),
    retry: false,
  });
  const respond = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/public/applications/respond', {
          body: {
            token: token ?? '',
            message,
            ...(website.trim() || phone.trim()
              ? {
                  facts: {
                    ...(website.trim() ? { website: website.trim() } : {}),
                    ...(phone.trim() ? { phone: phone.trim() } : {}),
                  },
                }
              : {}),
          },
        }),
        { publicCall: true },
      ),
    onSuccess: (data) => queryClient.setQueryData(['applicationStatus', token], data),
  });
  const errors = fieldErrorsOf(respond.error);

  if (!token) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('applications.status.title')}
        </Title>
        <Alert color="yellow" variant="light">
          {t('applications.status.noToken')}
        </Alert>
      </Stack>
    );
  }
  if (status.isPending) return <LoadingBlock />;
  if (status.isError) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('applications.status.title')}
        </Title>
        <ProblemAlert error={status.error} />
      </Stack>
    );
  }
  const s = status.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    respond.mutate();
  };
  return (
    <Stack>
      <OutcomeNotice status={s} />
      {respond.isSuccess ? (
        <Alert color="green" variant="light">
          {t('applications.status.sent')}
        </Alert>
      ) : null}
      <FactsTable
        labelWidth={120}
        facts={[
          [t('applications.status.company'), s.companyName],
          [t('applications.status.program'), s.programName],
          [t('applications.status.submitted'), s.submittedAt ? fmt.dateTime(s.submittedAt) : '—'],
          [t('applications.status.decided'), s.decidedAt ? fmt.dateTime(s.decidedAt) : '—'],
        ]}
      />
      {s.canRespond ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h5">
              {t('applications.status.answer')}
            </Title>
            <ProblemAlert error={respond.error} />
            <Textarea
              label={t('applications.status.message')}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              autosize
              minRows={3}
              required
              error={errors.message}
            />
            <Text size="sm" fw={500}>
              {t('applications.status.updatedFacts')}
            </Text>
            <TextInput
              label={t('applications.form.website')}
              type="url"
              value={website}
              onChange={(e) => setWebsite(e.currentTarget.value)}
              error={errors['facts.website']}
            />
            <TextInput
              label={t('applications.form.phone')}
              type="tel"
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              error={errors['facts.phone']}
            />
            <Button type="submit" loading={respond.isPending}>
              {t('applications.status.send')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
