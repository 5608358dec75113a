import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../es.js';

/**
 * @reviewer a native Spanish speaker on the campaign’s translation team
 */
export const es: SignFormCatalog = {
  nameLabel: 'Nombre',
  emailLabel: 'Correo electrónico',
  countryLabel: 'País',
  contactOptIn: 'Quiero recibir novedades por correo',
  sign: 'Firmar',
  sending: 'Enviando…',
  required: 'Rellena este campo.',
  invalidEmail: 'Introduce un correo electrónico válido.',
  tooLong: 'Es demasiado largo.',
  consentRequired: 'Acepta las condiciones para firmar.',
  networkError: 'No se ha enviado. Comprueba tu conexión.',
  retry: 'Reintentar',
  rateLimited: 'Demasiados intentos. Vuelve a intentarlo {when}.',
  failed: 'No se ha enviado. Inténtalo más tarde.',
  thanks: '¡Gracias por firmar!',
  checkInbox: 'Casi listo: revisa tu correo.',
  checkInboxHint: 'Te enviamos un correo. Tu firma contará cuando la confirmes con el enlace que contiene.',
  invalidName: 'Usa solo caracteres visibles en tu nombre.',
  share: 'Compartir',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  signatures,
};
