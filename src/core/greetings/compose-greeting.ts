// The text of one greeting to one contact: the contact's preferred language, the user's own
// template when there is one, else the default, with every merge field filled in. This is what
// "Send greeting" shows before the user opens WhatsApp, e-mail or copies it.
import { greetingFirstName } from './first-name';
import { renderTemplate } from './render-template';
import {
  defaultGreetingTemplate,
  festivalName,
  isFestivalKey,
  isGreetingLanguage,
  type GreetingLanguage,
  type GreetingOccasion,
} from './templates';

export interface GreetingRequest {
  occasion: GreetingOccasion;
  contact: { name: string; preferredLanguage: string };
  partnerName: string;
  senderName: string;
  /** Years of partnership, for anniversaries. */
  years?: number | undefined;
  /** The festival's name for the generic 'festival' occasion; default festivals name themselves. */
  festivalName?: string | undefined;
  /** The user's template for this occasion and language, when they wrote one. */
  template?: string | undefined;
}

export type ComposedGreeting =
  | { ok: true; language: GreetingLanguage; text: string }
  | { ok: false; language: GreetingLanguage; unknownFields: string[] };

export function composeGreeting(request: GreetingRequest): ComposedGreeting {
  const preferred = request.contact.preferredLanguage;
  const language: GreetingLanguage = isGreetingLanguage(preferred) ? preferred : 'en';
  const template = request.template?.trim()
    ? request.template
    : defaultGreetingTemplate(request.occasion, language);
  const result = renderTemplate(template, {
    contactFirstName: greetingFirstName(request.contact.name),
    partnerName: request.partnerName,
    senderName: request.senderName,
    years: request.years,
    festivalName: isFestivalKey(request.occasion)
      ? festivalName(request.occasion, language)
      : request.festivalName,
  });
  return result.ok
    ? { ok: true, language, text: result.text }
    : { ok: false, language, unknownFields: result.unknownFields };
}
