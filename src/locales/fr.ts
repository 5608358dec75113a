import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { one: '{count} signature', many: '{count} de signatures', other: '{count} signatures' };

export const fr: WidgetCatalog = {
  sourceLabel: 'Source\u00a0:',
  contentNote: 'Avertissement\u00a0:',
  showTestimony: 'Afficher le témoignage',
  showTranslation: 'Afficher la traduction',
  showOriginal: 'Afficher l’original',
  translationShown: 'Traduction affichée',
  originalShown: 'Original affiché',
  signatures,
  signaturesOfGoal: { other: '{count} signatures sur {goal}' },
  loadingCount: 'Chargement du nombre de signatures',
  pauseUpdates: 'Suspendre les mises à jour',
  resumeUpdates: 'Reprendre les mises à jour',
  goalReached: 'Objectif atteint',
  close: 'Fermer',
  formLoading: 'Chargement du formulaire…',
  formFailed: 'Le formulaire n’a pas pu être chargé. Veuillez réessayer plus tard.',
};
