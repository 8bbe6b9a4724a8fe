// The app-update flow, Electron-free so it is tested with a fake updater: check the feed quietly,
// offer a newer version with its notes, download it only when the person says so, and install it
// only when they click "Restart and install". Offline is normal for this app's users: a failed
// check changes nothing on screen and is only recorded.
import {
  checkFeedUrl,
  updateRequestSchema,
  type OfferedUpdate,
  type UpdateAnswer,
  type UpdateCheckRecord,
  type UpdatePhase,
  type UpdatesStatus,
} from '../../shared/updates';
import { releaseNotesText, type ReleaseNotesInput } from './release-notes';
import { classifyUpdateError, errorText } from './update-failure';
import type { UpdateSettings, UpdateSettingsStore } from './update-settings';

/** The part of electron-updater's AppUpdater the flow drives. */
export interface UpdaterPort {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{
    isUpdateAvailable?: boolean;
    updateInfo: { version: string; releaseNotes?: ReleaseNotesInput; releaseDate?: string };
  } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'download-progress', listener: (info: { percent: number }) => void): unknown;
}

export interface UpdateFlowOptions {
  /** null when the app is not an installed build (development): nothing to update. */
  updater: UpdaterPort | null;
  currentVersion: string;
  /** The feed the app was built with (electron-builder.yml `publish`). */
  defaultFeedUrl: string;
  settings: UpdateSettingsStore;
  now?: () => Date;
  /** Every change of the status, for the page. */
  onStatus?: (status: UpdatesStatus) => void;
  log?: (message: string) => void;
}

export class UpdateFlow {
  readonly #updater: UpdaterPort | null;
  readonly #options: UpdateFlowOptions;
  readonly #now: () => Date;
  #settings: UpdateSettings;
  #phase: UpdatePhase = { kind: 'idle' };
  #postponedVersion: string | null = null;
  #checking: Promise<UpdatesStatus> | null = null;

  constructor(options: UpdateFlowOptions) {
    this.#options = options;
    this.#updater = options.updater;
    this.#now = options.now ?? (() => new Date());
    this.#settings = options.settings.load();
    const updater = this.#updater;
    if (updater) {
      // The person decides: nothing is fetched or installed behind their back.
      updater.autoDownload = false;
      updater.autoInstallOnAppQuit = false;
      updater.setFeedURL({ provider: 'generic', url: this.feedUrl });
      updater.on('download-progress', (info) => {
        if (this.#phase.kind !== 'downloading') return;
        const percent = Math.max(0, Math.min(100, Math.round(info.percent)));
        if (percent === this.#phase.percent) return;
        this.#setPhase({ ...this.#phase, percent });
      });
    }
  }

  get feedUrl(): string {
    return this.#settings.feedUrl ?? this.#options.defaultFeedUrl;
  }

  status(): UpdatesStatus {
    return {
      supported: this.#updater !== null,
      currentVersion: this.#options.currentVersion,
      feedUrl: this.feedUrl,
      defaultFeedUrl: this.#options.defaultFeedUrl,
      phase: this.#phase,
      lastCheck: this.#settings.lastCheck,
      postponedVersion: this.#postponedVersion,
    };
  }

  /** Asks the feed for a newer version. Never throws: a failure is recorded in lastCheck. */
  check(): Promise<UpdatesStatus> {
    const updater = this.#updater;
    if (!updater) return Promise.resolve(this.status());
    // A download under way or done is not thrown away by a routine check.
    if (this.#phase.kind === 'downloading' || this.#phase.kind === 'downloaded') {
      return Promise.resolve(this.status());
    }
    this.#checking ??= this.#runCheck(updater).finally(() => {
      this.#checking = null;
    });
    return this.#checking;
  }

