import { describe, expect, it } from 'vitest';
import { disputeStatuses, type DisputeStatus } from '../../../src/shared/disputes';
import { allowedList, checkTransition, isReopen, requiredTextKey } from '../../../src/core/disputes/workflow';

/** The workflow of the issue, written out independently of the table it checks. */
const expected: Record<DisputeStatus, DisputeStatus[]> = {
  open: ['investigating', 'escalated'],
  investigating: ['resolution-proposed', 'escalated'],
  'resolution-proposed': ['resolved', 'investigating', 'escalated'],
  escalated: ['investigating', 'resolution-proposed'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

describe('the case workflow', () => {
  for (const from of disputeStatuses) {
    for (const to of disputeStatuses) {
      const allowed = expected[from].includes(to);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        const check = checkTransition(from, to);
        expect(check.ok).toBe(allowed);
        if (!check.ok) expect([...check.allowed].sort()).toEqual([...expected[from]].sort());
      });
    }
  }

  it('never allows staying in the same status', () => {
    for (const status of disputeStatuses) expect(checkTransition(status, status).ok).toBe(false);
  });

  it('lists the allowed moves as an English phrase', () => {
    expect(allowedList(['closed', 'open'])).toBe('closed or open');
    expect(allowedList(['resolved', 'investigating', 'escalated'])).toBe(
      'resolved, investigating or escalated',
    );
    expect(allowedList(['resolution-proposed'])).toBe('resolution proposed');
  });

  it('asks for a resolution, lessons learned or a reason where the issue requires one', () => {
    expect(requiredTextKey('resolution-proposed', 'resolved')).toBe('validation.resolutionRequired');
    expect(requiredTextKey('resolved', 'closed')).toBe('validation.lessonsRequired');
    expect(requiredTextKey('resolved', 'open')).toBe('validation.reasonRequired');
    expect(requiredTextKey('closed', 'open')).toBe('validation.reasonRequired');
    expect(requiredTextKey('open', 'escalated')).toBeNull();
    expect(requiredTextKey('open', 'investigating')).toBeNull();
    expect(isReopen('closed', 'open')).toBe(true);
    expect(isReopen('resolved', 'closed')).toBe(false);
  });
});
