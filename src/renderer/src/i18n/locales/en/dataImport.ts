// English strings of the spreadsheet import ("dataImport").
export const dataImportEn = {
  status: { new: 'New', update: 'Update', unchanged: 'Unchanged', error: 'Error' },
};
