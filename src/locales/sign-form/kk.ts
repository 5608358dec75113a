import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../kk.js';

/**
 * @reviewer a native Kazakh (Cyrillic) speaker on the campaign’s translation team
 */
export const kk: SignFormCatalog = {
  nameLabel: 'Аты-жөні',
  emailLabel: 'Электрондық пошта',
  countryLabel: 'Ел',
  contactOptIn: 'Жаңалықтарды электрондық поштаға жіберу',
  sign: 'Қол қою',
  sending: 'Жіберілуде…',
  required: 'Бұл өрісті толтырыңыз.',
  invalidEmail: 'Дұрыс электрондық пошта мекенжайын енгізіңіз.',
  tooLong: 'Мәтін тым ұзын.',
  consentRequired: 'Қол қою үшін келісіміңізді беріңіз.',
  networkError: 'Жіберілмеді. Байланысты тексеріңіз.',
  retry: 'Қайталау',
  rateLimited: 'Әрекет тым көп. {when} қайталап көріңіз.',
  failed: 'Жіберілмеді. Кейінірек қайталап көріңіз.',
  thanks: 'Қол қойғаныңызға рақмет!',
  checkInbox: 'Аз қалды: поштаңызды тексеріңіз.',
  checkInboxHint: 'Сізге хат жібердік. Қолтаңбаңыз ондағы сілтеме арқылы растағанда ғана есептеледі.',
  invalidName: 'Атыңызда тек көрінетін таңбаларды қолданыңыз.',
  share: 'Бөлісу',
  copyLink: 'Сілтемені көшіру',
  linkCopied: 'Сілтеме көшірілді',
  signatures,
};
