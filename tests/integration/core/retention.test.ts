import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPlaybooks } from '../../../src/core/retention/default-playbooks';
import type { PlaybookFieldsInput } from '../../../src/shared/retention';
import { openTempCore, type TempCore } from './temp-core';

const fallingOrders = '0000000000000000000000PB01';
const today = '2026-03-10';

describe('retention cases, actions and playbooks on a real database file', () => {
  let t: TempCore;
  let teammate: string;
  let me: string;
  let majuJaya: string;
  let sinarJohor: string;
  beforeEach(async () => {
    t = await openTempCore();
    ({ id: teammate } = await t.ok('owners.create', { name: 'Nur Aisyah' }));
    me = (await t.ok('owners.list', {})).find((owner) => owner.isMe)!.id;
    ({ id: majuJaya } = await t.ok('partners.create', {
      partner: {
        name: 'Syarikat Maju Jaya',
        type: 'distributor',
        country: 'MY',
        region: 'North',
        ownerId: teammate,
      },
    }));
    ({ id: sinarJohor } = await t.ok('partners.create', {
      partner: { name: 'Sinar Johor', type: 'retailer', country: 'MY', region: 'South' },
    }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  const open = (partnerId: string, extra: object = {}) =>
    t.ok('retentionCases.open', {
      partnerId,
      situation: 'falling-orders',
      reason: 'Orders down 40% since January',
      today,
      ...extra,
    });

  it('opens one case per partner at a time, owned by the partner’s owner, with an undoable label', async () => {
    const { id, batchId } = await open(majuJaya);
    const opened = await t.ok('retentionCases.get', { id, today });
    expect(opened).toMatchObject({
      partnerName: 'Syarikat Maju Jaya',
      region: 'North',
      source: 'manual',
      ownerId: teammate,
      ownerName: 'Nur Aisyah',
      openedOn: today,
      outcome: 'open',
      actions: [],
      revision: 0,
    });
    const second = await t.fails('retentionCases.open', {
      partnerId: majuJaya,
      situation: 'tier-drop',
      reason: 'Dropped to silver',
      today,
    });
    expect(second.code).toBe('CONFLICT');
    expect(second.message).toContain('Syarikat Maju Jaya is already marked at risk');
    expect(second.details).toEqual({ caseId: id });

    // A partner without an owner: the person marking it owns the case.
    const { id: other } = await open(sinarJohor);
    expect((await t.ok('retentionCases.get', { id: other })).ownerId).toBe(me);

    const undone = await t.ok('history.undo', { batchId });
    expect(undone.label).toBe('Mark Syarikat Maju Jaya at risk');
    expect(await t.fails('retentionCases.get', { id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses unknown partners, owners and disputes at their fields', async () => {
    const unknown = '01HZZZZZZZZZZZZZZZZZZZZZZZ';
    expect(
      (
        await t.fails('retentionCases.open', {
          partnerId: unknown,
          situation: 'hardship',
          reason: 'x',
          today,
        })
      ).fields,
    ).toHaveProperty('partnerId');
    expect(
      (
        await t.fails('retentionCases.open', {
          partnerId: majuJaya,
          situation: 'hardship',
          reason: 'Flood',
          ownerId: unknown,
          today,
        })
      ).fields,
    ).toHaveProperty('ownerId');
    expect(
      (
        await t.fails('retentionCases.open', {
          partnerId: majuJaya,
          situation: 'hardship',
          reason: 'Flood',
          disputeId: unknown,
          today,
        })
      ).fields,
    ).toHaveProperty('disputeId');
    expect(
      (
        await t.fails('retentionCases.open', {
          partnerId: majuJaya,
          situation: 'hardship',
          reason: ' ',
          today,
        })
      ).fields?.reason?.key,
    ).toBe('validation.required');
  });

  it('edits a case with the revision seen and refuses a stale one', async () => {
    const { id } = await open(majuJaya);
    await t.ok('retentionCases.update', {
      id,
      revision: 0,
      situation: 'competitor-poaching',
      reason: 'A competitor offers 5% more margin',
      ownerId: me,
    });
    expect(await t.ok('retentionCases.get', { id })).toMatchObject({
      situation: 'competitor-poaching',
      ownerId: me,
      revision: 1,
    });
    const stale = await t.fails('retentionCases.update', {
      id,
      revision: 0,
      situation: 'hardship',
      reason: 'Overwrites',
      ownerId: null,
    });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('changed by someone else');
    expect((await t.ok('retentionCases.get', { id })).reason).toBe('A competitor offers 5% more margin');
  });

  it('records churned and retained in one batch with the partner’s status, and back to open', async () => {
    const { id } = await open(majuJaya);
    const action = await t.ok('retentionActions.create', {
      caseId: id,
      action: { kind: 'deep-communication', title: 'Talk to the owner', dueDate: '2026-03-12' },
    });
    const churned = await t.ok('retentionCases.setOutcome', {
      id,
      revision: 0,
      outcome: 'churned',
      on: '2026-04-01',
      note: 'Signed with a competitor',
      cancelOpenActions: true,
    });
    expect((await t.ok('partners.get', { id: majuJaya })).status).toBe('churned');
    const decided = await t.ok('retentionCases.get', { id });
    expect(decided).toMatchObject({ outcome: 'churned', outcomeOn: '2026-04-01', revision: 1 });
    expect(decided.actions[0]).toMatchObject({ id: action.id, status: 'cancelled' });

    const adding = await t.fails('retentionActions.create', {
      caseId: id,
      action: { kind: 'other', title: 'Too late', dueDate: '2026-04-02' },
    });
    expect(adding.fields?.caseId?.key).toBe('validation.caseClosed');

    // Undo of the outcome puts the partner's status and the action back too (one batch).
    await t.ok('history.undo', { batchId: churned.batchId });
    expect((await t.ok('partners.get', { id: majuJaya })).status).toBe('active');
    expect((await t.ok('retentionCases.get', { id })).actions[0]?.status).toBe('planned');

    // Undo put the revision back as well: what the user saw before the outcome is current again.
    expect((await t.ok('retentionCases.get', { id })).revision).toBe(0);
    await t.ok('retentionCases.setOutcome', { id, revision: 0, outcome: 'churned', on: '2026-04-01' });
    await t.ok('retentionCases.setOutcome', { id, revision: 1, outcome: 'retained', on: '2026-05-01' });
    expect((await t.ok('partners.get', { id: majuJaya })).status).toBe('active');
    await t.ok('retentionCases.setOutcome', { id, revision: 2, outcome: 'open' });
    expect(await t.ok('retentionCases.get', { id })).toMatchObject({ outcome: 'open', outcomeOn: null });
    expect((await t.ok('partners.get', { id: majuJaya })).status).toBe('active');
  });

  it('refuses an outcome without its day, before the opening, stale, or a second open case', async () => {
    const { id } = await open(majuJaya);
    const noDay = await t.fails('retentionCases.setOutcome', { id, revision: 0, outcome: 'retained' });
    expect(noDay.fields?.on?.key).toBe('validation.required');
    const early = await t.fails('retentionCases.setOutcome', {
      id,
      revision: 0,
      outcome: 'retained',
      on: '2026-01-01',
    });
    expect(early.fields?.on?.message).toContain('2026-03-10');
    await t.ok('retentionCases.setOutcome', { id, revision: 0, outcome: 'retained', on: today });
    const stale = await t.fails('retentionCases.setOutcome', {
      id,
      revision: 0,
      outcome: 'churned',
      on: today,
    });
    expect(stale.code).toBe('CONFLICT');
    const { id: second } = await open(majuJaya);
    const reopening = await t.fails('retentionCases.setOutcome', { id, revision: 1, outcome: 'open' });
    expect(reopening).toMatchObject({ code: 'CONFLICT', details: { caseId: second } });
  });

  it('creates and updates actions: owner defaults, overdue for the day asked, revision checks', async () => {
    const { id } = await open(majuJaya);
    const { id: actionId } = await t.ok('retentionActions.create', {
      caseId: id,
      action: { kind: 'special-support', title: '60-day credit terms', dueDate: '2026-03-09' },
    });
    let [action] = (await t.ok('retentionCases.get', { id, today })).actions;
    expect(action).toMatchObject({ ownerId: teammate, status: 'planned', overdue: true, revision: 0 });
    expect((await t.ok('retentionCases.get', { id, today: '2026-03-09' })).actions[0]?.overdue).toBe(false);

    await t.ok('retentionActions.update', {
      id: actionId,
      revision: 0,
      action: {
        kind: 'special-support',
        title: '60-day credit terms',
        dueDate: '2026-03-09',
        ownerId: me,
        status: 'done',
        outcome: 'Accepted; first order placed',
      },
    });
    [action] = (await t.ok('retentionCases.get', { id, today })).actions;
    expect(action).toMatchObject({ status: 'done', overdue: false, ownerId: me, revision: 1 });
    const summary = (await t.ok('retentionCases.list', { partnerId: majuJaya })).rows[0];
    expect(summary).toMatchObject({ actionsDone: 1, actionsOpen: 0 });

    const stale = await t.fails('retentionActions.update', {
      id: actionId,
      revision: 0,
      action: { kind: 'other', title: 'x', dueDate: '2026-03-09' },
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await t.fails('retentionActions.create', { caseId: id, action: { kind: 'x' } })).code).toBe(
      'VALIDATION',
    );
  });

  it('lists open cases first, newest first, with every filter and paging', async () => {
    const { id: maju } = await open(majuJaya);
    const { id: sinar } = await t.ok('retentionCases.open', {
      partnerId: sinarJohor,
      situation: 'hardship',
      reason: 'Flood damage',
      today: '2026-02-01',
    });
    await t.ok('retentionCases.setOutcome', {
      id: sinar,
      revision: 0,
      outcome: 'retained',
      on: '2026-02-20',
    });
    const { id: sinarAgain } = await t.ok('retentionCases.open', {
      partnerId: sinarJohor,
      situation: 'tier-drop',
      reason: 'Dropped to silver',
      today: '2026-03-01',
    });
    await t.ok('playbooks.run', { playbookId: fallingOrders, partnerId: majuJaya, today });

    const ids = async (input: object) => (await t.ok('retentionCases.list', input)).rows.map((row) => row.id);
    expect(await ids({})).toEqual([maju, sinarAgain, sinar]);
    expect(await ids({ outcomes: ['retained'] })).toEqual([sinar]);
    expect(await ids({ ownerId: teammate })).toEqual([maju]);
    expect(await ids({ region: 'South' })).toEqual([sinarAgain, sinar]);
    expect(await ids({ playbookId: fallingOrders })).toEqual([maju]);
    expect(await ids({ withoutPlaybook: true })).toEqual([sinarAgain, sinar]);
    expect(await ids({ outcomeFrom: '2026-02-01', outcomeTo: '2026-02-28' })).toEqual([sinar]);
    expect(await ids({ outcomeFrom: '2026-02-21' })).toEqual([]);
    const page = await t.ok('retentionCases.list', { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, rows: [{ id: sinarAgain }] });
    expect((await t.ok('retentionCases.list', { playbookId: fallingOrders })).rows[0]).toMatchObject({
      playbookName: 'At risk: falling orders',
      actionsOpen: 6,
      actionsDone: 0,
    });
  });

  it('runs a playbook in one batch: a new case, actions due after their steps, owners; undo removes it all', async () => {
    const run = await t.ok('playbooks.run', { playbookId: fallingOrders, partnerId: majuJaya, today });
    const ran = await t.ok('retentionCases.get', { id: run.caseId, today });
    expect(ran).toMatchObject({
      situation: 'falling-orders',
      reason: 'At risk: falling orders',
      playbookId: fallingOrders,
      playbookName: 'At risk: falling orders',
      ownerId: teammate,
    });
    const due = Object.fromEntries(ran.actions.map((action) => [action.title, action.dueDate]));
    // frank-talk +2; sell-out-review +5 after it; volume-incentive +7 after that; check-orders +30.
    expect(due['Frank conversation with the owner about the falling orders']).toBe('2026-03-12');
    expect(due['Review sell-out and stock together; agree a recovery plan']).toBe('2026-03-17');
    expect(due['Offer a 90-day volume incentive on the recovery target']).toBe('2026-03-24');
    expect(due['Check the orders against the recovery plan']).toBe('2026-04-23');
    expect(ran.actions.every((action) => action.ownerId === teammate && action.status === 'planned')).toBe(
      true,
    );
    expect(run.actionIds).toHaveLength(6);

    const undone = await t.ok('history.undo', { batchId: run.batchId });
    expect(undone.label).toBe('Run playbook "At risk: falling orders" for Syarikat Maju Jaya');
    expect((await t.ok('retentionCases.list', {})).total).toBe(0);
  });

  it('runs a playbook on the partner’s open case, with a step’s own assignee, and not on a decided case', async () => {
    const { id } = await open(sinarJohor);
    const steps: PlaybookFieldsInput['steps'] = [
      { key: 'call', kind: 'deep-communication', title: 'Call', offsetDays: 1, assigneeId: teammate },
      { key: 'gift', kind: 'emotional-retention', title: 'Gift', offsetDays: 2, after: 'call' },
    ];
    const { id: own } = await t.ok('playbooks.save', {
      playbook: { name: 'Quick care', situation: 'other', steps },
    });
    const run = await t.ok('playbooks.run', { playbookId: own, partnerId: sinarJohor, today });
    expect(run.caseId).toBe(id);
    const { actions } = await t.ok('retentionCases.get', { id });
    expect(actions.map((a) => [a.title, a.ownerId, a.dueDate])).toEqual([
      ['Call', teammate, '2026-03-11'],
      ['Gift', me, '2026-03-13'],
    ]);
    await t.ok('retentionCases.setOutcome', { id, revision: 0, outcome: 'retained', on: today });
    const onDecided = await t.fails('playbooks.run', {
      playbookId: own,
      partnerId: sinarJohor,
      caseId: id,
      today,
    });
    expect(onDecided.fields?.caseId?.key).toBe('validation.caseClosed');
    const otherPartner = await t.fails('playbooks.run', {
      playbookId: own,
      partnerId: majuJaya,
      caseId: id,
      today,
    });
    expect(otherPartner.message).toContain('not about Syarikat Maju Jaya');
  });

  it('lists the five defaults, overlays a saved edit, resets it (undoable) and refuses deleting it', async () => {
    const listed = await t.ok('playbooks.list', {});
    expect(listed.map((p) => p.name)).toEqual(defaultPlaybooks.map((p) => p.name));
    expect(listed.every((p) => p.builtIn && !p.customized && p.revision === 0)).toBe(true);
    for (const playbook of listed) expect(playbook.steps.length).toBeGreaterThanOrEqual(4);

    const original = listed[1]!;
    await t.ok('playbooks.save', {
      id: original.id,
      revision: 0,
      playbook: { ...original, name: 'Tier drop (our way)' },
    });
    const edited = (await t.ok('playbooks.list', {})).find((p) => p.id === original.id)!;
    expect(edited).toMatchObject({
      name: 'Tier drop (our way)',
      builtIn: true,
      customized: true,
      revision: 0,
    });
    await t.ok('playbooks.save', {
      id: original.id,
      revision: 0,
      playbook: { ...original, name: 'Tier drop v2' },
    });
    const stale = await t.fails('playbooks.save', {
      id: original.id,
      revision: 0,
      playbook: { ...original, name: 'Overwrite' },
    });
    expect(stale.code).toBe('CONFLICT');

    const reset = await t.ok('playbooks.reset', { id: original.id });
    expect((await t.ok('playbooks.list', {}))[1]).toMatchObject({ name: 'Tier drop', customized: false });
    await t.ok('history.undo', { batchId: reset.batchId });
    expect((await t.ok('playbooks.list', {}))[1]).toMatchObject({ name: 'Tier drop v2', customized: true });
    expect((await t.fails('playbooks.reset', { id: defaultPlaybooks[0]!.id })).message).toContain(
      'already the default',
    );

    const deleting = await t.fails('playbooks.delete', { id: original.id });
    expect(deleting.code).toBe('FORBIDDEN');
    expect(deleting.message).toContain('cannot be deleted');
  });

  it('saves, edits and deletes the team’s own playbooks', async () => {
    const fields = {
      name: 'Key account wobble',
      situation: 'other' as const,
      steps: [{ key: 'call', kind: 'deep-communication' as const, title: 'Call the owner', offsetDays: 0 }],
    };
    const { id } = await t.ok('playbooks.save', { playbook: fields });
    let own = (await t.ok('playbooks.list', {})).find((p) => p.id === id)!;
    expect(own).toMatchObject({ builtIn: false, customized: false, revision: 0 });
    await t.ok('playbooks.save', {
      id,
      revision: 0,
      playbook: { ...fields, description: 'For top accounts' },
    });
    own = (await t.ok('playbooks.list', {})).find((p) => p.id === id)!;
    expect(own).toMatchObject({ description: 'For top accounts', revision: 1 });
    expect((await t.fails('playbooks.save', { id, revision: 0, playbook: fields })).code).toBe('CONFLICT');
    await t.ok('playbooks.delete', { id });
    expect((await t.ok('playbooks.list', {})).some((p) => p.id === id)).toBe(false);
    expect((await t.fails('playbooks.run', { playbookId: id, partnerId: majuJaya, today })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a circle, an unknown after, duplicate keys and a missing offset at the step field', async () => {
    const save = (steps: unknown[]) =>
      t.fails('playbooks.save', { playbook: { name: 'Broken', situation: 'other', steps } });
    const step = (key: string, after: string | null, offsetDays: unknown = 1) => ({
      key,
      kind: 'other',
      title: key,
      offsetDays,
      after,
    });
    const circle = await save([step('a', null), step('b', 'c'), step('c', 'b')]);
    expect(circle.fields?.['playbook.steps.1.after']).toMatchObject({
      key: 'validation.playbookCycle',
      message: 'These steps wait on each other in a circle: b → c → b.',
    });
    expect(circle.fields?.['playbook.steps.2.after']?.key).toBe('validation.playbookCycle');
    expect(circle.fields).not.toHaveProperty('playbook.steps.0.after');
    expect((await save([step('a', 'zz')])).fields?.['playbook.steps.0.after']?.key).toBe(
      'validation.playbookAfter',
    );
    expect((await save([step('a', null), step('a', null)])).fields?.['playbook.steps.1.key']?.key).toBe(
      'validation.playbookDuplicateKey',
    );
    const { offsetDays: _missing, ...noOffset } = step('a', null);
    expect((await save([noOffset])).fields?.['playbook.steps.0.offsetDays']?.key).toBe(
      'validation.offsetDays',
    );
    expect((await save([step('a', null, -1)])).fields?.['playbook.steps.0.offsetDays']?.key).toBe(
      'validation.offsetDays',
    );
    expect((await save([])).fields?.['playbook.steps']?.key).toBe('validation.playbookEmpty');
  });

  it('alerts on cases newly at risk and actions due today or overdue, for the owners asked', async () => {
    const { id: maju } = await open(majuJaya, { today: '2026-03-08' });
    await t.ok('retentionCases.open', {
      partnerId: sinarJohor,
      situation: 'hardship',
      reason: 'Flood',
      today: '2026-02-01',
    });
    await t.ok('retentionActions.create', {
      caseId: maju,
      action: { kind: 'deep-communication', title: 'Due today', dueDate: today },
    });
    await t.ok('retentionActions.create', {
      caseId: maju,
      action: { kind: 'other', title: 'Overdue', dueDate: '2026-03-01' },
    });
    await t.ok('retentionActions.create', {
      caseId: maju,
      action: { kind: 'other', title: 'Later', dueDate: '2026-03-11' },
    });
    await t.ok('retentionActions.create', {
      caseId: maju,
      action: { kind: 'other', title: 'Done already', dueDate: '2026-03-01', status: 'done' },
    });

    const everyone = await t.ok('retention.alerts', { today });
    expect(everyone.newlyAtRisk.map((c) => c.partnerName)).toEqual(['Syarikat Maju Jaya']);
    expect(everyone.newlyAtRiskTotal).toBe(1);
    expect(everyone.actionsDue.map((a) => [a.title, a.overdue, a.partnerName])).toEqual([
      ['Overdue', true, 'Syarikat Maju Jaya'],
      ['Due today', false, 'Syarikat Maju Jaya'],
    ]);
    expect(everyone.actionsDueTotal).toBe(2);
    const limited = await t.ok('retention.alerts', { today, limit: 1 });
    expect(limited).toMatchObject({ actionsDueTotal: 2, actionsDue: [{ title: 'Overdue' }] });
    const mine = await t.ok('retention.alerts', { today, ownerIds: [me] });
    expect(mine).toMatchObject({ newlyAtRiskTotal: 0, actionsDueTotal: 0 });
    expect((await t.ok('retention.alerts', { today, days: 30 })).newlyAtRiskTotal).toBe(1);
    expect((await t.ok('retention.alerts', { today, days: 90 })).newlyAtRiskTotal).toBe(2);
  });
});
