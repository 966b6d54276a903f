import { ActionIcon, Anchor, Button, FileButton, Group, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconFiles, IconTrash, IconUpload } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, csrf, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EmptyBlock, LoadingBlock } from '../../platform/ui/QueryState';
import type { Deal } from '../deals/api';
import { cosellKeys, type DealFile, fileUrl, uploadFile } from './api';
import { formatBytes, isStaff, SectionTitle, type Target, VisibilityBadge, VisibilityPicker } from './parts';

const MAX_BYTES = 25 * 1024 * 1024;
const ACCEPT = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/csv',
  'text/plain',
  '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.csv,.txt',
].join(',');

/** Files shared on the deal: upload (staff choose who sees it), download, delete. */
export function DealFiles({ deal, dealId }: { deal: Deal; dealId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const staff = isStaff(me);
  const writer = can(me, 'cosell.write');
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Target>({ visibility: 'participants', partnerId: null });
  const [tooLarge, setTooLarge] = useState(false);
  const [deleting, setDeleting] = useState<DealFile | null>(null);
  const files = useInfiniteQuery({
    queryKey: cosellKeys.files(dealId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/deals/{dealId}/files', {
          params: { path: { dealId }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const upload = useMutation({
    mutationFn: (file: File) =>
      uploadFile(
        dealId,
        file,
        staff
          ? { visibility: target.visibility, ...(target.partnerId ? { partnerId: target.partnerId } : {}) }
          : {},
        csrf.get(),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: cosellKeys.files(dealId) });
      await queryClient.invalidateQueries({ queryKey: cosellKeys.activities(dealId) });
    },
  });
  const rows = files.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Stack gap="md">
      <SectionTitle>{t('cosell.files.title')}</SectionTitle>
      {writer ? (
        <Stack gap="xs">
          <Group align="flex-end" gap="sm">
            {staff ? (
              <div style={{ flex: '1 1 14rem', minWidth: 0 }}>
                <VisibilityPicker deal={deal} value={target} onChange={setTarget} />
              </div>
            ) : null}
            <FileButton
              accept={ACCEPT}
              onChange={(file) => {
                if (!file) return;
                setTooLarge(file.size > MAX_BYTES);
                if (file.size <= MAX_BYTES) upload.mutate(file);
              }}
            >
              {(props) => (
                <Button
                  {...props}
                  leftSection={<IconUpload size={16} />}
                  loading={upload.isPending}
                  data-testid="file-upload"
                >
                  {t('cosell.files.upload')}
                </Button>
              )}
            </FileButton>
          </Group>
          <Text size="xs" c="dimmed">
            {staff
              ? t('cosell.files.allowed')
              : `${t('cosell.files.allowed')} ${t('cosell.visibility.partnerSideHint')}`}
          </Text>
          {tooLarge ? <ProblemAlert error={new Error(t('cosell.files.tooLarge'))} /> : null}
          <ProblemAlert error={upload.error} />
          {upload.isSuccess ? (
            <Text size="sm" fw={500} role="status">
              {t('cosell.files.uploaded', { name: upload.data.filename })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {files.isPending ? (
        <LoadingBlock />
      ) : files.isError ? (
        <ProblemAlert error={files.error} onRetry={() => void files.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyBlock
          title={t('cosell.files.emptyTitle')}
          description={t('cosell.files.empty')}
          icon={<IconFiles size={28} />}
        />
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped verticalSpacing="sm" data-testid="deal-files">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cosell.files.name')}</Table.Th>
                <Table.Th>{t('cosell.files.size')}</Table.Th>
                <Table.Th>{t('cosell.files.added')}</Table.Th>
                {staff ? <Table.Th>{t('cosell.files.visibility')}</Table.Th> : null}
                <Table.Th aria-label={t('common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Anchor href={fileUrl(dealId, f.id)} download={f.filename} size="sm">
                      {f.filename}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatBytes(f.size, fmt.locale)}</Table.Td>
                  <Table.Td>{fmt.dateTime(f.createdAt)}</Table.Td>
                  {staff ? (
                    <Table.Td>
                      <VisibilityBadge visibility={f.visibility} />
                    </Table.Td>
                  ) : null}
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <ActionIcon
                        component="a"
                        href={fileUrl(dealId, f.id)}
                        download={f.filename}
                        variant="subtle"
                        aria-label={t('cosell.files.download', { name: f.filename })}
                      >
                        <IconDownload size={16} />
                      </ActionIcon>
                      {writer && (staff || f.uploadedBy === me.user?.id) ? (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('cosell.files.delete', { name: f.filename })}
                          onClick={() => setDeleting(f)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {files.hasNextPage ? (
        <Group justify="center">
          <Button
            variant="default"
            onClick={() => void files.fetchNextPage()}
            loading={files.isFetchingNextPage}
          >
            {t('cosell.timeline.loadMore')}
          </Button>
        </Group>
      ) : null}
      {deleting ? (
        <ConfirmMutationDialog
          title={t('cosell.files.deleteTitle')}
          confirmLabel={t('common.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/deals/{dealId}/files/{dealFileId}', {
                params: { path: { dealId, dealFileId: deleting.id } },
              }),
            )
          }
          invalidate={cosellKeys.files(dealId)}
          onDone={async () => {
            await queryClient.invalidateQueries({ queryKey: cosellKeys.activities(dealId) });
            setDeleting(null);
          }}
          onClose={() => setDeleting(null)}
        >
          <Text size="sm">{t('cosell.files.deleteBody', { name: deleting.filename })}</Text>
        </ConfirmMutationDialog>
      ) : null}
    </Stack>
  );
}
