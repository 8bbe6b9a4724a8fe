// English strings of "dataExport": exporting list views to CSV/XLSX and the whole data as one archive.
export const dataExportEn = {};
