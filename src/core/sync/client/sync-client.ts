// This computer's connection to a team server, one per open core: signing in (invitation or
// login), the choice about local data on joining, the background loop that pushes and pulls, the
// status the indicator shows, and signing out. Secrets go to the host's SecretStore; everything
// else it remembers is in local_settings (sync-state).
import { CoreError } from '../../../shared/errors';
import type { ChangeEvent } from '../../../shared/events';
import type { DownloadProgress, SyncConnectInput, SyncState, SyncStatus } from '../../../shared/sync';
import { sessionSchema, syncLimits, type SyncSession, type TeamUser } from '../../../shared/sync-protocol';
import { fieldMessage } from '../../../shared/validation';
import type { CoreContext } from '../../context';
import { adoptTeamIdentity } from '../../owners/service';
import { countWaitingChanges, listRefused, localDataSummary, purgeLocalData } from '../replica';
import type { SecretStore } from '../secret-store';
import { backUpBeforeJoining } from './backup';
import { laterProgress } from './download-progress';
import { SignedOutError, sessionStore, type SessionStore } from './session-store';
import { startSyncLoop, type SyncLoop, type SyncRunOutcome } from './sync-loop';
import { downloadSnapshot, pullChanges, pushOutbox, type SyncRunEnv } from './sync-run';
import {
  SyncServerError,
  SyncUnreachableError,
  normalizeServerUrl,
  syncHttp,
  type SyncHttp,
} from './sync-http';
import {
  clearConnection,
  readSyncSettings,
  saveSelfOwnerId,
  writeSyncSettings,
  type SyncSettings,
  type SyncUser,
} from './sync-state';

export interface SyncTiming {
  /** Sync on its own (after writes, on the interval); off in tests that drive every sync. */
  background: boolean;
  intervalMs: number;
  debounceMs: number;
  backoffMs: number;
  maxBackoffMs: number;
  requestTimeoutMs: number;
  pullPageSize: number;
  snapshotPageSize: number;
}

export const defaultSyncTiming: SyncTiming = {
  background: true,
  intervalMs: 30_000,
  debounceMs: 1_500,
  backoffMs: 2_000,
  maxBackoffMs: 60_000,
  requestTimeoutMs: 60_000,
  /** Change messages per pull page: few large pages (each is one transaction, one fsync). */
  pullPageSize: syncLimits.maxPullLimit,
  snapshotPageSize: 2_000,
};

export interface SyncClientOptions {
  secrets: SecretStore;
  timing: SyncTiming;
  /** The core's change events (local writes wake the loop). */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}

type LiveState = Extract<SyncState, 'synced' | 'syncing' | 'offline' | 'error' | 'signedOut'>;

const clients = new WeakMap<CoreContext, SyncClient>();

export function attachSyncClient(ctx: CoreContext, options: SyncClientOptions): SyncClient {
  const client = new SyncClient(ctx, options);
  clients.set(ctx, client);
  return client;
}

/** The sync client of an open core (contexts made without one, in tests, get a quiet default). */
export function syncClientOf(ctx: CoreContext): SyncClient {
  let client = clients.get(ctx);
  if (!client) {
    client = attachSyncClient(ctx, {
      secrets: {
        get: () => Promise.resolve(null),
        set: () => Promise.resolve(),
        delete: () => Promise.resolve(),
      },
      timing: { ...defaultSyncTiming, background: false },
      subscribe: () => () => undefined,
    });
  }
  return client;
}

export class SyncClient {
  private live: { state: LiveState; error: string | null } = { state: 'synced', error: null };
  private loop: SyncLoop | null = null;
  private readonly session: SessionStore;
  private syncing = false;
  /** How far the running sync's download has come, when it spans several pages. */
  private download: DownloadProgress | null = null;
  private eventsDuringSync = 0;
  private readonly unsubscribe: () => void;
  private closed = false;

  constructor(
    private readonly ctx: CoreContext,
    private readonly options: SyncClientOptions,
  ) {
    this.session = sessionStore(
      options.secrets,
      async (session) => {
        await writeSyncSettings(ctx.db, { user: userOf(session.user), workspace: session.workspace });
      },
      () => this.signedOutMessage(),
    );
    this.unsubscribe = options.subscribe(() => {
      // A sync's own pulls emit events too; writes made meanwhile are caught up after it.
      if (this.syncing) this.eventsDuringSync++;
      else this.loop?.soon();
    });
  }

