import type { WidgetCatalog } from './catalog.js';

export const tr: WidgetCatalog = {
  sourceLabel: 'Kaynak:',
  contentNote: 'İçerik uyarısı:',
  showTestimony: 'Tanıklığı göster',
  showTranslation: 'Çeviriyi göster',
  showOriginal: 'Orijinali göster',
  translationShown: 'Çeviri gösteriliyor',
  originalShown: 'Orijinal gösteriliyor',
  signatures: { other: '{count} imza' },
  signaturesOfGoal: { other: '{count} / {goal} imza' },
  loadingCount: 'İmza sayısı yükleniyor',
  pauseUpdates: 'Canlı güncellemeleri duraklat',
  resumeUpdates: 'Canlı güncellemeleri sürdür',
  goalReached: 'Hedefe ulaşıldı',
  close: 'Kapat',
  formLoading: 'Form yükleniyor…',
  formFailed: 'Form yüklenemedi. Lütfen daha sonra tekrar deneyin.',
};
