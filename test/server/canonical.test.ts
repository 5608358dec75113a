// One mailbox, one signature: an address written another way is the same signer, an address with invisible or
// look-alike characters is refused, and so is a name that shows as nothing or as something else.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { canonicalEmail, checkSignature } from '../../server/signature.js';
import {
  assertJsonError,
  currentCount,
  postSignature,
  readRows,
  signature,
  startTestServer,
  type TestServer,
} from './helpers.js';

describe('one mailbox, one signature', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const variants: [what: string, first: string, again: string][] = [
    ['full-width letters (NFKC)', 'alice@example.org', 'ａｌｉｃｅ@example.org'],
    ['a capital dotted I', 'alice2@example.org', 'ALİCE2@example.org'],
    ['a Unicode domain and its punycode', 'bob@exämple.org', 'bob@xn--exmple-cua.org'],
    ['a domain in capitals and full-width', 'carol@example.org', 'carol@ＥＸＡＭＰＬＥ.org'],
  ];
  for (const [what, first, again] of variants) {
    it(`counts an address once when it comes back with ${what}`, async () => {
      const address = (text: string) => text.replace('@', `.${process.pid}@`);
      assert.equal((await postSignature(server, signature({ email: address(first) }))).status, 201);
      const count = await currentCount(server);
      const response = await postSignature(server, signature({ email: address(again), name: 'Someone else' }));
      assert.equal(response.status, 200);
      assert.equal(await currentCount(server), count);
    });
  }

  const refusedAddresses: [what: string, email: string][] = [
    ['a zero-width space', 'ali\u200bce@example.org'],
    ['a soft hyphen', 'ali\u00adce@example.org'],
    ['a bidi override', '\u202eecila@example.org'],
    ['Latin mixed with a Cyrillic look-alike', '\u0430lice@example.org'],
    ['Latin mixed with a Greek look-alike', 'alic\u03b5@example.org'],
  ];
  for (const [what, email] of refusedAddresses) {
    it(`refuses an address with ${what} as invalid, and counts nothing`, async () => {
      const count = await currentCount(server);
      const body = await assertJsonError(await postSignature(server, signature({ email })), 422);
      assert.deepEqual(body.fields, { email: 'invalid' });
      assert.equal(await currentCount(server), count);
    });
  }

  it('takes an address written wholly in another script, with its domain kept in ASCII', async () => {
    const email = `почта${process.pid}@пример.рф`;
    assert.equal((await postSignature(server, signature({ email, contactOptIn: true }))).status, 201);
    const stored = readRows<{ email: string }>(
      server.databasePath,
      "SELECT email FROM signatures WHERE email LIKE 'почта%'",
    );
    assert.deepEqual(stored, [{ email: `почта${process.pid}@xn--e1afmkfd.xn--p1ai` }]);
  });

  const refusedNames: [what: string, name: string][] = [
    ['only a zero-width space', '\u200b'],
    ['only joiners and spaces', '\u200d \u200c'],
    ['a right-to-left override', '\u202eevil\u202c'],
    ['a left-to-right isolate', 'Ayşe \u2066Yılmaz\u2069'],
  ];
  for (const [what, name] of refusedNames) {
    it(`refuses a name made of ${what} with a field error`, async () => {
      const body = await assertJsonError(await postSignature(server, signature({ name })), 422);
      assert.deepEqual(body.fields, { name: 'invalid' });
    });
  }

  it('keeps a joiner inside a name, where scripts need it', () => {
    const checked = checkSignature(signature({ name: 'क्\u200dष' }));
    assert.ok('signature' in checked);
  });

  it('hashes ASCII addresses as before this canonical form, so earlier signers are still recognised', () => {
    assert.equal(canonicalEmail('Maria.Lopez@example.org'), 'maria.lopez@example.org');
  });
});
