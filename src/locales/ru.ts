import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { one: '{count} подпись', few: '{count} подписи', many: '{count} подписей', other: '{count} подписи' };

export const ru: WidgetCatalog = {
  sourceLabel: 'Источник:',
  contentNote: 'Предупреждение о содержании:',
  showTestimony: 'Показать свидетельство',
  showTranslation: 'Показать перевод',
  showOriginal: 'Показать оригинал',
  translationShown: 'Показан перевод',
  originalShown: 'Показан оригинал',
  signatures,
  signaturesOfGoal: { one: '{count} из {goal} подписи', other: '{count} из {goal} подписей' },
  loadingCount: 'Загрузка числа подписей',
  pauseUpdates: 'Приостановить обновления',
  resumeUpdates: 'Возобновить обновления',
  goalReached: 'Цель достигнута',
  close: 'Закрыть',
  formLoading: 'Загрузка формы…',
  formFailed: 'Не удалось загрузить форму. Попробуйте позже.',
};
