import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { derivedId } from '../../../src/core/db/ids';
import { openProgramsFixture, type ProgramsFixture } from './programs-fixture';

describe('eligibility and enrolment on a real database file', () => {
  let f: ProgramsFixture;
  let maju: string;
  let ahSeng: string;
  let borneo: string;
  let gone: string;
  const today = '2026-02-01';

  beforeEach(async () => {
    f = await openProgramsFixture();
    maju = await f.partner('Syarikat Maju Jaya', { type: 'dealer', region: 'North', city: 'Penang' });
    ahSeng = await f.partner('Kedai Elektrik Ah Seng', { type: 'dealer', region: 'North', city: 'Ipoh' });
    borneo = await f.partner('Borneo Cool Sdn Bhd', { type: 'distributor', region: 'East', city: 'Kuching' });
    gone = await f.partner('Closed Trading', { type: 'dealer', region: 'North' });
    await f.write('Delete partner', [
      { table: 'partners', rowId: gone, field: 'deletedAt', value: new Date().toISOString() },
    ]);
  });
  afterEach(async () => {
    await f.close();
  });

  const dealersOfTheNorth = {
    partnerTypes: ['dealer' as const],
    tiers: [],
    regions: ['North'],
    partnerIds: [],
  };

  it('lists eligible partners by type and region, searchable, marking who is enrolled', async () => {
    const programId = await f.program({ eligibility: dealersOfTheNorth });
    const eligible = await f.call('programs.eligible', { programId });
    expect(eligible.rows.map((r) => r.name)).toEqual(['Kedai Elektrik Ah Seng', 'Syarikat Maju Jaya']);
    expect(eligible).toMatchObject({ total: 2, notEnrolled: 2 });

    await f.call('programs.enroll', { programId, partnerIds: [maju], today });
    const after = await f.call('programs.eligible', { programId });
    // Those still to enrol come first.
    expect(after.rows.map((r) => [r.name, r.enrolled])).toEqual([
      ['Kedai Elektrik Ah Seng', false],
      ['Syarikat Maju Jaya', true],
    ]);
    expect(after).toMatchObject({ total: 2, notEnrolled: 1 });
    const searched = await f.call('programs.eligible', { programId, search: 'ipoh' });
    expect(searched.rows.map((r) => r.name)).toEqual(['Kedai Elektrik Ah Seng']);
    expect(searched.total).toBe(2);

    const everyone = await f.program({ name: 'Open to all' });
    expect((await f.call('programs.eligible', { programId: everyone })).total).toBe(3);
    const named = await f.program({
      name: 'Named',
      eligibility: { partnerTypes: [], tiers: [], regions: [], partnerIds: [borneo] },
    });
    expect((await f.call('programs.eligible', { programId: named })).rows.map((r) => r.name)).toEqual([
      'Borneo Cool Sdn Bhd',
    ]);
  });

  it('matches tiers through the tier in effect', async () => {
    await f.call('loyalty.setOverride', {
      partnerId: borneo,
      tier: 'gold',
      reason: 'Key account',
      expiresOn: '2099-12-31',
      today: f.today,
    });
    const programId = await f.program({
      eligibility: { partnerTypes: [], tiers: ['gold'], regions: [], partnerIds: [] },
    });
    const eligible = await f.call('programs.eligible', { programId });
    expect(eligible.rows.map((r) => [r.name, r.tier])).toEqual([['Borneo Cool Sdn Bhd', 'Gold']]);
    const refused = await f.fails('programs.enroll', { programId, partnerIds: [maju], today });
    expect(refused.message).toBe('Not eligible for Aircon rebate 2026: Syarikat Maju Jaya.');
  });

  it('enrols many partners in one batch, skips those already in, and refuses ineligible, deleted or ended', async () => {
    const programId = await f.program({ eligibility: dealersOfTheNorth });
    const ineligible = await f.fails('programs.enroll', { programId, partnerIds: [maju, borneo], today });
    expect(ineligible.code).toBe('VALIDATION');
    expect(ineligible.fields?.partnerIds?.message).toBe(
      'Not eligible for this program: Borneo Cool Sdn Bhd.',
    );
    const deleted = await f.fails('programs.enroll', { programId, partnerIds: [gone], today });
    expect(deleted.message).toBe('Deleted partners cannot join: Closed Trading.');
    expect((await f.call('programs.participants', { programId })).total).toBe(0);

    const { batchId } = await f.call('programs.enroll', { programId, partnerIds: [maju, ahSeng], today });
    expect(await f.lastBatchLabel()).toBe('Enrol 2 partners in Aircon rebate 2026');
    const rows = await f.ctx.db
      .selectFrom('programEnrollments')
      .select(['id', 'partnerId', 'enrolledOn'])
      .where('programId', '=', programId)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.id).sort()).toEqual(
      [derivedId('enrollment', programId, maju), derivedId('enrollment', programId, ahSeng)].sort(),
    );
    // Both rows in the change log of one batch: the partners' timelines have them.
    const logged = await f.ctx.db
      .selectFrom('changeLog')
      .select('rowId')
      .where('batchId', '=', batchId)
      .where('tbl', '=', 'programEnrollments')
      .execute();
    expect(logged).toHaveLength(2);

    const again = await f.call('programs.enroll', { programId, partnerIds: [maju], today });
    expect(again.batchId).toBe('');
    expect((await f.call('programs.get', { id: programId })).participants).toBe(2);

    const program = await f.call('programs.get', { id: programId });
    await f.call('programs.setStatus', { id: programId, status: 'ended', revision: program.revision, today });
    const ended = await f.fails('programs.enroll', { programId, partnerIds: [maju], today });
    expect(ended.message).toBe('Aircon rebate 2026 has ended: it takes no new participants.');
  });

  it('removes a participant unless claims wait for a decision; enrolling again clears the leaving day', async () => {
    const programId = await f.program();
    await f.call('programs.enroll', { programId, partnerIds: [maju, ahSeng], today });
    const claimId = await f.claim(programId, maju);
    const waiting = await f.fails('programs.unenroll', { programId, partnerId: maju, today: '2026-03-01' });
    expect(waiting.message).toBe(
      'Syarikat Maju Jaya has 1 claim waiting for a decision in Aircon rebate 2026: approve or reject it first.',
    );
    await f.write('Approve', [{ table: 'claims', rowId: claimId, field: 'status', value: 'approved' }]);
    await f.call('programs.unenroll', { programId, partnerId: maju, today: '2026-03-01' });
    expect(await f.lastBatchLabel()).toBe('Remove Syarikat Maju Jaya from Aircon rebate 2026');
    expect((await f.call('programs.participants', { programId })).rows.map((r) => r.partnerName)).toEqual([
      'Kedai Elektrik Ah Seng',
    ]);
    expect((await f.fails('programs.unenroll', { programId, partnerId: maju, today })).code).toBe(
      'NOT_FOUND',
    );

    await f.call('programs.enroll', { programId, partnerIds: [maju], today: '2026-04-01' });
    const row = await f.ctx.db
      .selectFrom('programEnrollments')
      .select(['leftOn', 'enrolledOn'])
      .where('id', '=', derivedId('enrollment', programId, maju))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ leftOn: null, enrolledOn: '2026-04-01' });
    expect(await f.lastBatchLabel()).toBe('Enrol Syarikat Maju Jaya in Aircon rebate 2026');
  });

  it('pages participants with their balances, claims and tier', async () => {
    const programId = await f.program();
    await f.call('programs.enroll', { programId, partnerIds: [maju, ahSeng, borneo], today });
    await f.earn(programId, maju, 250);
    await f.earn(programId, maju, 1_500, 'money');
    await f.claim(programId, maju, 'approved');
    await f.claim(programId, maju);
    const first = await f.call('programs.participants', { programId, limit: 2 });
    expect(first.total).toBe(3);
    expect(first.rows.map((r) => r.partnerName)).toEqual(['Borneo Cool Sdn Bhd', 'Kedai Elektrik Ah Seng']);
    const second = await f.call('programs.participants', { programId, limit: 2, offset: 2 });
    expect(second.rows).toEqual([
      expect.objectContaining({
        partnerId: maju,
        partnerName: 'Syarikat Maju Jaya',
        city: 'Penang',
        enrolledOn: today,
        points: 250,
        moneyMinor: 1_500,
        claims: 2,
      }),
    ]);
    const searched = await f.call('programs.participants', { programId, search: 'kuching' });
    expect(searched.rows.map((r) => r.partnerName)).toEqual(['Borneo Cool Sdn Bhd']);
  });
});
