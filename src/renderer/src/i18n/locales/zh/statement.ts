// zh strings of the partner statement ("statement"); same keys as the English file.
export const statementZh = {};
