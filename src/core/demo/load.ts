// Loads a generated demo data set through the one write path, as a single undoable batch. The
// first demo owner's portfolio goes to the local user, so "my partners" is never empty.
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { analyzeAfterBulkLoad } from '../db/open-database';
import { defaultSlaBusinessDays } from '../../shared/disputes';
import { isPublicHoliday } from '../care/festivals';
import { slaDueAt } from '../disputes/sla-due';
import { generateCareActivity, type DemoCareMark } from './care-activity';
import { generateCaseActivity, type DueAtRule } from './case-activity';
import { generateRetentionActivity } from './retention-activity';
import { generateSalesActivity } from './sales-activity';
import { generateSurveyActivity } from './survey-activity';
import { currencyOfCountry } from '../../shared/money';
import { generateDemoData } from './generate';
import { demoProgramPartners } from './incentive-activity';
import { approveDemoClaims, demoIncentiveChanges } from './load-incentives';

export interface DemoLoadResult {
  partners: number;
  contacts: number;
  owners: number;
}

export async function loadDemoData(
  ctx: CoreContext,
  partnerCount: number,
  today: string = new Date().toISOString().slice(0, 10),
  fullSalesHistory = false,
): Promise<DemoLoadResult> {
  const seed = Date.now() % 1_000_000;
  const data = generateDemoData({ partners: partnerCount, seed, today });
  const care = generateCareActivity(data.partners, data.contacts, data.owners, today, seed);
  const cases = generateCaseActivity(data.partners, data.owners, today, seed, demoDueAt);
  const retention = generateRetentionActivity(data.partners, data.owners, today, seed);
  const currency = defaultCurrency(data.partners);
  const inPrograms = demoProgramPartners(data.partners);
  const sales = generateSalesActivity(data.partners, currency, today, seed, {
    fullHistory: fullSalesHistory,
    // The year's programs work: their partners buy about an eighth more from January on.
    programLift: {
      partnerIds: new Set([...inPrograms.dealers, ...inPrograms.distributors].map((partner) => partner.id)),
      from: `${today.slice(0, 4)}-01`,
      factor: 1.12,
    },
  });
  const surveys = generateSurveyActivity(data.partners, data.contacts, sales.courses, today, seed);
  const [mine, ...teammates] = data.owners;
  const ownerOf = (ownerId: string | null) => (mine && ownerId === mine.id ? ctx.selfOwnerId : ownerId);
  const marks = new Map(care.careMarks.map((mark) => [mark.id, mark]));
  const markFields = (id: string) => {
    const mark: DemoCareMark | undefined = marks.get(id);
    return mark
      ? {
          careStatus: mark.careStatus,
          careStatusUntil: mark.careStatusUntil,
          careStatusNote: mark.careStatusNote,
        }
      : {};
  };

  const changes: FieldChange[] = [];
  for (const { id, ...fields } of teammates) {
    changes.push(...rowChanges('owners', id, { ...fields, deletedAt: null }));
  }
  for (const { id, createdAt: _createdAt, ...fields } of data.partners) {
    changes.push(
      ...rowChanges('partners', id, {
        ...fields,
        ...markFields(id),
        ownerId: ownerOf(fields.ownerId),
        deletedAt: null,
      }),
    );
  }
  for (const { id, createdAt: _createdAt, birthdayLunar, ...fields } of data.contacts) {
    changes.push(
      ...rowChanges('contacts', id, {
        ...fields,
        ...markFields(id),
        birthdayLunar: birthdayLunar ? 1 : 0,
        deletedAt: null,
      }),
    );
  }
  for (const { id, allDay, ownerId, ...fields } of care.events) {
    changes.push(
      ...rowChanges('careEvents', id, {
        ...fields,
        allDay: allDay ? 1 : 0,
        ownerId: ownerOf(ownerId),
        deletedAt: null,
      }),
    );
  }
  for (const { id, ownerId, ...fields } of care.commitments) {
    changes.push(...rowChanges('commitments', id, { ...fields, ownerId: ownerOf(ownerId), deletedAt: null }));
  }
  for (const { id, ownerId, reporterId, ...fields } of cases.disputes) {
    changes.push(
      ...rowChanges('disputes', id, {
        ...fields,
        ownerId: ownerOf(ownerId),
        reporterId: ownerOf(reporterId),
        deletedAt: null,
      }),
    );
  }
  for (const { id, actorId, ...fields } of cases.entries) {
    changes.push(
      ...rowChanges('disputeEntries', id, { ...fields, actorId: ownerOf(actorId), deletedAt: null }),
    );
  }
  for (const { id, ownerId, ...fields } of retention.cases) {
    changes.push(
      ...rowChanges('retentionCases', id, { ...fields, ownerId: ownerOf(ownerId), deletedAt: null }),
    );
  }
  for (const { id, ownerId, ...fields } of retention.actions) {
    changes.push(
      ...rowChanges('retentionActions', id, { ...fields, ownerId: ownerOf(ownerId), deletedAt: null }),
    );
  }
  const incentives = demoIncentiveChanges(ctx, data.partners, currency, today, seed);
  changes.push(...incentives.changes);
  const history = [
    ...sales.records.map(({ id, ...fields }) =>
      rowChanges('salesRecords', id, { ...fields, deletedAt: null }),
    ),
    ...surveys.map(({ id, ...fields }) => rowChanges('surveyResponses', id, { ...fields, deletedAt: null })),
  ];
  // A demo of a few thousand partners is one batch (one Undo). The benchmark's 100,000 partners
  // come with millions of sales rows, which go in parts to keep memory bounded.
  if (history.length <= maxHistoryRowsInOneBatch) {
    await ctx.write({ label: 'Load demo data', origin: 'local', changes: [...changes, ...history.flat()] });
  } else {
    await ctx.write({ label: 'Load demo data', origin: 'local', changes });
    changes.length = 0;
    const parts = Math.ceil(history.length / maxHistoryRowsInOneBatch);
    for (let part = 0; part < parts; part++) {
      const rows = history.slice(part * maxHistoryRowsInOneBatch, (part + 1) * maxHistoryRowsInOneBatch);
      await ctx.write({
        label: `Load demo sales and survey history (part ${part + 1} of ${parts})`,
        origin: 'local',
        changes: rows.flat(),
      });
    }
  }
  await approveDemoClaims(ctx, incentives.approved);
  // A large load changes the data's shape; fresh statistics keep list queries on good plans.
  await analyzeAfterBulkLoad(ctx.db);
  return { partners: data.partners.length, contacts: data.contacts.length, owners: teammates.length + 1 };
}

/**
 * Sales and survey rows per batch of demo history: large, because each part touches thousands of
 * partners and so re-scores everyone (one set-based pass) inside its batch.
 */
const maxHistoryRowsInOneBatch = 400_000;

/** The workspace's default currency: that of the country most partners are in. */
function defaultCurrency(partners: readonly { country: string }[]): string {
  const counts = new Map<string, number>();
  for (const { country } of partners) counts.set(country, (counts.get(country) ?? 0) + 1);
  const [top] = [...counts].sort(([a, n], [b, m]) => m - n || a.localeCompare(b));
  return currencyOfCountry(top?.[0]);
}

/** The SLA rule of a workspace with the default settings, as the app applies it. */
const demoDueAt: DueAtRule = (openedAt, severity, country, timeZone) =>
  slaDueAt({
    startedAt: openedAt,
    businessDays: defaultSlaBusinessDays[severity],
    timeZone,
    isHoliday: (date) => isPublicHoliday(country, date),
  });
