// The demo partners' survey answers over the last two years: a survey wave every half year that
// some contacts answer, with NPS and satisfaction following how the partner's business went
// (dropping partners turn detractors). Pure and deterministic, on its own random stream.
import { addDays } from '../care/calendar-dates';
import { derivedId } from '../db/ids';
import type { DemoContact, DemoPartner } from './generate';
import { DemoRandom } from './random';
import type { SalesCourse } from './sales-activity';

export interface DemoSurveyResponse {
  id: string;
  partnerId: string;
  contactId: string;
  answeredOn: string;
  nps: number;
  satisfaction: number | null;
  comment: string;
  importId: null;
}

/** Waves every 182 days back from today; each contact answers one in five. */
const waves = 4;
const answerShare = 0.2;

/** Mean NPS answer by how the partner's sales went. */
const meanAnswer: Record<SalesCourse, number> = { growing: 9.0, steady: 8.6, declining: 7.6, dropping: 5.0 };

const comments: Record<'promoter' | 'passive' | 'detractor', readonly string[]> = {
  promoter: [
    'Fast delivery and the sales rep always picks up the phone.',
    'The training for our staff was very useful.',
    'Good margins and the co-op marketing helps us a lot.',
    'Pelayanan sangat baik, stok selalu tersedia.',
    'Goede samenwerking, snelle levering.',
  ],
  passive: [
    'Products are fine, but deliveries are sometimes late.',
    'Prices went up twice this year.',
    'We would like more display material.',
    'Harga agak tinggi berbanding pesaing.',
  ],
  detractor: [
    'Credit terms are too strict compared to other brands.',
    'Three late deliveries in a row; our customers complained.',
    'The rebate from last quarter is still not paid.',
    'A neighbouring dealer undercuts us in our own area.',
    'Levering te laat, klanten lopen weg.',
    '回款太慢，返利迟迟没有到账。',
  ],
};

export function generateSurveyActivity(
  partners: readonly DemoPartner[],
  contacts: readonly DemoContact[],
  courses: ReadonlyMap<string, SalesCourse>,
  today: string,
  seed: number,
): DemoSurveyResponse[] {
  const random = new DemoRandom(seed + 310_007);
  const contactsOf = new Map<string, DemoContact[]>();
  for (const contact of contacts) {
    const list = contactsOf.get(contact.partnerId);
    if (list) list.push(contact);
    else contactsOf.set(contact.partnerId, [contact]);
  }
  const responses: DemoSurveyResponse[] = [];
  for (const partner of partners) {
    const course = courses.get(partner.id);
    if (!course || !partner.partnershipStart) continue;
    for (let wave = 0; wave < waves; wave++) {
      const waveDay = addDays(today, -7 - wave * 182);
      if (waveDay < partner.partnershipStart) break;
      for (const contact of contactsOf.get(partner.id) ?? []) {
        if (!random.chance(answerShare)) continue;
        const answeredOn = addDays(waveDay, -random.int(21));
        // The newest wave carries the recent drop; older ones were happier.
        const mean = wave === 0 ? meanAnswer[course] : Math.max(meanAnswer[course], 7.8);
        const nps = Math.max(0, Math.min(10, Math.round(mean + (random.next() + random.next() - 1) * 3)));
        const category = nps >= 9 ? 'promoter' : nps >= 7 ? 'passive' : 'detractor';
        responses.push({
          id: derivedId('survey', partner.id, contact.id, answeredOn),
          partnerId: partner.id,
          contactId: contact.id,
          answeredOn,
          nps,
          satisfaction: random.chance(0.85)
            ? Math.max(1, Math.min(5, Math.round(nps / 2.2 + random.next())))
            : null,
          comment: random.chance(0.4) ? random.pick(comments[category]) : '',
          importId: null,
        });
      }
    }
  }
  return responses;
}
