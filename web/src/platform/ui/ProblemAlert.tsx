import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';

const KNOWN = new Set([
  'validation_failed',
  'invalid_credentials',
  'mfa_required',
  'invalid_token',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'precondition_failed',
  'account_locked',
  'rate_limited',
  'internal',
  'unavailable',
  'network',
]);

/** Shows an API problem: a localised title for its code, the API's `detail`, and the request id. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const code = api?.code ?? 'unknown';
  const title = KNOWN.has(code) ? t(`errors.codes.${code}` as 'errors.codes.internal') : t('errors.generic');
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {api?.message && api.message !== title ? <Text size="sm">{api.message}</Text> : null}
      {!api && error instanceof Error ? <Text size="sm">{error.message}</Text> : null}
      {api?.problem?.requestId ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('errors.requestId', { id: api.problem.requestId })}
        </Text>
      ) : null}
      {onRetry ? (
        <Text
          component="button"
          type="button"
          size="sm"
          c="red.9"
          td="underline"
          mt="xs"
          onClick={onRetry}
          style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer' }}
        >
          {t('common.retry')}
        </Text>
      ) : null}
    </Alert>
  );
}

/** Field errors of a failed mutation, for `error=` props of inputs. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}
