import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowChanges, type FieldChange } from '../../../src/core/db/apply-changes';
import { derivedId, newId } from '../../../src/core/db/ids';
import { addDays } from '../../../src/core/care/calendar-dates';
import { addMonths } from '../../../src/shared/periods';
import { openLoyaltyFixture, type LoyaltyFixture } from './loyalty-fixture';

const steady = 10_000_000; // MYR 100,000 a month

function salesChanges(
  f: LoyaltyFixture,
  partnerId: string,
  monthsAgo: number,
  revenueMinor: number,
): FieldChange[] {
  const period = addMonths(f.today.slice(0, 7), -monthsAgo);
  return rowChanges('salesRecords', derivedId('sales', partnerId, period), {
    partnerId,
    period,
    revenueMinor,
    currency: 'MYR',
    units: 0,
    orders: 1,
    note: '',
    importId: null,
    deletedAt: null,
  });
}

/** Two years of steady monthly sales in one batch (an import). */
async function twoSteadyYears(f: LoyaltyFixture, partnerId: string): Promise<void> {
  const changes: FieldChange[] = [];
  for (let m = 1; m <= 24; m++) changes.push(...salesChanges(f, partnerId, m, steady));
  await f.write('Import sales', changes);
}

async function loyaltyCases(f: LoyaltyFixture, partnerId: string) {
  return f.ctx.db
    .selectFrom('retentionCases')
    .selectAll()
    .where('partnerId', '=', partnerId)
    .where('source', '=', 'loyalty')
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
    .execute();
}

