// English strings of the careStatus screens, under the "careStatus" namespace of en.ts.
export const careStatusEn = {};
