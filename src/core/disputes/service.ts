// Disputes: logging a case, editing its facts, moving it through the workflow and appending steps
// to its permanent timeline. Every action is one permanent batch: the case's history is never
// undone or rewritten, a mistake is put right by a correction entry.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type {
  Dispute,
  DisputeEntry,
  DisputeFields,
  DisputeSeverity,
  DisputeStatus,
  Money,
} from '../../shared/disputes';
import { CoreError, type FieldMessage } from '../../shared/errors';
import { minorDigits } from '../../shared/money';
import { fieldMessage } from '../../shared/validation';
import type { AttachmentRef } from '../../shared/visit-notes';
import { attachmentExists } from '../attachments/store';
import { isPublicHoliday } from '../care/festivals';
import { isKnownTimeZone } from '../care/zoned-time';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { newId } from '../db/ids';
import { requireLiveOwner, requireLivePartner } from '../references';
import { readDisputeSettings } from './settings';
import { slaDueAt } from './sla-due';
import { caseRows, moneyOf, summarize, summaryColumns } from './summary';
import {
  allowedList,
  allowedTransitions,
  checkTransition,
  isReopen,
  requiredTextKey,
  statusNames,
} from './workflow';

const severityNames: Record<DisputeSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** How a move reads in undo history and the change log: "Escalate case "Late rebate"". */
const transitionVerbs: Record<DisputeStatus, string> = {
  open: 'Reopen case',
  investigating: 'Investigate case',
  'resolution-proposed': 'Propose resolution for case',
  escalated: 'Escalate case',
  resolved: 'Resolve case',
  closed: 'Close case',
};

/** The stored row of a live case, or NOT_FOUND. */
async function caseRow(ctx: CoreContext, id: string) {
  const row = await ctx.db
    .selectFrom('disputes')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw new CoreError({ code: 'NOT_FOUND', message: 'This case does not exist or was deleted.' });
  return row;
}
type CaseRow = Awaited<ReturnType<typeof caseRow>>;

function refuse(message: string, fields: Record<string, FieldMessage>): CoreError {
  return new CoreError({ code: 'VALIDATION', message, fields });
}

/** The revision the user saw must still be the case's; checked again inside the write. */
function requireRevision(row: CaseRow, revision: number): void {
  if (row.revision !== revision) {
    throw new CoreError({
      code: 'CONFLICT',
      message: `Case "${row.title}" was changed by someone else since you opened it. Reload to see their change, then make yours again.`,
      details: { revision: row.revision, expected: revision },
    });
  }
}

/** Partners live; contacts of one of the named partners; owners, reporter and teammates live. */
async function checkReferences(ctx: CoreContext, fields: DisputeFields): Promise<void> {
  for (const [index, partnerId] of fields.partnerIds.entries())
    await requireLivePartner(ctx, partnerId, `partnerIds.${index}`);
  if (fields.contactIds.length) {
    const contacts = await ctx.db
      .selectFrom('contacts')
      .select(['id', 'partnerId'])
      .where('id', 'in', fields.contactIds)
      .where('deletedAt', 'is', null)
      .execute();
    const partnerOf = new Map(contacts.map((c) => [c.id, c.partnerId]));
    for (const [index, contactId] of fields.contactIds.entries()) {
      const partnerId = partnerOf.get(contactId);
      if (partnerId === undefined || !fields.partnerIds.includes(partnerId)) {
        throw refuse('Every contact must belong to one of the partners of the case.', {
          [`contactIds.${index}`]: fieldMessage('validation.id'),
        });
      }
    }
  }
  for (const [index, ownerId] of fields.teammateIds.entries())
    await requireLiveOwner(ctx, ownerId, `teammateIds.${index}`);
  if (fields.ownerId) await requireLiveOwner(ctx, fields.ownerId, 'ownerId');
  if (fields.reporterId) await requireLiveOwner(ctx, fields.reporterId, 'reporterId');
}

