import { Accordion, Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { QueryState } from '../../platform/ui/QueryState';
import {
  bankQuery,
  type OnboardingTask,
  onboardingKeys,
  onboardingQuery,
  type Signature,
  signaturesQuery,
  taxQuery,
} from './api';
import { BankForm } from './BankForm';
import { DocumentUpload } from './DocumentUpload';
import { ChecklistProgress, TaskStatusBadge } from './parts';
import { SignAgreement } from './SignAgreement';
import { TaxForm } from './TaxForm';

/** The partner's own onboarding: the checklist, each task with what it takes to complete it. */
export function OnboardingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const partnerId = me.current?.partnerId ?? '';
  const query = useQuery({ ...onboardingQuery(partnerId), enabled: partnerId !== '' });
  return (
    <>
      <PageHeader title={t('onboarding.title')} description={t('onboarding.description')} />
      <QueryState
        query={query}
        isEmpty={(d) => d.checklist === null}
        empty={{ title: t('onboarding.noChecklistTitle'), description: t('onboarding.noChecklistText') }}
      >
        {(ob) => (
          <Stack>
            {ob.checklist ? <ChecklistProgress checklist={ob.checklist} /> : null}
            {ob.checklist?.completedAt ? (
              <Alert color="green" title={t('onboarding.completedTitle')} data-testid="onboarding-complete">
                {t('onboarding.completedText')}
              </Alert>
            ) : null}
            <TaskList partnerId={partnerId} tasks={ob.tasks} canComplete={can(me, 'onboarding.complete')} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function TaskList({
  partnerId,
  tasks,
  canComplete,
}: {
  partnerId: string;
  tasks: OnboardingTask[];
  canComplete: boolean;
}) {
  const { t } = useTranslation();
  const signatures = useQuery(signaturesQuery(partnerId));
  const tax = useQuery({ ...taxQuery(partnerId), enabled: tasks.some((x) => x.kind === 'tax') });
  const bank = useQuery({ ...bankQuery(partnerId), enabled: tasks.some((x) => x.kind === 'bank') });
  const firstOpen = tasks.find((x) => x.status === 'todo')?.id ?? null;
  return (
    <Accordion variant="separated" defaultValue={firstOpen} data-testid="onboarding-tasks">
      {tasks.map((task) => (
        <Accordion.Item key={task.id} value={task.id} data-testid={`task-${task.kind}`}>
          <Accordion.Control>
            <Group justify="space-between" wrap="nowrap" pr="sm">
              <Stack gap={0}>
                <Text fw={500}>{task.title}</Text>
                <Text size="xs" c="dimmed">
                  {t(`onboarding.kinds.${task.kind}`)}
                </Text>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                {task.required ? null : <Badge variant="outline">{t('onboarding.optional')}</Badge>}
                <TaskStatusBadge status={task.status} />
              </Group>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {task.description ? <Text size="sm">{task.description}</Text> : null}
              {task.statusReason ? (
                <Text size="sm" c="dimmed">
                  {t('onboarding.reasonShown', { reason: task.statusReason })}
                </Text>
              ) : null}
              <TaskBody
                partnerId={partnerId}
                task={task}
                canComplete={canComplete}
                signatures={signatures.data?.data ?? []}
                tax={tax.data ?? null}
                bank={bank.data ?? null}
              />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function TaskBody({
  partnerId,
  task,
  canComplete,
  signatures,
  tax,
  bank,
}: {
  partnerId: string;
  task: OnboardingTask;
  canComplete: boolean;
  signatures: Signature[];
  tax: Parameters<typeof TaxForm>[0]['current'];
  bank: Parameters<typeof BankForm>[0]['current'];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const complete = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/complete', {
          params: { path: { partnerId, onboardingTaskId: task.id } },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: onboardingKeys.partner(partnerId) }),
  });
  switch (task.kind) {
    case 'agreement':
      return task.agreementId ? (
        canComplete || task.status !== 'todo' ? (
          <SignAgreement partnerId={partnerId} taskId={task.id} signatures={signatures} />
        ) : null
      ) : (
        <Text size="sm">{t('onboarding.noAgreementYet')}</Text>
      );
    case 'tax':
      return canComplete ? <TaxForm partnerId={partnerId} current={tax} /> : null;
    case 'bank':
      return canComplete ? <BankForm partnerId={partnerId} current={bank} /> : null;
    case 'document':
      return canComplete ? <DocumentUpload partnerId={partnerId} task={task} /> : null;
    case 'course':
      return <Text size="sm">{t('onboarding.courseHint')}</Text>;
    case 'custom':
      return canComplete && task.status === 'todo' ? (
        <Stack gap="xs">
          <ProblemAlert error={complete.error} />
          <Group>
            <Button variant="light" onClick={() => complete.mutate()} loading={complete.isPending}>
              {t('onboarding.markDone')}
            </Button>
          </Group>
        </Stack>
      ) : null;
  }
}
