import {
  Alert,
  Button,
  Group,
  List,
  Menu,
  Modal,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { memberListQuery } from '../members/api';
import { type BulkResult, lifecycleStates, partnerKeys } from './api';

type Action = Schemas['BulkPartnerActionInput']['action'];

/** The bar above the directory when rows are selected: tag, change owner, change state. */
export function BulkActions({
  selected,
  names,
  onClear,
}: {
  selected: string[];
  names: Record<string, string>;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [action, setAction] = useState<Action | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);
  if (selected.length === 0 && !result) return null;
  return (
    <Stack gap="xs" mb="sm">
      {selected.length > 0 ? (
        <Group
          justify="space-between"
          p="xs"
          bg="var(--mantine-color-default-hover)"
          style={{ borderRadius: 8 }}
        >
          <Text size="sm" fw={500} data-testid="bulk-count">
            {t('directory.directory.selected', { count: selected.length })}
          </Text>
          <Group gap="xs">
            <Button variant="subtle" size="xs" onClick={onClear}>
              {t('directory.directory.clearSelection')}
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="xs" rightSection={<IconChevronDown size={14} />} data-testid="bulk-menu">
                  {t('common.actions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setAction('addTags')} data-testid="bulk-addTags">
                  {t('directory.bulk.addTags')}
                </Menu.Item>
                <Menu.Item onClick={() => setAction('removeTags')}>
                  {t('directory.bulk.removeTags')}
                </Menu.Item>
                <Menu.Item onClick={() => setAction('setOwner')}>{t('directory.bulk.setOwner')}</Menu.Item>
                {can(me, 'lifecycle.transition') ? (
                  <Menu.Item onClick={() => setAction('transition')}>
                    {t('directory.bulk.transition')}
                  </Menu.Item>
                ) : null}
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      ) : null}
      {result ? (
        <Alert
          color={result.failed > 0 ? 'orange' : 'green'}
          withCloseButton
          onClose={() => setResult(null)}
          role="status"
          data-testid="bulk-result"
        >
          <Text size="sm">{t('directory.bulk.result', { ok: result.succeeded, failed: result.failed })}</Text>
          {result.failed > 0 ? (
            <List size="sm" mt="xs">
              {result.results
                .filter((r) => !r.ok)
                .map((r) => (
                  <List.Item key={r.partnerId}>
                    {t('directory.bulk.failedItem', {
                      name: names[r.partnerId] ?? r.partnerId,
                      detail: r.error?.detail ?? '',
                    })}
                  </List.Item>
                ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action ? t(`directory.bulk.${action as Action}`) : ''}
        centered
      >
        {action ? (
          <BulkForm
            action={action}
            partnerIds={selected}
            onDone={(r) => {
              setResult(r);
              setAction(null);
              onClear();
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function BulkForm({
  action,
  partnerIds,
  onDone,
}: {
  action: Action;
  partnerIds: string[];
  onDone: (r: BulkResult) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const owners = useQuery({
    ...memberListQuery({ 'filter[kind]': 'vendor', limit: 200, sort: 'email' }),
    enabled: action === 'setOwner',
  });
  const [tags, setTags] = useState<string[]>([]);
  const [owner, setOwner] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const run = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/partners/bulk', {
          body:
            action === 'setOwner'
              ? { partnerIds, action, ownerUserId: owner }
              : action === 'transition'
                ? {
                    partnerIds,
                    action,
                    to: (to ?? undefined) as (typeof lifecycleStates)[number] | undefined,
                    reason: reason.trim(),
                  }
                : { partnerIds, action, tags },
        }),
      ),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all });
      onDone(r);
    },
  });
  const errors = fieldErrorsOf(run.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={run.error} />
        {action === 'addTags' || action === 'removeTags' ? (
          <TagsInput
            label={t('directory.bulk.tags')}
            description={t('directory.hints.typeToAdd')}
            value={tags}
            onChange={setTags}
            error={errors.tags}
            data-autofocus
            data-testid="bulk-tags"
          />
        ) : null}
        {action === 'setOwner' ? (
          <Select
            label={t('directory.bulk.owner')}
            placeholder={t('directory.bulk.noOwner')}
            data={(owners.data?.data ?? []).map((m) => ({
              value: m.userId,
              label: `${m.name} (${m.email})`,
            }))}
            value={owner}
            onChange={setOwner}
            searchable
            clearable
            error={errors.ownerUserId}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        {action === 'transition' ? (
          <>
            <Select
              label={t('directory.lifecycle.to')}
              data={lifecycleStates.map((s) => ({ value: s, label: t(`directory.states.${s}`) }))}
              value={to}
              onChange={setTo}
              required
              error={errors.to}
              comboboxProps={{ withinPortal: true }}
            />
            {to === 'offboarded' ? (
              <Alert color="red">{t('directory.lifecycle.offboardWarning')}</Alert>
            ) : null}
            <Textarea
              label={t('directory.lifecycle.reason')}
              description={t('directory.lifecycle.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              maxLength={1000}
              autosize
              minRows={2}
              error={errors.reason}
            />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={run.isPending} data-testid="bulk-apply">
            {t('directory.bulk.apply', { count: partnerIds.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
