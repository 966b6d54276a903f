import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Cursor pagination (the API's `cursor`/`nextCursor`): a stack of the cursors that led to this
 * page, so Previous works without offsets. A new filter set starts again at page 1.
 */
export type CursorPages = ReturnType<typeof useCursorPages>;

export function useCursorPages(filtersKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | undefined)[] }>({
    key: filtersKey,
    stack: [undefined],
  });
  const stack = state.key === filtersKey ? state.stack : [undefined];
  return {
    cursor: stack[stack.length - 1],
    page: stack.length,
    next: (cursor: string) => setState({ key: filtersKey, stack: [...stack, cursor] }),
    previous: () => setState({ key: filtersKey, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
  };
}

export function Pager({
  page,
  nextCursor,
  onNext,
  onPrevious,
  label,
}: {
  page: number;
  nextCursor: string | null | undefined;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
  label: string;
}) {
  const { t } = useTranslation();
  if (page === 1 && !nextCursor) return null;
  return (
    <Group justify="space-between" mt="md" component="nav" aria-label={label}>
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={16} />}
        disabled={page === 1}
        onClick={onPrevious}
      >
        {t('common.previous')}
      </Button>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.page', { page })}
      </Text>
      <Button
        variant="default"
        rightSection={<IconChevronRight size={16} />}
        disabled={!nextCursor}
        onClick={() => nextCursor && onNext(nextCursor)}
      >
        {t('common.next')}
      </Button>
    </Group>
  );
}
