// ms resources so far: what a partner reads (statements and award explanations). The rest of
// the UI falls back to English until the language is complete.
import { incentivesMs } from './ms/incentives';
import { statementMs } from './ms/statement';

export const ms = { statement: statementMs, incentives: incentivesMs };
