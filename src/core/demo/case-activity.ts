// The dispute history of the demo partners: territory conflicts between neighbouring dealers,
// price and rebate disagreements, late deliveries, each with the steps taken to settle it. Most
// old cases are closed with lessons learned, recent ones are still being worked on, some late.
// Pure and deterministic, on its own random stream so partners and care history stay the same.
import { ulid } from 'ulid';
import type {
  DisputeEntryKind,
  DisputeKind,
  DisputeRootCause,
  DisputeSeverity,
  DisputeStatus,
} from '../../shared/disputes';
import { currencyOfCountry } from '../../shared/money';
import type { DemoOwner, DemoPartner } from './generate';
import { DemoRandom, WeightedChoice } from './random';

/** A case as stored (JSON columns as arrays), without the bookkeeping timestamps. */
export interface DemoDispute {
  id: string;
  kind: DisputeKind;
  title: string;
  description: string;
  partnerIds: string[];
  contactIds: string[];
  teammateIds: string[];
  reporterId: string | null;
  ownerId: string | null;
  severity: DisputeSeverity;
  status: DisputeStatus;
  rootCause: DisputeRootCause | null;
  compensationMinor: number | null;
  compensationCurrency: string | null;
  resolution: string;
  lessonsLearned: string;
  openedAt: string;
  slaStartedAt: string;
  dueAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  timeZone: string;
  revision: number;
}

export interface DemoDisputeEntry {
  id: string;
  disputeId: string;
  kind: DisputeEntryKind;
  at: string;
  actorId: string | null;
  text: string;
  fromStatus: DisputeStatus | null;
  toStatus: DisputeStatus | null;
  attachments: never[];
  correctsEntryId: string | null;
}

export interface DemoCaseActivity {
  disputes: DemoDispute[];
  entries: DemoDisputeEntry[];
}

/** When an SLA falls due: the app's own rule, passed in so the demo agrees with it. */
export type DueAtRule = (
  openedAt: string,
  severity: DisputeSeverity,
  country: string,
  timeZone: string,
) => string;

interface CaseStory {
  kind: DisputeKind;
  title: (partner: string, other: string) => string;
  description: (partner: string, other: string) => string;
  rootCause: DisputeRootCause;
  resolution: string;
  lessons: string;
  /** Steps taken along the way, in order. */
  steps: readonly (readonly [DisputeEntryKind, string])[];
  /** Compensation range in major units, when the settlement usually costs money. */
  compensation?: readonly [number, number];
}

