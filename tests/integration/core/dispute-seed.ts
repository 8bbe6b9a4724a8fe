// Writes cases straight into a test database file, with exact opening, due and resolution instants,
// so list, report and library tests can pin ages and SLA breaches without waiting for the clock.
// The core must be closed while this runs (the database is opened in exclusive mode).
import path from 'node:path';
import { databaseFileName } from '../../../src/core/core';
import { openDatabase } from '../../../src/core/db/open-database';
import { newId } from '../../../src/core/db/ids';
import type { DisputesTable } from '../../../src/core/db/database';

export type SeedCase = Partial<Omit<DisputesTable, 'partnerIds'>> & {
  title: string;
  partnerIds: string[];
};

const hour = 3_600_000;

/** An instant `hours` before now (negative: in the future), as the core stores instants. */
export function hoursAgo(hours: number, now = Date.now()): string {
  return new Date(now - hours * hour).toISOString();
}

export async function seedCases(dataDir: string, cases: readonly SeedCase[]): Promise<string[]> {
  const { db } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
  try {
    const ids: string[] = [];
    for (const seed of cases) {
      const id = seed.id ?? newId();
      const openedAt = seed.openedAt ?? hoursAgo(2);
      await db
        .insertInto('disputes')
        .values({
          kind: 'price',
          description: '',
          contactIds: '[]',
          teammateIds: '[]',
          reporterId: null,
          ownerId: null,
          severity: 'medium',
          status: 'open',
          rootCause: null,
          compensationMinor: null,
          compensationCurrency: null,
          resolution: '',
          lessonsLearned: '',
          slaStartedAt: openedAt,
          dueAt: hoursAgo(-72),
          resolvedAt: null,
          closedAt: null,
          timeZone: 'UTC',
          revision: 0,
          createdAt: openedAt,
          updatedAt: openedAt,
          deletedAt: null,
          ...seed,
          id,
          openedAt,
          partnerIds: JSON.stringify(seed.partnerIds),
        })
        .execute();
      ids.push(id);
    }
    return ids;
  } finally {
    await db.destroy();
  }
}
