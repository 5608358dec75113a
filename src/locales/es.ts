import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { one: '{count} firma', many: '{count} de firmas', other: '{count} firmas' };

/**
 * @reviewer a native Spanish speaker on the campaign’s translation team
 */
export const es: WidgetCatalog = {
  sourceLabel: 'Fuente:',
  contentNote: 'Aviso de contenido:',
  testimony: 'Testimonio',
  showTestimony: 'Mostrar el testimonio',
  showTranslation: 'Mostrar la traducción',
  showOriginal: 'Mostrar el original',
  translationShown: 'Traducción mostrada',
  originalShown: 'Original mostrado',
  signatures,
  goal: 'Meta: {goal}',
  signaturesOfGoal: {
    one: '{count} de {goal} firma',
    many: '{count} de {goal} de firmas',
    other: '{count} de {goal} firmas',
  },
  loadingCount: 'Cargando el número de firmas',
  pauseUpdates: 'Pausar las actualizaciones',
  resumeUpdates: 'Reanudar las actualizaciones',
  goalReached: 'Objetivo alcanzado',
  close: 'Cerrar',
  formLoading: 'Cargando el formulario…',
  formFailed: 'No se ha podido cargar el formulario. Inténtalo de nuevo más tarde.',
  formNotAllowed: 'Esta petición no está configurada para este sitio.',
  formNotFound: 'No se encuentra esta petición.',
};
