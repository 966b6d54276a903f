import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { FactsTable } from '../../platform/ui/facts';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { QueryState } from '../../platform/ui/QueryState';
import {
  bankQuery,
  type Onboarding,
  type OnboardingTask,
  onboardingKeys,
  onboardingQuery,
  type Signature,
  signaturesQuery,
  taxQuery,
} from './api';
import { maskedText } from './BankForm';
import { ChecklistProgress, TaskStatusBadge } from './parts';

type StaffAction = 'waive' | 'reopen' | 'mark-done';

/**
 * Staff view of one partner's onboarding (the partner profile's Onboarding tab): checklist with
 * waive / reopen / mark done (each with a reason), reminders, signatures with their
 * certificates and verification, masked tax and bank details, time to productivity.
 */
export function PartnerOnboardingTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const query = useQuery(onboardingQuery(partnerId));
  const manage = can(me, 'onboarding.manage');
  const [action, setAction] = useState<{ task: OnboardingTask; kind: StaffAction } | null>(null);
  const remind = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/partners/{partnerId}/onboarding/reminders', { params: { path: { partnerId } } }),
      ),
  });
  const start = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/partners/{partnerId}/onboarding/start', { params: { path: { partnerId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: onboardingKeys.partner(partnerId) }),
  });
  return (
    <Stack data-testid="partner-onboarding-tab">
      <QueryState
        query={query}
        isEmpty={(d) => d.checklist === null}
        empty={{
          title: t('onboarding.noChecklistTitle'),
          description: t('onboarding.noChecklistText'),
          action:
            manage && query.data?.partnerStatus === 'onboarding' ? (
              <Button onClick={() => start.mutate()} loading={start.isPending}>
                {t('onboarding.staff.start')}
              </Button>
            ) : undefined,
        }}
      >
        {(ob) => (
          <Card withBorder>
            <Stack>
              <Group justify="space-between">
                <Title order={2} size="h4">
                  {t('onboarding.staff.checklist')}: {ob.checklist?.name}
                </Title>
                {manage && ob.checklist && !ob.checklist.completedAt ? (
                  <Button
                    variant="light"
                    onClick={() => remind.mutate()}
                    loading={remind.isPending}
                    data-testid="send-reminder"
                  >
                    {t('onboarding.staff.remind')}
                  </Button>
                ) : null}
              </Group>
              {remind.data ? (
                <Alert color="green">
                  {t('onboarding.staff.reminded', { count: remind.data.recipients })}
                </Alert>
              ) : null}
              <ProblemAlert error={remind.error} />
              {ob.checklist ? <ChecklistProgress checklist={ob.checklist} /> : null}
              <TaskTable ob={ob} manage={manage} onAction={(task, kind) => setAction({ task, kind })} />
            </Stack>
          </Card>
        )}
      </QueryState>
      <ProblemAlert error={start.error} />
      {query.data ? <Milestones ob={query.data} /> : null}
      <Signatures partnerId={partnerId} />
      <Details partnerId={partnerId} />
      {action ? (
        <ReasonDialog
          partnerId={partnerId}
          task={action.task}
          kind={action.kind}
          onClose={() => setAction(null)}
        />
      ) : null}
    </Stack>
  );
}

