// The rows one visit note writes besides itself: the visit it records (when none was planned),
// the commitments made in it and the follow-up tasks it set. Pure, so the batch a note becomes
// can be read and tested without a database.
import type { CommitmentFields } from '../../shared/care';
import type { VisitNoteCreateFields } from '../../shared/visit-notes';

/** A care event row as the care service stores it (booleans as 0/1). */
export interface StoredCareEvent {
  partnerId: string;
  kind: 'visit' | 'follow-up';
  title: string;
  ownerId: string | null;
  contactIds: string[];
  allDay: number;
  start: string;
  end: string | null;
  timeZone: string;
  rrule: string | null;
  exceptions: [];
  status: 'planned' | 'done';
  outcomeNote: string;
  description: string;
  /** Set on follow-ups: the note they came from. */
  visitNoteId?: string;
  deletedAt: null;
}

export interface VisitParty {
  partnerId: string;
  partnerName: string;
  /** The partner's owner, who is responsible for the visit unless nobody is. */
  partnerOwnerId: string | null;
}

/** Who holds the visit: the partner's owner, else the first teammate who was there. */
export function visitOwner(party: VisitParty, attendeeOwnerIds: readonly string[]): string | null {
  return party.partnerOwnerId ?? attendeeOwnerIds[0] ?? null;
}

/** The visit a note records when it was not planned beforehand: held (done) all day on the date. */
export function heldVisitEvent(party: VisitParty, note: VisitNoteCreateFields): StoredCareEvent {
  return {
    partnerId: party.partnerId,
    kind: 'visit',
    title: `Visit ${party.partnerName}`,
    ownerId: visitOwner(party, note.attendeeOwnerIds),
    contactIds: [...note.attendeeContactIds],
    allDay: 1,
    start: note.date,
    end: null,
    timeZone: 'UTC',
    rrule: null,
    exceptions: [],
    status: 'done',
    outcomeNote: '',
    description: '',
    deletedAt: null,
  };
}

export function followUpEvent(
  party: VisitParty,
  visitOwnerId: string | null,
  visitDate: string,
  draft: VisitNoteCreateFields['followUps'][number],
  visitNoteId: string,
): StoredCareEvent {
  return {
    partnerId: party.partnerId,
    kind: 'follow-up',
    title: draft.title,
    ownerId: draft.ownerId ?? visitOwnerId,
    contactIds: [],
    allDay: 1,
    start: draft.date,
    end: null,
    timeZone: 'UTC',
    rrule: null,
    exceptions: [],
    status: 'planned',
    outcomeNote: '',
    description: `Follow-up of the visit on ${visitDate}.`,
    visitNoteId,
    deletedAt: null,
  };
}

export function visitCommitment(
  partnerId: string,
  visitId: string,
  draft: VisitNoteCreateFields['commitments'][number],
): CommitmentFields & { deletedAt: null } {
  return {
    partnerId,
    description: draft.description,
    madeBy: draft.madeBy,
    ownerId: draft.ownerId,
    dueDate: draft.dueDate,
    status: 'open',
    note: '',
    careEventId: visitId,
    deletedAt: null,
  };
}
