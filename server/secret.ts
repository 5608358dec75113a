import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE_NAME = 'signature-secret';

/**
 * The key for e-mail hashes: SIGNATURE_SECRET when set, else a random one kept (owner-only)
 * in the data folder. It must never change once signatures exist, or de-duplication forgets them.
 */
export function loadSignatureSecret(configured: string | undefined, dataDir: string): string {
  if (configured !== undefined) return configured;
  const file = join(dataDir, SECRET_FILE_NAME);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails if the file exists, so two servers starting at once cannot overwrite each other's secret.
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (!secret) throw new Error(`${file} is empty; delete it only if no signatures have been stored yet`);
  return secret;
}
