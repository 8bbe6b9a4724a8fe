// Greetings to contacts: compose in their language, log as sent, list, festival recipients.
// (Being built: each function answers INTERNAL until its implementation lands.)
import { CoreError } from '../../shared/errors';
import type { CoreContext } from '../context';

function notBuiltYet(name: string): never {
  throw new CoreError({ code: 'INTERNAL', message: `${name} is not built yet.` });
}

export async function composeGreetingFor(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('composeGreetingFor'));
}

export async function markGreetingSent(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('markGreetingSent'));
}

export async function listPartnerGreetings(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('listPartnerGreetings'));
}

export async function festivalRecipients(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('festivalRecipients'));
}
