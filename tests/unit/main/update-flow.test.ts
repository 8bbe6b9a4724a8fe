// The update flow with a fake electron-updater: quiet when offline, an offer with readable notes,
// and nothing downloaded or installed until the person asks for it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpdatesStatus } from '../../../src/shared/updates';
import { releaseNotesText } from '../../../src/main/updates/release-notes';
import { classifyUpdateError } from '../../../src/main/updates/update-failure';
import {
  DAY_MS,
  scheduleUpdateChecks,
  UpdateFlow,
  type UpdaterPort,
} from '../../../src/main/updates/update-flow';
import {
  fileUpdateSettings,
  NO_UPDATE_SETTINGS,
  parseUpdateSettings,
  type UpdateSettings,
  type UpdateSettingsStore,
} from '../../../src/main/updates/update-settings';

type CheckResult = Awaited<ReturnType<UpdaterPort['checkForUpdates']>>;

/** Records what the flow asks of electron-updater; each test decides what the feed answers. */
class FakeUpdater implements UpdaterPort {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  feeds: string[] = [];
  checks = 0;
  downloads = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  answer: () => Promise<CheckResult> = () => Promise.resolve(null);
  downloadAnswer: () => Promise<unknown> = () => Promise.resolve(['/tmp/installer']);
  progress: ((info: { percent: number }) => void) | null = null;

  setFeedURL(options: { provider: 'generic'; url: string }): void {
    expect(options.provider).toBe('generic');
    this.feeds.push(options.url);
  }
  checkForUpdates(): Promise<CheckResult> {
    this.checks += 1;
    return this.answer();
  }
  downloadUpdate(): Promise<unknown> {
    this.downloads += 1;
    return this.downloadAnswer();
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
  }
  on(_event: 'download-progress', listener: (info: { percent: number }) => void): this {
    this.progress = listener;
    return this;
  }
}

function memorySettings(initial: UpdateSettings = NO_UPDATE_SETTINGS) {
  const store = { saved: initial, saves: 0 };
  const settings: UpdateSettingsStore = {
    load: () => store.saved,
    save: (next) => {
      store.saved = next;
      store.saves += 1;
    },
  };
  return { store, settings };
}

const DEFAULT_FEED = 'https://updates.example.com/desktop/';
const NOW = new Date('2026-03-02T09:30:00Z');

function setUp(options: { updater?: FakeUpdater | null; settings?: UpdateSettings } = {}) {
  const updater = options.updater === undefined ? new FakeUpdater() : options.updater;
  const { store, settings } = memorySettings(options.settings);
  const statuses: UpdatesStatus[] = [];
  const flow = new UpdateFlow({
    updater,
    currentVersion: '1.2.0',
    defaultFeedUrl: DEFAULT_FEED,
    settings,
    now: () => NOW,
    onStatus: (status) => statuses.push(status),
    log: () => undefined,
  });
  return { flow, updater: updater!, store, statuses };
}

function newer(version = '1.3.0', releaseNotes: string | null = null) {
  return () =>
    Promise.resolve({
      isUpdateAvailable: true,
      updateInfo: {
        version,
        releaseNotes,
        releaseDate: '2026-03-01T00:00:00.000Z',
      },
    });
}

