// zh resources so far: what a partner reads (statements, award explanations, badges). The rest of
// the UI falls back to English until the language is complete.
import { gamificationZh } from './zh/gamification';
import { incentivesZh } from './zh/incentives';
import { statementZh } from './zh/statement';

export const zh = { statement: statementZh, incentives: incentivesZh, gamification: gamificationZh };