  /** Resumes syncing when this computer was connected before the app closed. */
  async start(): Promise<void> {
    const settings = await readSyncSettings(this.ctx.db);
    if (settings.phase !== 'joined' && settings.phase !== 'joining') return;
    if (!(await this.session.load())) {
      this.live = { state: 'signedOut', error: this.signedOutMessage() };
      return;
    }
    this.startLoop();
    if (this.options.timing.background) void this.loop?.now();
  }

  /** Stops syncing until `start` (a restore replaces the data under the loop's feet). */
  async pause(): Promise<void> {
    await this.stopLoop();
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    await this.stopLoop();
  }

  async status(): Promise<SyncStatus> {
    const settings = await readSyncSettings(this.ctx.db);
    const base = {
      serverUrl: settings.serverUrl,
      workspace: settings.workspace,
      user: settings.user
        ? {
            name: settings.user.name,
            email: settings.user.email,
            role: settings.user.role,
            regions: settings.user.regions,
          }
        : null,
      lastSyncAt: settings.lastSyncAt,
    };
    if (settings.phase === 'off' || !settings.serverUrl) {
      return {
        ...base,
        state: 'off',
        waiting: 0,
        error: null,
        refused: [],
        localData: null,
        download: null,
      };
    }
    if (settings.phase === 'choose') {
      return {
        ...base,
        state: 'choose',
        waiting: 0,
        error: null,
        refused: [],
        localData: await localDataSummary(this.ctx),
        download: null,
      };
    }
    return {
      ...base,
      state: this.syncing ? 'syncing' : this.live.state,
      waiting: await countWaitingChanges(this.ctx),
      error: this.live.error,
      refused: await listRefused(this.ctx),
      localData: null,
      download: this.syncing ? this.download : null,
    };
  }

  async connect(input: SyncConnectInput): Promise<SyncStatus> {
    const http = this.http(input.serverUrl);
    let session: SyncSession;
    try {
      session =
        input.mode === 'invite'
          ? await http.json(
              {
                method: 'POST',
                path: '/v1/auth/accept-invite',
                json: {
                  code: input.code,
                  name: input.name,
                  email: input.email,
                  password: input.password,
                  ownerId: this.ctx.selfOwnerId,
                },
              },
              sessionSchema,
            )
          : await http.json(
              {
                method: 'POST',
                path: '/v1/auth/login',
                json: { email: input.email, password: input.password },
              },
              sessionSchema,
            );
    } catch (error) {
      throw connectError(error, input);
    }
    await this.stopLoop();
    const settings = await readSyncSettings(this.ctx.db);
    const sameWorkspace =
      settings.serverUrl === http.serverUrl && settings.workspace?.id === session.workspace.id;
    const joined = settings.joinedWorkspaces.includes(session.workspace.id);
    await this.session.save(session);
    await writeSyncSettings(this.ctx.db, {
      serverUrl: http.serverUrl,
      workspace: session.workspace,
      user: userOf(session.user),
      phase: joined ? 'joined' : 'choose',
      cursor: sameWorkspace ? settings.cursor : 0,
    });
    this.live = { state: 'synced', error: null };
    if (joined) {
      await this.becomeUser(session.user.ownerId);
      this.startLoop();
      await this.loop?.now();
      return this.status();
    }
    const local = await localDataSummary(this.ctx);
    if (local.partners > 0 || local.batches > 0) return this.status();
    await this.joinWith('download');
    return this.status();
  }

  async join(choice: 'upload' | 'download'): Promise<{ status: SyncStatus; backupFile: string }> {
    const settings = await readSyncSettings(this.ctx.db);
    if (settings.phase !== 'choose' || !settings.workspace) {
      throw new CoreError({
        code: 'CONFLICT',
        message:
          settings.phase === 'off'
            ? 'Connect to a team server first.'
            : 'This computer has already joined its workspace.',
      });
    }
    const backupFile = await backUpBeforeJoining(this.ctx, settings.workspace.name);
    await this.joinWith(choice);
    return { status: await this.status(), backupFile };
  }

