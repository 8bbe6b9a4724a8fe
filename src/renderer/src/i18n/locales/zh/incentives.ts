// zh strings of award explanations ("incentives.explanation"), for statements printed in zh.
export const incentivesZh = {};
