import { Button, Group, Modal, type ModalProps, Stack } from '@mantine/core';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert } from './ProblemAlert';

/**
 * The save of a create/edit form: runs `mutationFn`, refreshes `invalidate`, then calls `onDone`.
 * Returns the mutation, the API's field errors and the form's submit handler.
 */
export function useSaveForm<T>({
  mutationFn,
  invalidate,
  onDone,
}: {
  mutationFn: () => Promise<T>;
  invalidate: QueryKey;
  onDone: () => void;
}) {
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: invalidate });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return { save, errors, submit };
}

/** Cancel and submit at the end of a form. */
export function FormButtons({
  onCancel,
  pending,
  submitLabel,
  disabled,
  testId,
}: {
  onCancel: () => void;
  pending: boolean;
  submitLabel: string;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending} disabled={disabled} data-testid={testId}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** A create/edit form from `useSaveForm`: the API's problem first, the fields, then cancel/submit. */
export function SaveForm({
  form,
  onCancel,
  submitLabel,
  children,
}: {
  form: { save: { isError: boolean; error: unknown; isPending: boolean }; submit: (e: FormEvent) => void };
  onCancel: () => void;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack>
        {form.save.isError ? <ProblemAlert error={form.save.error} /> : null}
        {children}
        <FormButtons onCancel={onCancel} pending={form.save.isPending} submitLabel={submitLabel} />
      </Stack>
    </form>
  );
}

/**
 * The modal around a create/edit form: open while `editing` is set ('new' or the row), titled
 * for creating or editing; `children` gets the row (null when new).
 */
export function EditorModal<T>({
  editing,
  onClose,
  newTitle,
  editTitle,
  size,
  children,
}: {
  editing: T | 'new' | null;
  onClose: () => void;
  newTitle: string;
  editTitle: string;
  size?: ModalProps['size'];
  children: (item: T | null) => ReactNode;
}) {
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing === 'new' ? newTitle : editTitle}
      size={size}
      centered
    >
      {editing !== null ? children(editing === 'new' ? null : editing) : null}
    </Modal>
  );
}
