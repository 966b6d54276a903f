import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { directoryKeys, savedViewsQuery } from './api';
import { type DirectorySearch, fromViewQuery, toViewQuery } from './search';

/** Pick, save (the current filters) and delete saved directory views. */
export function SavedViews({
  search,
  onPick,
}: {
  search: DirectorySearch;
  onPick: (search: DirectorySearch) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const views = useQuery(savedViewsQuery);
  const [saveOpen, saveModal] = useDisclosure(false);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const current = toViewQuery(search);
  const selected = views.data?.data.find((v) => v.query === current) ?? null;
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t('directory.views.label')}
        placeholder={t('directory.views.placeholder')}
        data={(views.data?.data ?? []).map((v) => ({
          value: v.id,
          label: v.mine ? v.name : `${v.name} (${t('directory.views.sharedBy')})`,
        }))}
        value={selected?.id ?? null}
        onChange={(id) => {
          const view = views.data?.data.find((v) => v.id === id);
          if (view) onPick(fromViewQuery(view.query));
        }}
        w={220}
        comboboxProps={{ withinPortal: true }}
        data-testid="saved-view-select"
      />
      {selected?.mine ? (
        <Tooltip label={t('directory.views.delete')}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('directory.views.delete')}
            onClick={() => setDeleting({ id: selected.id, name: selected.name })}
            data-testid="saved-view-delete"
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={16} />}
        onClick={saveModal.open}
        data-testid="saved-view-save"
      >
        {t('directory.views.save')}
      </Button>
      <Modal opened={saveOpen} onClose={saveModal.close} title={t('directory.views.saveTitle')} centered>
        {saveOpen ? (
          <SaveViewForm
            query={current}
            onDone={async () => {
              await queryClient.invalidateQueries({ queryKey: directoryKeys.views });
              saveModal.close();
            }}
          />
        ) : null}
      </Modal>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('directory.views.deleteTitle', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/partner-views/{savedViewId}', {
                params: { path: { savedViewId: deleting.id } },
              }),
            )
          }
          invalidate={directoryKeys.views}
          onClose={() => setDeleting(null)}
        >
          <Text size="sm">{t('directory.views.deleteText')}</Text>
        </ConfirmMutationDialog>
      ) : null}
    </Group>
  );
}

function SaveViewForm({ query, onDone }: { query: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/partner-views', { body: { name: name.trim(), query, shared } })),
    onSuccess: onDone,
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
          label={t('directory.views.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          data-autofocus
          error={errors.name}
          data-testid="saved-view-name"
        />
        <Checkbox
          label={t('directory.views.shared')}
          checked={shared}
          onChange={(e) => setShared(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="saved-view-submit">
            {t('directory.views.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
