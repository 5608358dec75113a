import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../de.js';

/**
 * @reviewer a native German speaker on the campaign’s translation team
 */
export const de: SignFormCatalog = {
  nameLabel: 'Name',
  emailLabel: 'E-Mail',
  countryLabel: 'Land',
  contactOptIn: 'Per E-Mail auf dem Laufenden bleiben',
  sign: 'Unterschreiben',
  sending: 'Wird gesendet…',
  required: 'Bitte füllen Sie dieses Feld aus.',
  invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  tooLong: 'Das ist zu lang.',
  consentRequired: 'Bitte stimmen Sie zu, um zu unterschreiben.',
  networkError: 'Nicht gesendet. Prüfen Sie Ihre Verbindung.',
  retry: 'Erneut versuchen',
  rateLimited: 'Zu viele Versuche. Bitte {when} erneut versuchen.',
  failed: 'Nicht gesendet. Bitte später erneut versuchen.',
  thanks: 'Danke für Ihre Unterschrift!',
  checkInbox: 'Fast geschafft: Schauen Sie in Ihr Postfach.',
  checkInboxHint:
    'Wir haben Ihnen eine E-Mail geschickt. Ihre Unterschrift zählt, sobald Sie sie mit dem Link darin bestätigen.',
  invalidName: 'Bitte verwenden Sie in Ihrem Namen nur sichtbare Zeichen.',
  share: 'Teilen',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert',
  signatures,
};
