import { Button, Group } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';

/** Secondary navigation between the pages of one area (links, with aria-current on the open one). */
export function SubNav({
  label,
  items,
}: {
  label: string;
  items: { to: string; label: string; testId?: string }[];
}) {
  const pathname = useRouterState({ select: (s) => s.location.pathname.replace(/\/$/, '') });
  return (
    <Group component="nav" aria-label={label} gap="xs" mb="lg">
      {items.map((item) => {
        const active = pathname === item.to;
        return (
          <Button
            key={item.to}
            component={Link}
            to={item.to as never}
            variant={active ? 'light' : 'subtle'}
            aria-current={active ? 'page' : undefined}
            data-testid={item.testId}
          >
            {item.label}
          </Button>
        );
      })}
    </Group>
  );
}