async function leadPartner(ctx: CoreContext, partnerIds: readonly string[]) {
  const id = partnerIds[0];
  const lead = id
    ? await ctx.db
        .selectFrom('partners')
        .select(['ownerId', 'country'])
        .where('id', '=', id)
        .executeTakeFirst()
    : undefined;
  return lead ?? { ownerId: null, country: '' };
}

async function dueAtFor(
  ctx: CoreContext,
  severity: DisputeSeverity,
  startedAt: string,
  timeZone: string,
  country: string,
): Promise<string> {
  const { slaBusinessDays } = await readDisputeSettings(ctx);
  return slaDueAt({
    startedAt,
    businessDays: slaBusinessDays[severity],
    timeZone,
    isHoliday: (date) => country !== '' && isPublicHoliday(country, date),
  });
}

/** The case's own fields as stored, from what the form sent. */
function storedFacts(fields: DisputeFields, ownerId: string, reporterId: string) {
  return {
    kind: fields.kind,
    title: fields.title,
    description: fields.description,
    partnerIds: fields.partnerIds,
    contactIds: fields.contactIds,
    teammateIds: fields.teammateIds,
    reporterId,
    ownerId,
    severity: fields.severity,
    rootCause: fields.rootCause,
    ...compensationColumns(fields.compensation),
  };
}

function compensationColumns(money: Money | null) {
  return { compensationMinor: money?.amountMinor ?? null, compensationCurrency: money?.currency ?? null };
}

function entryChanges(
  ctx: CoreContext,
  disputeId: string,
  entry: {
    kind: DisputeEntry['kind'];
    at: string;
    text: string;
    fromStatus?: DisputeStatus | null;
    toStatus?: DisputeStatus | null;
    attachments?: readonly AttachmentRef[];
    correctsEntryId?: string | null;
  },
): { id: string; changes: FieldChange[] } {
  const id = newId();
  return {
    id,
    changes: rowChanges('disputeEntries', id, {
      disputeId,
      kind: entry.kind,
      at: entry.at,
      actorId: ctx.selfOwnerId,
      text: entry.text,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      // Stored as JSON like visit notes' attachments; the write path encodes the array.
      attachments: (entry.attachments ?? []) as unknown as string[],
      correctsEntryId: entry.correctsEntryId ?? null,
      deletedAt: null,
    }),
  };
}

export async function createDispute(
  ctx: CoreContext,
  input: ParsedInput<'disputes.create'>,
): Promise<ProcedureOutput<'disputes.create'>> {
  const fields = input.dispute;
  if (!isKnownTimeZone(input.timeZone))
    throw refuse(`Unknown time zone "${input.timeZone}".`, { timeZone: fieldMessage('validation.invalid') });
  await checkReferences(ctx, fields);
  const lead = await leadPartner(ctx, fields.partnerIds);
  const openedAt = new Date(input.openedAt ? Date.parse(input.openedAt) : Date.now()).toISOString();
  const id = newId();
  const dueAt = await dueAtFor(ctx, fields.severity, openedAt, input.timeZone, lead.country);
  const opened = entryChanges(ctx, id, {
    kind: 'opened',
    at: openedAt,
    text: fields.description || `Case logged: ${fields.title}`,
    toStatus: 'open',
  });
  const { batchId } = await ctx.write({
    label: `Log case "${fields.title}"`,
    origin: 'local',
    permanent: true,
    changes: [
      ...rowChanges('disputes', id, {
        ...storedFacts(
          fields,
          fields.ownerId ?? lead.ownerId ?? ctx.selfOwnerId,
          fields.reporterId ?? ctx.selfOwnerId,
        ),
        status: 'open',
        resolution: '',
        lessonsLearned: '',
        openedAt,
        slaStartedAt: openedAt,
        dueAt,
        resolvedAt: null,
        closedAt: null,
        timeZone: input.timeZone,
        revision: 0,
        deletedAt: null,
      }),
      ...opened.changes,
    ],
  });
  return { id, batchId: batchId ?? '' };
}

