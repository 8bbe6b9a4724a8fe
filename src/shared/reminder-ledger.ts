// Which reminders were announced already today, so a reminder is announced once a day however
// often the agenda is polled (every 15 minutes) or the app restarted. Pure; the browser keeps the
// ledger in localStorage, the desktop app in a file in its data folder.

export interface ReminderLedger {
  /** The day (YYYY-MM-DD) the keys were announced on. */
  day: string;
  keys: string[];
}

/** A day's worth is small; the cap keeps a runaway list from growing the stored file forever. */
const maxKeys = 5_000;

export const emptyLedger: ReminderLedger = { day: '', keys: [] };

/** Reads a stored ledger, or an empty one when the stored text is missing or not a ledger. */
export function parseLedger(text: string | null): ReminderLedger {
  if (!text) return emptyLedger;
  try {
    const value: unknown = JSON.parse(text);
    if (
      value &&
      typeof value === 'object' &&
      typeof (value as ReminderLedger).day === 'string' &&
      Array.isArray((value as ReminderLedger).keys)
    ) {
      const { day, keys } = value as ReminderLedger;
      return { day, keys: keys.filter((key): key is string => typeof key === 'string') };
    }
  } catch {
    // A damaged file only means announcing today's reminders once more.
  }
  return emptyLedger;
}

/** The reminders not yet announced today, and the ledger with them added. */
export function freshReminders<Item extends { key: string }>(
  reminders: readonly Item[],
  ledger: ReminderLedger,
  today: string,
): { fresh: Item[]; ledger: ReminderLedger } {
  const announced = new Set(ledger.day === today ? ledger.keys : []);
  const fresh = reminders.filter((item) => !announced.has(item.key));
  for (const item of fresh) announced.add(item.key);
  return { fresh, ledger: { day: today, keys: [...announced].slice(-maxKeys) } };
}
