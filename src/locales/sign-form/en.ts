import { signatures } from '../en.js';

/**
 * The sign-up form's strings in English: the reference for the other form catalogs.
 *
 * @reviewer the campaign’s English editor (reference catalog)
 */
export const signFormEn = {
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
  /** After sending, when the petition confirms by e-mail: nothing is counted until the signer follows the link. */
  checkInbox: 'Almost done: check your inbox.',
  checkInboxHint: 'We sent you an email. Your signature counts once you confirm it with the link inside.',
  /** Under the name when it holds invisible or direction-changing characters. */
  invalidName: 'Please use only visible characters in your name.',
  /** The share button, and the name of the share links. */
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  /** Under the thanks: the petition's count, as the widgets say it. */
  signatures,
};
