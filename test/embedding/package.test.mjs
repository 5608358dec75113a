// What `npm install campaign-widgets` gets: the built library, its types and manifest, the framework entries and
// editor data, README and LICENSE, and nothing else: no tests, no stories, no server, no demo data. And what the
// package's metadata promises of it, checked on the packed tarball by publint (strict) and Are the Types Wrong.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);

describe('npm pack', () => {
  it('packs dist, types, manifests, framework entries, README and LICENSE, and nothing else', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
    const files = JSON.parse(stdout)[0].files.map((file) => file.path);
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/campaign-widgets.js',
      'dist/sign-form.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/components/signature-counter/define.d.ts',
      'dist/custom-elements.json',
      'dist/react/index.js',
      'dist/react/index.d.ts',
      'dist/vue/index.js',
      'dist/vue/index.d.ts',
      'dist/vscode.html-custom-data.json',
      'dist/web-types.json',
    ]) {
      assert.ok(files.includes(needed), `${needed} is in the package`);
    }
    const stray = files.filter(
      (path) => !['package.json', 'README.md', 'LICENSE'].includes(path) && !path.startsWith('dist/'),
    );
    assert.deepEqual(stray, [], 'only dist/ besides the three top-level files');
    assert.deepEqual(
      files.filter((path) => path.startsWith('dist/server/') || /\.test\./.test(path)),
      [],
      'no server, no tests',
    );
  });
});

describe('the packed tarball', () => {
  let folder;
  let tarball;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cw-pack-'));
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder]);
    tarball = join(folder, JSON.parse(stdout)[0].filename);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('passes publint --strict: every field and export points at a file that ships, in the right format', async () => {
    const bytes = readFileSync(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) },
      strict: true,
    });
    assert.deepEqual(
      messages.map((message) => formatMessage(message, pkg, { color: false })),
      [],
    );
  });

  // ESM only, as Lit is: node10 and require() resolution are out of scope, so attw's esm-only profile.
  it('passes Are the Types Wrong for every entry: each resolves to JavaScript and to its types', async () => {
    const attw = join(process.cwd(), 'node_modules/.bin/attw');
    const result = await run(attw, [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color']).catch(
      (failure) => failure,
    );
    assert.equal(result.code ?? 0, 0, result.stdout);
  });
});
