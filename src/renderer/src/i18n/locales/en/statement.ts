// English strings of the printed partner statement (partner-facing; also in zh, ms, id, nl) ("statement").
export const statementEn = {
  placeholder: 'Coming soon.',
};
