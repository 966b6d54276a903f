import { queryOptions } from '@tanstack/react-query';
import { api, csrf, type Schemas, unwrap } from '../../platform/api/client';
import { ApiError, isProblem } from '../../platform/api/problem';

export type Onboarding = Schemas['Onboarding'];
export type OnboardingTask = Schemas['OnboardingTask'];
export type Signature = Schemas['Signature'];
export type TaskAgreement = Schemas['TaskAgreement'];
export type TaxDetails = Schemas['TaxDetails'];
export type BankDetails = Schemas['BankDetails'];
export type TaxForm = Schemas['TaxDetailsFormInput'];
export type BankForm = Schemas['BankDetailsFormInput'];
export type Agreement = Schemas['Agreement'];
export type AgreementVersion = Schemas['AgreementVersion'];
export type OnboardingTemplate = Schemas['OnboardingTemplate'];
export type TemplateBody = Schemas['SaveOnboardingTemplateInput'];
export type TemplateTaskBody = Schemas['OnboardingTemplateTaskSpecInput'];

export const documentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Query keys: invalidating `partner(id)` refreshes everything shown about one partner's onboarding. */
export const onboardingKeys = {
  partner: (partnerId: string) => ['onboarding', partnerId] as const,
  detail: (partnerId: string) => ['onboarding', partnerId, 'detail'] as const,
  signatures: (partnerId: string) => ['onboarding', partnerId, 'signatures'] as const,
  tax: (partnerId: string) => ['onboarding', partnerId, 'tax'] as const,
  bank: (partnerId: string) => ['onboarding', partnerId, 'bank'] as const,
  agreement: (partnerId: string, taskId: string) => ['onboarding', partnerId, 'agreement', taskId] as const,
  agreements: (programId: string) => ['agreements', programId] as const,
  version: (versionId: string) => ['agreement-version', versionId] as const,
  templates: (programId: string) => ['onboarding-templates', programId] as const,
};

const p = (partnerId: string) => ({ params: { path: { partnerId } } });

export const onboardingQuery = (partnerId: string) =>
  queryOptions({
    queryKey: onboardingKeys.detail(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{partnerId}/onboarding', p(partnerId))),
  });

export const signaturesQuery = (partnerId: string) =>
  queryOptions({
    queryKey: onboardingKeys.signatures(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{partnerId}/onboarding/signatures', p(partnerId))),
  });

/** Tax and bank details may not exist yet: a 404 is "nothing given", not an error. */
const orNull = async <T>(call: Promise<T>): Promise<T | null> => {
  try {
    return await call;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
};

export const taxQuery = (partnerId: string) =>
  queryOptions({
    queryKey: onboardingKeys.tax(partnerId),
    queryFn: () => orNull(unwrap(api.GET('/api/v1/partners/{partnerId}/onboarding/tax', p(partnerId)))),
  });

export const bankQuery = (partnerId: string) =>
  queryOptions({
    queryKey: onboardingKeys.bank(partnerId),
    queryFn: () => orNull(unwrap(api.GET('/api/v1/partners/{partnerId}/onboarding/bank', p(partnerId)))),
  });

export const taskAgreementQuery = (partnerId: string, taskId: string) =>
  queryOptions({
    queryKey: onboardingKeys.agreement(partnerId, taskId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/agreement', {
          params: { path: { partnerId, onboardingTaskId: taskId } },
        }),
      ),
  });

export const agreementsQuery = (programId: string) =>
  queryOptions({
    queryKey: onboardingKeys.agreements(programId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/programs/{programId}/agreements', { params: { path: { programId } } })),
  });

export const templatesQuery = (programId: string) =>
  queryOptions({
    queryKey: onboardingKeys.templates(programId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/programs/{programId}/onboarding-templates', { params: { path: { programId } } }),
      ),
  });

export const versionQuery = (versionId: string) =>
  queryOptions({
    queryKey: onboardingKeys.version(versionId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/agreement-versions/{agreementVersionId}', {
          params: { path: { agreementVersionId: versionId } },
        }),
      ),
  });

/**
 * Uploads a file as the raw request body (the API takes PDF/PNG/JPEG bytes, not JSON or
 * multipart), with the session's CSRF token like every other write.
 */
export async function uploadDocument(partnerId: string, taskId: string, file: File) {
  const res = await fetch(
    `/api/v1/partners/${encodeURIComponent(partnerId)}/onboarding/tasks/${encodeURIComponent(taskId)}/document`,
    {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': file.type, 'x-csrf-token': csrf.get() ?? '' },
      body: file,
    },
  );
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) throw new ApiError(res.status, isProblem(body) ? body : null, `HTTP ${res.status}`);
  return body as Schemas['OnboardingDocument'];
}

export const documentUrl = (partnerId: string, documentId: string) =>
  `/api/v1/partners/${encodeURIComponent(partnerId)}/onboarding/documents/${encodeURIComponent(documentId)}`;
