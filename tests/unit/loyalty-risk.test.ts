import { describe, expect, it } from 'vitest';
import { assessRisk, type RiskSignals } from '../../src/core/loyalty/risk';
import { casePlaybookFor, caseReasonText } from '../../src/core/loyalty/case-reasons';
import { defaultChurnRules, type ChurnRules } from '../../src/shared/loyalty';

const calm: RiskSignals = {
  salesDrop: { recentMinor: 100, priorMinor: 100 },
  daysWithoutContact: 10,
  lastContactOn: '2026-06-09',
  contactCountedFrom: '2026-06-09',
  detractorDaysAgo: null,
  detractorOn: null,
  worstOpenSeverity: null,
  openDisputes: 0,
  brokenCommitments: 0,
  tierDrop: null,
};

/** Monthly revenue, oldest first, summed into the rule's last N months and the N before. */
function salesHistory(months: number[], window: number): RiskSignals['salesDrop'] {
  const recent = months.slice(-window).reduce((a, b) => a + b, 0);
  const prior = months.slice(-2 * window, -window).reduce((a, b) => a + b, 0);
  return { recentMinor: recent, priorMinor: prior };
}

const rules = (change: Partial<ChurnRules> = {}): ChurnRules => ({ ...defaultChurnRules, ...change });

describe('assessRisk', () => {
  it('says none when no rule fires', () => {
    expect(assessRisk(calm, rules())).toEqual({ level: 'none', reasons: [] });
  });

  it('flags sales falling by the percentage over N months against the N before, exactly at the line', () => {
    const history = [100, 100, 100, 70, 70, 70]; // three months at 300, three at 210: -30 %
    const result = assessRisk({ ...calm, salesDrop: salesHistory(history, 3) }, rules());
    expect(result.level).toBe('at-risk');
    expect(result.reasons[0]).toMatchObject({ rule: 'salesDrop', detail: { percent: 30, months: 3 } });
    // 29 % is not 30 %.
    const milder = salesHistory([100, 100, 100, 71, 71, 71], 3);
    expect(assessRisk({ ...calm, salesDrop: milder }, rules()).reasons).toEqual([]);
    // No months before: nothing to compare.
    expect(assessRisk({ ...calm, salesDrop: salesHistory([0, 0, 0, 5, 5, 5], 3) }, rules()).level).toBe(
      'none',
    );
    // A six-month rule reads the longer history.
    const sixMonths = rules({ salesDrop: { ...defaultChurnRules.salesDrop, months: 6, percent: 50 } });
    const long = salesHistory([10, 10, 10, 10, 10, 10, 5, 5, 5, 5, 5, 4], 6);
    expect(assessRisk({ ...calm, salesDrop: long }, sixMonths).reasons[0]?.detail.percent).toBe(51);
  });

  it('watches a partner without contact for N days, counted from the last contact', () => {
    expect(assessRisk({ ...calm, daysWithoutContact: 89 }, rules()).level).toBe('none');
    const quiet = assessRisk({ ...calm, daysWithoutContact: 90 }, rules());
    expect(quiet.level).toBe('watch');
    expect(quiet.reasons[0]).toMatchObject({ rule: 'noContact', detail: { since: '2026-06-09', limit: 90 } });
  });

  it('flags a detractor answer only within its days', () => {
    const recent = { ...calm, detractorDaysAgo: 180, detractorOn: '2025-12-11' };
    expect(assessRisk(recent, rules()).reasons.map((r) => r.rule)).toEqual(['detractor']);
    expect(assessRisk({ ...recent, detractorDaysAgo: 181 }, rules()).reasons).toEqual([]);
  });

  it('flags an open dispute of the minimum severity or worse', () => {
    expect(assessRisk({ ...calm, worstOpenSeverity: 'medium', openDisputes: 2 }, rules()).level).toBe('none');
    expect(assessRisk({ ...calm, worstOpenSeverity: 'high', openDisputes: 1 }, rules()).level).toBe(
      'at-risk',
    );
    expect(assessRisk({ ...calm, worstOpenSeverity: 'critical', openDisputes: 1 }, rules()).level).toBe(
      'at-risk',
    );
  });

  it('watches N broken commitments, and a recent tier drop', () => {
    expect(assessRisk({ ...calm, brokenCommitments: 1 }, rules()).level).toBe('none');
    expect(assessRisk({ ...calm, brokenCommitments: 2 }, rules()).reasons[0]?.rule).toBe('brokenCommitments');
    const drop = { daysAgo: 90, on: '2026-03-21', fromName: 'Gold', toName: 'Silver' };
    expect(assessRisk({ ...calm, tierDrop: drop }, rules()).reasons[0]).toMatchObject({
      rule: 'tierDrop',
      level: 'watch',
    });
    expect(assessRisk({ ...calm, tierDrop: { ...drop, daysAgo: 91 } }, rules()).reasons).toEqual([]);
  });

  it('takes the highest level, and critical when enough at-risk signals come together', () => {
    const two = { ...calm, daysWithoutContact: 200, worstOpenSeverity: 'high' as const, openDisputes: 1 };
    expect(assessRisk(two, rules()).level).toBe('at-risk');
    const three = { ...two, salesDrop: { recentMinor: 10, priorMinor: 100 } };
    const result = assessRisk(three, rules());
    expect(result.level).toBe('critical');
    expect(result.reasons.map((r) => r.rule).sort()).toEqual(['noContact', 'openDispute', 'salesDrop']);
    expect(assessRisk(three, rules({ criticalWhenSignals: 3 })).level).toBe('at-risk');
  });

  it('ignores disabled rules, and a rule set to critical makes the partner critical', () => {
    const off = rules({ noContact: { ...defaultChurnRules.noContact, enabled: false } });
    expect(assessRisk({ ...calm, daysWithoutContact: 500 }, off).level).toBe('none');
    const strict = rules({ noContact: { ...defaultChurnRules.noContact, level: 'critical' } });
    expect(assessRisk({ ...calm, daysWithoutContact: 500 }, strict).level).toBe('critical');
  });
});

describe('retention cases from churn risk', () => {
  it('suggest the playbook of the strongest reason and list every reason in plain English', () => {
    const { reasons } = assessRisk(
      { ...calm, daysWithoutContact: 200, salesDrop: { recentMinor: 50, priorMinor: 100 } },
      rules(),
    );
    expect(casePlaybookFor(reasons)).toEqual({
      situation: 'falling-orders',
      playbookId: '0000000000000000000000PB01',
    });
    expect(caseReasonText(reasons)).toBe(
      'The loyalty score flagged this partner as at risk. Sales fell 50% over the last 3 months against the 3 months before. No contact since 2026-06-09.',
    );
    const dispute = assessRisk({ ...calm, worstOpenSeverity: 'critical', openDisputes: 1 }, rules()).reasons;
    expect(casePlaybookFor(dispute).situation).toBe('major-dispute');
    const drop = rules({ tierDrop: { ...defaultChurnRules.tierDrop, level: 'at-risk' } });
    const dropped = assessRisk(
      { ...calm, tierDrop: { daysAgo: 1, on: '2026-06-18', fromName: 'Gold', toName: 'Silver' } },
      drop,
    ).reasons;
    expect(casePlaybookFor(dropped)).toEqual({
      situation: 'tier-drop',
      playbookId: '0000000000000000000000PB02',
    });
  });
});
