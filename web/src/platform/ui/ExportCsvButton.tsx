import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type CsvPath, downloadCsv } from '../api/client';

/** "Export CSV" for a list: every row matching the filters (the API's text/csv), not one page. */
export function ExportCsvButton({
  path,
  query,
  filename,
  onError,
}: {
  path: CsvPath;
  query: object;
  filename: string;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      onClick={() => {
        onError(null);
        downloadCsv(path, query as Record<string, string>, filename).catch(onError);
      }}
    >
      {t('common.exportCsv')}
    </Button>
  );
}
