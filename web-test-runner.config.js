// Every test runs in a real headless Chromium (Debian's, or CHROME_PATH).
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.js';

/**
 * React ships CommonJS only and Vue's module build reads `process.env`, neither of which the
 * test server handles: the framework test (packages/multivector/src/frameworks.test.ts)
 * imports both from this one URL instead, bundled by esbuild the first time it is asked for.
 */
const FRAMEWORKS_URL = '/__test/frameworks.js';
const FRAMEWORKS = [
  "export { createElement } from 'react';",
  "export { flushSync } from 'react-dom';",
  "export { createRoot } from 'react-dom/client';",
  "export { createApp, h, nextTick, ref, shallowRef } from 'vue';",
].join('\n');
let frameworksModule;
const frameworksAsModule = {
  name: 'frameworks-as-module',
  async serve(context) {
    if (context.path !== FRAMEWORKS_URL) return undefined;
    frameworksModule ??= build({
      stdin: { contents: FRAMEWORKS, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text);
    return { body: await frameworksModule, type: 'js' };
  },
};

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
    frameworksAsModule,
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"></head>
<body><script type="module" src="${testFramework}"></script></body></html>`,
};
