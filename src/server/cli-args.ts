// The sync server's command line, parsed into one command (pure, so every bad argument has a
// tested message): `serve` (the default), `create-workspace` and `invite`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { roles, type Role } from '../shared/sync-protocol';
import { defaultInvitationDays } from './workspaces/invitations';
import { aRole } from './workspaces/regions';

export type CliCommand =
  | {
      command: 'serve';
      dataDir: string;
      port: number;
      host: string;
      compactAfterDays: number;
    }
  | { command: 'create-workspace'; dataDir: string; name: string; inviteDays: number }
  | {
      command: 'invite';
      dataDir: string;
      workspace: string;
      role: Role;
      regions: string[];
      ownerId: string;
      inviteDays: number;
    };

export const cliUsage = `Usage:
  npm run server -- [serve] [--data-dir DIR] [--port N] [--host H] [--compact-after-days N]
  npm run server -- create-workspace --name "Acme" [--data-dir DIR] [--invite-days N]
  npm run server -- invite --workspace ID --role admin|regional_manager|account_owner
                    [--regions North,East] [--owner-id ID] [--invite-days N] [--data-dir DIR]
With DATABASE_URL=postgres://… set, the server uses that PostgreSQL database instead of DIR.`;

/** A command line the server cannot run: the message says what to change. */
export class CliArgumentError extends Error {
  override name = 'CliArgumentError';
}

const commands = ['serve', 'create-workspace', 'invite'] as const;

// Each command's own options; --data-dir belongs to all of them.
const optionsOf: Record<(typeof commands)[number], string[]> = {
  serve: ['data-dir', 'port', 'host', 'compact-after-days'],
  'create-workspace': ['data-dir', 'name', 'invite-days'],
  invite: ['data-dir', 'workspace', 'role', 'regions', 'owner-id', 'invite-days'],
};

function wholeNumber(
  value: string | undefined,
  option: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new CliArgumentError(`--${option} takes a whole number from ${min} to ${max} (got "${value}").`);
  }
  return number;
}

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): CliCommand {
  let parsed: ReturnType<typeof parseArgsLoose>;
  try {
    parsed = parseArgsLoose(argv);
  } catch (error) {
    // Node's own wording ("…place it at the end of the command after '--'…") confuses more than it helps.
    const code = (error as { code?: unknown }).code;
    const option = error instanceof Error ? /'([^']+)'/.exec(error.message)?.[1] : undefined;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      throw new CliArgumentError(`Unknown option ${option}.`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
      throw new CliArgumentError(`${option.split(' ')[0]} needs a value.`);
    }
    throw new CliArgumentError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new CliArgumentError(`One command at a time (got "${positionals.join(' ')}").`);
  }
  const name = positionals[0] ?? 'serve';
  if (!(commands as readonly string[]).includes(name)) {
    throw new CliArgumentError(`Unknown command "${name}": use serve, create-workspace or invite.`);
  }
  const command = name as (typeof commands)[number];
  for (const option of Object.keys(values)) {
    if (!optionsOf[command].includes(option)) {
      throw new CliArgumentError(`--${option} is not an option of ${command}.`);
    }
  }
  const dataDir = path.resolve(values['data-dir'] ?? '.server-data');
  const inviteDays = wholeNumber(values['invite-days'], 'invite-days', defaultInvitationDays, 1, 365);

  if (command === 'serve') {
    return {
      command,
      dataDir,
      port: wholeNumber(values.port ?? env.PORT, 'port', 8787, 0, 65535),
      host: values.host ?? '127.0.0.1',
      compactAfterDays: wholeNumber(values['compact-after-days'], 'compact-after-days', 30, 0, 36500),
    };
  }
  if (command === 'create-workspace') {
    const workspaceName = values.name?.trim() ?? '';
    if (!workspaceName) {
      throw new CliArgumentError('create-workspace needs --name, e.g. --name "Acme Paints".');
    }
    if (workspaceName.length > 200) throw new CliArgumentError('--name is longer than 200 characters.');
    return { command, dataDir, name: workspaceName, inviteDays };
  }
  const workspace = values.workspace?.trim() ?? '';
  if (!workspace) {
    throw new CliArgumentError('invite needs --workspace with the id create-workspace printed.');
  }
  const role = values.role;
  if (!role || !(roles as readonly string[]).includes(role)) {
    throw new CliArgumentError(
      `invite needs --role admin, regional_manager or account_owner${role ? ` (got "${role}")` : ''}.`,
    );
  }
  const regions = (values.regions ?? '')
    .split(',')
    .map((region) => region.trim())
    .filter(Boolean);
  if (role !== 'admin' && regions.length === 0) {
    throw new CliArgumentError(`${aRole(role as Role)} needs --regions, e.g. --regions North,East.`);
  }
  return {
    command,
    dataDir,
    workspace,
    role: role as Role,
    regions,
    ownerId: values['owner-id']?.trim() ?? '',
    inviteDays,
  };
}

function parseArgsLoose(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'compact-after-days': { type: 'string' },
      name: { type: 'string' },
      'invite-days': { type: 'string' },
      workspace: { type: 'string' },
      role: { type: 'string' },
      regions: { type: 'string' },
      'owner-id': { type: 'string' },
    },
  });
}
