// The words a calendar item is shown with: "Tan Mei Ling turns 34", "Maju Jaya · 5 years",
// "Chinese New Year (MY)", or a stored event's own title.
import type { TFunction } from 'i18next';
import type { CalendarItem } from '../../../../shared/calendar';

export function itemLabel(t: TFunction, item: CalendarItem): string {
  switch (item.source) {
    case 'birthday': {
      const base =
        item.years !== null
          ? t('calendar.item.birthdayWithAge', { name: item.title, years: item.years })
          : t('calendar.item.birthday', { name: item.title });
      return item.lunar ? `${base} ${t('calendar.item.lunarSuffix')}` : base;
    }
    case 'anniversary':
      return t('calendar.item.anniversary', { name: item.title, count: item.years ?? 0 });
    case 'festival':
      return t('calendar.item.festival', { name: item.title, country: item.country ?? '' });
    default:
      return item.title;
  }
}
