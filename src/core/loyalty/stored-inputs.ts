// A partner's score inputs as partner_scores keeps them: a short JSON array without the day
// counters (days since contact, tenure), so a row only changes when something real changed and
// the daily recompute rewrites a few partners instead of all of them.
import type { ScoreInputs } from './score';
import { daysBetween } from './windows';

type Stored = [
  number, // sales records
  number, // volume
  number, // recent
  number, // prior
  number, // active months
  string, // last period
  number, // visits
  number, // meetings
  number, // trainings
  number, // greetings
  number, // visit notes
  string | null, // last contact
  number, // kept
  number, // broken
  number, // open disputes
  number, // dispute points
  string, // started on
  number, // nps answers
  number, // nps sum
  number, // satisfaction answers
  number, // satisfaction sum
  number, // program claims
];

export function encodeInputs(inputs: ScoreInputs): string {
  const { sales, engagement: e, commitments, disputes, nps, satisfaction } = inputs;
  const stored: Stored = [
    sales.records,
    sales.volumeMinor,
    sales.recentMinor,
    sales.priorMinor,
    sales.activeMonths,
    sales.lastPeriod,
    e.visits,
    e.meetings,
    e.trainings,
    e.greetings,
    e.visitNotes,
    inputs.lastContactOn,
    commitments.kept,
    commitments.broken,
    disputes.open,
    disputes.points,
    inputs.startedOn,
    nps.answers,
    nps.sum,
    satisfaction.answers,
    satisfaction.sum,
    e.claims,
  ];
  return JSON.stringify(stored);
}

/** The inputs again, with the day counters as of `today`; null when the text is not ours. */
export function decodeInputs(text: string, today: string): ScoreInputs | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 22) return null;
  const s = value as Stored;
  return {
    sales: {
      records: s[0],
      volumeMinor: s[1],
      recentMinor: s[2],
      priorMinor: s[3],
      activeMonths: s[4],
      lastPeriod: s[5],
    },
    engagement: {
      visits: s[6],
      meetings: s[7],
      trainings: s[8],
      greetings: s[9],
      visitNotes: s[10],
      claims: s[21],
    },
    lastContactOn: s[11],
    daysSinceContact: s[11] === null ? null : daysBetween(s[11], today),
    commitments: { kept: s[12], broken: s[13] },
    disputes: { open: s[14], points: s[15] },
    startedOn: s[16],
    tenureDays: daysBetween(s[16], today),
    nps: { answers: s[17], sum: s[18] },
    satisfaction: { answers: s[19], sum: s[20] },
  };
}
