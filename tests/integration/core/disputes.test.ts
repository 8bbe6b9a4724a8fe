import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { applyChanges } from '../../../src/core/db/apply-changes';
import { openDatabase } from '../../../src/core/db/open-database';
import { HybridClock } from '../../../src/core/sync/hlc';
import { databaseFileName } from '../../../src/core';
import {
  disputeStatuses,
  type DisputeCreateInput,
  type DisputeFieldsInput,
  type DisputeStatus,
} from '../../../src/shared/disputes';
import { makeTempDir, openTempCore, type TempCore } from './temp-core';
import { rm } from 'node:fs/promises';

/** A route through the workflow to each status, with the texts the moves require. */
const routeTo: Record<DisputeStatus, { to: DisputeStatus; text?: string }[]> = {
  open: [],
  investigating: [{ to: 'investigating' }],
  'resolution-proposed': [{ to: 'investigating' }, { to: 'resolution-proposed' }],
  escalated: [{ to: 'escalated' }],
  resolved: [
    { to: 'investigating' },
    { to: 'resolution-proposed' },
    { to: 'resolved', text: 'Split the territory along the river.' },
  ],
  closed: [
    { to: 'investigating' },
    { to: 'resolution-proposed' },
    { to: 'resolved', text: 'Split the territory along the river.' },
    { to: 'closed', text: 'none' },
  ],
};

