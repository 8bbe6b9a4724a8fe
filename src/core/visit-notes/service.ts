// Visit notes: what was seen, said and promised at a partner visit. Writing a note is one batch
// (one Undo): the note, the visit it records (a planned one marked done, or a new one held on
// the note's date), the commitments made and the follow-up tasks set.
import type { FieldMessage } from '../../shared/errors';
import { CoreError } from '../../shared/errors';
import type { WriteResult } from '../../shared/history';
import { fieldMessage } from '../../shared/validation';
import type {
  AttachmentRef,
  VisitNote,
  VisitNoteCreateFields,
  VisitNoteFields,
} from '../../shared/visit-notes';
import { attachmentExists } from '../attachments/store';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { newId } from '../db/ids';
import { requireLivePartner } from '../references';
import { followUpEvent, heldVisitEvent, visitCommitment, visitOwner, type VisitParty } from './visit-rows';

function liveNotes(ctx: CoreContext) {
  return ctx.db
    .selectFrom('visitNotes as n')
    .innerJoin('partners as p', 'p.id', 'n.partnerId')
    .where('n.deletedAt', 'is', null)
    .select([
      'n.id',
      'n.partnerId',
      'p.name as partnerName',
      'n.careEventId',
      'n.date',
      'n.attendeeContactIds',
      'n.attendeeOwnerIds',
      'n.purpose',
      'n.notes',
      'n.sentiment',
      'n.issues',
      'n.attachments',
      'n.createdAt',
      'n.updatedAt',
    ]);
}

type NoteRow = Awaited<ReturnType<ReturnType<typeof liveNotes>['executeTakeFirstOrThrow']>>;

function toVisitNote(row: NoteRow, commitmentIds: string[], followUps: VisitNote['followUps']): VisitNote {
  return {
    ...row,
    attendeeContactIds: JSON.parse(row.attendeeContactIds) as string[],
    attendeeOwnerIds: JSON.parse(row.attendeeOwnerIds) as string[],
    issues: JSON.parse(row.issues) as string[],
    attachments: JSON.parse(row.attachments) as AttachmentRef[],
    commitmentIds,
    followUps,
  };
}

/** Live follow-up tasks set in each note, by the note's id. */
async function followUpsByNote(
  ctx: CoreContext,
  noteIds: string[],
): Promise<Map<string, VisitNote['followUps']>> {
  const byNote = new Map<string, VisitNote['followUps']>();
  if (noteIds.length === 0) return byNote;
  const rows = await ctx.db
    .selectFrom('careEvents')
    .select(['id', 'title', 'start', 'status', 'visitNoteId'])
    .where('visitNoteId', 'in', noteIds)
    .where('deletedAt', 'is', null)
    .orderBy('start')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    if (!row.visitNoteId) continue;
    const followUp = { id: row.id, title: row.title, date: row.start.slice(0, 10), status: row.status };
    byNote.set(row.visitNoteId, [...(byNote.get(row.visitNoteId) ?? []), followUp]);
  }
  return byNote;
}

/** Live commitments made in each visit, by the visit's id. */
async function commitmentsByVisit(ctx: CoreContext, visitIds: string[]): Promise<Map<string, string[]>> {
  const byVisit = new Map<string, string[]>();
  if (visitIds.length === 0) return byVisit;
  const rows = await ctx.db
    .selectFrom('commitments')
    .select(['id', 'careEventId'])
    .where('careEventId', 'in', visitIds)
    .where('deletedAt', 'is', null)
    .orderBy('dueDate')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    if (!row.careEventId) continue;
    byVisit.set(row.careEventId, [...(byVisit.get(row.careEventId) ?? []), row.id]);
  }
  return byVisit;
}

async function withCommitments(ctx: CoreContext, rows: NoteRow[]): Promise<VisitNote[]> {
  const visitIds = rows.flatMap((row) => (row.careEventId ? [row.careEventId] : []));
  const byVisit = await commitmentsByVisit(ctx, [...new Set(visitIds)]);
  const byNote = await followUpsByNote(
    ctx,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toVisitNote(row, row.careEventId ? (byVisit.get(row.careEventId) ?? []) : [], byNote.get(row.id) ?? []),
  );
}

