// Chinese strings of "careStatus"; same keys as en/careStatus.ts.
export const careStatusZh = {
  legend: '关怀状态',
  status: '关怀状态',
  statusHint: '服丧或处于困境期间，暂不发送节日问候，并建议安排困难关怀。',
  none: '无',
  mourning: '服丧中',
  hardship: '处于困境',
  until: '截止日期',
  untilHint: '最后一天；如需手动解除，请留空。',
  note: '关怀备注',
  notePlaceholder: '例如：父亲去世；今年不发节日问候',
  badge: {
    mourning: '服丧至 {{date}}',
    mourningOpen: '服丧中',
    hardship: '困境至 {{date}}',
    hardshipOpen: '处于困境',
  },
};
