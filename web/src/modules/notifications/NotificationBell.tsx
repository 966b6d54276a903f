import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconBellOff } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EmptyBlock } from '../../platform/ui/QueryState';
import { useNotificationText } from './text';

type Notification = Schemas['Notification'];
const feedKey = ['notifications', 'feed'] as const;

/**
 * The header bell: unread count (polled every 30 s and when the window regains focus), the latest
 * ten notifications, mark one read by opening it, mark all read. Only with `notifications.read`.
 */
export function NotificationBell() {
  const me = useMe();
  if (!can(me, 'notifications.read') || me.current === null) return null;
  return <Bell />;
}

function Bell() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const describe = useNotificationText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, { toggle, close }] = useDisclosure(false);
  const feed = useQuery({
    queryKey: feedKey,
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 10 } } })),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: feedKey });
  const markRead = useMutation({
    mutationFn: (notificationId: string) =>
      unwrap(
        api.POST('/api/v1/notifications/{notificationId}/read', { params: { path: { notificationId } } }),
      ),
    onSuccess: refresh,
  });
  const markAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: refresh,
  });
  const unread = feed.data?.unreadCount ?? 0;
  const items = feed.data?.data ?? [];
  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    const target = linkOf(n);
    if (target) {
      close();
      void navigate(target);
    }
  };

  return (
    <Indicator
      label={unread > 99 ? '99+' : String(unread)}
      size={18}
      offset={6}
      color="red.8"
      disabled={unread === 0}
      data-testid="bell-count"
    >
      <Popover
        opened={opened}
        onChange={(o) => (o ? undefined : close())}
        position="bottom-end"
        width={360}
        shadow="md"
        withinPortal
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={toggle}
            aria-label={t('notifications.open', { count: unread })}
            data-testid="bell"
          >
            <IconBell size={18} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} role="dialog" aria-label={t('notifications.title')} data-testid="bell-panel">
          <Group justify="space-between" px="sm" py="xs">
            <Text fw={600} size="sm" component="h2" m={0}>
              {t('notifications.title')}
            </Text>
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => markAll.mutate()}
              disabled={unread === 0}
              loading={markAll.isPending}
              data-testid="bell-mark-all"
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          <Divider />
          <ProblemAlert error={feed.error ?? markRead.error ?? markAll.error} />
          {feed.isSuccess && items.length === 0 ? (
            <EmptyBlock
              title={t('notifications.emptyTitle')}
              description={t('notifications.emptyText')}
              icon={<IconBellOff size={24} />}
            />
          ) : (
            <ScrollArea.Autosize mah={420}>
              <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {items.map((n) => (
                  <li key={n.id}>
                    <UnstyledButton
                      onClick={() => open(n)}
                      w="100%"
                      px="sm"
                      py="xs"
                      className="notification-item"
                      data-unread={n.readAt ? undefined : true}
                      data-testid="notification"
                    >
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <span
                          aria-hidden
                          style={{
                            width: 8,
                            height: 8,
                            marginTop: 6,
                            flex: 'none',
                            borderRadius: 4,
                            background: n.readAt ? 'transparent' : 'var(--mantine-color-blue-8)',
                          }}
                        />
                        <Stack gap={0} style={{ minWidth: 0 }}>
                          <Text size="sm" fw={n.readAt ? 400 : 600}>
                            {n.readAt ? null : <VisuallyHidden>{t('notifications.unread')}: </VisuallyHidden>}
                            {describe(n)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            <time dateTime={n.createdAt} title={fmt.dateTime(n.createdAt)}>
                              {fmt.relative(n.createdAt)}
                            </time>
                          </Text>
                        </Stack>
                      </Group>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

/** Where a notification leads, if anywhere (a disabled endpoint → its page). */
function linkOf(n: Notification) {
  const data = (n.data ?? {}) as Record<string, unknown>;
  if (n.type === 'webhook_endpoint.disabled' && typeof data.id === 'string') {
    return { to: '/webhooks/$endpointId' as const, params: { endpointId: data.id }, search: {} };
  }
  // Deal events carry the deal as `dealId` (comments, extensions, participants) or as `id`.
  const dealId = [data.dealId, data.id].find(
    (v): v is string => typeof v === 'string' && v.startsWith('deal_'),
  );
  if (n.type.startsWith('deal.') && dealId)
    return { to: '/deals/$dealId' as const, params: { dealId }, search: {} };
  return null;
}
