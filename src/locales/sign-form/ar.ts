import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../ar.js';

/**
 * @reviewer a native Arabic speaker on the campaign’s translation team
 */
export const ar: SignFormCatalog = {
  nameLabel: 'الاسم',
  emailLabel: 'البريد الإلكتروني',
  countryLabel: 'البلد',
  contactOptIn: 'أبلغوني بالمستجدات عبر البريد الإلكتروني',
  sign: 'وقّع',
  sending: 'جارٍ الإرسال…',
  required: 'يُرجى ملء هذا الحقل.',
  invalidEmail: 'يُرجى إدخال عنوان بريد إلكتروني صالح.',
  tooLong: 'النص طويل جدًا.',
  consentRequired: 'يُرجى الموافقة للتوقيع.',
  networkError: 'لم يُرسَل. تحقّق من اتصالك.',
  retry: 'إعادة المحاولة',
  rateLimited: 'محاولات كثيرة جدًا. حاول مرة أخرى {when}.',
  failed: 'لم يُرسَل. حاول مرة أخرى لاحقًا.',
  thanks: 'شكرًا لتوقيعك!',
  checkInbox: 'بقيت خطوة: تفقّد بريدك.',
  checkInboxHint: 'أرسلنا إليك رسالة. يُحتسب توقيعك حين تؤكده بالرابط الذي فيها.',
  invalidName: 'يُرجى استخدام أحرف مرئية فقط في اسمك.',
  share: 'مشاركة',
  copyLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط',
  signatures,
};
