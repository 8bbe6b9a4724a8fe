// Dutch strings of "dataExport"; same keys as en/dataExport.ts.
export const dataExportNl = {
  button: 'Exporteren',
  menuLabel: 'Alle rijen die aan de filters voldoen',
  csv: 'CSV (.csv)',
  xlsx: 'Excel (.xlsx)',
  done_one: '{{count}} rij geëxporteerd naar {{file}}.',
  done_other: '{{count}} rijen geëxporteerd naar {{file}}.',
  failed: 'Het exporteren is mislukt',
};
