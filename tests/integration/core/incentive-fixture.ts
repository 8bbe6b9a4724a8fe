// Programs, rule versions, enrolments, products and claims written straight through the one write
// path (as their own procedures would), for the tests of award posting, claim decisions and the
// month's settlement check.
import { rowChanges } from '../../../src/core/db/apply-changes';
import { newId } from '../../../src/core/db/ids';
import type { LedgerEntriesTable } from '../../../src/core/db/database';
import { ruleSchema, type AwardExplanation, type RuleInput } from '../../../src/shared/programs';
import { claimChanges, enrolmentChanges, programChanges } from './incentive-rows';
import { openLoyaltyFixture, type LoyaltyFixture } from './loyalty-fixture';

export interface ClaimLineSpec {
  productId: string;
  quantity: number;
  amountMinor: number;
}

export type LedgerRow = Omit<LedgerEntriesTable, 'explanation'> & {
  id: string;
  explanation: AwardExplanation | null;
};

export interface IncentiveFixture extends LoyaltyFixture {
  program(fields?: Record<string, unknown>): Promise<string>;
  rules(programId: string, rules: RuleInput[], version?: number, effectiveFrom?: string): Promise<void>;
  enroll(programId: string, partnerId: string): Promise<void>;
  product(sku: string, category: string): Promise<string>;
  claim(
    programId: string,
    partnerId: string,
    invoiceNumber: string,
    invoiceDate: string,
    lines: ClaimLineSpec[],
  ): Promise<string>;
  revisionOf(claimId: string): Promise<number>;
  decide(
    claimId: string,
    decision: 'approve' | 'reject' | 'reverse',
    today: string,
    reason?: string,
  ): Promise<string>;
  ledger(programId: string, partnerId?: string): Promise<LedgerRow[]>;
  points(programId: string, partnerId: string): Promise<number>;
}

export async function openIncentiveFixture(): Promise<IncentiveFixture> {
  const base = await openLoyaltyFixture();
  const fx: IncentiveFixture = {
    ...base,
    async program(fields = {}) {
      const id = newId();
      await base.write(
        'Create program',
        programChanges(id, {
          name: 'Aircon Push 2026',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          budgetMinor: 10_000_000,
          pointValueMinor: 1,
          pointsExpiryMonths: 12,
          ...fields,
        }),
      );
      return id;
    },
    async rules(programId, rules, version = 1, effectiveFrom = '2026-01-01') {
      await base.write('Save rules', [
        ...rowChanges('programRuleVersions', newId(), {
          programId,
          version,
          effectiveFrom,
          rules: rules.map((rule) => ruleSchema.parse(rule)),
          deletedAt: null,
        }),
      ]);
    },
    async enroll(programId, partnerId) {
      await base.write('Enrol', enrolmentChanges(programId, partnerId, '2026-01-01'));
    },
    async product(sku, category) {
      const id = newId();
      await base.write(`Add product ${sku}`, [
        ...rowChanges('products', id, { sku, name: sku, category, aliases: [], active: 1, deletedAt: null }),
      ]);
      return id;
    },
    async claim(programId, partnerId, invoiceNumber, invoiceDate, lines) {
      const id = newId();
      await base.write(
        `Enter claim ${invoiceNumber}`,
        claimChanges(id, {
          programId,
          partnerId,
          invoiceNumber,
          invoiceKey: invoiceNumber.toUpperCase(),
          invoiceDate,
          lines: lines.map((line) => ({ sku: 'X', serialNumbers: [], ...line })),
          lineCount: lines.length,
          totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0),
          units: lines.reduce((sum, line) => sum + line.quantity, 0),
        }),
      );
      return id;
    },
    async revisionOf(claimId) {
      const row = await base.ctx.db
        .selectFrom('claims')
        .select('revision')
        .where('id', '=', claimId)
        .executeTakeFirstOrThrow();
      return row.revision;
    },
    async decide(claimId, decision, today, reason = '') {
      const result = await base.call('claims.decide', {
        id: claimId,
        revision: await fx.revisionOf(claimId),
        decision,
        reason,
        today,
      });
      return result.batchId;
    },
    async ledger(programId, partnerId) {
      let query = base.ctx.db.selectFrom('ledgerEntries').selectAll().where('programId', '=', programId);
      if (partnerId) query = query.where('partnerId', '=', partnerId);
      const rows = await query.orderBy('createdAt').orderBy('id').execute();
      return rows.map((row) => ({
        ...row,
        explanation: row.explanation ? (JSON.parse(row.explanation) as AwardExplanation) : null,
      }));
    },
    async points(programId, partnerId) {
      const rows = await fx.ledger(programId, partnerId);
      return rows.filter((row) => row.unit === 'points').reduce((sum, row) => sum + row.amount, 0);
    },
  };
  return fx;
}
