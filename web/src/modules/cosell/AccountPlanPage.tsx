import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, type Schemas, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { ButtonLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { QueryState } from '../../platform/ui/QueryState';
import { memberListQuery } from '../members/api';
import { statusColor } from './AccountPlansPage';
import {
  type AccountPlan,
  cosellKeys,
  type PlanStatus,
  planStatuses,
  type StakeholderRole,
  stakeholderRoles,
} from './api';
import { isStaff } from './parts';

type Goal = AccountPlan['goals'][number];
type Stakeholder = AccountPlan['stakeholders'][number];
type PlanAction = AccountPlan['actions'][number];
type UpdateBody = Schemas['UpdateAccountPlanInput'];

const planQuery = (id: string) => ({
  queryKey: cosellKeys.plan(id),
  queryFn: () =>
    unwrap(api.GET('/api/v1/account-plans/{accountPlanId}', { params: { path: { accountPlanId: id } } })),
});

/** One joint account plan: goals, stakeholders with roles, actions with owners and due dates. */
export function AccountPlanPage() {
  const { accountPlanId } = useParams({ strict: false }) as { accountPlanId: string };
  const query = useQuery(planQuery(accountPlanId));
  return (
    <QueryState query={query} isEmpty={() => false} empty={{ title: '', description: '' }}>
      {(plan) => <PlanView plan={plan} />}
    </QueryState>
  );
}

function usePlanUpdate(plan: AccountPlan) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBody) =>
      unwrap(
        api.PATCH('/api/v1/account-plans/{accountPlanId}', {
          params: { path: { accountPlanId: plan.id }, header: ifMatch(plan.version) as never },
          body,
        }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(cosellKeys.plan(plan.id), updated);
      await queryClient.invalidateQueries({ queryKey: [...cosellKeys.plans, 'page'] });
    },
  });
}

