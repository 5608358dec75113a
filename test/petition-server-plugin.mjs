// Starts the reference petition server (the built one, dist/server) for the browser tests that need a real
// backend, with its own temporary database, the test page's origin allowed, and no rate limit.
// Tests ask `/__petition-server` for its address.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function petitionServerPlugin() {
  let server;
  let dataDir;
  return {
    name: 'petition-server',
    async serverStart({ config }) {
      const { startServer } = await import('../dist/server/app.js');
      const { readConfig } = await import('../dist/server/config.js');
      dataDir = mkdtempSync(join(tmpdir(), 'cw-browser-tests-'));
      const env = {
        DATABASE_URL: `sqlite:${dataDir}/campaign.db`,
        PORT: '0',
        RATE_LIMIT: '0',
        ALLOWED_ORIGINS: `http://${config.hostname ?? 'localhost'}:${config.port}`,
        // The petition counts at the POST (`confirm: "none"`), so these tests see the form's cw-signed and the
        // counter move in one step; confirmation by e-mail, the default, is followed end to end in
        // test/server/confirm.test.ts and test/embedding/privacy.test.mjs.
        PETITIONS: 'test/server/petitions-instant.json',
      };
      server = await startServer(readConfig(env, REPO_ROOT));
    },
    serve(context) {
      if (context.path === '/__petition-server') {
        return { body: JSON.stringify({ url: server.url }), type: 'application/json' };
      }
      return undefined;
    },
    async serverStop() {
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
