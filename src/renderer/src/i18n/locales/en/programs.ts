// English strings of programs, their rules editor and participants ("programs").
export const programsEn = {
  placeholder: 'Coming soon.',
};
