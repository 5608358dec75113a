import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { other: '{count} ئىمزا' };

/**
 * @reviewer a native Uyghur speaker on the campaign’s translation team
 */
export const ug: WidgetCatalog = {
  sourceLabel: 'مەنبە:',
  contentNote: 'مەزمۇن ئەسكەرتىشى:',
  testimony: 'گۇۋاھلىق',
  showTestimony: 'گۇۋاھلىقنى كۆرسىتىش',
  showTranslation: 'تەرجىمىسىنى كۆرسىتىش',
  showOriginal: 'ئەسلىنى كۆرسىتىش',
  translationShown: 'تەرجىمىسى كۆرسىتىلدى',
  originalShown: 'ئەسلى كۆرسىتىلدى',
  signatures,
  goal: 'نىشان: {goal}',
  signaturesOfGoal: { other: '{count} / {goal} ئىمزا' },
  loadingCount: 'ئىمزا سانى يۈكلىنىۋاتىدۇ',
  pauseUpdates: 'يېڭىلاشنى ۋاقىتلىق توختىتىش',
  resumeUpdates: 'يېڭىلاشنى داۋاملاشتۇرۇش',
  goalReached: 'نىشانغا يەتتى',
  close: 'تاقاش',
  formLoading: 'جەدۋەل يۈكلىنىۋاتىدۇ…',
  formFailed: 'جەدۋەلنى يۈكلىگىلى بولمىدى. سەل تۇرۇپ قايتا سىناڭ.',
  // Not yet reviewed (issue 13): the two strings below.
  formNotAllowed: 'بۇ تەلەپنامە بۇ تور بېكەت ئۈچۈن تەڭشەلمىگەن.',
  formNotFound: 'بۇ تەلەپنامە تېپىلمىدى.',
};
