// The demo dispute history: reproducible, shaped like a real case load (half a case per partner,
// ten timeline steps on average, old cases settled, recent ones open), and internally consistent
// (a closed case has its lessons, entries follow the statuses, conflicts name neighbours).
import { isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { disputeTransitions, isOpenDisputeStatus, type DisputeStatus } from '../../../src/shared/disputes';
import { generateCaseActivity, type DueAtRule } from '../../../src/core/demo/case-activity';
import { generateDemoData } from '../../../src/core/demo/generate';

const today = '2026-11-23';
/** Due three days after opening: enough for these tests, which do not test the SLA rule. */
const threeDays: DueAtRule = (openedAt) => new Date(Date.parse(openedAt) + 3 * 86_400_000).toISOString();

describe('generateCaseActivity', () => {
  const data = generateDemoData({ partners: 4_000, seed: 5, today });
  const cases = generateCaseActivity(data.partners, data.owners, today, 5, threeDays);
  const partnersById = new Map(data.partners.map((partner) => [partner.id, partner]));
  const entriesByCase = new Map<string, typeof cases.entries>();
  for (const entry of cases.entries) {
    entriesByCase.set(entry.disputeId, [...(entriesByCase.get(entry.disputeId) ?? []), entry]);
  }

  it('is deterministic for a seed', () => {
    expect(generateCaseActivity(data.partners, data.owners, today, 5, threeDays)).toEqual(cases);
  });

  it('gives about half a case per partner and about ten timeline entries per case', () => {
    expect(cases.disputes.length / data.partners.length).toBeGreaterThan(0.45);
    expect(cases.disputes.length / data.partners.length).toBeLessThanOrEqual(0.5);
    const perCase = cases.entries.length / cases.disputes.length;
    expect(perCase).toBeGreaterThan(8);
    expect(perCase).toBeLessThan(12);
  });

  it('names two neighbouring partners in a channel conflict and one partner otherwise', () => {
    for (const dispute of cases.disputes) {
      const partners = dispute.partnerIds.map((id) => partnersById.get(id)!);
      expect(partners.every(Boolean)).toBe(true);
      if (dispute.kind === 'channel-conflict') {
        expect(new Set(dispute.partnerIds).size).toBe(2);
        expect(partners[0]!.region).toBe(partners[1]!.region);
      } else {
        expect(dispute.partnerIds).toHaveLength(1);
      }
    }
  });

  it('moves every case only along the workflow, with the texts a settled case needs', () => {
    for (const dispute of cases.disputes) {
      const entries = entriesByCase.get(dispute.id)!;
      expect(entries[0]!.kind).toBe('opened');
      let status: DisputeStatus = 'open';
      for (const entry of entries.filter((e) => e.kind === 'status')) {
        expect(entry.fromStatus).toBe(status);
        expect(disputeTransitions[status]).toContain(entry.toStatus);
        status = entry.toStatus!;
      }
      expect(dispute.status).toBe(status);
      if (status === 'resolved' || status === 'closed') {
        expect(dispute.resolution).not.toBe('');
        expect(dispute.resolvedAt).not.toBeNull();
      }
      if (status === 'closed') expect(dispute.lessonsLearned).not.toBe('');
      else expect(dispute.closedAt).toBeNull();
      const times = entries.map((entry) => entry.at);
      expect([...times].sort()).toEqual(times);
      expect(times.every((at) => at >= dispute.openedAt && at < `${today}T12:00`)).toBe(true);
      expect(entries.every((entry) => isValid(entry.id))).toBe(true);
    }
  });

  it('keeps most old cases settled and most of the last fortnight open', () => {
    const cutoffOld = new Date(Date.parse(today) - 90 * 86_400_000).toISOString();
    const cutoffNew = new Date(Date.parse(today) - 14 * 86_400_000).toISOString();
    const old = cases.disputes.filter((d) => d.openedAt < cutoffOld);
    const recent = cases.disputes.filter((d) => d.openedAt > cutoffNew);
    const openShare = (list: typeof old) =>
      list.filter((d) => isOpenDisputeStatus(d.status)).length / list.length;
    expect(openShare(old)).toBeLessThan(0.1);
    expect(openShare(recent)).toBeGreaterThan(0.6);
  });
});
