import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';

export type ImportKind = 'accounts' | 'opportunities';
type ImportResult = Schemas['PipelineImportResult'];

export const importColumns: Record<ImportKind, string[]> = {
  accounts: ['externalRef', 'name', 'website', 'country', 'industry', 'ownerName', 'strategic'],
  opportunities: [
    'externalRef',
    'name',
    'customerName',
    'customerWebsite',
    'customerCountry',
    'amount',
    'currency',
    'stage',
    'status',
    'expectedCloseDate',
    'productLineCodes',
    'accountExternalRef',
    'ownerName',
  ],
};

/** Sends CSV text as the raw body (text/csv); the typed client adds the CSRF header. */
function postCsv(kind: ImportKind, csv: string, dryRun: boolean) {
  const options = {
    params: { query: dryRun ? { dryRun: 'true' as const } : {} },
    body: csv as never,
    bodySerializer: (b: unknown) => b as string,
    headers: { 'content-type': 'text/csv' },
  };
  return kind === 'accounts'
    ? unwrap(api.POST('/api/v1/accounts/import', options))
    : unwrap(api.POST('/api/v1/vendor-opportunities/import', options));
}

/**
 * CSV import with a dry-run preview first: the report lists per-row errors (line and column)
 * before anything is written; "Import" then writes the valid rows in one transaction.
 */
export function ImportDialog({
  kind,
  onClose,
  invalidate,
}: {
  kind: ImportKind;
  onClose: () => void;
  invalidate: readonly unknown[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const run = useMutation({
    mutationFn: async (dryRun: boolean) => {
      const csv = file ? await file.text() : text;
      if (!csv.trim()) throw new Error(t('pipeline.import.empty'));
      return postCsv(kind, csv, dryRun);
    },
    onSuccess: async (r) => {
      setResult(r);
      if (!r.dryRun) await qc.invalidateQueries({ queryKey: invalidate });
    },
  });
  const reset = () => {
    setResult(null);
    run.reset();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={
        kind === 'accounts' ? t('pipeline.import.titleAccounts') : t('pipeline.import.titleOpportunities')
      }
      size="xl"
      centered
    >
      <Stack>
        <Text size="sm">{t('pipeline.import.help')}</Text>
        <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>
          {t('pipeline.import.columns', { columns: importColumns[kind].join(', ') })}
        </Text>
        <FileInput
          label={t('pipeline.import.file')}
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            reset();
          }}
          leftSection={<IconFileTypeCsv size={16} />}
          clearable
          data-testid="import-file"
        />
        <Textarea
          label={t('pipeline.import.text')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            reset();
          }}
          autosize
          minRows={3}
          maxRows={10}
          disabled={file !== null}
          styles={{ input: { fontFamily: 'monospace' } }}
          data-testid="import-text"
        />
        <ProblemAlert error={run.error} />
        {result ? <ImportReport result={result} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            variant="light"
            onClick={() => run.mutate(true)}
            loading={run.isPending && run.variables === true}
            data-testid="import-preview"
          >
            {t('pipeline.import.preview')}
          </Button>
          <Button
            onClick={() => run.mutate(false)}
            loading={run.isPending && run.variables === false}
            disabled={result !== null && !result.dryRun}
            data-testid="import-run"
          >
            {t('pipeline.import.run')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const counts = {
    total: result.total,
    created: result.created,
    updated: result.updated,
    failed: result.failed,
  };
  return (
    <Stack gap="sm" data-testid="import-report">
      <Alert
        color={result.failed > 0 ? 'red' : 'green'}
        variant="light"
        title={result.dryRun ? t('pipeline.import.previewTitle') : t('pipeline.import.doneTitle')}
        role="status"
      >
        {result.dryRun ? t('pipeline.import.summary', counts) : t('pipeline.import.summaryDone', counts)}
      </Alert>
      {result.errors.length > 0 ? (
        <ReportTable
          title={t('pipeline.import.errors')}
          testId="import-errors"
          head={
            <>
              <Table.Th>{t('pipeline.import.line')}</Table.Th>
              <Table.Th>{t('pipeline.import.field')}</Table.Th>
              <Table.Th>{t('pipeline.import.message')}</Table.Th>
            </>
          }
        >
          {result.errors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: errors have no id; their order is stable
            <Table.Tr key={i}>
              <Table.Td>{e.line}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {e.field}
                </Text>
              </Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </ReportTable>
      ) : null}
      {result.rows.length > 0 ? (
        <ReportTable
          title={t('pipeline.import.rows')}
          testId="import-rows"
          head={
            <>
              <Table.Th>{t('pipeline.import.line')}</Table.Th>
              <Table.Th>{t('pipeline.externalRef')}</Table.Th>
              <Table.Th>{t('pipeline.name')}</Table.Th>
              <Table.Th>{t('pipeline.import.action')}</Table.Th>
            </>
          }
        >
          {result.rows.map((r) => (
            <Table.Tr key={r.line}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>{r.externalRef ?? ''}</Table.Td>
              <Table.Td>{r.name ?? ''}</Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={r.action === 'error' ? 'red' : r.action === 'update' ? 'blue' : 'green'}
                >
                  {t(`pipeline.import.actions.${r.action}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </ReportTable>
      ) : null}
    </Stack>
  );
}

/** One titled, scrolling table of the import report (its errors or its rows). */
function ReportTable({
  title,
  testId,
  head,
  children,
}: {
  title: string;
  testId: string;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <ScrollArea.Autosize mah={220} type="auto">
        <Table striped data-testid={testId}>
          <Table.Thead>
            <Table.Tr>{head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
