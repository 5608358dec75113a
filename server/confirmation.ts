import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * A confirmation link's token: 32 random bytes, mailed and never stored. The database keeps its SHA-256 (so a
 * copy of the database confirms nothing) and, for signers who asked for news, their address sealed under a key
 * derived from the token (so a copy of the database holds no address of anyone who never confirmed).
 */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are 43 base64url characters; anything else is refused before it reaches the database. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function tokenHash(token: string): string {
  return createHash('sha256').update(`id:${token}`).digest('base64url');
}

function sealKey(token: string): Buffer {
  return createHash('sha256').update(`seal:${token}`).digest();
}

/** AES-256-GCM under the token's key: nonce, ciphertext and tag, base64url. */
export function seal(text: string, token: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(token), nonce);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** Opens what {@link seal} sealed with the same token; throws if anything was changed. */
export function unseal(sealed: string, token: string): string {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', sealKey(token), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
}
