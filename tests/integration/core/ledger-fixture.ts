// Programs, enrolments, contacts and earned points for the ledger, rewards and statement tests,
// written as rows through the one write path (their own procedures belong to other features).
import { newId } from '../../../src/core/db/ids';
import type { contactLanguages } from '../../../src/shared/countries';
import type { AwardExplanation } from '../../../src/shared/programs';
import { enrolmentChanges, ledgerEntryChanges, programChanges } from './incentive-rows';
import { openLoyaltyFixture, type LoyaltyFixture } from './loyalty-fixture';

export interface LedgerFixture extends LoyaltyFixture {
  program(fields?: { name?: string; pointsExpiryMonths?: number | null; currency?: string }): Promise<string>;
  enroll(programId: string, partnerId: string, leftOn?: string | null): Promise<void>;
  /** An award as the rules engine posts it (permanent batch). */
  earn(
    programId: string,
    partnerId: string,
    points: number,
    postedOn: string,
    fields?: { expiresOn?: string | null; unit?: 'points' | 'money'; explanation?: AwardExplanation },
  ): Promise<string>;
  contact(
    partnerId: string,
    name: string,
    preferredLanguage: (typeof contactLanguages)[number],
  ): Promise<string>;
}

export async function openLedgerFixture(): Promise<LedgerFixture> {
  const base = await openLoyaltyFixture();
  const fixture: LedgerFixture = {
    ...base,
    async program({ name = 'Dealer Rewards 2026', pointsExpiryMonths = 12, currency = 'MYR' } = {}) {
      const id = newId();
      await base.write(
        `Create program ${name}`,
        programChanges(id, {
          name,
          startsOn: '2025-01-01',
          endsOn: '2026-12-31',
          currency,
          pointValueMinor: 1,
          pointsExpiryMonths,
        }),
      );
      return id;
    },
    async enroll(programId, partnerId, leftOn = null) {
      await base.write('Enrol partner', enrolmentChanges(programId, partnerId, '2025-01-01', leftOn));
    },
    async earn(programId, partnerId, points, postedOn, fields = {}) {
      const id = newId();
      await base.ctx.write({
        label: 'Award points',
        origin: 'local',
        permanent: true,
        changes: ledgerEntryChanges(id, {
          programId,
          partnerId,
          kind: 'earn',
          unit: fields.unit ?? 'points',
          amount: points,
          postedOn,
          expiresOn: fields.expiresOn ?? null,
          ruleKey: fields.explanation?.ruleKey ?? 'base',
          ruleVersion: 1,
          period: postedOn.slice(0, 7),
          explanation: fields.explanation ?? null,
        }),
      });
      return id;
    },
    async contact(partnerId, name, preferredLanguage) {
      const { id } = await base.call('contacts.create', {
        partnerId,
        name,
        preferredLanguage,
      });
      return id;
    },
  };
  return fixture;
}