function PlanView({ plan }: { plan: AccountPlan }) {
  const { t } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const navigate = useNavigate();
  const staff = isStaff(me);
  const writer = can(me, 'cosell.write');
  const update = usePlanUpdate(plan);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [goal, setGoal] = useState<Goal | 'new' | null>(null);
  const [person, setPerson] = useState<Stakeholder | 'new' | null>(null);
  const [action, setAction] = useState<PlanAction | 'new' | null>(null);
  const date = (d: string | null) => (d ? fmt.date(`${d}T12:00:00Z`) : '—');
  const replace = <T extends { id: string }>(list: T[], item: T) =>
    list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];

  return (
    <>
      <ButtonLink
        to="/account-plans"
        variant="subtle"
        leftSection={<IconArrowLeft size={16} />}
        mb="xs"
        px={0}
      >
        {t('cosell.plans.back')}
      </ButtonLink>
      <PageHeader
        title={plan.title}
        description={
          <Group gap="xs" component="span">
            <span>{plan.accountName}</span>
            {staff ? <span>· {plan.partnerName}</span> : null}
            <Badge variant="light" color={statusColor[plan.status]}>
              {t(`cosell.plans.statuses.${plan.status}`)}
            </Badge>
          </Group>
        }
        actions={
          staff && writer ? (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(true)}
                data-testid="plan-edit"
              >
                {t('cosell.plans.edit')}
              </Button>
              <Button
                variant="light"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => setDeleting(true)}
              >
                {t('cosell.plans.delete')}
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="lg">
        {plan.summary ? (
          <Paper withBorder p="md" radius="md">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {plan.summary}
            </Text>
          </Paper>
        ) : null}
        <ProblemAlert error={update.error} />

        <Section
          title={t('cosell.plans.goals')}
          addLabel={t('cosell.plans.addGoal')}
          onAdd={writer ? () => setGoal('new') : null}
          testId="goals"
        >
          <ItemTable
            items={plan.goals}
            emptyText={t('cosell.plans.noGoals')}
            minWidth={420}
            head={
              <>
                <Table.Th w={60}>{t('cosell.plans.done')}</Table.Th>
                <Table.Th>{t('cosell.plans.goal')}</Table.Th>
                <Table.Th>{t('cosell.plans.targetDate')}</Table.Th>
              </>
            }
            actions={
              writer
                ? (g) => ({
                    name: g.text,
                    onEdit: () => setGoal(g),
                    onRemove: () => update.mutate({ goals: plan.goals.filter((x) => x.id !== g.id) }),
                  })
                : null
            }
          >
            {(g) => (
              <>
                <DoneCell
                  name={g.text}
                  done={g.done}
                  disabled={!writer || update.isPending}
                  onChange={(done) => update.mutate({ goals: replace(plan.goals, { ...g, done }) })}
                />
                <Table.Td td={g.done ? 'line-through' : undefined}>{g.text}</Table.Td>
                <Table.Td>{date(g.targetDate)}</Table.Td>
              </>
            )}
          </ItemTable>
        </Section>

        <Section
          title={t('cosell.plans.stakeholders')}
          addLabel={t('cosell.plans.addStakeholder')}
          onAdd={writer ? () => setPerson('new') : null}
          testId="stakeholders"
        >
          <ItemTable
            items={plan.stakeholders}
            emptyText={t('cosell.plans.noStakeholders')}
            minWidth={560}
            head={
              <>
                <Table.Th>{t('cosell.plans.name')}</Table.Th>
                <Table.Th>{t('cosell.plans.jobTitle')}</Table.Th>
                <Table.Th>{t('cosell.plans.role')}</Table.Th>
                <Table.Th>{t('cosell.plans.email')}</Table.Th>
              </>
            }
            actions={
              writer
                ? (s) => ({
                    name: s.name,
                    onEdit: () => setPerson(s),
                    onRemove: () =>
                      update.mutate({ stakeholders: plan.stakeholders.filter((x) => x.id !== s.id) }),
                  })
                : null
            }
          >
            {(s) => (
              <>
                <Table.Td>
                  <Text size="sm">{s.name}</Text>
                  {s.notes ? (
                    <Text size="xs" c="dimmed">
                      {s.notes}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{s.title}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={s.role === 'blocker' ? 'red' : s.role === 'champion' ? 'teal' : 'blue'}
                  >
                    {t(`cosell.plans.roles.${s.role}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{s.email ?? ''}</Table.Td>
              </>
            )}
          </ItemTable>
        </Section>

        <Section
          title={t('cosell.plans.actions')}
          addLabel={t('cosell.plans.addAction')}
          onAdd={writer ? () => setAction('new') : null}
          testId="actions"
        >
          <ItemTable
            items={plan.actions}
            emptyText={t('cosell.plans.noActions')}
            minWidth={480}
            head={
              <>
                <Table.Th w={60}>{t('cosell.plans.done')}</Table.Th>
                <Table.Th>{t('cosell.plans.action')}</Table.Th>
                <Table.Th>{t('cosell.plans.owner')}</Table.Th>
                <Table.Th>{t('cosell.plans.dueDate')}</Table.Th>
              </>
            }
            actions={
              writer
                ? (a) => ({
                    name: a.title,
                    onEdit: () => setAction(a),
                    onRemove: () => update.mutate({ actions: plan.actions.filter((x) => x.id !== a.id) }),
                  })
                : null
            }
          >
            {(a) => (
              <>
                <DoneCell
                  name={a.title}
                  done={a.done}
                  disabled={!writer || update.isPending}
                  onChange={(done) => update.mutate({ actions: replace(plan.actions, { ...a, done }) })}
                />
                <Table.Td td={a.done ? 'line-through' : undefined}>{a.title}</Table.Td>
                <Table.Td>{a.ownerName}</Table.Td>
                <Table.Td>{date(a.dueDate)}</Table.Td>
              </>
            )}
          </ItemTable>
        </Section>
      </Stack>

      {editing ? <EditPlanDialog plan={plan} onClose={() => setEditing(false)} /> : null}
      {goal ? (
        <GoalDialog
          plan={plan}
          goal={goal === 'new' ? null : goal}
          onClose={() => setGoal(null)}
          toBody={(g) => ({ goals: replace(plan.goals, g) })}
        />
      ) : null}
      {person ? (
        <StakeholderDialog
          plan={plan}
          stakeholder={person === 'new' ? null : person}
          onClose={() => setPerson(null)}
          toBody={(s) => ({ stakeholders: replace(plan.stakeholders, s) })}
        />
      ) : null}
      {action ? (
        <ActionDialog
          plan={plan}
          action={action === 'new' ? null : action}
          onClose={() => setAction(null)}
          toBody={(a) => ({ actions: replace(plan.actions, a) })}
        />
      ) : null}
      {deleting ? (
        <ConfirmMutationDialog
          title={t('cosell.plans.delete')}
          confirmLabel={t('common.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/account-plans/{accountPlanId}', {
                params: { path: { accountPlanId: plan.id } },
              }),
            )
          }
          invalidate={cosellKeys.plans}
          onDone={() => navigate({ to: '/account-plans' })}
          onClose={() => setDeleting(false)}
        >
          <Text size="sm">{t('cosell.plans.deleteBody', { title: plan.title })}</Text>
        </ConfirmMutationDialog>
      ) : null}
    </>
  );
}

function Section({
  title,
  addLabel,
  onAdd,
  children,
  testId,
}: {
  title: string;
  addLabel: string;
  onAdd: (() => void) | null;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={title}
      data-testid={`plan-${testId}`}
    >
      <Group justify="space-between" mb="sm">
        <Text component="h2" fw={600} size="lg">
          {title}
        </Text>
        {onAdd ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={onAdd}
            data-testid={`plan-add-${testId}`}
          >
            {addLabel}
          </Button>
        ) : null}
      </Group>
      {children}
    </Paper>
  );
}

/** One list of the plan as a table (or a line saying it is empty); the actions column for writers. */
function ItemTable<T extends { id: string }>({
  items,
  emptyText,
  minWidth,
  head,
  actions,
  children,
}: {
  items: T[];
  emptyText: string;
  minWidth: number;
  head: ReactNode;
  actions: ((item: T) => { name: string; onEdit: () => void; onRemove: () => void }) | null;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {head}
            {actions ? <Table.Th aria-label={t('common.actions')} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              {children(item)}
              {actions ? (
                <Table.Td>
                  <ItemActions {...actions(item)} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DoneCell({
  name,
  done,
  disabled,
  onChange,
}: {
  name: string;
  done: boolean;
  disabled: boolean;
  onChange: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      <Checkbox
        aria-label={t('cosell.plans.markDone', { name })}
        checked={done}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </Table.Td>
  );
}

function ItemActions({ name, onEdit, onRemove }: { name: string; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <ActionIcon variant="subtle" aria-label={t('cosell.plans.editItem', { name })} onClick={onEdit}>
        <IconPencil size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('cosell.plans.removeItem', { name })}
        onClick={onRemove}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}

/** A modal form that saves one item by replacing its list (the API takes lists whole). */
function ItemDialog({
  plan,
  title,
  body,
  onClose,
  children,
  valid,
}: {
  plan: AccountPlan;
  title: string;
  body: () => UpdateBody;
  onClose: () => void;
  children: (errors: Record<string, string>) => ReactNode;
  valid: boolean;
}) {
  const { t } = useTranslation();
  const update = usePlanUpdate(plan);
  const errors = fieldErrorsOf(update.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(body(), { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form onSubmit={submit}>
        <Stack>
          {children(errors)}
          <ProblemAlert error={update.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!valid} data-testid="plan-item-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function GoalDialog({
  plan,
  goal,
  onClose,
  toBody,
}: {
  plan: AccountPlan;
  goal: Goal | null;
  onClose: () => void;
  toBody: (g: Goal) => UpdateBody;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(goal?.text ?? '');
  const [targetDate, setTargetDate] = useState(goal?.targetDate ?? '');
  const [id] = useState(goal?.id ?? newItemId());
  return (
    <ItemDialog
      plan={plan}
      title={goal ? t('cosell.plans.editItem', { name: goal.text }) : t('cosell.plans.addGoal')}
      body={() =>
        toBody({ id, text: text.trim(), targetDate: targetDate || null, done: goal?.done ?? false })
      }
      onClose={onClose}
      valid={text.trim().length > 0}
    >
      {(errors) => (
        <>
          <TextInput
            label={t('cosell.plans.goal')}
            required
            maxLength={500}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.goals}
            data-autofocus
          />
          <TextInput
            type="date"
            label={t('cosell.plans.targetDate')}
            value={targetDate}
            onChange={(e) => setTargetDate(e.currentTarget.value)}
          />
        </>
      )}
    </ItemDialog>
  );
}

function StakeholderDialog({
  plan,
  stakeholder,
  onClose,
  toBody,
}: {
  plan: AccountPlan;
  stakeholder: Stakeholder | null;
  onClose: () => void;
  toBody: (s: Stakeholder) => UpdateBody;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(stakeholder?.name ?? '');
  const [title, setTitle] = useState(stakeholder?.title ?? '');
  const [role, setRole] = useState<StakeholderRole>(stakeholder?.role ?? 'influencer');
  const [email, setEmail] = useState(stakeholder?.email ?? '');
  const [notes, setNotes] = useState(stakeholder?.notes ?? '');
  const [id] = useState(stakeholder?.id ?? newItemId());
  return (
    <ItemDialog
      plan={plan}
      title={
        stakeholder
          ? t('cosell.plans.editItem', { name: stakeholder.name })
          : t('cosell.plans.addStakeholder')
      }
      body={() => toBody({ id, name: name.trim(), title, role, email: email.trim() || null, notes })}
      onClose={onClose}
      valid={name.trim().length > 0}
    >
      {(errors) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('cosell.plans.name')}
              required
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              data-autofocus
            />
            <TextInput
              label={t('cosell.plans.jobTitle')}
              maxLength={200}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <Select
              label={t('cosell.plans.role')}
              data={stakeholderRoles.map((r) => ({ value: r, label: t(`cosell.plans.roles.${r}`) }))}
              value={role}
              onChange={(v) => v && setRole(v as StakeholderRole)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              type="email"
              label={t('cosell.plans.email')}
              maxLength={254}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.stakeholders}
            />
          </SimpleGrid>
          <Textarea
            label={t('cosell.plans.notes')}
            autosize
            minRows={2}
            maxLength={2000}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
        </>
      )}
    </ItemDialog>
  );
}

function ActionDialog({
  plan,
  action,
  onClose,
  toBody,
}: {
  plan: AccountPlan;
  action: PlanAction | null;
  onClose: () => void;
  toBody: (a: PlanAction) => UpdateBody;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const staff = isStaff(me);
  const vendor = useQuery({
    ...memberListQuery({ 'filter[kind]': 'vendor', limit: 200, sort: 'email' }),
    enabled: staff,
  });
  const partner = useQuery(
    memberListQuery({ 'filter[partnerId]': plan.partnerId, limit: 200, sort: 'email' }),
  );
  const people = [...(vendor.data?.data ?? []), ...(partner.data?.data ?? [])];
  const [title, setTitle] = useState(action?.title ?? '');
  const [ownerUserId, setOwnerUserId] = useState<string | null>(action?.ownerUserId ?? null);
  const [ownerName, setOwnerName] = useState(action?.ownerName ?? '');
  const [dueDate, setDueDate] = useState(action?.dueDate ?? '');
  const [id] = useState(action?.id ?? newItemId());
  return (
    <ItemDialog
      plan={plan}
      title={action ? t('cosell.plans.editItem', { name: action.title }) : t('cosell.plans.addAction')}
      body={() =>
        toBody({
          id,
          title: title.trim(),
          ownerUserId,
          ownerName: ownerName.trim(),
          dueDate: dueDate || null,
          done: action?.done ?? false,
        })
      }
      onClose={onClose}
      valid={title.trim().length > 0}
    >
      {(errors) => (
        <>
          <TextInput
            label={t('cosell.plans.action')}
            required
            maxLength={300}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-autofocus
          />
          <Select
            label={t('cosell.plans.owner')}
            data={people.map((p) => ({ value: p.userId, label: p.name || p.email }))}
            value={ownerUserId}
            onChange={(v, option) => {
              setOwnerUserId(v);
              if (option) setOwnerName(option.label);
            }}
            searchable
            clearable
            error={errors.actions}
            comboboxProps={{ withinPortal: true }}
          />
          {ownerUserId ? null : (
            <TextInput
              label={t('cosell.plans.owner')}
              maxLength={200}
              value={ownerName}
              onChange={(e) => setOwnerName(e.currentTarget.value)}
              aria-describedby={undefined}
            />
          )}
          <TextInput
            type="date"
            label={t('cosell.plans.dueDate')}
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
          />
        </>
      )}
    </ItemDialog>
  );
}

function EditPlanDialog({ plan, onClose }: { plan: AccountPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(plan.title);
  const [status, setStatus] = useState<PlanStatus>(plan.status);
  const [summary, setSummary] = useState(plan.summary);
  return (
    <ItemDialog
      plan={plan}
      title={t('cosell.plans.editTitle')}
      body={() => ({ title: title.trim(), status, summary })}
      onClose={onClose}
      valid={title.trim().length > 0}
    >
      {(errors) => (
        <>
          <TextInput
            label={t('cosell.plans.planTitle')}
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            data-autofocus
          />
          <Select
            label={t('cosell.plans.status')}
            data={planStatuses.map((s) => ({ value: s, label: t(`cosell.plans.statuses.${s}`) }))}
            value={status}
            onChange={(v) => v && setStatus(v as PlanStatus)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t('cosell.plans.summary')}
            autosize
            minRows={3}
            maxLength={5000}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
          />
        </>
      )}
    </ItemDialog>
  );
}

/** Item ids are the client's when it edits (the server fills them only for new API callers). */
function newItemId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}
