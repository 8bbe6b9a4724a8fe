// The retention history of the demo partners: a few partners at risk now (with the shipped
// playbook for their situation under way) and earlier cases that ended retained or churned, so
// the retention screens and the success-rate report have something true-looking to show.
// Pure and deterministic, on its own random stream so the rest of the demo stays the same.
import { ulid } from 'ulid';
import { dueDates } from '../../shared/playbook-schedule';
import type {
  RetentionActionKind,
  RetentionActionStatus,
  RetentionOutcome,
  RetentionSituation,
} from '../../shared/retention';
import { addDays } from '../care/calendar-dates';
import { defaultPlaybooks } from '../retention/default-playbooks';
import type { DemoOwner, DemoPartner } from './generate';
import { DemoRandom, WeightedChoice } from './random';

export interface DemoRetentionCase {
  id: string;
  partnerId: string;
  situation: RetentionSituation;
  reason: string;
  source: 'manual';
  disputeId: null;
  ownerId: string | null;
  openedOn: string;
  outcome: RetentionOutcome;
  outcomeOn: string | null;
  outcomeNote: string;
  playbookId: string;
  revision: number;
}

export interface DemoRetentionAction {
  id: string;
  caseId: string;
  partnerId: string;
  kind: RetentionActionKind;
  title: string;
  ownerId: string | null;
  dueDate: string;
  status: RetentionActionStatus;
  notes: string;
  outcome: string;
  playbookId: string;
  stepKey: string;
  revision: number;
}

export interface DemoRetentionActivity {
  cases: DemoRetentionCase[];
  actions: DemoRetentionAction[];
}

const situations = new WeightedChoice<RetentionSituation>([
  ['falling-orders', 40],
  ['competitor-poaching', 20],
  ['tier-drop', 15],
  ['major-dispute', 15],
  ['hardship', 10],
]);
const reasons: Record<RetentionSituation, readonly string[]> = {
  'falling-orders': [
    'Orders down 35% over the last three months.',
    'No reorder since the festive season; stock still high.',
  ],
  'competitor-poaching': [
    'A competitor offered them 5% more margin and free display units.',
    'Their sales staff were trained by a competitor last month.',
  ],
  'tier-drop': ['Dropped from Gold to Silver this quarter.'],
  'major-dispute': ['Unhappy after the territory dispute with a neighbouring dealer.'],
  hardship: ['Shop flooded; cash flow tight for the coming months.'],
  other: ['Owner is thinking of retiring; no successor named.'],
};
const outcomeNotes: Record<'retained' | 'churned', readonly string[]> = {
  retained: [
    'Orders back to last year’s level after the recovery plan.',
    'Stayed after the stock swap and the manager’s visit.',
  ],
  churned: ['Switched to a competitor’s distribution.', 'Closed the business.'],
};

/** About one partner in sixty has been at risk at some point. */
const atRiskShare = 1 / 60;

export function generateRetentionActivity(
  partners: readonly DemoPartner[],
  owners: readonly DemoOwner[],
  today: string,
  seed: number,
): DemoRetentionActivity {
  const random = new DemoRandom(seed + 130_363);
  const activity: DemoRetentionActivity = { cases: [], actions: [] };
  const fallbackOwner = owners[0]?.id ?? null;
  let idMs = Date.parse(today) - 86_400_000;
  const nextId = () => ulid(idMs++, () => random.next());

  for (const partner of partners) {
    if (partner.status === 'prospect' || !random.chance(atRiskShare)) continue;
    const situation = situations.pick(random);
    const playbook = defaultPlaybooks.find((candidate) => candidate.situation === situation);
    if (!playbook) continue;
    // Churned partners lost the fight; the rest are open now or were decided earlier.
    const outcome: RetentionOutcome =
      partner.status === 'churned'
        ? 'churned'
        : random.chance(0.35)
          ? 'open'
          : random.chance(0.8)
            ? 'retained'
            : 'churned';
    const openedOn = addDays(today, outcome === 'open' ? -random.between(0, 25) : -random.between(60, 540));
    const ownerId = partner.ownerId ?? fallbackOwner;
    const caseId = nextId();
    const decided = outcome !== 'open';
    activity.cases.push({
      id: caseId,
      partnerId: partner.id,
      situation,
      reason: random.pick(reasons[situation]),
      source: 'manual',
      disputeId: null,
      ownerId,
      openedOn,
      outcome,
      outcomeOn: decided ? addDays(openedOn, random.between(30, 90)) : null,
      outcomeNote: decided ? random.pick(outcomeNotes[outcome]) : '',
      playbookId: playbook.id,
      revision: decided ? 1 : 0,
    });
    const due = dueDates(playbook.steps, openedOn);
    playbook.steps.forEach((step, index) => {
      const dueDate = due[index] ?? openedOn;
      const status: RetentionActionStatus = decided
        ? random.chance(0.85)
          ? 'done'
          : 'cancelled'
        : dueDate < today
          ? random.pick(['done', 'done', 'in-progress'] as const)
          : 'planned';
      activity.actions.push({
        id: nextId(),
        caseId,
        partnerId: partner.id,
        kind: step.kind,
        title: step.title,
        ownerId,
        dueDate,
        status,
        notes: step.notes,
        outcome: status === 'done' ? 'Done as planned.' : '',
        playbookId: playbook.id,
        stepKey: step.key,
        revision: status === 'planned' ? 0 : 1,
      });
    });
  }
  return activity;
}
