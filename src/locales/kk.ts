import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { other: '{count} қолтаңба' };

/**
 * @reviewer a native Kazakh speaker (Cyrillic) on the campaign’s translation team
 */
export const kk: WidgetCatalog = {
  sourceLabel: 'Дереккөз:',
  contentNote: 'Мазмұн туралы ескерту:',
  testimony: 'Куәгерлік',
  showTestimony: 'Куәгерлікті көрсету',
  showTranslation: 'Аудармасын көрсету',
  showOriginal: 'Түпнұсқасын көрсету',
  translationShown: 'Аударма көрсетілді',
  originalShown: 'Түпнұсқа көрсетілді',
  signatures,
  goal: 'Мақсат: {goal}',
  signaturesOfGoal: { other: '{count} / {goal} қолтаңба' },
  loadingCount: 'Қолтаңбалар саны жүктелуде',
  pauseUpdates: 'Жаңартуды кідірту',
  resumeUpdates: 'Жаңартуды жалғастыру',
  goalReached: 'Мақсатқа жетті',
  close: 'Жабу',
  formLoading: 'Пішін жүктелуде…',
  formFailed: 'Пішін жүктелмеді. Кейінірек қайталап көріңіз.',
  // Not yet reviewed (issue 13): the two strings below.
  formNotAllowed: 'Бұл петиция осы сайт үшін бапталмаған.',
  formNotFound: 'Бұл петиция табылмады.',
};
