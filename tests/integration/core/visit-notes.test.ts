import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentRef, VisitNoteCreateInput } from '../../../src/shared/visit-notes';
import { openTempCore, type TempCore } from './temp-core';

describe('visit notes on a real database file', () => {
  let t: TempCore;
  let partnerId: string;
  let otherPartnerId: string;
  let ownerId: string;
  let contactId: string;
  let otherContactId: string;
  beforeEach(async () => {
    t = await openTempCore();
    ({ id: ownerId } = await t.ok('owners.create', { name: 'Aisyah Rahman', region: 'Penang' }));
    ({ id: partnerId } = await t.ok('partners.create', {
      partner: {
        name: 'Syarikat Maju Jaya',
        type: 'distributor',
        country: 'MY',
        region: 'Penang',
        ownerId,
        partnershipStart: '2025-01-01',
        visitCadenceDays: 30,
      },
    }));
    ({ id: otherPartnerId } = await t.ok('partners.create', {
      partner: { name: 'Toko Sinar', type: 'retailer', country: 'ID' },
    }));
    ({ id: contactId } = await t.ok('contacts.create', { partnerId, name: 'Tan Mei Ling' }));
    ({ id: otherContactId } = await t.ok('contacts.create', { partnerId: otherPartnerId, name: 'Budi' }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  const attach = (text: string, fileName = 'photo.jpg'): Promise<AttachmentRef> =>
    t.ok('attachments.add', {
      fileName,
      mediaType: 'image/jpeg',
      contentBase64: Buffer.from(text).toString('base64'),
    });
  const baseNote = (overrides: Partial<VisitNoteCreateInput> = {}): VisitNoteCreateInput => ({
    partnerId,
    date: '2026-11-20',
    attendeeContactIds: [contactId],
    attendeeOwnerIds: [ownerId],
    purpose: 'Quarterly review',
    notes: 'Good quarter.\n\n- Display moved to the front\n- Stock of SKU 12 low',
    sentiment: 4,
    issues: ['Late deliveries from the Butterworth warehouse'],
    ...overrides,
  });
  const counts = async () => ({
    notes: (await t.ok('visitNotes.listForPartner', { partnerId })).length,
    events: (await t.ok('careEvents.listForPartner', { partnerId })).length,
    commitments: (await t.ok('commitments.list', { partnerId })).length,
  });

  it('writes the note, the visit held that day, its commitments and follow-ups as one undoable batch', async () => {
    const photo = await attach('shop front');
    const { id, batchId } = await t.ok(
      'visitNotes.create',
      baseNote({
        attachments: [photo],
        commitments: [
          { description: 'Send the Q1 price list', madeBy: 'us', ownerId, dueDate: '2026-11-27' },
          { description: 'Pay the October invoice', madeBy: 'partner', dueDate: '2026-11-30' },
        ],
        followUps: [{ title: 'Call about SKU 12 stock', date: '2026-11-25' }],
      }),
    );
    const note = await t.ok('visitNotes.get', { id });
    expect(note).toMatchObject({
      partnerName: 'Syarikat Maju Jaya',
      date: '2026-11-20',
      attendeeContactIds: [contactId],
      attendeeOwnerIds: [ownerId],
      purpose: 'Quarterly review',
      sentiment: 4,
      issues: ['Late deliveries from the Butterworth warehouse'],
      attachments: [photo],
    });
    expect(note.notes).toContain('- Stock of SKU 12 low');

    const events = await t.ok('careEvents.listForPartner', { partnerId });
    const visit = events.find((e) => e.kind === 'visit');
    expect(visit).toMatchObject({
      id: note.careEventId,
      title: 'Visit Syarikat Maju Jaya',
      status: 'done',
      allDay: true,
      start: '2026-11-20',
      ownerId,
      contactIds: [contactId],
    });
    expect(events.find((e) => e.kind === 'follow-up')).toMatchObject({
      title: 'Call about SKU 12 stock',
      start: '2026-11-25',
      status: 'planned',
      ownerId,
    });
    // The note lists the follow-up it set, with its status as the calendar closes it.
    const followUp = events.find((e) => e.kind === 'follow-up')!;
    expect(note.followUps).toEqual([
      { id: followUp.id, title: 'Call about SKU 12 stock', date: '2026-11-25', status: 'planned' },
    ]);
    await t.ok('careEvents.close', { id: followUp.id, status: 'done', outcomeNote: 'Stock arrives Monday' });
    expect((await t.ok('visitNotes.get', { id })).followUps[0]?.status).toBe('done');

    const commitments = await t.ok('commitments.list', { partnerId, today: '2026-11-28' });
    expect(commitments.map((c) => [c.description, c.madeBy, c.status, c.careEventId, c.overdue])).toEqual([
      ['Send the Q1 price list', 'us', 'open', note.careEventId, true],
      ['Pay the October invoice', 'partner', 'open', note.careEventId, false],
    ]);
    expect([...note.commitmentIds].sort()).toEqual(commitments.map((c) => c.id).sort());

    // One Undo takes back all of it.
    expect(await t.ok('history.undo', { batchId })).toMatchObject({
      undone: true,
      label: 'Write visit note Syarikat Maju Jaya',
    });
    expect(await counts()).toEqual({ notes: 0, events: 0, commitments: 0 });
  });

  it('counts the note’s visit as the partner’s last visit for the visit cadence', async () => {
    const dueBefore = await t.ok('visits.due', { today: '2026-11-21', horizonDays: 0 });
    expect(dueBefore.map((d) => d.partnerName)).toContain('Syarikat Maju Jaya');
    await t.ok('visitNotes.create', baseNote());
    const dueAfter = await t.ok('visits.due', { today: '2026-11-21', horizonDays: 30 });
    expect(dueAfter.find((d) => d.partnerId === partnerId)).toMatchObject({
      lastVisit: '2026-11-20',
      dueDate: '2026-12-20',
    });
  });

  it('closes a planned visit of the partner, moving an all-day one to the day it took place', async () => {
    const { id: visitId } = await t.ok('careEvents.create', {
      partnerId,
      kind: 'visit',
      title: 'Planned visit',
      start: '2026-11-22',
      status: 'planned',
    });
    const { id } = await t.ok('visitNotes.create', baseNote({ careEventId: visitId }));
    expect((await t.ok('visitNotes.get', { id })).careEventId).toBe(visitId);
    expect(await t.ok('careEvents.get', { id: visitId })).toMatchObject({
      title: 'Planned visit',
      status: 'done',
      start: '2026-11-20',
    });
    expect((await t.ok('careEvents.listForPartner', { partnerId })).length).toBe(1);
  });

  it('refuses an event that is not a single visit of this partner, at careEventId', async () => {
    const meeting = await t.ok('careEvents.create', {
      partnerId,
      kind: 'meeting',
      title: 'Channel meeting',
      start: '2026-11-20',
    });
    const foreignVisit = await t.ok('careEvents.create', {
      partnerId: otherPartnerId,
      kind: 'visit',
      title: 'Visit Toko Sinar',
      start: '2026-11-20',
    });
    const series = await t.ok('careEvents.create', {
      partnerId,
      kind: 'visit',
      title: 'Monthly visit',
      start: '2026-11-01',
      rrule: 'FREQ=MONTHLY',
    });
    const deleted = await t.ok('careEvents.create', {
      partnerId,
      kind: 'visit',
      title: 'Cancelled visit',
      start: '2026-11-20',
    });
    await t.ok('careEvents.delete', { id: deleted.id });
    for (const careEventId of [meeting.id, foreignVisit.id, series.id, deleted.id]) {
      const error = await t.fails('visitNotes.create', baseNote({ careEventId }));
      expect(error.code).toBe('VALIDATION');
      expect(error.fields?.careEventId).toMatchObject({
        key: 'validation.notVisit',
        message: 'Choose a visit of this partner.',
      });
    }
    expect((await t.ok('careEvents.get', { id: meeting.id })).status).toBe('planned');
    expect((await counts()).notes).toBe(0);
  });

  it('refuses attendees of another partner, unknown teammates and missing files, all at once, writing nothing', async () => {
    const photo = await attach('kept');
    const missing = await attach('to be removed', 'gone.jpg');
    await rm(path.join(t.dataDir, 'attachments', missing.hash.slice(0, 2), missing.hash));
    const before = await counts();
    const ghost = '01J00000000000000000000000';
    const error = await t.fails(
      'visitNotes.create',
      baseNote({
        attendeeContactIds: [contactId, otherContactId],
        attendeeOwnerIds: [ghost],
        attachments: [photo, missing],
        commitments: [
          { description: 'Fine', madeBy: 'us', dueDate: '2026-12-01' },
          { description: 'Ghost owner', madeBy: 'us', ownerId: ghost, dueDate: '2026-12-01' },
        ],
        followUps: [{ title: 'Ghost follow-up', date: '2026-12-02', ownerId: ghost }],
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'attachments.1',
      'attendeeContactIds',
      'attendeeOwnerIds',
      'commitments.1.ownerId',
      'followUps.0.ownerId',
    ]);
    expect(error.fields?.['attachments.1']?.key).toBe('validation.attachmentUnreadable');
    expect(error.message).toContain('gone.jpg');
    expect(await counts()).toEqual(before);
  });

  it('answers field paths for bad rows, sentiment and dates from the schema', async () => {
    const error = await t.fails('visitNotes.create', {
      ...baseNote({ sentiment: 6, date: '2026-02-30' }),
      issues: ['  '],
      commitments: [{ description: '', madeBy: 'someone', dueDate: 'soon' }],
      followUps: [{ title: 'Call', date: '2026-13-01' }],
    });
    expect(error.fields).toMatchObject({
      date: { key: 'validation.date' },
      sentiment: { key: 'validation.sentiment' },
      'issues.0': { key: 'validation.required' },
      'commitments.0.description': { key: 'validation.required' },
      'commitments.0.madeBy': { key: 'validation.choice' },
      'commitments.0.dueDate': { key: 'validation.date' },
      'followUps.0.date': { key: 'validation.date' },
    });
    expect((await counts()).notes).toBe(0);
  });

  it('edits a note: old attachment files stay readable and undo brings back the old list', async () => {
    const first = await attach('first photo');
    const second = await attach('second photo', 'second.jpg');
    const { id } = await t.ok('visitNotes.create', baseNote({ attachments: [first] }));
    const note = await t.ok('visitNotes.get', { id });
    const { batchId } = await t.ok('visitNotes.update', {
      id,
      note: {
        partnerId,
        careEventId: note.careEventId,
        date: '2026-11-19',
        attendeeContactIds: [],
        attendeeOwnerIds: [ownerId],
        purpose: 'Quarterly review (corrected)',
        notes: '1. First\n2. Second',
        sentiment: 2,
        issues: [],
        attachments: [second],
      },
    });
    const edited = await t.ok('visitNotes.get', { id });
    expect(edited).toMatchObject({ date: '2026-11-19', sentiment: 2, attachments: [second], issues: [] });
    // The visit moves with the note's date: the cadence counts from the day it took place.
    expect((await t.ok('careEvents.get', { id: note.careEventId ?? '' })).start).toBe('2026-11-19');
    const oldFile = await t.ok('attachments.read', { hash: first.hash });
    expect(Buffer.from(oldFile.contentBase64, 'base64').toString()).toBe('first photo');

    await t.ok('history.undo', { batchId });
    expect(await t.ok('visitNotes.get', { id })).toMatchObject({
      date: '2026-11-20',
      attachments: [first],
      purpose: 'Quarterly review',
    });
    expect((await t.ok('careEvents.get', { id: note.careEventId ?? '' })).start).toBe('2026-11-20');
  });

  it('keeps a note with its partner and refuses contacts of another partner on edit', async () => {
    const { id } = await t.ok('visitNotes.create', baseNote());
    const note = { ...baseNote(), careEventId: null };
    const moved = await t.fails('visitNotes.update', { id, note: { ...note, partnerId: otherPartnerId } });
    expect(moved.fields?.partnerId).toBeDefined();
    const foreign = await t.fails('visitNotes.update', {
      id,
      note: { ...note, attendeeContactIds: [otherContactId] },
    });
    expect(foreign.fields?.attendeeContactIds?.key).toBe('validation.id');
    expect((await t.ok('visitNotes.get', { id })).attendeeContactIds).toEqual([contactId]);
  });

  it('lists a partner’s notes newest first with the commitments of each visit', async () => {
    const older = await t.ok(
      'visitNotes.create',
      baseNote({
        date: '2026-09-01',
        commitments: [{ description: 'Old promise', madeBy: 'us', dueDate: '2026-09-15' }],
      }),
    );
    const newer = await t.ok('visitNotes.create', baseNote({ date: '2026-11-01' }));
    await t.ok('visitNotes.create', { ...baseNote(), partnerId: otherPartnerId, attendeeContactIds: [] });
    const notes = await t.ok('visitNotes.listForPartner', { partnerId });
    expect(notes.map((n) => n.id)).toEqual([newer.id, older.id]);
    expect(notes[0]?.commitmentIds).toEqual([]);
    expect(notes[1]?.commitmentIds).toHaveLength(1);
  });

  it('deletes only the note (the visit and its promises stand); undo restores it; the timeline shows it', async () => {
    const { id } = await t.ok(
      'visitNotes.create',
      baseNote({ commitments: [{ description: 'Promise', madeBy: 'us', dueDate: '2026-12-01' }] }),
    );
    const { batchId } = await t.ok('visitNotes.delete', { id });
    expect(await counts()).toEqual({ notes: 0, events: 1, commitments: 1 });
    expect((await t.fails('visitNotes.get', { id })).code).toBe('NOT_FOUND');
    expect((await t.fails('visitNotes.delete', { id })).code).toBe('NOT_FOUND');
    await t.ok('history.undo', { batchId });
    expect((await t.ok('visitNotes.get', { id })).id).toBe(id);

    const timeline = await t.ok('partners.timeline', { partnerId });
    const noteEntries = timeline.filter((e) => e.entity === 'visitNote');
    expect(noteEntries.map((e) => [e.kind, e.entityName])).toEqual([
      ['restored', '2026-11-20'],
      ['deleted', '2026-11-20'],
      ['created', '2026-11-20'],
    ]);
  });

  it('answers NOT_FOUND for an unknown note', async () => {
    const unknown = '01J00000000000000000000000';
    expect((await t.fails('visitNotes.get', { id: unknown })).code).toBe('NOT_FOUND');
    expect((await t.fails('visitNotes.update', { id: unknown, note: baseNote() })).code).toBe('NOT_FOUND');
  });
});
