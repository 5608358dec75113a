import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readConfig } from '../../server/config.js';
import { catalogConsentVersion, CONSENT, consentVersion } from '../../server/consent.js';
import { loadPetitions } from '../../server/petitions.js';
import { loadSignatureSecret, SECRET_FILE_NAME } from '../../server/secret.js';
import { REPO_ROOT } from './helpers.js';

describe('readConfig', () => {
  it('has production defaults relative to the working directory', () => {
    const config = readConfig({}, '/srv/campaign');
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 8080);
    assert.equal(config.databasePath, '/srv/campaign/data/campaign.db');
    assert.equal(config.dataDir, '/srv/campaign/data');
    assert.equal(config.petitionsFile, '/srv/campaign/server/petitions.json');
    assert.equal(config.siteRoot, '/srv/campaign');
    assert.equal(config.cacheSeconds, 10);
    assert.equal(config.rateLimitPerMinute, 10);
    assert.equal(config.trustedProxies, 0);
    assert.equal(config.signatureSecret, undefined);
    assert.deepEqual([...config.allowedOrigins], []);
  });

  it('reads every variable', () => {
    const config = readConfig(
      {
        DATABASE_URL: 'sqlite:///var/lib/campaign/signatures.db',
        PORT: '3000',
        HOST: '0.0.0.0',
        ALLOWED_ORIGINS: 'https://partner.example/, https://other.example:8443',
        CACHE_SECONDS: '5',
        RATE_LIMIT: '0',
        TRUST_PROXY: '1',
        SIGNATURE_SECRET: 'a-long-random-secret',
        PETITIONS: 'config/petitions.json',
      },
      '/srv/campaign',
    );
    assert.equal(config.databasePath, '/var/lib/campaign/signatures.db');
    assert.equal(config.port, 3000);
    assert.equal(config.host, '0.0.0.0');
    assert.deepEqual([...config.allowedOrigins], ['https://partner.example', 'https://other.example:8443']);
    assert.equal(config.cacheSeconds, 5);
    assert.equal(config.rateLimitPerMinute, 0);
    assert.equal(config.trustedProxies, 1);
    assert.equal(config.signatureSecret, 'a-long-random-secret');
    assert.equal(config.petitionsFile, '/srv/campaign/config/petitions.json');
    assert.equal(config.postgresUrl, undefined);
  });

  it('reads a PostgreSQL DATABASE_URL, which needs SIGNATURE_SECRET, and the event-stream caps', () => {
    const config = readConfig({
      DATABASE_URL: 'postgres://campaign:secret@db.internal:5432/campaign',
      SIGNATURE_SECRET: 'shared',
      EVENT_STREAMS: '900',
      EVENT_STREAMS_PER_CLIENT: '3',
    });
    assert.equal(config.postgresUrl, 'postgres://campaign:secret@db.internal:5432/campaign');
    assert.equal(config.streamsTotal, 900);
    assert.equal(config.streamsPerClient, 3);
    assert.equal(readConfig({}).streamsTotal, 5000);
    assert.equal(readConfig({}).streamsPerClient, 50);
    assert.throws(() => readConfig({ EVENT_STREAMS: '0' }), /EVENT_STREAMS/);
  });

  it('refuses values it cannot use, naming the variable', () => {
    assert.throws(() => readConfig({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => readConfig({ RATE_LIMIT: '-1' }), /RATE_LIMIT/);
    assert.throws(() => readConfig({ DATABASE_URL: 'mysql://db/campaign' }), /DATABASE_URL/);
    assert.throws(() => readConfig({ DATABASE_URL: 'postgres://db/campaign' }), /SIGNATURE_SECRET/);
    assert.throws(() => readConfig({ ALLOWED_ORIGINS: 'partner.example' }), /ALLOWED_ORIGINS/);
  });

  it('reads TRUST_PROXY as a number of proxies (true is one, false none) and refuses anything else', () => {
    assert.equal(readConfig({ TRUST_PROXY: 'true' }).trustedProxies, 1);
    assert.equal(readConfig({ TRUST_PROXY: '2' }).trustedProxies, 2);
    assert.equal(readConfig({ TRUST_PROXY: 'false' }).trustedProxies, 0);
    assert.throws(() => readConfig({ TRUST_PROXY: 'yes' }), /TRUST_PROXY/);
  });
});

describe('loadSignatureSecret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'campaign-secret-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a random secret readable by the owner only, in a data folder it creates, and reuses it', () => {
    const dataDir = join(dir, 'data');
    const secret = loadSignatureSecret(undefined, dataDir);
    assert.match(secret, /^[0-9a-f]{64}$/);
    assert.equal(statSync(join(dataDir, SECRET_FILE_NAME)).mode & 0o777, 0o600);
    assert.equal(loadSignatureSecret(undefined, dataDir), secret);
  });

  it('prefers SIGNATURE_SECRET and then writes no file', () => {
    const dataDir = join(dir, 'configured');
    assert.equal(loadSignatureSecret('from-the-environment', dataDir), 'from-the-environment');
    assert.throws(() => statSync(join(dataDir, SECRET_FILE_NAME)));
  });
});