const allowedFrom: Record<DisputeStatus, DisputeStatus[]> = {
  open: ['investigating', 'escalated'],
  investigating: ['resolution-proposed', 'escalated'],
  'resolution-proposed': ['resolved', 'investigating', 'escalated'],
  escalated: ['investigating', 'resolution-proposed'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

/** Texts good enough for any move (a resolution, lessons learned, a reason). */
const textFor = (to: DisputeStatus) => (to === 'open' ? 'Partner reported new overlap.' : 'Agreed: done.');

describe('disputes (cases) on a real database file', () => {
  let t: TempCore;
  let maju: string;
  let sinar: string;
  let ana: string;
  let budi: string;
  let tan: string;
  let dewi: string;

  beforeEach(async () => {
    t = await openTempCore();
    ({ id: ana } = await t.ok('owners.create', { name: 'Ana Lim' }));
    ({ id: budi } = await t.ok('owners.create', { name: 'Budi Santoso' }));
    ({ id: maju } = await t.ok('partners.create', {
      partner: {
        name: 'Maju Jaya',
        type: 'distributor',
        country: 'MY',
        city: 'Penang',
        region: 'North',
        ownerId: ana,
      },
    }));
    ({ id: sinar } = await t.ok('partners.create', {
      partner: { name: 'Sinar Dealer', type: 'dealer', country: 'MY', city: 'Ipoh', region: 'North' },
    }));
    ({ id: tan } = await t.ok('contacts.create', { partnerId: maju, name: 'Tan Mei Ling' }));
    const other = await t.ok('partners.create', {
      partner: { name: 'Elsewhere BV', type: 'retailer', country: 'NL', city: 'Utrecht' },
    });
    ({ id: dewi } = await t.ok('contacts.create', { partnerId: other.id, name: 'Dewi Lestari' }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  const conflict = (
    extra: Partial<DisputeFieldsInput> = {},
  ): DisputeCreateInput & { dispute: DisputeFieldsInput } => ({
    dispute: {
      kind: 'channel-conflict',
      title: 'Overlap in Ipoh',
      description: 'Both sell to the same hardware chain in Ipoh.',
      partnerIds: [maju, sinar],
      severity: 'medium',
      ...extra,
    },
    timeZone: 'Asia/Kuala_Lumpur',
  });

  async function logCase(extra: Partial<DisputeFieldsInput> = {}) {
    const { id } = await t.ok('disputes.create', conflict(extra));
    return id;
  }

  async function move(id: string, to: DisputeStatus, text?: string) {
    const { revision } = await t.ok('disputes.get', { id });
    return t.ok('disputes.transition', { id, revision, to, ...(text === undefined ? {} : { text }) });
  }

  it('logs a channel conflict with defaults: lead partner’s owner, me as reporter, SLA due date, opened entry', async () => {
    const { id } = await t.ok('disputes.create', {
      ...conflict({
        contactIds: [tan],
        teammateIds: [budi],
        compensation: { amountMinor: 150000, currency: 'myr' },
      }),
      openedAt: '2025-11-28T07:00:00.000Z', // Friday 15:00 in Kuala Lumpur
    });
    const dispute = await t.ok('disputes.get', { id });
    const me = (await t.ok('owners.list', {})).find((o) => o.id !== ana && o.id !== budi);
    expect(dispute).toMatchObject({
      kind: 'channel-conflict',
      title: 'Overlap in Ipoh',
      status: 'open',
      revision: 0,
      ownerId: ana,
      ownerName: 'Ana Lim',
      reporterId: me?.id,
      region: 'North',
      contactIds: [tan],
      teammateIds: [budi],
      compensation: { amountMinor: 150000, currency: 'MYR' },
      openedAt: '2025-11-28T07:00:00.000Z',
      // Medium is five business days: Friday → the next Friday, 15:00 local.
      sla: { dueAt: '2025-12-05T07:00:00.000Z', breached: true },
      allowedTransitions: ['investigating', 'escalated'],
      timeZone: 'Asia/Kuala_Lumpur',
    });
    expect(dispute.partners.map((p) => p.name)).toEqual(['Maju Jaya', 'Sinar Dealer']);
    expect(dispute.entries).toEqual([
      expect.objectContaining({
        kind: 'opened',
        at: '2025-11-28T07:00:00.000Z',
        actorId: me?.id,
        text: 'Both sell to the same hardware chain in Ipoh.',
        toStatus: 'open',
        correctedBy: [],
      }),
    ]);
    // A partner without an owner: the case is mine.
    const { id: other } = await t.ok('disputes.create', {
      dispute: { kind: 'service', title: 'Late service call', partnerIds: [sinar], severity: 'low' },
    });
    expect((await t.ok('disputes.get', { id: other })).ownerId).toBe(me?.id);
  });

  it('refuses a channel conflict with one party, a single-party case with two, negative money and bad references', async () => {
    const onePartyConflict = await t.fails('disputes.create', conflict({ partnerIds: [maju] }));
    expect(onePartyConflict.fields?.['dispute.partnerIds']?.message).toBe(
      'A channel conflict names at least two partners.',
    );
    const twoForPrice = await t.fails('disputes.create', conflict({ kind: 'price' }));
    expect(twoForPrice.fields?.['dispute.partnerIds']?.key).toBe('validation.oneParty');
    const negative = await t.fails(
      'disputes.create',
      conflict({ compensation: { amountMinor: -100, currency: 'MYR' } }),
    );
    expect(negative.fields?.['dispute.compensation.amountMinor']?.message).toBe(
      'Enter an amount of zero or more.',
    );
    const strangerContact = await t.fails('disputes.create', conflict({ contactIds: [tan, dewi] }));
    expect(strangerContact.fields?.['contactIds.1']?.key).toBe('validation.id');
    const ghostOwner = await t.fails('disputes.create', conflict({ ownerId: '01J00000000000000000000000' }));
    expect(ghostOwner.fields?.ownerId?.key).toBe('validation.id');
    const ghostPartner = await t.fails(
      'disputes.create',
      conflict({ partnerIds: [maju, '01J00000000000000000000000'] }),
    );
    expect(ghostPartner.fields?.['partnerIds.1']?.key).toBe('validation.id');
    const future = await t.fails('disputes.create', {
      ...conflict(),
      openedAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.fields?.openedAt?.key).toBe('validation.futureTime');
    expect((await t.ok('disputes.list', { limit: 10 })).total).toBe(0);
  });

  it('edits the facts: revision goes up, the SLA follows the new severity, an edit entry says what changed', async () => {
    const { id } = await t.ok('disputes.create', {
      ...conflict(),
      openedAt: '2025-11-28T07:00:00.000Z',
    });
    await t.ok('disputes.update', {
      id,
      revision: 0,
      dispute: {
        ...conflict().dispute,
        severity: 'high',
        ownerId: budi,
        compensation: { amountMinor: 150000, currency: 'MYR' },
      },
    });
    const dispute = await t.ok('disputes.get', { id });
    expect(dispute.revision).toBe(1);
    expect(dispute.severity).toBe('high');
    expect(dispute.ownerName).toBe('Budi Santoso');
    // High is three business days from the same start: Wednesday 15:00.
    expect(dispute.sla.dueAt).toBe('2025-12-03T07:00:00.000Z');
    expect(dispute.entries.at(-1)).toMatchObject({
      kind: 'edit',
      text: 'Severity: Medium → High; Owner: Ana Lim → Budi Santoso; Compensation: none → 1,500.00 MYR',
    });
    // Saving without a change writes nothing.
    const unchanged = await t.ok('disputes.update', {
      id,
      revision: 1,
      dispute: {
        ...conflict().dispute,
        severity: 'high',
        ownerId: budi,
        compensation: { amountMinor: 150000, currency: 'MYR' },
      },
    });
    expect(unchanged.batchId).toBe('');
    expect((await t.ok('disputes.get', { id })).entries).toHaveLength(2);
  });

  it('refuses the later of two saves made from the same revision, changing nothing', async () => {
    const id = await logCase();
    await t.ok('disputes.update', {
      id,
      revision: 0,
      dispute: { ...conflict().dispute, title: 'Ipoh overlap (hardware)' },
    });
    const stale = await t.fails('disputes.update', {
      id,
      revision: 0,
      dispute: { ...conflict().dispute, severity: 'critical' },
    });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/changed by someone else since you opened it/);
    const staleMove = await t.fails('disputes.transition', { id, revision: 0, to: 'investigating' });
    expect(staleMove.code).toBe('CONFLICT');
    const dispute = await t.ok('disputes.get', { id });
    expect(dispute).toMatchObject({
      title: 'Ipoh overlap (hardware)',
      severity: 'medium',
      status: 'open',
      revision: 1,
    });
    expect(dispute.entries.map((e) => e.kind)).toEqual(['opened', 'edit']);
  });

  it('allows exactly the moves of the workflow and names the allowed ones when refusing', async () => {
    for (const from of disputeStatuses) {
      for (const to of disputeStatuses) {
        const id = await logCase({ title: `${from} → ${to}` });
        for (const step of routeTo[from]) await move(id, step.to, step.text);
        const { revision } = await t.ok('disputes.get', { id });
        const result = await t.core.call('disputes.transition', { id, revision, to, text: textFor(to) });
        if (allowedFrom[from].includes(to)) {
          expect(result.ok, `${from} → ${to}`).toBe(true);
          const after = await t.ok('disputes.get', { id });
          expect(after.status).toBe(to);
          expect(after.revision).toBe(revision + 1);
          expect(after.entries.at(-1)).toMatchObject({ kind: 'status', fromStatus: from, toStatus: to });
        } else {
          expect(result.ok, `${from} → ${to}`).toBe(false);
          if (result.ok) continue;
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.fields?.to?.key).toBe('validation.transition');
          expect((await t.ok('disputes.get', { id })).status).toBe(from);
        }
      }
    }
    const id = await logCase();
    const refused = await t.fails('disputes.transition', { id, revision: 0, to: 'resolved', text: 'x' });
    expect(refused.fields?.to?.message).toBe(
      'A case that is open cannot become resolved. Allowed: investigating or escalated.',
    );
    expect(refused.message).toBe(
      'A case that is open cannot become resolved. It can become investigating or escalated.',
    );
  });

  it('requires a resolution, lessons learned and a reason to reopen; reopening restarts the SLA clock', async () => {
    const id = await logCase();
    await move(id, 'escalated');
    await move(id, 'resolution-proposed', 'Offer: Maju keeps the chain, Sinar gets the schools.');
    const noResolution = await t.fails('disputes.transition', {
      id,
      revision: 2,
      to: 'resolved',
      text: '  ',
    });
    expect(noResolution.fields?.text?.message).toBe('Write down the agreed resolution before resolving.');
    await t.ok('disputes.transition', {
      id,
      revision: 2,
      to: 'resolved',
      text: 'Maju keeps the chain; Sinar gets the schools.',
      compensation: { amountMinor: 250000, currency: 'MYR' },
      rootCause: 'territory-overlap',
    });
    const resolved = await t.ok('disputes.get', { id });
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'Maju keeps the chain; Sinar gets the schools.',
      compensation: { amountMinor: 250000, currency: 'MYR' },
      rootCause: 'territory-overlap',
      allowedTransitions: ['closed', 'open'],
      sla: { breached: false, msLeft: null },
    });
    expect(resolved.resolvedAt).not.toBeNull();
    const noLessons = await t.fails('disputes.transition', { id, revision: 3, to: 'closed' });
    expect(noLessons.fields?.text?.key).toBe('validation.lessonsRequired');
    await t.ok('disputes.transition', { id, revision: 3, to: 'closed', text: 'none' });
    const closed = await t.ok('disputes.get', { id });
    expect(closed).toMatchObject({ status: 'closed', lessonsLearned: 'none' });
    expect(closed.closedAt).not.toBeNull();
    const noReason = await t.fails('disputes.transition', { id, revision: 4, to: 'open' });
    expect(noReason.fields?.text?.message).toBe('Say why.');
    const before = Date.now();
    await t.ok('disputes.transition', {
      id,
      revision: 4,
      to: 'open',
      text: 'Sinar sold to the chain again.',
    });
    const reopened = await t.ok('disputes.get', { id });
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, closedAt: null });
    // Five business days from now: at least a week minus a weekend away, never before now.
    expect(Date.parse(reopened.sla.dueAt)).toBeGreaterThan(before + 5 * 86_400_000 - 60_000);
    expect(
      reopened.entries.filter((e) => e.kind === 'status').map((e) => [e.fromStatus, e.toStatus, e.text]),
    ).toEqual([
      ['open', 'escalated', ''],
      ['escalated', 'resolution-proposed', 'Offer: Maju keeps the chain, Sinar gets the schools.'],
      ['resolution-proposed', 'resolved', 'Maju keeps the chain; Sinar gets the schools.'],
      ['resolved', 'closed', 'none'],
      ['closed', 'open', 'Sinar sold to the chain again.'],
    ]);
  });

  it('adds back-dated steps, refuses future ones, documents without files and corrections of other cases', async () => {
    const id = await logCase();
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const { id: callId } = await t.ok('disputes.addEntry', {
      disputeId: id,
      kind: 'call',
      at: yesterday,
      text: 'Called Tan: the chain asked both for quotes.',
    });
    const future = await t.fails('disputes.addEntry', {
      disputeId: id,
      kind: 'note',
      at: new Date(Date.now() + 3_600_000).toISOString(),
      text: 'Will call tomorrow',
    });
    expect(future.fields?.at?.message).toBe('This is in the future: log what already happened.');
    const noFile = await t.fails('disputes.addEntry', {
      disputeId: id,
      kind: 'document',
      text: 'Signed letter',
    });
    expect(noFile.fields?.attachments?.key).toBe('validation.required');
    const file = await t.ok('attachments.add', {
      fileName: 'letter.pdf',
      mediaType: 'application/pdf',
      contentBase64: Buffer.from('%PDF-1.4 letter').toString('base64'),
    });
    await t.ok('disputes.addEntry', {
      disputeId: id,
      kind: 'document',
      text: 'Signed letter',
      attachments: [file],
    });
    const otherCase = await logCase({ title: 'Another overlap' });
    const otherEntry = (await t.ok('disputes.get', { id: otherCase })).entries[0]?.id ?? '';
    const wrongTarget = await t.fails('disputes.addEntry', {
      disputeId: id,
      kind: 'correction',
      text: 'Meant Sinar, not Maju',
      correctsEntryId: otherEntry,
    });
    expect(wrongTarget.fields?.correctsEntryId?.message).toBe(
      'Choose the entry of this case that you are correcting.',
    );
    const noTarget = await t.fails('disputes.addEntry', { disputeId: id, kind: 'correction', text: 'Oops' });
    expect(noTarget.fields?.correctsEntryId?.key).toBe('validation.correctionTarget');
    const { id: correctionId } = await t.ok('disputes.addEntry', {
      disputeId: id,
      kind: 'correction',
      text: 'It was Sinar who asked, not the chain.',
      correctsEntryId: callId,
    });
    const missingCase = await t.fails('disputes.addEntry', {
      disputeId: '01J00000000000000000000000',
      kind: 'note',
      text: 'x',
    });
    expect(missingCase.code).toBe('NOT_FOUND');

    const dispute = await t.ok('disputes.get', { id });
    // Adding steps never conflicts with someone editing the facts.
    expect(dispute.revision).toBe(0);
    // Oldest first by when it happened: yesterday's call before the opening of today.
    expect(dispute.entries.map((e) => e.kind)).toEqual(['call', 'opened', 'document', 'correction']);
    const call = dispute.entries.find((e) => e.id === callId);
    expect(call).toMatchObject({
      text: 'Called Tan: the chain asked both for quotes.',
      correctedBy: [correctionId],
    });
    expect(call?.at).toBe(yesterday);
    expect(Date.parse(call?.loggedAt ?? '')).toBeGreaterThan(Date.parse(yesterday));
    expect(dispute.entries.find((e) => e.kind === 'document')?.attachments).toEqual([file]);
    expect(dispute.entries.at(-1)).toMatchObject({ correctsEntryId: callId, actorName: expect.any(String) });
  });

  it('keeps case history permanent: no undo of a case batch, and Ctrl+Z stops at it', async () => {
    await t.ok('partners.update', {
      id: sinar,
      partner: { name: 'Sinar Dealer Sdn Bhd', type: 'dealer', country: 'MY', city: 'Ipoh', region: 'North' },
    });
    expect((await t.ok('history.status', {})).canUndo).toBe(true);
    const { batchId } = await t.ok('disputes.create', conflict());
    const refused = await t.fails('history.undo', { batchId });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      `"Log case "Overlap in Ipoh"" is part of a case's permanent record and cannot be undone. Add a correction to the case instead.`,
    );
    expect(await t.ok('history.status', {})).toEqual({ canUndo: false, label: null });
    expect(await t.ok('history.undo', {})).toEqual({ undone: false, label: null });
    expect((await t.ok('partners.get', { id: sinar })).name).toBe('Sinar Dealer Sdn Bhd');
  });

  it('returns NOT_FOUND for a case that does not exist', async () => {
    const missing = await t.fails('disputes.get', { id: '01J00000000000000000000000' });
    expect(missing.code).toBe('NOT_FOUND');
    const moveMissing = await t.fails('disputes.transition', {
      id: '01J00000000000000000000000',
      revision: 0,
      to: 'investigating',
    });
    expect(moveMissing.code).toBe('NOT_FOUND');
  });

  it('reads and saves the SLA per severity; saving is undoable and new cases use it', async () => {
    expect(await t.ok('disputeSettings.get', {})).toEqual({
      slaBusinessDays: { critical: 1, high: 3, medium: 5, low: 10 },
    });
    const saved = await t.ok('disputeSettings.saveSla', { low: 15, medium: 2, high: 2, critical: 1 });
    expect((await t.ok('disputeSettings.get', {})).slaBusinessDays).toEqual({
      low: 15,
      medium: 2,
      high: 2,
      critical: 1,
    });
    const bad = await t.fails('disputeSettings.saveSla', { low: 0, medium: 2.5, high: 91, critical: 1 });
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['high', 'low', 'medium']);
    expect(bad.fields?.low?.message).toBe('Enter a whole number of business days from 1 to 90.');
    const { id } = await t.ok('disputes.create', { ...conflict(), openedAt: '2025-11-28T07:00:00.000Z' });
    expect((await t.ok('disputes.get', { id })).sla.dueAt).toBe('2025-12-02T07:00:00.000Z');
    await t.ok('history.undo', { batchId: saved.batchId });
    expect((await t.ok('disputeSettings.get', {})).slaBusinessDays.medium).toBe(5);
  });
});

