// ms resources so far: what a partner reads (statements, award explanations, badges). The rest of
// the UI falls back to English until the language is complete.
import { gamificationMs } from './ms/gamification';
import { incentivesMs } from './ms/incentives';
import { statementMs } from './ms/statement';

export const ms = { statement: statementMs, incentives: incentivesMs, gamification: gamificationMs };
