import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowRight } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { type LifecycleState, type Partner, partnerKeys } from './api';
import { StatusBadge } from './StatusBadge';
import { useActorName } from './useActorName';

/** The partner's lifecycle: current state, "Change state" (allowed moves only) and the history. */
export function LifecycleTab({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const actorName = useActorName();
  const me = useMe();
  const [open, dialog] = useDisclosure(false);
  const { query, pages } = usePagedQuery({
    queryKey: partnerKeys.transitions(partner.id),
    filters: { v: partner.version },
    fetch: (paging) =>
      unwrap(
        api.GET('/api/v1/partners/{partnerId}/transitions', {
          params: { path: { partnerId: partner.id }, query: paging },
        }),
      ),
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-lifecycle">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="partner-lifecycle">
            {t('directory.lifecycle.title')}
          </Title>
          {can(me, 'lifecycle.transition') ? (
            <Button onClick={dialog.open} data-testid="lifecycle-change">
              {t('directory.lifecycle.change')}
            </Button>
          ) : null}
        </Group>
        <Group gap="xs">
          <Text size="sm">{t('directory.lifecycle.current')}</Text>
          <StatusBadge status={partner.status} />
        </Group>
        <PagedTable
          query={query}
          pages={pages}
          minWidth={560}
          testId="transitions-table"
          empty={{
            title: t('directory.lifecycle.emptyTitle'),
            description: t('directory.lifecycle.emptyText'),
          }}
          head={
            <>
              <Table.Th>{t('directory.lifecycle.when')}</Table.Th>
              <Table.Th>{t('directory.lifecycle.move')}</Table.Th>
              <Table.Th>{t('directory.lifecycle.reason')}</Table.Th>
              <Table.Th>{t('directory.lifecycle.by')}</Table.Th>
            </>
          }
        >
          {(tr) => (
            <Table.Tr key={tr.id}>
              <Table.Td>
                <Text size="sm">{fmt.dateTime(tr.at)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <StatusBadge status={tr.from} />
                  <IconArrowRight size={14} aria-hidden />
                  <StatusBadge status={tr.to} />
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{tr.reason}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {actorName(tr.actorId)}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Stack>
      <Modal
        opened={open}
        onClose={dialog.close}
        title={t('directory.lifecycle.changeTitle', { name: partner.name })}
        centered
      >
        {open ? <ChangeStateForm partner={partner} onDone={dialog.close} /> : null}
      </Modal>
    </Card>
  );
}

function ChangeStateForm({ partner, onDone }: { partner: Partner; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<LifecycleState | null>(null);
  const [reason, setReason] = useState('');
  const move = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/partners/{partnerId}/transitions', {
          params: { path: { partnerId: partner.id } },
          body: { to: to as LifecycleState, reason: reason.trim() },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all });
      onDone();
    },
  });
  const errors = fieldErrorsOf(move.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    move.mutate();
  };
  if (partner.nextStates.length === 0)
    return (
      <Text size="sm">
        {t('directory.lifecycle.noMoves', { state: t(`directory.states.${partner.status}`) })}
      </Text>
    );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={move.error} />
        <Select
          label={t('directory.lifecycle.to')}
          data={partner.nextStates.map((s) => ({ value: s, label: t(`directory.states.${s}`) }))}
          value={to}
          onChange={(v) => setTo(v as LifecycleState | null)}
          required
          error={errors.to}
          comboboxProps={{ withinPortal: true }}
          data-testid="lifecycle-to"
        />
        {to === 'offboarded' ? <Alert color="red">{t('directory.lifecycle.offboardWarning')}</Alert> : null}
        <Textarea
          label={t('directory.lifecycle.reason')}
          description={t('directory.lifecycle.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          maxLength={1000}
          autosize
          minRows={3}
          error={errors.reason}
          data-testid="lifecycle-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={move.isPending} disabled={!to} data-testid="lifecycle-submit">
            {t('directory.lifecycle.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
