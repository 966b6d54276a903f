import { api, type Schemas, unwrap } from '../../platform/api/client';
import type { paths } from '../../platform/api/schema.gen';

export type DealActivity = Schemas['DealActivity'];
export type DealFile = Schemas['DealFile'];
export type DealParticipant = Schemas['DealParticipant'];
export type Mentionable = Schemas['MentionablePerson'];
export type AccountPlan = Schemas['AccountPlan'];
export type AccountPlanListItem = Schemas['AccountPlanListItem'];
export type Touchpoint = Schemas['Touchpoint'];
export type Visibility = DealActivity['visibility'];
export type ParticipantRole = DealParticipant['role'];
export type StakeholderRole = AccountPlan['stakeholders'][number]['role'];
export type PlanStatus = AccountPlan['status'];
export type TouchpointKind = Touchpoint['kind'];
export type TouchpointQuery = NonNullable<paths['/api/v1/touchpoints']['get']['parameters']['query']>;
export type AccountPlanQuery = NonNullable<paths['/api/v1/account-plans']['get']['parameters']['query']>;

export const visibilities = ['participants', 'side', 'internal'] as const satisfies readonly Visibility[];
export const participantRoles = [
  'sourced',
  'influenced',
  'fulfilment',
  'marketplace',
] as const satisfies readonly ParticipantRole[];
export const stakeholderRoles = [
  'champion',
  'decision_maker',
  'economic_buyer',
  'technical_buyer',
  'influencer',
  'blocker',
  'user',
] as const satisfies readonly StakeholderRole[];
export const planStatuses = ['draft', 'active', 'closed'] as const satisfies readonly PlanStatus[];
export const touchpointKinds = [
  'registration',
  'cosell_activity',
  'introduction',
  'meeting',
  'technical_validation',
  'content_shared',
  'event',
  'marketplace_transaction',
] as const satisfies readonly TouchpointKind[];
export const manualTouchpointKinds = [
  'introduction',
  'meeting',
  'technical_validation',
  'content_shared',
  'event',
  'marketplace_transaction',
] as const satisfies readonly TouchpointKind[];
export const marketplaces = ['aws', 'azure', 'gcp', 'other'] as const;

/** Query keys of co-selling: a comment or file refreshes only its deal's lists. */
export const cosellKeys = {
  all: ['cosell'] as const,
  activities: (dealId: string) => ['cosell', 'activities', dealId] as const,
  files: (dealId: string) => ['cosell', 'files', dealId] as const,
  participants: (dealId: string) => ['cosell', 'participants', dealId] as const,
  mentionable: (dealId: string) => ['cosell', 'mentionable', dealId] as const,
  plans: ['cosell', 'plans'] as const,
  plan: (id: string) => ['cosell', 'plans', 'detail', id] as const,
  touchpoints: ['cosell', 'touchpoints'] as const,
};

export const mentionableQuery = (dealId: string) => ({
  queryKey: cosellKeys.mentionable(dealId),
  queryFn: () =>
    unwrap(api.GET('/api/v1/deals/{dealId}/mentionable', { params: { path: { dealId } } })).then(
      (r) => r.data,
    ),
  staleTime: 60_000,
});

export const participantsQuery = (dealId: string) => ({
  queryKey: cosellKeys.participants(dealId),
  queryFn: () => unwrap(api.GET('/api/v1/deals/{dealId}/participants', { params: { path: { dealId } } })),
});

/** Raw-body upload (openapi-fetch sends JSON, so this one call uses fetch directly). */
export async function uploadFile(
  dealId: string,
  file: File,
  target: { visibility?: Visibility; partnerId?: string },
  csrfToken: string | null,
): Promise<DealFile> {
  const query = new URLSearchParams({ filename: file.name });
  if (target.visibility) query.set('visibility', target.visibility);
  if (target.partnerId) query.set('partnerId', target.partnerId);
  const type = file.type || 'application/octet-stream';
  return unwrap(
    fetch(`/api/v1/deals/${encodeURIComponent(dealId)}/files?${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': type, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body: file,
    }).then(async (response) => {
      const body = await response.json().catch(() => undefined);
      return response.ok ? { data: body as DealFile, response } : { error: body, response };
    }),
  );
}

export const fileUrl = (dealId: string, fileId: string) =>
  `/api/v1/deals/${encodeURIComponent(dealId)}/files/${encodeURIComponent(fileId)}/content`;

/** Percent with up to two decimals ↔ basis points. */
export const bpsToPercent = (bps: number) => bps / 100;
export const percentToBps = (percent: number) => Math.round(percent * 100);