export async function updateDispute(
  ctx: CoreContext,
  input: ParsedInput<'disputes.update'>,
): Promise<ProcedureOutput<'disputes.update'>> {
  const before = await caseRow(ctx, input.id);
  requireRevision(before, input.revision);
  const fields = input.dispute;
  await checkReferences(ctx, fields);
  const lead = await leadPartner(ctx, fields.partnerIds);
  const after = storedFacts(
    fields,
    fields.ownerId ?? before.ownerId ?? lead.ownerId ?? ctx.selfOwnerId,
    fields.reporterId ?? before.reporterId ?? ctx.selfOwnerId,
  );
  const changed = await describeChanges(ctx, before, after);
  if (changed.length === 0) return { id: input.id, batchId: '' };
  const leadChanged = before.partnerIds !== JSON.stringify(fields.partnerIds);
  const dueAt =
    before.severity !== fields.severity || leadChanged
      ? await dueAtFor(ctx, fields.severity, before.slaStartedAt, before.timeZone, lead.country)
      : before.dueAt;
  const edit = entryChanges(ctx, input.id, {
    kind: 'edit',
    at: new Date().toISOString(),
    text: changed.join('; '),
  });
  const { batchId } = await ctx.write({
    label: `Edit case "${fields.title}"`,
    origin: 'local',
    permanent: true,
    expectRevision: {
      table: 'disputes',
      rowId: input.id,
      revision: input.revision,
      what: `Case "${before.title}"`,
    },
    changes: [
      ...rowChanges('disputes', input.id, { ...after, dueAt, revision: input.revision + 1 }),
      ...edit.changes,
    ],
  });
  return { id: input.id, batchId: batchId ?? '' };
}

/** What an edit changed, in plain English: "Severity: Medium → High", "Owner: Ana → Budi". */
async function describeChanges(
  ctx: CoreContext,
  before: CaseRow,
  after: ReturnType<typeof storedFacts>,
): Promise<string[]> {
  const ids = (json: string) => JSON.parse(json) as string[];
  const ownerIds = [
    before.ownerId,
    after.ownerId,
    before.reporterId,
    after.reporterId,
    ...ids(before.teammateIds),
    ...after.teammateIds,
  ].filter((id): id is string => id !== null);
  const partnerIds = [...ids(before.partnerIds), ...after.partnerIds];
  const contactIds = [...ids(before.contactIds), ...after.contactIds];
  const names = new Map<string, string>();
  const remember = (rows: { id: string; name: string }[]) => rows.forEach((r) => names.set(r.id, r.name));
  if (ownerIds.length)
    remember(await ctx.db.selectFrom('owners').select(['id', 'name']).where('id', 'in', ownerIds).execute());
  if (partnerIds.length)
    remember(
      await ctx.db.selectFrom('partners').select(['id', 'name']).where('id', 'in', partnerIds).execute(),
    );
  if (contactIds.length)
    remember(
      await ctx.db.selectFrom('contacts').select(['id', 'name']).where('id', 'in', contactIds).execute(),
    );
  const nameOf = (id: string | null) => (id === null ? 'nobody' : (names.get(id) ?? 'unknown'));
  const listOf = (list: readonly string[]) => (list.length ? list.map(nameOf).join(', ') : 'none');
  const money = (m: Money | null) => (m ? moneyText(m) : 'none');

  const changes: string[] = [];
  const note = (what: string, from: string, to: string) => {
    if (from !== to) changes.push(`${what}: ${from} → ${to}`);
  };
  note('Title', before.title, after.title);
  note('Kind', before.kind, after.kind);
  note('Severity', severityNames[before.severity], severityNames[after.severity]);
  note('Partners', listOf(ids(before.partnerIds)), listOf(after.partnerIds));
  note('Contacts', listOf(ids(before.contactIds)), listOf(after.contactIds));
  note('Teammates', listOf(ids(before.teammateIds)), listOf(after.teammateIds));
  note('Owner', nameOf(before.ownerId), nameOf(after.ownerId));
  note('Reporter', nameOf(before.reporterId), nameOf(after.reporterId));
  note('Root cause', before.rootCause ?? 'none', after.rootCause ?? 'none');
  note(
    'Compensation',
    money(moneyOf(before.compensationMinor, before.compensationCurrency)),
    money(moneyOf(after.compensationMinor, after.compensationCurrency)),
  );
  if (before.description !== after.description) changes.push('Description edited');
  return changes;
}

