import type { Catalog } from './en.js';

export const kk: Catalog = {
  sourceLabel: 'Дереккөз:',
  contentNote: 'Мазмұн туралы ескерту:',
  showTestimony: 'Куәлікті көрсету',
  showTranslation: 'Аудармасын көрсету',
  showOriginal: 'Түпнұсқасын көрсету',
  translationShown: 'Аударма көрсетілді',
  originalShown: 'Түпнұсқа көрсетілді',
  signatures: { other: '{count} қолтаңба' },
  signaturesOfGoal: { other: '{count} / {goal} қолтаңба' },
  loadingCount: 'Қолтаңбалар саны жүктелуде',
  pauseUpdates: 'Жаңартуды кідірту',
  resumeUpdates: 'Жаңартуды жалғастыру',
  goalReached: 'Мақсатқа жетті',
};
