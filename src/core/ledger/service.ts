// A partner's ledger in a program, manual adjustments and reversals.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function readBalance(
  ctx: CoreContext,
  input: ParsedInput<'ledger.balance'>,
): Promise<ProcedureOutput<'ledger.balance'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'ledger.balance is not built yet.' });
}

export async function partnerLedger(
  ctx: CoreContext,
  input: ParsedInput<'ledger.partner'>,
): Promise<ProcedureOutput<'ledger.partner'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'ledger.partner is not built yet.' });
}

export async function adjustLedger(
  ctx: CoreContext,
  input: ParsedInput<'ledger.adjust'>,
): Promise<ProcedureOutput<'ledger.adjust'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'ledger.adjust is not built yet.' });
}

export async function reverseLedgerEntry(
  ctx: CoreContext,
  input: ParsedInput<'ledger.reverse'>,
): Promise<ProcedureOutput<'ledger.reverse'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'ledger.reverse is not built yet.' });
}
