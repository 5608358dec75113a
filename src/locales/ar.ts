import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = {
  zero: '{count} توقيع',
  one: '{count} توقيع',
  two: '{count} توقيعان',
  few: '{count} توقيعات',
  many: '{count} توقيعًا',
  other: '{count} توقيع',
};

export const ar: WidgetCatalog = {
  sourceLabel: 'المصدر:',
  contentNote: 'تنبيه بشأن المحتوى:',
  showTestimony: 'عرض الشهادة',
  showTranslation: 'عرض الترجمة',
  showOriginal: 'عرض النص الأصلي',
  translationShown: 'تُعرض الترجمة',
  originalShown: 'يُعرض النص الأصلي',
  signatures,
  signaturesOfGoal: {
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
};
