// The home agenda: today, this week, overdue first, and reminders due.
// (Being built: each function answers INTERNAL until its implementation lands.)
import { CoreError } from '../../shared/errors';
import type { CoreContext } from '../context';

function notBuiltYet(name: string): never {
  throw new CoreError({ code: 'INTERNAL', message: `${name} is not built yet.` });
}

export async function homeAgenda(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('homeAgenda'));
}
