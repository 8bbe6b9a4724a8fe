// Runs before `npm test`: the end-to-end tests need Debian's Chromium (Playwright's own browser
// download cannot work offline) and the sync server's tests need PostgreSQL (they start their own
// cluster on 127.0.0.1). Installs them on Debian when running as root, else says how.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const canInstall =
    process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `The end-to-end tests need Chromium at ${chromium}.\n` +
        'On Debian or Ubuntu: sudo apt-get install -y chromium\n' +
        'Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
    );
    process.exit(1);
  }
  console.log('Installing Chromium for the end-to-end tests (apt-get install chromium)...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const hasPostgres =
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((version) =>
    existsSync(`/usr/lib/postgresql/${version}/bin/initdb`),
  );
if (!hasPostgres) {
  const canInstall =
    process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      'The sync server tests need PostgreSQL (they start a throwaway cluster on 127.0.0.1).\n' +
        'On Debian or Ubuntu: sudo apt-get install -y postgresql',
    );
    process.exit(1);
  }
  console.log('Installing PostgreSQL for the sync server tests (apt-get install postgresql)...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
