// Workspace settings shared by the team: the currency every sales figure is in. Until someone
// chooses it, it is the currency of the country most live partners are in, so a fresh workspace
// of Malaysian partners enters sales in ringgit without a trip to Settings.
import type { Kysely } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { currencyOfCountry } from '../../shared/money';
import type { WorkspaceSettings } from '../../shared/sales';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import type { Database } from '../db/database';

export const currencySettingId = 'workspace.currency';

/** The chosen currency, or null while none was chosen (or the stored value is unreadable). */
async function chosenCurrency(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('id', '=', currencySettingId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  try {
    const value: unknown = JSON.parse(row.value);
    return typeof value === 'string' && isKnownCurrency(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The currency sales are already in (so a change in the partner mix never splits the sales into
 * two currencies); before any sales, the currency of the country most live partners are in (ties:
 * alphabetical); USD with no partners.
 */
async function defaultCurrency(db: Kysely<Database>): Promise<string> {
  const recorded = await db
    .selectFrom('salesMonthly')
    .select('currency')
    .where('records', '>', 0)
    .groupBy('currency')
    .orderBy((eb) => eb.fn.sum('records'), 'desc')
    .orderBy('currency')
    .limit(1)
    .executeTakeFirst();
  if (recorded) return recorded.currency;
  // Walks the partners_country index: no partner row is read.
  const top = await db
    .selectFrom('partners')
    .select(['country', (eb) => eb.fn.countAll<number>().as('partners')])
    .where('deletedAt', 'is', null)
    .groupBy('country')
    .orderBy('partners', 'desc')
    .orderBy('country')
    .limit(1)
    .executeTakeFirst();
  return currencyOfCountry(top?.country ?? null);
}

async function currencySetting(db: Kysely<Database>): Promise<WorkspaceSettings> {
  const chosen = await chosenCurrency(db);
  return chosen !== null
    ? { currency: chosen, currencyIsDefault: false }
    : { currency: await defaultCurrency(db), currencyIsDefault: true };
}

/** The workspace currency (ISO 4217): what sales are entered, imported and summed in. */
export async function workspaceCurrency(db: Kysely<Database>): Promise<string> {
  return (await currencySetting(db)).currency;
}

let supportedCurrencies: ReadonlySet<string> | null = null;

export function isKnownCurrency(code: string): boolean {
  supportedCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return supportedCurrencies.has(code);
}

export function readWorkspaceSettings(
  ctx: CoreContext,
  _input: ParsedInput<'workspace.get'>,
): Promise<ProcedureOutput<'workspace.get'>> {
  return currencySetting(ctx.db);
}

/** A currency other than `currency` that live sales records are in, or null. */
async function otherSalesCurrency(db: Kysely<Database>, currency: string): Promise<string | null> {
  // The monthly aggregate answers for live partners without reading a single sales record.
  const monthly = await db
    .selectFrom('salesMonthly')
    .select('currency')
    .where('currency', '!=', currency)
    .where('records', '>', 0)
    .limit(1)
    .executeTakeFirst();
  if (monthly) return monthly.currency;
  // Records of deleted partners are not in it, yet come back if the partner is restored.
  const ofDeleted = await db
    .selectFrom('partners as p')
    .innerJoin('salesRecords as s', 's.partnerId', 'p.id')
    .select('s.currency')
    .where('p.deletedAt', 'is not', null)
    .where('s.deletedAt', 'is', null)
    .where('s.currency', '!=', currency)
    .limit(1)
    .executeTakeFirst();
  return ofDeleted?.currency ?? null;
}

export async function saveWorkspaceCurrency(
  ctx: CoreContext,
  input: ParsedInput<'workspace.saveCurrency'>,
): Promise<ProcedureOutput<'workspace.saveCurrency'>> {
  const currency = input.currency;
  if (!isKnownCurrency(currency)) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `${currency} is not a known currency code.`,
      fields: { currency: fieldMessage('validation.currencyUnknown') },
    });
  }
  const inUse = await otherSalesCurrency(ctx.db, currency);
  if (inUse !== null) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `Sales records are in ${inUse}; the currency cannot change while they exist.`,
      fields: { currency: fieldMessage('validation.currencyInUse', { currency: inUse }) },
    });
  }
  const { batchId } = await ctx.write({
    label: `Set the workspace currency to ${currency}`,
    origin: 'local',
    changes: rowChanges('settings', currencySettingId, { value: JSON.stringify(currency), deletedAt: null }),
  });
  return { id: currencySettingId, batchId: batchId ?? '' };
}