describe('loadPetitions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'campaign-petitions-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const petitionsFile = (content: unknown) => {
    const file = join(dir, 'petitions.json');
    writeFileSync(file, JSON.stringify(content));
    return file;
  };

  /** A petition as loaded, without the consent versions every petition gets (tested on their own below). */
  const loaded = (file: string, id: string) => {
    const { consentVersions: _versions, ...petition } = loadPetitions(file).get(id)!;
    return petition;
  };

  it('ships the demo petition', () => {
    assert.deepEqual(loaded(join(REPO_ROOT, 'server/petitions.json'), 'close-the-camps'), {
      id: 'close-the-camps',
      title: 'Tell China to close its secret “re-education” camps',
      goal: 1_000_000,
      shareUrl: '/',
      confirm: 'email',
    });
  });

  it('knows the form page’s consent wordings in every language, and a petition’s own consentTexts, by version', () => {
    const petition = { id: 'free-them', title: 'Free them', goal: 10 };
    const own = { lang: 'de', text: 'Ich bin einverstanden.' };
    const versions = loadPetitions(petitionsFile([{ ...petition, consentTexts: [own] }])).get(
      'free-them',
    )!.consentVersions;
    assert.equal(versions.size, Object.keys(CONSENT).length + 1);
    assert.deepEqual(versions.get(consentVersion(own)), own);
    assert.equal(
      consentVersion(own),
      createHash('sha256').update('de\nIch bin einverstanden.').digest('hex').slice(0, 16),
    );
    assert.deepEqual(versions.get(catalogConsentVersion('kk-Arab'))?.lang, 'kk-Arab');
    assert.equal(
      loadPetitions(petitionsFile([petition])).get('free-them')!.consentVersions.size,
      Object.keys(CONSENT).length,
    );
    for (const bad of [{ lang: 'de' }, { lang: 'de', text: ' ' }, { lang: 'kk-arab', text: 'x' }, 'text']) {
      assert.throws(() => loadPetitions(petitionsFile([{ ...petition, consentTexts: [bad] }])), /consentTexts/);
    }
  });

  it('confirms signatures by e-mail unless a petition says confirm "none", and refuses any other mode', () => {
    const petition = { id: 'free-them', title: 'Free them', goal: 10 };
    assert.equal(loadPetitions(petitionsFile([petition])).get('free-them')?.confirm, 'email');
    assert.equal(loadPetitions(petitionsFile([{ ...petition, confirm: 'none' }])).get('free-them')?.confirm, 'none');
    assert.throws(() => loadPetitions(petitionsFile([{ ...petition, confirm: 'sms' }])), /confirm "email"/);
  });

  it('refuses a file that is not an array, a petition without a positive goal, and a repeated id', () => {
    const petition = { id: 'free-them', title: 'Free them', goal: 10 };
    assert.throws(() => loadPetitions(petitionsFile(petition)), /array/);
    assert.throws(() => loadPetitions(petitionsFile([{ ...petition, goal: 0 }])), /goal/);
    assert.throws(() => loadPetitions(petitionsFile([{ ...petition, id: 'Free Them' }])), /kebab-case/);
    assert.throws(() => loadPetitions(petitionsFile([petition, petition])), /twice/);
  });

  it('takes an http(s) or relative shareUrl and privacyUrl, and refuses any other', () => {
    const petition = { id: 'free-them', title: 'Free them', goal: 10 };
    const links = { shareUrl: 'https://campaign.example/', privacyUrl: '/privacy' };
    assert.deepEqual(loaded(petitionsFile([{ ...petition, ...links }]), 'free-them'), {
      ...petition,
      ...links,
      confirm: 'email',
    });
    for (const bad of ['javascript:alert(1)', '', 42]) {
      assert.throws(() => loadPetitions(petitionsFile([{ ...petition, privacyUrl: bad }])), /URLs/);
      assert.throws(() => loadPetitions(petitionsFile([{ ...petition, shareUrl: bad }])), /URLs/);
    }
  });
});
