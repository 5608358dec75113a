// What `npm install campaign-widgets` gets: the built library, its types and manifest, README and LICENSE,
// and nothing else: no tests, no stories, no server, no demo data.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

describe('npm pack', () => {
  it('packs dist, types, custom-elements.json, README and LICENSE, and nothing else', async () => {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
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
    ]) {
      assert.ok(files.includes(needed), `${needed} is in the package`);
    }
    const stray = files.filter((path) => !['package.json', 'README.md', 'LICENSE'].includes(path) && !path.startsWith('dist/'));
    assert.deepEqual(stray, [], 'only dist/ besides the three top-level files');
    assert.deepEqual(files.filter((path) => path.startsWith('dist/server/') || /\.test\./.test(path)), [], 'no server, no tests');
  });
});
