import { Badge, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Onboarding, OnboardingTask } from './api';

const statusColors: Record<OnboardingTask['status'], string> = {
  todo: 'gray',
  done: 'green',
  waived: 'yellow',
};

export function TaskStatusBadge({ status }: { status: OnboardingTask['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" data-testid={`task-status-${status}`}>
      {t(`onboarding.statuses.${status}`)}
    </Badge>
  );
}

/** Required tasks done (or waived) out of all required ones, as a bar with its sentence. */
export function ChecklistProgress({ checklist }: { checklist: NonNullable<Onboarding['checklist']> }) {
  const { t } = useTranslation();
  const { required, requiredDone } = checklist.progress;
  const pct = required === 0 ? 100 : Math.round((requiredDone / required) * 100);
  return (
    <Stack gap={4}>
      <Progress value={pct} aria-label={t('onboarding.progressLabel')} size="lg" />
      <Text size="sm" c="dimmed" data-testid="onboarding-progress">
        {t('onboarding.progress', { done: requiredDone, total: required })}
      </Text>
    </Stack>
  );
}

/** 10485760 → "10 MB" in the UI language. */
export function formatBytes(n: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], maximumFractionDigits: 1 }).format(v);
}

export const typeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};
