// "Send greeting": choose the contact, see the text in their language, open WhatsApp or e-mail or
// copy it; sending logs the greeting and marks the item done. (Being built.)
import type { GreetingOccasion } from '../../../../shared/greetings';

/** What is being greeted: a calendar or agenda item. */
export interface GreetingTarget {
  /** The calendar/agenda item key the greeting is logged under. */
  itemKey: string;
  partnerId: string;
  /** Preselected contact (a birthday's contact); the user may choose another of the partner. */
  contactId: string | null;
  occasion: GreetingOccasion;
  /** The day greeted for. */
  date: string;
  years: number | null;
  festivalName: string | null;
  /** A stored care event to mark done when sent. */
  careEventId: string | null;
}

export interface SendGreetingModalProps {
  target: GreetingTarget | null;
  onClose: () => void;
}

export function SendGreetingModal(_props: SendGreetingModalProps) {
  return null;
}
