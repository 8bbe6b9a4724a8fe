// The visit planner's week: due partners of a region by city, holidays and greetings near the week.
// (Being built: each function answers INTERNAL until its implementation lands.)
import { CoreError } from '../../shared/errors';
import type { CoreContext } from '../context';

function notBuiltYet(name: string): never {
  throw new CoreError({ code: 'INTERNAL', message: `${name} is not built yet.` });
}

export async function visitPlan(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('visitPlan'));
}
