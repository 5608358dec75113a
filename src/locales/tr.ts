import type { Catalog } from './en.js';

export const tr: Catalog = {
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
};
