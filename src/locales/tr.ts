import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { other: '{count} imza' };

/**
 * @reviewer a native Turkish speaker on the campaign’s translation team
 */
export const tr: WidgetCatalog = {
  sourceLabel: 'Kaynak:',
  contentNote: 'İçerik uyarısı:',
  testimony: 'Tanıklık',
  showTestimony: 'Tanıklığı göster',
  showTranslation: 'Çeviriyi göster',
  showOriginal: 'Orijinali göster',
  translationShown: 'Çeviri gösteriliyor',
  originalShown: 'Orijinal gösteriliyor',
  signatures,
  goal: 'Hedef: {goal}',
  signaturesOfGoal: { other: '{count} / {goal} imza' },
  loadingCount: 'İmza sayısı yükleniyor',
  pauseUpdates: 'Canlı güncellemeleri duraklat',
  resumeUpdates: 'Canlı güncellemeleri sürdür',
  goalReached: 'Hedefe ulaşıldı',
  close: 'Kapat',
  formLoading: 'Form yükleniyor…',
  formFailed: 'Form yüklenemedi. Lütfen daha sonra tekrar deneyin.',
  // Not yet reviewed (issue 13): the two strings below.
  formNotAllowed: 'Bu imza kampanyası bu site için ayarlanmamış.',
  formNotFound: 'Bu imza kampanyası bulunamadı.',
};
