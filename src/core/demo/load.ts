// Loads a generated demo data set through the one write path, as a single undoable batch. The
// first demo owner's portfolio goes to the local user, so "my partners" is never empty.
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { analyzeAfterBulkLoad } from '../db/open-database';
import { generateDemoData } from './generate';

export interface DemoLoadResult {
  partners: number;
  contacts: number;
  owners: number;
}

export async function loadDemoData(
  ctx: CoreContext,
  partnerCount: number,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<DemoLoadResult> {
  const data = generateDemoData({ partners: partnerCount, seed: Date.now() % 1_000_000, today });
  const [mine, ...teammates] = data.owners;
  const changes: FieldChange[] = [];
  for (const { id, ...fields } of teammates) {
    changes.push(...rowChanges('owners', id, { ...fields, deletedAt: null }));
  }
  for (const { id, createdAt: _createdAt, ...fields } of data.partners) {
    const ownerId = mine && fields.ownerId === mine.id ? ctx.selfOwnerId : fields.ownerId;
    changes.push(...rowChanges('partners', id, { ...fields, ownerId, deletedAt: null }));
  }
  for (const { id, createdAt: _createdAt, birthdayLunar, ...fields } of data.contacts) {
    changes.push(
      ...rowChanges('contacts', id, { ...fields, birthdayLunar: birthdayLunar ? 1 : 0, deletedAt: null }),
    );
  }
  await ctx.write({ label: 'Load demo data', origin: 'local', changes });
  // A large load changes the data's shape; fresh statistics keep list queries on good plans.
  await analyzeAfterBulkLoad(ctx.db);
  return { partners: data.partners.length, contacts: data.contacts.length, owners: teammates.length + 1 };
}
