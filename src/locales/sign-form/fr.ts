import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../fr.js';

/**
 * @reviewer a native French speaker on the campaign’s translation team
 */
export const fr: SignFormCatalog = {
  nameLabel: 'Nom',
  emailLabel: 'E-mail',
  countryLabel: 'Pays',
  contactOptIn: 'Recevoir des nouvelles par e-mail',
  sign: 'Signer',
  sending: 'Envoi…',
  required: 'Veuillez remplir ce champ.',
  invalidEmail: 'Veuillez saisir une adresse e-mail valide.',
  tooLong: 'Ce texte est trop long.',
  consentRequired: 'Veuillez donner votre accord pour signer.',
  networkError: 'Non envoyé. Vérifiez votre connexion.',
  retry: 'Réessayer',
  rateLimited: 'Trop de tentatives. Réessayez {when}.',
  failed: 'Non envoyé. Réessayez plus tard.',
  thanks: 'Merci d’avoir signé !',
  checkInbox: 'Presque fini : consultez votre boîte mail.',
  checkInboxHint:
    'Nous vous avons envoyé un e-mail. Votre signature comptera dès que vous la confirmerez avec le lien qu’il contient.',
  invalidName: 'Veuillez n’utiliser que des caractères visibles dans votre nom.',
  share: 'Partager',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  signatures,
};
