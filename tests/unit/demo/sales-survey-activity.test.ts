// The demo sales and survey history: reproducible, one row per partner and month inside the
// partnership (or all 24 months for the benchmark's shape), the sharp recent drops the churn rules
// should catch, and survey answers that follow how each partner's sales went.
import { describe, expect, it } from 'vitest';
import { derivedId } from '../../../src/core/db/ids';
import { generateDemoData } from '../../../src/core/demo/generate';
import { demoSalesMonths, generateSalesActivity } from '../../../src/core/demo/sales-activity';
import { generateSurveyActivity } from '../../../src/core/demo/survey-activity';
import { addMonths, monthOf } from '../../../src/shared/periods';
import { npsCategory } from '../../../src/shared/surveys';

const today = '2026-11-23';
const thisMonth = monthOf(today);

describe('generateSalesActivity', () => {
  const data = generateDemoData({ partners: 3_000, seed: 4, today });
  const sales = generateSalesActivity(data.partners, 'MYR', today, 4);
  const partnersById = new Map(data.partners.map((partner) => [partner.id, partner]));

  it('is deterministic for a seed', () => {
    expect(generateSalesActivity(data.partners, 'MYR', today, 4)).toEqual(sales);
  });

  it('records each partner-month once, under the id the app derives, within the last 24 full months', () => {
    const keys = sales.records.map((row) => `${row.partnerId}:${row.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of sales.records) {
      expect(row.id).toBe(derivedId('sales', row.partnerId, row.period));
      expect(row.period >= addMonths(thisMonth, -demoSalesMonths)).toBe(true);
      expect(row.period < thisMonth).toBe(true);
      expect(row.revenueMinor).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(row.revenueMinor)).toBe(true);
      expect(row.currency).toBe('MYR');
      const partner = partnersById.get(row.partnerId)!;
      expect(partner.status).not.toBe('prospect');
      expect(
        row.period >= monthOf(partner.partnershipStart!) || row.period === addMonths(thisMonth, -24),
      ).toBe(true);
    }
  });

  it('gives every partner all 24 months in the benchmark shape', () => {
    const full = generateSalesActivity(data.partners, 'MYR', today, 4, { fullHistory: true });
    expect(full.records).toHaveLength(data.partners.length * demoSalesMonths);
  });

  it('makes "dropping" partners sell far less in the last three months than in the three before', () => {
    const revenue = new Map<string, number[]>();
    for (const row of sales.records) {
      const months = revenue.get(row.partnerId) ?? Array<number>(demoSalesMonths + 1).fill(0);
      const age =
        (Number(thisMonth.slice(0, 4)) - Number(row.period.slice(0, 4))) * 12 +
        Number(thisMonth.slice(5)) -
        Number(row.period.slice(5));
      months[age] = row.revenueMinor;
      revenue.set(row.partnerId, months);
    }
    const dropping = [...sales.courses].filter(([, course]) => course === 'dropping').map(([id]) => id);
    expect(dropping.length).toBeGreaterThan(100);
    let fell = 0;
    for (const id of dropping) {
      const months = revenue.get(id);
      if (!months) continue;
      const recent = months[1]! + months[2]! + months[3]!;
      const before = months[4]! + months[5]! + months[6]!;
      if (before > 0 && recent <= before * 0.7) fell++;
    }
    expect(fell / dropping.length).toBeGreaterThan(0.8);
  });

  it('uses whole units for currencies without minor digits', () => {
    const rupiah = generateSalesActivity(data.partners.slice(0, 50), 'IDR', today, 4);
    const ringgit = generateSalesActivity(data.partners.slice(0, 50), 'MYR', today, 4);
    const ratio = rupiah.records[0]!.revenueMinor / ringgit.records[0]!.revenueMinor;
    // 16,000 rupiah and 4.50 ringgit (450 sen) to the dollar.
    expect(ratio).toBeGreaterThan(30);
    expect(ratio).toBeLessThan(40);
  });
});

describe('generateSurveyActivity', () => {
  const data = generateDemoData({ partners: 3_000, seed: 5, today });
  const sales = generateSalesActivity(data.partners, 'MYR', today, 5);
  const answers = generateSurveyActivity(data.partners, data.contacts, sales.courses, today, 5);
  const contactsById = new Map(data.contacts.map((contact) => [contact.id, contact]));

  it('is deterministic, about two answers per partner, each by a contact of that partner in the past', () => {
    expect(generateSurveyActivity(data.partners, data.contacts, sales.courses, today, 5)).toEqual(answers);
    expect(answers.length / data.partners.length).toBeGreaterThan(1.2);
    expect(answers.length / data.partners.length).toBeLessThan(3);
    expect(new Set(answers.map((answer) => answer.id)).size).toBe(answers.length);
    for (const answer of answers) {
      expect(contactsById.get(answer.contactId)!.partnerId).toBe(answer.partnerId);
      expect(answer.answeredOn < today).toBe(true);
      expect(answer.nps).toBeGreaterThanOrEqual(0);
      expect(answer.nps).toBeLessThanOrEqual(10);
      expect(answer.id).toBe(derivedId('survey', answer.partnerId, answer.contactId, answer.answeredOn));
    }
  });

  it('turns partners whose sales are dropping into detractors more often than growing ones', () => {
    const detractorShare = (course: string) => {
      const latest = answers.filter(
        (answer) => sales.courses.get(answer.partnerId) === course && answer.answeredOn >= '2026-10-01',
      );
      return latest.filter((answer) => npsCategory(answer.nps) === 'detractor').length / latest.length;
    };
    expect(detractorShare('dropping')).toBeGreaterThan(detractorShare('growing') + 0.3);
  });
});
