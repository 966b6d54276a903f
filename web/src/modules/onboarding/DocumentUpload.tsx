import { Anchor, FileInput, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import {
  DEFAULT_MAX_BYTES,
  documentTypes,
  documentUrl,
  type OnboardingTask,
  onboardingKeys,
  uploadDocument,
} from './api';
import { formatBytes, typeLabels } from './parts';

/**
 * Uploads a document task's file. Type and size are checked here for a quick answer; the server
 * checks them again, on the file's bytes rather than its name or declared type.
 */
export function DocumentUpload({ partnerId, task }: { partnerId: string; task: OnboardingTask }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const allowed: string[] = task.config.allowedTypes ?? [...documentTypes];
  const maxBytes = task.config.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = formatBytes(maxBytes, i18n.language);
  const [local, setLocal] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadDocument(partnerId, task.id, file),
    onSuccess: () => qc.invalidateQueries({ queryKey: onboardingKeys.partner(partnerId) }),
  });
  const pick = (file: File | null) => {
    setLocal(null);
    if (!file) return;
    if (!allowed.includes(file.type)) return setLocal(t('onboarding.document.wrongType'));
    if (file.size > maxBytes) return setLocal(t('onboarding.document.tooBig', { size }));
    upload.mutate(file);
  };
  return (
    <Stack gap="xs">
      <FileInput
        label={t('onboarding.document.choose')}
        description={t('onboarding.document.allowed', {
          types: allowed.map((a) => typeLabels[a] ?? a).join(', '),
          size,
        })}
        accept={allowed.join(',')}
        onChange={pick}
        error={local}
        disabled={upload.isPending}
        clearable
        data-testid={`document-input-${task.id}`}
      />
      <ProblemAlert error={upload.error} />
      {task.documents.map((d) => (
        <Group key={d.id} gap="xs">
          <Text size="sm">
            {t('onboarding.document.uploaded', { size: formatBytes(d.size, i18n.language) })}
          </Text>
          <Anchor size="sm" href={documentUrl(partnerId, d.id)} download>
            {t('onboarding.document.download')}
          </Anchor>
        </Group>
      ))}
    </Stack>
  );
}