function TaskTable({
  ob,
  manage,
  onAction,
}: {
  ob: Onboarding;
  manage: boolean;
  onAction: (task: OnboardingTask, kind: StaffAction) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const closed = !!ob.checklist?.completedAt;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('onboarding.staff.task')}</Table.Th>
            <Table.Th>{t('onboarding.staff.status')}</Table.Th>
            <Table.Th>{t('onboarding.staff.changed')}</Table.Th>
            {manage ? <Table.Th>{t('common.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ob.tasks.map((task) => (
            <Table.Tr key={task.id} data-testid={`staff-task-${task.kind}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {task.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`onboarding.kinds.${task.kind}`)}
                  {task.required ? '' : ` · ${t('onboarding.optional')}`}
                </Text>
              </Table.Td>
              <Table.Td>
                <TaskStatusBadge status={task.status} />
                {task.statusReason ? (
                  <Text size="xs" c="dimmed">
                    {task.statusReason}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{task.statusChangedAt ? fmt.dateTime(task.statusChangedAt) : '—'}</Text>
              </Table.Td>
              {manage ? (
                <Table.Td>
                  <Group gap="xs">
                    {task.status === 'todo' ? (
                      <>
                        <Button size="xs" variant="default" onClick={() => onAction(task, 'waive')}>
                          {t('onboarding.staff.waive')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => onAction(task, 'mark-done')}>
                          {t('onboarding.staff.markDone')}
                        </Button>
                      </>
                    ) : closed ? null : (
                      <Button size="xs" variant="default" onClick={() => onAction(task, 'reopen')}>
                        {t('onboarding.staff.reopen')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const titles = { waive: 'waiveTitle', reopen: 'reopenTitle', 'mark-done': 'markDoneTitle' } as const;

function ReasonDialog({
  partnerId,
  task,
  kind,
  onClose,
}: {
  partnerId: string;
  task: OnboardingTask;
  kind: StaffAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const params = {
    params: { path: { partnerId, onboardingTaskId: task.id } },
    body: { reason: reason.trim() },
  };
  const run = useMutation({
    mutationFn: () =>
      unwrap(
        kind === 'waive'
          ? api.POST('/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/waive', params)
          : kind === 'reopen'
            ? api.POST('/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/reopen', params)
            : api.POST('/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/mark-done', params),
      ),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: onboardingKeys.partner(partnerId) });
      // Completing the last task activates the partner: its profile shows the new state.
      await qc.invalidateQueries({ queryKey: ['partners'] });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`onboarding.staff.${titles[kind]}`, { task: task.title })}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert error={run.error} />
          <Textarea
            label={t('onboarding.staff.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            error={fieldErrorsOf(run.error).reason}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={run.isPending} disabled={reason.trim() === ''}>
              {t('onboarding.staff.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Milestones({ ob }: { ob: Onboarding }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const m = ob.milestones;
  const at = (iso: string | null) => (iso ? fmt.dateTime(iso) : '—');
  const days = (n: number | null) => (n === null ? null : t('onboarding.staff.days', { n }));
  const with_ = (iso: string | null, d: number | null) => {
    const span = days(d);
    return span ? `${at(iso)} (+${span})` : at(iso);
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('onboarding.staff.milestones')}
      </Title>
      <FactsTable
        labelWidth={220}
        facts={[
          [t('onboarding.staff.appliedAt'), at(m.appliedAt)],
          [t('onboarding.staff.onboardingStartedAt'), at(m.onboardingStartedAt)],
          [t('onboarding.staff.activatedAt'), with_(m.activatedAt, m.daysApplicationToActivation)],
          [
            t('onboarding.staff.firstDealRegisteredAt'),
            with_(m.firstDealRegisteredAt, m.daysActivationToFirstDeal),
          ],
          [t('onboarding.staff.firstDealWonAt'), with_(m.firstDealWonAt, m.daysFirstDealToFirstWin)],
        ]}
      />
    </Card>
  );
}

function Signatures({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useQuery(signaturesQuery(partnerId));
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('onboarding.staff.signatures')}
      </Title>
      <QueryState
        query={query}
        isEmpty={(d) => d.data.length === 0}
        empty={{ title: t('onboarding.staff.noSignatures'), description: '' }}
        rows={2}
      >
        {(d) => (
          <Table.ScrollContainer minWidth={720}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('onboarding.staff.signer')}</Table.Th>
                  <Table.Th>{t('onboarding.staff.version')}</Table.Th>
                  <Table.Th>{t('onboarding.staff.signedAt')}</Table.Th>
                  <Table.Th>{t('onboarding.staff.hash')}</Table.Th>
                  <Table.Th>{t('onboarding.staff.certificate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.data.map((s) => (
                  <SignatureRow key={s.id} s={s} at={fmt.dateTime(s.signedAt)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Card>
  );
}

function SignatureRow({ s, at }: { s: Signature; at: string }) {
  const { t } = useTranslation();
  const verify = useMutation({
    mutationFn: () =>
      unwrap(
        api.GET('/api/v1/partners/{partnerId}/onboarding/signatures/{signatureId}/verification', {
          params: { path: { partnerId: s.partnerId, signatureId: s.id } },
        }),
      ),
  });
  return (
    <Table.Tr data-testid="signature-row">
      <Table.Td>
        <Text size="sm">{s.signerName}</Text>
        <Text size="xs" c="dimmed">
          {s.signerEmail}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {s.agreementTitle} v{s.versionNumber}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{at}</Text>
        <Text size="xs" c="dimmed">
          {s.ip ?? ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Code style={{ overflowWrap: 'anywhere' }}>{s.sha256.slice(0, 16)}…</Code>
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Anchor size="sm" href={s.certificateUrl} download>
            {t('onboarding.staff.certificate')}
          </Anchor>
          {verify.data ? (
            <Badge color={verify.data.valid ? 'green' : 'red'} variant="light">
              {verify.data.valid ? t('onboarding.staff.valid') : t('onboarding.staff.invalid')}
            </Badge>
          ) : (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => verify.mutate()}
              loading={verify.isPending}
            >
              {t('onboarding.staff.verify')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function Details({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const tax = useQuery(taxQuery(partnerId));
  const bank = useQuery(bankQuery(partnerId));
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('onboarding.staff.details')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('onboarding.kinds.tax')}
          </Text>
          <Text size="sm" data-testid="staff-tax">
            {tax.data
              ? `${t(`onboarding.tax.forms.${tax.data.form}`)} · ${tax.data.country} · ${tax.data.taxIdMasked}`
              : t('onboarding.staff.notGiven')}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('onboarding.kinds.bank')}
          </Text>
          <Text size="sm" data-testid="staff-bank">
            {bank.data
              ? `${bank.data.holderName} · ${maskedText(bank.data)}`
              : t('onboarding.staff.notGiven')}
          </Text>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
