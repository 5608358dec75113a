import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { currentCount, postSignature, readRows, signature, startChild } from './helpers.js';

describe('durability of the server process', { timeout: 90_000 }, () => {
  let dir: string;
  let env: Record<string, string>;
  const children: ChildProcess[] = [];
  const start = async () => {
    const server = await startChild(env);
    children.push(server.child);
    return server;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'campaign-durability-'));
    env = { DATABASE_URL: `sqlite:${dir}/data/campaign.db` };
  });
  after(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 on SIGTERM and keeps count, de-duplication and idempotency keys across a restart', async () => {
    const first = await start();
    const repeated = signature();
    const firstAnswer = await postSignature(first, repeated, { 'Idempotency-Key': 'survives-restart' });
    assert.equal(firstAnswer.status, 201);
    const firstBody = await firstAnswer.json();
    for (let index = 0; index < 2; index++) assert.equal((await postSignature(first, signature())).status, 201);
    const count = await currentCount(first);
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);

    const second = await start();
    assert.equal(await currentCount(second), count);
    const replay = await postSignature(second, repeated, { 'Idempotency-Key': 'survives-restart' });
    assert.equal(replay.status, 201);
    assert.deepEqual(await replay.json(), firstBody);
    assert.equal((await postSignature(second, repeated)).status, 200, 'the same e-mail is still recognised');
    assert.equal(await currentCount(second), count);
    assert.ok(!`${first.output()}${second.output()}`.includes(String(repeated.email)), 'no e-mail in the logs');
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0);
  });

  it('has every acknowledged signature after kill -9 under load, and counts exactly the stored rows', async () => {
    const server = await start();
    const acknowledged: string[] = [];
    let killed = false;
    const attempts = Array.from({ length: 300 }, async () => {
      const body = signature({ contactOptIn: true });
      const response = await postSignature(server, body).catch(() => undefined);
      if (response?.status !== 201) return;
      acknowledged.push(String(body.email));
      if (acknowledged.length >= 100 && !killed) {
        killed = true;
        server.child.kill('SIGKILL');
      }
    });
    await Promise.all(attempts);
    assert.equal(await server.exited, null, 'the server was killed, not stopped');
    assert.ok(acknowledged.length >= 100);

    const restarted = await start();
    const stored = new Set(
      readRows<{ email: string }>(join(dir, 'data/campaign.db'), 'SELECT email FROM signatures').map(
        (row) => row.email,
      ),
    );
    const lost = acknowledged.filter((email) => !stored.has(email));
    assert.deepEqual(lost, [], 'no acknowledged signature is lost');
    assert.equal(
      await currentCount(restarted),
      readRows(join(dir, 'data/campaign.db'), 'SELECT id FROM signatures').length,
    );
    restarted.child.kill('SIGTERM');
    assert.equal(await restarted.exited, 0);
  });

  it('keeps signing when its log pipe closes (a log shipper that died must not take the petition down)', async () => {
    const server = await start();
    server.child.stdout!.destroy();
    for (let index = 0; index < 20; index++) assert.equal((await postSignature(server, signature())).status, 201);
    assert.equal(server.child.exitCode, null, `the server exited:\n${server.output()}`);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
  });
});
