import { Button, EmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

export type Empty = { title: string; description: string; icon?: ReactNode; action?: ReactNode };

/**
 * Every list renders through this: a skeleton while loading (announced to screen readers), the
 * problem with a retry on error, an empty state that says what will appear and what to do next.
 */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  children,
  rows = 5,
}: {
  query: UseQueryResult<T>;
  isEmpty: (data: T) => boolean;
  empty: Empty;
  children: (data: T) => ReactNode;
  rows?: number;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Stack gap="xs" aria-busy="true" aria-live="polite">
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Skeleton key={i} height={28} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty(query.data)) return <EmptyBlock {...empty} />;
  return <>{children(query.data)}</>;
}

export function EmptyBlock({ title, description, icon, action }: Empty) {
  return (
    <EmptyState
      title={title}
      description={description}
      icon={icon}
      variant="light"
      py="xl"
      data-testid="empty-state"
    >
      {action ? <Group justify="center">{action}</Group> : null}
    </EmptyState>
  );
}

export function LoadingBlock() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-busy="true">
      <Text size="sm" c="dimmed">
        {t('common.loading')}
      </Text>
      <Skeleton height={28} />
      <Skeleton height={28} />
    </Stack>
  );
}

export function RetryButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="light" onClick={onClick}>
      {t('common.retry')}
    </Button>
  );
}
