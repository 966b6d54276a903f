import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../../platform/api/client';

export type DealExtension = Schemas['DealExtension'];
export type ExtensionLimits = Schemas['DealExtensionLimits'];
export type ExtensionQueueItem = Schemas['DealExtensionQueueItem'];
export type ExtensionStatus = DealExtension['status'];
export const extensionStatuses = [
  'pending',
  'approved',
  'rejected',
] as const satisfies readonly ExtensionStatus[];

/** Query keys: a request or decision refreshes the deal's list, the queue and the deal itself. */
export const extensionKeys = {
  all: ['deal-extensions'] as const,
  deal: (dealId: string) => ['deal-extensions', 'deal', dealId] as const,
  queue: ['deal-extensions', 'queue'] as const,
};

export const dealExtensionsQuery = (dealId: string) =>
  queryOptions({
    queryKey: extensionKeys.deal(dealId),
    queryFn: () => unwrap(api.GET('/api/v1/deals/{dealId}/extensions', { params: { path: { dealId } } })),
  });
