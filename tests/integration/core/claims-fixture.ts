// Programs and enrolments for the catalog and claims tests, written as rows through the one write
// path (their own procedures belong to the programs feature), on the loyalty fixture's core.
import { rowChanges } from '../../../src/core/db/apply-changes';
import { newId } from '../../../src/core/db/ids';
import type { ProgramStatus, RuleInput } from '../../../src/shared/programs';
import { enrolmentChanges, programChanges } from './incentive-rows';
import { openLoyaltyFixture, type LoyaltyFixture } from './loyalty-fixture';

export interface ClaimsFixture extends LoyaltyFixture {
  program(fields: {
    name: string;
    startsOn: string;
    endsOn: string;
    status?: ProgramStatus;
    currency?: string;
    rules?: RuleInput[];
  }): Promise<string>;
  enroll(programId: string, partnerId: string, leftOn?: string | null): Promise<void>;
  product(sku: string, name: string, aliases?: string[], category?: string): Promise<string>;
}

export async function openClaimsFixture(): Promise<ClaimsFixture> {
  const base = await openLoyaltyFixture();
  const fixture: ClaimsFixture = {
    ...base,
    async program({ name, startsOn, endsOn, status = 'active', currency = 'MYR', rules = [] }) {
      const id = newId();
      await base.write(`Create program ${name}`, [
        ...programChanges(id, { name, startsOn, endsOn, currency, status }),
        ...rowChanges('programRuleVersions', newId(), {
          programId: id,
          version: 1,
          effectiveFrom: startsOn,
          rules: rules as never,
          deletedAt: null,
        }),
      ]);
      return id;
    },
    async enroll(programId, partnerId, leftOn = null) {
      await base.write('Enrol partner', enrolmentChanges(programId, partnerId, '2026-01-01', leftOn));
    },
    async product(sku, name, aliases = [], category = '') {
      const { id } = await base.call('products.create', { sku, name, aliases, category });
      return id;
    },
  };
  return fixture;
}
