// Which calendar item a greeting sent from outside the calendar (a contact card) belongs to: the
// contact's birthday, the partnership anniversary or the festival nearest the day it was sent, so
// the calendar and the home agenda show it as greeted rather than still to do.
import type { CoreContext } from '../context';
import { anniversariesInRange } from '../care/anniversaries';
import { birthdaysInRange } from '../care/birthdays';
import { addDays, epochDayOf } from '../care/calendar-dates';
import { festivalsInRange } from '../care/festivals';

/** How far from the occasion a greeting still counts for it ("belated", "early"). */
const nearDays = 7;

export interface GreetingSubject {
  occasion: string;
  partnerId: string;
  contactId: string;
  /** The day the greeting was sent. */
  date: string;
}

export async function calendarItemKeyNear(
  ctx: CoreContext,
  subject: GreetingSubject,
): Promise<string | null> {
  const range = { from: addDays(subject.date, -nearDays), to: addDays(subject.date, nearDays) };
  const nearest = <T extends { date: string }>(found: readonly T[]): T | undefined =>
    [...found].sort(
      (a, b) =>
        Math.abs(epochDayOf(a.date) - epochDayOf(subject.date)) -
        Math.abs(epochDayOf(b.date) - epochDayOf(subject.date)),
    )[0];
  const partner = await ctx.db
    .selectFrom('partners')
    .select(['country', 'partnershipStart'])
    .where('id', '=', subject.partnerId)
    .executeTakeFirst();
  if (!partner) return null;

  if (subject.occasion === 'birthday') {
    const contact = await ctx.db
      .selectFrom('contacts')
      .select(['id', 'name', 'partnerId', 'birthday', 'birthdayLunar'])
      .where('id', '=', subject.contactId)
      .executeTakeFirst();
    if (!contact?.birthday) return null;
    const birthday = nearest(birthdaysInRange([{ ...contact, lunar: contact.birthdayLunar === 1 }], range));
    return birthday ? `birthday:${subject.contactId}:${birthday.date}` : null;
  }
  if (subject.occasion === 'anniversary') {
    const anniversary = nearest(
      anniversariesInRange(
        [{ partnerId: subject.partnerId, partnershipStart: partner.partnershipStart }],
        range,
      ),
    );
    return anniversary ? `anniversary:${subject.partnerId}:${anniversary.date}` : null;
  }
  const festival = nearest(
    festivalsInRange([partner.country], range, { [partner.country]: [subject.occasion] }),
  );
  return festival
    ? `festival:${partner.country}:${festival.key}:${festival.date}:${subject.partnerId}`
    : null;
}
