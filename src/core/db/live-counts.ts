// How many live (not deleted) rows a table has, kept by triggers in live_counts, so the first
// screen and unfiltered lists never count 100,000 rows (a cold read of the whole table).
import type { CoreContext } from '../context';

export type CountedTable = 'partners' | 'contacts';

export async function liveCount(ctx: Pick<CoreContext, 'db'>, table: CountedTable): Promise<number> {
  const row = await ctx.db.selectFrom('liveCounts').select('n').where('tbl', '=', table).executeTakeFirst();
  return row?.n ?? 0;
}
