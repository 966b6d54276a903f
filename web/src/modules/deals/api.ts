import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import type { paths } from '../../platform/api/schema.gen';

export type Deal = Schemas['Deal'];
export type DealState = Deal['state'];
export type DealStage = Deal['stage'];
export type ConflictLevel = Deal['conflict']['level'];
export type DealConflicts = Schemas['DealConflicts'];
export type ConflictCandidate = Schemas['ConflictCandidate'];
export type Receipt = Schemas['DealReceipt'];
export type Product = Schemas['Product'];
export type CreateDealBody = Schemas['CreateDealInput'];
export type UpdateDealBody = Schemas['UpdateDealInput'];
export type DealListQuery = NonNullable<paths['/api/v1/deals']['get']['parameters']['query']>;
export type DealSort = NonNullable<DealListQuery['sort']>;

/** The API's deals/states.ts, in lifecycle order. */
export const dealStates = [
  'draft',
  'submitted',
  'under_review',
  'returned',
  'approved',
  'rejected',
  'merged',
  'won',
  'lost',
  'expired',
] as const satisfies readonly DealState[];
/** Registrations that still hold a claim on the customer (the stage board's default). */
export const openDealStates = ['submitted', 'under_review', 'returned', 'approved'] as const;
export const dealStages = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'commit',
] as const satisfies readonly DealStage[];
export const conflictLevels = ['none', 'possible', 'conflict'] as const satisfies readonly ConflictLevel[];
export const dealSortFields = ['created_at', 'updated_at', 'amount_minor', 'title'] as const;
/** States in which the partner may still edit the registration (PATCH). */
export const editableStates: readonly DealState[] = ['draft', 'returned'];

/** Query keys for deals: one factory, so a decision refreshes every list and detail. */
export const dealKeys = {
  all: ['deals'] as const,
  lists: ['deals', 'list'] as const,
  board: (query: DealListQuery) => ['deals', 'board', query] as const,
  detail: (id: string) => ['deals', 'detail', id] as const,
  conflicts: (id: string) => ['deals', 'conflicts', id] as const,
  receipt: (id: string) => ['deals', 'receipt', id] as const,
  conflictQueue: ['deals', 'conflict-queue'] as const,
};

export const dealQuery = (dealId: string) =>
  queryOptions({
    queryKey: dealKeys.detail(dealId),
    queryFn: () => unwrap(api.GET('/api/v1/deals/{dealId}', { params: { path: { dealId } } })),
  });

export const dealConflictsQuery = (dealId: string) =>
  queryOptions({
    queryKey: dealKeys.conflicts(dealId),
    queryFn: () => unwrap(api.GET('/api/v1/deals/{dealId}/conflicts', { params: { path: { dealId } } })),
  });

export const receiptQuery = (dealId: string) =>
  queryOptions({
    queryKey: dealKeys.receipt(dealId),
    queryFn: () => unwrap(api.GET('/api/v1/deals/{dealId}/receipt', { params: { path: { dealId } } })),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Active catalogue products matching a search (what a partner may register). */
export const productSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['catalog', 'products', 'search', q] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/products', {
          params: { query: { limit: 50, sort: 'name', 'filter[active]': 'true', ...(q ? { q } : {}) } },
        }),
      ),
    staleTime: 30_000,
  });

/** Active product lines, to filter deals by line and to split a conflict by line. */
export const productLinesQuery = queryOptions({
  queryKey: ['catalog', 'product-lines', 'active'] as const,
  queryFn: () =>
    unwrap(api.GET('/api/v1/product-lines', { params: { query: { limit: 200, sort: 'name' } } })),
  staleTime: 60_000,
});

/** Decide a registration (staff): start review, approve, reject or return (reason shown to the partner). */
export const decide = (dealId: string, body: Schemas['DealDecisionInput']) =>
  unwrap(api.POST('/api/v1/deals/{dealId}/decision', { params: { path: { dealId } }, body }));

export const resolveConflict = (dealId: string, body: Schemas['ConflictResolutionInput']) =>
  unwrap(api.POST('/api/v1/deals/{dealId}/conflict-resolution', { params: { path: { dealId } }, body }));

/** Money helpers (minor units, currency digits and codes) live in the shared UI; re-exported for deal pages. */
export { currencyCodes, currencyDigits, fromMinor, toMinor } from '../../platform/ui/money';
