// Greetings to contacts: compose one in the contact's language with its links and what is missing,
// log it as sent (once per calendar item and contact), and list the greeting log of a partner.
import { localToday } from '../care/calendar-dates';
import { calendarItemKeyNear } from './greeted-item';
import type { z } from 'zod';
import { CoreError } from '../../shared/errors';
import type {
  ComposedGreeting,
  GreetingLogEntry,
  greetingComposeInputSchema,
  greetingSentInputSchema,
} from '../../shared/greetings';
import type { WriteResult } from '../../shared/history';
import { fieldMessage } from '../../shared/validation';
import { greetingSuppression } from '../care/etiquette';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { newId } from '../db/ids';
import { getProfile } from '../owners/service';
import { composeGreeting } from './compose-greeting';
import { callingCodesByCountry, greetingChannels, mailtoLink, whatsappLink } from './greeting-links';
import { mailSubject } from './mail-subjects';
import { occasionName } from './occasion-names';
import { userTemplateBody } from './template-service';

type ComposeInput = z.output<typeof greetingComposeInputSchema>;
type SentInput = z.output<typeof greetingSentInputSchema>;

/** The contact with their company, as greeting needs them; refuses a contact of another partner. */
async function contactOfPartner(ctx: CoreContext, partnerId: string, contactId: string) {
  const row = await ctx.db
    .selectFrom('contacts as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .select([
      'c.id',
      'c.partnerId',
      'c.name',
      'c.phone',
      'c.whatsapp',
      'c.email',
      'c.preferredLanguage',
      'c.careStatus',
      'c.careStatusUntil',
      'p.name as partnerName',
      'p.country',
      'p.careStatus as partnerCareStatus',
      'p.careStatusUntil as partnerCareStatusUntil',
    ])
    .where('c.id', '=', contactId)
    .where('c.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row || row.partnerId !== partnerId) {
    throw new CoreError({
      code: 'VALIDATION',
      message: row
        ? 'This contact is not a person at this partner.'
        : 'The contact does not exist or was deleted.',
      fields: { contactId: fieldMessage('validation.id') },
    });
  }
  return row;
}

export async function composeGreetingFor(ctx: CoreContext, input: ComposeInput): Promise<ComposedGreeting> {
  const contact = await contactOfPartner(ctx, input.partnerId, input.contactId);
  const [profile, template] = await Promise.all([
    getProfile(ctx),
    userTemplateBody(ctx, input.occasion, contact.preferredLanguage),
  ]);
  const composed = composeGreeting({
    occasion: input.occasion,
    contact: { name: contact.name, preferredLanguage: contact.preferredLanguage },
    partnerName: contact.partnerName,
    senderName: profile.name,
    years: input.years ?? undefined,
    festivalName: input.festivalName ?? undefined,
    template,
  });
  if (!composed.ok) {
    const fields = composed.unknownFields.map((name) => `{{${name}}}`).join(', ');
    throw new CoreError({
      code: 'VALIDATION',
      message: `The ${composed.language} template for this greeting uses unknown merge fields: ${fields}. Fix it in Settings → Greeting templates.`,
      fields: { template: fieldMessage('validation.templateField', { fields }) },
    });
  }
  const callingCode = callingCodesByCountry[contact.country];
  const channels = greetingChannels(contact, callingCode);
  const number = contact.whatsapp.trim() || contact.phone.trim();
  const date = input.date ?? localToday();
  return {
    language: composed.language,
    contactName: contact.name,
    text: composed.text,
    whatsappUrl: channels.whatsappDigits === null ? null : whatsappLink(number, composed.text, callingCode),
    emailUrl:
      contact.email.trim() === ''
        ? null
        : mailtoLink(
            contact.email,
            mailSubject(input.occasion, composed.language, input.festivalName),
            composed.text,
          ),
    missing: channels.missing,
    suppressed: greetingSuppression(
      { careStatus: contact.partnerCareStatus, careStatusUntil: contact.partnerCareStatusUntil },
      { careStatus: contact.careStatus, careStatusUntil: contact.careStatusUntil },
      date,
    ),
  };
}

/**
 * Logs a greeting and marks its care event done, in one batch. Sending twice for the same item
 * and contact (a second click, WhatsApp then e-mail) logs once and answers the first entry.
 */
export async function markGreetingSent(ctx: CoreContext, sent: SentInput): Promise<WriteResult> {
  const contact = await contactOfPartner(ctx, sent.partnerId, sent.contactId);
  // A greeting from a contact card names no calendar item: file it under the occasion's nearest one.
  const itemKey = sent.itemKey.startsWith('manual:')
    ? ((await calendarItemKeyNear(ctx, sent)) ?? sent.itemKey)
    : sent.itemKey;
  const input = { ...sent, itemKey };
  const existing = await ctx.db
    .selectFrom('greetings')
    .select('id')
    .where('itemKey', '=', input.itemKey)
    .where('contactId', '=', input.contactId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (existing) return { id: existing.id, batchId: '' };

  const changes: FieldChange[] = [];
  if (input.careEventId) {
    const event = await ctx.db
      .selectFrom('careEvents')
      .select(['id', 'partnerId', 'rrule', 'status'])
      .where('id', '=', input.careEventId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!event || event.partnerId !== input.partnerId) {
      throw new CoreError({
        code: 'VALIDATION',
        message: 'The event to mark done is not (or no longer) an event of this partner.',
        fields: { careEventId: fieldMessage('validation.id') },
      });
    }
    // A repeating event stays planned: done would close every later occurrence too.
    if (!event.rrule && event.status !== 'done') {
      changes.push(...rowChanges('careEvents', event.id, { status: 'done' }));
    }
  }
  const id = newId();
  changes.unshift(
    ...rowChanges('greetings', id, {
      partnerId: input.partnerId,
      contactId: input.contactId,
      occasion: input.occasion,
      itemKey: input.itemKey,
      channel: input.channel,
      language: input.language,
      text: input.text,
      sentOn: input.date,
      careEventId: input.careEventId,
      deletedAt: null,
    }),
  );
  const { batchId } = await ctx.write({
    label: `Greet ${contact.name}: ${occasionName(input.occasion)}`,
    origin: 'local',
    changes,
  });
  return { id, batchId: batchId ?? '' };
}

/** The greetings sent to a partner's people, newest first. */
export async function listPartnerGreetings(ctx: CoreContext, partnerId: string): Promise<GreetingLogEntry[]> {
  const rows = await ctx.db
    .selectFrom('greetings as g')
    .leftJoin('contacts as c', 'c.id', 'g.contactId')
    .select([
      'g.id',
      'g.partnerId',
      'g.contactId',
      'c.name as contactName',
      'g.occasion',
      'g.itemKey',
      'g.channel',
      'g.language',
      'g.text',
      'g.sentOn',
    ])
    .where('g.partnerId', '=', partnerId)
    .where('g.deletedAt', 'is', null)
    .orderBy('g.sentOn', 'desc')
    .orderBy('g.id', 'desc')
    .execute();
  return rows.map((row) => ({ ...row, contactName: row.contactName ?? null }));
}

export { festivalRecipients } from './festival-recipients';
