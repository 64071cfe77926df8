#!/usr/bin/env node
// `npm test`: make sure Chromium is there (install Debian's package when running as root on Debian,
// otherwise say exactly how to get it), build the app and its data, type-check, then run every test
// (unit tests in Node, browser tests in real Chromium).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const hasChromium = () => (process.env.ARTICLE_ATLAS_CHROMIUM && existsSync(process.env.ARTICLE_ATLAS_CHROMIUM)) || candidates.some(existsSync);
if (!hasChromium()) {
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebian) {
    console.error('npm test: Chromium missing; installing Debian\'s chromium package (apt-get install -y chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit' });
  }
  if (!hasChromium()) {
    console.error(
      'npm test: the browser tests need Chromium and it was not found.\n' +
        '  On Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  Elsewhere: install Chromium or Chrome and set ARTICLE_ATLAS_CHROMIUM=/path/to/chrome',
    );
    process.exit(1);
  }
}

run('npm', ['run', '--silent', 'build']);
run('npx', ['tsc', '--noEmit', '-p', '.']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
