// The workspace currency the dashboard's money is in: the 'workspace.currency' setting, else the
// currency most sales were recorded in, else USD (a workspace without sales shows zeros anyway).
import type { CoreContext } from '../context';

const currencySettingId = 'workspace.currency';

export async function dashboardCurrency(ctx: CoreContext): Promise<string> {
  const setting = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('id', '=', currencySettingId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (setting) {
    try {
      const value: unknown = JSON.parse(setting.value);
      const code = typeof value === 'string' ? value : (value as { currency?: unknown } | null)?.currency;
      if (typeof code === 'string' && /^[A-Z]{3}$/.test(code)) return code;
    } catch {
      if (/^[A-Z]{3}$/.test(setting.value)) return setting.value;
    }
  }
  const mostUsed = await ctx.db
    .selectFrom('salesMonthly')
    .select('currency')
    .groupBy('currency')
    .orderBy((eb) => eb.fn.sum('records'), 'desc')
    .limit(1)
    .executeTakeFirst();
  return mostUsed?.currency ?? 'USD';
}
