import {
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EmptyBlock, LoadingBlock } from '../../platform/ui/QueryState';
import { EditDeleteActions } from '../../platform/ui/RowActions';
import { memberListQuery } from '../members/api';
import { type Contact, contactRoles, directorySettingsQuery, type Partner, partnerKeys } from './api';

/** The partner's people: its portal users (memberships) and its contacts. */
export function PeopleTab({ partner }: { partner: Partner }) {
  const me = useMe();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      {can(me, 'members.read') ? <Users partner={partner} /> : null}
      <Contacts partner={partner} />
    </SimpleGrid>
  );
}

function Users({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const me = useMe();
  const people = useQuery(memberListQuery({ 'filter[partnerId]': partner.id, limit: 50, sort: 'email' }));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-users">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="partner-users">
            {t('directory.people.users')}
          </Title>
          <AnchorLink to="/members" search={{ partnerId: partner.id }} size="sm">
            {t('common.viewAll')}
          </AnchorLink>
        </Group>
        {people.isPending ? (
          <LoadingBlock />
        ) : people.isError ? (
          <ProblemAlert error={people.error} />
        ) : people.data.data.length === 0 ? (
          <EmptyBlock
            title={t('partners.noPeopleTitle')}
            description={t('partners.noPeopleText')}
            action={
              can(me, 'members.invite') ? (
                <ButtonLink to="/invitations" search={{ invite: partner.id }} variant="light">
                  {t('invitations.invite')}
                </ButtonLink>
              ) : undefined
            }
          />
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('members.name')}</Table.Th>
                  <Table.Th>{t('members.role')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.data.data.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Text size="sm">{m.name}</Text>
                      <Text size="xs" c="dimmed">
                        {m.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`roles.${m.role}` as 'roles.owner')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

function Contacts({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const me = useMe();
  const isPartnerUser = me.current?.kind === 'partner';
  const settings = useQuery({ ...directorySettingsQuery, enabled: isPartnerUser });
  const mayEdit =
    can(me, 'partners.update') &&
    (!isPartnerUser || (settings.data?.partnerEditableFields ?? []).includes('contacts'));
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const { query, pages } = usePagedQuery({
    queryKey: partnerKeys.contacts(partner.id),
    filters: {},
    fetch: (paging) =>
      unwrap(
        api.GET('/api/v1/partners/{partnerId}/contacts', {
          params: { path: { partnerId: partner.id }, query: { ...paging, sort: 'name' } },
        }),
      ),
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-contacts">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="partner-contacts">
            {t('directory.people.contacts')}
          </Title>
          {mayEdit ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setEditing('new')}
              data-testid="contact-add"
            >
              {t('directory.people.addContact')}
            </Button>
          ) : null}
        </Group>
        <PagedTable
          query={query}
          pages={pages}
          minWidth={420}
          testId="contacts-table"
          empty={{
            title: t('directory.people.noContactsTitle'),
            description: t('directory.people.noContactsText'),
          }}
          head={
            <>
              <Table.Th>{t('directory.people.name')}</Table.Th>
              <Table.Th>{t('directory.people.role')}</Table.Th>
              {mayEdit ? <Table.Th w={90}>{t('common.actions')}</Table.Th> : null}
            </>
          }
        >
          {(c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Text size="sm">{c.name}</Text>
                <Text size="xs" c="dimmed">
                  {[c.title, c.email, c.phone].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>{t(`directory.contactRoles.${c.role}`)}</Table.Td>
              {mayEdit ? (
                <Table.Td>
                  <EditDeleteActions
                    editLabel={t('directory.people.editContactOf', { name: c.name })}
                    deleteLabel={t('directory.people.deleteContactOf', { name: c.name })}
                    onEdit={() => setEditing(c)}
                    onDelete={() => setDeleting(c)}
                  />
                </Table.Td>
              ) : null}
            </Table.Tr>
          )}
        </PagedTable>
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('directory.people.addContact') : t('directory.people.editContact')}
        centered
      >
        {editing ? (
          <ContactForm
            partnerId={partner.id}
            contact={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('directory.people.deleteContactTitle')}
          confirmLabel={t('common.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/partners/{partnerId}/contacts/{contactId}', {
                params: { path: { partnerId: partner.id, contactId: deleting.id } },
              }),
            )
          }
          invalidate={partnerKeys.contacts(partner.id)}
          onClose={() => setDeleting(null)}
        >
          <Text size="sm">{t('directory.people.deleteContactText', { name: deleting.name })}</Text>
        </ConfirmMutationDialog>
      ) : null}
    </Card>
  );
}

function ContactForm({
  partnerId,
  contact,
  onDone,
}: {
  partnerId: string;
  contact: Contact | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(contact?.name ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [title, setTitle] = useState(contact?.title ?? '');
  const [role, setRole] = useState<Contact['role']>(contact?.role ?? 'primary');
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: name.trim(),
        role,
        email: email.trim() || null,
        phone: phone.trim() || null,
        title: title.trim() || null,
      };
      return contact
        ? unwrap(
            api.PATCH('/api/v1/partners/{partnerId}/contacts/{contactId}', {
              params: { path: { partnerId, contactId: contact.id } },
              headers: ifMatch(contact.version),
              body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/partners/{partnerId}/contacts', { params: { path: { partnerId } }, body }),
          );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: partnerKeys.contacts(partnerId) });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={save.error} />
        <TextInput
          label={t('directory.people.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          data-autofocus
          error={errors.name}
          data-testid="contact-name"
        />
        <Select
          label={t('directory.people.role')}
          data={contactRoles.map((r) => ({ value: r, label: t(`directory.contactRoles.${r}`) }))}
          value={role}
          onChange={(v) => v && setRole(v as Contact['role'])}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('directory.people.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('directory.people.phone')}
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={errors.phone}
          />
          <TextInput
            label={t('directory.people.title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="contact-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
