// What an agenda row says: its headline, the line under it, and when it is due ("3 days late").
import type { TFunction } from 'i18next';
import type { AgendaItem } from '../../../../shared/agenda';
import { calendarDate } from '../../i18n/date-format';
import { countryName } from '../../i18n/display-names';

export function itemHeadline(t: TFunction, item: AgendaItem, locale: string): string {
  switch (item.type) {
    case 'greeting':
      if (item.occasion === 'anniversary') return t('agenda.item.anniversary');
      return item.years === null
        ? t('agenda.item.birthday', { name: item.contactName ?? item.title })
        : t('agenda.item.birthdayAge', { name: item.contactName ?? item.title, years: item.years });
    case 'festival':
      return t('agenda.item.festival', {
        name: item.title,
        country: countryName(item.country ?? '', locale),
      });
    case 'visit-due':
      return t('agenda.item.visitDue');
    default:
      return item.title;
  }
}

/** The line under the headline (besides the partner): counts, years, who promised. */
export function itemDetail(t: TFunction, item: AgendaItem): string | null {
  if (item.type === 'festival') {
    return t('agenda.item.festivalCounts', {
      greeted: item.greetedCount ?? 0,
      total: item.partnerCount ?? 0,
    });
  }
  if (item.type === 'greeting' && item.occasion === 'anniversary' && item.years !== null) {
    return t('agenda.item.anniversaryYears', { count: item.years });
  }
  if (item.type === 'commitment') {
    return item.madeBy === 'partner' ? t('agenda.item.promisedByPartner') : t('agenda.item.promisedByUs');
  }
  if (item.type === 'event' && item.kind) return t(`calendar.kinds.${item.kind}`);
  return null;
}

/** "3 days late", "Today", "Tomorrow", or the date. */
export function itemWhen(t: TFunction, item: AgendaItem, locale: string): string {
  if (item.daysLate > 0) return t('agenda.when.late', { count: item.daysLate });
  if (item.daysLate === 0) return t('agenda.when.today');
  if (item.daysLate === -1) return t('agenda.when.tomorrow');
  return weekdayAndDate(item.date, locale);
}

function weekdayAndDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(utc);
  return `${weekday} ${calendarDate(date, locale)}`;
}
