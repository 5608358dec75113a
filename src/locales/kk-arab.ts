import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { other: '{count} قولتاڭبا' };

/**
 * Kazakh in the Arabic script (töte jazu), as Kazakhs in Xinjiang largely write it; right to left. Transliterated
 * from the Cyrillic catalog (kk.ts), word for word.
 *
 * @reviewer a Kazakh speaker from Xinjiang who writes the Arabic script (töte jazu); machine-transliterated from kk, not yet reviewed
 */
export const kkArab: WidgetCatalog = {
  sourceLabel: 'دەرەككٶز:',
  contentNote: 'مازمۇن تۋرالى ەسكەرتۋ:',
  testimony: 'كۋٵگەرلىك',
  showTestimony: 'كۋٵگەرلىكتى كٶرسەتۋ',
  showTranslation: 'اۋدارماسىن كٶرسەتۋ',
  showOriginal: 'تٷپنۇسقاسىن كٶرسەتۋ',
  translationShown: 'اۋدارما كٶرسەتىلدى',
  originalShown: 'تٷپنۇسقا كٶرسەتىلدى',
  signatures,
  goal: 'ماقسات: {goal}',
  signaturesOfGoal: { other: '{count} / {goal} قولتاڭبا' },
  loadingCount: 'قولتاڭبالار سانى جٷكتەلۋدە',
  pauseUpdates: 'جاڭارتۋدى كىدىرتۋ',
  resumeUpdates: 'جاڭارتۋدى جالعاستىرۋ',
  goalReached: 'ماقساتقا جەتتى',
  close: 'جابۋ',
  formLoading: 'ٴپىشىن جٷكتەلۋدە…',
  formFailed: 'ٴپىشىن جٷكتەلمەدى. كەيىنىرەك قايتالاپ كٶرىڭىز.',
  // Not yet reviewed (issue 13): the two strings below.
  formNotAllowed: 'بۇل ٴپەتيتسيا وسى سايت ٴۇشىن باپتالماعان.',
  formNotFound: 'بۇل ٴپەتيتسيا تابىلمادى.',
};
