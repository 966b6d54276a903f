import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { partnerTypes } from '../programs/ProgramForm';
import {
  agreementsQuery,
  DEFAULT_MAX_BYTES,
  documentTypes,
  type OnboardingTemplate,
  onboardingKeys,
  type TemplateBody,
  type TemplateTaskBody,
} from './api';

export const taskKinds = ['agreement', 'tax', 'bank', 'document', 'course', 'custom'] as const;
type Kind = (typeof taskKinds)[number];
type DocType = (typeof documentTypes)[number];

/** One task as edited: the config fields of every kind, so switching kind back and forth keeps input. */
type TaskDraft = {
  key: number;
  kind: Kind;
  title: string;
  description: string;
  required: boolean;
  agreementId: string | null;
  allowedTypes: DocType[];
  maxMb: number | string;
  courseKey: string;
};

const MB = 1024 * 1024;
let nextKey = 0;
const blankTask = (kind: Kind = 'custom'): TaskDraft => ({
  key: nextKey++,
  kind,
  title: '',
  description: '',
  required: true,
  agreementId: null,
  allowedTypes: [...documentTypes],
  maxMb: DEFAULT_MAX_BYTES / MB,
  courseKey: '',
});

const draftOf = (t: OnboardingTemplate['tasks'][number]): TaskDraft => ({
  ...blankTask(t.kind),
  title: t.title,
  description: t.description,
  required: t.required,
  agreementId: t.agreementId,
  allowedTypes: t.config.allowedTypes ?? [...documentTypes],
  maxMb: (t.config.maxBytes ?? DEFAULT_MAX_BYTES) / MB,
  courseKey: t.config.courseKey ?? '',
});

/** Only the config the kind uses is sent: the API rejects an agreement on a non-agreement task. */
function taskBody(d: TaskDraft): TemplateTaskBody {
  const base = { kind: d.kind, title: d.title, description: d.description, required: d.required };
  switch (d.kind) {
    case 'agreement':
      return { ...base, agreementId: d.agreementId, config: {} };
    case 'document':
      return {
        ...base,
        agreementId: null,
        config: {
          allowedTypes: d.allowedTypes,
          // Whole bytes; an empty field leaves the server default.
          ...(d.maxMb === '' ? {} : { maxBytes: Math.round(Number(d.maxMb) * MB) }),
        },
      };
    case 'course':
      return { ...base, agreementId: null, config: d.courseKey ? { courseKey: d.courseKey.trim() } : {} };
    default:
      return { ...base, agreementId: null, config: {} };
  }
}

/** The error fields a draft property answers for: config fields also clear the whole config's error. */
const configFields: Record<string, string> = {
  allowedTypes: 'allowedTypes',
  maxMb: 'maxBytes',
  courseKey: 'courseKey',
};
const fieldsOf = (i: number, key: string) => {
  const c = configFields[key];
  return c ? [`tasks.${i}.config`, `tasks.${i}.config.${c}`] : [`tasks.${i}.${key}`];
};

/** "3, 7, 14" → [3, 7, 14]; anything that is not a number is sent as is for the server to name. */
const parseDays = (s: string) =>
  s
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((x) => Number(x));

/**
 * Create (no `template`) or replace a template of a program. Field errors of the problem+json
 * response show at their field (`tasks.2.title` under the third task's title) and disappear as
 * soon as that field is edited.
 */
