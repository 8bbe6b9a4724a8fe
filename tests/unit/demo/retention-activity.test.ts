// The demo retention history: reproducible, a partner in sixty at risk at some point, at most one
// open case per partner, churned partners' cases churned, actions following the shipped playbook.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../src/core/demo/generate';
import { generateRetentionActivity } from '../../../src/core/demo/retention-activity';
import { defaultPlaybook } from '../../../src/core/retention/default-playbooks';

const today = '2026-11-23';

describe('generateRetentionActivity', () => {
  const data = generateDemoData({ partners: 6_000, seed: 9, today });
  const retention = generateRetentionActivity(data.partners, data.owners, today, 9);
  const partnersById = new Map(data.partners.map((partner) => [partner.id, partner]));

  it('is deterministic for a seed', () => {
    expect(generateRetentionActivity(data.partners, data.owners, today, 9)).toEqual(retention);
  });

  it('puts about one partner in sixty at risk, never a prospect, with one case each', () => {
    const share = retention.cases.length / data.partners.length;
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.025);
    const partnerIds = retention.cases.map((c) => c.partnerId);
    expect(new Set(partnerIds).size).toBe(partnerIds.length);
    expect(partnerIds.some((id) => partnersById.get(id)!.status === 'prospect')).toBe(false);
  });

  it('decides old cases, keeps recent ones open, and churns the cases of churned partners', () => {
    for (const item of retention.cases) {
      if (partnersById.get(item.partnerId)!.status === 'churned') expect(item.outcome).toBe('churned');
      if (item.outcome === 'open') {
        expect(item.outcomeOn).toBeNull();
        expect(item.openedOn >= '2026-10-29').toBe(true);
      } else {
        expect(item.outcomeOn! > item.openedOn).toBe(true);
      }
    }
    const outcomes = new Set(retention.cases.map((c) => c.outcome));
    expect([...outcomes].sort()).toEqual(['churned', 'open', 'retained']);
  });

  it("creates the playbook's steps as actions due on or after the opening, open only on open cases", () => {
    for (const item of retention.cases) {
      const actions = retention.actions.filter((a) => a.caseId === item.id);
      expect(actions.map((a) => a.stepKey)).toEqual(
        defaultPlaybook(item.playbookId)!.steps.map((s) => s.key),
      );
      for (const action of actions) {
        expect(action.dueDate >= item.openedOn).toBe(true);
        if (item.outcome !== 'open') expect(['done', 'cancelled']).toContain(action.status);
      }
    }
  });
});
