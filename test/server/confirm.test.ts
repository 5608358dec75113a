// Petitions that confirm by e-mail (the default): nobody learns from the answer whether an address signed, and a
// signature counts only once its mailbox's owner has pressed the button behind the mailed link.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  currentCount,
  PETITION_PATH,
  postSignature,
  readRows,
  signature,
  startTestServer,
  type TestServer,
} from './helpers.js';
import { linkIn, pressConfirm, startMailbox, type Mailbox } from './mailbox.js';

/** Headers that differ between any two answers, whatever they answer. */
const VOLATILE_HEADERS = new Set(['date']);

interface Answer {
  status: number;
  headers: [string, string][];
  body: string;
}

async function answerOf(response: Response): Promise<Answer> {
  const headers = [...response.headers].filter(([name]) => !VOLATILE_HEADERS.has(name));
  return { status: response.status, headers, body: await response.text() };
}

describe('signatures confirmed by e-mail', { timeout: 90_000 }, () => {
  let mailbox: Mailbox;
  let server: TestServer;

  before(async () => {
    mailbox = await startMailbox();
    server = await startTestServer({ PETITIONS: 'server/petitions.json', SMTP_URL: mailbox.url });
  });

  after(async () => {
    await server?.close();
    await mailbox?.close();
  });

  async function signAndConfirm(fields: Record<string, unknown>): Promise<void> {
    await postSignature(server, fields);
    const mail = await mailbox.next(fields.email as string);
    assert.equal((await pressConfirm(linkIn(mail.text))).status, 200);
  }

  it('answers a new, a pending and an already signed address byte for byte alike, and counts none of them', async () => {
    const signed = signature();
    await signAndConfirm(signed);
    const pending = signature();
    await postSignature(server, pending);
    const before = await currentCount(server);

    const answers = [
      await answerOf(await postSignature(server, signature())),
      await answerOf(await postSignature(server, { ...pending, name: 'Someone else' })),
      await answerOf(await postSignature(server, { ...signed, name: 'Someone else' })),
    ];
    assert.equal(answers[0]!.status, 202);
    assert.equal(answers[0]!.body, '{"confirm":"email"}');
    assert.deepEqual(answers[1], answers[0]);
    assert.deepEqual(answers[2], answers[0]);
    assert.equal(await currentCount(server), before);
  });

  it('mails a link in the signer’s language; opening it counts nothing; pressing its button counts the signature', async () => {
    const fields = signature({ lang: 'fr' });
    const before = await currentCount(server);
    assert.equal((await postSignature(server, fields)).status, 202);
    const mail = await mailbox.next(fields.email as string);
    assert.equal(mail.headers.get('content-language'), 'fr');
    assert.match(mail.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(mail.text, /Pour confirmer votre signature/);
    const link = linkIn(mail.text);
    assert.equal(link.origin, new URL(server.url).origin);

    // A scanner or prefetcher opens the link, maybe twice: a page with a button, nothing counted.
    for (let visit = 0; visit < 2; visit += 1) {
      const page = await fetch(link);
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('cache-control'), 'no-store');
      assert.equal(page.headers.get('x-frame-options'), 'DENY');
      assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      assert.match(await page.text(), /<html lang="fr"[\s\S]*<button type="submit">Confirmer ma signature<\/button>/);
    }
    assert.equal(await currentCount(server), before);

    const confirmed = await pressConfirm(link);
    assert.equal(confirmed.status, 200);
    assert.equal(confirmed.headers.get('cache-control'), 'no-store');
    assert.match(await confirmed.text(), /Merci : votre signature est comptée\./);
    assert.equal(await currentCount(server), before + 1);

    // The link is spent; signing again only brings a note, and the count stays.
    assert.equal((await fetch(link)).status, 410);
    const again = await fetch(new URL('confirm', link), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: link.searchParams.get('token')! }).toString(),
    });
    assert.equal(again.status, 410);
    assert.equal((await postSignature(server, fields)).status, 202);
    const note = await mailbox.next(fields.email as string);
    assert.match(note.text, /Votre signature est déjà comptée/);
    assert.doesNotMatch(note.text, /confirm\?/);
    assert.equal(await currentCount(server), before + 1);
  });

  it('keeps no address of a signer who asked for news until they confirm, then keeps it with the consent', async () => {
    const fields = signature({ contactOptIn: true });
    const email = fields.email as string;
    await postSignature(server, fields);
    const mail = await mailbox.next(email);
    const dump = JSON.stringify(readRows(server.databasePath, 'SELECT * FROM pending_signatures'));
    assert.equal(dump.includes(email), false, 'the waiting signature holds no address in the clear');
    assert.equal(
      readRows(server.databasePath, `SELECT 1 FROM signatures WHERE contact_opt_in = 1 AND email = '${email}'`).length,
      0,
    );

    assert.equal((await pressConfirm(linkIn(mail.text))).status, 200);
    const rows = readRows<{ email: string; contact_opt_in: number }>(
      server.databasePath,
      `SELECT email, contact_opt_in FROM signatures WHERE email = '${email}'`,
    );
    assert.deepEqual(rows, [{ email, contact_opt_in: 1 }]);
  });

  // Languages the widgets ship whose mail was English before: the script shows it is not.
  for (const [lang, script] of [
    ['ug', /\p{Script=Arabic}{4}/u],
    ['kk', /\p{Script=Cyrillic}{4}/u],
    ['kk-Arab', /\p{Script=Arabic}{4}/u],
    ['kk-CN', /\p{Script=Arabic}{4}/u],
  ] as const) {
    it(`writes the mail, the already-signed note and the page in ${lang}, not in English`, async () => {
      const fields = signature({ lang });
      await postSignature(server, fields);
      const mail = await mailbox.next(fields.email as string);
      assert.equal(mail.headers.get('content-language'), lang === 'kk-CN' ? 'kk-Arab' : lang);
      assert.match(mail.text, script);
      assert.doesNotMatch(mail.text, /Someone|confirm your signature|the link/i);
      const page = await (await pressConfirm(linkIn(mail.text))).text();
      assert.match(page, script);
      assert.doesNotMatch(page, /Thank you/);
      await postSignature(server, fields);
      const note = await mailbox.next(fields.email as string);
      assert.match(note.text, script);
      assert.doesNotMatch(note.text, /already/);
    });
  }

  it('refuses an expired link, and a made-up token, without counting', async () => {
    const fields = signature();
    await postSignature(server, fields);
    const link = linkIn((await mailbox.next(fields.email as string)).text);
    const before = await currentCount(server);
    // As if the link's hours had passed (the expiry is a stored time; the clock is not the test's to move).
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(server.databasePath);
    db.prepare('UPDATE pending_signatures SET expires_at = 0').run();
    db.close();

    const page = await fetch(link);
    assert.equal(page.status, 410);
    assert.match(await page.text(), /This link has expired or was already used/);
    const post = await fetch(new URL('confirm', link), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `token=${'A'.repeat(43)}`,
    });
    assert.equal(post.status, 410);
    assert.equal(await currentCount(server), before);
  });

  it('answers a filled honeypot as it answers a person, and mails nobody', async () => {
    const fields = signature({ website: 'https://spam.example' });
    const response = await postSignature(server, fields);
    assert.equal(response.status, 202);
    assert.equal(await response.text(), '{"confirm":"email"}');
    assert.equal(
      mailbox.received.some((mail) => mail.to.includes(fields.email as string)),
      false,
    );
  });

  it('refuses a form-encoded signature (only the confirmation button posts a form)', async () => {
    const response = await fetch(`${server.url}${PETITION_PATH}/signatures`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=A&email=a%40example.org&consent=true',
    });
    assert.equal(response.status, 415);
  });
});

