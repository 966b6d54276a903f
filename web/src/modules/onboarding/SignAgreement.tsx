import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Code,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { QueryState } from '../../platform/ui/QueryState';
import { onboardingKeys, type Signature, taskAgreementQuery } from './api';

/**
 * Shows the exact agreement text with its SHA-256 and signs it: the hash goes back with the
 * signature, so the server can tell the text read is the text signed.
 */
export function SignAgreement({
  partnerId,
  taskId,
  signatures,
}: {
  partnerId: string;
  taskId: string;
  signatures: Signature[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const query = useQuery(taskAgreementQuery(partnerId, taskId));
  const [name, setName] = useState('');
  const [consent, setConsent] = useState(false);
  const sign = useMutation({
    mutationFn: (v: { id: string; sha256: string }) =>
      unwrap(
        api.POST('/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/signature', {
          params: { path: { partnerId, onboardingTaskId: taskId } },
          body: { agreementVersionId: v.id, sha256: v.sha256, signerName: name.trim(), consent: true },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: onboardingKeys.partner(partnerId) }),
  });
  const errors = fieldErrorsOf(sign.error);
  return (
    <QueryState query={query} isEmpty={() => false} empty={{ title: '', description: '' }} rows={3}>
      {(version) => {
        const mine = signatures.find((s) => s.agreementVersionId === version.id);
        const submit = (e: FormEvent) => {
          e.preventDefault();
          sign.mutate({ id: version.id, sha256: version.sha256 });
        };
        return (
          <Stack gap="sm">
            <Title order={3} size="h5">
              {t('onboarding.sign.version', { title: version.title, n: version.versionNumber })}
            </Title>
            <ScrollArea.Autosize mah={320} type="auto" offsetScrollbars>
              <Text
                component="pre"
                size="sm"
                style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}
                aria-label={t('onboarding.sign.textLabel')}
                data-testid="agreement-text"
              >
                {version.body}
              </Text>
            </ScrollArea.Autosize>
            <Text size="xs" c="dimmed">
              {t('onboarding.sign.sha256')}:{' '}
              <Code data-testid="agreement-sha256" style={{ overflowWrap: 'anywhere' }}>
                {version.sha256}
              </Code>
            </Text>
            {mine ? (
              <Alert color="green" data-testid="signed-alert">
                <Stack gap={4}>
                  <Text size="sm">{t('onboarding.sign.signed', { n: version.versionNumber })}</Text>
                  <Anchor href={mine.certificateUrl} download data-testid="certificate-link">
                    {t('onboarding.sign.downloadCertificate')}
                  </Anchor>
                </Stack>
              </Alert>
            ) : (
              <form onSubmit={submit} noValidate>
                <Stack gap="sm">
                  <ProblemAlert error={sign.error} />
                  <TextInput
                    label={t('onboarding.sign.name')}
                    value={name}
                    onChange={(e) => setName(e.currentTarget.value)}
                    required
                    autoComplete="name"
                    error={errors.signerName}
                    data-testid="signer-name"
                  />
                  <Checkbox
                    label={t('onboarding.sign.consent')}
                    checked={consent}
                    onChange={(e) => setConsent(e.currentTarget.checked)}
                    data-testid="sign-consent"
                  />
                  <Button
                    type="submit"
                    disabled={!consent || name.trim() === ''}
                    loading={sign.isPending}
                    data-testid="sign-submit"
                  >
                    {t('onboarding.sign.submit')}
                  </Button>
                </Stack>
              </form>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
