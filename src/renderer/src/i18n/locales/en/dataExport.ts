// English strings of "dataExport": exporting list views to CSV/XLSX and the whole data as one archive.
export const dataExportEn = {
  button: 'Export',
  menuLabel: 'Every row matching the filters',
  csv: 'CSV (.csv)',
  xlsx: 'Excel (.xlsx)',
  done_one: '{{count}} row exported to {{file}}.',
  done_other: '{{count}} rows exported to {{file}}.',
  failed: 'The export failed',
};
