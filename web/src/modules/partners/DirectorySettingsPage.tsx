import {
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, type Schemas, unwrap } from '../../platform/api/client';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EmptyBlock, LoadingBlock } from '../../platform/ui/QueryState';
import { EditDeleteActions } from '../../platform/ui/RowActions';
import { type CustomField, customFieldsQuery, directoryKeys, directorySettingsQuery } from './api';

type Settings = Schemas['DirectorySettings'];
type EditableField = Settings['partnerEditableFields'][number];
const candidates: EditableField[] = [
  'name',
  'legalName',
  'website',
  'domains',
  'country',
  'operatingCountries',
  'regions',
  'industries',
  'competencies',
  'languages',
  'contacts',
];
const fieldTypes = ['text', 'number', 'date', 'select'] as const;

/** Directory settings (directory.manage): custom partner fields and partner-editable fields. */
export function DirectorySettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('directory.settings.title')} description={t('directory.settings.description')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <EditableFields />
        <CustomFields />
      </SimpleGrid>
    </>
  );
}

function EditableFields() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(directorySettingsQuery);
  const [draft, setDraft] = useState<string[] | null>(null);
  const save = useMutation({
    mutationFn: (s: Settings) =>
      unwrap(
        api.PATCH('/api/v1/directory-settings', {
          headers: s.version > 0 ? ifMatch(s.version) : {},
          body: { partnerEditableFields: (draft ?? s.partnerEditableFields) as EditableField[] },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(directoryKeys.settings, updated);
      setDraft(null);
    },
  });
  const label = (f: EditableField) =>
    f === 'contacts' ? t('directory.settings.contacts') : t(`directory.fields.${f}`);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="editable-fields">
      <Stack>
        <Title order={2} size="h4" id="editable-fields">
          {t('directory.settings.editableTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('directory.settings.editableText')}
        </Text>
        {settings.isPending ? (
          <LoadingBlock />
        ) : settings.isError ? (
          <ProblemAlert error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <>
            <ProblemAlert error={save.error} />
            <Checkbox.Group
              aria-labelledby="editable-fields"
              value={draft ?? settings.data.partnerEditableFields}
              onChange={setDraft}
            >
              <SimpleGrid cols={2} spacing="xs">
                {candidates.map((f) => (
                  <Checkbox key={f} value={f} label={label(f)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Group justify="flex-end">
              <Button onClick={() => save.mutate(settings.data)} loading={save.isPending} disabled={!draft}>
                {t('common.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}

function CustomFields() {
  const { t } = useTranslation();
  const defs = useQuery(customFieldsQuery);
  const [editing, setEditing] = useState<CustomField | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CustomField | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="custom-fields">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="custom-fields">
            {t('directory.settings.customTitle')}
          </Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing('new')}
          >
            {t('directory.settings.addField')}
          </Button>
        </Group>
        {defs.isPending ? (
          <LoadingBlock />
        ) : defs.isError ? (
          <ProblemAlert error={defs.error} onRetry={() => void defs.refetch()} />
        ) : defs.data.data.length === 0 ? (
          <EmptyBlock
            title={t('directory.settings.emptyTitle')}
            description={t('directory.settings.emptyText')}
          />
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('directory.settings.label')}</Table.Th>
                  <Table.Th>{t('directory.settings.type')}</Table.Th>
                  <Table.Th>{t('directory.settings.partnerEditable')}</Table.Th>
                  <Table.Th w={90}>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {defs.data.data.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Text size="sm">{d.label}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {d.key}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {t(`directory.settings.types.${d.type}`)}
                      {d.options.length ? (
                        <Text size="xs" c="dimmed">
                          {d.options.join(', ')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {d.partnerEditable ? t('directory.settings.yes') : t('directory.settings.no')}
                    </Table.Td>
                    <Table.Td>
                      <EditDeleteActions
                        editLabel={t('directory.settings.editField', { label: d.label })}
                        deleteLabel={t('directory.settings.deleteField', { label: d.label })}
                        onEdit={() => setEditing(d)}
                        onDelete={() => setDeleting(d)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new' || editing === null
            ? t('directory.settings.addField')
            : t('directory.settings.editField', { label: editing.label })
        }
        centered
      >
        {editing ? (
          <CustomFieldForm field={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('directory.settings.deleteTitle', { label: deleting.label })}
          confirmLabel={t('common.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/custom-fields/{customFieldId}', {
                params: { path: { customFieldId: deleting.id } },
              }),
            )
          }
          invalidate={directoryKeys.customFields}
          onClose={() => setDeleting(null)}
        >
          <Text size="sm">{t('directory.settings.deleteText')}</Text>
        </ConfirmMutationDialog>
      ) : null}
    </Card>
  );
}

function CustomFieldForm({ field, onDone }: { field: CustomField | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [key, setKey] = useState(field?.key ?? '');
  const [label, setLabel] = useState(field?.label ?? '');
  const [type, setType] = useState<CustomField['type']>(field?.type ?? 'text');
  const [options, setOptions] = useState<string[]>(field?.options ?? []);
  const [partnerEditable, setPartnerEditable] = useState(field?.partnerEditable ?? false);
  const save = useMutation({
    mutationFn: () =>
      field
        ? unwrap(
            api.PATCH('/api/v1/custom-fields/{customFieldId}', {
              params: { path: { customFieldId: field.id } },
              headers: ifMatch(field.version),
              body: { label: label.trim(), partnerEditable, ...(type === 'select' ? { options } : {}) },
            }),
          )
        : unwrap(
            api.POST('/api/v1/custom-fields', {
              body: {
                key: key.trim(),
                label: label.trim(),
                type,
                partnerEditable,
                ...(type === 'select' ? { options } : {}),
              },
            }),
          ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: directoryKeys.customFields });
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
          label={t('directory.settings.key')}
          description={t('directory.settings.keyHint')}
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
          disabled={field !== null}
          required
          error={errors.key}
        />
        <TextInput
          label={t('directory.settings.label')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          required
          error={errors.label}
        />
        <Select
          label={t('directory.settings.type')}
          data={fieldTypes.map((v) => ({ value: v, label: t(`directory.settings.types.${v}`) }))}
          value={type}
          onChange={(v) => v && setType(v as CustomField['type'])}
          disabled={field !== null}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {type === 'select' ? (
          <TagsInput
            label={t('directory.settings.options')}
            description={t('directory.hints.typeToAdd')}
            value={options}
            onChange={setOptions}
            error={errors.options}
          />
        ) : null}
        <Checkbox
          label={t('directory.settings.partnerEditable')}
          checked={partnerEditable}
          onChange={(e) => setPartnerEditable(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
