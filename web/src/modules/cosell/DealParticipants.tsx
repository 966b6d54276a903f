import { Button, Group, Modal, NumberInput, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EmptyBlock, LoadingBlock } from '../../platform/ui/QueryState';
import { EditDeleteActions } from '../../platform/ui/RowActions';
import type { Deal } from '../deals/api';
import { PartnerPicker } from '../partners/PartnerPicker';
import {
  bpsToPercent,
  cosellKeys,
  type DealParticipant,
  type ParticipantRole,
  participantRoles,
  participantsQuery,
  percentToBps,
} from './api';
import { isStaff, SectionTitle } from './parts';

/**
 * The partners on a deal with their role and share. Staff add, change and remove them (the
 * shares add up to at most 100 %); a partner sees only its own role and share.
 */
export function DealParticipants({ deal, dealId }: { deal: Deal; dealId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const staff = isStaff(me);
  const manage = staff && can(me, 'cosell.write');
  const queryClient = useQueryClient();
  const list = useQuery(participantsQuery(dealId));
  const [editing, setEditing] = useState<DealParticipant | 'new' | null>(null);
  const [removing, setRemoving] = useState<DealParticipant | null>(null);
  const percent = (bps: number) => `${fmt.number(bpsToPercent(bps))} %`;
  const rows = list.data?.data ?? [];
  const allocated = rows.reduce((s, r) => s + r.shareBps, 0);

  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;

  if (!staff) {
    const mine = rows[0];
    return (
      <Stack gap="md">
        <SectionTitle>{t('cosell.participants.yours')}</SectionTitle>
        <Paper withBorder p="md" radius="md" data-testid="my-participation">
          <Text size="sm">
            {mine
              ? t('cosell.participants.yoursBody', {
                  role: t(`cosell.participants.roles.${mine.role}`),
                  share: percent(mine.shareBps),
                })
              : t('cosell.participants.none')}
          </Text>
        </Paper>
      </Stack>
    );
  }

  const invalidate = async () => {
    await queryClient.invalidateQueries({ queryKey: cosellKeys.participants(dealId) });
    await queryClient.invalidateQueries({ queryKey: cosellKeys.activities(dealId) });
  };
  return (
    <Stack gap="md">
      <SectionTitle
        actions={
          manage ? (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing('new')}
              data-testid="participant-add"
            >
              {t('cosell.participants.add')}
            </Button>
          ) : null
        }
      >
        {t('cosell.participants.title')}
      </SectionTitle>
      {rows.length === 0 ? (
        <EmptyBlock
          title={t('cosell.participants.title')}
          description={t('cosell.participants.none')}
          icon={<IconUsers size={28} />}
        />
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing="sm" data-testid="deal-participants">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cosell.participants.partner')}</Table.Th>
                <Table.Th>{t('cosell.participants.role')}</Table.Th>
                <Table.Th ta="right">{t('cosell.participants.share')}</Table.Th>
                {manage ? <Table.Th aria-label={t('common.actions')} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.partnerName}</Table.Td>
                  <Table.Td>{t(`cosell.participants.roles.${p.role}`)}</Table.Td>
                  <Table.Td ta="right">{percent(p.shareBps)}</Table.Td>
                  {manage ? (
                    <Table.Td>
                      <EditDeleteActions
                        editLabel={t('cosell.participants.edit', { name: p.partnerName })}
                        deleteLabel={t('cosell.participants.remove', { name: p.partnerName })}
                        onEdit={() => setEditing(p)}
                        onDelete={() => setRemoving(p)}
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" c={allocated > 10_000 ? 'red' : 'dimmed'} data-testid="share-allocated">
        {t('cosell.participants.allocated', { percent: percent(allocated) })}
      </Text>
      {editing ? (
        <ParticipantDialog
          dealId={dealId}
          participant={editing === 'new' ? null : editing}
          ownerPartnerId={deal.partnerId}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            await invalidate();
            setEditing(null);
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmMutationDialog
          title={t('cosell.participants.removeTitle')}
          confirmLabel={t('cosell.participants.remove', { name: removing.partnerName })}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/deals/{dealId}/participants/{dealParticipantId}', {
                params: { path: { dealId, dealParticipantId: removing.id } },
              }),
            )
          }
          onDone={async () => {
            await invalidate();
            setRemoving(null);
          }}
          onClose={() => setRemoving(null)}
        >
          <Text size="sm">{t('cosell.participants.removeBody', { name: removing.partnerName })}</Text>
        </ConfirmMutationDialog>
      ) : null}
    </Stack>
  );
}

function ParticipantDialog({
  dealId,
  participant,
  ownerPartnerId,
  onClose,
  onSaved,
}: {
  dealId: string;
  participant: DealParticipant | null;
  ownerPartnerId: string | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [partnerId, setPartnerId] = useState<string | null>(participant?.partnerId ?? null);
  const [role, setRole] = useState<ParticipantRole>(participant?.role ?? 'influenced');
  const [share, setShare] = useState<number | string>(participant ? bpsToPercent(participant.shareBps) : 0);
  const save = useMutation({
    mutationFn: () => {
      const shareBps = percentToBps(Number(share) || 0);
      return participant
        ? unwrap(
            api.PATCH('/api/v1/deals/{dealId}/participants/{dealParticipantId}', {
              params: { path: { dealId, dealParticipantId: participant.id } },
              body: { role, shareBps },
            }),
          )
        : unwrap(
            api.POST('/api/v1/deals/{dealId}/participants', {
              params: { path: { dealId } },
              body: { partnerId: partnerId ?? '', role, shareBps },
            }),
          );
    },
    onSuccess: onSaved,
  });
  const errors = fieldErrorsOf(save.error);
  const ownerSourced = participant?.partnerId === ownerPartnerId && participant.role === 'sourced';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={
        participant
          ? t('cosell.participants.editTitle', { name: participant.partnerName })
          : t('cosell.participants.addTitle')
      }
      centered
    >
      <form onSubmit={submit}>
        <Stack>
          {participant ? null : (
            <PartnerPicker
              label={t('cosell.participants.partner')}
              value={partnerId}
              onChange={setPartnerId}
              error={errors.partnerId}
              required
            />
          )}
          <Select
            label={t('cosell.participants.role')}
            data={participantRoles.map((r) => ({ value: r, label: t(`cosell.participants.roles.${r}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as ParticipantRole)}
            allowDeselect={false}
            disabled={ownerSourced}
            error={errors.role}
            comboboxProps={{ withinPortal: true }}
            data-testid="participant-role"
          />
          <NumberInput
            label={t('cosell.participants.sharePercent')}
            min={0}
            max={100}
            decimalScale={2}
            value={share}
            onChange={setShare}
            error={errors.shareBps}
            data-testid="participant-share"
          />
          <ProblemAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!participant && !partnerId}
              data-testid="participant-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