/** A partner's notes, the latest visit first. */
export async function listPartnerVisitNotes(ctx: CoreContext, partnerId: string): Promise<VisitNote[]> {
  const rows = await liveNotes(ctx)
    .where('n.partnerId', '=', partnerId)
    .orderBy('n.date', 'desc')
    .orderBy('n.id', 'desc')
    .execute();
  return withCommitments(ctx, rows);
}

export async function getVisitNote(ctx: CoreContext, id: string): Promise<VisitNote> {
  const row = await liveNotes(ctx).where('n.id', '=', id).executeTakeFirst();
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This visit note does not exist or was deleted.' });
  const [note] = await withCommitments(ctx, [row]);
  return note as VisitNote;
}

export async function createVisitNote(ctx: CoreContext, input: VisitNoteCreateFields): Promise<WriteResult> {
  const party = await checkNote(ctx, input, input);
  const id = newId();
  const changes: FieldChange[] = [];
  let visitId = input.careEventId;
  if (visitId) {
    changes.push(...(await holdPlannedVisit(ctx, visitId, input.date)));
  } else {
    visitId = newId();
    changes.push(...rowChanges('careEvents', visitId, heldVisitEvent(party, input)));
  }
  const ownerId = visitOwner(party, input.attendeeOwnerIds);
  for (const draft of input.commitments) {
    changes.push(...rowChanges('commitments', newId(), visitCommitment(party.partnerId, visitId, draft)));
  }
  changes.push(...rowChanges('visitNotes', id, { ...noteRow(input), careEventId: visitId, deletedAt: null }));
  for (const draft of input.followUps) {
    changes.push(...rowChanges('careEvents', newId(), followUpEvent(party, ownerId, input.date, draft, id)));
  }
  const { batchId } = await ctx.write({
    label: `Write visit note ${party.partnerName}`,
    origin: 'local',
    changes,
  });
  return { id, batchId: batchId ?? '' };
}

export async function updateVisitNote(
  ctx: CoreContext,
  input: { id: string; note: VisitNoteFields },
): Promise<WriteResult> {
  const before = await getVisitNote(ctx, input.id);
  const { note } = input;
  if (note.partnerId !== before.partnerId) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'A visit note stays with the partner it was written for.',
      fields: { partnerId: fieldMessage('validation.invalid') },
    });
  }
  const party = await checkNote(ctx, note, { commitments: [], followUps: [] });
  const changes: FieldChange[] = [];
  // Null keeps the note's own visit; if that visit was deleted meanwhile, the note records a new one.
  let visitId = note.careEventId ?? (await liveEventId(ctx, before.careEventId));
  if (visitId) {
    changes.push(...(await holdPlannedVisit(ctx, visitId, note.date)));
  } else {
    visitId = newId();
    changes.push(
      ...rowChanges(
        'careEvents',
        visitId,
        heldVisitEvent(party, { ...note, commitments: [], followUps: [] }),
      ),
    );
  }
  changes.push(...rowChanges('visitNotes', input.id, { ...noteRow(note), careEventId: visitId }));
  const { batchId } = await ctx.write({
    label: `Edit visit note ${party.partnerName}`,
    origin: 'local',
    changes,
  });
  return { id: input.id, batchId: batchId ?? '' };
}

/** Deletes the note only: the visit still took place, and its commitments still stand. */
export async function deleteVisitNote(ctx: CoreContext, id: string): Promise<WriteResult> {
  const note = await getVisitNote(ctx, id);
  const { batchId } = await ctx.write({
    label: `Delete visit note ${note.partnerName} ${note.date}`,
    origin: 'local',
    changes: [{ table: 'visitNotes', rowId: id, field: 'deletedAt', value: new Date().toISOString() }],
  });
  return { id, batchId: batchId ?? '' };
}

/** The stored fields of a note (attachments as their references; the files stay in the store). */
function noteRow(note: VisitNoteFields) {
  return {
    partnerId: note.partnerId,
    date: note.date,
    attendeeContactIds: [...new Set(note.attendeeContactIds)],
    attendeeOwnerIds: [...new Set(note.attendeeOwnerIds)],
    purpose: note.purpose,
    notes: note.notes,
    sentiment: note.sentiment,
    issues: note.issues,
    attachments: note.attachments as unknown as string[],
  };
}