  async syncNow(): Promise<SyncStatus> {
    const settings = await readSyncSettings(this.ctx.db);
    if (settings.phase === 'joined' || settings.phase === 'joining') {
      this.startLoop();
      await this.loop?.now();
    }
    return this.status();
  }

  async disconnect(): Promise<SyncStatus> {
    await this.stopLoop();
    const settings = await readSyncSettings(this.ctx.db);
    const tokens = await this.session.load();
    if (settings.serverUrl && tokens) {
      // Best effort: offline, the server's session simply expires on its own.
      const http = syncHttp({ serverUrl: settings.serverUrl, timeoutMs: 5_000 });
      await http
        .send({
          method: 'POST',
          path: '/v1/auth/logout',
          token: tokens.accessToken,
          json: { refreshToken: tokens.refreshToken },
        })
        .catch(() => undefined);
    }
    await this.session.clear();
    await clearConnection(this.ctx.db);
    this.live = { state: 'synced', error: null };
    return this.status();
  }

  /** Runs a request to the team server with this computer's session (the team procedures). */
  async withSession<T>(request: (http: SyncHttp, token: string) => Promise<T>): Promise<T> {
    const settings = await readSyncSettings(this.ctx.db);
    if (!settings.serverUrl || settings.phase === 'off') {
      throw new CoreError({ code: 'CONFLICT', message: 'Connect to a team server first.' });
    }
    const http = this.http(settings.serverUrl);
    return this.session.authorized(http, (token) => request(http, token));
  }

  private http(serverUrl: string): SyncHttp {
    return syncHttp({
      serverUrl: normalizeServerUrl(serverUrl),
      timeoutMs: this.options.timing.requestTimeoutMs,
    });
  }

  private async joinWith(choice: 'upload' | 'download'): Promise<void> {
    const settings = await readSyncSettings(this.ctx.db);
    if (!settings.workspace || !settings.user) return;
    if (choice === 'download') {
      // 'joining' first: a crash after the purge downloads the snapshot again at the next start.
      await writeSyncSettings(this.ctx.db, { phase: 'joining', cursor: 0 });
      await purgeLocalData(this.ctx);
    }
    await writeSyncSettings(this.ctx.db, {
      ...(choice === 'upload' ? { phase: 'joined' as const } : {}),
      joinedWorkspaces: [...new Set([...settings.joinedWorkspaces, settings.workspace.id])],
    });
    await this.becomeUser(settings.user.ownerId);
    this.startLoop();
    await this.loop?.now();
  }

  private async becomeUser(ownerId: string): Promise<void> {
    if (this.ctx.selfOwnerId === ownerId) return;
    await saveSelfOwnerId(this.ctx.db, ownerId);
    this.ctx.switchSelfOwner(ownerId);
  }

  private startLoop(): void {
    if (this.loop || this.closed) return;
    const timing = this.options.timing;
    const loop = startSyncLoop({
      run: () => this.runOnce(),
      intervalMs: timing.background ? timing.intervalMs : 2 ** 31 - 1,
      debounceMs: timing.debounceMs,
      backoffMs: timing.backoffMs,
      maxBackoffMs: timing.maxBackoffMs,
    });
    this.loop = timing.background ? loop : { ...loop, soon: () => undefined };
  }

  private async stopLoop(): Promise<void> {
    const loop = this.loop;
    this.loop = null;
    await loop?.stop();
  }

  /** One sync: finish a download join, push the outbox, pull the log. */
  private async runOnce(): Promise<SyncRunOutcome> {
    const settings = await readSyncSettings(this.ctx.db);
    if (!settings.serverUrl || !settings.workspace) return 'done';
    if (settings.phase !== 'joined' && settings.phase !== 'joining') return 'done';
    const env = this.env(settings);
    this.syncing = true;
    this.eventsDuringSync = 0;
    let outcome: SyncRunOutcome;
    try {
      if (settings.phase === 'joining') {
        await downloadSnapshot(env);
        await writeSyncSettings(this.ctx.db, { phase: 'joined' });
      }
      await pushOutbox(env);
      await pullChanges(env);
      // The user's owner row came with the workspace; one that did not (a first admin who chose
      // to start from an empty workspace) is made now, after the pull, never before it, and goes
      // out with this sync. A profile still under the computer's default name takes the name the
      // person signed up with, so teammates never see their edits as "Me".
      if (settings.user && (await adoptTeamIdentity(this.ctx, settings.user))) await pushOutbox(env);
      await writeSyncSettings(this.ctx.db, { lastSyncAt: new Date().toISOString() });
      this.live = { state: 'synced', error: null };
      outcome = 'done';
    } catch (error) {
      outcome = this.failed(error, settings.serverUrl);
    } finally {
      this.syncing = false;
      this.download = null;
    }
    if (outcome === 'done' && this.eventsDuringSync > 0 && (await countWaitingChanges(this.ctx)) > 0) {
      this.loop?.soon();
    }
    return outcome;
  }

