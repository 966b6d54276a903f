import {
  ActionIcon,
  Badge,
  Button,
  Grid,
  Group,
  Menu,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDots, IconKey, IconSearch, IconUserMinus, IconUserShield, IconUsers } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '../../platform/api/client';
import { can, type Me, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmMutationDialog, ShownOnce } from '../../platform/ui/dialogs';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { ButtonLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import {
  assignableRoles,
  isPartnerRole,
  type Member,
  type MemberListQuery,
  memberKeys,
  partnerRoles,
  type Role,
  vendorRoles,
} from './api';
import { PartnerName } from './PartnerName';

const route = getRouteApi('/app/members');

/** Members: search, filter, sort, page, export; change roles, remove, hand out reset links. */
export function MembersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  const [exportError, setExportError] = useState<unknown>(null);
  const [roleFor, setRoleFor] = useState<Member | null>(null);
  const [removeFor, setRemoveFor] = useState<Member | null>(null);
  const [resetFor, setResetFor] = useState<Member | null>(null);
  const isVendor = me.current?.kind === 'vendor';

  useEffect(() => {
    if ((debounced || undefined) !== search.q) {
      void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
    }
  }, [debounced, search.q, navigate]);

  const filters: MemberListQuery = {
    sort: search.sort ?? 'created_at',
    ...(search.q ? { q: search.q } : {}),
    ...(search.kind ? { 'filter[kind]': search.kind } : {}),
    ...(search.role ? { 'filter[role]': search.role } : {}),
    ...(search.partnerId ? { 'filter[partnerId]': search.partnerId } : {}),
  };
  const { query: list, pages } = usePagedQuery({
    queryKey: [...memberKeys.all, 'list'],
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/members', { params: { query: { ...filters, ...paging } } })),
  });
  const filtered = Boolean(search.q || search.kind || search.role || search.partnerId);
  const setFilter = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const mayUpdate = can(me, 'members.update');
  const roles = isVendor ? [...vendorRoles, ...partnerRoles] : [...partnerRoles];

  return (
    <>
      <PageHeader
        title={t('members.title')}
        description={isVendor ? t('members.description') : t('members.descriptionPartner')}
        actions={
          <>
            <ExportCsvButton
              path="/api/v1/members"
              query={filters}
              filename="members"
              onError={setExportError}
            />
            {can(me, 'members.invite') ? (
              <ButtonLink to="/invitations" search={{}}>
                {t('invitations.invite')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <ProblemAlert error={exportError} />
      {search.partnerId ? (
        <Group mb="sm" gap="xs">
          <Text size="sm">{t('members.filteredByPartner')}</Text>
          <PartnerName partnerId={search.partnerId} />
          <Button size="compact-sm" variant="subtle" onClick={() => setFilter({ partnerId: undefined })}>
            {t('common.clearFilters')}
          </Button>
        </Group>
      ) : null}
      <Grid mb="md" role="search" aria-label={t('common.filters')} gap="sm">
        <Grid.Col span={{ base: 12, md: isVendor ? 6 : 4 }}>
          <TextInput
            label={t('common.search')}
            placeholder={t('members.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </Grid.Col>
        {isVendor ? (
          <Grid.Col span={{ base: 12, xs: 4, md: 2 }}>
            <Select
              label={t('members.kind')}
              placeholder={t('common.all')}
              data={[
                { value: 'vendor', label: t('members.kinds.vendor') },
                { value: 'partner', label: t('members.kinds.partner') },
              ]}
              value={search.kind ?? null}
              onChange={(v) => setFilter({ kind: (v as 'vendor' | 'partner') ?? undefined })}
              clearable
            />
          </Grid.Col>
        ) : null}
        <Grid.Col span={{ base: 6, xs: isVendor ? 4 : 6, md: isVendor ? 2 : 4 }}>
          <Select
            label={t('members.role')}
            placeholder={t('common.all')}
            data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={search.role ?? null}
            onChange={(v) => setFilter({ role: (v as Role) ?? undefined })}
            clearable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, xs: isVendor ? 4 : 6, md: isVendor ? 2 : 4 }}>
          <Select
            label={t('common.sortBy')}
            data={(['created_at', '-created_at', 'email', '-email'] as const).map((s) => ({
              value: s,
              label: t(`members.sort.${s}`),
            }))}
            value={search.sort ?? 'created_at'}
            onChange={(v) => setFilter({ sort: (v as NonNullable<typeof search.sort>) ?? undefined })}
            allowDeselect={false}
          />
        </Grid.Col>
      </Grid>
      <PagedTable
        query={list}
        pages={pages}
        empty={
          filtered
            ? {
                title: t('members.noMatchTitle'),
                description: t('members.noMatchText'),
                icon: <IconSearch size={24} />,
                action: (
                  <ButtonLink variant="default" to="/members" search={{}} onClick={() => setText('')}>
                    {t('common.clearFilters')}
                  </ButtonLink>
                ),
              }
            : {
                title: t('members.emptyTitle'),
                description: t('members.emptyText'),
                icon: <IconUsers size={24} />,
              }
        }
        minWidth={680}
        testId="members-table"
        highlightOnHover
        head={
          <>
            <Table.Th>{t('members.name')}</Table.Th>
            <Table.Th>{t('members.role')}</Table.Th>
            {isVendor ? <Table.Th>{t('members.partner')}</Table.Th> : null}
            <Table.Th>{t('members.joined')}</Table.Th>
            {mayUpdate ? (
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </>
        }
      >
        {(m) => (
          <Table.Tr key={m.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {m.name}
                {m.id === me.current?.membershipId ? (
                  <Badge size="xs" variant="light" ml={6}>
                    {t('members.you')}
                  </Badge>
                ) : null}
              </Text>
              <Text size="xs" c="dimmed">
                {m.email}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`roles.${m.role}`)}</Text>
            </Table.Td>
            {isVendor ? (
              <Table.Td>
                {m.partnerId ? <PartnerName partnerId={m.partnerId} /> : <Text size="sm">—</Text>}
              </Table.Td>
            ) : null}
            <Table.Td>
              <Text size="sm">{fmt.date(m.createdAt)}</Text>
            </Table.Td>
            {mayUpdate ? (
              <Table.Td>
                <MemberActions
                  member={m}
                  me={me}
                  onRole={() => setRoleFor(m)}
                  onRemove={() => setRemoveFor(m)}
                  onReset={() => setResetFor(m)}
                />
              </Table.Td>
            ) : null}
          </Table.Tr>
        )}
      </PagedTable>
      {roleFor ? <ChangeRole member={roleFor} me={me} onClose={() => setRoleFor(null)} /> : null}
      {removeFor ? <RemoveMember member={removeFor} onClose={() => setRemoveFor(null)} /> : null}
      {resetFor ? <ResetLink member={resetFor} onClose={() => setResetFor(null)} /> : null}
    </>
  );
}

function MemberActions({
  member,
  me,
  onRole,
  onRemove,
  onReset,
}: {
  member: Member;
  me: Me;
  onRole: () => void;
  onRemove: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const self = member.id === me.current?.membershipId;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('members.actionsFor', { name: member.name })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconUserShield size={16} />} onClick={onRole}>
          {t('members.changeRole')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} />} onClick={onReset}>
          {t('members.resetLink')}
        </Menu.Item>
        {!self ? (
          <Menu.Item leftSection={<IconUserMinus size={16} />} color="red" onClick={onRemove}>
            {t('members.remove')}
          </Menu.Item>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}

function ChangeRole({ member, me, onClose }: { member: Member; me: Me; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = assignableRoles(me.current?.role).filter(
    (r) => isPartnerRole(r) === (member.kind === 'partner'),
  );
  const [role, setRole] = useState<Role | null>(options.includes(member.role) ? member.role : null);
  const update = useMutation({
    mutationFn: (value: Role) =>
      unwrap(
        api.PATCH('/api/v1/members/{memberId}', {
          params: { path: { memberId: member.id } },
          headers: ifMatch(member.version),
          body: { role: value },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: memberKeys.all });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('members.changeRoleFor', { name: member.name })} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (role) update.mutate(role);
        }}
        noValidate
      >
        <Stack>
          <ProblemAlert error={update.error} />
          {options.length === 0 ? (
            <Text size="sm">{t('members.noAssignableRoles')}</Text>
          ) : (
            <Select
              label={t('members.role')}
              data={options.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={role}
              onChange={(v) => setRole(v as Role | null)}
              allowDeselect={false}
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!role || role === member.role}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RemoveMember({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmMutationDialog
      onClose={onClose}
      title={t('members.removeTitle')}
      confirmLabel={t('members.remove')}
      mutationFn={() =>
        unwrap(api.DELETE('/api/v1/members/{memberId}', { params: { path: { memberId: member.id } } }))
      }
      invalidate={memberKeys.all}
    >
      <Text size="sm">{t('members.removeText', { name: member.name, email: member.email })}</Text>
    </ConfirmMutationDialog>
  );
}

function ResetLink({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/members/{memberId}/password-reset', { params: { path: { memberId: member.id } } }),
      ),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('members.resetLinkFor', { name: member.name })}
      centered
      size="lg"
    >
      <Stack>
        <ProblemAlert error={create.error} />
        {create.data ? (
          <>
            <ShownOnce
              label={t('members.resetLinkLabel')}
              value={create.data.resetUrl}
              warning={t('members.resetLinkOnce', { expires: fmt.dateTime(create.data.expiresAt) })}
            />
            <Group justify="flex-end">
              <Button onClick={onClose}>{t('common.done')}</Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{t('members.resetLinkHelp', { email: member.email })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => create.mutate()} loading={create.isPending} data-autofocus>
                {t('members.resetLinkCreate')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
