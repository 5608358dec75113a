import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../kk-arab.js';

/**
 * Kazakh in the Arabic script, transliterated from sign-form/kk.ts.
 *
 * @reviewer a Kazakh speaker from Xinjiang who writes the Arabic script (töte jazu); machine-transliterated from kk, not yet reviewed
 */
export const kkArab: SignFormCatalog = {
  nameLabel: 'اتى-جٶنى',
  emailLabel: 'ەلەكتروندىق پوشتا',
  countryLabel: 'ەل',
  contactOptIn: 'جاڭالىقتاردى ەلەكتروندىق پوشتاعا جىبەرۋ',
  sign: 'قول قويۋ',
  sending: 'جىبەرىلۋدە…',
  required: 'بۇل ٶرىستى تولتىرىڭىز.',
  invalidEmail: 'دۇرىس ەلەكتروندىق پوشتا مەكەنجايىن ەنگىزىڭىز.',
  tooLong: 'ٴماتىن تىم ۇزىن.',
  consentRequired: 'قول قويۋ ٷشىن كەلىسىمىڭىزدى بەرىڭىز.',
  networkError: 'جىبەرىلمەدى. بايلانىستى تەكسەرىڭىز.',
  retry: 'قايتالاۋ',
  rateLimited: 'ٵرەكەت تىم كٶپ. {when} قايتالاپ كٶرىڭىز.',
  failed: 'جىبەرىلمەدى. كەيىنىرەك قايتالاپ كٶرىڭىز.',
  thanks: 'قول قويعانىڭىزعا راقمەت!',
  checkInbox: 'از قالدى: پوشتاڭىزدى تەكسەرىڭىز.',
  checkInboxHint: 'سىزگە حات جىبەردىك. قولتاڭباڭىز ونداعى سىلتەمە ارقىلى راستاعاندا عانا ەسەپتەلەدى.',
  invalidName: 'اتىڭىزدا تەك كورىنەتىن تاڭبالاردى قولدانىڭىز.',
  share: 'بٶلىسۋ',
  copyLink: 'سىلتەمەنى كٶشىرۋ',
  linkCopied: 'سىلتەمە كٶشىرىلدى',
  signatures,
};