describe('loyalty recompute on a real database file', () => {
  let f: LoyaltyFixture;
  let partnerId: string;
  beforeEach(async () => {
    f = await openLoyaltyFixture();
    partnerId = await f.partner('Maju Jaya');
  });
  afterEach(async () => {
    await f.close();
  });

  const card = () => f.call('loyalty.partner', { partnerId, today: f.today });
  const factor = async (key: string) => (await card()).factors.find((x) => x.key === key)!;

  it('scores a partner after its first sales and records its starting tier', async () => {
    expect(await f.scoreRow(partnerId)).toBeUndefined();
    await twoSteadyYears(f, partnerId);
    const loyalty = await card();
    expect(loyalty.score).toBeGreaterThan(0);
    expect(loyalty.history).toEqual([
      expect.objectContaining({
        fromTier: null,
        toTier: loyalty.tier?.key,
        changedOn: f.today,
        cause: 'score',
      }),
    ]);
    expect((await factor('salesVolume')).detail).toMatchObject({ revenueMinor: 12 * steady, months: 12 });
    expect((await factor('orderRegularity')).value).toBe(1);
  });

  it('recomputes after each kind of relevant write', async () => {
    await twoSteadyYears(f, partnerId);
    const before = await card();

    // A survey answer (a contact's latest, within the year).
    await f.write('Record survey', [
      ...rowChanges('surveyResponses', newId(), {
        partnerId,
        contactId: null,
        answeredOn: addDays(f.today, -10),
        nps: 10,
        satisfaction: 5,
        comment: '',
        importId: null,
      }),
    ]);
    expect(await factor('nps')).toMatchObject({ hasData: true, value: 1 });
    expect((await card()).score).toBeGreaterThan(before.score!);

    // A visit held.
    await f.call('careEvents.create', {
      partnerId,
      kind: 'visit',
      title: 'Quarterly visit',
      start: addDays(f.today, -3),
      status: 'done',
    });
    expect((await factor('contactRecency')).detail).toMatchObject({
      lastContactOn: addDays(f.today, -3),
      days: 3,
    });
    expect((await factor('engagement')).detail).toMatchObject({ visits: 1 });

    // A greeting sent.
    await f.write('Send greeting', [
      ...rowChanges('greetings', newId(), {
        partnerId,
        contactId: null,
        occasion: 'birthday',
        itemKey: 'x',
        channel: 'whatsapp',
        language: 'en',
        text: 'Happy birthday',
        sentOn: addDays(f.today, -1),
        careEventId: null,
      }),
    ]);
    expect((await factor('engagement')).detail).toMatchObject({ visits: 1, greetings: 1, total: 2 });
    expect((await factor('contactRecency')).detail).toMatchObject({ days: 1 });

    // A commitment broken.
    await f.call('commitments.create', {
      partnerId,
      description: 'Send the price list',
      madeBy: 'us',
      dueDate: addDays(f.today, -2),
      status: 'broken',
    });
    expect(await factor('commitmentsKept')).toMatchObject({
      hasData: true,
      value: 0,
      detail: { kept: 0, broken: 1 },
    });

    // A dispute opened (high severity: at risk, a retention case with the dispute playbook).
    await f.call('disputes.create', {
      dispute: { kind: 'price', title: 'Price undercut', partnerIds: [partnerId], severity: 'high' },
    });
    const disputed = await card();
    expect((await factor('disputes')).detail).toMatchObject({ open: 1, points: 3 });
    expect(disputed.risk.level).toBe('at-risk');
    expect(disputed.risk.reasons.map((r) => r.rule)).toContain('openDispute');
    const [opened] = await loyaltyCases(f, partnerId);
    expect(opened).toMatchObject({
      situation: 'major-dispute',
      suggestedPlaybookId: '0000000000000000000000PB03',
    });
    expect(disputed.risk.caseId).toBe(opened?.id);
    expect(await f.call('retentionCases.get', { id: opened!.id, today: f.today })).toMatchObject({
      source: 'loyalty',
      suggestedPlaybookId: '0000000000000000000000PB03',
    });

    // A partner edit (region, status): copied into the score row.
    await f.write('Edit partner', rowChanges('partners', partnerId, { region: 'South', status: 'paused' }));
    expect(await f.scoreRow(partnerId)).toMatchObject({ region: 'South', status: 'paused' });

    // An override, and its end.
    const computed = (await card()).computedTier!.key;
    const other = computed === 'platinum' ? 'bronze' : 'platinum';
    await f.call('loyalty.setOverride', {
      partnerId,
      tier: other,
      reason: 'Strategic account',
      expiresOn: addDays(f.today, 30),
      today: f.today,
    });
    const overridden = await card();
    expect(overridden.tier?.key).toBe(other);
    expect(overridden.override).toMatchObject({
      tier: { key: other },
      reason: 'Strategic account',
      revision: 0,
    });
    expect(overridden.history[0]).toMatchObject({ toTier: other, cause: 'override' });
    await f.call('loyalty.endOverride', { partnerId, today: f.today });
    const ended = await card();
    expect(ended.tier?.key).toBe(computed);
    expect(ended.override).toBeNull();
    // Same day: the override's step is taken back rather than a second step recorded.
    expect(ended.history.map((h) => h.toTier)).toEqual([computed]);
  });

  it('undoing a sales import undoes the tier drop and the retention case it caused', async () => {
    await twoSteadyYears(f, partnerId);
    const before = await card();
    const changes: FieldChange[] = [];
    for (let m = 1; m <= 3; m++) changes.push(...salesChanges(f, partnerId, m, 0));
    const batchId = await f.write('Import sales file', changes);
    const after = await card();
    expect(after.score).toBeLessThan(before.score!);
    expect(after.tier?.key).not.toBe(before.tier?.key);
    expect(after.risk.level).not.toBe('none');
    expect(after.risk.reasons.map((r) => r.rule)).toContain('salesDrop');
    const [opened] = await loyaltyCases(f, partnerId);
    expect(opened).toMatchObject({
      situation: 'falling-orders',
      suggestedPlaybookId: '0000000000000000000000PB01',
    });
    expect(opened?.reason).toContain('Sales fell 100% over the last 3 months');

    // The tier change and the case are part of the import's batch.
    const logged = await f.ctx.db
      .selectFrom('changeLog')
      .select('tbl')
      .where('batchId', '=', batchId!)
      .execute();
    expect(new Set(logged.map((row) => row.tbl))).toEqual(
      new Set(['salesRecords', 'tierChanges', 'retentionCases']),
    );

    expect(await f.call('history.undo', { batchId: batchId! })).toMatchObject({ undone: true });
    const undone = await card();
    expect(undone.score).toBe(before.score);
    expect(undone.tier).toEqual(before.tier);
    expect(undone.history).toEqual(before.history);
    expect(undone.risk).toMatchObject({ level: before.risk.level, since: null, caseId: null });
    expect(await loyaltyCases(f, partnerId)).toEqual([]);
  });

  it('opens one case per at-risk episode, and links a case that is already open', async () => {
    await twoSteadyYears(f, partnerId);
    const drop = async () => {
      const changes: FieldChange[] = [];
      for (let m = 1; m <= 3; m++) changes.push(...salesChanges(f, partnerId, m, steady / 2));
      await f.write('Import low sales', changes);
    };
    const recover = async () => {
      const changes: FieldChange[] = [];
      for (let m = 1; m <= 3; m++) changes.push(...salesChanges(f, partnerId, m, steady));
      await f.write('Import corrected sales', changes);
    };
    await drop();
    expect(await loyaltyCases(f, partnerId)).toHaveLength(1);
    // Recomputing again (and the next day) keeps the one episode and its case.
    await f.call('loyalty.recomputeAll', { today: f.today });
    await f.call('loyalty.recomputeAll', { today: addDays(f.today, 1) });
    expect(await loyaltyCases(f, partnerId)).toHaveLength(1);
    expect((await f.scoreRow(partnerId))?.riskSince).toBe(f.today);

    // Back to no risk ends the episode; the case is decided; at risk again opens a second case.
    await recover();
    expect(await f.scoreRow(partnerId)).toMatchObject({ riskSince: null, episodeCaseId: null });
    const [first] = await loyaltyCases(f, partnerId);
    await f.call('retentionCases.setOutcome', {
      id: first!.id,
      revision: first!.revision,
      outcome: 'retained',
      on: f.today,
      note: '',
    });
    await drop();
    const cases = await loyaltyCases(f, partnerId);
    expect(cases).toHaveLength(2);
    expect(cases[0]).toMatchObject({ id: first!.id, outcome: 'retained' });
    expect(cases[1]).toMatchObject({ outcome: 'open' });

    // A partner already marked at risk by hand keeps that case: none is added.
    const other = await f.partner('Sinar Harapan');
    await twoSteadyYears(f, other);
    const { id: manual } = await f.call('retentionCases.open', {
      partnerId: other,
      situation: 'competitor-poaching',
      reason: 'Competitor offered better terms',
      today: f.today,
    });
    const changes: FieldChange[] = [];
    for (let m = 1; m <= 3; m++) changes.push(...salesChanges(f, other, m, 0));
    await f.write('Import low sales', changes);
    expect(await loyaltyCases(f, other)).toEqual([]);
    expect((await f.call('loyalty.partner', { partnerId: other, today: f.today })).risk.caseId).toBe(manual);
  });

  it('gives identical score rows on two computers with the same inputs', async () => {
    const other = await openLoyaltyFixture();
    try {
      const id = newId();
      for (const fx of [f, other]) {
        await fx.partner('Same Partner', {}, id);
        const changes: FieldChange[] = [];
        for (let m = 1; m <= 24; m++)
          changes.push(...salesChanges(fx, id, m, m <= 3 ? steady / 3 : steady + m * 1_234));
        await fx.write('Import sales', changes);
        await fx.call('loyalty.recomputeAll', { today: fx.today });
      }
      const rows = await Promise.all([f, other].map((fx) => fx.scoreRow(id)));
      expect(rows[0]).toBeDefined();
      expect(rows[0]).toEqual(rows[1]);
      const cases = await Promise.all([f, other].map((fx) => loyaltyCases(fx, id)));
      expect(cases[0]!.map((c) => c.id)).toEqual(cases[1]!.map((c) => c.id));
    } finally {
      await other.close();
    }
  });

  it('computes the same rows in full as partner by partner', async () => {
    const ids = [partnerId, await f.partner('Kedai Ah Seng'), await f.partner('Toko Sejahtera')];
    await twoSteadyYears(f, ids[0]!);
    for (let m = 1; m <= 8; m++) await f.write('Sale', salesChanges(f, ids[1]!, m, m < 4 ? 0 : steady));
    await f.call('careEvents.create', {
      partnerId: ids[2]!,
      kind: 'training',
      title: 'Product training',
      start: addDays(f.today, -40),
      status: 'done',
    });
    const perPartner = await Promise.all(ids.map((id) => f.scoreRow(id)));
    await sql`delete from partner_scores`.execute(f.ctx.db);
    const output = await f.call('loyalty.recomputeAll', { today: f.today });
    // The tiers are already in the history: nothing new to record.
    expect(output).toMatchObject({ partners: 3, tierChanges: 0, casesOpened: 0 });
    const full = await Promise.all(ids.map((id) => f.scoreRow(id)));
    expect(full).toEqual(perPartner);
    // A snapshot of today for the dashboard.
    const snapshot = await f.ctx.db
      .selectFrom('loyaltySnapshots')
      .selectAll()
      .where('day', '=', f.today)
      .execute();
    expect(snapshot.reduce((n, row) => n + row.partners, 0)).toBe(3);
  });

  it('runs the daily recompute once a day', async () => {
    const { recomputeIfStale } = await import('../../../src/core/loyalty/recompute-all');
    await twoSteadyYears(f, partnerId);
    expect(await recomputeIfStale(f.ctx, f.today)).toBe(true);
    expect(await recomputeIfStale(f.ctx, f.today)).toBe(false);
    expect((await f.call('loyaltySettings.get', {})).lastFullRecomputeOn).toBe(f.today);
    const tomorrow = addDays(f.today, 1);
    expect(await recomputeIfStale(f.ctx, tomorrow)).toBe(true);
    const batches = await f.ctx.db
      .selectFrom('batches')
      .select(['label', 'origin'])
      .where('label', '=', 'Daily loyalty recompute')
      .execute();
    // Only the first run changed history (nothing moved between the two days).
    expect(batches.every((b) => b.origin === 'system')).toBe(true);
    expect((await f.call('loyaltySettings.get', {})).lastFullRecomputeOn).toBe(tomorrow);
  });

  it('stops applying an expired override at the next recompute', async () => {
    await twoSteadyYears(f, partnerId);
    const computed = (await card()).computedTier!.key;
    const other = computed === 'bronze' ? 'gold' : 'bronze';
    await f.call('loyalty.setOverride', {
      partnerId,
      tier: other,
      reason: 'Trial',
      expiresOn: addDays(f.today, 2),
      today: f.today,
    });
    await f.call('loyalty.recomputeAll', { today: addDays(f.today, 1) });
    expect((await f.scoreRow(partnerId))?.tier).toBe(other);
    await f.call('loyalty.recomputeAll', { today: addDays(f.today, 2) });
    expect((await f.scoreRow(partnerId))?.tier).toBe(computed);
    const history = await f.ctx.db
      .selectFrom('tierChanges')
      .select(['toTier', 'cause', 'changedOn'])
      .where('partnerId', '=', partnerId)
      .where('deletedAt', 'is', null)
      .orderBy('changedOn', 'desc')
      .execute();
    expect(history[0]).toEqual({ toTier: computed, cause: 'override-ended', changedOn: addDays(f.today, 2) });
  });

  it('refuses a bad override at the field and a stale replacement', async () => {
    await twoSteadyYears(f, partnerId);
    const base = {
      partnerId,
      tier: 'gold',
      reason: 'Key account',
      expiresOn: addDays(f.today, 5),
      today: f.today,
    };
    expect((await f.fails('loyalty.setOverride', { ...base, tier: 'diamond' })).fields).toMatchObject({
      tier: { key: 'validation.choice' },
    });
    expect((await f.fails('loyalty.setOverride', { ...base, expiresOn: f.today })).fields).toMatchObject({
      expiresOn: { key: 'validation.overrideExpiry' },
    });
    expect((await f.fails('loyalty.setOverride', { ...base, reason: '  ' })).fields).toHaveProperty('reason');
    await f.call('loyalty.setOverride', base);
    expect((await f.fails('loyalty.setOverride', base)).code).toBe('CONFLICT');
    await f.call('loyalty.setOverride', { ...base, tier: 'silver', revision: 0 });
    expect((await f.fails('loyalty.setOverride', { ...base, revision: 0 })).code).toBe('CONFLICT');
    expect((await card()).override).toMatchObject({ tier: { key: 'silver' }, revision: 1 });
    await f.call('loyalty.endOverride', { partnerId, today: f.today });
    expect((await f.fails('loyalty.endOverride', { partnerId, today: f.today })).code).toBe('NOT_FOUND');
  });
});
