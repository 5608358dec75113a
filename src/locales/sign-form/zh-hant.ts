import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../zh-hant.js';

/**
 * @reviewer a native speaker who writes Traditional Chinese, on the campaign’s translation team (not yet reviewed)
 */
export const zhHant: SignFormCatalog = {
  nameLabel: '姓名',
  emailLabel: '電子郵件',
  countryLabel: '國家或地區',
  contactOptIn: '透過電子郵件接收最新消息',
  sign: '連署',
  sending: '正在送出…',
  required: '請填寫此欄。',
  invalidEmail: '請輸入有效的電子郵件地址。',
  tooLong: '內容過長。',
  consentRequired: '請先表示同意再連署。',
  networkError: '送出失敗。請檢查網路連線。',
  retry: '重試',
  rateLimited: '嘗試次數過多。請{when}重試。',
  failed: '送出失敗。請稍後再試。',
  thanks: '感謝您的連署！',
  checkInbox: '快完成了：請查看您的信箱。',
  checkInboxHint: '我們已寄給您一封電子郵件。用信中的連結確認後，您的連署才會計入。',
  invalidName: '姓名請只使用可見的字元。',
  share: '分享',
  copyLink: '複製連結',
  linkCopied: '連結已複製',
  signatures,
};
