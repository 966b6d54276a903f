import { Button, Code, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { useFormat } from '../../platform/i18n/format';
import { ShownOnce } from '../../platform/ui/dialogs';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { webhookKeys } from './api';
import { EndpointForm } from './EndpointForm';
import { EndpointStatus, EventList } from './parts';

const route = getRouteApi('/app/webhooks');

/** Webhook endpoints: health, subscriptions, filter by status, CSV; add one (secret shown once). */
export function WebhooksPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [createOpen, setCreateOpen] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const filters = {
    sort: '-created_at' as const,
    ...(search.enabled ? { 'filter[enabled]': search.enabled } : {}),
  };
  const { query, pages } = usePagedQuery({
    queryKey: webhookKeys.list,
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/webhooks', { params: { query: { ...filters, ...paging } } })),
  });
  const createButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setCreateOpen(true)}
      data-testid="webhook-new"
    >
      {t('webhooks.create')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        description={t('webhooks.description')}
        actions={
          <>
            <ExportCsvButton
              path="/api/v1/webhooks"
              query={filters}
              filename="webhooks"
              onError={setExportError}
            />
            {createButton}
          </>
        }
      />
      <Stack gap="md">
        <ProblemAlert error={exportError} />
        <SegmentedControl
          aria-label={t('webhooks.filterStatus')}
          value={search.enabled ?? 'all'}
          onChange={(v) =>
            void navigate({
              search: { enabled: v === 'all' ? undefined : (v as 'true' | 'false') },
              replace: true,
            })
          }
          data={[
            { value: 'all', label: t('common.all') },
            { value: 'true', label: t('webhooks.statuses.enabled') },
            { value: 'false', label: t('webhooks.statuses.disabled') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <PagedTable
          query={query}
          pages={pages}
          minWidth={820}
          testId="webhooks-table"
          empty={
            search.enabled
              ? { title: t('webhooks.noMatchTitle'), description: t('webhooks.noMatchText') }
              : {
                  title: t('webhooks.emptyTitle'),
                  description: t('webhooks.emptyText'),
                  icon: <IconWebhook size={24} />,
                  action: createButton,
                }
          }
          head={
            <>
              <Table.Th>{t('webhooks.url')}</Table.Th>
              <Table.Th>{t('webhooks.events')}</Table.Th>
              <Table.Th>{t('webhooks.status')}</Table.Th>
              <Table.Th>{t('webhooks.failingSince')}</Table.Th>
              <Table.Th>{t('webhooks.lastSuccess')}</Table.Th>
            </>
          }
        >
          {(e) => (
            <Table.Tr key={e.id} data-testid="webhook-row">
              <Table.Td>
                <AnchorLink
                  to="/webhooks/$endpointId"
                  params={{ endpointId: e.id }}
                  search={{}}
                  size="sm"
                  fw={500}
                  style={{ wordBreak: 'break-all' }}
                  aria-label={t('webhooks.openFor', { url: e.url })}
                >
                  {e.url}
                </AnchorLink>
                {e.description ? (
                  <Text size="xs" c="dimmed">
                    {e.description}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <EventList eventTypes={e.eventTypes} max={3} />
              </Table.Td>
              <Table.Td>
                <EndpointStatus endpoint={e} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.failingSince ? fmt.dateTime(e.failingSince) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.lastSuccessAt ? fmt.relative(e.lastSuccessAt) : t('webhooks.never')}</Text>
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Stack>
      {createOpen ? <CreateEndpoint onClose={() => setCreateOpen(false)} /> : null}
    </>
  );
}

function CreateEndpoint({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: Schemas['CreateWebhookEndpointInput']) =>
      unwrap(api.POST('/api/v1/webhooks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
  return (
    <Modal opened onClose={onClose} title={t('webhooks.create')} size="xl" centered>
      {create.data ? (
        <Stack data-testid="webhook-created">
          <ShownOnce
            label={t('webhooks.secret')}
            value={create.data.secret}
            warning={t('webhooks.secretOnce')}
          />
          <Text size="sm">
            <Code>{create.data.url}</Code>
          </Text>
          <Group justify="flex-end">
            <ButtonLink
              variant="default"
              to="/webhooks/$endpointId"
              params={{ endpointId: create.data.id }}
              search={{}}
            >
              {t('webhooks.open')}
            </ButtonLink>
            <Button onClick={onClose} data-testid="webhook-done">
              {t('common.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <EndpointForm
          submitLabel={t('webhooks.createSubmit')}
          pending={create.isPending}
          error={create.error}
          onCancel={onClose}
          onSubmit={(v) =>
            create.mutate({
              url: v.url,
              eventTypes: v.eventTypes,
              ...(v.description ? { description: v.description } : {}),
            })
          }
        />
      )}
    </Modal>
  );
}
