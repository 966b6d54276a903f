import { Badge, Button, Modal, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSitemap } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { useFormat } from '../../platform/i18n/format';
import { AnchorLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProgramForm, type ProgramValues } from './ProgramForm';

export const programKeys = { all: ['programs'] as const };
export const workspaceQuery = {
  queryKey: ['workspace'],
  queryFn: () => unwrap(api.GET('/api/v1/workspace')),
};

/** Programs administration: the list and “New program”. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [createOpen, createModal] = useDisclosure(false);
  const workspace = useQuery(workspaceQuery);
  const filters = { sort: 'name' as const };
  const { query: list, pages } = usePagedQuery({
    queryKey: [...programKeys.all, 'list'],
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/programs', { params: { query: { ...filters, ...paging } } })),
  });
  const create = useMutation({
    mutationFn: (body: ProgramValues) => unwrap(api.POST('/api/v1/programs', { body })),
    onSuccess: async (program) => {
      await queryClient.invalidateQueries({ queryKey: programKeys.all });
      createModal.close();
      await navigate({ to: '/programs/$programId', params: { programId: program.id } });
    },
  });
  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={createModal.open} data-testid="program-new">
      {t('programs.new')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('programs.title')} description={t('programs.description')} actions={newButton} />
      <PagedTable
        query={list}
        pages={pages}
        empty={{
          title: t('programs.emptyTitle'),
          description: t('programs.emptyText'),
          icon: <IconSitemap size={24} />,
          action: newButton,
        }}
        minWidth={560}
        testId="programs-table"
        head={
          <>
            <Table.Th>{t('programs.name')}</Table.Th>
            <Table.Th>{t('programs.slug')}</Table.Th>
            <Table.Th>{t('programs.applicationOpen')}</Table.Th>
            <Table.Th>{t('common.created')}</Table.Th>
          </>
        }
      >
        {(p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <AnchorLink to="/programs/$programId" params={{ programId: p.id }} fw={500}>
                {p.name}
              </AnchorLink>
            </Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {p.slug}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge color={p.applicationOpen ? 'green' : 'gray'} variant="light">
                {p.applicationOpen ? t('programs.open') : t('programs.closed')}
              </Badge>
            </Table.Td>
            <Table.Td>{fmt.date(p.createdAt)}</Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      <Modal opened={createOpen} onClose={createModal.close} title={t('programs.new')} size="lg" centered>
        <ProgramForm
          workspaceSlug={workspace.data?.slug ?? '…'}
          onSubmit={(v) => create.mutate(v)}
          pending={create.isPending}
          error={create.error}
          submitLabel={t('programs.create')}
          onCancel={createModal.close}
        />
      </Modal>
    </>
  );
}
