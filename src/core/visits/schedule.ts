// Scheduling the planner's visits: every chosen visit becomes a planned all-day care event of
// kind 'visit' in ONE batch (one Undo), with the greetings to bring written into its description.
import type { ParsedInput } from '../../shared/contract';
import { CoreError, type FieldMessage } from '../../shared/errors';
import type { WriteResult } from '../../shared/history';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { newId } from '../db/ids';
import { addDays, epochDayOf, parseIsoDate } from '../care/calendar-dates';
import { bringGreetingsLine } from './greeting-phrase';
import { greetingsOfPartners, type CandidateGreeting } from './planner-greetings';

type ScheduleInput = ParsedInput<'visits.schedule'>;
type PlannedVisit = ScheduleInput['visits'][number];

/** A greeting is brought on a visit at most this many days before or after its day. */
export const bundleReachDays = 14;

/** The day a greeting key is for: `birthday:<contact>:<date>`, `anniversary:<partner>:<date>`,
 *  `festival:<country>:<key>:<date>:<partner>`; null for anything else. */
export function dateOfGreetingKey(key: string): string | null {
  const parts = key.split(':');
  const date =
    parts[0] === 'festival' && parts.length === 5
      ? parts[3]
      : (parts[0] === 'birthday' || parts[0] === 'anniversary') && parts.length === 3
        ? parts[2]
        : undefined;
  return date !== undefined && parseIsoDate(date) ? date : null;
}

export async function scheduleVisits(ctx: CoreContext, input: ScheduleInput): Promise<WriteResult> {
  const errors: Record<string, FieldMessage> = {};
  const partners = await livePartners(ctx, input.visits);
  const owners = await liveOwners(ctx, input.visits);
  const seen = new Set<string>();
  input.visits.forEach((visit, i) => {
    if (!partners.has(visit.partnerId)) errors[`visits.${i}.partnerId`] = fieldMessage('validation.id');
    else if (seen.has(`${visit.partnerId}:${visit.date}`))
      // The same visit twice would be two events for one trip.
      errors[`visits.${i}.date`] = fieldMessage('validation.invalid');
    seen.add(`${visit.partnerId}:${visit.date}`);
    if (visit.ownerId !== null && !owners.has(visit.ownerId))
      errors[`visits.${i}.ownerId`] = fieldMessage('validation.id');
  });
  const bundled: CandidateGreeting[][] = [];
  for (const [i, visit] of input.visits.entries()) {
    bundled.push(partners.has(visit.partnerId) ? await greetingsToBring(ctx, visit, i, errors) : []);
  }
  if (Object.keys(errors).length > 0) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'Some visits cannot be planned as chosen; nothing was scheduled.',
      fields: errors,
    });
  }

  const ids = input.visits.map(() => newId());
  const changes: FieldChange[] = input.visits.flatMap((visit, i) => {
    const greetings = bundled[i] ?? [];
    const contactIds = [
      ...new Set(greetings.flatMap((greeting) => (greeting.contactId ? [greeting.contactId] : []))),
    ];
    return rowChanges('careEvents', ids[i]!, {
      partnerId: visit.partnerId,
      kind: 'visit',
      title: visit.title,
      ownerId: visit.ownerId ?? partners.get(visit.partnerId)?.ownerId ?? null,
      contactIds,
      allDay: 1,
      start: visit.date,
      end: null,
      timeZone: 'UTC',
      rrule: null,
      exceptions: [],
      status: 'planned',
      outcomeNote: '',
      description: bringGreetingsLine(greetings),
      deletedAt: null,
    });
  });
  const only = input.visits.length === 1 ? partners.get(input.visits[0]!.partnerId) : undefined;
  const { batchId } = await ctx.write({
    label: only ? `Plan visit ${only.name}` : `Plan ${input.visits.length} visits`,
    origin: 'local',
    changes,
  });
  return { id: ids[0]!, batchId: batchId ?? '' };
}

async function livePartners(ctx: CoreContext, visits: readonly PlannedVisit[]) {
  const rows = await ctx.db
    .selectFrom('partners')
    .where('id', 'in', [...new Set(visits.map((visit) => visit.partnerId))])
    .where('deletedAt', 'is', null)
    .select(['id', 'name', 'ownerId'])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

async function liveOwners(ctx: CoreContext, visits: readonly PlannedVisit[]): Promise<Set<string>> {
  const ids = [...new Set(visits.flatMap((visit) => (visit.ownerId ? [visit.ownerId] : [])))];
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .selectFrom('owners')
    .where('id', 'in', ids)
    .where('deletedAt', 'is', null)
    .select('id')
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** The greetings the keys name, each due for that partner near the visit day; errors otherwise. */
async function greetingsToBring(
  ctx: CoreContext,
  visit: PlannedVisit,
  index: number,
  errors: Record<string, FieldMessage>,
): Promise<CandidateGreeting[]> {
  const keys = [...new Set(visit.greetingKeys)];
  if (keys.length === 0) return [];
  const near = (date: string | null) =>
    date !== null && Math.abs(epochDayOf(date) - epochDayOf(visit.date)) <= bundleReachDays;
  const candidates = await greetingsOfPartners(ctx, [visit.partnerId], {
    from: addDays(visit.date, -bundleReachDays),
    to: addDays(visit.date, bundleReachDays),
  });
  const byKey = new Map(candidates.map((greeting) => [greeting.key, greeting]));
  const found: CandidateGreeting[] = [];
  for (const key of keys) {
    const greeting = near(dateOfGreetingKey(key)) ? byKey.get(key) : undefined;
    if (greeting) found.push(greeting);
    else errors[`visits.${index}.greetingKeys`] = fieldMessage('validation.invalid');
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
