// The team's care settings (festivals greeted per country, reminder lead times), stored as synced
// workspace settings; whatever was never set falls back to the defaults.
import type { CareSettings, ReminderKind } from '../../shared/greetings';
import { defaultFestivalsByCountry, defaultReminderLeadDays, festivalKeys } from '../../shared/greetings';
import type { WriteResult } from '../../shared/history';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';

const festivalsPrefix = 'festivals.';
const leadDaysId = 'reminders.leadDays';

/** Reads the settings with defaults filled in; a cheap query, cached by data version. */
export async function readCareSettings(ctx: CoreContext): Promise<CareSettings> {
  const version = ctx.dataVersion();
  const cached = cache.get(ctx);
  if (cached && cached.version === version) return cached.settings;
  const rows = await ctx.db
    .selectFrom('settings')
    .select(['id', 'value'])
    .where('deletedAt', 'is', null)
    .where((eb) => eb.or([eb('id', 'like', `${festivalsPrefix}%`), eb('id', '=', leadDaysId)]))
    .execute();
  const festivalsByCountry: CareSettings['festivalsByCountry'] = Object.fromEntries(
    Object.entries(defaultFestivalsByCountry).map(([country, keys]) => [country, [...keys]]),
  );
  const reminderLeadDays: Record<ReminderKind, number> = { ...defaultReminderLeadDays };
  for (const row of rows) {
    const value: unknown = JSON.parse(row.value);
    if (row.id.startsWith(festivalsPrefix) && Array.isArray(value)) {
      festivalsByCountry[row.id.slice(festivalsPrefix.length)] = value.filter(
        (key): key is (typeof festivalKeys)[number] => (festivalKeys as readonly unknown[]).includes(key),
      );
    } else if (row.id === leadDaysId && value && typeof value === 'object') {
      for (const [kind, days] of Object.entries(value)) {
        if (kind in reminderLeadDays && typeof days === 'number')
          reminderLeadDays[kind as ReminderKind] = days;
      }
    }
  }
  const settings = { festivalsByCountry, reminderLeadDays };
  cache.set(ctx, { version, settings });
  return settings;
}

const cache = new WeakMap<CoreContext, { version: number; settings: CareSettings }>();

export async function saveFestivalChoice(
  ctx: CoreContext,
  country: string,
  keys: readonly string[],
): Promise<WriteResult> {
  return saveSetting(
    ctx,
    `${festivalsPrefix}${country}`,
    JSON.stringify([...new Set(keys)]),
    `Festivals greeted in ${country}`,
  );
}

export async function saveReminderLeadDays(
  ctx: CoreContext,
  leadDays: Partial<Record<ReminderKind, number>>,
): Promise<WriteResult> {
  const current = (await readCareSettings(ctx)).reminderLeadDays;
  return saveSetting(ctx, leadDaysId, JSON.stringify({ ...current, ...leadDays }), 'Reminder lead times');
}

async function saveSetting(ctx: CoreContext, id: string, value: string, label: string): Promise<WriteResult> {
  // The id is the setting's name, so two computers setting it converge on one row when syncing.
  const changes = rowChanges('settings', id, { value, deletedAt: null });
  const { batchId } = await ctx.write({ label, origin: 'local', changes });
  return { id, batchId: batchId ?? '' };
}
