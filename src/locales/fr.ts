import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = {
  one: '{count} signature',
  many: '{count} de signatures',
  other: '{count} signatures',
};

/**
 * @reviewer a native French speaker on the campaign’s translation team
 */
export const fr: WidgetCatalog = {
  sourceLabel: 'Source\u00a0:',
  contentNote: 'Avertissement\u00a0:',
  testimony: 'Témoignage',
  showTestimony: 'Afficher le témoignage',
  showTranslation: 'Afficher la traduction',
  showOriginal: 'Afficher l’original',
  translationShown: 'Traduction affichée',
  originalShown: 'Original affiché',
  signatures,
  goal: 'Objectif\u00a0: {goal}',
  signaturesOfGoal: {
    one: '{count} sur {goal} signature',
    many: '{count} sur {goal} de signatures',
    other: '{count} sur {goal} signatures',
  },
  loadingCount: 'Chargement du nombre de signatures',
  pauseUpdates: 'Suspendre les mises à jour',
  resumeUpdates: 'Reprendre les mises à jour',
  goalReached: 'Objectif atteint',
  close: 'Fermer',
  formLoading: 'Chargement du formulaire…',
  formFailed: 'Le formulaire n’a pas pu être chargé. Veuillez réessayer plus tard.',
  formNotAllowed: 'Cette pétition n’est pas configurée pour ce site.',
  formNotFound: 'Cette pétition est introuvable.',
};
