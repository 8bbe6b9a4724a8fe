// id strings of award explanations ("incentives.explanation"), for statements printed in id.
export const incentivesId = {};
