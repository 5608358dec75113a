import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs } from './scripts/chrome.mjs';
import { petitionBackend } from './test/components/signature-counter/petition-backend.mjs';
import { petitionServerPlugin } from './test/petition-server-plugin.mjs';
import { screenPlugin } from './test/screen-plugin.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!**/node_modules/**'],
  nodeResolve: true,
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
  },
  // A scriptable petition backend for the signature counter and its shared store.
  middleware: [petitionBackend],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
    // What the browser exposes to assistive technology, for tests of hidden and revealed content.
    a11ySnapshotPlugin(),
    // The reference petition server, for end-to-end sign-up through the framed form.
    petitionServerPlugin(),
    // Forced colours and screenshots, for what the page shows (test/internal/visible.test.ts).
    screenPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { args: chromeArgs } })],
  // Lit's dev build runs in tests for its extra checks; its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
