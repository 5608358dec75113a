import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = {
  zero: '{count} توقيع',
  one: '{count} توقيع',
  // After a numeral, the dual noun is not used ("2 توقيعان" says two twice): the singular, as for 0, 1 and 100.
  two: '{count} توقيع',
  few: '{count} توقيعات',
  many: '{count} توقيعًا',
  other: '{count} توقيع',
};

/**
 * @reviewer a native Arabic speaker on the campaign’s translation team (numeral agreement: zero to many)
 */
export const ar: WidgetCatalog = {
  sourceLabel: 'المصدر:',
  contentNote: 'تنبيه بشأن المحتوى:',
  testimony: 'الشهادة',
  showTestimony: 'عرض الشهادة',
  showTranslation: 'عرض الترجمة',
  showOriginal: 'عرض النص الأصلي',
  translationShown: 'تُعرض الترجمة',
  originalShown: 'يُعرض النص الأصلي',
  signatures,
  goal: 'الهدف: {goal}',
  signaturesOfGoal: {
    zero: '{count} من أصل {goal} توقيع',
    one: '{count} من أصل {goal} توقيع',
    two: '{count} من أصل {goal} توقيع',
    few: '{count} من أصل {goal} توقيعات',
    many: '{count} من أصل {goal} توقيعًا',
    other: '{count} من أصل {goal} توقيع',
  },
  loadingCount: 'جارٍ تحميل عدد التوقيعات',
  pauseUpdates: 'إيقاف التحديثات مؤقتًا',
  resumeUpdates: 'استئناف التحديثات',
  goalReached: 'تم بلوغ الهدف',
  close: 'إغلاق',
  formLoading: 'جارٍ تحميل النموذج…',
  formFailed: 'تعذّر تحميل النموذج. يُرجى المحاولة لاحقًا.',
  // Not yet reviewed (issue 13): the two strings below.
  formNotAllowed: 'هذه العريضة غير مُعدّة لهذا الموقع.',
  formNotFound: 'تعذّر العثور على هذه العريضة.',
};
