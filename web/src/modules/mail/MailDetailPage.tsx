import { Alert, Box, Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconRotateClockwise } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../platform/i18n/format';
import { FactsTable, JsonBlock } from '../../platform/ui/facts';
import { AnchorLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock } from '../../platform/ui/QueryState';
import { mailQuery, useDevMailbox, useRetryMail } from './api';
import { DevMailboxNote, MailStatusBadge } from './parts';

const route = getRouteApi('/app/mail/$mailId');

/**
 * One mail: its facts, the text version, and the HTML version in an iframe with `sandbox=""`
 * (no scripts, no same-origin access, no forms, no navigation) fed through `srcdoc`.
 */
export function MailDetailPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { mailId } = route.useParams();
  const mail = useQuery(mailQuery(mailId));
  const dev = useDevMailbox();
  const retry = useRetryMail();
  const back = (
    <AnchorLink to="/mail" search={{}} size="sm" mb="xs" display="inline-flex" style={{ gap: 4 }}>
      <IconArrowLeft size={16} aria-hidden /> {t('mail.back')}
    </AnchorLink>
  );
  if (mail.isPending) return <LoadingBlock />;
  if (mail.isError) {
    return (
      <>
        {back}
        <PageHeader title={dev ? t('mail.devTitle') : t('mail.title')} />
        <ProblemAlert error={mail.error} onRetry={() => void mail.refetch()} />
      </>
    );
  }
  const m = mail.data;
  return (
    <>
      {back}
      <PageHeader
        title={m.subject}
        description={dev ? t('mail.devTitle') : t('mail.title')}
        actions={
          m.status === 'failed' ? (
            <Button
              leftSection={<IconRotateClockwise size={16} />}
              onClick={() => retry.mutate(m.id)}
              loading={retry.isPending}
            >
              {t('mail.retry')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="lg">
        {dev ? <DevMailboxNote /> : null}
        <ProblemAlert error={retry.error} />
        {retry.isSuccess ? (
          <Alert color="blue" variant="light" role="status">
            {t('mail.retried')}
          </Alert>
        ) : null}
        <Card withBorder padding="sm">
          <FactsTable
            facts={[
              [t('mail.to'), m.to],
              [
                t('mail.subject'),
                <Text key="s" size="sm" data-testid="mail-subject">
                  {m.subject}
                </Text>,
              ],
              [t('mail.template'), m.template],
              [t('mail.language'), m.locale],
              [t('mail.status'), <MailStatusBadge key="st" status={m.status} />],
              [t('mail.attempts'), fmt.number(m.attempts)],
              [t('mail.lastError'), m.lastError ?? '—'],
              [t('mail.createdAt'), fmt.dateTime(m.createdAt)],
              [t('mail.sentAt'), m.sentAt ? fmt.dateTime(m.sentAt) : '—'],
            ]}
          />
        </Card>
        <Stack gap="xs" component="section" aria-labelledby="mail-html-title">
          <Title order={2} size="h4" id="mail-html-title">
            {t('mail.html')}
          </Title>
          <Box
            component="iframe"
            title={t('mail.htmlFrame', { subject: m.subject })}
            sandbox=""
            srcDoc={m.html}
            data-testid="mail-html"
            style={{
              width: '100%',
              height: 480,
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-sm)',
              background: '#fff',
            }}
          />
        </Stack>
        <Stack gap="xs" component="section" aria-labelledby="mail-text-title">
          <Title order={2} size="h4" id="mail-text-title">
            {t('mail.text')}
          </Title>
          <JsonBlock name={t('mail.text')} value={m.text} maxHeight={400} testId="mail-text" />
        </Stack>
      </Stack>
    </>
  );
}
