// Care-event procedures: the events people plan and hold (visits, meetings, trainings, hardship
// care, ...). Derived events (birthdays, anniversaries, festivals) are computed, never stored.
import type { CareEvent, CareEventFields } from '../../shared/care';
import { CoreError } from '../../shared/errors';
import type { WriteResult } from '../../shared/history';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';
import { requireLiveOwner, requireLivePartner } from '../references';
import { validateRrule } from './recurrence';

/** Live care events with their partner's name: what every read of events starts from. */
export function liveCareEvents(ctx: CoreContext) {
  return ctx.db
    .selectFrom('careEvents as e')
    .innerJoin('partners as p', 'p.id', 'e.partnerId')
    .where('e.deletedAt', 'is', null)
    .select([
      'e.id',
      'e.partnerId',
      'p.name as partnerName',
      'e.kind',
      'e.title',
      'e.ownerId',
      'e.contactIds',
      'e.allDay',
      'e.start',
      'e.end',
      'e.timeZone',
      'e.rrule',
      'e.exceptions',
      'e.status',
      'e.outcomeNote',
      'e.description',
      'e.createdAt',
      'e.updatedAt',
    ]);
}

type EventRow = Awaited<ReturnType<ReturnType<typeof liveCareEvents>['executeTakeFirstOrThrow']>>;

function toCareEvent(row: EventRow): CareEvent {
  return {
    ...row,
    allDay: row.allDay === 1,
    contactIds: JSON.parse(row.contactIds) as string[],
    exceptions: JSON.parse(row.exceptions) as CareEvent['exceptions'],
  };
}

export async function getCareEvent(ctx: CoreContext, id: string): Promise<CareEvent> {
  const row = await liveCareEvents(ctx).where('e.id', '=', id).executeTakeFirst();
  if (!row) throw new CoreError({ code: 'NOT_FOUND', message: 'This event does not exist or was deleted.' });
  return toCareEvent(row);
}

/** The stored events of one partner, newest first. */
export async function listPartnerCareEvents(ctx: CoreContext, partnerId: string): Promise<CareEvent[]> {
  const rows = await liveCareEvents(ctx)
    .where('e.partnerId', '=', partnerId)
    .orderBy('e.start', 'desc')
    .execute();
  return rows.map(toCareEvent);
}

export async function createCareEvent(ctx: CoreContext, fields: CareEventFields): Promise<WriteResult> {
  await checkReferences(ctx, fields);
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Plan ${fields.title}`,
    origin: 'local',
    changes: rowChanges('careEvents', id, { ...stored(fields), deletedAt: null }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function updateCareEvent(
  ctx: CoreContext,
  id: string,
  fields: CareEventFields,
): Promise<WriteResult> {
  await getCareEvent(ctx, id);
  await checkReferences(ctx, fields);
  const { batchId } = await ctx.write({
    label: `Edit ${fields.title}`,
    origin: 'local',
    changes: rowChanges('careEvents', id, stored(fields)),
  });
  return { id, batchId: batchId ?? '' };
}

export async function deleteCareEvent(ctx: CoreContext, id: string): Promise<WriteResult> {
  const event = await getCareEvent(ctx, id);
  const { batchId } = await ctx.write({
    label: `Delete ${event.title}`,
    origin: 'local',
    changes: [{ table: 'careEvents', rowId: id, field: 'deletedAt', value: new Date().toISOString() }],
  });
  return { id, batchId: batchId ?? '' };
}

/** The row's representation of the form: booleans as 0/1, empty end as null. */
function stored(fields: CareEventFields) {
  return { ...fields, allDay: fields.allDay ? 1 : 0, end: fields.end || null };
}

async function checkReferences(ctx: CoreContext, fields: CareEventFields): Promise<void> {
  if (fields.rrule) {
    const check = validateRrule(fields.rrule, fields);
    if (!check.ok) {
      throw new CoreError({
        code: 'VALIDATION',
        message: check.message,
        fields: { rrule: { key: check.messageKey, message: check.message } },
      });
    }
  }
  await requireLivePartner(ctx, fields.partnerId);
  if (fields.ownerId) await requireLiveOwner(ctx, fields.ownerId, 'ownerId');
  if (fields.contactIds.length === 0) return;
  const contacts = await ctx.db
    .selectFrom('contacts')
    .select('id')
    .where('id', 'in', fields.contactIds)
    .where('partnerId', '=', fields.partnerId)
    .where('deletedAt', 'is', null)
    .execute();
  if (contacts.length !== new Set(fields.contactIds).size) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'Some chosen contacts are not (or no longer) people at this partner.',
      fields: { contactIds: fieldMessage('validation.id') },
    });
  }
}