describe('UpdateFlow', () => {
  it('turns off automatic download and install-on-quit and points electron-updater at the feed', () => {
    const { updater, flow } = setUp();
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.feeds).toEqual([DEFAULT_FEED]);
    expect(flow.status()).toMatchObject({
      supported: true,
      currentVersion: '1.2.0',
      feedUrl: DEFAULT_FEED,
      phase: { kind: 'idle' },
      lastCheck: null,
    });
  });

  it('stays silent when offline: nothing offered, the failure only recorded', async () => {
    const { flow, updater, store } = setUp();
    updater.answer = () => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED'));
    const status = await flow.check();
    expect(status.phase).toEqual({ kind: 'idle' });
    expect(status.lastCheck).toEqual({
      at: NOW.toISOString(),
      outcome: 'offline',
      detail: 'net::ERR_INTERNET_DISCONNECTED',
    });
    expect(store.saved.lastCheck?.outcome).toBe('offline');
    expect(updater.downloads).toBe(0);
  });

  it('keeps an earlier offer on screen when a later check cannot reach the feed', async () => {
    const { flow, updater } = setUp();
    updater.answer = newer('1.3.0', 'Faster search');
    await flow.check();
    updater.answer = () =>
      Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    const status = await flow.check();
    expect(status.phase).toMatchObject({ kind: 'available', update: { version: '1.3.0' } });
    expect(status.lastCheck?.outcome).toBe('offline');
  });

  it('records a feed that answers with an error as failed (not offline)', async () => {
    const { flow, updater } = setUp();
    updater.answer = () => Promise.reject(new Error('HttpError: 404 Not Found "latest-linux.yml"'));
    const status = await flow.check();
    expect(status.lastCheck?.outcome).toBe('failed');
    expect(status.phase).toEqual({ kind: 'idle' });
  });

  it('says up to date when the feed has nothing newer', async () => {
    const { flow, updater } = setUp();
    updater.answer = () =>
      Promise.resolve({ isUpdateAvailable: false, updateInfo: { version: '1.2.0', releaseNotes: null } });
    const status = await flow.check();
    expect(status.phase).toEqual({ kind: 'up-to-date' });
    expect(status.lastCheck?.outcome).toBe('up-to-date');
  });

  it('offers a newer version with its release notes as text, and downloads nothing by itself', async () => {
    const { flow, updater, statuses } = setUp();
    updater.answer = newer(
      '1.3.0',
      '<h2>What is new</h2><ul><li>Faster search</li><li>Dutch &amp; Malay</li></ul>',
    );
    const status = await flow.check();
    expect(status.phase).toEqual({
      kind: 'available',
      update: {
        version: '1.3.0',
        releaseNotes: 'What is new\n\n• Faster search\n• Dutch & Malay',
        releaseDate: '2026-03-01T00:00:00.000Z',
      },
      downloadFailed: null,
    });
    expect(statuses.map((s) => s.phase.kind)).toEqual(['checking', 'available']);
    expect(updater.downloads).toBe(0);
    expect(updater.installs).toEqual([]);
  });

  it('downloads only after Download, and installs only after Restart and install', async () => {
    const { flow, updater } = setUp();
    updater.answer = newer();
    await flow.check();
    // Installing before anything is downloaded does nothing.
    flow.install();
    expect(updater.installs).toEqual([]);

    let finish: (value: unknown) => void = () => undefined;
    updater.downloadAnswer = () => new Promise((resolve) => (finish = resolve));
    const downloading = flow.download();
    expect(flow.status().phase).toMatchObject({ kind: 'downloading', percent: 0 });
    updater.progress?.({ percent: 42.4 });
    expect(flow.status().phase).toMatchObject({ kind: 'downloading', percent: 42 });
    finish(['/tmp/installer']);
    await downloading;
    expect(flow.status().phase).toMatchObject({ kind: 'downloaded', update: { version: '1.3.0' } });
    expect(updater.installs).toEqual([]);

    flow.install();
    expect(updater.installs).toEqual([[false, true]]);
  });

  it('keeps the offer with the reason when a download fails, so the person can retry', async () => {
    const { flow, updater } = setUp();
    updater.answer = newer();
    await flow.check();
    updater.downloadAnswer = () => Promise.reject(new Error('net::ERR_CONNECTION_RESET'));
    const status = await flow.download();
    expect(status.phase).toMatchObject({ kind: 'available', downloadFailed: 'offline' });
    updater.downloadAnswer = () => Promise.resolve([]);
    expect((await flow.download()).phase.kind).toBe('downloaded');
  });

  it('does not download when nothing is offered, and a check does not undo a finished download', async () => {
    const { flow, updater } = setUp();
    await flow.download();
    expect(updater.downloads).toBe(0);
    updater.answer = newer();
    await flow.check();
    await flow.download();
    const checksBefore = updater.checks;
    expect((await flow.check()).phase.kind).toBe('downloaded');
    expect(updater.checks).toBe(checksBefore);
  });

  it('remembers "Later" for the offered version', async () => {
    const { flow, updater } = setUp();
    updater.answer = newer('1.3.0');
    await flow.check();
    expect(flow.postpone().postponedVersion).toBe('1.3.0');
    // The offer itself stays (Settings still shows it), nothing is fetched.
    expect(flow.status().phase.kind).toBe('available');
    expect(updater.downloads).toBe(0);
  });

  it('asks the feed once when checks overlap', async () => {
    const { flow, updater } = setUp();
    let finish: (value: CheckResult) => void = () => undefined;
    updater.answer = () => new Promise((resolve) => (finish = resolve));
    const first = flow.check();
    const second = flow.check();
    finish(null);
    await Promise.all([first, second]);
    expect(updater.checks).toBe(1);
  });

  it('changes the feed: validated, saved, handed to electron-updater, and back to the default with null', () => {
    const { flow, updater, store } = setUp();
    expect(flow.setFeedUrl('ftp://files.example.com/')).toEqual({ ok: false, problem: 'protocol' });
    expect(flow.setFeedUrl('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(flow.setFeedUrl('https://user:pw@sync.example.com/')).toEqual({
      ok: false,
      problem: 'credentials',
    });
    expect(flow.setFeedUrl('sync.example.com/updates')).toEqual({ ok: false, problem: 'invalid' });
    expect(store.saves).toBe(0);

    const answer = flow.setFeedUrl(' http://10.0.0.11:8787/updates/ ');
    expect(answer).toMatchObject({ ok: true, status: { feedUrl: 'http://10.0.0.11:8787/updates/' } });
    expect(store.saved.feedUrl).toBe('http://10.0.0.11:8787/updates/');
    expect(updater.feeds.at(-1)).toBe('http://10.0.0.11:8787/updates/');

    flow.setFeedUrl(null);
    expect(store.saved.feedUrl).toBeNull();
    expect(flow.status().feedUrl).toBe(DEFAULT_FEED);
    expect(updater.feeds.at(-1)).toBe(DEFAULT_FEED);
  });

  it('starts from the feed saved earlier', () => {
    const { flow, updater } = setUp({
      settings: { feedUrl: 'https://team.example.com/updates/', lastCheck: null },
    });
    expect(flow.status().feedUrl).toBe('https://team.example.com/updates/');
    expect(updater.feeds).toEqual(['https://team.example.com/updates/']);
  });

  it('refuses malformed requests from the page', async () => {
    const { flow, updater } = setUp();
    await expect(flow.handle({ action: 'rm -rf' })).resolves.toEqual({ ok: false, problem: 'request' });
    await expect(flow.handle(null)).resolves.toEqual({ ok: false, problem: 'request' });
    await expect(flow.handle({ action: 'set-feed', url: 42 })).resolves.toEqual({
      ok: false,
      problem: 'request',
    });
    await expect(flow.handle({ action: 'status' })).resolves.toMatchObject({ ok: true });
    expect(updater.checks).toBe(0);
  });

  it('in development (no updater) reports unsupported and never checks', async () => {
    const { flow } = setUp({ updater: null });
    const status = await flow.check();
    expect(status.supported).toBe(false);
    expect(status.phase).toEqual({ kind: 'idle' });
    expect(status.lastCheck).toBeNull();
  });
});