/** "1,500.00 MYR", with the currency's own number of digits (none for IDR). */
function moneyText(money: Money): string {
  const digits = minorDigits(money.currency);
  const amount = (money.amountMinor / 10 ** digits).toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${amount} ${money.currency}`;
}

export async function transitionDispute(
  ctx: CoreContext,
  input: ParsedInput<'disputes.transition'>,
): Promise<ProcedureOutput<'disputes.transition'>> {
  const before = await caseRow(ctx, input.id);
  requireRevision(before, input.revision);
  const from = before.status;
  const { to, text } = input;
  const check = checkTransition(from, to);
  if (!check.ok) {
    const allowed = allowedList(check.allowed);
    throw refuse(
      `A case that is ${statusNames[from]} cannot become ${statusNames[to]}. It can become ${allowed}.`,
      {
        to: fieldMessage('validation.transition', { from: statusNames[from], to: statusNames[to], allowed }),
      },
    );
  }
  const textKey = requiredTextKey(from, to);
  if (textKey && text === '') throw refuse('This step needs a text.', { text: fieldMessage(textKey) });

  const now = new Date().toISOString();
  const facts: Record<string, unknown> = { status: to, revision: input.revision + 1 };
  if (to === 'resolved') {
    Object.assign(facts, { resolution: text, resolvedAt: now });
    if (input.compensation !== undefined) Object.assign(facts, compensationColumns(input.compensation));
    if (input.rootCause !== undefined) facts.rootCause = input.rootCause;
  } else if (to === 'closed') {
    Object.assign(facts, { lessonsLearned: text, closedAt: now });
  } else if (isReopen(from, to)) {
    const lead = await leadPartner(ctx, JSON.parse(before.partnerIds) as string[]);
    const dueAt = await dueAtFor(ctx, before.severity, now, before.timeZone, lead.country);
    Object.assign(facts, { slaStartedAt: now, dueAt, resolvedAt: null, closedAt: null });
  }
  const step = entryChanges(ctx, input.id, { kind: 'status', at: now, text, fromStatus: from, toStatus: to });
  const { batchId } = await ctx.write({
    label: `${transitionVerbs[to]} "${before.title}"`,
    origin: 'local',
    permanent: true,
    expectRevision: {
      table: 'disputes',
      rowId: input.id,
      revision: input.revision,
      what: `Case "${before.title}"`,
    },
    changes: [...rowChanges('disputes', input.id, facts), ...step.changes],
  });
  return { id: input.id, batchId: batchId ?? '' };
}

export async function addDisputeEntry(
  ctx: CoreContext,
  input: ParsedInput<'disputes.addEntry'>,
): Promise<ProcedureOutput<'disputes.addEntry'>> {
  const dispute = await caseRow(ctx, input.disputeId);
  if (input.kind === 'document' && input.attachments.length === 0) {
    throw refuse('A document entry needs the document: attach at least one file.', {
      attachments: fieldMessage('validation.required'),
    });
  }
  if (input.kind === 'correction' || input.correctsEntryId !== null) {
    const target = input.correctsEntryId
      ? await ctx.db
          .selectFrom('disputeEntries')
          .select('id')
          .where('id', '=', input.correctsEntryId)
          .where('disputeId', '=', input.disputeId)
          .executeTakeFirst()
      : undefined;
    if (!target || input.kind !== 'correction') {
      throw refuse('A correction names the entry of this case it corrects.', {
        correctsEntryId: fieldMessage('validation.correctionTarget'),
      });
    }
  }
  const missing: Record<string, FieldMessage> = {};
  for (const [index, attachment] of input.attachments.entries())
    if (!(await attachmentExists(ctx, attachment)))
      missing[`attachments.${index}`] = fieldMessage('validation.attachmentUnreadable');
  if (Object.keys(missing).length)
    throw refuse('A file is not in the data folder; attach it again.', missing);

  const entry = entryChanges(ctx, input.disputeId, {
    kind: input.kind,
    at: new Date(input.at ? Date.parse(input.at) : Date.now()).toISOString(),
    text: input.text,
    attachments: input.attachments,
    correctsEntryId: input.correctsEntryId,
  });
  const what = input.kind === 'correction' ? 'a correction' : `a ${input.kind}`;
  const { batchId } = await ctx.write({
    label: `Add ${what} to case "${dispute.title}"`,
    origin: 'local',
    permanent: true,
    changes: entry.changes,
  });
  return { id: entry.id, batchId: batchId ?? '' };
}

export async function getDispute(
  ctx: CoreContext,
  input: ParsedInput<'disputes.get'>,
): Promise<ProcedureOutput<'disputes.get'>> {
  const row = await caseRows(ctx)
    .leftJoin('owners as r', 'r.id', 'd.reporterId')
    .select([
      ...summaryColumns,
      'd.description',
      'd.contactIds',
      'd.teammateIds',
      'd.reporterId',
      'r.name as reporterName',
      'd.compensationMinor',
      'd.compensationCurrency',
      'd.resolution',
      'd.lessonsLearned',
      'd.timeZone',
    ])
    .where('d.id', '=', input.id)
    .executeTakeFirst();
  if (!row) throw new CoreError({ code: 'NOT_FOUND', message: 'This case does not exist or was deleted.' });
  const [summary] = await summarize(ctx, [row]);
  if (!summary) throw new CoreError({ code: 'INTERNAL', message: 'The case could not be read.' });
  const dispute: Dispute = {
    ...summary,
    description: row.description,
    contactIds: JSON.parse(row.contactIds) as string[],
    teammateIds: JSON.parse(row.teammateIds) as string[],
    reporterId: row.reporterId,
    reporterName: row.reporterName,
    compensation: moneyOf(row.compensationMinor, row.compensationCurrency),
    resolution: row.resolution,
    lessonsLearned: row.lessonsLearned,
    timeZone: row.timeZone,
    allowedTransitions: [...allowedTransitions(row.status)],
    entries: await caseEntries(ctx, input.id),
  };
  return dispute;
}

/** The timeline oldest first (by when it happened), each with who logged it and its corrections. */
async function caseEntries(ctx: CoreContext, disputeId: string): Promise<DisputeEntry[]> {
  const rows = await ctx.db
    .selectFrom('disputeEntries as e')
    .leftJoin('owners as o', 'o.id', 'e.actorId')
    .select([
      'e.id',
      'e.kind',
      'e.at',
      'e.createdAt',
      'e.actorId',
      'o.name as actorName',
      'e.text',
      'e.fromStatus',
      'e.toStatus',
      'e.attachments',
      'e.correctsEntryId',
    ])
    .where('e.disputeId', '=', disputeId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  const correctedBy = new Map<string, string[]>();
  for (const row of rows) {
    if (row.correctsEntryId === null) continue;
    correctedBy.set(row.correctsEntryId, [...(correctedBy.get(row.correctsEntryId) ?? []), row.id]);
  }
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    at: row.at,
    loggedAt: row.createdAt,
    actorId: row.actorId,
    actorName: row.actorName ?? '',
    text: row.text,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    attachments: JSON.parse(row.attachments) as AttachmentRef[],
    correctsEntryId: row.correctsEntryId,
    correctedBy: correctedBy.get(row.id) ?? [],
  }));
}
