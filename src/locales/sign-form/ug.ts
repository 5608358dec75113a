import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../ug.js';

/**
 * @reviewer a native Uyghur speaker on the campaign’s translation team
 */
export const ug: SignFormCatalog = {
  nameLabel: 'ئىسىم',
  emailLabel: 'ئېلخەت',
  countryLabel: 'دۆلەت',
  contactOptIn: 'يېڭىلىقلارنى ئېلخەت ئارقىلىق تاپشۇرۇۋېلىش',
  sign: 'ئىمزا قويۇڭ',
  sending: 'يوللىنىۋاتىدۇ…',
  required: 'بۇ بۆلەكنى تولدۇرۇڭ.',
  invalidEmail: 'ئىناۋەتلىك ئېلخەت ئادرېسى كىرگۈزۈڭ.',
  tooLong: 'بۇ بەك ئۇزۇن.',
  consentRequired: 'ئىمزا قويۇش ئۈچۈن قوشۇلىدىغانلىقىڭىزنى بىلدۈرۈڭ.',
  networkError: 'يوللانمىدى. تور ئۇلىنىشىنى تەكشۈرۈڭ.',
  retry: 'قايتا سىناش',
  rateLimited: 'سىناش بەك كۆپ بولدى. {when} قايتا سىناڭ.',
  failed: 'يوللانمىدى. سەل تۇرۇپ قايتا سىناڭ.',
  thanks: 'ئىمزا قويغىنىڭىزغا رەھمەت!',
  checkInbox: 'ئاز قالدى: ئېلخەت ساندۇقىڭىزنى تەكشۈرۈڭ.',
  checkInboxHint: 'سىزگە ئېلخەت ئەۋەتتۇق. ئىمزايىڭىز ئۇنىڭدىكى ئۇلانما ئارقىلىق جەزملىگەندىن كېيىن ھېسابلىنىدۇ.',
  invalidName: 'ئىسمىڭىزدا پەقەت كۆرۈنىدىغان ھەرپلەرنىلا ئىشلىتىڭ.',
  share: 'ھەمبەھىرلەش',
  copyLink: 'ئۇلانمىنى كۆچۈرۈش',
  linkCopied: 'ئۇلانما كۆچۈرۈلدى',
  signatures,
};
