import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netPromoterScore, npsCategory, npsCategories, tallyNps } from '../../src/shared/surveys';

const answer = fc.integer({ min: 0, max: 10 });

describe('NPS arithmetic', () => {
  it('puts 9-10 among promoters, 7-8 among passives and 0-6 among detractors', () => {
    expect(Array.from({ length: 11 }, (_, n) => npsCategory(n))).toEqual([
      ...Array<string>(7).fill('detractor'),
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('the categories partition 0..10: every answer has exactly one, and each category is one interval', () => {
    fc.assert(
      fc.property(answer, answer, (a, b) => {
        expect(npsCategories).toContain(npsCategory(a));
        // A higher answer is never in a lower category.
        const rank = (n: number) => npsCategories.length - npsCategories.indexOf(npsCategory(n));
        if (a <= b) expect(rank(a)).toBeLessThanOrEqual(rank(b));
      }),
    );
  });

  it('a tally counts every answer once', () => {
    fc.assert(
      fc.property(fc.array(answer), (answers) => {
        const tally = tallyNps(answers);
        expect(tally.promoters + tally.passives + tally.detractors).toBe(answers.length);
        expect(tally.promoters).toBe(answers.filter((n) => n >= 9).length);
        expect(tally.detractors).toBe(answers.filter((n) => n <= 6).length);
      }),
    );
  });

  it('the score is a whole number from -100 to 100, null only without answers', () => {
    fc.assert(
      fc.property(fc.array(answer), (answers) => {
        const score = netPromoterScore(tallyNps(answers));
        if (answers.length === 0) expect(score).toBeNull();
        else {
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(-100);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('passives dilute but never change the sign; only promoters give 100, only detractors -100', () => {
    fc.assert(
      fc.property(
        fc.array(answer, { minLength: 1 }),
        fc.integer({ min: 1, max: 50 }),
        (answers, passives) => {
          const tally = tallyNps(answers);
          const before = netPromoterScore(tally) ?? 0;
          const after = netPromoterScore({ ...tally, passives: tally.passives + passives }) ?? 0;
          expect(Math.abs(after)).toBeLessThanOrEqual(Math.abs(before));
          expect(Math.sign(after) === Math.sign(before) || after === 0).toBe(true);
        },
      ),
    );
    expect(netPromoterScore(tallyNps([9, 10, 10]))).toBe(100);
    expect(netPromoterScore(tallyNps([0, 6]))).toBe(-100);
    expect(netPromoterScore(tallyNps([7, 8]))).toBe(0);
  });

  it('one more promoter never lowers the score, one more detractor never raises it', () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1 }), (answers) => {
        const score = netPromoterScore(tallyNps(answers)) ?? 0;
        expect(netPromoterScore(tallyNps([...answers, 10]))).toBeGreaterThanOrEqual(score);
        expect(netPromoterScore(tallyNps([...answers, 0]))).toBeLessThanOrEqual(score);
      }),
    );
  });

  it('rounds: 2 promoters, 1 detractor of 3 answers is 33', () => {
    expect(netPromoterScore({ promoters: 2, passives: 0, detractors: 1 })).toBe(33);
    expect(netPromoterScore({ promoters: 2, passives: 1, detractors: 0 })).toBe(67);
  });
});
