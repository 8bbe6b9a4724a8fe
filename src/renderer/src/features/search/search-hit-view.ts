// What the palette shows for a search hit and where choosing it goes: a title, a line of
// context (whose, where, when) and the page to open, with the element to bring into view there
// (a visit note on its partner's page, say).
import type { TFunction } from 'i18next';
import type { SearchHit } from '../../../../shared/search';
import { calendarDate } from '../../i18n/date-format';
import { countryName } from '../../i18n/display-names';

export interface SearchHitView {
  title: string;
  context: string;
  /** Router path to open. */
  path: string;
  /** id of the element to scroll to and focus once the page shows it. */
  focusId: string | null;
}

const joined = (...parts: readonly string[]) => parts.filter((part) => part !== '').join(' · ');
const instantDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

export function searchHitView(hit: SearchHit, t: TFunction, locale: string): SearchHitView {
  switch (hit.kind) {
    case 'partner':
      return {
        title: hit.name,
        context: [hit.city, countryName(hit.country, locale)].filter(Boolean).join(', '),
        path: `/partners/${hit.partnerId}`,
        focusId: null,
      };
    case 'contact':
      return {
        title: hit.name,
        context: joined(hit.role, hit.partnerName),
        path: `/partners/${hit.partnerId}`,
        focusId: 'partner-contacts-title',
      };
    case 'visitNote':
      return {
        title: hit.purpose || t('search.untitledVisit', { partner: hit.partnerName }),
        context: joined(hit.purpose ? hit.partnerName : '', calendarDate(hit.date, locale)),
        path: `/partners/${hit.partnerId}`,
        focusId: visitNoteElementId(hit.id),
      };
    case 'dispute':
      return {
        title: hit.title,
        context: joined(
          t(`disputes.status.${hit.status}`),
          hit.partnerName,
          t('search.openedOn', { date: instantDate(hit.openedAt, locale) }),
        ),
        path: `/disputes/${hit.id}`,
        focusId: null,
      };
    case 'retentionCase':
      return {
        title: t(`retention.situation.${hit.situation}`),
        context: joined(
          hit.partnerName,
          t(`retention.outcome.${hit.outcome}`),
          t('search.openedOn', { date: calendarDate(hit.openedOn, locale) }),
        ),
        path: `/retention/${hit.id}`,
        focusId: null,
      };
    case 'greeting':
      return {
        title: t('search.greetingTitle', {
          occasion: t(`greetings.occasions.${hit.occasion}`, { defaultValue: hit.occasion }),
          name: hit.contactName || hit.partnerName,
        }),
        context: joined(
          hit.contactName ? hit.partnerName : '',
          t('search.sentOn', { date: calendarDate(hit.sentOn, locale) }),
        ),
        path: `/partners/${hit.partnerId}`,
        focusId: 'partner-timeline-title',
      };
  }
}

/** The id a visit note's card carries on its partner's page. */
export function visitNoteElementId(noteId: string): string {
  return `visit-note-${noteId}`;
}