describe('scheduleUpdateChecks', () => {
  it('checks soon after start, then once a day, also after the computer slept', () => {
    let now = 0;
    const timers: { run: () => void; at: number }[] = [];
    const flow = { check: vi.fn(() => Promise.resolve({} as UpdatesStatus)) };
    const stop = scheduleUpdateChecks(flow, {
      firstDelayMs: 10_000,
      tickMs: 3_600_000,
      now: () => now,
      setTimer: (run, ms) => {
        const timer = { run, at: now + ms };
        timers.push(timer);
        return timer;
      },
      clearTimer: (timer) => timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1),
    });
    const advance = (ms: number) => {
      now += ms;
      for (;;) {
        const due = timers.find((timer) => timer.at <= now);
        if (!due) break;
        timers.splice(timers.indexOf(due), 1);
        due.run();
      }
    };
    expect(flow.check).not.toHaveBeenCalled();
    advance(10_000);
    expect(flow.check).toHaveBeenCalledTimes(1);
    advance(DAY_MS - 3_600_000);
    expect(flow.check).toHaveBeenCalledTimes(1);
    advance(3_600_000);
    expect(flow.check).toHaveBeenCalledTimes(2);
    // Asleep for three days: one check on waking, not three.
    now += 3 * DAY_MS;
    advance(3_600_000);
    expect(flow.check).toHaveBeenCalledTimes(3);
    stop();
    expect(timers).toEqual([]);
  });
});

describe('release notes', () => {
  it('keeps text as text and makes no markup of it', () => {
    expect(releaseNotesText('Fixes <script>alert(1)</script>the calendar')).toBe('Fixes the calendar');
    expect(releaseNotesText('<img src=x onerror="alert(1)">Safe')).toBe('Safe');
    expect(releaseNotesText('1 &lt; 2 &#38; 3 &#x26; 4')).toBe('1 < 2 & 3 & 4');
    expect(releaseNotesText(null)).toBe('');
  });

  it('joins per-version notes with their version', () => {
    expect(
      releaseNotesText([
        { version: '1.3.0', note: '<p>Search</p>' },
        { version: '1.2.1', note: null },
      ]),
    ).toBe('1.3.0\nSearch\n\n1.2.1');
  });
});

describe('classifyUpdateError', () => {
  it.each([
    ['net::ERR_INTERNET_DISCONNECTED', 'offline'],
    ['net::ERR_NAME_NOT_RESOLVED', 'offline'],
    ['connect ECONNREFUSED 10.0.0.11:8787', 'offline'],
    ['HttpError: 404 Not Found', 'feed'],
    ['Cannot parse update info from latest.yml', 'feed'],
    ['something odd', 'other'],
  ])('%s is %s', (message, kind) => {
    expect(classifyUpdateError(new Error(message))).toBe(kind);
  });
});

describe('update settings file', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('round-trips, and reads garbage or an unsafe stored feed as nothing chosen', () => {
    dir = mkdtempSync(join(tmpdir(), 'ck-updates-'));
    const file = join(dir, 'update-settings.json');
    const store = fileUpdateSettings(file);
    expect(store.load()).toEqual(NO_UPDATE_SETTINGS);
    const saved = {
      feedUrl: 'https://team.example.com/updates/',
      lastCheck: { at: NOW.toISOString(), outcome: 'offline' as const, detail: 'ENOTFOUND' },
    };
    store.save(saved);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(saved);
    expect(store.load()).toEqual(saved);
    writeFileSync(file, '{not json');
    expect(store.load()).toEqual(NO_UPDATE_SETTINGS);
    expect(parseUpdateSettings(JSON.stringify({ feedUrl: 'file:///etc/', lastCheck: null }))).toEqual(
      NO_UPDATE_SETTINGS,
    );
  });
});
