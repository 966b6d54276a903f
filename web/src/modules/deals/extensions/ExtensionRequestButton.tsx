import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../platform/api/client';
import { useFormat } from '../../../platform/i18n/format';
import { fieldErrorsOf, ProblemAlert } from '../../../platform/ui/ProblemAlert';
import { dealKeys } from '../api';
import { dealExtensionsQuery, type ExtensionLimits, extensionKeys } from './api';

/**
 * "Ask for an extension" on an approved deal: a dialog for the days and the reason that shows the
 * program's limits (how many extensions, how long each, whether a reviewer decides). When no
 * extension is possible it says why instead. For the registering partner and staff with
 * deals.register; the API decides.
 */
export function ExtensionRequestButton({ dealId, deal }: { dealId: string; deal?: { state: string } }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // Only approved registrations have a protection to extend.
  const list = useQuery({ ...dealExtensionsQuery(dealId), enabled: !deal || deal.state === 'approved' });
  const limits = list.data?.limits;
  if (!limits?.protectionEndsAt) return null;
  const pending = list.data?.data.find((x) => x.status === 'pending');
  return (
    <Stack gap={4} align="flex-start">
      {pending ? (
        <Text size="sm" data-testid="extension-pending">
          {t('dealExtensions.pendingInfo', {
            days: pending.requestedDays,
            date: fmt.date(pending.requestedAt),
          })}
        </Text>
      ) : limits.canRequest ? (
        <Button
          variant="light"
          leftSection={<IconCalendarPlus size={16} />}
          onClick={() => {
            setDone(null);
            setOpen(true);
          }}
          data-testid="extension-request"
        >
          {t('dealExtensions.request')}
        </Button>
      ) : (
        <Text size="sm" c="dimmed" data-testid="extension-unavailable">
          {t('dealExtensions.unavailable')}: {limits.cannotRequestReason}
        </Text>
      )}
      {done ? (
        <Text size="sm" c="green.8" role="status">
          {done}
        </Text>
      ) : null}
      {open ? (
        <RequestDialog
          dealId={dealId}
          limits={limits}
          onClose={() => setOpen(false)}
          onDone={(message) => {
            setDone(message);
            setOpen(false);
          }}
        />
      ) : null}
    </Stack>
  );
}

function RequestDialog({
  dealId,
  limits,
  onClose,
  onDone,
}: {
  dealId: string;
  limits: ExtensionLimits;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [days, setDays] = useState<number | string>(Math.min(30, limits.maxDays));
  const [reason, setReason] = useState('');
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/deals/{dealId}/extensions', {
          params: { path: { dealId } },
          body: { days: typeof days === 'number' ? days : Number(days), reason },
        }),
      ),
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: extensionKeys.all }),
        queryClient.invalidateQueries({ queryKey: dealKeys.all }),
      ]);
      onDone(
        result.extension.status === 'approved' && result.protectionEndsAt
          ? t('dealExtensions.sentGranted', { date: fmt.date(result.protectionEndsAt) })
          : t('dealExtensions.sentPending'),
      );
    },
  });
  const errors = fieldErrorsOf(send.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('dealExtensions.requestTitle')} centered>
      <form onSubmit={submit} noValidate data-testid="extension-dialog">
        <Stack>
          <Text size="sm">
            {t('dealExtensions.requestIntro', { date: fmt.date(limits.protectionEndsAt ?? '') })}
          </Text>
          <Alert variant="light" color="blue" data-testid="extension-limits">
            <Text size="sm">
              {t('dealExtensions.limits', { used: limits.used, max: limits.maxCount, days: limits.maxDays })}
            </Text>
            <Text size="sm">
              {limits.requireApproval ? t('dealExtensions.needsApproval') : t('dealExtensions.grantedAtOnce')}
            </Text>
          </Alert>
          <ProblemAlert error={send.error} />
          <NumberInput
            label={t('dealExtensions.days')}
            description={t('dealExtensions.daysHelp', { max: limits.maxDays })}
            min={1}
            max={limits.maxDays}
            allowDecimal={false}
            value={days}
            onChange={setDays}
            error={errors.days}
            required
            data-autofocus
          />
          <Textarea
            label={t('dealExtensions.reason')}
            placeholder={t('dealExtensions.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            autosize
            minRows={3}
            maxLength={2000}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending} data-testid="extension-send">
              {t('dealExtensions.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
