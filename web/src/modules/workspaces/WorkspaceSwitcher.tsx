import { Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { type Me, meQuery } from '../../platform/auth/session';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';

/** Current workspace and role; a picker when the user belongs to several workspaces. */
export function WorkspaceSwitcher({ me, onSwitched }: { me: Me; onSwitched?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const switchTo = useMutation({
    mutationFn: (workspaceId: string) =>
      unwrap(api.POST('/api/v1/session/workspace', { body: { workspaceId } })),
    onSuccess: async (updated) => {
      // Everything cached belonged to the other workspace.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      queryClient.setQueryData(meQuery.queryKey, updated);
      onSwitched?.();
      await navigate({ to: '/' });
    },
  });
  const current = me.current;
  const role = current ? t(`roles.${current.role}` as 'roles.owner') : '';
  if (me.memberships.length <= 1) {
    return (
      <Stack gap={0} px="sm" data-testid="workspace-name">
        <Text size="xs" c="dimmed">
          {t('workspaces.current')}
        </Text>
        <Text size="sm" fw={600} lineClamp={2}>
          {current?.workspaceName ?? t('workspaces.none')}
        </Text>
        {role ? (
          <Text size="xs" c="dimmed">
            {role}
          </Text>
        ) : null}
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <Select
        label={t('workspaces.switch')}
        data-testid="workspace-switcher"
        value={current?.workspaceId ?? null}
        data={me.memberships.map((m) => ({
          value: m.workspaceId,
          label: `${m.workspaceName} · ${t(`roles.${m.role}` as 'roles.owner')}`,
        }))}
        onChange={(value) => value && value !== current?.workspaceId && switchTo.mutate(value)}
        allowDeselect={false}
        disabled={switchTo.isPending}
        comboboxProps={{ withinPortal: true }}
      />
      <ProblemAlert error={switchTo.error} />
    </Stack>
  );
}
