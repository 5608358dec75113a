import type { WidgetCatalog } from './catalog.js';

export const de: WidgetCatalog = {
  sourceLabel: 'Quelle:',
  contentNote: 'Inhaltshinweis:',
  showTestimony: 'Bericht anzeigen',
  showTranslation: 'Übersetzung anzeigen',
  showOriginal: 'Original anzeigen',
  translationShown: 'Übersetzung wird angezeigt',
  originalShown: 'Original wird angezeigt',
  signatures: { one: '{count} Unterschrift', other: '{count} Unterschriften' },
  signaturesOfGoal: { other: '{count} von {goal} Unterschriften' },
  loadingCount: 'Anzahl der Unterschriften wird geladen',
  pauseUpdates: 'Live-Aktualisierung anhalten',
  resumeUpdates: 'Live-Aktualisierung fortsetzen',
  goalReached: 'Ziel erreicht',
  close: 'Schließen',
  formLoading: 'Formular wird geladen…',
  formFailed: 'Das Formular konnte nicht geladen werden. Bitte versuchen Sie es später erneut.',
};
