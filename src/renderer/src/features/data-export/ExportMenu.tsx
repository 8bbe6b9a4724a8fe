// "Export" for any list view: CSV or Excel (XLSX) of every row matching the list's filters, in
// its order. The core builds the file; this saves it and says how many rows went into which file.
import { Button, Menu, type MantineSize } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportRequest } from '../../../../shared/data-export';
import { call } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { downloadExport } from './download-export';

export type ExportListRequest = ExportRequest extends infer R
  ? R extends ExportRequest
    ? Omit<R, 'format'>
    : never
  : never;

export interface ExportMenuProps {
  /** The list and its current filters (paging is ignored: every matching row is exported). */
  request: ExportListRequest;
  disabled?: boolean;
  /** To sit beside smaller buttons (the statement's toolbar). */
  size?: MantineSize;
}

export function ExportMenu({ request, disabled = false, size = 'sm' }: ExportMenuProps) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState<ExportFormat | null>(null);

  async function run(format: ExportFormat) {
    setExporting(format);
    try {
      const file = await call('dataExport.list', { ...request, format } as ExportRequest);
      downloadExport(file);
      notifications.show({
        color: 'teal',
        message: t('dataExport.done', { count: file.rows, file: file.fileName }),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: t('dataExport.failed'), message: errorText(t, error) });
    } finally {
      setExporting(null);
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          size={size}
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={exporting !== null}
          disabled={disabled}
        >
          {t('dataExport.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('dataExport.menuLabel')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} aria-hidden />} onClick={() => void run('csv')}>
          {t('dataExport.csv')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          onClick={() => void run('xlsx')}
        >
          {t('dataExport.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
