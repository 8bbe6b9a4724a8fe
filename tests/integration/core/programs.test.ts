import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProgramsFixture, pointsPerUnit, type ProgramsFixture } from './programs-fixture';

describe('programs: create, edit, list and status on a real database file', () => {
  let f: ProgramsFixture;
  let partnerId: string;
  beforeEach(async () => {
    f = await openProgramsFixture();
    partnerId = await f.partner('Syarikat Maju Jaya');
  });
  afterEach(async () => {
    await f.close();
  });

  it('creates a draft in the workspace currency with an empty first version of its rules', async () => {
    const id = await f.program({ name: 'Aircon rebate 2026', pointsExpiryMonths: 12 });
    const program = await f.call('programs.get', { id });
    expect(program).toMatchObject({
      name: 'Aircon rebate 2026',
      kind: 'rebate',
      currency: 'MYR',
      status: 'draft',
      revision: 0,
      pointsExpiryMonths: 12,
      rulesFrozen: false,
      participants: 0,
      eligibility: { partnerTypes: [], tiers: [], regions: [], partnerIds: [] },
    });
    expect(program.ruleVersions).toMatchObject([{ version: 1, effectiveFrom: '2026-01-01', rules: [] }]);
    expect(await f.lastBatchLabel()).toBe('Create program Aircon rebate 2026');
    const usd = await f.program({ name: 'Export SPIF', kind: 'spif', currency: 'USD' });
    expect((await f.call('programs.get', { id: usd })).currency).toBe('USD');
  });

  it('refuses a period ending before it starts, a negative budget, bad expiry months and an unknown currency', async () => {
    const input = {
      name: 'Bad',
      kind: 'rebate',
      startsOn: '2026-06-01',
      endsOn: '2026-05-31',
      budgetMinor: 0,
      pointValueMinor: 0,
    };
    expect((await f.fails('programs.create', input)).fields?.endsOn?.key).toBe('validation.endBeforeStart');
    const negative = await f.fails('programs.create', { ...input, endsOn: '2026-06-30', budgetMinor: -1 });
    expect(negative.fields?.budgetMinor?.key).toBe('validation.negativeAmount');
    const expiry = await f.fails('programs.create', {
      ...input,
      endsOn: '2026-06-30',
      pointsExpiryMonths: 0,
    });
    expect(expiry.fields?.pointsExpiryMonths?.message).toMatch(/months from 1 to 120/);
    const currency = await f.fails('programs.create', { ...input, endsOn: '2026-06-30', currency: 'XYZ' });
    expect(currency.fields?.currency?.key).toBe('validation.currencyUnknown');
    expect(await f.call('programs.list', {})).toEqual([]);
  });

  it('edits with the revision seen; a second edit from the same revision is a conflict', async () => {
    const id = await f.program();
    const program = await f.call('programs.get', { id });
    const fields = {
      name: program.name,
      kind: program.kind,
      description: 'Quarterly rebate',
      startsOn: '2026-02-01',
      endsOn: program.endsOn,
      budgetMinor: 5_000_000,
      pointValueMinor: 1,
      eligibility: { partnerTypes: ['dealer' as const], tiers: [], regions: [], partnerIds: [] },
    };
    await f.call('programs.update', { ...fields, id, revision: 0 });
    const edited = await f.call('programs.get', { id });
    expect(edited).toMatchObject({ revision: 1, description: 'Quarterly rebate', budgetMinor: 5_000_000 });
    expect(edited.eligibility.partnerTypes).toEqual(['dealer']);
    // Nothing awarded yet: version 1 moves with the program's first day.
    expect(edited.ruleVersions[0]?.effectiveFrom).toBe('2026-02-01');
    expect(await f.lastBatchLabel()).toBe('Edit program Aircon rebate 2026');

    const stale = await f.fails('programs.update', { ...fields, name: 'Other', id, revision: 0 });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/changed by someone else/);
    expect((await f.call('programs.get', { id })).name).toBe('Aircon rebate 2026');
  });

  it('keeps the currency once claims exist', async () => {
    const id = await f.program();
    await f.claim(id, partnerId);
    const program = await f.call('programs.get', { id });
    const error = await f.fails('programs.update', {
      ...program,
      currency: 'SGD',
      revision: program.revision,
    });
    expect(error.fields?.currency?.message).toBe(
      'Claims or awards are already in MYR: the currency cannot change.',
    );
  });

  it('moves draft → active → ended → active, and says why a move is refused', async () => {
    const id = await f.program();
    const today = '2026-03-01';
    const move = async (status: 'draft' | 'active' | 'ended') =>
      f.call('programs.setStatus', { id, status, revision: await f.revisionOf(id), today });
    const refusal = async (status: 'draft' | 'active' | 'ended', day = today) =>
      (await f.fails('programs.setStatus', { id, status, revision: await f.revisionOf(id), today: day }))
        .fields?.status?.key;

    expect(await refusal('active')).toBe('validation.programNoRules');
    await f.call('programs.saveRules', { programId: id, revision: 0, rules: [pointsPerUnit()], today });
    expect(await refusal('active', '2027-01-01')).toBe('validation.programPeriodEnded');
    await move('active');
    expect((await f.call('programs.get', { id })).status).toBe('active');
    expect(await f.lastBatchLabel()).toBe('Activate program Aircon rebate 2026');

    await f.claim(id, partnerId);
    expect(await refusal('draft')).toBe('validation.programHasClaims');
    await move('ended');
    expect(await refusal('draft')).toBe('validation.programTransition');
    expect(await refusal('active', '2027-01-02')).toBe('validation.programPeriodEnded');
    await move('active');
    expect(await f.lastBatchLabel()).toBe('Reactivate program Aircon rebate 2026');
    const stale = await f.fails('programs.setStatus', { id, status: 'ended', revision: 0, today });
    expect(stale.code).toBe('CONFLICT');
  });

  it('lists summaries with participants, claims waiting and awards, filtered by status, kind, name and partner', async () => {
    const rebate = await f.program({ name: 'Aircon rebate 2026' });
    const spif = await f.program({
      name: 'Inverter SPIF',
      kind: 'spif',
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
    });
    const other = await f.partner('Kedai Elektrik Ah Seng');
    await f.call('programs.enroll', {
      programId: rebate,
      partnerIds: [partnerId, other],
      today: '2026-01-05',
    });
    await f.claim(rebate, partnerId);
    await f.claim(rebate, partnerId, 'approved');
    await f.earn(rebate, partnerId, 120);
    await f.earn(rebate, other, 30);
    await f.earn(rebate, partnerId, 5_000, 'money');
    await f.call('programs.saveRules', {
      programId: spif,
      revision: 0,
      rules: [pointsPerUnit()],
      today: '2026-02-01',
    });
    await f.call('programs.setStatus', { id: spif, status: 'active', revision: 1, today: '2026-02-01' });

    const all = await f.call('programs.list', {});
    expect(all.map((p) => p.name)).toEqual(['Inverter SPIF', 'Aircon rebate 2026']);
    expect(all[1]).toMatchObject({
      participants: 2,
      claimsSubmitted: 1,
      awardedPoints: 150,
      awardedMinor: 5_000,
      rulesFrozen: true,
    });
    expect(all[0]).toMatchObject({
      participants: 0,
      claimsSubmitted: 0,
      awardedPoints: 0,
      rulesFrozen: false,
    });
    expect((await f.call('programs.list', { statuses: ['draft'] })).map((p) => p.id)).toEqual([rebate]);
    expect((await f.call('programs.list', { kinds: ['spif'] })).map((p) => p.id)).toEqual([spif]);
    expect((await f.call('programs.list', { search: 'inverter' })).map((p) => p.id)).toEqual([spif]);
    expect(await f.call('programs.list', { search: '100%' })).toEqual([]);
    expect((await f.call('programs.list', { partnerId: other })).map((p) => p.id)).toEqual([rebate]);
  });

  it('answers NOT_FOUND for a program that does not exist', async () => {
    const error = await f.fails('programs.get', { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(error.code).toBe('NOT_FOUND');
  });
});