  async #runCheck(updater: UpdaterPort): Promise<UpdatesStatus> {
    const before = this.#phase;
    this.#setPhase({ kind: 'checking' });
    try {
      const result = await updater.checkForUpdates();
      if (!result || result.isUpdateAvailable === false) {
        this.#record('up-to-date', null);
        this.#setPhase({ kind: 'up-to-date' });
      } else {
        const update = offeredUpdate(result.updateInfo);
        this.#record('available', null);
        this.#setPhase({ kind: 'available', update, downloadFailed: null });
      }
    } catch (error) {
      const failure = classifyUpdateError(error);
      this.#log(`Update check failed (${failure}): ${errorText(error)}`);
      this.#record(failure === 'offline' ? 'offline' : 'failed', errorText(error));
      // Quiet: whatever was on screen before the check stays there.
      this.#setPhase(before.kind === 'checking' ? { kind: 'idle' } : before);
    }
    return this.status();
  }

  /** Only after the person chose Download for the offered version. */
  async download(): Promise<UpdatesStatus> {
    const updater = this.#updater;
    if (!updater || this.#phase.kind !== 'available') return this.status();
    const update = this.#phase.update;
    this.#setPhase({ kind: 'downloading', update, percent: 0 });
    try {
      await updater.downloadUpdate();
      this.#setPhase({ kind: 'downloaded', update });
    } catch (error) {
      const failure = classifyUpdateError(error);
      this.#log(`Update download failed (${failure}): ${errorText(error)}`);
      this.#setPhase({ kind: 'available', update, downloadFailed: failure });
    }
    return this.status();
  }

  /** "Later": no prompt for this version until the app starts again; Settings still offers it. */
  postpone(): UpdatesStatus {
    const phase = this.#phase;
    if (phase.kind === 'available' || phase.kind === 'downloaded') {
      this.#postponedVersion = phase.update.version;
      this.#emit();
    }
    return this.status();
  }

  /** Only after the person clicked "Restart and install" for a downloaded version. */
  install(): UpdatesStatus {
    if (this.#updater && this.#phase.kind === 'downloaded') {
      // Not silent (the installer shows its progress), and the app starts again afterwards.
      this.#updater.quitAndInstall(false, true);
    }
    return this.status();
  }

  setFeedUrl(text: string | null): UpdateAnswer {
    let feedUrl: string | null = null;
    if (text !== null) {
      const checked = checkFeedUrl(text);
      if (!checked.ok) return { ok: false, problem: checked.problem };
      feedUrl = checked.url === this.#options.defaultFeedUrl ? null : checked.url;
    }
    this.#settings = { ...this.#settings, feedUrl };
    this.#options.settings.save(this.#settings);
    this.#updater?.setFeedURL({ provider: 'generic', url: this.feedUrl });
    // What another feed offers may differ: the old offer no longer applies.
    if (this.#phase.kind === 'available' || this.#phase.kind === 'up-to-date') {
      this.#phase = { kind: 'idle' };
    }
    this.#emit();
    return { ok: true, status: this.status() };
  }

  /** One request from the page, checked against the contract (the page is not trusted blindly). */
  async handle(request: unknown): Promise<UpdateAnswer> {
    const parsed = updateRequestSchema.safeParse(request);
    if (!parsed.success) return { ok: false, problem: 'request' };
    const value = parsed.data;
    switch (value.action) {
      case 'status':
        return { ok: true, status: this.status() };
      case 'check':
        return { ok: true, status: await this.check() };
      case 'download':
        return { ok: true, status: await this.download() };
      case 'postpone':
        return { ok: true, status: this.postpone() };
      case 'install':
        return { ok: true, status: this.install() };
      case 'set-feed':
        return this.setFeedUrl(value.url);
    }
  }

  #record(outcome: UpdateCheckRecord['outcome'], detail: string | null): void {
    this.#settings = { ...this.#settings, lastCheck: { at: this.#now().toISOString(), outcome, detail } };
    try {
      this.#options.settings.save(this.#settings);
    } catch (error) {
      this.#log(`Could not save the update settings: ${errorText(error)}`);
    }
  }

  #setPhase(phase: UpdatePhase): void {
    this.#phase = phase;
    this.#emit();
  }

  #emit(): void {
    this.#options.onStatus?.(this.status());
  }

  #log(message: string): void {
    (this.#options.log ?? console.warn)(message);
  }
}

function offeredUpdate(info: {
  version: string;
  releaseNotes?: ReleaseNotesInput;
  releaseDate?: string;
}): OfferedUpdate {
  return {
    version: info.version,
    releaseNotes: releaseNotesText(info.releaseNotes),
    releaseDate: info.releaseDate ?? null,
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface UpdateScheduleOptions {
  /** Wait after start before the first check, so the window opens first. */
  firstDelayMs?: number;
  /** How often to look whether a day has passed (a computer that slept catches up within this). */
  tickMs?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Checks once soon after start, then whenever a day has passed since the last attempt. */
export function scheduleUpdateChecks(
  flow: Pick<UpdateFlow, 'check'>,
  options: UpdateScheduleOptions = {},
): () => void {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as NodeJS.Timeout));
  const tickMs = options.tickMs ?? 60 * 60 * 1000;
  let lastAttempt = 0;
  let timer: unknown = null;
  let stopped = false;

  const run = (force: boolean) => {
    if (stopped) return;
    if (force || now() - lastAttempt >= DAY_MS) {
      lastAttempt = now();
      void flow.check();
    }
    timer = setTimer(() => run(false), tickMs);
  };
  timer = setTimer(() => run(true), options.firstDelayMs ?? 10_000);
  return () => {
    stopped = true;
    clearTimer(timer);
  };
}
