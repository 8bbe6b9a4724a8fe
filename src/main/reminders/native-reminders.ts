// Native reminder notifications of the desktop app: Electron's Notification, the ledger as a
// small file in the data folder, and a click that brings the window forward at the item.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Notification } from 'electron';
import type { RpcResult } from '../../shared/errors';
import type { ReminderNotice } from './reminder-notices';
import { startReminderScheduler } from './reminder-scheduler';

export interface NativeRemindersOptions {
  dataDir: string;
  call(name: string, input: unknown): Promise<RpcResult<unknown>>;
  /** Shows the window at an app path. */
  open(path: string): void;
}

/** Starts the rounds; returns the stop function (nothing runs where notifications are unsupported). */
export function startNativeReminders(options: NativeRemindersOptions): () => void {
  if (!Notification.isSupported()) return () => undefined;
  const ledgerFile = join(options.dataDir, 'reminders-announced.json');
  // Electron drops a notification's click handler once the object is garbage-collected.
  const shown = new Set<Notification>();
  const notify = (notice: ReminderNotice): void => {
    const notification = new Notification({ title: notice.title, body: notice.body });
    shown.add(notification);
    notification.on('click', () => options.open(notice.path));
    notification.on('close', () => shown.delete(notification));
    notification.show();
  };
  const stop = startReminderScheduler({
    call: options.call,
    now: () => new Date(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    readLedger: () => readFile(ledgerFile, 'utf8').catch(() => null),
    writeLedger: (text) => writeFile(ledgerFile, text, 'utf8'),
    notify,
    setInterval: (run, ms) => setInterval(run, ms),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
    log: (message) => console.error(message),
  });
  return () => {
    stop();
    shown.clear();
  };
}
