import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../ru.js';

/**
 * @reviewer a native Russian speaker on the campaign’s translation team
 */
export const ru: SignFormCatalog = {
  nameLabel: 'Имя',
  emailLabel: 'Эл. почта',
  countryLabel: 'Страна',
  contactOptIn: 'Присылать мне новости по эл. почте',
  sign: 'Подписать',
  sending: 'Отправка…',
  required: 'Заполните это поле.',
  invalidEmail: 'Введите правильный адрес эл. почты.',
  tooLong: 'Слишком длинный текст.',
  consentRequired: 'Чтобы подписать, дайте согласие.',
  networkError: 'Не отправлено. Проверьте подключение.',
  retry: 'Повторить',
  rateLimited: 'Слишком много попыток. Попробуйте {when}.',
  failed: 'Не отправлено. Попробуйте позже.',
  thanks: 'Спасибо за подпись!',
  checkInbox: 'Почти готово: проверьте почту.',
  checkInboxHint: 'Мы отправили вам письмо. Подпись будет засчитана, когда вы подтвердите её по ссылке из письма.',
  invalidName: 'Используйте в имени только видимые символы.',
  share: 'Поделиться',
  copyLink: 'Копировать ссылку',
  linkCopied: 'Ссылка скопирована',
  signatures,
};
