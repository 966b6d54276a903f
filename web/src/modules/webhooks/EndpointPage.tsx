import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconRefresh, IconSend, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, type Schemas, unwrap } from '../../platform/api/client';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmMutationDialog, ShownOnce } from '../../platform/ui/dialogs';
import { FactsTable } from '../../platform/ui/facts';
import { AnchorLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock } from '../../platform/ui/QueryState';
import {
  type DeliveryStatus,
  deliveryStatuses,
  type Endpoint,
  type EventTypeName,
  endpointQuery,
  eventTypesQuery,
  webhookKeys,
} from './api';
import { EndpointForm } from './EndpointForm';
import { DeliveryStatusBadge, EndpointStatus, EventList } from './parts';

const route = getRouteApi('/app/webhooks/$endpointId');

/** One endpoint: its settings and secrets, enable/disable, edit, rotate, delete, and its delivery log. */
export function EndpointPage() {
  const { t } = useTranslation();
  const { endpointId } = route.useParams();
  const endpoint = useQuery(endpointQuery(endpointId));
  if (endpoint.isPending) return <LoadingBlock />;
  if (endpoint.isError) {
    return (
      <>
        <PageHeader title={t('webhooks.detailTitle')} />
        <ProblemAlert error={endpoint.error} onRetry={() => void endpoint.refetch()} />
      </>
    );
  }
  return <EndpointView endpoint={endpoint.data} />;
}

type Dialog = 'edit' | 'rotate' | 'delete' | null;

