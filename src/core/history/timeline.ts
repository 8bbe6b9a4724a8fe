// A partner's timeline from the change log: who created, edited, deleted or restored the partner,
// its contacts, care events, commitments, visit notes, greetings sent, retention cases and
// actions, survey answers, tier overrides, program enrolments, claims and redemptions, field by
// field; plus the key steps of its disputes (opened, each status change) from the cases' own permanent timelines, and its tier changes from
// the tier history (dated by the day the tier changed, not by when the score was computed).
import type { TimelineEntry } from '../../shared/history';
import type { CoreContext } from '../context';
import { occasionName } from '../greetings/occasion-names';

const entityOfTable: Record<string, TimelineEntry['entity']> = {
  partners: 'partner',
  contacts: 'contact',
  careEvents: 'careEvent',
  commitments: 'commitment',
  greetings: 'greeting',
  visitNotes: 'visitNote',
  retentionCases: 'retentionCase',
  retentionActions: 'retentionAction',
  surveyResponses: 'surveyResponse',
  tierOverrides: 'tierOverride',
  programEnrollments: 'enrollment',
  claims: 'claim',
  redemptions: 'redemption',
};

/** Fields that are bookkeeping, not something a person edited. */
const hiddenFields = new Set([
  'deletedAt',
  'updatedAt',
  'createdAt',
  'id',
  'revision',
  'caseId',
  'stepKey',
  'importId',
  'partnerId',
  // Named in the entry itself (an answer is named by its contact).
  'contactId',
  'programId',
  'rewardId',
]);

/** Bookkeeping of incentive records: a claim's lines and sums are on the claim's own page. */
const hiddenFieldsOfTable: Record<string, ReadonlySet<string>> = {
  claims: new Set([
    'lines',
    'invoiceKey',
    'lineCount',
    'totalMinor',
    'units',
    'currency',
    'attachments',
    'decidedBy',
    'decidedOn',
  ]),
  redemptions: new Set(['points', 'decidedOn']),
  programEnrollments: new Set(['enrolledOn']),
};

function isHidden(table: string, field: string): boolean {
  return hiddenFields.has(field) || (hiddenFieldsOfTable[table]?.has(field) ?? false);
}

export async function partnerTimeline(
  ctx: CoreContext,
  partnerId: string,
  limit: number,
): Promise<TimelineEntry[]> {
  const contacts = await ctx.db
    .selectFrom('contacts')
    .select(['id', 'name'])
    .where('partnerId', '=', partnerId)
    .execute();
  const partner = await ctx.db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('id', '=', partnerId)
    .executeTakeFirst();
  if (!partner) return [];
  const events = await ctx.db
    .selectFrom('careEvents')
    .select(['id', 'title as name'])
    .where('partnerId', '=', partnerId)
    .execute();
  const commitments = await ctx.db
    .selectFrom('commitments')
    .select(['id', 'description as name'])
    .where('partnerId', '=', partnerId)
    .execute();
  const contactNames = new Map(contacts.map((contact) => [contact.id, contact.name] as const));
  const greetings = (
    await ctx.db
      .selectFrom('greetings')
      .select(['id', 'contactId', 'occasion'])
      .where('partnerId', '=', partnerId)
      .execute()
  ).map((greeting) => ({
    id: greeting.id,
    name: `${contactNames.get(greeting.contactId ?? '') ?? ''} (${occasionName(greeting.occasion)})`.trim(),
  }));
  // A note is named by the day of its visit.
  const visitNotes = await ctx.db
    .selectFrom('visitNotes')
    .select(['id', 'date as name'])
    .where('partnerId', '=', partnerId)
    .execute();
  const retentionCases = await ctx.db
    .selectFrom('retentionCases')
    .select(['id', 'reason as name'])
    .where('partnerId', '=', partnerId)
    .execute();
  const retentionActions = await ctx.db
    .selectFrom('retentionActions')
    .select(['id', 'title as name'])
    .where('partnerId', '=', partnerId)
    .execute();
  // An answer is named by who gave it and when.
  const surveyResponses = (
    await ctx.db
      .selectFrom('surveyResponses')
      .select(['id', 'contactId', 'answeredOn'])
      .where('partnerId', '=', partnerId)
      .execute()
  ).map((answer) => ({
    id: answer.id,
    name: [contactNames.get(answer.contactId ?? ''), answer.answeredOn].filter(Boolean).join(', '),
  }));
  const tierOverrides = await ctx.db
    .selectFrom('tierOverrides')
    .select(['id', 'tier as name'])
    .where('partnerId', '=', partnerId)
    .execute();
  // Incentives: an enrolment is named by its program, a claim by its invoice number and program,
  // a redemption by the reward and quantity.
  const enrollments = await ctx.db
    .selectFrom('programEnrollments as e')
    .innerJoin('programs as p', 'p.id', 'e.programId')
    .select(['e.id', 'p.name'])
    .where('e.partnerId', '=', partnerId)
    .execute();
  const claims = (
    await ctx.db
      .selectFrom('claims as c')
      .innerJoin('programs as p', 'p.id', 'c.programId')
      .select(['c.id', 'c.invoiceNumber', 'p.name as programName'])
      .where('c.partnerId', '=', partnerId)
      .execute()
  ).map((claim) => ({ id: claim.id, name: `${claim.invoiceNumber} (${claim.programName})` }));
  const redemptions = (
    await ctx.db
      .selectFrom('redemptions as r')
      .innerJoin('rewards as w', 'w.id', 'r.rewardId')
      .select(['r.id', 'r.quantity', 'w.name'])
      .where('r.partnerId', '=', partnerId)
      .execute()
  ).map((row) => ({ id: row.id, name: `${row.quantity} × ${row.name}` }));
  const names = new Map<string, string>(
    [
      partner,
      ...contacts,
      ...events,
      ...commitments,
      ...greetings,
      ...visitNotes,
      ...retentionCases.map((row) => ({ id: row.id, name: shortened(row.name) })),
      ...retentionActions,
      ...surveyResponses,
      ...tierOverrides,
      ...enrollments,
      ...claims,
      ...redemptions,
    ].map((row) => [row.id, row.name] as const),
  );

  const rows = await ctx.db
    .selectFrom('changeLog as cl')
    .innerJoin('batches as b', 'b.id', 'cl.batchId')
    .leftJoin('owners as o', 'o.id', 'b.actor')
    .select([
      'cl.seq',
      'cl.batchId',
      'cl.tbl',
      'cl.rowId',
      'cl.field',
      'cl.oldValue',
      'cl.newValue',
      'cl.lost',
      'b.createdAt',
      'o.name as actorName',
    ])
    .where('cl.rowId', 'in', [...names.keys()])
    .orderBy('cl.seq', 'desc')
    .limit(limit * 20)
    .execute();

  const entries = new Map<string, TimelineEntry>();
  for (const row of rows) {
    const key = `${row.batchId}:${row.rowId}`;
    let entry = entries.get(key);
    if (!entry) {
      if (entries.size >= limit) break;
      entry = {
        key,
        at: row.createdAt,
        actorName: row.actorName ?? '',
        kind: 'updated',
        entity: entityOfTable[row.tbl] ?? 'partner',
        entityId: row.rowId,
        entityName: names.get(row.rowId) ?? '',
        changes: [],
      };
      entries.set(key, entry);
    }
    const newValue: unknown = row.newValue === null ? null : JSON.parse(row.newValue);
    const oldValue: unknown = row.oldValue === null ? null : JSON.parse(row.oldValue);
    // A lost change (a synced edit a newer one beat) is shown, marked, but changed nothing.
    const lost = row.lost === 1 ? { lost: true } : {};
    if (row.field === '*') {
      if (!row.lost) entry.kind = 'created';
      for (const [field, value] of Object.entries(newValue as Record<string, unknown>)) {
        if (!isHidden(row.tbl, field) && !isBlank(value))
          entry.changes.push({ field, oldValue: null, newValue: value, ...lost });
      }
    } else if (row.field === 'deletedAt') {
      if (!row.lost) entry.kind = newValue === null ? 'restored' : 'deleted';
    } else if (!isHidden(row.tbl, row.field)) {
      entry.changes.unshift({ field: row.field, oldValue, newValue, ...lost });
    }
  }
  const caseSteps = await disputeKeySteps(ctx, partnerId, limit);
  const tierSteps = await tierChanges(ctx, partnerId, limit);
  return [...entries.values(), ...caseSteps, ...tierSteps]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, limit);
}

