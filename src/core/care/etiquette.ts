// Care etiquette: while a contact or their company mourns or goes through hardship, festive
// greetings are held back (and shown as such), and hardship care is suggested instead.
import type { CareStatus } from '../../shared/care';
import type { CareStatusSummary } from '../../shared/greetings';

export interface CareStatusMark {
  careStatus: CareStatus | null;
  /** The last day the mark applies (inclusive); null until someone clears it. */
  careStatusUntil: string | null;
}

function activeOn(mark: CareStatusMark, date: string): boolean {
  return mark.careStatus !== null && (mark.careStatusUntil === null || mark.careStatusUntil >= date);
}

/** The mark that holds festive greetings back on a day: the contact's own first, then the partner's. */
export function greetingSuppression(
  partner: CareStatusMark,
  contact: CareStatusMark | null,
  date: string,
): CareStatusSummary | null {
  if (contact && activeOn(contact, date)) {
    return { status: contact.careStatus!, until: contact.careStatusUntil, of: 'contact' };
  }
  if (activeOn(partner, date)) {
    return { status: partner.careStatus!, until: partner.careStatusUntil, of: 'partner' };
  }
  return null;
}
