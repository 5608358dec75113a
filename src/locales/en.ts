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
  /** Sign-up form: the field labels. */
  nameLabel: 'Name',
  emailLabel: 'Email',
  countryLabel: 'Country',
  /** The optional checkbox: may the campaign write to the signer? */
  contactOptIn: 'Keep me informed by email',
  sign: 'Sign',
  /** Shown while a signature is on its way. */
  sending: 'Sending…',
  /** Under an empty required field. */
  required: 'Please fill this in.',
  invalidEmail: 'Please enter a valid email address.',
  tooLong: 'This is too long.',
  /** Under the consent checkbox when it is not ticked. */
  consentRequired: 'Please agree in order to sign.',
  /** Offline, or the server failed: everything typed is kept. */
  networkError: 'Not sent. Check your connection.',
  retry: 'Try again',
  /** `{when}` is a relative time: "in 30 seconds". */
  rateLimited: 'Too many attempts. Try again {when}.',
  /** Any other refusal. */
  failed: 'Not sent. Please try again later.',
  /** After signing; the count follows, as `signatures`. */
  thanks: 'Thank you for signing!',
  /** The share button, and the name of the share links. */
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  /** The action button's dialog. */
  close: 'Close',
  formLoading: 'Loading the form…',
  formFailed: 'The form could not be loaded. Please try again later.',
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
