// Writes loyalty inputs and derived rows straight into a test database file (the core must be
// closed: the file is opened in exclusive mode): partner scores and snapshots as the loyalty
// engine would leave them, sales and survey rows (their monthly aggregates follow by trigger),
// and partners' status days for the retention rate.
import path from 'node:path';
import { databaseFileName } from '../../../src/core/core';
import { derivedId, newId } from '../../../src/core/db/ids';
import { openDatabase } from '../../../src/core/db/open-database';
import { localToday } from '../../../src/core/care/calendar-dates';
import { lastFullRecomputeKey } from '../../../src/core/loyalty/recompute-all';
import type { RiskLevel } from '../../../src/shared/loyalty';
import type { PartnerStatus } from '../../../src/shared/partners';

export interface SeedScore {
  partnerId: string;
  score: number;
  tier: string;
  riskLevel: RiskLevel;
}
export interface SeedSale {
  partnerId: string;
  period: string;
  revenueMinor: number;
  orders?: number;
  currency?: string;
}
export interface SeedAnswer {
  partnerId: string;
  answeredOn: string;
  nps: number | null;
  satisfaction?: number | null;
}
export interface SeedSnapshot {
  day: string;
  region: string;
  ownerId?: string;
  tier: string;
  riskLevel: RiskLevel;
  partners: number;
}
export interface SeedStatus {
  partnerId: string;
  status?: PartnerStatus;
  statusSince?: string;
  partnershipStart?: string | null;
}

export interface DashboardSeed {
  scores?: SeedScore[];
  sales?: SeedSale[];
  answers?: SeedAnswer[];
  snapshots?: SeedSnapshot[];
  statuses?: SeedStatus[];
}

export async function seedDashboard(dataDir: string, seed: DashboardSeed): Promise<void> {
  const { db } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
  const now = new Date().toISOString();
  try {
    for (const change of seed.statuses ?? []) {
      if (change.partnershipStart !== undefined) {
        await db
          .updateTable('partners')
          .set({ partnershipStart: change.partnershipStart })
          .where('id', '=', change.partnerId)
          .execute();
      }
      if (change.status) {
        await db
          .updateTable('partners')
          .set({ status: change.status })
          .where('id', '=', change.partnerId)
          .execute();
      }
    }
    // status_since is kept by a trigger on status changes; a test pins it afterwards (raw SQL:
    // the application's types forbid writing it).
    for (const change of seed.statuses ?? []) {
      if (change.statusSince) {
        await db
          .updateTable('partners')
          .set({ statusSince: change.statusSince } as never)
          .where('id', '=', change.partnerId)
          .execute();
      }
    }
    // Seeded scores stand for today's full recompute: the core's daily run must not redo them.
    if (seed.scores?.length) {
      await db
        .insertInto('localSettings')
        .values({ key: lastFullRecomputeKey, value: localToday() })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: localToday() }))
        .execute();
    }
    for (const score of seed.scores ?? []) {
      const partner = await db
        .selectFrom('partners')
        .select(['region', 'ownerId', 'status'])
        .where('id', '=', score.partnerId)
        .executeTakeFirstOrThrow();
      await db
        .insertInto('partnerScores')
        .values({
          partnerId: score.partnerId,
          score: score.score,
          computedTier: score.tier,
          tier: score.tier,
          tierSince: null,
          riskLevel: score.riskLevel,
          riskReasons: '[]',
          factors: '[]',
          riskSince: null,
          episodeCaseId: null,
          region: partner.region,
          ownerId: partner.ownerId,
          status: partner.status,
          computedOn: now.slice(0, 10),
          inputsHash: '',
        })
        .onConflict((oc) =>
          oc.column('partnerId').doUpdateSet({
            score: score.score,
            tier: score.tier,
            computedTier: score.tier,
            riskLevel: score.riskLevel,
          }),
        )
        .execute();
    }
    for (const sale of seed.sales ?? []) {
      await db
        .insertInto('salesRecords')
        .values({
          id: derivedId('sales', sale.partnerId, sale.period),
          partnerId: sale.partnerId,
          period: sale.period,
          revenueMinor: sale.revenueMinor,
          currency: sale.currency ?? 'MYR',
          units: 0,
          orders: sale.orders ?? 1,
          note: '',
          importId: null,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        })
        .execute();
    }
    for (const answer of seed.answers ?? []) {
      await db
        .insertInto('surveyResponses')
        .values({
          id: newId(),
          partnerId: answer.partnerId,
          contactId: null,
          answeredOn: answer.answeredOn,
          nps: answer.nps,
          satisfaction: answer.satisfaction ?? null,
          comment: '',
          importId: null,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        })
        .execute();
    }
    for (const snapshot of seed.snapshots ?? []) {
      await db
        .insertInto('loyaltySnapshots')
        .values({ ownerId: '', ...snapshot })
        .execute();
    }
  } finally {
    await db.destroy();
  }
}
