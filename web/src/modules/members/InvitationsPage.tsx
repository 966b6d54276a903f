import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconMailPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { type Me, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmMutationDialog, ShownOnce } from '../../platform/ui/dialogs';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { PartnerPicker } from '../partners/PartnerPicker';
import {
  assignableRoles,
  type Invitation,
  type InvitationListQuery,
  invitationStatuses,
  isPartnerRole,
  memberKeys,
  type Role,
} from './api';
import { PartnerName } from './PartnerName';

const route = getRouteApi('/app/invitations');
const statusColors = { pending: 'blue', accepted: 'green', revoked: 'gray', expired: 'orange' } as const;

/** Invitations by status; invite (the accept link is shown once) and revoke. */
export function InvitationsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [revokeFor, setRevokeFor] = useState<Invitation | null>(null);
  const status = search.status ?? 'pending';
  const isVendor = me.current?.kind === 'vendor';
  const inviteOpen = search.invite !== undefined;
  const openInvite = () => void navigate({ search: (prev) => ({ ...prev, invite: '' }), replace: true });
  const closeInvite = () =>
    void navigate({ search: (prev) => ({ ...prev, invite: undefined }), replace: true });

  const filters: InvitationListQuery = {
    sort: '-created_at',
    ...(status === 'all' ? {} : { 'filter[status]': status }),
  };
  const { query: list, pages } = usePagedQuery({
    queryKey: [...memberKeys.invitations, 'list'],
    filters,
    fetch: (paging) =>
      unwrap(api.GET('/api/v1/invitations', { params: { query: { ...filters, ...paging } } })),
  });

  return (
    <>
      <PageHeader
        title={t('invitations.title')}
        description={t('invitations.description')}
        actions={
          <Button leftSection={<IconMailPlus size={16} />} onClick={openInvite} data-testid="invite-open">
            {t('invitations.invite')}
          </Button>
        }
      />
      <SegmentedControl
        mb="md"
        aria-label={t('invitations.status')}
        value={status}
        onChange={(v) =>
          void navigate({ search: (prev) => ({ ...prev, status: v as typeof status }), replace: true })
        }
        data={[...invitationStatuses, 'all' as const].map((s) => ({
          value: s,
          label: s === 'all' ? t('common.all') : t(`invitations.statuses.${s}`),
        }))}
        style={{ maxWidth: '100%', overflowX: 'auto' }}
      />
      <PagedTable
        query={list}
        pages={pages}
        empty={{
          title: status === 'pending' ? t('invitations.emptyPendingTitle') : t('invitations.emptyTitle'),
          description: t('invitations.emptyText'),
          icon: <IconMailPlus size={24} />,
          action: (
            <Button leftSection={<IconMailPlus size={16} />} onClick={openInvite}>
              {t('invitations.invite')}
            </Button>
          ),
        }}
        minWidth={680}
        testId="invitations-table"
        head={
          <>
            <Table.Th>{t('auth.email')}</Table.Th>
            <Table.Th>{t('members.role')}</Table.Th>
            {isVendor ? <Table.Th>{t('members.partner')}</Table.Th> : null}
            <Table.Th>{t('invitations.status')}</Table.Th>
            <Table.Th>{t('invitations.expires')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </>
        }
      >
        {(inv) => (
          <Table.Tr key={inv.id}>
            <Table.Td>
              <Text size="sm">{inv.email}</Text>
              <Text size="xs" c="dimmed">
                {t('invitations.sent', { date: fmt.date(inv.createdAt) })}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`roles.${inv.role}`)}</Text>
            </Table.Td>
            {isVendor ? (
              <Table.Td>
                <PartnerName partnerId={inv.partnerId} />
              </Table.Td>
            ) : null}
            <Table.Td>
              <Badge color={statusColors[inv.status]} variant="light">
                {t(`invitations.statuses.${inv.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{fmt.dateTime(inv.expiresAt)}</Text>
            </Table.Td>
            <Table.Td>
              {inv.status === 'pending' ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => setRevokeFor(inv)}
                  aria-label={t('invitations.revokeFor', { email: inv.email })}
                >
                  {t('invitations.revoke')}
                </Button>
              ) : null}
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      {inviteOpen ? <InviteDialog me={me} partnerId={search.invite || null} onClose={closeInvite} /> : null}
      {revokeFor ? <RevokeInvitation invitation={revokeFor} onClose={() => setRevokeFor(null)} /> : null}
    </>
  );
}

function InviteDialog({ me, partnerId, onClose }: { me: Me; partnerId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const isVendor = me.current?.kind === 'vendor';
  const roles = assignableRoles(me.current?.role);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(partnerId ? 'partner_admin' : (roles[0] ?? null));
  const [partner, setPartner] = useState<string | null>(partnerId);
  const [days, setDays] = useState<number | string>(7);
  const create = useMutation({
    mutationFn: (body: Schemas['CreateInvitationInput']) => unwrap(api.POST('/api/v1/invitations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.invitations }),
  });
  const fieldErrors = fieldErrorsOf(create.error);
  const needsPartner = isVendor && role !== null && isPartnerRole(role);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!role) return;
    create.mutate({
      email: email.trim(),
      role,
      ...(needsPartner && partner ? { partnerId: partner } : {}),
      ...(typeof days === 'number' ? { expiresInDays: days } : {}),
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('invitations.invite')} centered size="lg">
      {create.data ? (
        <Stack>
          <ShownOnce
            label={t('invitations.acceptLink')}
            value={create.data.acceptUrl}
            warning={t('invitations.acceptLinkOnce', { email: create.data.email })}
          />
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="invite-done">
              {t('common.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <ProblemAlert error={create.error} />
            <TextInput
              label={t('auth.email')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              required
              data-autofocus
              error={fieldErrors.email}
              data-testid="invite-email"
            />
            <Select
              label={t('members.role')}
              data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={role}
              onChange={(v) => setRole(v as Role | null)}
              allowDeselect={false}
              required
              error={fieldErrors.role}
              comboboxProps={{ withinPortal: true }}
            />
            {needsPartner ? (
              <PartnerPicker
                label={t('members.partner')}
                description={t('invitations.partnerHelp')}
                value={partner}
                onChange={setPartner}
                required
                error={fieldErrors.partnerId}
              />
            ) : null}
            <NumberInput
              label={t('invitations.expiresInDays')}
              min={1}
              max={30}
              value={days}
              onChange={setDays}
              error={fieldErrors.expiresInDays}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="invite-submit">
                {t('invitations.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function RevokeInvitation({ invitation, onClose }: { invitation: Invitation; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmMutationDialog
      onClose={onClose}
      title={t('invitations.revokeTitle')}
      confirmLabel={t('invitations.revoke')}
      mutationFn={() =>
        unwrap(
          api.DELETE('/api/v1/invitations/{invitationId}', {
            params: { path: { invitationId: invitation.id } },
          }),
        )
      }
      invalidate={memberKeys.invitations}
    >
      <Text size="sm">{t('invitations.revokeText', { email: invitation.email })}</Text>
    </ConfirmMutationDialog>
  );
}
