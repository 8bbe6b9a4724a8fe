// The ways a greeting leaves the app: a wa.me link, a mailto: link, or the clipboard. WhatsApp
// needs the number in international form, which a locally written number ("012-345 6789") only
// gives with the contact's country calling code; we never guess one.
import type { FieldMessage } from '../../shared/errors';

/** Calling codes of the markets we greet in most, for numbers typed without +. */
export const callingCodesByCountry: Readonly<Record<string, string>> = {
  MY: '60',
  ID: '62',
  NL: '31',
  CN: '86',
  SG: '65',
  TH: '66',
  VN: '84',
  PH: '63',
  HK: '852',
  TW: '886',
  BE: '32',
  DE: '49',
  GB: '44',
  US: '1',
  AU: '61',
};

/**
 * A phone number as the digits wa.me wants (country code, no +, no trunk 0), or null when it
 * cannot be made international. "+60 12-345 6789" and "0060 12 345 6789" are international
 * already; "012-345 6789" with calling code '60' becomes 60123456789; a Chinese mobile
 * "138 0013 8000" (no trunk 0) with '86' becomes 8613800138000.
 */
export function internationalPhoneDigits(phone: string, defaultCallingCode?: string): string | null {
  const trimmed = phone.trim();
  // "+31 (0)6 ..." is how the Dutch write the trunk 0 that is dropped after the country code.
  const digits = trimmed.replace(/\(0\)/g, '').replace(/\D/g, '');
  let international: string;
  if (trimmed.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (defaultCallingCode && /^\d{1,3}$/.test(defaultCallingCode)) {
    // Without a trunk 0 a number may already carry its country code (60123456789): keep it.
    const alreadyInternational = !digits.startsWith('0') && digits.startsWith(defaultCallingCode);
    international = alreadyInternational ? digits : defaultCallingCode + digits.replace(/^0/, '');
  } else return null;
  // E.164 numbers have at most 15 digits; fewer than 8 is not a reachable mobile anywhere we sell.
  return international.length >= 8 && international.length <= 15 && !international.startsWith('0')
    ? international
    : null;
}

export function whatsappLink(phone: string, text: string, defaultCallingCode?: string): string | null {
  const digits = internationalPhoneDigits(phone, defaultCallingCode);
  return digits === null ? null : `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}

/**
 * A mailto: link (RFC 6068). Spaces are %20, never "+", and line breaks are %0D%0A, which is what
 * Outlook, Apple Mail and Gmail's handler all read back as the same text.
 */
export function mailtoLink(email: string, subject: string, body: string): string {
  const address = encodeURIComponent(email.trim()).replace(/%40/g, '@');
  const query = [`subject=${encodeMailtoText(subject)}`, `body=${encodeMailtoText(body)}`].join('&');
  return `mailto:${address}?${query}`;
}

function encodeMailtoText(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));
}

export type { GreetingChannel } from '../../shared/greetings';
import type { GreetingChannel } from '../../shared/greetings';

export interface GreetingContact {
  name: string;
  phone: string;
  whatsapp: string;
  email: string;
}

export interface GreetingChannels {
  /** Channels the greeting can go through, in the order the UI offers them. */
  available: GreetingChannel[];
  /** Digits for wa.me, when WhatsApp is available. */
  whatsappDigits: string | null;
  /** Why a channel is not available, so the user knows what to add to the contact. */
  missing: Partial<Record<GreetingChannel, FieldMessage>>;
}

/**
 * Which channels can carry a greeting to this contact. The WhatsApp number is preferred over the
 * phone, which is often a desk line. Copying always works: it is the way out for every other case.
 */
export function greetingChannels(contact: GreetingContact, defaultCallingCode?: string): GreetingChannels {
  const name = contact.name.trim();
  const available: GreetingChannel[] = [];
  const missing: GreetingChannels['missing'] = {};
  const number = contact.whatsapp.trim() || contact.phone.trim();
  const whatsappDigits = number === '' ? null : internationalPhoneDigits(number, defaultCallingCode);
  if (whatsappDigits !== null) available.push('whatsapp');
  else if (number === '') missing.whatsapp = channelMessage('greeting.noPhone', name);
  else missing.whatsapp = channelMessage('greeting.phoneWithoutCountryCode', name);
  if (contact.email.trim() !== '') available.push('email');
  else missing.email = channelMessage('greeting.noEmail', name);
  available.push('copy');
  return { available, whatsappDigits, missing };
}

const channelMessages: Record<string, (name: string) => string> = {
  'greeting.noPhone': (name) => `No WhatsApp number or phone for ${name}.`,
  'greeting.phoneWithoutCountryCode': (name) =>
    `The phone number of ${name} has no country code; write it with +, e.g. +60 12-345 6789.`,
  'greeting.noEmail': (name) => `No e-mail address for ${name}.`,
};

function channelMessage(key: string, name: string): FieldMessage {
  return { key, params: { name }, message: channelMessages[key]!(name) };
}
