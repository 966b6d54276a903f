import { Box, Center, Group, Paper, Stack } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { LanguageMenu } from './LanguageMenu';
import { Logo } from './Logo';

/** A centred card for signed-out pages, with language and theme switches. */
export function PublicLayout() {
  return (
    <Box mih="100vh" bg="var(--mantine-color-body)">
      <Group justify="space-between" p="md" component="header">
        <Logo />
        <Group gap="xs">
          <LanguageMenu />
          <ColorSchemeToggle />
        </Group>
      </Group>
      <Center component="main" px="md" pb="xl" pt="md">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }} w="100%" maw={440}>
          <Stack>
            <Outlet />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
