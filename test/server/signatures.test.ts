import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import {
  assertJsonError,
  currentCount,
  PETITION_PATH,
  postSignature,
  readRows,
  signature,
  startTestServer,
  type TestServer,
} from './helpers.js';

interface SignatureRow {
  email_hash: string;
  email: string | null;
  name: string;
  country: string | null;
  contact_opt_in: number;
  consent_day: string;
}

describe('POST /api/petitions/:id/signatures', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const rowsFor = (email: string) =>
    readRows<SignatureRow>(server.databasePath, 'SELECT * FROM signatures').filter((row) => row.email === email);

  it('counts a new signature and answers 201 with the new count', async () => {
    const before = await currentCount(server);
    const response = await postSignature(server, signature({ name: 'ئەخمەت', country: 'DE', contactOptIn: false }));
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { count: before + 1 });
    assert.equal(await currentCount(server), before + 1);
  });

  it('accepts a name of 100 characters counted as code points, not UTF-16 units', async () => {
    const response = await postSignature(server, signature({ name: '😀'.repeat(100) }));
    assert.equal(response.status, 201);
  });

  it('answers 200 with the unchanged count when the same e-mail signs again in other letter case', async () => {
    const first = signature({ email: '  Maria.Lopez@Example.ORG ' });
    assert.equal((await postSignature(server, first)).status, 201);
    const count = await currentCount(server);
    const again = await postSignature(server, signature({ email: 'MARIA.LOPEZ@example.org', name: 'Maria' }));
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { count });
    assert.equal(await currentCount(server), count);
  });

  it('keeps only a keyed hash of the e-mail when the signer did not opt in to contact', async () => {
    const body = signature({ country: 'FR' });
    assert.equal((await postSignature(server, body)).status, 201);
    const rows = readRows<SignatureRow>(server.databasePath, "SELECT * FROM signatures WHERE country = 'FR'");
    assert.equal(rows.length, 1);
    const [row] = rows as [SignatureRow];
    assert.equal(row.email, null);
    assert.equal(row.contact_opt_in, 0);
    assert.match(row.email_hash, /^[\w-]{43}$/);
    assert.ok(!row.email_hash.includes(String(body.email)));
    assert.match(row.consent_day, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps the normalised e-mail (trimmed, domain lower-cased) when the signer opted in', async () => {
    const response = await postSignature(
      server,
      signature({ email: ' Opted.In@MAIL.Example.COM ', contactOptIn: true }),
    );
    assert.equal(response.status, 201);
    const [row] = rowsFor('Opted.In@mail.example.com');
    assert.ok(row, 'the opted-in address is stored');
    assert.equal(row.contact_opt_in, 1);
    assert.equal(row.name, 'Ayşe Yılmaz');
  });

  it('stores no client address at all', () => {
    const columns = readRows<{ name: string }>(server.databasePath, "SELECT name FROM pragma_table_info('signatures')");
    assert.deepEqual(columns.map((column) => column.name).sort(), [
      'consent_day',
      'consent_version',
      'contact_opt_in',
      'country',
      'email',
      'email_hash',
      'id',
      'name',
      'petition_id',
    ]);
  });

  it('answers a retry with the same Idempotency-Key with the first answer, without signing again', async () => {
    const headers = { 'Idempotency-Key': 'retry-after-timeout-1' };
    const body = signature();
    const first = await postSignature(server, body, headers);
    const firstBody = await first.json();
    await postSignature(server, signature()); // someone else signs in between
    const count = await currentCount(server);
    const retry = await postSignature(server, body, headers);
    assert.equal(retry.status, first.status);
    assert.deepEqual(await retry.json(), firstBody);
    assert.equal(await currentCount(server), count);
  });

  it('answers 422 to an Idempotency-Key reused with a different signature, and stores nothing', async () => {
    const headers = { 'Idempotency-Key': 'reused-for-another-body' };
    assert.equal((await postSignature(server, signature(), headers)).status, 201);
    const count = await currentCount(server);
    const other = signature();
    await assertJsonError(await postSignature(server, other, headers), 422);
    assert.equal(await currentCount(server), count);
    assert.deepEqual(rowsFor(String(other.email)), []);
    assert.equal((await postSignature(server, other)).status, 201, 'the other signature was not stored');
  });

  it('answers 400 to an Idempotency-Key longer than 200 characters', async () => {
    const response = await postSignature(server, signature(), { 'Idempotency-Key': 'k'.repeat(201) });
    await assertJsonError(response, 400);
  });

  it('answers a filled honeypot like a success but stores nothing', async () => {
    const before = await currentCount(server);
    const rowsBefore = readRows(server.databasePath, 'SELECT id FROM signatures').length;
    const response = await postSignature(server, signature({ website: 'https://spam.example' }));
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { count: before });
    assert.equal(readRows(server.databasePath, 'SELECT id FROM signatures').length, rowsBefore);
    assert.equal(await currentCount(server), before);
  });

  it('answers 413 to an oversized body while it streams in, before it has ended', async () => {
    const url = new URL(`${server.url}${PETITION_PATH}/signatures`);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = http.request(
        url,
        { method: 'POST', headers: { 'Content-Type': 'application/json' } },
        (response) => {
          resolve(response.statusCode);
          request.destroy();
        },
      );
      request.on('error', reject);
      request.write(`{"name":"${'x'.repeat(9 * 1024)}`); // chunked, with no Content-Length and no end
    });
    assert.equal(status, 413);
  });

  const invalidRequests: { promise: string; status: number; body: unknown; contentType?: string; fields?: object }[] = [
    { promise: 'malformed JSON', status: 400, body: '{"name": "Ayşe",' },
    { promise: 'a JSON array instead of an object', status: 400, body: '[{"name": "Ayşe"}]' },
    { promise: 'JSON null', status: 400, body: 'null' },
    { promise: 'a text/plain body', status: 415, body: JSON.stringify(signature()), contentType: 'text/plain' },
    {
      promise: 'a form-encoded body',
      status: 415,
      body: 'name=A&email=a%40b.org',
      contentType: 'application/x-www-form-urlencoded',
    },
    { promise: 'a body over 8 kB', status: 413, body: signature({ padding: 'x'.repeat(8 * 1024) }) },
    { promise: 'a missing name', status: 422, body: signature({ name: undefined }), fields: { name: 'required' } },
    { promise: 'a blank name', status: 422, body: signature({ name: '   ' }), fields: { name: 'required' } },
    {
      promise: 'a name of 101 characters',
      status: 422,
      body: signature({ name: 'é'.repeat(101) }),
      fields: { name: 'too_long' },
    },
    { promise: 'a name that is not text', status: 422, body: signature({ name: 42 }), fields: { name: 'invalid' } },
    { promise: 'a missing e-mail', status: 422, body: signature({ email: undefined }), fields: { email: 'required' } },
    {
      promise: 'an e-mail without @',
      status: 422,
      body: signature({ email: 'ayse.example.org' }),
      fields: { email: 'invalid' },
    },
    {
      promise: 'an e-mail without a domain',
      status: 422,
      body: signature({ email: 'ayse@localhost' }),
      fields: { email: 'invalid' },
    },
    {
      promise: 'an e-mail with a space',
      status: 422,
      body: signature({ email: 'ay se@example.org' }),
      fields: { email: 'invalid' },
    },
    {
      promise: 'an unknown country code',
      status: 422,
      body: signature({ country: 'XX' }),
      fields: { country: 'invalid' },
    },
    {
      promise: 'a lower-case country code',
      status: 422,
      body: signature({ country: 'de' }),
      fields: { country: 'invalid' },
    },
    {
      promise: 'a grouping, not a country',
      status: 422,
      body: signature({ country: 'EU' }),
      fields: { country: 'invalid' },
    },
    { promise: 'consent false', status: 422, body: signature({ consent: false }), fields: { consent: 'required' } },
    {
      promise: 'consent missing',
      status: 422,
      body: signature({ consent: undefined }),
      fields: { consent: 'required' },
    },
    {
      promise: 'consent "yes" instead of true',
      status: 422,
      body: signature({ consent: 'yes' }),
      fields: { consent: 'invalid' },
    },
    {
      promise: 'a contactOptIn that is not boolean',
      status: 422,
      body: signature({ contactOptIn: 'yes' }),
      fields: { contactOptIn: 'invalid' },
    },
    {
      promise: 'several bad fields, listing every one',
      status: 422,
      body: { name: '', email: 'nope', country: 'ZZ', consent: false },
      fields: { name: 'required', email: 'invalid', country: 'invalid', consent: 'required' },
    },
  ];

  for (const { promise, status, body, contentType, fields } of invalidRequests) {
    it(`answers ${status} to ${promise} and counts nothing`, async () => {
      const before = await currentCount(server);
      const response = await postSignature(server, body, contentType ? { 'Content-Type': contentType } : {});
      const answer = await assertJsonError(response, status);
      if (fields) assert.deepEqual(answer.fields, fields);
      assert.equal(await currentCount(server), before);
    });
  }
});

describe('signing under load', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ RATE_LIMIT: '0' });
  });
  after(() => server.close());

  it('counts 500 concurrent signatures from 20 clients exactly', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const url = new URL(`${server.url}${PETITION_PATH}/signatures`);
    const post = (body: object) =>
      new Promise<number | undefined>((resolve, reject) => {
        const request = http.request(
          url,
          { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } },
          (response) => {
            response.resume().on('end', () => resolve(response.statusCode));
          },
        );
        request.on('error', reject);
        request.end(JSON.stringify(body));
      });
    try {
      const statuses = await Promise.all(Array.from({ length: 500 }, () => post(signature())));
      assert.deepEqual(new Set(statuses), new Set([201]));
    } finally {
      agent.destroy();
    }
    assert.equal(await currentCount(server), 500);
    assert.equal(readRows(server.databasePath, 'SELECT id FROM signatures').length, 500);
  });
});