export function TemplateDialog({
  programId,
  template,
  onClose,
}: {
  programId: string;
  template?: OnboardingTemplate;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const agreements = useQuery(agreementsQuery(programId));
  const [name, setName] = useState(template?.name ?? '');
  const [partnerType, setPartnerType] = useState<string>(template?.partnerType ?? '');
  const [days, setDays] = useState((template?.reminderDays ?? [3, 7, 14]).join(', '));
  const [tasks, setTasks] = useState<TaskDraft[]>(() => template?.tasks.map(draftOf) ?? [blankTask()]);
  const [edited, setEdited] = useState<Set<string>>(new Set());

  const save = useMutation({
    mutationFn: (body: TemplateBody) =>
      unwrap(
        template
          ? api.PUT('/api/v1/onboarding-templates/{onboardingTemplateId}', {
              params: { path: { onboardingTemplateId: template.id } },
              body,
            })
          : api.POST('/api/v1/programs/{programId}/onboarding-templates', {
              params: { path: { programId } },
              body,
            }),
      ),
    onMutate: () => setEdited(new Set()),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: onboardingKeys.templates(programId) });
      onClose();
    },
  });
  const all = fieldErrorsOf(save.error);
  const err = (field: string) => (edited.has(field) ? undefined : all[field]);
  const touch = (...fields: string[]) =>
    setEdited((s) => (fields.every((f) => s.has(f)) ? s : new Set([...s, ...fields])));

  const setTask = (i: number, patch: Partial<TaskDraft>) => {
    touch(...Object.keys(patch).flatMap((k) => fieldsOf(i, k)));
    setTasks((ts) => ts.map((task, j) => (j === i ? { ...task, ...patch } : task)));
  };
  const move = (i: number, by: -1 | 1) =>
    setTasks((ts) => {
      const out = [...ts];
      const [task] = out.splice(i, 1);
      out.splice(i + by, 0, task!);
      return out;
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      name,
      partnerType: (partnerType || null) as TemplateBody['partnerType'],
      reminderDays: parseDays(days),
      tasks: tasks.map(taskBody),
    });
  };

  const agreementOptions = (agreements.data?.data ?? []).map((a) => ({ value: a.id, label: a.title }));
  const title = template ? t('onboarding.templates.edit') : t('onboarding.templates.create');
  return (
    <Modal opened onClose={onClose} title={title} size="xl" centered>
      <form onSubmit={submit} noValidate data-testid="template-form">
        <Stack>
          <ProblemAlert error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('onboarding.templates.name')}
              value={name}
              onChange={(e) => {
                touch('name');
                setName(e.currentTarget.value);
              }}
              required
              error={err('name')}
              data-autofocus
              data-testid="template-name"
            />
            <Select
              label={t('onboarding.templates.partnerType')}
              data={[
                { value: '', label: t('onboarding.templates.programDefault') },
                ...partnerTypes.map((ty) => ({ value: ty, label: t(`partnerTypes.${ty}`) })),
              ]}
              value={partnerType}
              onChange={(v) => {
                touch('partnerType');
                setPartnerType(v ?? '');
              }}
              allowDeselect={false}
              error={err('partnerType')}
              comboboxProps={{ withinPortal: true }}
              data-testid="template-partner-type"
            />
          </SimpleGrid>
          <TextInput
            label={t('onboarding.templates.reminderDays')}
            description={t('onboarding.templates.reminderDaysHelp')}
            value={days}
            onChange={(e) => {
              touch('reminderDays');
              setDays(e.currentTarget.value);
            }}
            error={err('reminderDays')}
          />
          <Text fw={600} size="sm">
            {t('onboarding.templates.tasks')}
          </Text>
          {err('tasks') && !Object.keys(all).some((k) => k.startsWith('tasks.')) ? (
            <Text c="red" size="sm">
              {err('tasks')}
            </Text>
          ) : null}
          {tasks.map((task, i) => (
            <TaskEditor
              key={task.key}
              index={i}
              count={tasks.length}
              task={task}
              agreementOptions={agreementOptions}
              err={(f) => err(`tasks.${i}.${f}`)}
              onChange={(patch) => setTask(i, patch)}
              onMove={(by) => move(i, by)}
              onRemove={() => {
                touch('tasks');
                setTasks((ts) => ts.filter((_, j) => j !== i));
              }}
            />
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => {
                touch('tasks');
                setTasks((ts) => [...ts, blankTask()]);
              }}
              disabled={tasks.length >= 50}
              data-testid="template-add-task"
            >
              {t('onboarding.templates.addTask')}
            </Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="template-save">
              {t('onboarding.templates.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function TaskEditor({
  index,
  count,
  task,
  agreementOptions,
  err,
  onChange,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  task: TaskDraft;
  agreementOptions: { value: string; label: string }[];
  err: (field: string) => string | undefined;
  onChange: (patch: Partial<TaskDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <Card withBorder padding="sm" data-testid="template-task-editor">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {t('onboarding.templates.taskN', { n })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              onClick={() => onMove(-1)}
              disabled={index === 0}
              aria-label={t('onboarding.templates.moveUp', { n })}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              onClick={() => onMove(1)}
              disabled={index === count - 1}
              aria-label={t('onboarding.templates.moveDown', { n })}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={onRemove}
              disabled={count === 1}
              aria-label={t('onboarding.templates.removeTask', { n })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('onboarding.templates.kind')}
            data={taskKinds.map((k) => ({ value: k, label: t(`onboarding.kinds.${k}`) }))}
            value={task.kind}
            onChange={(k) => k && onChange({ kind: k as Kind })}
            allowDeselect={false}
            error={err('kind')}
            comboboxProps={{ withinPortal: true }}
            data-testid="task-kind"
          />
          <TextInput
            label={t('onboarding.templates.taskTitle')}
            value={task.title}
            onChange={(e) => onChange({ title: e.currentTarget.value })}
            required
            error={err('title')}
            data-testid="task-title"
          />
        </SimpleGrid>
        <Textarea
          label={t('onboarding.templates.taskDescription')}
          value={task.description}
          onChange={(e) => onChange({ description: e.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={6}
          error={err('description')}
        />
        {task.kind === 'agreement' ? (
          <Select
            label={t('onboarding.templates.agreement')}
            placeholder={t('onboarding.templates.firstAgreement')}
            description={agreementOptions.length === 0 ? t('onboarding.templates.noAgreements') : undefined}
            data={agreementOptions}
            value={task.agreementId}
            onChange={(v) => onChange({ agreementId: v })}
            clearable
            error={err('agreementId')}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        {task.kind === 'document' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('onboarding.templates.allowedTypes')}
              data={documentTypes.map((d) => ({ value: d, label: t(`onboarding.templates.docTypes.${d}`) }))}
              value={task.allowedTypes}
              onChange={(v) => onChange({ allowedTypes: v as DocType[] })}
              error={err('config.allowedTypes') ?? err('config')}
              comboboxProps={{ withinPortal: true }}
            />
            <NumberInput
              label={t('onboarding.templates.maxSize')}
              description={t('onboarding.templates.maxSizeHelp')}
              value={task.maxMb}
              onChange={(v) => onChange({ maxMb: v })}
              min={1}
              max={25}
              decimalScale={1}
              error={err('config.maxBytes')}
            />
          </SimpleGrid>
        ) : null}
        {task.kind === 'course' ? (
          <TextInput
            label={t('onboarding.templates.courseKey')}
            description={t('onboarding.templates.courseKeyHelp')}
            value={task.courseKey}
            onChange={(e) => onChange({ courseKey: e.currentTarget.value })}
            error={err('config.courseKey') ?? err('config')}
          />
        ) : null}
        <Checkbox
          label={t('onboarding.templates.required')}
          checked={task.required}
          onChange={(e) => onChange({ required: e.currentTarget.checked })}
          error={err('required')}
        />
      </Stack>
    </Card>
  );
}
