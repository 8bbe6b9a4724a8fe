// ms strings of award explanations ("incentives.explanation"), for statements printed in ms.
export const incentivesMs = {};
