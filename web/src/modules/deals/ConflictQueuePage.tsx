import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { AnchorLink } from '../../platform/ui/links';
import { usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { Pager } from '../../platform/ui/pagination';
import { QueryState } from '../../platform/ui/QueryState';
import { type ConflictCandidate, type DealConflicts, dealKeys, resolveConflict } from './api';
import { CandidateSide, DealSide, EvidenceTable, useLineNames } from './ConflictParts';

type Resolution = Schemas['ConflictResolutionInput']['resolution'];
const resolutions: Resolution[] = ['approve_this', 'keep_existing', 'merge', 'split'];
const filters = { sort: 'created_at' as const };

/**
 * Registrations with an open conflict, each beside the registration (or vendor opportunity) it
 * matched, with the evidence and its score; a manager approves one, keeps the existing one,
 * merges or splits by product line — always with a reason both partners are told.
 */
export function ConflictQueuePage() {
  const { t } = useTranslation();
  const { query, pages } = usePagedQuery({
    queryKey: dealKeys.conflictQueue,
    filters,
    limit: 10,
    fetch: (paging) =>
      unwrap(api.GET('/api/v1/deal-conflicts', { params: { query: { ...filters, ...paging } } })),
  });
  return (
    <>
      <PageHeader title={t('deals.conflicts.title')} description={t('deals.conflicts.description')} />
      <QueryState
        query={query}
        isEmpty={(d) => d.data.length === 0}
        empty={{
          title: t('deals.conflicts.emptyTitle'),
          description: t('deals.conflicts.emptyText'),
          icon: <IconAlertTriangle size={24} />,
        }}
      >
        {(page) => (
          <Stack gap="lg">
            {page.data.map((item) => (
              <ConflictItem key={item.deal.id} item={item} />
            ))}
            <Pager
              page={pages.page}
              nextCursor={page.nextCursor}
              onNext={pages.next}
              onPrevious={pages.previous}
              label={t('common.pagination')}
            />
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function ConflictItem({ item }: { item: DealConflicts }) {
  const { t } = useTranslation();
  const [resolution, setResolution] = useState<Resolution | null>(null);
  const primary = item.candidates.find((c) => c.primary) ?? item.candidates[0];
  const others = item.candidates.length - 1;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={`conflict-${item.deal.id}`}
      data-testid="conflict-item"
    >
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id={`conflict-${item.deal.id}`}>
          <AnchorLink to="/deals/$dealId" params={{ dealId: item.deal.id }}>
            {item.deal.title}
          </AnchorLink>
        </Title>
        {others > 0 ? (
          <Text size="sm" c="dimmed">
            {t('deals.conflicts.otherCandidates', { count: others })}
          </Text>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, md: primary ? 2 : 1 }} spacing="md" mb="md">
        <DealSide deal={item.deal} />
        {primary ? <CandidateSide candidate={primary} /> : null}
      </SimpleGrid>
      {primary ? <EvidenceTable candidate={primary} /> : null}
      <Group gap="xs" mt="md" wrap="wrap">
        {resolutions
          .filter((r) => primary?.kind === 'deal' || r === 'approve_this' || r === 'keep_existing')
          .map((r) => (
            <Button
              key={r}
              variant={r === 'approve_this' ? 'filled' : 'default'}
              onClick={() => setResolution(r)}
              data-testid={`resolve-${r}`}
            >
              {t(`deals.conflicts.actions.${r}`)}
            </Button>
          ))}
      </Group>
      <ResolveDialog
        item={item}
        candidate={primary}
        resolution={resolution}
        onClose={() => setResolution(null)}
      />
    </Paper>
  );
}

function ResolveDialog({
  item,
  candidate,
  resolution,
  onClose,
}: {
  item: DealConflicts;
  candidate: ConflictCandidate | undefined;
  resolution: Resolution | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lineName = useLineNames();
  const [reason, setReason] = useState('');
  const [role, setRole] = useState<'influenced' | 'fulfilment' | 'marketplace'>('influenced');
  const [mine, setMine] = useState<string[]>([]);
  const [theirs, setTheirs] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const lines = [...new Set([...item.deal.productLineIds, ...(candidate?.other.productLineIds ?? [])])].map(
    (id) => ({
      value: id,
      label: lineName(id),
    }),
  );
  const mutation = useMutation({
    mutationFn: (r: Resolution) =>
      resolveConflict(item.deal.id, {
        resolution: r,
        reason: reason.trim(),
        ...(r === 'merge' ? { mergeRole: role } : {}),
        ...(r === 'split' ? { split: { thisProductLineIds: mine, otherProductLineIds: theirs } } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: dealKeys.all });
      setReason('');
      onClose();
    },
  });
  const errors = fieldErrorsOf(mutation.error);
  const close = () => {
    mutation.reset();
    setMissing(false);
    onClose();
  };
  return (
    <Modal
      opened={resolution !== null}
      onClose={close}
      title={resolution ? t(`deals.conflicts.actions.${resolution}`) : ''}
      centered
      size="lg"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!resolution) return;
          if (!reason.trim()) {
            setMissing(true);
            return;
          }
          mutation.mutate(resolution);
        }}
      >
        <Stack>
          {resolution ? <Text size="sm">{t(`deals.conflicts.confirm.${resolution}`)}</Text> : null}
          {resolution === 'merge' ? (
            <Select
              label={t('deals.conflicts.mergeRole')}
              data={(['influenced', 'fulfilment', 'marketplace'] as const).map((r) => ({
                value: r,
                label: t(`deals.conflicts.roles.${r}`),
              }))}
              value={role}
              allowDeselect={false}
              onChange={(v) => v && setRole(v as typeof role)}
              comboboxProps={{ withinPortal: true }}
            />
          ) : null}
          {resolution === 'split' ? (
            <>
              <MultiSelect
                label={t('deals.conflicts.splitThis')}
                data={lines}
                value={mine}
                onChange={setMine}
                error={errors['split.thisProductLineIds'] ?? errors.split}
                comboboxProps={{ withinPortal: true }}
              />
              <MultiSelect
                label={t('deals.conflicts.splitOther')}
                data={lines}
                value={theirs}
                onChange={setTheirs}
                error={errors['split.otherProductLineIds']}
                comboboxProps={{ withinPortal: true }}
              />
            </>
          ) : null}
          <Textarea
            label={t('deals.conflicts.reasonLabel')}
            description={t('deals.decision.reasonHelp')}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('deals.decision.reasonRequired') : errors.reason}
            data-autofocus
            data-testid="resolve-reason"
          />
          <ProblemAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="resolve-confirm">
              {t('deals.conflicts.resolve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