const stories: readonly CaseStory[] = [
  {
    kind: 'channel-conflict',
    title: (a, b) => `Territory overlap: ${a} and ${b}`,
    description: (a, b) =>
      `${b} has been quoting to contractors in ${a}'s agreed territory, below ${a}'s project price.`,
    rootCause: 'territory-overlap',
    resolution:
      'Territory map redrawn by postcode; project leads registered first-come through the brand; ' +
      'the disputed contractor stays with the first partner for 12 months.',
    lessons: 'Register project leads centrally before quoting; review territory maps every year.',
    steps: [
      ['call', 'Called both owners separately to hear each side.'],
      ['meeting', 'Joint meeting at the regional office with both owners.'],
      ['offer', 'Proposed lead registration and a postcode-based map.'],
      ['note', 'Both sides accepted the new map in writing.'],
    ],
  },
  {
    kind: 'channel-conflict',
    title: (a, b) => `Online undercutting between ${a} and ${b}`,
    description: (a, b) =>
      `${a} reports that ${b} sells the core range on marketplaces 12% under the recommended price.`,
    rootCause: 'pricing-policy',
    resolution: 'Minimum advertised price policy agreed for marketplaces; listings corrected within 7 days.',
    lessons: 'Publish the advertised-price policy to all partners with the yearly price list.',
    steps: [
      ['note', 'Collected screenshots of the marketplace listings.'],
      ['call', 'Discussed the listings with the online seller.'],
      ['offer', 'Offered marketplace co-op funds in exchange for price discipline.'],
    ],
    compensation: [500, 3000],
  },
  {
    kind: 'price',
    title: (a) => `Price protection claim after list price cut — ${a}`,
    description: (a) =>
      `${a} holds stock bought at the old price and asks for protection on the difference after the price cut.`,
    rootCause: 'pricing-policy',
    resolution: 'Credit note for the price difference on stock bought in the 60 days before the cut.',
    lessons: 'Announce price cuts with a stock-count deadline so protection claims are quick to check.',
    steps: [
      ['document', 'Stock report received from the partner.'],
      ['call', 'Checked quantities with the warehouse team.'],
      ['offer', 'Offered a credit note for stock bought in the last 60 days.'],
    ],
    compensation: [1000, 12000],
  },
  {
    kind: 'rebate-payment',
    title: (a) => `Quarterly rebate not paid — ${a}`,
    description: (a) => `${a} has not received the volume rebate for last quarter and withholds new orders.`,
    rootCause: 'rebate-terms',
    resolution:
      'Rebate recalculated on invoiced sales and paid; the calculation sheet shared with the partner.',
    lessons: 'Send the rebate calculation before paying, so disagreements surface early.',
    steps: [
      ['call', 'Finance confirmed the rebate was held for a missing sell-out report.'],
      ['note', 'Partner sent the sell-out report.'],
      ['offer', 'Proposed paying within 10 days with the calculation sheet.'],
    ],
    compensation: [800, 6000],
  },
  {
    kind: 'delivery-quality',
    title: (a) => `Late deliveries before the festive season — ${a}`,
    description: (a) =>
      `Three deliveries to ${a} arrived more than a week late; the shop missed festive sales.`,
    rootCause: 'logistics',
    resolution: 'Priority allocation for the next season and free delivery on the next two orders.',
    lessons: 'Lock festive-season allocations with partners two months ahead.',
    steps: [
      ['call', 'Logistics confirmed the carrier backlog.'],
      ['meeting', 'Visited the shop with the logistics lead.'],
      ['offer', 'Offered priority allocation and free delivery.'],
    ],
    compensation: [300, 2500],
  },
  {
    kind: 'delivery-quality',
    title: (a) => `Damaged units in shipment — ${a}`,
    description: (a) => `${a} received a batch with damaged packaging and two faulty units.`,
    rootCause: 'product-defect',
    resolution: 'Faulty units replaced; packaging complaint sent to the factory.',
    lessons: 'Ask for photos on arrival; the replacement process takes a day instead of a week.',
    steps: [
      ['document', 'Photos of the damaged units received.'],
      ['note', 'Replacement units dispatched.'],
    ],
  },
  {
    kind: 'contract-terms',
    title: (a) => `Disagreement over exclusivity clause — ${a}`,
    description: (a) =>
      `${a} reads the contract as exclusive for its city; our team reads it as preferred only.`,
    rootCause: 'contract-ambiguity',
    resolution: 'Addendum signed: preferred partner status with first right on new accounts in the city.',
    lessons: 'Use the standard wording for exclusivity; legal to review city-level clauses.',
    steps: [
      ['meeting', 'Reviewed the contract with the owner.'],
      ['document', 'Draft addendum sent.'],
      ['call', 'Owner agreed to the addendum.'],
    ],
  },
  {
    kind: 'service',
    title: (a) => `Slow after-sales support — ${a}`,
    description: (a) => `${a}'s customers wait more than two weeks for warranty repairs.`,
    rootCause: 'communication-gap',
    resolution: 'Direct line to the service centre and a monthly warranty report for the partner.',
    lessons: 'Give partners a named service contact; measure repair times per region.',
    steps: [
      ['call', 'Service centre explained the parts shortage.'],
      ['offer', 'Offered loan units while repairs are pending.'],
    ],
  },
  {
    kind: 'other',
    title: (a) => `Complaint about sales rep conduct — ${a}`,
    description: (a) => `${a}'s owner complained that our rep promised discounts he could not give.`,
    rootCause: 'staff-conduct',
    resolution: 'Apology visit by the regional manager; rep coached on discount authority.',
    lessons: 'Reps confirm every discount in writing from the approved list.',
    steps: [
      ['call', 'Heard the owner out.'],
      ['meeting', 'Regional manager visited with an apology.'],
    ],
  },
];

