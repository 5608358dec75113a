// Keys and files that protect signers: a strong key kept away from the data in production, and a data folder and
// database nobody else owns or may write.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { estimatedBits, SECRET_FILE_NAME } from '../../server/secret.js';
import { startTestServer } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'campaign-files-'));
let folders = 0;
/** A fresh folder for one server's data, and the DATABASE_URL naming a database in it. */
function dataFolder(): { dir: string; url: string } {
  const dir = join(root, `data-${folders++}`);
  return { dir, url: `sqlite:${dir}/campaign.db` };
}
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

after(() => rmSync(root, { recursive: true, force: true }));

describe('keys in production', () => {
  const production = { NODE_ENV: 'production' };

  it('refuses to start without SIGNATURE_SECRET, rather than keep a key beside the data', async () => {
    const { dir, url } = dataFolder();
    await assert.rejects(
      startTestServer({ ...production, DATABASE_URL: url }),
      /SIGNATURE_SECRET \(or SIGNATURE_SECRET_FILE\) must be set in production/,
    );
    await assert.rejects(startTestServer({ PETITION_PRODUCTION: '1', DATABASE_URL: url }), /must be set in production/);
    assert.throws(() => chmodSync(join(dir, SECRET_FILE_NAME), 0o600), /ENOENT/, 'no key file was written');
  });

  it('refuses a weak SIGNATURE_SECRET and takes 32 random bytes, in hex or base64', async () => {
    for (const weak of ['x', 'correct horse battery staple', 'a'.repeat(100), '0123456789'.repeat(5)]) {
      await assert.rejects(
        startTestServer({ ...production, DATABASE_URL: dataFolder().url, SIGNATURE_SECRET: weak }),
        /too weak/,
        weak,
      );
    }
    for (const strong of [
      randomBytes(32).toString('hex'),
      randomBytes(32).toString('base64'),
      randomBytes(32).toString('base64url'),
    ]) {
      const server = await startTestServer({ ...production, DATABASE_URL: dataFolder().url, SIGNATURE_SECRET: strong });
      await server.close();
    }
  });

  it('reads SIGNATURE_SECRET_FILE, and refuses one inside the data folder', async () => {
    const { dir, url } = dataFolder();
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, 'key'), randomBytes(32).toString('hex'));
    await assert.rejects(
      startTestServer({ ...production, DATABASE_URL: url, SIGNATURE_SECRET_FILE: join(dir, 'key') }),
      /outside the data folder/,
    );
    const outside = join(root, 'key-outside');
    writeFileSync(outside, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    const server = await startTestServer({ ...production, DATABASE_URL: url, SIGNATURE_SECRET_FILE: outside });
    await server.close();
  });

  it('estimates a key’s randomness from its length and character classes', () => {
    assert.ok(estimatedBits(randomBytes(32).toString('hex')) >= 256);
    assert.ok(estimatedBits('a'.repeat(60)) < 256);
    assert.ok(estimatedBits('short') < 256);
  });
});

describe('the data folder and its files', () => {
  it('refuses a data folder that others may write', async () => {
    const { dir, url } = dataFolder();
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    await assert.rejects(startTestServer({ DATABASE_URL: url }), /writable by others \(mode 777\)/);
  });

  it('refuses a database file or a key file that others may write', async () => {
    const first = dataFolder();
    mkdirSync(first.dir, { mode: 0o700 });
    writeFileSync(join(first.dir, 'campaign.db'), '', { mode: 0o666 });
    chmodSync(join(first.dir, 'campaign.db'), 0o666);
    await assert.rejects(
      startTestServer({ DATABASE_URL: first.url, SIGNATURE_SECRET: 'test' }),
      /campaign\.db is writable by others/,
    );

    const second = dataFolder();
    mkdirSync(second.dir, { mode: 0o700 });
    writeFileSync(join(second.dir, SECRET_FILE_NAME), 'planted');
    chmodSync(join(second.dir, SECRET_FILE_NAME), 0o646);
    await assert.rejects(startTestServer({ DATABASE_URL: second.url }), /signature-secret is writable by others/);
  });

  it(
    'refuses a data folder, and a key planted in it, that another user owns',
    { skip: isRoot ? false : 'needs root to hand files to another user' },
    async () => {
      const folder = dataFolder();
      mkdirSync(folder.dir, { mode: 0o700 });
      chownSync(folder.dir, NOBODY, NOBODY);
      await assert.rejects(startTestServer({ DATABASE_URL: folder.url }), /belongs to another user/);

      const planted = dataFolder();
      mkdirSync(planted.dir, { mode: 0o700 });
      writeFileSync(join(planted.dir, SECRET_FILE_NAME), 'planted', { mode: 0o600 });
      chownSync(join(planted.dir, SECRET_FILE_NAME), NOBODY, NOBODY);
      await assert.rejects(startTestServer({ DATABASE_URL: planted.url }), /signature-secret belongs to another user/);
    },
  );

  it('starts on a folder it owns and only it may write, as it creates one', async () => {
    const server = await startTestServer({ DATABASE_URL: dataFolder().url });
    await server.close();
  });
});
