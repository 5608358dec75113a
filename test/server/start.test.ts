import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VERSION } from '../../src/internal/version.js';
import { REPO_ROOT, startChild, type ChildServer } from './helpers.js';

// `npm start` runs `node dist/server/main.js` from the repository root after building. Here it runs from a
// folder that looks like a fresh clone (demo/, dist/ and server/ beside each other, no data/ yet) with no
// configuration but a free port, so the test never collides with a server already on 8080.
describe('npm start on a fresh clone', { timeout: 60_000 }, () => {
  let clone: string;
  let server: ChildServer;

  before(async () => {
    clone = mkdtempSync(join(tmpdir(), 'campaign-fresh-clone-'));
    for (const folder of ['demo', 'dist']) symlinkSync(join(REPO_ROOT, folder), join(clone, folder));
    mkdirSync(join(clone, 'server'));
    symlinkSync(join(REPO_ROOT, 'server/petitions.json'), join(clone, 'server/petitions.json'));
    const environment = { DATABASE_URL: '', PETITIONS: '', ALLOWED_ORIGINS: '', SIGNATURE_SECRET: '' };
    server = await startChild(environment, { command: [join(REPO_ROOT, 'dist/server/main.js')], cwd: clone });
  });

  after(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(clone, { recursive: true, force: true });
  });

  it('prints the campaign page’s address and serves the demo page with the built widgets', async () => {
    assert.match(server.output(), /^Campaign page: http:\/\/127\.0\.0\.1:\d+\/$/m);
    const page = await fetch(server.url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<script type="module" src="\/dist\/campaign-widgets\.js"><\/script>/);
    const bundle = await fetch(new URL('dist/campaign-widgets.js', server.url));
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
  });

  it('prints the snippet a partner pastes: this release’s bundle from its own origin with its integrity, and the button', async () => {
    const integrity = readFileSync(join(REPO_ROOT, 'dist/campaign-widgets.js.sri'), 'utf8').trim();
    const script = `${server.url}dist/${VERSION}/campaign-widgets.js`;
    assert.ok(
      server
        .output()
        .includes(`<script type="module" src="${script}" integrity="${integrity}" crossorigin="anonymous"></script>`),
      server.output(),
    );
    assert.ok(server.output().includes(`<cw-action-button petition="${server.url}api/petitions/close-the-camps">`));
    // What it prints works: the bundle is there, any page may load it, and it is what the integrity value says.
    const bundle = await fetch(script);
    assert.equal(bundle.headers.get('access-control-allow-origin'), '*');
    const digest = createHash('sha384')
      .update(Buffer.from(await bundle.arrayBuffer()))
      .digest('base64');
    assert.equal(`sha384-${digest}`, integrity);
  });

  it('creates its SQLite database and secret on first start and serves the demo petition', async () => {
    assert.equal(existsSync(join(clone, 'data/campaign.db')), true);
    assert.equal(existsSync(join(clone, 'data/signature-secret')), true);
    const petition = await fetch(new URL('api/petitions/close-the-camps', server.url));
    assert.equal(petition.status, 200);
    assert.deepEqual(await petition.json(), {
      count: 0,
      goal: 1_000_000,
      title: 'Tell China to close its secret “re-education” camps',
    });
  });
});
