import type { SignFormCatalog } from '../catalog.js';
import { signatures } from '../zh-hans.js';

/**
 * @reviewer a native Mandarin (Simplified Chinese) speaker on the campaign’s translation team
 */
export const zhHans: SignFormCatalog = {
  nameLabel: '姓名',
  emailLabel: '电子邮箱',
  countryLabel: '国家或地区',
  contactOptIn: '通过电子邮件接收最新消息',
  sign: '签名',
  sending: '正在发送…',
  required: '请填写此项。',
  invalidEmail: '请输入有效的电子邮箱地址。',
  tooLong: '内容过长。',
  consentRequired: '请先表示同意再签名。',
  networkError: '发送失败。请检查网络连接。',
  retry: '重试',
  rateLimited: '尝试次数过多。请{when}重试。',
  failed: '发送失败。请稍后再试。',
  thanks: '感谢您的签名！',
  checkInbox: '快完成了：请查收邮件。',
  checkInboxHint: '我们已向您发送一封邮件。用其中的链接确认后，您的签名才会计入。',
  invalidName: '姓名中请只使用可见字符。',
  share: '分享',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  signatures,
};
