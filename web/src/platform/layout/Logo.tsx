import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import logo from '../../favicon.svg';

export function Logo() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <img src={logo} alt="" width={28} height={28} />
      <Text fw={700} size="lg">
        {t('app.name')}
      </Text>
    </Group>
  );
}
