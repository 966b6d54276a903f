import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { AnchorLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { QueryState } from '../../platform/ui/QueryState';
import {
  type Condition,
  type CriteriaNode,
  type Group as GroupNode,
  metrics,
  type Operator,
  operators,
  programTiersQuery,
  type Tier,
  tierKeys,
} from './api';
import { metricName } from './parts';

const opSign: Record<Operator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
const newCondition = (): Condition => ({
  type: 'condition',
  metric: 'revenue_won',
  operator: '>=',
  threshold: 0,
});

/** Staff: the ordered tiers of one program, with a criteria builder and benefits per tier. */
export function TiersEditorPage() {
  const { t } = useTranslation();
  const { programId } = useParams({ from: '/app/programs/$programId/tiers' });
  const me = useMe();
  const manage = can(me, 'programs.manage');
  const query = useQuery(programTiersQuery(programId));
  const [editing, setEditing] = useState<Tier | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Tier | null>(null);
  return (
    <>
      <PageHeader
        title={t('tiers.editor.title')}
        description={t('tiers.editor.description')}
        actions={
          manage ? (
            <Button onClick={() => setEditing('new')} data-testid="add-tier">
              {t('tiers.editor.add')}
            </Button>
          ) : undefined
        }
      />
      <AnchorLink to="/programs/$programId" params={{ programId }} size="sm" mb="md" display="block">
        {t('tiers.editor.back')}
      </AnchorLink>
      <QueryState
        query={query}
        isEmpty={(d) => d.data.length === 0}
        empty={{ title: t('tiers.editor.empty'), description: t('tiers.editor.emptyText') }}
      >
        {(page) => (
          <Stack>
            {[...page.data].reverse().map((tier) => (
              <Card key={tier.id} withBorder data-testid="tier-card">
                <Group justify="space-between" align="flex-start">
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap="xs">
                      <Badge variant="light">{tier.rank}</Badge>
                      <Title order={2} size="h4">
                        {tier.name}
                      </Title>
                    </Group>
                    <CriteriaSummary node={(tier.criteria as CriteriaNode | null) ?? null} />
                    <Text size="xs" c="dimmed">
                      {t('tiers.editor.discountPct')} {tier.discountPct} · {t('tiers.editor.rebatePct')}{' '}
                      {tier.rebatePct} · {t('tiers.editor.leadPriority')} {tier.leadPriority}
                      {tier.mdfEligible ? ` · ${t('tiers.mdf')}` : ''}
                    </Text>
                  </Stack>
                  {manage ? (
                    <Group gap="xs">
                      <Button variant="light" size="xs" onClick={() => setEditing(tier)}>
                        {t('tiers.editor.edit')}
                      </Button>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('tiers.editor.delete')}
                        onClick={() => setDeleting(tier)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  ) : null}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('tiers.editor.add') : t('tiers.editor.edit')}
        size="xl"
      >
        {editing !== null ? (
          <TierForm
            programId={programId}
            tier={editing === 'new' ? null : editing}
            nextRank={Math.max(0, ...(query.data?.data ?? []).map((x) => x.rank)) + 1}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('tiers.editor.delete')}
          confirmLabel={t('tiers.editor.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/programs/{programId}/tiers/{tierId}', {
                params: { path: { programId, tierId: deleting.id } },
              }),
            )
          }
          invalidate={tierKeys.all}
          onClose={() => setDeleting(null)}
        >
          {t('tiers.editor.deleteConfirm', { name: deleting.name })}
        </ConfirmMutationDialog>
      ) : null}
    </>
  );
}

function CriteriaSummary({ node }: { node: CriteriaNode | null }) {
  const { t } = useTranslation();
  const text = (n: CriteriaNode): string =>
    n.type === 'condition'
      ? `${metricName(t, n.metric)} ${opSign[n.operator]} ${n.threshold}`
      : `(${n.rules.map(text).join(n.op === 'and' ? ' ∧ ' : ' ∨ ')})`;
  return (
    <Text size="sm" c={node ? undefined : 'dimmed'}>
      {node ? text(node) : t('tiers.editor.noCriteria')}
    </Text>
  );
}

function TierForm({
  programId,
  tier,
  nextRank,
  onDone,
}: {
  programId: string;
  tier: Tier | null;
  nextRank: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(tier?.name ?? '');
  const [rank, setRank] = useState<number>(tier?.rank ?? nextRank);
  const [criteria, setCriteria] = useState<CriteriaNode | null>(
    (tier?.criteria as CriteriaNode | null) ?? null,
  );
  const [discountPct, setDiscount] = useState<number>(tier?.discountPct ?? 0);
  const [rebatePct, setRebate] = useState<number>(tier?.rebatePct ?? 0);
  const [mdfEligible, setMdf] = useState(tier?.mdfEligible ?? false);
  const [leadPriority, setLead] = useState<number>(tier?.leadPriority ?? 0);
  const save = useMutation({
    mutationFn: () => {
      const body = { name, rank, criteria, discountPct, rebatePct, mdfEligible, leadPriority };
      return tier
        ? unwrap(
            api.PATCH('/api/v1/programs/{programId}/tiers/{tierId}', {
              params: {
                path: { programId, tierId: tier.id },
                header: { 'if-match': `"${tier.version}"` } as never,
              },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/programs/{programId}/tiers', { params: { path: { programId } }, body }));
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: tierKeys.all });
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
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('tiers.editor.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
            data-autofocus
          />
          <NumberInput
            label={t('tiers.editor.rank')}
            value={rank}
            onChange={(v) => setRank(Number(v) || 1)}
            min={1}
            max={100}
            allowDecimal={false}
            error={errors.rank}
            required
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('tiers.editor.criteria')}
          </Text>
          {criteria ? (
            <>
              <GroupEditor group={asGroup(criteria)} onChange={setCriteria} depth={0} />
              <Group>
                <Button variant="subtle" color="red" size="xs" onClick={() => setCriteria(null)}>
                  {t('tiers.editor.removeCriteria')}
                </Button>
              </Group>
            </>
          ) : (
            <Group>
              <Text size="sm" c="dimmed">
                {t('tiers.editor.noCriteria')}
              </Text>
              <Button
                variant="light"
                size="xs"
                onClick={() => setCriteria({ type: 'group', op: 'and', rules: [newCondition()] })}
              >
                {t('tiers.editor.addCriteria')}
              </Button>
            </Group>
          )}
          {Object.entries(errors)
            .filter(([k]) => k.startsWith('criteria'))
            .map(([k, v]) => (
              <Text key={k} size="xs" c="red">
                {k}: {v}
              </Text>
            ))}
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('tiers.editor.discountPct')}
            value={discountPct}
            onChange={(v) => setDiscount(Number(v) || 0)}
            min={0}
            max={100}
            error={errors.discountPct}
          />
          <NumberInput
            label={t('tiers.editor.rebatePct')}
            value={rebatePct}
            onChange={(v) => setRebate(Number(v) || 0)}
            min={0}
            max={100}
            error={errors.rebatePct}
          />
          <NumberInput
            label={t('tiers.editor.leadPriority')}
            value={leadPriority}
            onChange={(v) => setLead(Number(v) || 0)}
            min={0}
            max={100}
            allowDecimal={false}
            error={errors.leadPriority}
          />
        </SimpleGrid>
        <Checkbox
          label={t('tiers.editor.mdfEligible')}
          checked={mdfEligible}
          onChange={(e) => setMdf(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('tiers.editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The builder edits groups; a stored single condition is shown as a group of one. */
const asGroup = (n: CriteriaNode): GroupNode =>
  n.type === 'group' ? n : { type: 'group', op: 'and', rules: [n] };

function GroupEditor({
  group,
  onChange,
  onRemove,
  depth,
}: {
  group: GroupNode;
  onChange: (g: GroupNode) => void;
  onRemove?: () => void;
  depth: number;
}) {
  const { t } = useTranslation();
  const setRule = (i: number, n: CriteriaNode) =>
    onChange({ ...group, rules: group.rules.map((r, j) => (j === i ? n : r)) });
  const removeRule = (i: number) => onChange({ ...group, rules: group.rules.filter((_, j) => j !== i) });
  return (
    <Card withBorder padding="sm" data-testid="criteria-group">
      <Stack gap="xs">
        <Group justify="space-between">
          <SegmentedControl
            size="xs"
            value={group.op}
            onChange={(v) => onChange({ ...group, op: v as 'and' | 'or' })}
            data={[
              { value: 'and', label: t('tiers.editor.all') },
              { value: 'or', label: t('tiers.editor.any') },
            ]}
          />
          {onRemove ? (
            <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
              {t('tiers.editor.remove')}
            </Button>
          ) : null}
        </Group>
        {group.rules.map((r, i) =>
          r.type === 'condition' ? (
            <ConditionEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; position is their identity
              key={i}
              condition={r}
              onChange={(c) => setRule(i, c)}
              onRemove={() => removeRule(i)}
            />
          ) : (
            <GroupEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; position is their identity
              key={i}
              group={r}
              depth={depth + 1}
              onChange={(g) => setRule(i, g)}
              onRemove={() => removeRule(i)}
            />
          ),
        )}
        <Group gap="xs">
          <Button
            variant="light"
            size="xs"
            onClick={() => onChange({ ...group, rules: [...group.rules, newCondition()] })}
          >
            {t('tiers.editor.addCondition')}
          </Button>
          {depth < 3 ? (
            <Button
              variant="subtle"
              size="xs"
              onClick={() =>
                onChange({
                  ...group,
                  rules: [
                    ...group.rules,
                    { type: 'group', op: group.op === 'and' ? 'or' : 'and', rules: [newCondition()] },
                  ],
                })
              }
            >
              {t('tiers.editor.addGroup')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function ConditionEditor({
  condition,
  onChange,
  onRemove,
}: {
  condition: Condition;
  onChange: (c: Condition) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const isCustom = condition.metric.startsWith('custom:');
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="criteria-condition">
      <Select
        label={t('tiers.editor.metric')}
        size="xs"
        w={200}
        value={isCustom ? 'custom' : condition.metric}
        allowDeselect={false}
        data={[
          ...metrics.map((m) => ({ value: m, label: metricName(t, m) })),
          { value: 'custom', label: t('tiers.editor.custom') },
        ]}
        onChange={(v) =>
          onChange({ ...condition, metric: v === 'custom' ? 'custom:' : (v ?? 'revenue_won') })
        }
      />
      {isCustom ? (
        <TextInput
          label={t('tiers.editor.customField')}
          size="xs"
          w={160}
          value={condition.metric.slice(7)}
          onChange={(e) => onChange({ ...condition, metric: `custom:${e.currentTarget.value}` })}
        />
      ) : null}
      <Select
        label={t('tiers.editor.operator')}
        size="xs"
        w={80}
        value={condition.operator}
        allowDeselect={false}
        data={operators.map((o) => ({ value: o, label: opSign[o] }))}
        onChange={(v) => onChange({ ...condition, operator: (v ?? '>=') as Operator })}
      />
      <NumberInput
        label={t('tiers.editor.threshold')}
        size="xs"
        w={160}
        value={condition.threshold}
        thousandSeparator=","
        onChange={(v) => onChange({ ...condition, threshold: Number(v) || 0 })}
      />
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('tiers.editor.remove')}
        onClick={onRemove}
        mb={4}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
