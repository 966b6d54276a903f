import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

/** Asks before a destructive action; shows the API's problem if it fails. */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  pending,
  error,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending?: boolean;
  error?: unknown;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        {children}
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Asks, then runs one mutation (a delete, a revoke). On success it refreshes `invalidate` (if
 * given) and then calls `onDone`, which defaults to closing the dialog.
 */
export function ConfirmMutationDialog({
  title,
  children,
  confirmLabel,
  mutationFn,
  invalidate,
  onDone,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  mutationFn: () => Promise<unknown>;
  invalidate?: QueryKey;
  onDone?: () => unknown;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn,
    onSuccess: async () => {
      if (invalidate) await queryClient.invalidateQueries({ queryKey: invalidate });
      await (onDone ?? onClose)();
    },
  });
  return (
    <ConfirmDialog
      opened
      onClose={onClose}
      title={title}
      confirmLabel={confirmLabel}
      onConfirm={() => mutation.mutate()}
      pending={mutation.isPending}
      error={mutation.error}
    >
      {children}
    </ConfirmDialog>
  );
}

/** A value shown once (a secret, a link) with a copy button and the warning that it will not return. */
export function ShownOnce({ label, value, warning }: { label: string; value: string; warning: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Alert color="yellow" variant="light">
        {warning}
      </Alert>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code
          block
          style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          data-testid="shown-once"
        >
          {value}
        </Code>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={copy}
                aria-label={copied ? t('common.copied') : t('common.copyLabel', { what: label })}
              >
                {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
