// Every test runs in a real headless Chromium (Debian's, or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.js';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chromium found: set CHROME_PATH or run `apt-get install chromium`.');
}

export default {
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['multivector-source', 'development', 'browser'] },
  plugins: [
    // The plugin reads tsconfig raw (no `extends`): point it at the file with the decorator flags.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"></head>
<body><script type="module" src="${testFramework}"></script></body></html>`,
};
