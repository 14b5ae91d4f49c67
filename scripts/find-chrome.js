// Finds the Chromium that the tests and scripts drive, and says in one line what to install
// when there is none. Used by web-test-runner.config.js, the benchmark and the story smoke test.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary: skips the wrapper script's noise
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string | undefined} the path of a Chromium or Chrome binary */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for a headless Chromium run as root on a machine with no outside network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup',
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = findChrome();
  if (!path) {
    console.error(
      'No Chromium found: set CHROME_PATH, or install it (Debian/Ubuntu: apt-get install chromium; macOS: install Google Chrome).',
    );
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}
