import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const SECRET_FILE_NAME = 'signature-secret';
/** 32 bytes: what `openssl rand -hex 32` gives, and the key size of HMAC-SHA-256. */
export const SECRET_MIN_BITS = 256;

/**
 * The key for e-mail hashes: SIGNATURE_SECRET when set, else a random one kept (owner-only)
 * in the data folder. It must never change once signatures exist, or de-duplication forgets them.
 *
 * In production the key must be given (SIGNATURE_SECRET, or SIGNATURE_SECRET_FILE outside the data folder) and
 * strong: a key kept beside the data lets anyone holding a copy of the folder (a backup, a seized disk) test a
 * guessed address against every hash.
 */
export function loadSignatureSecret(
  configured: string | undefined,
  dataDir: string,
  { production = false, file }: { production?: boolean; file?: string } = {},
): string {
  if (file !== undefined) {
    if (isInside(file, dataDir))
      throw new Error(`SIGNATURE_SECRET_FILE must be kept outside the data folder ${dataDir}`);
    configured = readFileSync(file, 'utf8').trim();
  }
  if (configured !== undefined) {
    if (production && estimatedBits(configured) < SECRET_MIN_BITS) {
      throw new Error(
        `SIGNATURE_SECRET is too weak for production: it needs ${SECRET_MIN_BITS / 8} random bytes, e.g. openssl rand -hex 32`,
      );
    }
    return configured;
  }
  if (production) {
    throw new Error(
      'SIGNATURE_SECRET (or SIGNATURE_SECRET_FILE) must be set in production, kept outside the data folder: e.g. openssl rand -hex 32',
    );
  }
  const secretFile = join(dataDir, SECRET_FILE_NAME);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  assertOwnedAndPrivate(dataDir);
  try {
    // 'wx' fails if the file exists, so two servers starting at once cannot overwrite each other's secret.
    writeFileSync(secretFile, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  assertOwnedAndPrivate(secretFile);
  const secret = readFileSync(secretFile, 'utf8').trim();
  if (!secret) throw new Error(`${secretFile} is empty; delete it only if no signatures have been stored yet`);
  return secret;
}

/**
 * An upper estimate of a key's randomness, the lower of two: its length times the bits of its alphabet (hex,
 * base64, or else the character classes it uses, as password meters count); and its size once deflated, which
 * repetition (`aaaa…`, `abcabc…`) cannot survive. 32 random bytes in hex or base64 pass; a phrase does not.
 */
export function estimatedBits(secret: string): number {
  const characters = [...secret];
  const classes = [/\d/, /[a-z]/, /[A-Z]/, /[^\da-zA-Z]/];
  // Hex and base64 keys are counted in their own alphabets: a random one may happen to miss a class.
  const alphabet = /^[\da-f]+$/i.test(secret)
    ? 16
    : /^[\w+/-]+=*$/.test(secret)
      ? 64
      : [10, 26, 26, 33].reduce(
          (sum, size, index) => sum + (characters.some((c) => classes[index]!.test(c)) ? size : 0),
          0,
        );
  return Math.min(characters.length * Math.log2(Math.max(alphabet, 1)), deflateRawSync(secret).length * 8);
}

/**
 * Refuses a folder or file another user owns, or that others may write: someone else could have planted a key or
 * a database there (a data folder pre-created in a shared, world-writable parent), or could swap them later.
 */
export function assertOwnedAndPrivate(path: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid) {
    throw new Error(
      `${path} belongs to another user (uid ${stats.uid}); the server must own its data folder and files`,
    );
  }
  if (stats.mode & 0o022) {
    throw new Error(
      `${path} is writable by others (mode ${(stats.mode & 0o777).toString(8)}); chmod go-w it, or start from a fresh folder`,
    );
  }
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(resolve(folder), resolve(path));
  return fromFolder === '' || (!fromFolder.startsWith('..') && !fromFolder.startsWith('/'));
}
