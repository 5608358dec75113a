// `npm run petition -- <command>`: the campaign's data tools, on the store the server uses (DATABASE_URL, the same
// SIGNATURE_SECRET), SQLite and PostgreSQL alike. Each run says on stderr what it did and never prints personal data,
// except the export (stdout) or the one signer's data an operator asked for.
import { readConfig } from './config.js';
import { loadPetitions } from './petitions.js';
import { openPgStore } from './pg-store.js';
import { loadSignatureSecret } from './secret.js';
import { checkSignature, hashEmail } from './signature.js';
import { openSqliteStore } from './sqlite-store.js';
import type { OriginCount, SignatureStore, StoredSignature } from './store.js';

const USAGE = `usage: npm run petition -- <command>
  export <petition>              confirmed signatures as CSV (name, country, consent day and wording's version;
                                 e-mail only of those who opted in)
  export <petition> --by-country counts by country as CSV
  report <petition> [--table]    signatures per partner origin and day, as CSV or a table; no personal data
  consent <petition>             the consent wordings a signature may name: version, language, text
  find <petition> <email>        shows the signature of one address (a signer's request to see their data)
  erase <petition> <email>       erases the signature of one address, and its unconfirmed ones; the count stays exact
  anonymise <petition>           forgets every signer's name, address and opt-in, keeping the count, once
                                 retainDays have passed since closesAt (both in the petitions file)`;

/** One CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV, every field made safe. */
const csv = (lines: readonly (readonly string[])[]) =>
  lines.map((line) => `${line.map(csvField).join(',')}\r\n`).join('');

export function signaturesCsv(signatures: readonly StoredSignature[]): string {
  const rows = signatures.map((s) => [s.name, s.country ?? '', s.consentDay, s.consentVersion ?? '', s.email ?? '']);
  return csv([['name', 'country', 'consent_day', 'consent_version', 'email'], ...rows]);
}

/** The report's rows: day, origin (`''`: a signature whose page the server did not know), signatures. */
export function originsCsv(counts: readonly OriginCount[]): string {
  return csv([
    ['day', 'origin', 'signatures'],
    ...counts.map(({ day, origin, count }) => [day, origin, String(count)]),
  ]);
}

/** The same, as a table for a terminal, with each origin's total and the whole under it. */
export function originsTable(counts: readonly OriginCount[]): string {
  const totals = new Map<string, number>();
  for (const { origin, count } of counts) totals.set(origin, (totals.get(origin) ?? 0) + count);
  const rows = [
    ['day', 'origin', 'signatures'],
    ...counts.map(({ day, origin, count }) => [day, origin || '(unknown)', String(count)]),
    ...[...totals].map(([origin, count]) => ['total', origin || '(unknown)', String(count)]),
    ['total', '', String(counts.reduce((sum, { count }) => sum + count, 0))],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]!.padStart(widths[2]!)}\n`)
    .join('');
}

export function countriesCsv(signatures: readonly StoredSignature[]): string {
  const counts = new Map<string, number>();
  for (const { country } of signatures) counts.set(country ?? '', (counts.get(country ?? '') ?? 0) + 1);
  const rows = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return [['country', 'signatures'], ...rows.map(([country, count]) => [country, String(count)])]
    .map((line) => `${line.join(',')}\r\n`)
    .join('');
}

async function main(args: string[], out: (text: string) => void, say: (line: string) => void): Promise<number> {
  const [command, petitionId, argument] = args;
  if (!command || !petitionId || !['export', 'report', 'consent', 'find', 'erase', 'anonymise'].includes(command)) {
    say(USAGE);
    return 2;
  }
  const config = readConfig();
  const petition = loadPetitions(config.petitionsFile).get(petitionId);
  if (!petition) {
    say(`no petition "${petitionId}" in ${config.petitionsFile}`);
    return 2;
  }
  if (command === 'consent') {
    out(
      csv([
        ['version', 'lang', 'text'],
        ...[...petition.consentVersions].map(([version, { lang, text }]) => [version, lang, text]),
      ]),
    );
    say(
      `${petition.consentVersions.size} consent wordings of ${petitionId}: the form page's and the petitions file's consentTexts`,
    );
    return 0;
  }
  if (command === 'anonymise') {
    if (!petition.closesAt || petition.retainDays === undefined) {
      say(
        `${petitionId} has no closesAt and retainDays in ${config.petitionsFile}: nothing says when its signers may be forgotten`,
      );
      return 2;
    }
    const due = new Date(Date.parse(petition.closesAt) + petition.retainDays * 86_400_000).toISOString().slice(0, 10);
    if (new Date().toISOString().slice(0, 10) < due) {
      say(`${petitionId} keeps its signatures until ${due} (closesAt + retainDays); nothing changed`);
      return 1;
    }
  }
  const store: SignatureStore = config.postgresUrl
    ? await openPgStore(config.postgresUrl)
    : await openSqliteStore(config.databasePath);
  try {
    if (command === 'anonymise') {
      const changed = await store.anonymise(petitionId);
      say(`anonymised ${changed} signatures of ${petitionId}; the count is still ${await store.count(petitionId)}`);
      return 0;
    }
    if (command === 'report') {
      const counts = await store.originCounts(petitionId);
      out(argument === '--table' ? originsTable(counts) : originsCsv(counts));
      say(
        `reported ${counts.reduce((sum, { count }) => sum + count, 0)} signatures of ${petitionId} by partner origin and day`,
      );
      return 0;
    }
    if (command === 'export') {
      const signatures = await store.signaturesOf(petitionId);
      out(argument === '--by-country' ? countriesCsv(signatures) : signaturesCsv(signatures));
      say(
        `exported ${signatures.length} confirmed signatures of ${petitionId}${argument === '--by-country' ? ' as counts by country' : ''}`,
      );
      return 0;
    }
    // The address is checked and canonicalised as the form's was, so it finds the hash it was stored under.
    const checked = checkSignature({ name: 'x', email: argument, consent: true });
    if (!('signature' in checked)) {
      say('give the address as the signer wrote it: it is not a valid e-mail address');
      return 2;
    }
    const secret = loadSignatureSecret(config.signatureSecret, config.dataDir, {
      production: config.production,
      file: config.signatureSecretFile,
    });
    const emailHash = hashEmail(checked.signature.email, secret);
    if (command === 'find') {
      const signature = await store.findSignature(petitionId, emailHash);
      if (signature) out(signaturesCsv([signature]));
      say(
        signature
          ? `found 1 signature of that address on ${petitionId}`
          : `no signature of that address on ${petitionId}`,
      );
      return signature ? 0 : 1;
    }
    const { erased, count } = await store.erase(petitionId, emailHash);
    say(
      `erased ${erased} signature${erased === 1 ? '' : 's'} of that address from ${petitionId} (and any unconfirmed ones); the count is now ${count}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (line) => console.error(line),
  );
}
