import { Card, Group, Progress, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../platform/i18n/format';
import { AnchorLink } from '../../platform/ui/links';

export type Count = { count: number; complete: boolean };

/** One number with its label; "N+" when the count stopped at its cap. */
export function StatCard({
  label,
  value,
  hint,
  to,
  testId,
}: {
  label: string;
  value: Count | undefined;
  hint?: string;
  to?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const shown =
    value === undefined
      ? null
      : value.complete
        ? fmt.number(value.count)
        : t('dashboard.atLeast', { count: fmt.number(value.count) });
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      {shown === null ? (
        <Skeleton height={34} width={80} mt={6} />
      ) : (
        <Text fz={30} fw={700} lh={1.3}>
          {shown}
        </Text>
      )}
      {hint || to ? (
        <Group justify="space-between" mt={4}>
          {hint ? (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          ) : (
            <span />
          )}
          {to ? (
            <AnchorLink to={to as never} size="xs">
              {t('common.viewAll')}
            </AnchorLink>
          ) : null}
        </Group>
      ) : null}
    </Card>
  );
}

/** A titled dashboard card. */
export function Panel({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  const id = `panel-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

/** Horizontal bars with counts and shares, readable without colour. */
export function Breakdown({
  rows,
  total,
}: {
  rows: { key: string; label: string; count: number; color: string }[];
  total: number;
}) {
  const fmt = useFormat();
  return (
    <Stack gap="xs">
      {rows.map((r) => {
        const share = total > 0 ? Math.round((r.count / total) * 100) : 0;
        return (
          <Stack key={r.key} gap={2}>
            <Group justify="space-between">
              <Text size="sm">{r.label}</Text>
              <Text size="sm" fw={600}>
                {fmt.number(r.count)}
                <Text span size="xs" c="dimmed" ml={6}>
                  {fmt.number(share)} %
                </Text>
              </Text>
            </Group>
            <Progress
              value={share}
              color={r.color}
              size="sm"
              aria-label={`${r.label}: ${fmt.number(r.count)}`}
            />
          </Stack>
        );
      })}
    </Stack>
  );
}

/** Next steps: what to do now to get value; a done step shows as done. */
export function NextSteps({
  steps,
}: {
  steps: { key: string; label: string; done: boolean; to: string; search?: object }[];
}) {
  return (
    <Stack gap="sm">
      {steps.map((s) => (
        <Group key={s.key} gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" color={s.done ? 'green' : 'gray'} radius="xl" size="md" aria-hidden>
            {s.done ? <IconCircleCheck size={16} /> : <IconCircleDashed size={16} />}
          </ThemeIcon>
          {s.done ? (
            <Text size="sm" td="line-through" c="dimmed">
              {s.label}
            </Text>
          ) : (
            <AnchorLink to={s.to as never} search={s.search as never} size="sm">
              {s.label}
            </AnchorLink>
          )}
        </Group>
      ))}
    </Stack>
  );
}
