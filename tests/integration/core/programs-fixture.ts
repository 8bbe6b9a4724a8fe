// Programs on a real database file: the programs procedures as the core runs them, plus rows whose
// own procedures belong to other features (products, claims, ledger entries) written directly
// through the one write path.
import { rowChanges } from '../../../src/core/db/apply-changes';
import { newId } from '../../../src/core/db/ids';
import type { ClaimStatus } from '../../../src/shared/claims';
import type { ProgramInput, RuleInput } from '../../../src/shared/programs';
import { claimChanges, ledgerEntryChanges } from './incentive-rows';
import { openLoyaltyFixture, type LoyaltyFixture } from './loyalty-fixture';

export interface ProgramsFixture extends LoyaltyFixture {
  /** A program through programs.create (defaults: a 2026 rebate, budget 0). */
  program(fields?: Partial<ProgramInput>): Promise<string>;
  product(sku: string, category?: string): Promise<string>;
  deleteProduct(id: string): Promise<void>;
  claim(programId: string, partnerId: string, status?: ClaimStatus): Promise<string>;
  /** An earn entry: the program has awarded something, so its rules are frozen. */
  earn(programId: string, partnerId: string, amount: number, unit?: 'points' | 'money'): Promise<void>;
  revisionOf(programId: string): Promise<number>;
  lastBatchLabel(): Promise<string>;
}

export const pointsPerUnit = (key = 'base'): RuleInput => ({
  key,
  name: 'Points per unit',
  award: 'points',
  basis: 'units',
  calc: { kind: 'rate', rate: 10, every: 1 },
});

export async function openProgramsFixture(): Promise<ProgramsFixture> {
  const base = await openLoyaltyFixture();
  const fixture: ProgramsFixture = {
    ...base,
    async program(fields = {}) {
      const { id } = await base.call('programs.create', {
        name: 'Aircon rebate 2026',
        kind: 'rebate',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        budgetMinor: 0,
        pointValueMinor: 1,
        ...fields,
      });
      return id;
    },
    async product(sku, category = 'Aircon') {
      const id = newId();
      await base.write(`Add product ${sku}`, [
        ...rowChanges('products', id, { sku, name: sku, category, aliases: [], active: 1, deletedAt: null }),
      ]);
      return id;
    },
    async deleteProduct(id) {
      await base.write('Delete product', [
        { table: 'products', rowId: id, field: 'deletedAt', value: new Date().toISOString() },
      ]);
    },
    async claim(programId, partnerId, status = 'submitted') {
      const id = newId();
      const invoice = `INV-${id.slice(-6)}`;
      await base.write(
        `Claim ${invoice}`,
        claimChanges(id, {
          programId,
          partnerId,
          invoiceNumber: invoice,
          invoiceKey: invoice,
          invoiceDate: '2026-03-10',
          status,
        }),
      );
      return id;
    },
    async earn(programId, partnerId, amount, unit = 'points') {
      await base.ctx.write({
        label: 'Award',
        origin: 'local',
        permanent: true,
        changes: ledgerEntryChanges(newId(), {
          programId,
          partnerId,
          kind: 'earn',
          unit,
          amount,
          postedOn: '2026-03-15',
          ruleKey: 'base',
          ruleVersion: 1,
          period: '2026-03',
        }),
      });
    },
    async revisionOf(programId) {
      return (await base.call('programs.get', { id: programId })).revision;
    },
    async lastBatchLabel() {
      const row = await base.ctx.db
        .selectFrom('batches')
        .select('label')
        .orderBy('hlc', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      return row.label;
    },
  };
  return fixture;
}
