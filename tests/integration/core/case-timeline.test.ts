// The partner's timeline shows its cases' key steps (opening, each status change with the agreed
// resolution and lessons) on every partner of a channel conflict, and its retention cases and
// actions; demo data with case history can still be undone as a whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from './temp-core';

describe('cases and retention on the partner timeline', () => {
  let t: TempCore;
  let north: string;
  let south: string;
  beforeEach(async () => {
    t = await openTempCore();
    ({ id: north } = await t.ok('partners.create', {
      partner: { name: 'Maju Jaya Elektrik', type: 'dealer', country: 'MY', city: 'Ipoh', region: 'Perak' },
    }));
    ({ id: south } = await t.ok('partners.create', {
      partner: { name: 'Sinar Home Centre', type: 'dealer', country: 'MY', city: 'Taiping', region: 'Perak' },
    }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  it("shows a conflict's opening and status changes on both partners' timelines, newest first", async () => {
    const { id } = await t.ok('disputes.create', {
      dispute: {
        kind: 'channel-conflict',
        title: 'Overlap in Taiping',
        partnerIds: [north, south],
        severity: 'high',
      },
    });
    let revision = (await t.ok('disputes.get', { id })).revision;
    for (const [to, text] of [
      ['investigating', ''],
      ['resolution-proposed', ''],
      ['resolved', 'Split Taiping by postcode'],
      ['closed', 'Register project leads first'],
    ] as const) {
      await t.ok('disputes.transition', { id, revision, to, text });
      revision = (await t.ok('disputes.get', { id })).revision;
    }
    await t.ok('disputes.addEntry', { disputeId: id, kind: 'note', text: 'Called both owners' });

    for (const partnerId of [north, south]) {
      const steps = (await t.ok('partners.timeline', { partnerId })).filter((e) => e.entity === 'dispute');
      // Notes stay on the case page; the partner sees the opening and the four status changes.
      expect(
        steps.map((e) => [e.kind, e.changes.find((c) => c.field === 'status')?.newValue ?? null]),
      ).toEqual([
        ['updated', 'closed'],
        ['updated', 'resolved'],
        ['updated', 'resolution-proposed'],
        ['updated', 'investigating'],
        ['created', null],
      ]);
      expect(steps.every((e) => e.entityId === id && e.entityName === 'Overlap in Taiping')).toBe(true);
      expect(steps[0]!.changes).toContainEqual({
        field: 'lessonsLearned',
        oldValue: null,
        newValue: 'Register project leads first',
      });
      expect(steps[1]!.changes).toContainEqual({
        field: 'resolution',
        oldValue: null,
        newValue: 'Split Taiping by postcode',
      });
      expect(steps[0]!.actorName).not.toBe('');
    }
  });

  it('shows a retention case, the actions a playbook created and the outcome', async () => {
    const [playbook] = await t.ok('playbooks.list', {});
    const run = await t.ok('playbooks.run', {
      playbookId: playbook!.id,
      partnerId: north,
      today: '2026-11-24',
      reason: 'Orders down 40% since August',
    });
    const retention = await t.ok('retentionCases.get', { id: run.caseId });
    await t.ok('retentionCases.setOutcome', {
      id: run.caseId,
      revision: retention.revision,
      outcome: 'retained',
      on: '2026-12-20',
    });
    const timeline = await t.ok('partners.timeline', { partnerId: north });
    const created = timeline.filter((e) => e.kind === 'created').map((e) => e.entity);
    expect(created.filter((entity) => entity === 'retentionAction')).toHaveLength(run.actionIds.length);
    expect(created).toContain('retentionCase');
    const outcome = timeline.find((e) => e.entity === 'retentionCase' && e.kind === 'updated');
    expect(outcome?.changes).toContainEqual({ field: 'outcome', oldValue: 'open', newValue: 'retained' });
    // Bookkeeping never shows as an edit.
    expect(timeline.flatMap((e) => e.changes.map((c) => c.field))).not.toContain('revision');
  });

  it('undoes "Load demo data" with its case history: the cases disappear, their entries stay untouched', async () => {
    await t.ok('demo.load', { partners: 60 });
    const loaded = await t.ok('disputes.list', { limit: 500 });
    expect(loaded.total).toBeGreaterThan(20);
    await t.ok('history.undo', {});
    expect((await t.ok('disputes.list', { limit: 500 })).total).toBe(0);
  });
});
