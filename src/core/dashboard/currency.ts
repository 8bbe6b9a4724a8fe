// The currency the dashboard's money is in: the workspace's (chosen, or guessed from the partners'
// countries until chosen), the one every sales record is entered and imported in.
import type { CoreContext } from '../context';
import { workspaceCurrency } from '../workspace/settings';

export function dashboardCurrency(ctx: CoreContext): Promise<string> {
  return workspaceCurrency(ctx.db);
}
