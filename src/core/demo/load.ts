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
  const seed = Date.now() % 1_000_000;
  const data = generateDemoData({ partners: partnerCount, seed, today });
  const care = generateCareActivity(data.partners, data.contacts, data.owners, today, seed);
  const cases = generateCaseActivity(data.partners, data.owners, today, seed, demoDueAt);
  const retention = generateRetentionActivity(data.partners, data.owners, today, seed);
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
  await ctx.write({ label: 'Load demo data', origin: 'local', changes });
  // A large load changes the data's shape; fresh statistics keep list queries on good plans.
  await analyzeAfterBulkLoad(ctx.db);
  return { partners: data.partners.length, contacts: data.contacts.length, owners: teammates.length + 1 };
}

/** The SLA rule of a workspace with the default settings, as the app applies it. */
const demoDueAt: DueAtRule = (openedAt, severity, country, timeZone) =>
  slaDueAt({
    startedAt: openedAt,
    businessDays: defaultSlaBusinessDays[severity],
    timeZone,
    isHoliday: (date) => isPublicHoliday(country, date),
  });
