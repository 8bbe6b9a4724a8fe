// Chinese strings of "dataExport"; same keys as en/dataExport.ts.
export const dataExportZh = {
  button: '导出',
  menuLabel: '符合筛选条件的所有行',
  csv: 'CSV（.csv）',
  xlsx: 'Excel（.xlsx）',
  done_other: '已将 {{count}} 行导出到 {{file}}。',
  failed: '导出失败',
};
