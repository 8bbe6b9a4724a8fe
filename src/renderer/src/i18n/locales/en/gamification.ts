// English strings of leaderboards, badges and program results ("gamification").
export const gamificationEn = {
  placeholder: 'Coming soon.',
};
