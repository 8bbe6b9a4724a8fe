// Indonesian strings of "dataExport"; same keys as en/dataExport.ts.
export const dataExportId = {};
