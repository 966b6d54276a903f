import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { AnchorLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { QueryState } from '../../platform/ui/QueryState';
import { type Agreement, agreementsQuery, onboardingKeys, versionQuery } from './api';
import { ProgramSelect } from './ProgramSelect';

/** Staff: a program's agreements, their versions with hashes, creating one, publishing a new version. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manage = can(me, 'programs.manage');
  const programs = useQuery({
    queryKey: ['programs', 'all-for-agreements'],
    queryFn: () => unwrap(api.GET('/api/v1/programs', { params: { query: { limit: 200 } } })),
  });
  const [programId, setProgramId] = useState<string | null>(null);
  useEffect(() => {
    if (!programId && programs.data?.data[0]) setProgramId(programs.data.data[0].id);
  }, [programId, programs.data]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('onboarding.agreements.title')}
        description={t('onboarding.agreements.description')}
        actions={
          manage && programId ? (
            <Button onClick={() => setCreating(true)} data-testid="agreement-create">
              {t('onboarding.agreements.create')}
            </Button>
          ) : undefined
        }
      />
      <QueryState
        query={programs}
        isEmpty={(d) => d.data.length === 0}
        empty={{
          title: t('onboarding.agreements.noProgramsTitle'),
          description: t('onboarding.agreements.noProgramsText'),
        }}
      >
        {(d) => (
          <Stack>
            <Group align="flex-end" justify="space-between">
              <ProgramSelect programs={d.data} value={programId} onChange={setProgramId} />
              {programId ? (
                <AnchorLink to="/onboarding-templates" search={{ programId }} size="sm">
                  {t('onboarding.templates.title')}
                </AnchorLink>
              ) : null}
            </Group>
            {programId ? <AgreementList programId={programId} manage={manage} /> : null}
          </Stack>
        )}
      </QueryState>
      {creating && programId ? (
        <CreateDialog programId={programId} onClose={() => setCreating(false)} />
      ) : null}
    </>
  );
}

function AgreementList({ programId, manage }: { programId: string; manage: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(agreementsQuery(programId));
  return (
    <QueryState
      query={query}
      isEmpty={(d) => d.data.length === 0}
      empty={{
        title: t('onboarding.agreements.noAgreementsTitle'),
        description: t('onboarding.agreements.noAgreementsText'),
      }}
    >
      {(d) => (
        <Stack>
          {d.data.map((a) => (
            <AgreementCard key={a.id} agreement={a} manage={manage} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

function AgreementCard({ agreement, manage }: { agreement: Agreement; manage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [publishing, setPublishing] = useState(false);
  return (
    <Card withBorder data-testid="agreement-card">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {agreement.title}
        </Title>
        {manage ? (
          <Button variant="light" onClick={() => setPublishing(true)}>
            {t('onboarding.agreements.publish')}
          </Button>
        ) : null}
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('onboarding.staff.version')}</Table.Th>
              <Table.Th>{t('onboarding.agreements.publishedAt')}</Table.Th>
              <Table.Th>{t('onboarding.staff.hash')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agreement.versions.map((v) => (
              <Table.Tr key={v.id} data-testid="agreement-version">
                <Table.Td>
                  {v.versionNumber}
                  {v.id === agreement.currentVersion.id ? ` · ${t('onboarding.agreements.current')}` : ''}
                </Table.Td>
                <Table.Td>{fmt.dateTime(v.publishedAt)}</Table.Td>
                <Table.Td>
                  <Code style={{ overflowWrap: 'anywhere' }}>{v.sha256}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {publishing ? <PublishDialog agreement={agreement} onClose={() => setPublishing(false)} /> : null}
    </Card>
  );
}

function CreateDialog({ programId, onClose }: { programId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/programs/{programId}/agreements', {
          params: { path: { programId } },
          body: { title: title.trim(), body },
        }),
      ),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: onboardingKeys.agreements(programId) });
      onClose();
    },
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('onboarding.agreements.create')} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert error={create.error} />
          <TextInput
            label={t('onboarding.agreements.titleField')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required
            error={errors.title}
            data-autofocus
          />
          <Textarea
            label={t('onboarding.agreements.body')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            required
            autosize
            minRows={10}
            maxRows={24}
            error={errors.body}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('onboarding.agreements.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Starts from the current text, so an edit is a small change rather than a retype. */
function PublishDialog({ agreement, onClose }: { agreement: Agreement; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  // The version the dialog opened on: after publishing, the list (and `agreement`) moves on.
  const [openedOn] = useState(agreement.currentVersion.id);
  const current = useQuery(versionQuery(openedOn));
  const [body, setBody] = useState<string | null>(null);
  const text = body ?? current.data?.body ?? '';
  const publish = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/agreements/{agreementId}/versions', {
          params: { path: { agreementId: agreement.id } },
          body: { body: text },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: onboardingKeys.agreements(agreement.programId) }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    publish.mutate();
  };
  const unchanged = publish.data && publish.data.id === openedOn;
  return (
    <Modal opened onClose={onClose} title={t('onboarding.agreements.publish')} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert error={publish.error ?? current.error} />
          {publish.data ? (
            <Alert color={unchanged ? 'yellow' : 'green'}>
              {unchanged
                ? t('onboarding.agreements.unchanged')
                : t('onboarding.agreements.published', { n: publish.data.versionNumber })}
            </Alert>
          ) : null}
          <Textarea
            label={t('onboarding.agreements.body')}
            value={text}
            onChange={(e) => setBody(e.currentTarget.value)}
            required
            autosize
            minRows={10}
            maxRows={24}
            disabled={current.isPending}
          />
          <Text size="xs" c="dimmed">
            {t('onboarding.sign.sha256')}: <Code>{agreement.currentVersion.sha256}</Code>
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={publish.isPending}>
              {t('onboarding.agreements.publishSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
