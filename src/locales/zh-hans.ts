import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { other: '{count} 个签名' };

/**
 * @reviewer a native Mandarin speaker who writes Simplified Chinese, on the campaign’s translation team
 */
export const zhHans: WidgetCatalog = {
  sourceLabel: '来源：',
  contentNote: '内容提示：',
  testimony: '证词',
  showTestimony: '显示证词',
  showTranslation: '显示译文',
  showOriginal: '显示原文',
  translationShown: '已显示译文',
  originalShown: '已显示原文',
  signatures,
  goal: '目标：{goal}',
  signaturesOfGoal: { other: '{count} / {goal} 个签名' },
  loadingCount: '正在加载签名数',
  pauseUpdates: '暂停实时更新',
  resumeUpdates: '恢复实时更新',
  goalReached: '已达成目标',
  close: '关闭',
  formLoading: '正在加载表单…',
  formFailed: '无法加载表单。请稍后再试。',
  // Not yet reviewed (issue 13): the two strings below.
  formNotAllowed: '此请愿未为本网站设置。',
  formNotFound: '找不到此请愿。',
};
