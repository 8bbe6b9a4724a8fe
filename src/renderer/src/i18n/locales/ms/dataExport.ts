// Malay strings of "dataExport"; same keys as en/dataExport.ts.
export const dataExportMs = {
  button: 'Eksport',
  menuLabel: 'Setiap baris yang sepadan dengan penapis',
  csv: 'CSV (.csv)',
  xlsx: 'Excel (.xlsx)',
  done_other: '{{count}} baris dieksport ke {{file}}.',
  failed: 'Eksport gagal',
};
