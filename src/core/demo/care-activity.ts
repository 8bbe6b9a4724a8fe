// The care history of the demo partners: visits held and planned, channel meetings (monthly for
// distributors), trainings, follow-ups, promises made both ways, and the odd family in mourning.
// About two stored events per partner, as a channel team that uses the app daily would have.
// Pure and deterministic, on its own random stream so the partners and contacts stay the same.
import { ulid } from 'ulid';
import type { CareEventFields, CommitmentFields } from '../../shared/care';
import { defaultVisitCadenceDays } from '../../shared/partners';
import { addDays } from '../care/calendar-dates';
import type { DemoContact, DemoOwner, DemoPartner } from './generate';
import { DemoRandom, WeightedChoice } from './random';

export type DemoCareEvent = { id: string } & CareEventFields;
export type DemoCommitment = { id: string } & CommitmentFields;

export interface DemoCareActivity {
  events: DemoCareEvent[];
  commitments: DemoCommitment[];
  /** Contacts and partners marked in mourning or hardship, with the mark. */
  careMarks: DemoCareMark[];
}

export interface DemoCareMark {
  table: 'partners' | 'contacts';
  id: string;
  careStatus: 'mourning' | 'hardship';
  careStatusUntil: string;
  careStatusNote: string;
}

const timeZones: Record<string, string> = {
  MY: 'Asia/Kuala_Lumpur',
  ID: 'Asia/Jakarta',
  CN: 'Asia/Shanghai',
  NL: 'Europe/Amsterdam',
};
const utcOffsets: Record<string, number> = { MY: 8, ID: 7, CN: 8, NL: 1 };

const visitOutcomes = [
  'Reviewed sell-out and stock levels; reorder agreed.',
  'Walked the shop floor; display needs refreshing.',
  'Discussed the new season range; they want samples.',
  'Owner raised slow claim payments; promised to chase finance.',
  'Good mood, sales up on last quarter.',
  'Checked price list compliance; all in order.',
];
const commitmentTexts: readonly (readonly [string, 'us' | 'partner'])[] = [
  ['Send the updated price list', 'us'],
  ['Deliver display stands for the new range', 'us'],
  ['Arrange product training for the sales staff', 'us'],
  ['Settle the outstanding rebate claim', 'us'],
  ['Share sell-out figures for the last quarter', 'partner'],
  ['Place the opening order for the new range', 'partner'],
  ['Move our products to the front shelf', 'partner'],
  ['Pay the overdue invoices', 'partner'],
];
const otherKinds = new WeightedChoice<readonly [CareEventFields['kind'], string]>([
  [['training', 'Product training'], 30],
  [['meeting', 'Quarterly business review'], 30],
  [['follow-up', 'Follow up on open quotation'], 20],
  [['team-building', 'Dealer incentive trip'], 5],
  [['family-activity', 'Family day invitation'], 5],
  [['custom', 'Store opening'], 10],
]);

export function generateCareActivity(
  partners: readonly DemoPartner[],
  contacts: readonly DemoContact[],
  owners: readonly DemoOwner[],
  today: string,
  seed: number,
): DemoCareActivity {
  const random = new DemoRandom(seed + 7919);
  const activity: DemoCareActivity = { events: [], commitments: [], careMarks: [] };
  const contactsByPartner = new Map<string, DemoContact[]>();
  for (const contact of contacts) {
    const list = contactsByPartner.get(contact.partnerId);
    if (list) list.push(contact);
    else contactsByPartner.set(contact.partnerId, [contact]);
  }
  const fallbackOwner = owners[0]?.id ?? null;
  // ULIDs from the seeded stream, timed just before today so they sort as older records.
  let idMs = Date.parse(today) - 86_400_000;
  const nextId = () => ulid(idMs++, () => random.next());

  for (const partner of partners) {
    if (partner.status === 'prospect' || partner.status === 'churned') continue;
    const people = contactsByPartner.get(partner.id) ?? [];
    const ownerId = partner.ownerId ?? fallbackOwner;
    const cadence = partner.visitCadenceDays ?? defaultVisitCadenceDays[partner.type];
    const base = {
      partnerId: partner.id,
      ownerId,
      timeZone: timeZones[partner.country] ?? 'UTC',
      exceptions: [],
      description: '',
    };
    const head = people[0];

    // The last visit: most partners were seen within their cadence, some are overdue.
    const lastVisit = addDays(today, -random.between(3, Math.round(cadence * 1.6)));
    const visitId = nextId();
    activity.events.push({
      ...base,
      id: visitId,
      kind: 'visit',
      title: `Visit ${partner.name}`,
      contactIds: head ? [head.id] : [],
      allDay: true,
      start: lastVisit,
      end: null,
      rrule: null,
      status: 'done',
      outcomeNote: random.pick(visitOutcomes),
    });
    if (random.chance(0.45)) {
      const [description, madeBy] = random.pick(commitmentTexts);
      const due = addDays(lastVisit, random.between(7, 30));
      const status = due >= today ? 'open' : random.pick(['open', 'kept', 'kept', 'kept', 'broken'] as const);
      activity.commitments.push({
        id: nextId(),
        partnerId: partner.id,
        description,
        madeBy,
        ownerId,
        dueDate: due,
        status,
        note: '',
        careEventId: visitId,
      });
    }
    if (random.chance(0.3)) {
      activity.events.push({
        ...base,
        id: nextId(),
        kind: 'visit',
        title: `Visit ${partner.name}`,
        contactIds: head ? [head.id] : [],
        allDay: true,
        start: addDays(today, random.between(1, 30)),
        end: null,
        rrule: null,
        status: 'planned',
        outcomeNote: '',
      });
    }
    // Distributors meet the brand every month, on the first Tuesday at 10:00 their time.
    if (partner.type === 'distributor') {
      const offset = utcOffsets[partner.country] ?? 0;
      const firstDay = addDays(today, -random.between(60, 400));
      activity.events.push({
        ...base,
        id: nextId(),
        kind: 'meeting',
        title: `Monthly channel meeting ${partner.name}`,
        contactIds: people.slice(0, 2).map((c) => c.id),
        allDay: false,
        start: `${firstDay}T${String(10 - offset).padStart(2, '0')}:00:00Z`,
        end: `${firstDay}T${String(11 - offset).padStart(2, '0')}:00:00Z`,
        rrule: 'FREQ=MONTHLY;BYDAY=1TU',
        status: 'planned',
        outcomeNote: '',
      });
    }
    const extra = 1 + (random.chance(0.16) ? 1 : 0);
    for (let index = 0; index < extra; index++) {
      const [kind, title] = otherKinds.pick(random);
      const day = addDays(today, random.between(-120, 60));
      activity.events.push({
        ...base,
        id: nextId(),
        kind,
        title: `${title} ${partner.name}`,
        contactIds: head ? [head.id] : [],
        allDay: true,
        start: day,
        end: null,
        rrule: null,
        status: day < today ? (random.chance(0.85) ? 'done' : 'skipped') : 'planned',
        outcomeNote: '',
      });
    }
    if (random.chance(0.002)) {
      activity.careMarks.push({
        table: 'partners',
        id: partner.id,
        careStatus: 'hardship',
        careStatusUntil: addDays(today, random.between(30, 120)),
        careStatusNote: 'Shop flooded; reopening after repairs.',
      });
    }
    if (head && random.chance(0.004)) {
      activity.careMarks.push({
        table: 'contacts',
        id: head.id,
        careStatus: 'mourning',
        careStatusUntil: addDays(today, random.between(20, 100)),
        careStatusNote: 'Death in the family.',
      });
    }
  }
  return activity;
}
