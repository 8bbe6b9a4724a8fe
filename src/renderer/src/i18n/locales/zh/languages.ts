// Chinese strings of "languages"; same keys as en/languages.ts.
export const languagesZh = {
  title: '语言',
  description: '此电脑上 ChannelKeeper 使用的语言。日期、数字和金额也会按该语言的习惯书写。',
  label: '应用语言',
  followingComputer: '尚未选择：ChannelKeeper 跟随此电脑的语言。',
  chosen: '已在此电脑上记住。同事可以各自选择语言。',
  useComputer: '跟随此电脑的语言（{{language}}）',
  saveFailed: '无法在此电脑上记住所选语言',
  preview: {
    title: '日期和数字的显示方式',
    date: '日期',
    number: '数字',
    money: '金额',
    weekStarts: '每周第一天',
  },
};
