// The loyalty settings: factor weights and definitions, tiers, churn rules (synced, with defaults).
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function readLoyaltySettings(
  _ctx: CoreContext,
  _input: ParsedInput<'loyaltySettings.get'>,
): Promise<ProcedureOutput<'loyaltySettings.get'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'loyaltySettings.get is not built yet.' }),
  );
}

export function saveLoyaltyFactors(
  _ctx: CoreContext,
  _input: ParsedInput<'loyaltySettings.saveFactors'>,
): Promise<ProcedureOutput<'loyaltySettings.saveFactors'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'loyaltySettings.saveFactors is not built yet.' }),
  );
}

export function saveTiers(
  _ctx: CoreContext,
  _input: ParsedInput<'loyaltySettings.saveTiers'>,
): Promise<ProcedureOutput<'loyaltySettings.saveTiers'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'loyaltySettings.saveTiers is not built yet.' }),
  );
}

export function saveChurnRules(
  _ctx: CoreContext,
  _input: ParsedInput<'loyaltySettings.saveChurnRules'>,
): Promise<ProcedureOutput<'loyaltySettings.saveChurnRules'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'loyaltySettings.saveChurnRules is not built yet.' }),
  );
}

export function resetLoyaltySettings(
  _ctx: CoreContext,
  _input: ParsedInput<'loyaltySettings.reset'>,
): Promise<ProcedureOutput<'loyaltySettings.reset'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'loyaltySettings.reset is not built yet.' }),
  );
}
