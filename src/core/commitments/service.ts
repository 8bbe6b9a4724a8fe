// Commitments: promises made to or by a partner, tracked until kept, broken or cancelled. Overdue
// open ones feed the home screen, and the kept/broken record feeds the loyalty score later.
import { localToday } from '../care/calendar-dates';
import { sql } from 'kysely';
import type { Commitment, CommitmentFields, CommitmentStatus } from '../../shared/care';
import { CoreError } from '../../shared/errors';
import type { WriteResult } from '../../shared/history';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';
import { requireLiveOwner, requireLivePartner } from '../references';

export interface CommitmentListQuery {
  partnerId?: string | undefined;
  ownerId?: string | undefined;
  statuses: CommitmentStatus[];
  dueBy?: string | undefined;
  today?: string | undefined;
  limit: number;
}

function liveCommitments(ctx: CoreContext) {
  return ctx.db
    .selectFrom('commitments as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .leftJoin('owners as o', (join) => join.onRef('o.id', '=', 'c.ownerId').on('o.deletedAt', 'is', null))
    .where('c.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null)
    .select([
      'c.id',
      'c.partnerId',
      'p.name as partnerName',
      'c.description',
      'c.madeBy',
      'c.ownerId',
      'o.name as ownerName',
      'c.dueDate',
      'c.status',
      'c.note',
      'c.careEventId',
      'c.createdAt',
      'c.updatedAt',
    ]);
}

export async function listCommitments(ctx: CoreContext, input: CommitmentListQuery): Promise<Commitment[]> {
  const today = input.today ?? localToday();
  let query = liveCommitments(ctx);
  if (input.partnerId) query = query.where('c.partnerId', '=', input.partnerId);
  if (input.ownerId) query = query.where('c.ownerId', '=', input.ownerId);
  if (input.statuses.length) query = query.where('c.status', 'in', input.statuses);
  if (input.dueBy) query = query.where('c.status', '=', 'open').where('c.dueDate', '<=', input.dueBy);
  // Open ones first, the most overdue at the top; settled ones after, newest first.
  const rows = await query
    .orderBy(sql`case when c.status = 'open' then 0 else 1 end`)
    .orderBy(sql`case when c.status = 'open' then c.due_date end`)
    .orderBy('c.dueDate', 'desc')
    .limit(input.limit)
    .execute();
  return rows.map((row) => ({ ...row, overdue: row.status === 'open' && row.dueDate < today }));
}

export async function getCommitment(ctx: CoreContext, id: string): Promise<Commitment> {
  const row = await liveCommitments(ctx).where('c.id', '=', id).executeTakeFirst();
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This commitment does not exist or was deleted.' });
  return { ...row, overdue: row.status === 'open' && row.dueDate < localToday() };
}

export async function createCommitment(ctx: CoreContext, fields: CommitmentFields): Promise<WriteResult> {
  await checkReferences(ctx, fields);
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Record commitment "${fields.description}"`,
    origin: 'local',
    changes: rowChanges('commitments', id, { ...fields, deletedAt: null }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function updateCommitment(
  ctx: CoreContext,
  id: string,
  fields: CommitmentFields,
): Promise<WriteResult> {
  const before = await getCommitment(ctx, id);
  await checkReferences(ctx, fields);
  const label =
    before.status !== fields.status
      ? `Mark "${fields.description}" ${fields.status}`
      : `Edit commitment "${fields.description}"`;
  const { batchId } = await ctx.write({
    label,
    origin: 'local',
    changes: rowChanges('commitments', id, fields),
  });
  return { id, batchId: batchId ?? '' };
}

export async function deleteCommitment(ctx: CoreContext, id: string): Promise<WriteResult> {
  const commitment = await getCommitment(ctx, id);
  const { batchId } = await ctx.write({
    label: `Delete commitment "${commitment.description}"`,
    origin: 'local',
    changes: [{ table: 'commitments', rowId: id, field: 'deletedAt', value: new Date().toISOString() }],
  });
  return { id, batchId: batchId ?? '' };
}

async function checkReferences(ctx: CoreContext, fields: CommitmentFields): Promise<void> {
  await requireLivePartner(ctx, fields.partnerId);
  if (fields.ownerId) await requireLiveOwner(ctx, fields.ownerId);
  if (!fields.careEventId) return;
  const event = await ctx.db
    .selectFrom('careEvents')
    .select('partnerId')
    .where('id', '=', fields.careEventId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!event || event.partnerId !== fields.partnerId) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The visit or event of this commitment does not exist at this partner.',
      fields: { careEventId: fieldMessage('validation.id') },
    });
  }
}
