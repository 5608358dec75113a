import { createHmac } from 'node:crypto';
import { domainToASCII } from 'node:url';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_CODE_POINTS,
  type FieldProblem,
  type FieldProblems,
  type SignatureField,
} from '../src/contract/petition.js';
import { COUNTRY_CODES } from './countries.js';

/** A signature as the signer sent it, checked and normalised. */
export interface ValidSignature {
  name: string;
  /**
   * NFKC, trimmed, the domain in its ASCII (punycode) form; the local part keeps its case, as mail servers may
   * honour it. Holds no invisible format character.
   */
  email: string;
  country: string | null;
  contactOptIn: boolean;
}

const EMAIL_LOCAL_MAX_LENGTH = 64;
const CONTROL_CHARACTERS = /\p{Cc}/u;
/** Invisible format characters (zero-width space and joiners, soft hyphen, bidi controls…): never in an address. */
const FORMAT_CHARACTERS = /\p{Cf}/u;
/** Bidi embeddings, overrides and isolates: in a name they make it read as something else on screen and in exports. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
/** Latin mixed with Cyrillic or Greek in one local part: a homoglyph of another mailbox, not a real address. */
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const ASCII_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)$/;
// Dot-separated atoms without spaces, quotes or brackets: pragmatic, not RFC 5322's every corner.
const EMAIL_LOCAL_PART = /^[^\s\p{Cc}@"(),:;<>[\]\\.]+(?:\.[^\s\p{Cc}@"(),:;<>[\]\\.]+)*$/u;
// Labels of letters and digits in any script, a TLD of letters (or punycode).
const EMAIL_DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;

type Checked<T> = { value: T } | { problem: FieldProblem };

/** Checks every field and reports every problem at once, so a form can mark them all. */
export function checkSignature(
  body: Record<string, unknown>,
): { signature: ValidSignature } | { problems: FieldProblems } {
  const problems: FieldProblems = {};
  const collect = <T>(field: SignatureField, checked: Checked<T>): { value: T } | undefined => {
    if ('value' in checked) return checked;
    problems[field] = checked.problem;
    return undefined;
  };
  const name = collect('name', checkName(body.name));
  const email = collect('email', checkEmail(body.email));
  const country = collect('country', checkCountry(body.country));
  const consent = collect('consent', checkConsent(body.consent));
  const contactOptIn = collect('contactOptIn', checkContactOptIn(body.contactOptIn));
  if (!name || !email || !country || !consent || !contactOptIn) return { problems };
  return {
    signature: { name: name.value, email: email.value, country: country.value, contactOptIn: contactOptIn.value },
  };
}

/** The hidden `website` field: people never see it, so anything in it was put there by a bot. */
export function isHoneypotFilled(body: Record<string, unknown>): boolean {
  return !isMissing(body.website) && body.website !== '';
}

/**
 * What de-duplication compares, keyed so the hash cannot be reversed by guessing: the checked address (NFKC,
 * ASCII domain) lower-cased, where "İ" folds to "i" rather than to "i" plus a combining dot. ASCII addresses hash
 * as they always did, so signatures stored before this canonical form are still recognised.
 */
export function hashEmail(email: string, secret: string): string {
  return createHmac('sha256', secret).update(canonicalEmail(email)).digest('base64url');
}

export function canonicalEmail(email: string): string {
  return email
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .normalize('NFKC');
}

function checkName(value: unknown): Checked<string> {
  if (typeof value !== 'string') return { problem: isMissing(value) ? 'required' : 'invalid' };
  const name = value.normalize('NFC').trim();
  if (!name) return { problem: 'required' };
  if (CONTROL_CHARACTERS.test(name) || BIDI_CONTROLS.test(name)) return { problem: 'invalid' };
  // Joiners belong inside names in many scripts; a name of nothing else is blank on screen.
  if (!name.replace(/[\p{Cf}\s]/gu, '')) return { problem: 'invalid' };
  if ([...name].length > NAME_MAX_CODE_POINTS) return { problem: 'too_long' };
  return { value: name };
}

function checkEmail(value: unknown): Checked<string> {
  if (typeof value !== 'string') return { problem: isMissing(value) ? 'required' : 'invalid' };
  // NFKC: full-width "ａｌｉｃｅ" and other compatibility forms are the address they look like.
  const email = value.normalize('NFKC').trim();
  if (!email) return { problem: 'required' };
  if (email.length > EMAIL_MAX_LENGTH) return { problem: 'too_long' };
  if (FORMAT_CHARACTERS.test(email)) return { problem: 'invalid' };
  const at = email.lastIndexOf('@');
  if (at < 1) return { problem: 'invalid' };
  const local = email.slice(0, at);
  const unicodeDomain = email.slice(at + 1).toLowerCase();
  if (local.length > EMAIL_LOCAL_MAX_LENGTH || !EMAIL_LOCAL_PART.test(local) || !EMAIL_DOMAIN.test(unicodeDomain)) {
    return { problem: 'invalid' };
  }
  if (LATIN.test(local) && CYRILLIC_OR_GREEK.test(local)) return { problem: 'invalid' };
  // One form for a domain written in Unicode or in punycode (UTS #46, as browsers do): the ASCII one.
  const domain = domainToASCII(unicodeDomain);
  if (!ASCII_DOMAIN.test(domain)) return { problem: 'invalid' };
  return { value: `${local}@${domain}` };
}

function checkCountry(value: unknown): Checked<string | null> {
  if (isMissing(value) || value === '') return { value: null };
  return typeof value === 'string' && COUNTRY_CODES.has(value) ? { value } : { problem: 'invalid' };
}

function checkConsent(value: unknown): Checked<true> {
  if (value === true) return { value };
  return { problem: isMissing(value) || value === false ? 'required' : 'invalid' };
}

function checkContactOptIn(value: unknown): Checked<boolean> {
  if (isMissing(value)) return { value: false };
  return typeof value === 'boolean' ? { value } : { problem: 'invalid' };
}

function isMissing(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}
