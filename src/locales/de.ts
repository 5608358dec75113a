import type { Catalog } from './en.js';

export const de: Catalog = {
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
};
