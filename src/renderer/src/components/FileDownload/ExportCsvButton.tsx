// "Export CSV" for a list: asks the core for the file (every row matching the list's filters),
// downloads it and says how many rows went into which file, or why it failed.
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvExport } from '../../../../shared/disputes';
import { errorText } from '../../i18n/error-text';
import { downloadText } from './download-file';

export interface ExportCsvButtonProps {
  /** Makes the file; rejects with the core's error. */
  exportFile: () => Promise<CsvExport>;
  disabled?: boolean;
}

export function ExportCsvButton({ exportFile, disabled = false }: ExportCsvButtonProps) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);

  async function run() {
    setExporting(true);
    try {
      const file = await exportFile();
      downloadText(file.fileName, file.csv, 'text/csv;charset=utf-8');
      notifications.show({
        color: 'teal',
        message: t('export.csvDone', { count: file.rows, file: file.fileName }),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: t('export.csvFailed'), message: errorText(t, error) });
    } finally {
      setExporting(false);
    }
  }

  return (
    <Button
      variant="light"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={exporting}
      disabled={disabled}
      onClick={() => void run()}
    >
      {t('export.csv')}
    </Button>
  );
}