async function liveEventId(ctx: CoreContext, eventId: string | null): Promise<string | null> {
  if (!eventId) return null;
  const event = await ctx.db
    .selectFrom('careEvents')
    .select('id')
    .where('id', '=', eventId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return event?.id ?? null;
}

/**
 * Marks the note's visit as held. A single all-day visit moves to the note's date, because the
 * visit cadence counts from the day it really took place; a timed one keeps its time.
 */
async function holdPlannedVisit(ctx: CoreContext, visitId: string, date: string): Promise<FieldChange[]> {
  const event = await ctx.db
    .selectFrom('careEvents')
    .select(['allDay', 'start', 'end'])
    .where('id', '=', visitId)
    .executeTakeFirstOrThrow();
  const fields: Record<string, string | null> = { status: 'done' };
  if (event.allDay === 1 && event.start !== date) {
    fields.start = date;
    if (event.end !== null && event.end < date) fields.end = null;
  }
  return rowChanges('careEvents', visitId, fields);
}

/**
 * Checks everything a note points at and answers all problems at once, each at its field (rows
 * of commitments and follow-ups by index), so the form can show them together.
 */
async function checkNote(
  ctx: CoreContext,
  note: VisitNoteFields,
  drafts: Pick<VisitNoteCreateFields, 'commitments' | 'followUps'>,
): Promise<VisitParty> {
  await requireLivePartner(ctx, note.partnerId);
  const partner = await ctx.db
    .selectFrom('partners')
    .select(['id', 'name', 'ownerId'])
    .where('id', '=', note.partnerId)
    .executeTakeFirstOrThrow();
  const problems: Record<string, FieldMessage> = {};
  const messages: string[] = [];

  if (note.careEventId) {
    const event = await ctx.db
      .selectFrom('careEvents')
      .select(['partnerId', 'kind', 'rrule'])
      .where('id', '=', note.careEventId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!event || event.partnerId !== note.partnerId || event.kind !== 'visit' || event.rrule) {
      problems.careEventId = fieldMessage('validation.notVisit');
      messages.push(
        event?.rrule
          ? 'A repeating visit series cannot be closed by one note; record a new visit on the date instead.'
          : 'The chosen event is not a visit of this partner.',
      );
    }
  }

  const contactIds = [...new Set(note.attendeeContactIds)];
  if (contactIds.length) {
    const found = await ctx.db
      .selectFrom('contacts')
      .select('id')
      .where('id', 'in', contactIds)
      .where('partnerId', '=', note.partnerId)
      .where('deletedAt', 'is', null)
      .execute();
    if (found.length !== contactIds.length) {
      problems.attendeeContactIds = fieldMessage('validation.id');
      messages.push('Some attendees are not (or no longer) contacts of this partner.');
    }
  }

  const ownerIds = new Set([
    ...note.attendeeOwnerIds,
    ...drafts.commitments.flatMap((c) => (c.ownerId ? [c.ownerId] : [])),
    ...drafts.followUps.flatMap((f) => (f.ownerId ? [f.ownerId] : [])),
  ]);
  const liveOwners = new Set(
    ownerIds.size
      ? (
          await ctx.db
            .selectFrom('owners')
            .select('id')
            .where('id', 'in', [...ownerIds])
            .where('deletedAt', 'is', null)
            .execute()
        ).map((row) => row.id)
      : [],
  );
  const ownerGone = (ownerId: string | null) => ownerId !== null && !liveOwners.has(ownerId);
  if (note.attendeeOwnerIds.some(ownerGone)) problems.attendeeOwnerIds = fieldMessage('validation.id');
  drafts.commitments.forEach((draft, index) => {
    if (ownerGone(draft.ownerId)) problems[`commitments.${index}.ownerId`] = fieldMessage('validation.id');
  });
  drafts.followUps.forEach((draft, index) => {
    if (ownerGone(draft.ownerId)) problems[`followUps.${index}.ownerId`] = fieldMessage('validation.id');
  });
  if (Object.keys(problems).some((field) => field.endsWith('wnerIds') || field.endsWith('ownerId'))) {
    messages.push('A chosen teammate no longer exists.');
  }

  for (const [index, attachment] of note.attachments.entries()) {
    if (!(await attachmentExists(ctx, attachment))) {
      problems[`attachments.${index}`] = fieldMessage('validation.attachmentUnreadable');
      messages.push(`“${attachment.fileName}” is not in the data folder; attach it again.`);
    }
  }

  if (Object.keys(problems).length) {
    throw new CoreError({ code: 'VALIDATION', message: messages.join(' '), fields: problems });
  }
  return { partnerId: partner.id, partnerName: partner.name, partnerOwnerId: partner.ownerId };
}
