// English strings of "languages": choosing the language of the app and how dates and numbers look.
export const languagesEn = {
  title: 'Language',
  description:
    'The language of ChannelKeeper on this computer. Dates, numbers and amounts are written the way people write them in that language.',
  label: 'Language of the app',
  followingComputer: 'Not chosen yet: ChannelKeeper follows this computer’s language.',
  chosen: 'Remembered on this computer. Teammates choose their own language.',
  useComputer: 'Follow this computer’s language ({{language}})',
  saveFailed: 'The language could not be remembered on this computer',
  preview: {
    title: 'How dates and numbers look',
    date: 'Date',
    number: 'Number',
    money: 'Amount',
    weekStarts: 'First day of the week',
  },
};
