import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = {
  one: '{count} подпись',
  few: '{count} подписи',
  many: '{count} подписей',
  other: '{count} подписи',
};

/**
 * @reviewer a native Russian speaker on the campaign’s translation team
 */
export const ru: WidgetCatalog = {
  sourceLabel: 'Источник:',
  contentNote: 'Предупреждение о содержании:',
  testimony: 'Свидетельство',
  showTestimony: 'Показать свидетельство',
  showTranslation: 'Показать перевод',
  showOriginal: 'Показать оригинал',
  translationShown: 'Показан перевод',
  originalShown: 'Показан оригинал',
  signatures,
  goal: 'Цель: {goal}',
  signaturesOfGoal: {
    one: '{count} из {goal} подписи',
    few: '{count} из {goal} подписей',
    many: '{count} из {goal} подписей',
    other: '{count} из {goal} подписи',
  },
  loadingCount: 'Загрузка числа подписей',
  pauseUpdates: 'Приостановить обновления',
  resumeUpdates: 'Возобновить обновления',
  goalReached: 'Цель достигнута',
  close: 'Закрыть',
  formLoading: 'Загрузка формы…',
  formFailed: 'Не удалось загрузить форму. Попробуйте позже.',
  formNotAllowed: 'Эта петиция не настроена для этого сайта.',
  formNotFound: 'Эта петиция не найдена.',
};