describe('the append-only case timeline below the procedures', () => {
  it('refuses a write that changes an entry, through the write path and in SQL', async () => {
    const dataDir = await makeTempDir();
    const t = await openTempCore(dataDir);
    const { id: partnerId } = await t.ok('partners.create', {
      partner: { name: 'Maju Jaya', type: 'distributor', country: 'MY', city: 'Penang' },
    });
    const { id } = await t.ok('disputes.create', {
      dispute: { kind: 'price', title: 'Undercut price', partnerIds: [partnerId], severity: 'high' },
    });
    const entryId = (await t.ok('disputes.get', { id })).entries[0]?.id ?? '';
    await t.dispose();

    const { db } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
    try {
      const writer = { clock: new HybridClock('test-replica'), actor: 'tester' };
      await expect(
        applyChanges(db, writer, {
          label: 'Rewrite history',
          origin: 'local',
          changes: [{ table: 'disputeEntries', rowId: entryId, field: 'text', value: 'Nothing happened' }],
        }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        message:
          'Entries on a case timeline are permanent and cannot be changed or deleted. Add a correction instead.',
      });
      await expect(
        db
          .updateTable('disputeEntries')
          .set({ text: 'Nothing happened' })
          .where('id', '=', entryId)
          .execute(),
      ).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('disputeEntries').where('id', '=', entryId).execute()).rejects.toThrow(
        /append-only/,
      );
      const entry = await db
        .selectFrom('disputeEntries')
        .select('text')
        .where('id', '=', entryId)
        .executeTakeFirst();
      expect(entry?.text).toBe('Case logged: Undercut price');
    } finally {
      await db.destroy();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