function EndpointView({ endpoint }: { endpoint: Endpoint }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const toggle = useMutation({
    mutationFn: (enabled: boolean) =>
      unwrap(
        api.PATCH('/api/v1/webhooks/{endpointId}', {
          params: { path: { endpointId: endpoint.id } },
          headers: ifMatch(endpoint.version),
          body: { enabled },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(webhookKeys.endpoint(endpoint.id), updated);
      return queryClient.invalidateQueries({ queryKey: webhookKeys.list });
    },
  });
  const facts: [string, React.ReactNode][] = [
    [t('webhooks.status'), <EndpointStatus key="s" endpoint={endpoint} />],
    [t('webhooks.events'), <EventList key="e" eventTypes={endpoint.eventTypes} />],
    [t('webhooks.failingSince'), endpoint.failingSince ? fmt.dateTime(endpoint.failingSince) : '—'],
    [
      t('webhooks.lastSuccess'),
      endpoint.lastSuccessAt ? fmt.dateTime(endpoint.lastSuccessAt) : t('webhooks.never'),
    ],
    [t('webhooks.created'), fmt.dateTime(endpoint.createdAt)],
    [
      t('webhooks.secretHints'),
      <Stack key="h" gap={2} data-testid="secret-hints">
        {endpoint.secretHints.map((h) => (
          <Text key={`${h.hint}-${h.createdAt}`} size="sm">
            {t('webhooks.secretHint', { hint: h.hint, created: fmt.dateTime(h.createdAt) })}
            {h.expiresAt ? ` · ${t('webhooks.secretExpires', { date: fmt.dateTime(h.expiresAt) })}` : ''}
          </Text>
        ))}
      </Stack>,
    ],
  ];
  return (
    <>
      <AnchorLink to="/webhooks" search={{}} size="sm" mb="xs" display="inline-flex" style={{ gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden /> {t('webhooks.back')}
      </AnchorLink>
      <PageHeader
        title={t('webhooks.detailTitle')}
        description={
          <Text component="span" size="sm" style={{ wordBreak: 'break-all' }} data-testid="endpoint-url">
            {endpoint.url}
            {endpoint.description ? ` — ${endpoint.description}` : ''}
          </Text>
        }
        actions={
          <>
            <Button variant="default" onClick={() => setDialog('edit')} data-testid="endpoint-edit">
              {t('webhooks.edit')}
            </Button>
            <Button
              variant="default"
              onClick={() => toggle.mutate(!endpoint.enabled)}
              loading={toggle.isPending}
              data-testid="endpoint-toggle"
            >
              {endpoint.enabled ? t('webhooks.disable') : t('webhooks.enable')}
            </Button>
            <Button variant="default" onClick={() => setDialog('rotate')} data-testid="endpoint-rotate">
              {t('webhooks.rotate')}
            </Button>
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} />}
              onClick={() => setDialog('delete')}
              data-testid="endpoint-delete"
            >
              {t('webhooks.delete')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <ProblemAlert error={toggle.error} />
        {toggle.isSuccess ? (
          <Alert color={endpoint.enabled ? 'green' : 'gray'} variant="light" role="status">
            {endpoint.enabled ? t('webhooks.enabledNow') : t('webhooks.disabledNow')}
          </Alert>
        ) : !endpoint.enabled ? (
          <Alert color="yellow" variant="light" title={t('webhooks.disabledAlertTitle')}>
            {endpoint.disabledReason ?? t('webhooks.disabledNow')}
          </Alert>
        ) : null}
        <Card withBorder padding="sm">
          <FactsTable facts={facts} />
        </Card>
        <Deliveries endpoint={endpoint} />
      </Stack>
      {dialog === 'edit' ? <EditEndpoint endpoint={endpoint} onClose={() => setDialog(null)} /> : null}
      {dialog === 'rotate' ? <RotateSecret endpoint={endpoint} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? <DeleteEndpoint endpoint={endpoint} onClose={() => setDialog(null)} /> : null}
    </>
  );
}

function Deliveries({ endpoint }: { endpoint: Endpoint }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const types = useQuery(eventTypesQuery);
  const filters = {
    sort: '-created_at' as const,
    ...(search.status ? { 'filter[status]': search.status } : {}),
    ...(search.eventType ? { 'filter[eventType]': search.eventType } : {}),
  };
  const { query, pages } = usePagedQuery({
    queryKey: webhookKeys.deliveries(endpoint.id),
    filters,
    fetch: (paging) =>
      unwrap(
        api.GET('/api/v1/webhooks/{endpointId}/deliveries', {
          params: { path: { endpointId: endpoint.id }, query: { ...filters, ...paging } },
        }),
      ),
  });
  const replay = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/webhooks/{endpointId}/replay-failed', {
          params: { path: { endpointId: endpoint.id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(endpoint.id) }),
  });
  const setSearch = (patch: typeof search) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Boolean(search.status || search.eventType);
  return (
    <Stack gap="sm" component="section" aria-labelledby="deliveries-title">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2} style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h3" id="deliveries-title">
            {t('webhooks.deliveries')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('webhooks.deliveriesHelp')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={() => void query.refetch()}
            loading={query.isFetching}
          >
            {t('webhooks.refresh')}
          </Button>
          <Button
            leftSection={<IconSend size={16} />}
            onClick={() => replay.mutate()}
            loading={replay.isPending}
            data-testid="replay-failed"
          >
            {t('webhooks.replayFailed')}
          </Button>
        </Group>
      </Group>
      <ProblemAlert error={replay.error} />
      {replay.data ? (
        <Alert color="blue" variant="light" role="status" data-testid="replay-result">
          {t('webhooks.replayed', { count: replay.data.replayed })}
        </Alert>
      ) : null}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('webhooks.deliveryStatus')}
          value={search.status ?? 'all'}
          onChange={(v) => setSearch({ status: v === 'all' ? undefined : (v as DeliveryStatus) })}
          data={[
            { value: 'all', label: t('common.all') },
            ...deliveryStatuses.map((s) => ({ value: s, label: t(`webhooks.deliveryStatuses.${s}`) })),
          ]}
        />
        <Select
          label={t('webhooks.eventType')}
          placeholder={t('webhooks.anyEventType')}
          data={(types.data?.data ?? []).map((e) => e.type)}
          value={search.eventType ?? null}
          onChange={(v) => setSearch({ eventType: v ?? undefined })}
          clearable
          searchable
          w={260}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <PagedTable
        query={query}
        pages={pages}
        minWidth={860}
        testId="deliveries-table"
        empty={
          filtered
            ? {
                title: t('webhooks.deliveriesNoMatchTitle'),
                description: t('webhooks.deliveriesNoMatchText'),
              }
            : { title: t('webhooks.deliveriesEmptyTitle'), description: t('webhooks.deliveriesEmptyText') }
        }
        head={
          <>
            <Table.Th>{t('webhooks.eventType')}</Table.Th>
            <Table.Th>{t('webhooks.status')}</Table.Th>
            <Table.Th>{t('webhooks.attempts')}</Table.Th>
            <Table.Th>{t('webhooks.lastResponse')}</Table.Th>
            <Table.Th>{t('webhooks.createdAt')}</Table.Th>
            <Table.Th>{t('webhooks.deliveredAt')}</Table.Th>
          </>
        }
      >
        {(d) => (
          <Table.Tr key={d.id} data-testid="delivery-row">
            <Table.Td>
              <AnchorLink
                to="/webhooks/$endpointId/deliveries/$deliveryId"
                params={{ endpointId: endpoint.id, deliveryId: d.id }}
                size="sm"
                ff="monospace"
                aria-label={t('webhooks.deliveryFor', { id: d.id })}
                data-testid="delivery-link"
              >
                {d.eventType}
              </AnchorLink>
            </Table.Td>
            <Table.Td>
              <DeliveryStatusBadge status={d.status} />
              {d.status === 'pending' && d.nextAttemptAt ? (
                <Text size="xs" c="dimmed">
                  {t('webhooks.nextAttempt')}: {fmt.relative(d.nextAttemptAt)}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{fmt.number(d.attempts)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{d.lastStatusCode ?? '—'}</Text>
              {d.lastError ? (
                <Text size="xs" c="dimmed" lineClamp={2} maw={260}>
                  {d.lastError}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{fmt.dateTime(d.createdAt)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{d.deliveredAt ? fmt.dateTime(d.deliveredAt) : '—'}</Text>
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
    </Stack>
  );
}

function EditEndpoint({ endpoint, onClose }: { endpoint: Endpoint; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (body: Schemas['UpdateWebhookEndpointInput']) =>
      unwrap(
        api.PATCH('/api/v1/webhooks/{endpointId}', {
          params: { path: { endpointId: endpoint.id } },
          headers: ifMatch(endpoint.version),
          body,
        }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(webhookKeys.endpoint(endpoint.id), updated);
      await queryClient.invalidateQueries({ queryKey: webhookKeys.list });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('webhooks.editTitle')} size="xl" centered>
      <EndpointForm
        initial={{
          url: endpoint.url,
          eventTypes: endpoint.eventTypes as EventTypeName[],
          description: endpoint.description,
        }}
        submitLabel={t('common.save')}
        pending={update.isPending}
        error={update.error}
        onCancel={onClose}
        onSubmit={(v) => update.mutate(v)}
      />
    </Modal>
  );
}

function RotateSecret({ endpoint, onClose }: { endpoint: Endpoint; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [hours, setHours] = useState<number | string>(24);
  const rotate = useMutation({
    mutationFn: (overlapHours: number) =>
      unwrap(
        api.POST('/api/v1/webhooks/{endpointId}/rotate-secret', {
          params: { path: { endpointId: endpoint.id } },
          body: { overlapHours },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoint(endpoint.id) }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    rotate.mutate(typeof hours === 'number' ? hours : Number(hours));
  };
  return (
    <Modal opened onClose={onClose} title={t('webhooks.rotateTitle')} size="lg" centered>
      {rotate.data ? (
        <Stack data-testid="secret-rotated">
          <ShownOnce
            label={t('webhooks.newSecret')}
            value={rotate.data.secret}
            warning={t('webhooks.secretOnce')}
          />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('webhooks.rotateHelp')}</Text>
            <ProblemAlert error={rotate.error} />
            <NumberInput
              label={t('webhooks.overlapHours')}
              description={t('webhooks.overlapHoursHelp')}
              value={hours}
              onChange={setHours}
              min={0}
              max={168}
              allowDecimal={false}
              clampBehavior="strict"
              data-autofocus
              error={fieldErrorsOf(rotate.error).overlapHours}
              data-testid="overlap-hours"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={rotate.isPending} data-testid="rotate-submit">
                {t('webhooks.rotateSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function DeleteEndpoint({ endpoint, onClose }: { endpoint: Endpoint; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <ConfirmMutationDialog
      onClose={onClose}
      title={t('webhooks.deleteTitle')}
      confirmLabel={t('webhooks.delete')}
      mutationFn={() =>
        unwrap(api.DELETE('/api/v1/webhooks/{endpointId}', { params: { path: { endpointId: endpoint.id } } }))
      }
      onDone={async () => {
        queryClient.removeQueries({ queryKey: webhookKeys.endpoint(endpoint.id) });
        await queryClient.invalidateQueries({ queryKey: webhookKeys.list });
        await navigate({ to: '/webhooks', search: {} });
      }}
    >
      <Text size="sm">{t('webhooks.deleteText', { url: endpoint.url })}</Text>
    </ConfirmMutationDialog>
  );
}
