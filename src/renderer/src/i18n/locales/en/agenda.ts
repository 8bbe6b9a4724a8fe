// English strings of the agenda screens, under the "agenda" namespace of en.ts.
export const agendaEn = {};
