import type { Catalog } from './en.js';

export const ug: Catalog = {
  sourceLabel: 'مەنبە:',
  contentNote: 'مەزمۇن ئەسكەرتىشى:',
  showTestimony: 'گۇۋاھلىقنى كۆرسىتىش',
  showTranslation: 'تەرجىمىسىنى كۆرسىتىش',
  showOriginal: 'ئەسلىنى كۆرسىتىش',
  translationShown: 'تەرجىمىسى كۆرسىتىلدى',
  originalShown: 'ئەسلى كۆرسىتىلدى',
  signatures: { other: '{count} ئىمزا' },
  signaturesOfGoal: { other: '{count} / {goal} ئىمزا' },
  loadingCount: 'ئىمزا سانى يۈكلىنىۋاتىدۇ',
  pauseUpdates: 'يېڭىلاشنى ۋاقىتلىق توختىتىش',
  resumeUpdates: 'يېڭىلاشنى داۋاملاشتۇرۇش',
  goalReached: 'نىشانغا يەتتى',
};