describe('the demo outbox (no SMTP_URL)', { timeout: 90_000 }, () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ PETITIONS: 'server/petitions.json' });
  });

  after(async () => server?.close());

  it('shows the mail it would have sent, marked as a demo, and its link confirms as a real one would', async () => {
    const fields = signature();
    assert.equal((await postSignature(server, fields)).status, 202);
    let page = '';
    for (let attempt = 0; attempt < 100 && !page.includes(fields.email as string); attempt += 1) {
      const outbox = await fetch(new URL('outbox', server.url));
      assert.equal(outbox.headers.get('cache-control'), 'no-store');
      page = await outbox.text();
      if (!page.includes(fields.email as string)) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.match(page, /This is a demo: no mail is sent/);
    const href = /<a href="([^"]+confirm[^"]+)">/.exec(page)?.[1]?.replaceAll('&amp;', '&');
    assert.ok(href);
    assert.equal((await pressConfirm(new URL(href))).status, 200);
    assert.equal(await currentCount(server), 1);
  });
});

describe('production', () => {
  it('refuses to start without SMTP_URL or PUBLIC_URL while a petition confirms by e-mail', async () => {
    await assert.rejects(
      startTestServer({
        PETITIONS: 'server/petitions.json',
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://petitions.example/',
      }),
      /SMTP_URL must be set/,
    );
    await assert.rejects(
      startTestServer({ PETITIONS: 'server/petitions.json', PETITION_PRODUCTION: '1', SMTP_URL: 'smtp://127.0.0.1:1' }),
      /PUBLIC_URL must be set/,
    );
  });
});
