// Consent you can prove, and the campaign's report by partner: each confirmed signature records the version of the
// consent wording it agreed to and the day; a version the petition does not know is refused; signatures are counted
// per partner origin and day apart from them. On SQLite and PostgreSQL, through real HTTP, real mail and the real tool.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { catalogConsentVersion, consentVersion } from '../../server/consent.js';
import {
  assertJsonError,
  postSignature,
  runPetitionTool,
  signature,
  startTestServer,
  type TestServer,
} from './helpers.js';
import { linkIn, pressConfirm, startMailbox, type Mailbox } from './mailbox.js';
import { createTestDatabase, postgresSkipReason } from './postgres.js';

const PARTNER = 'https://partner.example';
/** A partner's own wording, for `inline`, listed in the petitions file. */
const PARTNER_WORDING = { lang: 'de', text: 'Ich stimme zu: die Kampagne speichert meinen Namen.' };
const UG_VERSION = catalogConsentVersion('ug');

function consentSuite(
  name: string,
  databaseUrl: () => Promise<{ url?: string; drop(): Promise<void> }>,
  skip: () => Promise<string | undefined>,
) {
  describe(`consent versions and the report by origin on ${name}`, { timeout: 60_000 }, async () => {
    const skipReason = await skip();
    const dir = mkdtempSync(join(tmpdir(), 'campaign-consent-'));
    const petitions = join(dir, 'petitions.json');
    let mailbox: Mailbox;
    let server: TestServer;
    let drop: () => Promise<void>;
    let toolEnv: Record<string, string>;

    before(async () => {
      if (skipReason) return;
      writeFileSync(
        petitions,
        JSON.stringify([{ id: 'close-the-camps', title: 'Free them', goal: 10, consentTexts: [PARTNER_WORDING] }]),
      );
      const database = await databaseUrl();
      drop = database.drop;
      mailbox = await startMailbox();
      const store: Record<string, string> = database.url
        ? { DATABASE_URL: database.url, SIGNATURE_SECRET: 'consent-test' }
        : {};
      server = await startTestServer({
        PETITIONS: petitions,
        SMTP_URL: mailbox.url,
        ALLOWED_ORIGINS: PARTNER,
        ...store,
      });
      toolEnv = { PETITIONS: petitions, DATABASE_URL: `sqlite:${server.databasePath}`, ...store };
    });
    after(async () => {
      if (skipReason) return;
      await server.close();
      await mailbox.close();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    });
    const test = (promise: string, body: () => Promise<void>) => it(promise, { skip: skipReason }, body);

    /** Signs as the form would, then confirms from the mail as its owner would; resolves with the mail. */
    async function signAndConfirm(fields: Record<string, unknown>, headers: Record<string, string> = {}) {
      assert.equal((await postSignature(server, fields, headers)).status, 202);
      const mail = await mailbox.next(fields.email as string);
      assert.equal((await pressConfirm(linkIn(mail.text))).status, 200);
      return mail;
    }

    test('records the wording’s version and the day of confirmation, and counts the framing partner apart', async () => {
      const fields = signature({ name: 'Reported Signer', lang: 'ug', consentVersion: UG_VERSION, origin: PARTNER });
      const before = await runPetitionTool(toolEnv, 'report', 'close-the-camps');
      await signAndConfirm(fields);
      const today = new Date().toISOString().slice(0, 10);

      const exported = await runPetitionTool(toolEnv, 'export', 'close-the-camps');
      assert.equal(exported.code, 0);
      assert.match(exported.stdout, /^name,country,consent_day,consent_version,email\r\n/);
      assert.match(exported.stdout, new RegExp(`^Reported Signer,,${today},${UG_VERSION},\r$`, 'm'));

      const report = await runPetitionTool(toolEnv, 'report', 'close-the-camps');
      assert.equal(report.code, 0);
      assert.equal(before.stdout, 'day,origin,signatures\r\n');
      assert.equal(report.stdout, `day,origin,signatures\r\n${today},${PARTNER},1\r\n`);
      assert.equal(report.stderr, 'reported 1 signatures of close-the-camps by partner origin and day\n');
    });

    test('takes a partner’s own wording from the petitions file, and the posting page’s origin for inline', async () => {
      const version = consentVersion(PARTNER_WORDING);
      await signAndConfirm(signature({ name: 'Inline Signer', consentVersion: version }), { Origin: PARTNER });
      // An origin the server does not allow is not kept: the tally holds no free text.
      await signAndConfirm(signature({ name: 'Elsewhere', origin: 'https://evil.example' }));
      const today = new Date().toISOString().slice(0, 10);
      const exported = await runPetitionTool(toolEnv, 'export', 'close-the-camps');
      assert.match(exported.stdout, new RegExp(`^Inline Signer,,${today},${version},\r$`, 'm'));

      const report = await runPetitionTool(toolEnv, 'report', 'close-the-camps', '--table');
      assert.match(report.stdout, new RegExp(`^${today}  ${PARTNER.replaceAll('.', '\\.')} +2$`, 'm'));
      assert.match(report.stdout, new RegExp(`^${today}  \\(unknown\\) +1$`, 'm'));
      // Nothing of a signer: no address, no name, no hash.
      for (const output of [report.stdout, report.stderr]) assert.doesNotMatch(output, /@|Signer|Elsewhere|Ayşe/);

      const wordings = await runPetitionTool(toolEnv, 'consent', 'close-the-camps');
      assert.match(wordings.stdout, new RegExp(`^${version},de,${PARTNER_WORDING.text}\r$`, 'm'));
      assert.match(wordings.stdout, new RegExp(`^${UG_VERSION},ug,`, 'm'));
    });

    test('refuses an unknown or missing version with a 422 and its reason, and mails nobody', async () => {
      const refused = [
        signature({ consentVersion: 'ffffffffffffffff' }),
        signature({ consentVersion: undefined }),
        signature({ consentVersion: 'not a version' }),
      ];
      for (const fields of refused) {
        const body = await assertJsonError(await postSignature(server, fields), 422);
        assert.equal(body.reason, 'unknown-consent-version');
      }
      // A signature that is accepted afterwards gets its mail: by then any mail for the refused ones would be there.
      await signAndConfirm(signature());
      assert.equal(
        mailbox.received.some((mail) => refused.some((fields) => mail.to.includes(fields.email as string))),
        false,
      );
    });
  });
}

consentSuite(
  'SQLite',
  async () => ({ drop: async () => {} }),
  async () => undefined,
);
consentSuite('PostgreSQL', createTestDatabase, postgresSkipReason);
