import { Center, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../ui/links';
import { ProblemAlert } from '../ui/ProblemAlert';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <Title order={1} size="h2">
          {t('errors.notFoundTitle')}
        </Title>
        <Text c="dimmed">{t('errors.notFoundText')}</Text>
        <ButtonLink to="/">{t('errors.backHome')}</ButtonLink>
      </Stack>
    </Center>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <Stack p="md" maw={640}>
      <ProblemAlert error={error} onRetry={reset} />
    </Stack>
  );
}
