import type { PluralTerm } from './catalog.js';

/**
 * A signature count; chosen by `{count}`. The sign-up form shows it too, after signing: a term of its own,
 * so that the form carries this one term of the widgets' catalog and not the rest.
 */
export const signatures: PluralTerm = { one: '{count} signature', other: '{count} signatures' };

/**
 * English: the reference catalog of the widgets. Every other catalog has exactly these keys.
 * A string may hold `{name}` placeholders; a plural term has one string per `Intl.PluralRules` category
 * that the language uses (`other` always), or `other` alone where nouns do not change after a numeral.
 *
 * @reviewer the campaign’s English editor (reference catalog)
 */
export const en = {
  /** Introduces the citation under a figure or a quote. */
  sourceLabel: 'Source:',
  /** Introduces the note that hides a distressing testimony. */
  contentNote: 'Content note:',
  /** The name of the quote a reader is taken to after "Show testimony". */
  testimony: 'Testimony',
  showTestimony: 'Show testimony',
  showTranslation: 'Show translation',
  showOriginal: 'Show original',
  /** Announced after the reader switches to the translation. */
  translationShown: 'Translation shown',
  /** Announced after the reader switches back to the original. */
  originalShown: 'Original shown',
  signatures,
  /** Under the bar, the goal as text (forced colours draw no bar). */
  goal: 'Goal: {goal}',
  /** The progress bar's name; its plural is chosen by `{goal}`: the noun follows the goal ("1 of 1,000,000 signatures"). */
  signaturesOfGoal: { one: '{count} of {goal} signature', other: '{count} of {goal} signatures' } as PluralTerm,
  loadingCount: 'Loading the signature count',
  pauseUpdates: 'Pause live updates',
  resumeUpdates: 'Resume live updates',
  goalReached: 'Goal reached',
  /** The action button's dialog. */
  close: 'Close',
  formLoading: 'Loading the form…',
  formFailed: 'The form could not be loaded. Please try again later.',
  /** The dialog, when the petition's server refuses to show its form on this site (not in its ALLOWED_ORIGINS). */
  formNotAllowed: 'This petition is not set up for this site.',
  /** The dialog, when the petition's server knows no such petition. */
  formNotFound: 'This petition cannot be found.',
};
