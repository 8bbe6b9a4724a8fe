// nl strings of award explanations ("incentives.explanation"), for statements printed in nl.
export const incentivesNl = {};
