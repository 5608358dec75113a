import { readFileSync } from 'node:fs';
import { CATALOG_CONSENT, consentVersion, type ConsentText } from './consent.js';

export interface Petition {
  id: string;
  title: string;
  goal: number;
  /** The campaign page offered for sharing after signing (absolute, or relative to this server). */
  shareUrl?: string;
  /** The privacy policy the form's consent line links to. */
  privacyUrl?: string;
  /**
   * `email` (the default): a signature counts once its mailbox's owner confirms it from a mailed link, and the
   * form's answer is the same for every address. `none`: counted at once, and the answer says whether the
   * address had signed (see the README).
   */
  confirm: ConfirmMode;
  /** YYYY-MM-DD: the day the petition closes. */
  closesAt?: string;
  /** Days after `closesAt` when its signatures may be anonymised (`npm run petition -- anonymise`). */
  retainDays?: number;
  /** Partners' own consent wordings (`inline`), besides the form page's: each one's exact text in its language. */
  consentTexts?: readonly ConsentText[];
  /** The versions a signature may name, by version: the form page's wordings in every language, and `consentTexts`. */
  consentVersions: ReadonlyMap<string, ConsentText>;
}

export const CONFIRM_MODES = ['email', 'none'] as const;
export type ConfirmMode = (typeof CONFIRM_MODES)[number];

const PETITION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads and checks the petitions file: a JSON array of
 * `{ id, title, goal, shareUrl?, privacyUrl?, confirm?, closesAt?, retainDays?, consentTexts?: [{ lang, text }] }`.
 */
export function loadPetitions(file: string): Map<string, Petition> {
  const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file} must hold a JSON array of petitions`);
  const petitions = new Map<string, Petition>();
  for (const entry of entries) {
    if (!isPetition(entry)) {
      throw new Error(
        `${file}: each petition needs a kebab-case id, a title, a positive whole goal, http(s) or relative URLs if any, confirm "email" (the default) or "none", closesAt YYYY-MM-DD and retainDays a whole number ≥ 0 if any, consentTexts [{ lang, text }] if any: ${JSON.stringify(entry)}`,
      );
    }
    if (petitions.has(entry.id)) throw new Error(`${file}: petition id "${entry.id}" appears twice`);
    const { id, title, goal, shareUrl, privacyUrl, confirm = 'email', closesAt, retainDays, consentTexts } = entry;
    const wordings = [...CATALOG_CONSENT, ...(consentTexts ?? [])];
    petitions.set(id, {
      id,
      title,
      goal,
      confirm,
      consentVersions: new Map(wordings.map((wording) => [consentVersion(wording), wording])),
      ...(consentTexts && { consentTexts }),
      ...(shareUrl && { shareUrl }),
      ...(privacyUrl && { privacyUrl }),
      ...(closesAt && { closesAt }),
      ...(retainDays !== undefined && { retainDays }),
    });
  }
  return petitions;
}

function isPetition(
  entry: unknown,
): entry is Omit<Petition, 'confirm' | 'consentVersions'> & Partial<Pick<Petition, 'confirm'>> {
  const petition = entry as Partial<Petition> | null;
  return (
    typeof petition === 'object' &&
    petition !== null &&
    typeof petition.id === 'string' &&
    PETITION_ID.test(petition.id) &&
    typeof petition.title === 'string' &&
    petition.title.trim() !== '' &&
    typeof petition.goal === 'number' &&
    Number.isSafeInteger(petition.goal) &&
    petition.goal > 0 &&
    isOptionalLink(petition.shareUrl) &&
    isOptionalLink(petition.privacyUrl) &&
    (petition.confirm === undefined || CONFIRM_MODES.includes(petition.confirm)) &&
    (petition.closesAt === undefined ||
      (/^\d{4}-\d{2}-\d{2}$/.test(petition.closesAt) && !Number.isNaN(Date.parse(petition.closesAt)))) &&
    (petition.retainDays === undefined || (Number.isSafeInteger(petition.retainDays) && petition.retainDays >= 0)) &&
    (petition.consentTexts === undefined ||
      (Array.isArray(petition.consentTexts) && petition.consentTexts.every(isConsentText)))
  );
}

/** A wording: a well-formed language tag and a text that is not blank. */
function isConsentText(entry: unknown): entry is ConsentText {
  const { lang, text } = (entry ?? {}) as Partial<ConsentText>;
  if (typeof lang !== 'string' || typeof text !== 'string' || !text.trim()) return false;
  try {
    return Intl.getCanonicalLocales(lang)[0] === lang;
  } catch {
    return false;
  }
}

/** Absent, or an http(s) URL or a path on this server: what the form page may link to. */
function isOptionalLink(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'string' || !value.trim()) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://server.invalid/').protocol);
  } catch {
    return false;
  }
}
