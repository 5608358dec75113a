import type { Catalog } from './en.js';

export const fr: Catalog = {
  sourceLabel: 'Source\u00a0:',
  contentNote: 'Avertissement\u00a0:',
  showTestimony: 'Afficher le témoignage',
  showTranslation: 'Afficher la traduction',
  showOriginal: 'Afficher l’original',
  translationShown: 'Traduction affichée',
  originalShown: 'Original affiché',
  signatures: { one: '{count} signature', many: '{count} de signatures', other: '{count} signatures' },
  signaturesOfGoal: { other: '{count} signatures sur {goal}' },
  loadingCount: 'Chargement du nombre de signatures',
  pauseUpdates: 'Suspendre les mises à jour',
  resumeUpdates: 'Reprendre les mises à jour',
  goalReached: 'Objectif atteint',
};
