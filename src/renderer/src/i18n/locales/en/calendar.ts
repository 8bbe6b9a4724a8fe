// English strings of the calendar screens, under the "calendar" namespace of en.ts.
export const calendarEn = {};
