// The five playbooks shipped with the app, written from how channel teams keep partners: talk to
// the owner first, fix what is actually wrong, support where it hurts, show that people care, and
// make it worth staying. Their ids are fixed, so a team's edits (saved under the same id) overlay
// them and "Reset to default" brings these back.
import type { PlaybookFields } from '../../shared/retention';

export interface DefaultPlaybook extends PlaybookFields {
  id: string;
}

const step = (
  key: string,
  kind: PlaybookFields['steps'][number]['kind'],
  title: string,
  offsetDays: number,
  after: string | null,
  notes: string,
): PlaybookFields['steps'][number] => ({ key, kind, title, offsetDays, after, assigneeId: null, notes });

export const defaultPlaybooks: readonly DefaultPlaybook[] = [
  {
    id: '0000000000000000000000PB01',
    name: 'At risk: falling orders',
    situation: 'falling-orders',
    description:
      'Orders have dropped for two or more months. Find out why from the owner, then fix the cause before offering money.',
    steps: [
      step(
        'frank-talk',
        'deep-communication',
        'Frank conversation with the owner about the falling orders',
        2,
        null,
        'Bring the six-month order trend. Ask what changed: sell-out, cash, a competitor, our service. Listen first.',
      ),
      step(
        'sell-out-review',
        'core-problem',
        'Review sell-out and stock together; agree a recovery plan',
        5,
        'frank-talk',
        'Check slow movers, stock-outs of fast movers and price gaps in the area. Write the plan down with targets per month.',
      ),
      step(
        'stock-support',
        'special-support',
        'Stock support: swap slow movers for fast movers',
        3,
        'sell-out-review',
        'Up to 10% of last quarter’s purchases, approved by the sales manager.',
      ),
      step(
        'senior-visit',
        'emotional-retention',
        'Visit by the regional sales manager',
        14,
        'frank-talk',
        'Show the partner matters to the company, not only to its account owner.',
      ),
      step(
        'volume-incentive',
        'incentive-offer',
        'Offer a 90-day volume incentive on the recovery target',
        7,
        'sell-out-review',
        'Extra rebate only on volume above the agreed baseline.',
      ),
      step(
        'check-orders',
        'deep-communication',
        'Check the orders against the recovery plan',
        30,
        'volume-incentive',
        'If orders are still falling, escalate to the sales director.',
      ),
    ],
  },
  {
    id: '0000000000000000000000PB02',
    name: 'Tier drop',
    situation: 'tier-drop',
    description:
      'The partner falls to a lower tier. Explain it before the statement does, and agree a path back.',
    steps: [
      step(
        'explain-tier',
        'deep-communication',
        'Call the owner: explain the tier change and what it means',
        1,
        null,
        'Call before the new price list or statement arrives. Be clear about the numbers behind it.',
      ),
      step(
        'path-back',
        'core-problem',
        'Agree a written plan to regain the tier within two quarters',
        7,
        'explain-tier',
        'Quarterly volume and assortment targets, and what we do to help reach them.',
      ),
      step(
        'grace-margin',
        'special-support',
        'Keep the previous tier’s margin for one quarter (grace period)',
        0,
        'path-back',
        'Conditional on the plan being signed.',
      ),
      step(
        'marketing-funds',
        'special-support',
        'Co-fund a local promotion from the marketing budget',
        14,
        'path-back',
        'A shop event or local ads; 50/50 funding up to the agreed limit.',
      ),
      step(
        'quarter-review',
        'deep-communication',
        'Quarterly review of progress toward the tier',
        90,
        'path-back',
        'Meet the owner; compare the actuals with the plan.',
      ),
    ],
  },
  {
    id: '0000000000000000000000PB03',
    name: 'Major dispute',
    situation: 'major-dispute',
    description:
      'A serious dispute shook the relationship. Settle it fairly, then repair the relationship personally.',
    steps: [
      step(
        'owner-meeting',
        'deep-communication',
        'Meet the owner in person about the dispute; listen and acknowledge',
        1,
        null,
        'No defending on the spot. Note what the partner needs to move on.',
      ),
      step(
        'settle',
        'core-problem',
        'Settle the dispute and put the agreement in writing',
        7,
        'owner-meeting',
        'Link the dispute case and record the agreed resolution there.',
      ),
      step(
        'goodwill-terms',
        'special-support',
        'Goodwill: extended credit terms on the next two orders',
        0,
        'settle',
        '30 extra days, approved by finance.',
      ),
      step(
        'senior-visit',
        'emotional-retention',
        'Senior manager visits to close the matter personally',
        3,
        'settle',
        'Thank the owner for raising it; bring a small gift.',
      ),
      step(
        'follow-up',
        'deep-communication',
        'Check in after 30 days: is the relationship back on track?',
        30,
        'settle',
        'Ask openly; look at the orders since the dispute.',
      ),
    ],
  },
  {
    id: '0000000000000000000000PB04',
    name: 'Competitor poaching',
    situation: 'competitor-poaching',
    description:
      'A competitor is courting the partner. Learn the offer, answer it with value, and show commitment from the top.',
    steps: [
      step(
        'learn-offer',
        'deep-communication',
        'Frank talk with the decision maker: what is the competitor offering?',
        1,
        null,
        'Margin, rebates, credit, exclusivity, support. Ask what would make them stay.',
      ),
      step(
        'counter-offer',
        'incentive-offer',
        'Prepare a counter-offer approved by sales management',
        3,
        'learn-offer',
        'Compete on total value (support, service, brand), not only on margin.',
      ),
      step(
        'leadership-visit',
        'emotional-retention',
        'Senior leadership visit to present the offer and the long-term plan',
        2,
        'counter-offer',
        'The sales director or country manager, with the account owner.',
      ),
      step(
        'season-support',
        'special-support',
        'Marketing funds and merchandising support for the next season',
        7,
        'leadership-visit',
        'Displays, samples and co-funded promotions.',
      ),
      step(
        'invitation',
        'emotional-retention',
        'Invite the owner to the partner conference or a factory tour',
        21,
        'learn-offer',
        'Include the family where it fits local custom.',
      ),
      step(
        'monitor',
        'deep-communication',
        'Review orders and the competitor’s presence after 60 days',
        60,
        'leadership-visit',
        'Shelf share, orders, what the owner hears from the market.',
      ),
    ],
  },
  {
    id: '0000000000000000000000PB05',
    name: 'Hardship',
    situation: 'hardship',
    description:
      'The partner is in financial or personal hardship. Stand by them now; they remember who did.',
    steps: [
      step(
        'empathy-call',
        'deep-communication',
        'Call the owner: understand the hardship and what would help',
        1,
        null,
        'Listen; do not talk targets. Agree when to talk again.',
      ),
      step(
        'personal-note',
        'emotional-retention',
        'Send a personal note and a thoughtful gift from the team',
        2,
        'empathy-call',
        'No festive greetings while they struggle; keep it simple and personal.',
      ),
      step(
        'credit-terms',
        'special-support',
        'Offer extended credit terms or a payment plan for open invoices',
        3,
        'empathy-call',
        'Agree with finance first; put the plan in writing.',
      ),
      step(
        'stock-relief',
        'special-support',
        'Stock support: smaller minimum orders or consignment for three months',
        7,
        'empathy-call',
        'Keep the shelves full without tying up their cash.',
      ),
      step(
        'recovery-review',
        'core-problem',
        'Review the recovery together; plan the return to normal terms',
        60,
        'credit-terms',
        'Step back to normal terms gradually.',
      ),
    ],
  },
];

const byId = new Map(defaultPlaybooks.map((playbook) => [playbook.id, playbook]));

export function defaultPlaybook(id: string): DefaultPlaybook | undefined {
  return byId.get(id);
}
