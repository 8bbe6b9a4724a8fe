// English strings of the visitPlanner screens, under the "visitPlanner" namespace of en.ts.
export const visitPlannerEn = {};
