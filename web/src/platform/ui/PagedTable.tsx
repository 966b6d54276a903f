import { Table } from '@mantine/core';
import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CursorPages, Pager, useCursorPages } from './pagination';
import { type Empty, QueryState } from './QueryState';

/** One page of a list answer (the API's cursor pagination). */
export type ListPage<T> = { data: T[]; nextCursor: string | null };
export type Paging = { limit: number; cursor?: string };

/**
 * A list query with cursor pages: the filters are part of the query key, and a new filter set
 * starts again at page 1. `fetch` gets `limit` and the cursor to spread into the API's query.
 */
export function usePagedQuery<T>({
  queryKey,
  filters,
  fetch,
  limit = 25,
}: {
  queryKey: readonly unknown[];
  filters: object;
  fetch: (paging: Paging) => Promise<ListPage<T>>;
  limit?: number;
}) {
  const pages = useCursorPages(JSON.stringify([queryKey, filters]));
  const query = useQuery({
    queryKey: [...queryKey, filters, pages.cursor],
    queryFn: () => fetch({ limit, ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
    placeholderData: keepPreviousData,
  });
  return { query, pages };
}

/**
 * A paged list as a table: loading / error / empty states (QueryState), a horizontally scrolling
 * table on narrow screens, and Previous / Next. `children` renders one row (a Table.Tr with a key).
 */
export function PagedTable<T>({
  query,
  pages,
  empty,
  head,
  children,
  minWidth = 720,
  testId,
  highlightOnHover,
}: {
  query: UseQueryResult<ListPage<T>>;
  pages: CursorPages;
  empty: Empty;
  head: ReactNode;
  children: (item: T) => ReactNode;
  minWidth?: number;
  testId?: string;
  highlightOnHover?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <QueryState query={query} isEmpty={(d) => d.data.length === 0} empty={empty}>
      {(page) => (
        <>
          <Table.ScrollContainer minWidth={minWidth}>
            <Table striped highlightOnHover={highlightOnHover} verticalSpacing="sm" data-testid={testId}>
              <Table.Thead>
                <Table.Tr>{head}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>{page.data.map(children)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={pages.page}
            nextCursor={page.nextCursor}
            onNext={pages.next}
            onPrevious={pages.previous}
            label={t('common.pagination')}
          />
        </>
      )}
    </QueryState>
  );
}
