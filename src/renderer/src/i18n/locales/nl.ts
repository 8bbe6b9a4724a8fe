// nl resources so far: what a partner reads (statements, award explanations, badges). The rest of
// the UI falls back to English until the language is complete.
import { gamificationNl } from './nl/gamification';
import { incentivesNl } from './nl/incentives';
import { statementNl } from './nl/statement';

export const nl = { statement: statementNl, incentives: incentivesNl, gamification: gamificationNl };