  private env(settings: SyncSettings): SyncRunEnv {
    const http = this.http(settings.serverUrl ?? '');
    return {
      ctx: this.ctx,
      http,
      workspaceId: settings.workspace?.id ?? '',
      authorized: (request) => this.session.authorized(http, request),
      pullPageSize: this.options.timing.pullPageSize,
      snapshotPageSize: this.options.timing.snapshotPageSize,
      onDownload: (progress) => {
        this.download = laterProgress(this.download, progress);
      },
    };
  }

  private failed(error: unknown, serverUrl: string): SyncRunOutcome {
    if (error instanceof SignedOutError) {
      this.live = {
        state: 'signedOut',
        error: `${error.message} Changes made meanwhile wait on this computer.`,
      };
      return 'done';
    }
    if (error instanceof SyncUnreachableError) {
      this.live = {
        state: 'offline',
        error: `Could not reach the server at ${serverUrl}. Changes wait on this computer and go out when it is back.`,
      };
      return 'retry';
    }
    if (error instanceof SyncServerError) {
      this.live = { state: 'error', error: error.message };
      // A fast clock or a refusal of the whole workspace does not fix itself by retrying soon.
      return error.code === 'CLOCK_DRIFT' || error.code === 'FORBIDDEN' ? 'done' : 'retry';
    }
    console.error('[sync] sync failed:', error);
    this.live = {
      state: 'error',
      error: error instanceof CoreError ? error.message : 'Sync failed on this computer; it will try again.',
    };
    return 'retry';
  }

  private signedOutMessage(): string {
    return this.options.secrets.keepsAcrossRestarts === false
      ? 'Signed out: in browser mode the sign-in is kept in memory only, so sign in again after a restart.'
      : 'Your session has ended. Sign in again to keep syncing.';
  }
}

function userOf(user: TeamUser): SyncUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    regions: user.regions,
    ownerId: user.ownerId,
  };
}

/** Sign-in failures as messages at the field the user should look at. */
export function connectError(error: unknown, input: SyncConnectInput): CoreError {
  const serverUrl = normalizeServerUrl(input.serverUrl);
  const at = (field: string, key: string, params?: Record<string, string>) =>
    new CoreError({
      code: 'VALIDATION',
      message: fieldMessage(key, params).message,
      fields: { [field]: fieldMessage(key, params) },
    });
  if (error instanceof SyncUnreachableError) {
    return at('serverUrl', 'validation.syncUnreachable', { url: serverUrl });
  }
  if (!(error instanceof SyncServerError)) throw error;
  if (!error.protocol || error.status >= 500) {
    return error.status >= 500 && error.protocol
      ? at('serverUrl', 'validation.syncServerSaid', { message: error.message })
      : at('serverUrl', 'validation.syncNotAServer', { url: serverUrl });
  }
  if (error.code === 'RATE_LIMITED') {
    return at('password', 'validation.syncServerSaid', { message: error.message });
  }
  if (input.mode === 'login') {
    return error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND'
      ? at('password', 'validation.syncWrongPassword')
      : at('email', 'validation.syncServerSaid', { message: error.message });
  }
  if (error.code === 'CONFLICT') return at('email', 'validation.syncServerSaid', { message: error.message });
  if (error.code === 'BAD_REQUEST' && /password/i.test(error.message)) {
    return at('password', 'validation.syncServerSaid', { message: error.message });
  }
  return at('code', 'validation.syncInviteCode');
}
