import { Badge, Group, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Me, useMe } from '../../platform/auth/session';
import type { Deal } from '../deals/api';
import { participantsQuery, type Visibility } from './api';

export const isStaff = (me: Me) => me.current?.kind !== 'partner';

const visibilityColor: Record<Visibility, string> = { internal: 'gray', side: 'blue', participants: 'teal' };

/** Who sees a timeline entry or file (shown to staff; a partner sees only what it may). */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={visibilityColor[visibility]}>
      {t(`cosell.badge.${visibility}`)}
    </Badge>
  );
}

export type Target = { visibility: Visibility; partnerId: string | null };

/**
 * Staff choose who sees a comment or file: all partners on the deal, one partner's side or the
 * vendor only. Partners always write to their own side, which the hint says.
 */
export function VisibilityPicker({
  deal,
  value,
  onChange,
}: {
  deal: Deal;
  value: Target;
  onChange: (value: Target) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const staff = isStaff(me);
  const participants = useQuery({ ...participantsQuery(deal.id), enabled: staff });
  if (!staff) {
    return (
      <Text size="xs" c="dimmed">
        {t('cosell.visibility.partnerSideHint')}
      </Text>
    );
  }
  const partners = [
    ...new Map(
      [
        ...(deal.partnerId ? [{ partnerId: deal.partnerId, partnerName: deal.partnerName }] : []),
        ...(participants.data?.data ?? []),
      ].map((p) => [p.partnerId, p.partnerName]),
    ),
  ];
  return (
    <Select
      label={t('cosell.visibility.label')}
      size="sm"
      allowDeselect={false}
      value={value.visibility === 'side' ? `side:${value.partnerId}` : value.visibility}
      onChange={(v) => {
        if (!v) return;
        onChange(
          v.startsWith('side:')
            ? { visibility: 'side', partnerId: v.slice(5) }
            : { visibility: v as Visibility, partnerId: null },
        );
      }}
      data={[
        { value: 'participants', label: t('cosell.visibility.participants') },
        ...partners.map(([id, name]) => ({
          value: `side:${id}`,
          label: `${t('cosell.visibility.side')}: ${name || id}`,
        })),
        { value: 'internal', label: t('cosell.visibility.internal') },
      ]}
      comboboxProps={{ withinPortal: true }}
      data-testid="visibility-picker"
    />
  );
}

/** "1.2 MB" in the UI language. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function SectionTitle({ children, actions }: { children: string; actions?: React.ReactNode }) {
  return (
    <Group justify="space-between" mb="sm" gap="xs">
      <Text component="h2" fw={600} size="lg">
        {children}
      </Text>
      {actions}
    </Group>
  );
}
