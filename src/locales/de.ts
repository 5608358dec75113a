import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { one: '{count} Unterschrift', other: '{count} Unterschriften' };

export const de: WidgetCatalog = {
  sourceLabel: 'Quelle:',
  contentNote: 'Inhaltshinweis:',
  showTestimony: 'Bericht anzeigen',
  showTranslation: 'Übersetzung anzeigen',
  showOriginal: 'Original anzeigen',
  translationShown: 'Übersetzung wird angezeigt',
  originalShown: 'Original wird angezeigt',
  signatures,
  signaturesOfGoal: { other: '{count} von {goal} Unterschriften' },
  loadingCount: 'Anzahl der Unterschriften wird geladen',
  pauseUpdates: 'Live-Aktualisierung anhalten',
  resumeUpdates: 'Live-Aktualisierung fortsetzen',
  goalReached: 'Ziel erreicht',
  close: 'Schließen',
  formLoading: 'Formular wird geladen…',
  formFailed: 'Das Formular konnte nicht geladen werden. Bitte versuchen Sie es später erneut.',
};
