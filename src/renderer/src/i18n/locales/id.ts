// id resources so far: what a partner reads (statements, award explanations, badges). The rest of
// the UI falls back to English until the language is complete.
import { gamificationId } from './id/gamification';
import { incentivesId } from './id/incentives';
import { statementId } from './id/statement';

export const id = { statement: statementId, incentives: incentivesId, gamification: gamificationId };
