import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../src/shared/care';
import { maxAttachmentBytes } from '../../../src/shared/visit-notes';
import {
  base64OfDataUrl,
  formatBytes,
  isTooLarge,
} from '../../../src/renderer/src/features/visit-notes/attachment-files';
import { daysLate, tallyCommitments } from '../../../src/renderer/src/features/commitments/commitment-record';
import {
  emptyVisitNoteValues,
  formFieldMessages,
  validateVisitNote,
  visitNoteSubmission,
  type VisitNoteFormValues,
} from '../../../src/renderer/src/features/visit-notes/visit-note-form-values';

const partnerId = '01JC0000000000000000000000';

describe('the visit-note form', () => {
  const values = (overrides: Partial<VisitNoteFormValues>): VisitNoteFormValues => ({
    ...emptyVisitNoteValues('2026-11-20'),
    ...overrides,
  });

  it('leaves out blank rows and sends "new visit" as no event', () => {
    const { input, rowKeys } = visitNoteSubmission(
      partnerId,
      values({
        issues: [
          { key: 'a', text: '  ' },
          { key: 'b', text: 'Late deliveries' },
        ],
        commitments: [
          { key: 'c', description: '', madeBy: 'us', ownerId: null, dueDate: '' },
          { key: 'd', description: 'Send price list', madeBy: 'us', ownerId: null, dueDate: '2026-11-27' },
        ],
        followUps: [{ key: 'e', title: '', date: '', ownerId: null }],
      }),
    );
    expect(input).toMatchObject({
      careEventId: null,
      issues: ['Late deliveries'],
      commitments: [{ description: 'Send price list', dueDate: '2026-11-27' }],
      followUps: [],
    });
    expect(rowKeys).toEqual({ issues: ['b'], commitments: ['d'], followUps: [] });
  });

  it('puts a message for row N on the row the user sees, even after blank rows were left out', () => {
    const submission = visitNoteSubmission(
      partnerId,
      values({
        sentiment: 4,
        commitments: [
          { key: 'blank', description: '', madeBy: 'us', ownerId: null, dueDate: '' },
          {
            key: 'typed',
            description: 'Pay invoice',
            madeBy: 'partner',
            ownerId: null,
            dueDate: '2026-02-30',
          },
        ],
        followUps: [{ key: 'f', title: '', date: '2026-12-01', ownerId: null }],
      }),
    );
    expect(validateVisitNote(submission)).toMatchObject({
      'commitments.typed.dueDate': { key: 'validation.date' },
      'followUps.f.title': { key: 'validation.required' },
    });
    // What the core answers, including the edit procedure's "note." prefix.
    expect(
      formFieldMessages(
        {
          'commitments.0.ownerId': { key: 'validation.id', message: '' },
          'note.attendeeContactIds': { key: 'validation.id', message: '' },
          'attachments.1': { key: 'validation.attachmentUnreadable', message: '' },
        },
        submission.rowKeys,
      ),
    ).toEqual({
      'commitments.typed.ownerId': { key: 'validation.id', message: '' },
      attendeeContactIds: { key: 'validation.id', message: '' },
      'attachments.1': { key: 'validation.attachmentUnreadable', message: '' },
    });
  });

  it('accepts a complete note', () => {
    expect(validateVisitNote(visitNoteSubmission(partnerId, values({ notes: '- a\n- b' })))).toBeNull();
  });
});

describe('attachments picked in the browser', () => {
  it('refuses a file over 50 MB before anything is read or sent', () => {
    expect(isTooLarge({ size: maxAttachmentBytes })).toBe(false);
    expect(isTooLarge({ size: maxAttachmentBytes + 1 })).toBe(true);
  });

  it('says sizes as people read them', () => {
    expect(formatBytes(820, 'en')).toBe('820 B');
    expect(formatBytes(14_540, 'en')).toBe('14.2 KB');
    expect(formatBytes(63.5 * 1024 * 1024, 'en')).toBe('63.5 MB');
    expect(formatBytes(maxAttachmentBytes + 1, 'en')).toBe('50 MB');
  });

  it('takes the base64 out of a data URL and refuses anything else', () => {
    expect(base64OfDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
    expect(base64OfDataUrl('data:text/plain,hello')).toBeNull();
    expect(base64OfDataUrl('garbage')).toBeNull();
  });
});

describe('a partner’s commitment record', () => {
  const commitment = (status: Commitment['status'], dueDate: string, overdue = false) =>
    ({ status, dueDate, overdue }) as Commitment;

  it('counts kept and broken promises, and open and overdue ones', () => {
    expect(
      tallyCommitments([
        commitment('kept', '2026-01-01'),
        commitment('kept', '2026-02-01'),
        commitment('broken', '2026-03-01'),
        commitment('cancelled', '2026-03-01'),
        commitment('open', '2026-11-01', true),
        commitment('open', '2026-12-01'),
      ]),
    ).toEqual({ open: 2, overdue: 1, kept: 2, broken: 1 });
  });

  it('counts days late for open promises only, across months and leap days', () => {
    expect(daysLate(commitment('open', '2028-02-27'), '2028-03-01')).toBe(3);
    expect(daysLate(commitment('open', '2026-12-01'), '2026-11-20')).toBe(0);
    expect(daysLate(commitment('kept', '2026-01-01'), '2026-11-20')).toBe(0);
  });
});
