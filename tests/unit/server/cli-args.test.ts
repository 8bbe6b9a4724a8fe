// The server's command line: each command with its defaults, and a clear message for every bad
// argument (the process prints it and exits with 2).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliArgumentError, parseCliArgs } from '../../../src/server/cli-args';

function refusal(args: string[]): string {
  try {
    parseCliArgs(args);
  } catch (error) {
    if (error instanceof CliArgumentError) return error.message;
    throw error;
  }
  throw new Error(`"${args.join(' ')}" was accepted`);
}

describe('server command line arguments', () => {
  it('serves by default with the documented defaults, PORT from the environment', () => {
    expect(parseCliArgs([])).toEqual({
      command: 'serve',
      dataDir: path.resolve('.server-data'),
      port: 8787,
      host: '127.0.0.1',
      compactAfterDays: 30,
    });
    expect(parseCliArgs(['--data-dir', 'x', '--port', '9000'], { PORT: '1' })).toMatchObject({
      dataDir: path.resolve('x'),
      port: 9000,
    });
    expect(parseCliArgs(['serve'], { PORT: '8080' })).toMatchObject({ port: 8080 });
  });

  it('reads create-workspace and invite', () => {
    expect(parseCliArgs(['create-workspace', '--name', ' Acme ', '--invite-days', '3'])).toMatchObject({
      command: 'create-workspace',
      name: 'Acme',
      inviteDays: 3,
    });
    expect(
      parseCliArgs(['invite', '--workspace', 'W1', '--role', 'account_owner', '--regions', 'North, ,East']),
    ).toMatchObject({
      command: 'invite',
      workspace: 'W1',
      role: 'account_owner',
      regions: ['North', 'East'],
      ownerId: '',
      inviteDays: 7,
    });
  });

  it('says what is wrong with bad arguments', () => {
    expect(refusal(['--bogus'])).toBe('Unknown option --bogus.');
    expect(refusal(['create-workspace', '--name'])).toBe('--name needs a value.');
    expect(refusal(['create-workspace'])).toMatch(/^create-workspace needs --name/);
    expect(refusal(['create-workspace', '--name', 'A', '--port', '1'])).toBe(
      '--port is not an option of create-workspace.',
    );
    expect(refusal(['frobnicate'])).toMatch(/^Unknown command "frobnicate"/);
    expect(refusal(['invite', 'extra', '--role', 'admin'])).toMatch(/^One command at a time/);
    expect(refusal(['--port', 'eighty'])).toBe('--port takes a whole number from 0 to 65535 (got "eighty").');
    expect(refusal(['--port', '70000'])).toMatch(/^--port takes a whole number/);
    expect(refusal(['invite', '--role', 'admin'])).toMatch(/^invite needs --workspace/);
    expect(refusal(['invite', '--workspace', 'W', '--role', 'boss'])).toBe(
      'invite needs --role admin, regional_manager or account_owner (got "boss").',
    );
    expect(refusal(['invite', '--workspace', 'W', '--role', 'regional_manager'])).toBe(
      'A regional manager needs --regions, e.g. --regions North,East.',
    );
    expect(refusal(['invite', '--workspace', 'W', '--role', 'admin', '--invite-days', '0'])).toMatch(
      /^--invite-days takes a whole number from 1 to 365/,
    );
  });
});
