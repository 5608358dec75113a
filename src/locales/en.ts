/**
 * English: the reference catalog. Every other catalog has exactly these keys.
 * A string may hold `{name}` placeholders; a plural term has one string per `Intl.PluralRules` category
 * that the language uses (`other` always).
 */
export const en = {
  /** Introduces the citation under a figure or a quote. */
  sourceLabel: 'Source:',
  /** Introduces the note that hides a distressing testimony. */
  contentNote: 'Content note:',
  showTestimony: 'Show testimony',
  showTranslation: 'Show translation',
  showOriginal: 'Show original',
  /** Announced after the reader switches to the translation. */
  translationShown: 'Translation shown',
  /** Announced after the reader switches back to the original. */
  originalShown: 'Original shown',
  /** A signature count; chosen by `{count}`. */
  signatures: { one: '{count} signature', other: '{count} signatures' } as PluralTerm,
  /** The progress bar's name; chosen by `{goal}`. */
  signaturesOfGoal: { one: '{count} of {goal} signature', other: '{count} of {goal} signatures' } as PluralTerm,
  loadingCount: 'Loading the signature count',
  pauseUpdates: 'Pause live updates',
  resumeUpdates: 'Resume live updates',
  goalReached: 'Goal reached',
};

/** One string per plural category of a language; `other` is the one every language has. */
export type PluralTerm = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Keys = keyof typeof en;
/** Keys of plain strings. */
export type TermKey = { [K in Keys]: (typeof en)[K] extends string ? K : never }[Keys];
/** Keys of plural terms. */
export type PluralKey = Exclude<Keys, TermKey>;

/** The built-in strings of every widget, by key. */
export type Catalog = { readonly [K in TermKey]: string } & { readonly [K in PluralKey]: PluralTerm };
