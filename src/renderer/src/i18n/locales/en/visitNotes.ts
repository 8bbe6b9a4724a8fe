// English strings of the visitNotes screens, under the "visitNotes" namespace of en.ts.
export const visitNotesEn = {};
