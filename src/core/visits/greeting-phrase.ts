// How a bundled greeting reads in a visit's description: "birthday of Tan Wei Ming (12 Dec)".
// Stored text, so it is written in English like the rest of the stored labels.
import type { PlannerGreeting } from '../../shared/care';

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Dec" for 2026-12-12. */
export function shortDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthNames[Number(date.slice(5, 7)) - 1] ?? ''}`;
}

export function greetingPhrase(greeting: Pick<PlannerGreeting, 'kind' | 'title' | 'date' | 'years'>): string {
  const when = shortDate(greeting.date);
  switch (greeting.kind) {
    case 'birthday':
      return `birthday of ${greeting.title} (${when})`;
    case 'anniversary':
      return greeting.years === null
        ? `partnership anniversary (${when})`
        : `${greeting.years} ${greeting.years === 1 ? 'year' : 'years'} of partnership (${when})`;
    case 'festival':
      return `${greeting.title} (${when})`;
  }
}

/** The visit's description line listing what to bring. */
export function bringGreetingsLine(greetings: readonly Parameters<typeof greetingPhrase>[0][]): string {
  return greetings.length ? `Bring greetings: ${greetings.map(greetingPhrase).join('; ')}` : '';
}
