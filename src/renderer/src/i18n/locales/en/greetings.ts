// English strings of the greetings screens, under the "greetings" namespace of en.ts.
export const greetingsEn = {};
