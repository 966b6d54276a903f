import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../platform/api/client';
import { useFormat } from '../../../platform/i18n/format';
import { ExportCsvButton } from '../../../platform/ui/ExportCsvButton';
import { AnchorLink } from '../../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../../platform/ui/PagedTable';
import { PageHeader } from '../../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../../platform/ui/ProblemAlert';
import { dealKeys } from '../api';
import { type ExtensionQueueItem, type ExtensionStatus, extensionKeys, extensionStatuses } from './api';

const statusColor: Record<ExtensionStatus, string> = {
  pending: 'yellow',
  approved: 'green',
  rejected: 'red',
};

export function ExtensionStatusBadge({ status }: { status: ExtensionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="light">
      {t(`dealExtensions.status.${status}`)}
    </Badge>
  );
}

/**
 * Staff: the review queue of extension requests (pending first by default; decided ones by
 * status), oldest first, with the deal, partner, requested days, reason, current protection end
 * and the program's limits; approve (optionally for fewer days) or reject, with a reason the
 * partner sees. CSV export of every matching request.
 */
export function ExtensionsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [status, setStatus] = useState<ExtensionStatus>('pending');
  const [picked, setPicked] = useState<{ item: ExtensionQueueItem; decision: 'approve' | 'reject' } | null>(
    null,
  );
  const [exportError, setExportError] = useState<unknown>(null);
  const filters = { status };
  const { query: list, pages } = usePagedQuery({
    queryKey: extensionKeys.queue,
    filters,
    fetch: (paging) =>
      unwrap(api.GET('/api/v1/deal-extensions', { params: { query: { ...filters, ...paging } } })),
  });
  return (
    <>
      <PageHeader
        title={t('dealExtensions.queue.title')}
        description={t('dealExtensions.queue.description')}
        actions={
          <ExportCsvButton
            path="/api/v1/deal-extensions"
            query={filters}
            filename="deal-extensions"
            onError={setExportError}
          />
        }
      />
      <Stack gap="md">
        <ProblemAlert error={exportError} />
        <SegmentedControl
          aria-label={t('dealExtensions.queue.status')}
          value={status}
          onChange={(v) => setStatus(v as ExtensionStatus)}
          data={extensionStatuses.map((s) => ({ value: s, label: t(`dealExtensions.status.${s}`) }))}
          style={{ alignSelf: 'flex-start' }}
          data-testid="extension-status"
        />
        <PagedTable
          query={list}
          pages={pages}
          testId="extension-table"
          minWidth={1000}
          empty={{
            title: t('dealExtensions.queue.emptyTitle'),
            description: t('dealExtensions.queue.emptyText'),
            icon: <IconCalendarPlus size={24} />,
          }}
          head={
            <>
              <Table.Th>{t('dealExtensions.queue.deal')}</Table.Th>
              <Table.Th>{t('dealExtensions.queue.partner')}</Table.Th>
              <Table.Th>{t('dealExtensions.queue.requested')}</Table.Th>
              <Table.Th>{t('dealExtensions.queue.reason')}</Table.Th>
              <Table.Th>{t('dealExtensions.queue.protectionEnds')}</Table.Th>
              <Table.Th>{t('dealExtensions.queue.used')}</Table.Th>
              <Table.Th>{t('dealExtensions.queue.requestedAt')}</Table.Th>
              <Table.Th>
                {status === 'pending' ? t('common.actions') : t('dealExtensions.queue.decision')}
              </Table.Th>
            </>
          }
        >
          {(x) => (
            <Table.Tr key={x.id} data-testid="extension-row">
              <Table.Td>
                <AnchorLink to="/deals/$dealId" params={{ dealId: x.dealId }} fw={500}>
                  {x.dealTitle}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {x.customerName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{x.partnerName}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('dealExtensions.queue.requestedDays', { days: x.requestedDays })}
              </Table.Td>
              <Table.Td style={{ maxWidth: 320 }}>
                <Text size="sm" lineClamp={3}>
                  {x.reason}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {x.protectionEndsAt ? fmt.date(x.protectionEndsAt) : '—'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('dealExtensions.queue.usedOf', { used: x.extensionCount, max: x.maxCount })}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.date(x.requestedAt)}</Table.Td>
              <Table.Td>
                {x.status === 'pending' ? (
                  <Group
                    gap="xs"
                    wrap="nowrap"
                    role="group"
                    aria-label={t('dealExtensions.queue.actionsFor', { deal: x.dealTitle })}
                  >
                    <Button
                      size="xs"
                      variant="light"
                      color="green"
                      leftSection={<IconCheck size={14} />}
                      onClick={() => setPicked({ item: x, decision: 'approve' })}
                      data-testid="extension-approve"
                    >
                      {t('dealExtensions.queue.approve')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      leftSection={<IconX size={14} />}
                      onClick={() => setPicked({ item: x, decision: 'reject' })}
                      data-testid="extension-reject"
                    >
                      {t('dealExtensions.queue.reject')}
                    </Button>
                  </Group>
                ) : (
                  <Stack gap={2}>
                    <ExtensionStatusBadge status={x.status} />
                    {x.decisionReason ? (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {x.decisionReason}
                      </Text>
                    ) : null}
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Stack>
      {picked ? (
        <DecisionDialog item={picked.item} decision={picked.decision} onClose={() => setPicked(null)} />
      ) : null}
    </>
  );
}

function DecisionDialog({
  item,
  decision,
  onClose,
}: {
  item: ExtensionQueueItem;
  decision: 'approve' | 'reject';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [days, setDays] = useState<number | string>(Math.min(item.requestedDays, item.maxDays));
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/deal-extensions/{extensionId}/decision', {
          params: { path: { extensionId: item.id } },
          body: {
            decision,
            reason,
            ...(decision === 'approve' && typeof days === 'number' && days !== item.requestedDays
              ? { days }
              : {}),
          },
        }),
      ),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: extensionKeys.all }),
        queryClient.invalidateQueries({ queryKey: dealKeys.all }),
      ]);
      onClose();
    },
  });
  const errors = fieldErrorsOf(decide.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={
        decision === 'approve'
          ? t('dealExtensions.queue.approveTitle')
          : t('dealExtensions.queue.rejectTitle')
      }
    >
      <form onSubmit={submit} noValidate data-testid="extension-decision-dialog">
        <Stack>
          <Text size="sm">
            {t('dealExtensions.queue.decisionIntro', {
              partner: item.partnerName,
              days: item.requestedDays,
              deal: item.dealTitle,
              reason: item.reason,
            })}
          </Text>
          <ProblemAlert error={decide.error} />
          {decision === 'approve' ? (
            <NumberInput
              label={t('dealExtensions.queue.grantDays')}
              description={t('dealExtensions.queue.grantDaysHelp', { max: item.maxDays })}
              min={1}
              max={item.maxDays}
              allowDecimal={false}
              value={days}
              onChange={setDays}
              error={errors.days ?? errors.decision}
            />
          ) : null}
          <Textarea
            label={t('dealExtensions.queue.decisionReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            autosize
            minRows={3}
            maxLength={2000}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={decision === 'reject' ? 'red' : undefined}
              loading={decide.isPending}
              data-testid="extension-decide"
            >
              {decision === 'approve' ? t('dealExtensions.queue.approve') : t('dealExtensions.queue.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
