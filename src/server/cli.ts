// `npm run server -- [serve|create-workspace|invite] …`: the team sync server and its bootstrap.
// SQLite in the data folder by default; with DATABASE_URL=postgres://… it uses PostgreSQL and keeps
// no local state. create-workspace prints the one-time code of the workspace's first admin.
import { buildServer } from './app';
import { compactHistory } from './sync/compaction';
import { CliArgumentError, cliUsage, parseCliArgs, type CliCommand } from './cli-args';
import { openServerStore, type ServerStore } from './db/connect';
import { SyncHttpError } from './http-error';
import { createInvitation } from './workspaces/invitations';
import { roleLabels } from './workspaces/regions';
import { createWorkspace, findWorkspace } from './workspaces/workspaces';

function openStore(command: CliCommand): Promise<ServerStore> {
  const databaseUrl = process.env.DATABASE_URL;
  return openServerStore(databaseUrl ? { databaseUrl } : { dataDir: command.dataDir });
}

function where(command: CliCommand): string {
  return process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${command.dataDir}`;
}

function howToJoin(code: string, expiresAt: string): string {
  return [
    '',
    `    ${code}`,
    '',
    `This code works once, until ${expiresAt.slice(0, 16).replace('T', ' ')} UTC. It is not shown again.`,
    "In ChannelKeeper: Settings → Connect to a team server, enter this server's address and the code,",
    'then a name, email and password (at least 10 characters).',
  ].join('\n');
}

async function serve(command: Extract<CliCommand, { command: 'serve' }>): Promise<void> {
  const store = await openStore(command);
  const app = await buildServer({
    store,
    version: process.env.npm_package_version ?? '0.0.0',
    compactAfterDays: command.compactAfterDays,
    logger: true,
  });
  const address = await app.listen({ host: command.host, port: command.port });
  console.log(`ChannelKeeper sync server on ${address} (${where(command)})`);
  const compaction = scheduleCompaction(store, command.compactAfterDays, (message) => app.log.info(message));
  const stop = async () => {
    compaction.stop();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/**
 * Folds history older than the configured age into snapshots every hour (and once at start), so
 * the log does not grow for ever. Safe with several instances: compaction locks each workspace.
 */
function scheduleCompaction(
  store: ServerStore,
  olderThanDays: number,
  log: (message: string) => void,
): { stop(): void } {
  if (olderThanDays <= 0) return { stop: () => undefined };
  const run = () =>
    compactHistory(store, { now: new Date(), olderThanDays })
      .then((folded) => {
        if (folded > 0) log(`Compacted ${folded} log rows older than ${olderThanDays} days into snapshots`);
      })
      .catch((error: unknown) => log(`Compaction failed (will retry in an hour): ${String(error)}`));
  void run();
  const timer = setInterval(() => void run(), 60 * 60 * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

async function createWorkspaceCommand(
  command: Extract<CliCommand, { command: 'create-workspace' }>,
): Promise<void> {
  const store = await openStore(command);
  try {
    const now = new Date();
    const workspace = await createWorkspace(store.db, command.name, now);
    const invitation = await createInvitation(
      store.db,
      {
        workspaceId: workspace.id,
        role: 'admin',
        regions: [],
        ownerId: '',
        note: 'First admin',
        createdBy: null,
        days: command.inviteDays,
      },
      now,
    );
    console.log(`Workspace "${workspace.name}" created (${where(command)}).`);
    console.log(`Workspace id: ${workspace.publicId}`);
    console.log(`\nInvitation code for its first admin:`);
    console.log(howToJoin(invitation.code, invitation.expiresAt));
    console.log(
      `\nStart the server with: npm run server -- --data-dir ${command.dataDir}` +
        '\nMore teammates: invite them from the app (signed in as an admin) or with `npm run server -- invite`.',
    );
  } finally {
    await store.close();
  }
}

async function inviteCommand(command: Extract<CliCommand, { command: 'invite' }>): Promise<void> {
  const store = await openStore(command);
  try {
    const workspace = await findWorkspace(store.db, command.workspace);
    if (!workspace) {
      throw new CliArgumentError(
        `No workspace has the id "${command.workspace}" in ${where(command)}. Use the id create-workspace printed.`,
      );
    }
    const invitation = await createInvitation(
      store.db,
      {
        workspaceId: workspace.id,
        role: command.role,
        regions: command.regions,
        ownerId: command.ownerId,
        createdBy: null,
        days: command.inviteDays,
      },
      new Date(),
    );
    const regions = command.regions.length > 0 ? ` for ${command.regions.join(', ')}` : '';
    console.log(`Invitation to "${workspace.name}" as ${roleLabels[command.role]}${regions}:`);
    console.log(howToJoin(invitation.code, invitation.expiresAt));
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCliArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof CliArgumentError)) throw error;
    console.error(`${error.message}\n\n${cliUsage}`);
    process.exit(2);
  }
  try {
    if (command.command === 'serve') await serve(command);
    else if (command.command === 'create-workspace') await createWorkspaceCommand(command);
    else await inviteCommand(command);
  } catch (error) {
    if (error instanceof CliArgumentError || error instanceof SyncHttpError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

void main();
