import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Picks the program whose agreements or checklist templates a staff page shows. */
export function ProgramSelect({
  programs,
  value,
  onChange,
  testId,
}: {
  programs: { id: string; name: string }[];
  value: string | null;
  onChange: (programId: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('onboarding.agreements.program')}
      data={programs.map((p) => ({ value: p.id, label: p.name }))}
      value={value}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
      maw={360}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
