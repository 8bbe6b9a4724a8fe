// The visit-note form's values and their translation to the core's input and back, including
// the rows (issues, commitments, follow-ups): blank rows are left out, and a message the core
// answers for row N lands on the row the user sees as N (rows carry keys, not positions).
import type { FieldMessage } from '../../../../shared/errors';
import { fieldMessagesFromZod } from '../../../../shared/validation';
import {
  visitNoteCreateInputSchema,
  type AttachmentRef,
  type VisitNote,
  type VisitNoteCreateInput,
} from '../../../../shared/visit-notes';

export interface IssueRow {
  key: string;
  text: string;
}
export interface CommitmentRow {
  key: string;
  description: string;
  madeBy: 'us' | 'partner';
  ownerId: string | null;
  dueDate: string;
}
export interface FollowUpRow {
  key: string;
  title: string;
  date: string;
  ownerId: string | null;
}

export interface VisitNoteFormValues {
  date: string;
  /** '' records a new visit on the date. */
  careEventId: string;
  attendeeContactIds: string[];
  attendeeOwnerIds: string[];
  purpose: string;
  notes: string;
  sentiment: number | null;
  issues: IssueRow[];
  attachments: AttachmentRef[];
  commitments: CommitmentRow[];
  followUps: FollowUpRow[];
}

let nextKey = 0;
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

export function emptyVisitNoteValues(today: string): VisitNoteFormValues {
  return {
    date: today,
    careEventId: '',
    attendeeContactIds: [],
    attendeeOwnerIds: [],
    purpose: '',
    notes: '',
    sentiment: null,
    issues: [],
    attachments: [],
    commitments: [],
    followUps: [],
  };
}

export function visitNoteValuesFrom(note: VisitNote): VisitNoteFormValues {
  return {
    date: note.date,
    careEventId: note.careEventId ?? '',
    attendeeContactIds: note.attendeeContactIds,
    attendeeOwnerIds: note.attendeeOwnerIds,
    purpose: note.purpose,
    notes: note.notes,
    sentiment: note.sentiment,
    issues: note.issues.map((text) => ({ key: rowKey(), text })),
    attachments: note.attachments,
    commitments: [],
    followUps: [],
  };
}

export interface VisitNoteSubmission {
  input: VisitNoteCreateInput;
  /** For each row list, the key of the form row behind each input index. */
  rowKeys: { issues: string[]; commitments: string[]; followUps: string[] };
}

const isBlankCommitment = (row: CommitmentRow) => row.description.trim() === '' && row.dueDate === '';
const isBlankFollowUp = (row: FollowUpRow) => row.title.trim() === '' && row.date === '';

export function visitNoteSubmission(partnerId: string, values: VisitNoteFormValues): VisitNoteSubmission {
  const issues = values.issues.filter((row) => row.text.trim() !== '');
  const commitments = values.commitments.filter((row) => !isBlankCommitment(row));
  const followUps = values.followUps.filter((row) => !isBlankFollowUp(row));
  return {
    input: {
      partnerId,
      careEventId: values.careEventId || null,
      date: values.date,
      attendeeContactIds: values.attendeeContactIds,
      attendeeOwnerIds: values.attendeeOwnerIds,
      purpose: values.purpose,
      notes: values.notes,
      sentiment: values.sentiment,
      issues: issues.map((row) => row.text),
      attachments: values.attachments,
      commitments: commitments.map(({ description, madeBy, ownerId, dueDate }) => ({
        description,
        madeBy,
        ownerId,
        dueDate,
      })),
      followUps: followUps.map(({ title, date, ownerId }) => ({ title, date, ownerId })),
    },
    rowKeys: {
      issues: issues.map((row) => row.key),
      commitments: commitments.map((row) => row.key),
      followUps: followUps.map((row) => row.key),
    },
  };
}

/**
 * Messages by the form's own paths: "commitments.3.dueDate" becomes "commitments.<row key>.dueDate",
 * and "note.purpose" (as visitNotes.update answers) becomes "purpose".
 */
export function formFieldMessages(
  fields: Record<string, FieldMessage>,
  rowKeys: VisitNoteSubmission['rowKeys'],
): Record<string, FieldMessage> {
  const byField: Record<string, FieldMessage> = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    if (parts[0] === 'note') parts.shift();
    const [list, index, ...rest] = parts;
    if ((list === 'issues' || list === 'commitments' || list === 'followUps') && index !== undefined) {
      const key = rowKeys[list][Number(index)];
      byField[[list, key ?? index, ...rest].join('.')] ??= message;
    } else {
      byField[parts.join('.')] ??= message;
    }
  }
  return byField;
}

/** Checks with the core's own schema; null when the input would be accepted. */
export function validateVisitNote(submission: VisitNoteSubmission): Record<string, FieldMessage> | null {
  const result = visitNoteCreateInputSchema.safeParse(submission.input);
  return result.success ? null : formFieldMessages(fieldMessagesFromZod(result.error), submission.rowKeys);
}
