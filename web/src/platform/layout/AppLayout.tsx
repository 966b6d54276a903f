import {
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { headerWidgets, navItems } from '../../modules/nav';
import { WorkspaceSwitcher } from '../../modules/workspaces/WorkspaceSwitcher';
import { api, csrf, unwrap } from '../api/client';
import { type Me, useMe } from '../auth/session';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { LanguageMenu } from './LanguageMenu';
import { Logo } from './Logo';
import { type NavItem, navSections, visibleNav } from './nav';

/** The signed-in shell: header, role-aware side navigation, and the page. */
export function AppLayout() {
  const me = useMe();
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('layout.closeMenu') : t('layout.openMenu')}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <Link to="/" aria-label={t('nav.dashboard')} style={{ textDecoration: 'none', color: 'inherit' }}>
              <Logo />
            </Link>
          </Group>
          <Group gap={4} wrap="nowrap">
            {headerWidgets.map((Widget) => (
              <Widget key={Widget.name} />
            ))}
            <LanguageMenu />
            <ColorSchemeToggle />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="app-navigation" aria-label={t('layout.navigation')}>
        <AppShell.Section mb="sm">
          <WorkspaceSwitcher me={me} onSwitched={close} />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <Navigation me={me} onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function Navigation({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const items = visibleNav(navItems, me);
  const hrefOf = (item: NavItem) => {
    const params = item.params?.(me) ?? undefined;
    return params ? Object.entries(params).reduce((p, [k, v]) => p.replace(`$${k}`, v), item.to) : item.to;
  };
  const matches = (item: NavItem, href: string) =>
    item.exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  // The most specific item wins: on /deals/review only "Review queue" is current, not "Deals" too.
  const longestMatch = Math.max(
    0,
    ...items.filter((i) => matches(i, hrefOf(i))).map((i) => hrefOf(i).length),
  );
  const isActive = (item: NavItem, href: string) => matches(item, href) && href.length === longestMatch;
  return (
    <nav aria-label={t('layout.navigation')} data-testid="main-nav">
      <Stack gap="md">
        {navSections.map((section) => {
          const inSection = items.filter((i) => i.section === section);
          if (inSection.length === 0) return null;
          return (
            <Stack key={section} gap={2}>
              {section !== 'main' ? (
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" component="h2" m={0}>
                  {t(`nav.sections.${section}`)}
                </Text>
              ) : null}
              {inSection.map((item) => {
                const params = item.params?.(me) ?? undefined;
                const href = params
                  ? Object.entries(params).reduce((p, [k, v]) => p.replace(`$${k}`, v), item.to)
                  : item.to;
                const active = isActive(item, href);
                return (
                  <NavLink
                    key={item.to}
                    component={Link}
                    to={item.to as never}
                    params={params as never}
                    label={t(item.label)}
                    leftSection={<item.icon size={18} stroke={1.7} />}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    // The router's own fuzzy "active" marking would also flag /deals on
                    // /deals/review (class, aria-current): it may only agree with `active`.
                    activeOptions={{ exact: true } as never}
                    onClick={onNavigate}
                    variant="light"
                    data-testid={`nav-${item.label.split('.')[1]}`}
                  />
                );
              })}
            </Stack>
          );
        })}
      </Stack>
    </nav>
  );
}

function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const name = me.user?.name ?? '';
  const signOut = async () => {
    try {
      await unwrap(api.POST('/api/v1/auth/logout'));
    } catch {
      // The session may already be gone; signing out locally is what matters.
    }
    csrf.clear();
    queryClient.clear();
    await navigate({ to: '/login', search: { reason: 'signedOut' } });
  };
  return (
    <Menu position="bottom-end" withinPortal width={240}>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('layout.userMenu', { name })}
          data-testid="user-menu"
          p={4}
          style={{ borderRadius: 8 }}
        >
          <Group gap={6} wrap="nowrap">
            <Avatar size={32} radius="xl" color="blue" name={name} />
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {name}
          </Text>
          <Text size="xs" truncate>
            {me.user?.email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} />}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={() => void signOut()}
          data-testid="sign-out"
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
