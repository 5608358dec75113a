import type { PluralTerm, WidgetCatalog } from './catalog.js';

/** Also the sign-up form's, after signing. */
export const signatures: PluralTerm = { other: '{count} 個連署' };

/**
 * Traditional Chinese, for readers in Taiwan, Hong Kong and the diaspora who write it (`zh-TW`, `zh-HK`, `zh-Hant`),
 * who read Simplified before. Written from the Simplified catalog (CONTRIBUTING.md, "Adding a language").
 * @reviewer a native speaker who writes Traditional Chinese, on the campaign’s translation team (not yet reviewed)
 */
export const zhHant: WidgetCatalog = {
  sourceLabel: '來源：',
  contentNote: '內容提示：',
  testimony: '證詞',
  showTestimony: '顯示證詞',
  showTranslation: '顯示譯文',
  showOriginal: '顯示原文',
  translationShown: '已顯示譯文',
  originalShown: '已顯示原文',
  signatures,
  goal: '目標：{goal}',
  signaturesOfGoal: { other: '{count} / {goal} 個連署' },
  loadingCount: '正在載入連署人數',
  pauseUpdates: '暫停即時更新',
  resumeUpdates: '恢復即時更新',
  goalReached: '已達成目標',
  close: '關閉',
  formLoading: '正在載入表單…',
  formFailed: '無法載入表單。請稍後再試。',
  formNotAllowed: '此連署尚未為本網站設定。',
  formNotFound: '找不到此連署。',
};
