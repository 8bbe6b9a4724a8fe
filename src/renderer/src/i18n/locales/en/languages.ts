// English strings of "languages": choosing the language of the app and how dates and numbers look.
export const languagesEn = {};
