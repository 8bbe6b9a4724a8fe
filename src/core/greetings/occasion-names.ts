// The English name of a greeting's occasion, for change labels ("Greet Tan Wei Ming: birthday")
// and timeline entries, which are written in the log in one language.
import type { GreetingOccasion } from '../../shared/greetings';
import { festivalName, isFestivalKey } from './templates';

export function occasionName(occasion: GreetingOccasion | string): string {
  if (isFestivalKey(occasion)) return festivalName(occasion, 'en');
  if (occasion === 'festival') return 'festival';
  return occasion;
}
