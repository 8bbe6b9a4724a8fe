// Indonesian strings of "dataExport"; same keys as en/dataExport.ts.
export const dataExportId = {
  button: 'Ekspor',
  menuLabel: 'Semua baris yang cocok dengan filter',
  csv: 'CSV (.csv)',
  xlsx: 'Excel (.xlsx)',
  done_other: '{{count}} baris diekspor ke {{file}}.',
  failed: 'Ekspor gagal',
};