const kindWeights = new WeightedChoice<CaseStory>(
  stories.map((story) => [story, story.kind === 'channel-conflict' ? 14 : 12] as const),
);
const severityChoice = new WeightedChoice<DisputeSeverity>([
  ['low', 30],
  ['medium', 40],
  ['high', 22],
  ['critical', 8],
]);
const timeZones: Record<string, string> = {
  MY: 'Asia/Kuala_Lumpur',
  ID: 'Asia/Jakarta',
  CN: 'Asia/Shanghai',
  NL: 'Europe/Amsterdam',
};
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Half a case per partner, as the benchmark's data set asks (50,000 cases for 100,000 partners). */
export const demoCasesPerPartner = 0.5;

export function generateCaseActivity(
  partners: readonly DemoPartner[],
  owners: readonly DemoOwner[],
  today: string,
  seed: number,
  dueAt: DueAtRule,
): DemoCaseActivity {
  const random = new DemoRandom(seed + 104_729);
  const activity: DemoCaseActivity = { disputes: [], entries: [] };
  const active = partners.filter((partner) => partner.status !== 'prospect');
  if (active.length === 0) return activity;
  const byRegion = new Map<string, DemoPartner[]>();
  for (const partner of active) {
    const list = byRegion.get(partner.region);
    if (list) list.push(partner);
    else byRegion.set(partner.region, [partner]);
  }
  const fallbackOwner = owners[0]?.id ?? null;
  const now = Date.parse(`${today}T12:00:00Z`);
  let idMs = now - dayMs;
  const nextId = () => ulid(idMs++, () => random.next());
  const count = Math.round(partners.length * demoCasesPerPartner);

  for (let index = 0; index < count; index++) {
    const story = kindWeights.pick(random);
    const lead = random.pick(active);
    const neighbours = byRegion.get(lead.region) ?? [];
    const other = story.kind === 'channel-conflict' ? pickOther(random, neighbours, lead) : undefined;
    if (story.kind === 'channel-conflict' && !other) continue;
    const severity = severityChoice.pick(random);
    const ownerId = lead.ownerId ?? fallbackOwner;
    const timeZone = timeZones[lead.country] ?? 'UTC';
    // Ages spread over two years with more recent cases; business hours in the partner's zone.
    const ageDays = Math.floor(730 * random.next() ** 2);
    const openedMs = now - ageDays * dayMs - random.between(1, 8) * hourMs;
    const openedAt = new Date(openedMs).toISOString();
    const due = dueAt(openedAt, severity, lead.country, timeZone);
    const path = statusPath(random, ageDays);
    const id = nextId();
    const names = [lead.name, other?.name ?? ''] as const;

    // Steps spread over the time the case took; late ones breach the SLA.
    const spanDays = Math.max(1, Math.min(ageDays, random.between(1, 30)));
    const steps = story.steps.slice(0, Math.max(1, random.between(1, story.steps.length)));
    const events: {
      kind: DisputeEntryKind;
      text: string;
      from: DisputeStatus | null;
      to: DisputeStatus | null;
    }[] = [{ kind: 'opened', text: story.description(...names), from: null, to: 'open' }];
    let previous: DisputeStatus = 'open';
    let stepIndex = 0;
    for (const status of path) {
      // Work happens while investigating; an extra note or call makes the history read real.
      if (status === 'resolution-proposed' || status === 'resolved') {
        while (stepIndex < steps.length) {
          const step = steps[stepIndex++];
          if (step) events.push({ kind: step[0], text: step[1], from: null, to: null });
        }
      }
      events.push({ kind: 'status', text: statusText(status, story), from: previous, to: status });
      previous = status;
    }
    const entryCount = 6 + random.int(9);
    while (events.length < entryCount) {
      events.push({
        kind: random.pick(['note', 'call'] as const),
        text: random.pick(followUps),
        from: null,
        to: null,
      });
    }
    const gap = (spanDays * dayMs) / events.length;
    let resolvedAt: string | null = null;
    let closedAt: string | null = null;
    events.forEach((event, position) => {
      const at = new Date(Math.min(openedMs + position * gap, now - hourMs)).toISOString();
      if (event.to === 'resolved') resolvedAt = at;
      if (event.to === 'closed') closedAt = at;
      activity.entries.push({
        id: nextId(),
        disputeId: id,
        kind: event.kind,
        at,
        actorId: ownerId,
        text: event.text,
        fromStatus: event.from,
        toStatus: event.to,
        attachments: [],
        correctsEntryId: null,
      });
    });
    const settled = previous === 'resolved' || previous === 'closed';
    const compensation = settled && story.compensation ? random.between(...story.compensation) * 100 : null;
    activity.disputes.push({
      id,
      kind: story.kind,
      title: story.title(...names),
      description: story.description(...names),
      partnerIds: other ? [lead.id, other.id] : [lead.id],
      contactIds: [],
      teammateIds: [],
      reporterId: ownerId,
      ownerId,
      severity,
      status: previous,
      rootCause: settled || random.chance(0.4) ? story.rootCause : null,
      compensationMinor: compensation,
      compensationCurrency: compensation === null ? null : currencyOfCountry(lead.country),
      resolution: settled ? story.resolution : '',
      lessonsLearned: previous === 'closed' ? story.lessons : '',
      openedAt,
      slaStartedAt: openedAt,
      dueAt: due,
      resolvedAt,
      closedAt,
      timeZone,
      revision: path.length,
    });
  }
  return activity;
}

