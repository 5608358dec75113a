import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../tr.js';

/**
 * @reviewer a native Turkish speaker on the campaign’s translation team
 */
export const tr: SignFormCatalog = {
  nameLabel: 'Ad soyad',
  emailLabel: 'E-posta',
  countryLabel: 'Ülke',
  contactOptIn: 'Beni e-postayla bilgilendirin',
  sign: 'İmzala',
  sending: 'Gönderiliyor…',
  required: 'Lütfen bu alanı doldurun.',
  invalidEmail: 'Lütfen geçerli bir e-posta adresi girin.',
  tooLong: 'Bu metin çok uzun.',
  consentRequired: 'İmzalamak için lütfen onay verin.',
  networkError: 'Gönderilemedi. Bağlantınızı kontrol edin.',
  retry: 'Tekrar dene',
  rateLimited: 'Çok fazla deneme. {when} tekrar deneyin.',
  failed: 'Gönderilemedi. Lütfen daha sonra tekrar deneyin.',
  thanks: 'İmzaladığınız için teşekkürler!',
  checkInbox: 'Neredeyse bitti: gelen kutunuza bakın.',
  checkInboxHint: 'Size bir e-posta gönderdik. İmzanız, içindeki bağlantıyla onayladığınızda sayılır.',
  invalidName: 'Lütfen adınızda yalnızca görünür karakterler kullanın.',
  share: 'Paylaş',
  copyLink: 'Bağlantıyı kopyala',
  linkCopied: 'Bağlantı kopyalandı',
  signatures,
};
