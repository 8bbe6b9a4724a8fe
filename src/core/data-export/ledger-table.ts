// A program's points ledger as an export table for finance: one row per entry in posting order (the
// statement's order), signed points and money as numbers, and each partner's running balances after
// the entry, counted over the whole ledger even when the filters leave earlier entries out.
import type { ParsedInput } from '../../shared/contract';
import type { LedgerEntryKind } from '../../shared/claims';
import { decimalAmount } from '../../shared/money';
import type { CoreContext } from '../context';
import { entryQuery, toLedgerEntry } from '../ledger/entries';
import { requireProgram } from '../ledger/program-partner';
import type { ExportCell, ExportTable } from './export-table';

type LedgerFilters = Extract<ParsedInput<'dataExport.list'>, { view: 'ledger' }>['filters'];

/** What each kind of entry is called in the file (the statement's English words). */
const kindNames: Record<LedgerEntryKind, string> = {
  earn: 'Earned',
  redeem: 'Redeemed',
  adjust: 'Adjustment',
  expire: 'Expired',
  reverse: 'Reversal',
};

const headers = [
  'Posted on',
  'Partner',
  'Partner external ID',
  'Program',
  'Entry',
  'Rule',
  'Period',
  'Reason',
  'Points',
  'Money',
  'Currency',
  'Points balance',
  'Money balance',
  'Points expire on',
  'Claim invoice number',
  'Posted by',
  'Recorded at',
  'Entry ID',
  'Reverses entry ID',
];

export async function ledgerTable(ctx: CoreContext, filters: LedgerFilters): Promise<ExportTable> {
  const program = await requireProgram(ctx.db, filters.programId);
  let query = entryQuery(ctx.db)
    .innerJoin('partners as p', 'p.id', 'e.partnerId')
    .leftJoin('claims as c', 'c.id', 'e.claimId')
    .select(['p.name as partnerName', 'p.externalId as partnerExternalId', 'c.invoiceNumber'])
    .where('e.programId', '=', filters.programId);
  if (filters.partnerId !== null) query = query.where('e.partnerId', '=', filters.partnerId);
  const entries = await query.orderBy('e.postedOn').orderBy('e.createdAt').orderBy('e.id').execute();

  const kinds = new Set<string>(filters.kinds);
  const balances = new Map<string, { points: number; money: number }>();
  const money = (minor: number) => Number(decimalAmount(minor, program.currency));
  const rows: ExportCell[][] = [];
  for (const row of entries) {
    const { partnerName, partnerExternalId, invoiceNumber, ...fields } = row;
    const entry = toLedgerEntry(fields);
    const balance = balances.get(entry.partnerId) ?? { points: 0, money: 0 };
    if (entry.unit === 'points') balance.points += entry.amount;
    else balance.money += entry.amount;
    balances.set(entry.partnerId, balance);
    if (kinds.size > 0 && !kinds.has(entry.kind)) continue;
    if (filters.from !== null && entry.postedOn < filters.from) continue;
    if (filters.to !== null && entry.postedOn > filters.to) continue;
    rows.push([
      entry.postedOn,
      partnerName,
      partnerExternalId,
      program.name,
      kindNames[entry.kind],
      entry.explanation?.ruleName ?? entry.ruleKey ?? '',
      entry.period ?? '',
      entry.reason,
      entry.unit === 'points' ? entry.amount : null,
      entry.unit === 'money' ? money(entry.amount) : null,
      program.currency,
      balance.points,
      money(balance.money),
      entry.expiresOn ?? '',
      invoiceNumber ?? '',
      entry.actorName,
      entry.createdAt,
      entry.id,
      entry.reversesId ?? '',
    ]);
  }
  return { name: filters.partnerId !== null ? 'statement-entries' : 'ledger', headers, rows };
}