const followUps = [
  'Owner asked for an update; told them where we stand.',
  'Checked the figures again with finance.',
  'Partner sent more details by WhatsApp.',
  'Discussed with the regional manager.',
  'Reminder sent to the partner about the open question.',
];

function pickOther(random: DemoRandom, neighbours: readonly DemoPartner[], lead: DemoPartner) {
  if (neighbours.length < 2) return undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const other = random.pick(neighbours);
    if (other.id !== lead.id) return other;
  }
  return undefined;
}

/** The statuses a case went through: old cases are settled, recent ones are still moving. */
function statusPath(random: DemoRandom, ageDays: number): DisputeStatus[] {
  // A few old cases are still open: the neglected backlog every team has.
  const settledChance = ageDays > 180 ? 0.995 : ageDays > 60 ? 0.97 : ageDays > 14 ? 0.6 : 0.15;
  const escalate = random.chance(0.12);
  if (!random.chance(settledChance)) {
    const open: DisputeStatus[][] = [[], ['investigating'], ['investigating', 'resolution-proposed']];
    const path = random.pick(open);
    return escalate ? [...path, 'escalated'] : path;
  }
  const path: DisputeStatus[] = escalate
    ? ['investigating', 'escalated', 'resolution-proposed', 'resolved']
    : ['investigating', 'resolution-proposed', 'resolved'];
  return random.chance(ageDays > 30 ? 0.85 : 0.4) ? [...path, 'closed'] : path;
}

function statusText(status: DisputeStatus, story: CaseStory): string {
  switch (status) {
    case 'resolved':
      return story.resolution;
    case 'closed':
      return story.lessons;
    case 'escalated':
      return 'Escalated to the regional manager: the partner threatens to stop ordering.';
    case 'resolution-proposed':
      return 'Proposal sent to the partner.';
    default:
      return '';
  }
}
