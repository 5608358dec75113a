// `npm run petition -- export|find|erase`, run as an operator would, on the database a real server signed into.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { countriesCsv, csvField, originsCsv, originsTable, signaturesCsv } from '../../server/petition-cli.js';
import {
  currentCount,
  ENGLISH_CONSENT_VERSION,
  postSignature,
  runPetitionTool as petition,
  signature,
  startTestServer,
  type TestServer,
} from './helpers.js';
import { createTestDatabase, postgresSkipReason } from './postgres.js';

function toolSuite(
  name: string,
  database: () => Promise<{ env: Record<string, string>; drop(): Promise<void> }>,
  skip: () => Promise<string | undefined>,
) {
  describe(`the data tools on ${name}`, { timeout: 60_000 }, async () => {
    const skipReason = await skip();
    let server: TestServer;
    let env: Record<string, string>;
    let drop: () => Promise<void>;
    const quiet = signature({ name: 'Quiet, "Q"', country: 'DE' });
    const news = signature({ name: '=HYPERLINK("x")', contactOptIn: true });

    before(async () => {
      if (skipReason) return;
      ({ env, drop } = await database());
      server = await startTestServer(env);
      for (const body of [quiet, news]) assert.equal((await postSignature(server, body)).status, 201);
    });
    after(async () => {
      if (skipReason) return;
      await server.close();
      await drop();
    });
    const test = (promise: string, body: () => Promise<void>) => it(promise, { skip: skipReason }, body);

    test('exports confirmed signatures as CSV, with e-mails only of those who opted in, and says how many', async () => {
      const { code, stdout, stderr } = await petition(env, 'export', 'close-the-camps');
      assert.equal(code, 0);
      const day = new Date().toISOString().slice(0, 10);
      const version = ENGLISH_CONSENT_VERSION;
      assert.equal(
        stdout,
        `name,country,consent_day,consent_version,email\r\n"Quiet, ""Q""",DE,${day},${version},\r\n"'=HYPERLINK(""x"")",,${day},${version},${news.email}\r\n`,
      );
      assert.equal(stderr, 'exported 2 confirmed signatures of close-the-camps\n');
      assert.doesNotMatch(stdout, new RegExp(String(quiet.email)));
    });

    test('exports counts by country', async () => {
      const { stdout } = await petition(env, 'export', 'close-the-camps', '--by-country');
      assert.equal(stdout, 'country,signatures\r\n,1\r\nDE,1\r\n');
    });

    test('finds and erases one signer by address written another way, keeping the count exact, and prints no address', async () => {
      const before = await currentCount(server);
      const written = String(quiet.email).toUpperCase();
      const found = await petition(env, 'find', 'close-the-camps', written);
      assert.equal(found.code, 0);
      assert.match(found.stdout, /Quiet/);
      const erased = await petition(env, 'erase', 'close-the-camps', written);
      assert.equal(erased.code, 0);
      assert.equal(erased.stdout, '');
      assert.equal(
        erased.stderr,
        `erased 1 signature of that address from close-the-camps (and any unconfirmed ones); the count is now ${before - 1}\n`,
      );
      assert.doesNotMatch(found.stderr + erased.stderr, /@/);
      assert.equal(await currentCount(server), before - 1);
      const again = await petition(env, 'find', 'close-the-camps', written);
      assert.equal(again.code, 1);
      assert.equal(again.stdout, '');
    });

    test('anonymises a petition only once retainDays have passed since it closed, keeping its count', async () => {
      const { mkdtempSync, writeFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const dir = mkdtempSync(join(tmpdir(), 'campaign-retain-'));
      const file = (closesAt: string) => {
        const path = join(dir, `${closesAt}.json`);
        writeFileSync(
          path,
          JSON.stringify([{ id: 'close-the-camps', title: 'T', goal: 10, confirm: 'none', closesAt, retainDays: 30 }]),
        );
        return path;
      };
      const count = await currentCount(server);
      const early = await petition({ ...env, PETITIONS: file('2999-01-01') }, 'anonymise', 'close-the-camps');
      assert.equal(early.code, 1);
      assert.match(early.stderr, /keeps its signatures until 2999-01-31/);
      assert.equal((await petition(env, 'anonymise', 'close-the-camps')).code, 2, 'no closesAt: refused');

      const done = await petition({ ...env, PETITIONS: file('2020-01-01') }, 'anonymise', 'close-the-camps');
      assert.equal(done.code, 0);
      assert.equal(done.stderr, `anonymised ${count} signatures of close-the-camps; the count is still ${count}\n`);
      assert.equal(await currentCount(server), count);
      const exported = await petition(env, 'export', 'close-the-camps');
      assert.doesNotMatch(exported.stdout, /HYPERLINK|@/);
      // An anonymised signer is not recognised any more: signing again counts.
      assert.equal((await postSignature(server, news)).status, 201);
    });

    test('refuses an unknown command or petition, and says how to use it', async () => {
      assert.equal((await petition(env, 'drop', 'close-the-camps')).code, 2);
      assert.match((await petition(env, 'export', 'no-such-petition')).stderr, /no petition "no-such-petition"/);
    });
  });
}

toolSuite(
  'SQLite',
  async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'campaign-tools-'));
    return {
      env: { DATABASE_URL: `sqlite:${dir}/campaign.db`, SIGNATURE_SECRET: 'tools-test' },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  async () => undefined,
);
toolSuite(
  'PostgreSQL',
  async () => {
    const database = await createTestDatabase();
    return { env: { DATABASE_URL: database.url, SIGNATURE_SECRET: 'tools-test' }, drop: database.drop };
  },
  postgresSkipReason,
);

describe('CSV', () => {
  it('quotes what must be quoted and defuses spreadsheet formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('-1+1'), "'-1+1");
    assert.equal(signaturesCsv([]), 'name,country,consent_day,consent_version,email\r\n');
    assert.equal(countriesCsv([]), 'country,signatures\r\n');
  });

  it('reports signatures per origin and day as CSV, or as a table with totals', () => {
    const counts = [
      { day: '2026-11-29', origin: 'https://partner.example', count: 2 },
      { day: '2026-11-30', origin: '', count: 1 },
      { day: '2026-11-30', origin: 'https://partner.example', count: 3 },
    ];
    assert.equal(
      originsCsv(counts),
      'day,origin,signatures\r\n2026-11-29,https://partner.example,2\r\n2026-11-30,,1\r\n2026-11-30,https://partner.example,3\r\n',
    );
    assert.equal(
      originsTable(counts),
      [
        'day         origin                   signatures',
        '2026-11-29  https://partner.example           2',
        '2026-11-30  (unknown)                         1',
        '2026-11-30  https://partner.example           3',
        'total       https://partner.example           5',
        'total       (unknown)                         1',
        'total                                         6',
        '',
      ].join('\n'),
    );
  });
});
