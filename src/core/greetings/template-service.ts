// The user's greeting templates over the defaults: list, save (validated), reset.
// (Being built: each function answers INTERNAL until its implementation lands.)
import { CoreError } from '../../shared/errors';
import type { CoreContext } from '../context';

function notBuiltYet(name: string): never {
  throw new CoreError({ code: 'INTERNAL', message: `${name} is not built yet.` });
}

export async function listGreetingTemplates(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('listGreetingTemplates'));
}

export async function saveGreetingTemplate(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('saveGreetingTemplate'));
}

export async function resetGreetingTemplate(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('resetGreetingTemplate'));
}
