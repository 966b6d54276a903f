import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../platform/api/client';

export type Mail = Schemas['Mail'];
export const mailStatuses = ['queued', 'sent', 'stored', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];
export const mailColors: Record<MailStatus, string> = {
  queued: 'yellow',
  sent: 'green',
  stored: 'blue',
  failed: 'red',
};

export const mailKeys = {
  all: ['mail'] as const,
  list: ['mail', 'list'] as const,
  newest: ['mail', 'newest'] as const,
  detail: (id: string) => ['mail', 'detail', id] as const,
};

export const mailQuery = (mailId: string) =>
  queryOptions({
    queryKey: mailKeys.detail(mailId),
    queryFn: () => unwrap(api.GET('/api/v1/mail/{mailId}', { params: { path: { mailId } } })),
  });

/**
 * Whether this server only stores mail (no SMTP_URL): then every mail is `stored`, so the newest
 * mail of the workspace tells. No API flag is needed for that; an empty mailbox says nothing.
 */
export function useDevMailbox(): boolean {
  const newest = useQuery({
    queryKey: mailKeys.newest,
    queryFn: () => unwrap(api.GET('/api/v1/mail', { params: { query: { limit: 1, sort: '-created_at' } } })),
    staleTime: 60_000,
  });
  return newest.data?.data[0]?.status === 'stored';
}

/** Queues a failed mail again. */
export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mailId: string) =>
      unwrap(api.POST('/api/v1/mail/{mailId}/retry', { params: { path: { mailId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailKeys.all }),
  });
}
