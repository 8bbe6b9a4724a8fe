// The desktop app's reminder rounds: on start and every 15 minutes, ask the core for the local
// profile's agenda and show a native notification for each reminder not yet announced today (the
// ledger survives restarts). Electron-free: the notification, clock, timers and storage are passed
// in, so the rules are tested without a window.
import type { Agenda } from '../../shared/agenda';
import type { AppStatus } from '../../shared/app';
import type { RpcResult } from '../../shared/errors';
import { freshReminders, parseLedger } from '../../shared/reminder-ledger';
import { noticesFor, type ReminderNotice } from './reminder-notices';

export const reminderIntervalMs = 15 * 60_000;

export interface ReminderSchedulerDeps {
  call(name: string, input: unknown): Promise<RpcResult<unknown>>;
  now(): Date;
  /** The computer's IANA time zone. */
  timeZone(): string;
  readLedger(): Promise<string | null>;
  writeLedger(text: string): Promise<void>;
  notify(notice: ReminderNotice): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  log?(message: string): void;
}

/** The day the clock shows in the zone, YYYY-MM-DD. */
export function localIsoDate(now: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * Whose reminders: the profile's own when it owns partners (a team), everyone's otherwise (one
 * person, whose partners may have no owner set) — the home screen's default too.
 */
export function agendaInputFor(profile: AppStatus['profile'], today: string, timeZone: string) {
  return { today, timeZone, ownerIds: profile.partnerCount > 0 ? [profile.id] : [] };
}

/** One round: the notices it showed (none when the core is unavailable or nothing is new). */
export async function checkReminders(deps: ReminderSchedulerDeps): Promise<ReminderNotice[]> {
  const timeZone = deps.timeZone();
  const today = localIsoDate(deps.now(), timeZone);
  const status = await deps.call('app.status', {});
  if (!status.ok) return [];
  const { profile } = status.value as AppStatus;
  const agenda = await deps.call('agenda.home', agendaInputFor(profile, today, timeZone));
  if (!agenda.ok) return [];
  const { fresh, ledger } = freshReminders(
    (agenda.value as Agenda).reminders,
    parseLedger(await deps.readLedger()),
    today,
  );
  if (fresh.length === 0) return [];
  // Written before showing: a crash in between loses a notice rather than repeating it forever.
  await deps.writeLedger(JSON.stringify(ledger));
  const notices = noticesFor(fresh);
  for (const notice of notices) deps.notify(notice);
  return notices;
}

/** Runs a round now and every interval; rounds never overlap. Returns the stop function. */
export function startReminderScheduler(
  deps: ReminderSchedulerDeps,
  intervalMs = reminderIntervalMs,
): () => void {
  let running = false;
  const round = (): void => {
    if (running) return;
    running = true;
    checkReminders(deps)
      .catch((error: unknown) =>
        deps.log?.(`reminders: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        running = false;
      });
  };
  round();
  const handle = deps.setInterval(round, intervalMs);
  return () => deps.clearInterval(handle);
}
