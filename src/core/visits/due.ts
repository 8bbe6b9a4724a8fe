// Who is due or overdue for a visit: each active partner's last visit plus its cadence (its own,
// or its type's default). A partner with an upcoming visit already planned needs no scheduling,
// so it is left out.
import { sql } from 'kysely';
import type { VisitDue } from '../../shared/care';
import { defaultVisitCadenceDays } from '../../shared/partners';
import type { CoreContext } from '../context';
import { addDays } from '../care/calendar-dates';

export interface VisitsDueQuery {
  regions: string[];
  ownerIds: string[];
  today: string;
  horizonDays: number;
  limit: number;
}

const cadenceByType = sql.raw(
  `case p.type ${Object.entries(defaultVisitCadenceDays)
    .map(([type, days]) => `when '${type}' then ${days}`)
    .join(' ')} else 60 end`,
);

export async function visitsDue(ctx: CoreContext, input: VisitsDueQuery): Promise<VisitDue[]> {
  let partners = ctx.db
    .selectFrom('partners as p')
    .where('p.deletedAt', 'is', null)
    .where('p.status', '=', 'active');
  if (input.regions.length) partners = partners.where('p.region', 'in', input.regions);
  if (input.ownerIds.length) partners = partners.where('p.ownerId', 'in', input.ownerIds);

  // The first moment after today: all-day starts (YYYY-MM-DD) and instants compare as text, so
  // "before the next day" and "from the next day" walk the visits index directly.
  const tomorrow = addDays(input.today, 1);
  const visits = (which: 'last' | 'next') =>
    sql<string | null>`(select substr(${sql.raw(which === 'last' ? 'max' : 'min')}(e.start), 1, 10)
      from care_events e
      where e.partner_id = p.id and e.kind = 'visit' and e.deleted_at is null and e.status != 'skipped'
      and e.start ${sql.raw(which === 'last' ? '<' : '>=')} ${tomorrow})`;

  const rows = await ctx.db
    .selectFrom(
      partners
        .select([
          'p.id as partnerId',
          'p.name as partnerName',
          'p.region',
          'p.city',
          'p.country',
          'p.ownerName',
          sql<number>`coalesce(p.visit_cadence_days, ${cadenceByType})`.as('cadenceDays'),
          visits('last').as('lastVisit'),
          visits('next').as('nextPlanned'),
          // Never visited: due one cadence after the partnership started (or the record was made).
          sql<string>`coalesce(p.partnership_start, substr(p.created_at, 1, 10))`.as('since'),
        ])
        .as('v'),
    )
    .selectAll()
    .select(
      sql<string>`date(coalesce(v.last_visit, v.since), '+' || v.cadence_days || ' days')`.as('dueDate'),
    )
    .where(
      sql<boolean>`date(coalesce(v.last_visit, v.since), '+' || v.cadence_days || ' days') <= date(${input.today}, '+' || ${input.horizonDays} || ' days')`,
    )
    .where('v.nextPlanned', 'is', null)
    .orderBy('dueDate')
    .orderBy('v.partnerName')
    .limit(input.limit)
    .execute();

  const today = Date.parse(`${input.today}T00:00:00Z`);
  return rows.map((row) => ({
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    region: row.region,
    city: row.city,
    country: row.country,
    ownerName: row.ownerName,
    cadenceDays: Number(row.cadenceDays),
    lastVisit: row.lastVisit,
    nextPlanned: row.nextPlanned,
    dueDate: row.dueDate,
    overdueDays: Math.round((today - Date.parse(`${row.dueDate}T00:00:00Z`)) / 86_400_000),
  }));
}
