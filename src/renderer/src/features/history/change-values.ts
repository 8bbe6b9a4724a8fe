// How a value in the change log reads in the timeline: enum values, countries, languages, owners
// and dates in words, everything else as plain text.
import type { TFunction } from 'i18next';
import { birthdayText, calendarDate } from '../../i18n/date-format';
import { countryName, languageName } from '../../i18n/display-names';
import type { TimelineEntry } from '../../../../shared/history';

/** Enum fields whose values are translated from another namespace, per kind of record. */
const enumLabels: Partial<Record<TimelineEntry['entity'], Record<string, string>>> = {
  dispute: {
    status: 'disputes.status',
    severity: 'disputes.severity',
    kind: 'disputes.kind',
    rootCause: 'disputes.rootCause',
  },
  retentionCase: {
    outcome: 'retention.outcome',
    situation: 'retention.situation',
    source: 'retention.source',
  },
  retentionAction: { status: 'retention.actionStatus', kind: 'retention.actionKind' },
  tierChange: { cause: 'loyalty.tierChangeCause' },
  claim: { status: 'claims.status' },
  redemption: { status: 'ledger.redemptionStatus' },
};

export interface ChangeValueContext {
  t: TFunction;
  locale: string;
  ownerName: (id: string) => string | undefined;
  /** A tier's current name from its key (overrides store the key). */
  tierName?: (key: string) => string | undefined;
}

const longestShown = 200;

export function changeValueText(
  field: string,
  value: unknown,
  context: ChangeValueContext,
  entity: TimelineEntry['entity'] = 'partner',
): string {
  const { t, locale } = context;
  if (value === null || value === undefined || value === '') return t('timeline.empty');
  if (Array.isArray(value))
    return value.length === 0 ? t('timeline.empty') : value.map(listItemText).join(', ');
  if (typeof value !== 'string') return typeof value === 'object' ? JSON.stringify(value) : String(value);
  const labels = enumLabels[entity]?.[field];
  if (labels) return t(`${labels}.${value}`, { defaultValue: value });
  switch (field) {
    case 'type':
      return t(`partnerType.${value}`, { defaultValue: value });
    case 'status':
      return t(`partnerStatus.${value}`, { defaultValue: value });
    case 'country':
      return countryName(value, locale);
    case 'preferredLanguage':
      return languageName(value, locale);
    case 'ownerId':
      return context.ownerName(value) ?? t('timeline.unknownOwner');
    case 'tier':
      return entity === 'tierOverride' ? (context.tierName?.(value) ?? value) : value;
    case 'partnershipStart':
    case 'dueDate':
    case 'expiresOn':
    case 'answeredOn':
    case 'openedOn':
    case 'outcomeOn':
      return calendarDate(value, locale);
    case 'birthday':
      return birthdayText(value, locale);
    default:
      return value.length > longestShown ? `${value.slice(0, longestShown)}…` : value;
  }
}

/** A list item in words; attachments (objects with a file name) read as their file names. */
function listItemText(item: unknown): string {
  if (typeof item === 'object' && item !== null) {
    return 'fileName' in item ? String(item.fileName) : JSON.stringify(item);
  }
  return String(item);
}

/** Tags are stored as JSON text in some change logs; show them as a list either way. */
export function normalizeChangeValue(field: string, value: unknown): unknown {
  if (field === 'tags' && typeof value === 'string' && value.startsWith('[')) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}
