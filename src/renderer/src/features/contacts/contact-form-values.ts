// What the contact form edits, and its conversion to and from the contract's contact input.
import type { Contact, ContactInput } from '../../../../shared/contacts';
import type { ContactLanguage } from '../../../../shared/countries';
import {
  careStatusInputFrom,
  careStatusValuesFrom,
  noCareStatus,
  type CareStatusValues,
} from '../care-settings/care-status-values';
import { birthdayParts, birthdayValue, noBirthday, type BirthdayParts } from './birthday-fields';

export type ContactFormValues = {
  name: string;
  role: string;
  phone: string;
  email: string;
  whatsapp: string;
  birthday: BirthdayParts;
  preferredLanguage: ContactLanguage;
  familyNotes: string;
  interests: string;
  birthdayLunar: boolean;
} & CareStatusValues;

export const contactFormFields = [
  'name',
  'role',
  'phone',
  'email',
  'whatsapp',
  'birthday',
  'preferredLanguage',
  'familyNotes',
  'interests',
  'birthdayLunar',
  'careStatus',
  'careStatusUntil',
  'careStatusNote',
] as const;
export type ContactFormField = (typeof contactFormFields)[number];

/** Fails the schema's birthday check on purpose, so an incomplete birthday gets its message at the field. */
const incompleteBirthday = 'incomplete';

export function emptyContactValues(): ContactFormValues {
  return {
    name: '',
    role: '',
    phone: '',
    email: '',
    whatsapp: '',
    birthday: noBirthday,
    preferredLanguage: 'en',
    familyNotes: '',
    interests: '',
    birthdayLunar: false,
    ...noCareStatus,
  };
}

export function contactValuesFrom(contact: Contact): ContactFormValues {
  return {
    name: contact.name,
    role: contact.role,
    phone: contact.phone,
    email: contact.email,
    whatsapp: contact.whatsapp,
    birthday: birthdayParts(contact.birthday),
    preferredLanguage: contact.preferredLanguage,
    familyNotes: contact.familyNotes,
    interests: contact.interests,
    birthdayLunar: contact.birthdayLunar,
    ...careStatusValuesFrom(contact),
  };
}

export function contactInputFrom(partnerId: string, values: ContactFormValues): ContactInput {
  return {
    partnerId,
    name: values.name,
    role: values.role,
    phone: values.phone,
    email: values.email,
    whatsapp: values.whatsapp,
    birthday: birthdayValue(values.birthday) ?? incompleteBirthday,
    preferredLanguage: values.preferredLanguage,
    familyNotes: values.familyNotes,
    interests: values.interests,
    birthdayLunar: values.birthdayLunar,
    ...careStatusInputFrom(values),
  };
}
