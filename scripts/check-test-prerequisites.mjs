// Runs before `npm test`: the end-to-end tests need Debian's Chromium (Playwright's own browser
// download cannot work offline). Installs it on Debian when running as root, else says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
