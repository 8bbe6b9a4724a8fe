// Rows the funds, leaderboard and results tests stand on — programs, enrolments, claims, ledger
// entries and monthly sales — written straight through the one write path (their own procedures
// belong to other features), on top of the loyalty fixture's real database file.
import { rowChanges } from '../../../src/core/db/apply-changes';
import { derivedId, newId } from '../../../src/core/db/ids';
import type { RuleInput } from '../../../src/shared/programs';
import { claimChanges, enrolmentChanges, ledgerEntryChanges, programChanges } from './incentive-rows';
import { openLoyaltyFixture, type LoyaltyFixture } from './loyalty-fixture';

export interface ProgramRow {
  name?: string;
  kind?: string;
  startsOn: string;
  endsOn: string;
  budgetMinor?: number;
  currency?: string;
  pointValueMinor?: number;
  status?: 'draft' | 'active' | 'ended';
}

export interface GamificationFixture extends LoyaltyFixture {
  program(fields: ProgramRow, rules?: RuleInput[]): Promise<string>;
  enroll(programId: string, partnerIds: readonly string[], enrolledOn?: string): Promise<void>;
  /** A claim decided on `decidedOn` (status approved unless told). */
  claim(
    programId: string,
    partnerId: string,
    fields: {
      invoiceDate: string;
      decidedOn?: string | null;
      status?: string;
      totalMinor?: number;
      units?: number;
    },
  ): Promise<string>;
  /** Ledger entries in one permanent batch. */
  ledger(
    programId: string,
    entries: readonly {
      partnerId: string;
      kind: string;
      unit?: string;
      amount: number;
      postedOn: string;
      ruleKey?: string;
    }[],
  ): Promise<void>;
  /** A partner's sales in a month (YYYY-MM). */
  salesIn(partnerId: string, period: string, revenueMinor: number, currency?: string): Promise<void>;
}

export async function openGamificationFixture(): Promise<GamificationFixture> {
  const base = await openLoyaltyFixture();
  const fixture: GamificationFixture = {
    ...base,
    async program(fields, rules = []) {
      const id = newId();
      await base.write(`Create program ${fields.name ?? 'Dealer rewards'}`, [
        ...programChanges(id, {
          name: fields.name ?? 'Dealer rewards',
          kind: fields.kind ?? 'mdf',
          startsOn: fields.startsOn,
          endsOn: fields.endsOn,
          budgetMinor: fields.budgetMinor ?? 0,
          currency: fields.currency ?? 'MYR',
          pointValueMinor: fields.pointValueMinor ?? 0,
          status: fields.status ?? 'active',
        }),
        ...rowChanges('programRuleVersions', newId(), {
          programId: id,
          version: 1,
          effectiveFrom: fields.startsOn,
          rules,
          deletedAt: null,
        }),
      ]);
      return id;
    },
    async enroll(programId, partnerIds, enrolledOn = '2026-01-01') {
      await base.write(
        'Enrol partners',
        partnerIds.flatMap((partnerId) => enrolmentChanges(programId, partnerId, enrolledOn)),
      );
    },
    async claim(programId, partnerId, fields) {
      const id = newId();
      const status = fields.status ?? 'approved';
      await base.write(
        'Enter claim',
        claimChanges(id, {
          programId,
          partnerId,
          invoiceNumber: `INV-${id.slice(-6)}`,
          invoiceKey: `INV-${id.slice(-6)}`,
          invoiceDate: fields.invoiceDate,
          lineCount: 1,
          totalMinor: fields.totalMinor ?? 10_000,
          units: fields.units ?? 1,
          status,
          decidedOn: status === 'submitted' ? null : (fields.decidedOn ?? fields.invoiceDate),
        }),
      );
      return id;
    },
    async ledger(programId, entries) {
      await base.ctx.write({
        label: 'Post ledger entries',
        origin: 'local',
        permanent: true,
        changes: entries.flatMap((entry) =>
          ledgerEntryChanges(newId(), {
            programId,
            partnerId: entry.partnerId,
            kind: entry.kind,
            unit: entry.unit ?? 'points',
            amount: entry.amount,
            postedOn: entry.postedOn,
            ruleKey: entry.ruleKey ?? null,
            ruleVersion: entry.ruleKey ? 1 : null,
          }),
        ),
      });
    },
    async salesIn(partnerId, period, revenueMinor, currency = 'MYR') {
      await base.write(`Record sales ${period}`, [
        ...rowChanges('salesRecords', derivedId('sales', partnerId, period), {
          partnerId,
          period,
          revenueMinor,
          currency,
          units: 0,
          orders: 1,
          note: '',
          importId: null,
          deletedAt: null,
        }),
      ]);
    },
  };
  return fixture;
}