/**
 * A case's key steps as timeline entries: its opening and every status change (with the agreed
 * resolution or lessons learned), read from the case's permanent timeline, not the change log,
 * so they show when they happened and by whom.
 */
async function disputeKeySteps(ctx: CoreContext, partnerId: string, limit: number): Promise<TimelineEntry[]> {
  const rows = await ctx.db
    .selectFrom('disputePartners as dp')
    .innerJoin('disputes as d', 'd.id', 'dp.disputeId')
    .innerJoin('disputeEntries as e', 'e.disputeId', 'd.id')
    .leftJoin('owners as o', 'o.id', 'e.actorId')
    .select([
      'e.id',
      'e.kind',
      'e.at',
      'e.text',
      'e.fromStatus',
      'e.toStatus',
      'd.id as disputeId',
      'd.title',
      'o.name as actorName',
    ])
    .where('dp.partnerId', '=', partnerId)
    .where('d.deletedAt', 'is', null)
    .where('e.kind', 'in', ['opened', 'status'])
    .orderBy('e.at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const changes: TimelineEntry['changes'] = [];
    if (row.kind === 'status') {
      changes.push({ field: 'status', oldValue: row.fromStatus, newValue: row.toStatus });
      const textField =
        row.toStatus === 'resolved' ? 'resolution' : row.toStatus === 'closed' ? 'lessonsLearned' : 'reason';
      if (row.text) changes.push({ field: textField, oldValue: null, newValue: row.text });
    }
    return {
      key: `dispute:${row.id}`,
      at: row.at,
      actorName: row.actorName ?? '',
      kind: row.kind === 'opened' ? 'created' : 'updated',
      entity: 'dispute',
      entityId: row.disputeId,
      entityName: row.title,
      changes,
    };
  });
}

/**
 * Tier changes from the tier history. They are written by the score, not by a person, so they
 * carry no actor; they are dated by the day the tier changed (the moment it was computed when
 * that was the same day).
 */
async function tierChanges(ctx: CoreContext, partnerId: string, limit: number): Promise<TimelineEntry[]> {
  const rows = await ctx.db
    .selectFrom('tierChanges')
    .select(['id', 'changedOn', 'fromName', 'toName', 'score', 'cause', 'createdAt'])
    .where('partnerId', '=', partnerId)
    .where('deletedAt', 'is', null)
    .orderBy('changedOn', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    key: `tier:${row.id}`,
    at: row.createdAt.startsWith(row.changedOn) ? row.createdAt : `${row.changedOn}T00:00:00.000Z`,
    actorName: '',
    kind: 'updated',
    entity: 'tierChange',
    entityId: row.id,
    entityName: row.toName,
    changes: [
      { field: 'tier', oldValue: row.fromName, newValue: row.toName },
      { field: 'score', oldValue: null, newValue: row.score },
      { field: 'cause', oldValue: null, newValue: row.cause },
    ],
  }));
}

function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isBlank(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}
