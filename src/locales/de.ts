import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { one: '{count} Unterschrift', other: '{count} Unterschriften' };

/**
 * @reviewer a native German speaker on the campaign’s translation team
 */
export const de: WidgetCatalog = {
  sourceLabel: 'Quelle:',
  contentNote: 'Inhaltshinweis:',
  testimony: 'Zeugnis',
  showTestimony: 'Zeugnis anzeigen',
  showTranslation: 'Übersetzung anzeigen',
  showOriginal: 'Original anzeigen',
  translationShown: 'Übersetzung wird angezeigt',
  originalShown: 'Original wird angezeigt',
  signatures,
  goal: 'Ziel: {goal}',
  signaturesOfGoal: { one: '{count} von {goal} Unterschrift', other: '{count} von {goal} Unterschriften' },
  loadingCount: 'Anzahl der Unterschriften wird geladen',
  pauseUpdates: 'Live-Aktualisierung anhalten',
  resumeUpdates: 'Live-Aktualisierung fortsetzen',
  goalReached: 'Ziel erreicht',
  close: 'Schließen',
  formLoading: 'Formular wird geladen…',
  formFailed: 'Das Formular konnte nicht geladen werden. Bitte versuchen Sie es später erneut.',
  formNotAllowed: 'Diese Petition ist für diese Website nicht eingerichtet.',
  formNotFound: 'Diese Petition wurde nicht gefunden.',
};
