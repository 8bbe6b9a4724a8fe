// Reads a survey row (partner, contact, day, NPS, satisfaction, comment) into the answer it would
// become: one per partner, contact and day, so its id is derived from those.
import { limits } from '../../shared/validation';
import type { FieldValue } from '../db/apply-changes';
import { derivedId } from '../db/ids';
import { parseDay, parseWhole } from './cell-values';
import { matchContact, type ContactRef, type PartnerIndex } from './lookups';
import { RowErrors, rowPartner, type ParsedRow, type StoredField } from './parsed-row';

export interface SurveyRowContext {
  today: string;
  partners: PartnerIndex;
  contactsByPartner: ReadonlyMap<string, readonly ContactRef[]>;
  /** Optional fields the file has a column for; the others keep their stored values. */
  mapped: ReadonlySet<string>;
}

export function readSurveyRow(
  rowNumber: number,
  values: Record<string, string>,
  ctx: SurveyRowContext,
): ParsedRow {
  const errors = new RowErrors();
  const partner = rowPartner(ctx.partners, values.partner ?? '', errors);
  let contactId: string | null = null;
  const contactText = values.contact ?? '';
  if (partner && contactText !== '') {
    const match = matchContact(ctx.contactsByPartner.get(partner.id) ?? [], contactText);
    if ('contact' in match) contactId = match.contact.id;
    else if ('missing' in match) {
      errors.add('contact', 'validation.importContactUnknown', { name: contactText, partner: partner.name });
    } else
      errors.add('contact', 'validation.importContactAmbiguous', {
        name: contactText,
        partner: partner.name,
      });
  }
  const answeredOn = errors.take('date', parseDay(values.date ?? '', ctx.today));
  const nps = errors.take('nps', parseWhole(values.nps ?? '', 0, 10, 'validation.nps'));
  const satisfaction = errors.take(
    'satisfaction',
    parseWhole(values.satisfaction ?? '', 1, 5, 'validation.satisfaction'),
  );
  const npsGiven = (values.nps ?? '') !== '';
  const satisfactionGiven = (values.satisfaction ?? '') !== '';
  if (!npsGiven && !satisfactionGiven) {
    errors.add(ctx.mapped.has('nps') ? 'nps' : 'satisfaction', 'validation.surveyEmpty');
  }
  const comment = values.comment ?? '';
  if (comment.length > limits.longText) errors.add('comment', 'validation.tooLong', { max: limits.longText });
  if (errors.any || !partner || answeredOn === null) {
    return { rowNumber, values, partner, errors: errors.fields, record: null };
  }
  const fields: Record<string, FieldValue> = { partnerId: partner.id, contactId, answeredOn };
  if (ctx.mapped.has('nps')) fields.nps = nps;
  if (ctx.mapped.has('satisfaction')) fields.satisfaction = satisfaction;
  if (ctx.mapped.has('comment')) fields.comment = comment;
  return {
    rowNumber,
    values,
    partner,
    errors: {},
    record: { id: derivedId('survey', partner.id, contactId ?? '', answeredOn), fields },
  };
}

export const surveyDefaults: Record<string, FieldValue> = { nps: null, satisfaction: null, comment: '' };

const answer = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export const surveyStoredFields: Record<string, StoredField> = {
  nps: { field: 'nps', show: answer },
  satisfaction: { field: 'satisfaction', show: answer },
  comment: { field: 'comment', show: answer },
};
