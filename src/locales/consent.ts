import type { Locale } from './languages.js';

/**
 * The consent line of the form page the petition server serves (server strings: kept out of the npm package by
 * tsconfig.build.json), in every language we ship, with its privacy link's text; other languages
 * get English (with `lang="en"`). A signature records the version of the wording it agreed to (`consentVersion` in server/consent.ts):
 * change a text here and its version changes with it, while signatures already made keep the old one. Keep the old
 * wording where a campaign can find it (this file's history) for as long as the signatures that name it.
 */
export const CONSENT: Readonly<Record<Locale, readonly [text: string, privacy: string]>> = {
  en: [
    'I agree that my name and country are stored with my signature. My e-mail is kept only if I ask for news.',
    'Privacy policy',
  ],
  fr: [
    'J’accepte que mon nom et mon pays soient enregistrés avec ma signature. Mon e-mail n’est gardé que si je demande des nouvelles.',
    'Politique de confidentialité',
  ],
  es: [
    'Acepto que mi nombre y mi país se guarden con mi firma. Mi correo solo se guarda si pido novedades.',
    'Política de privacidad',
  ],
  ar: ['أوافق على حفظ اسمي وبلدي مع توقيعي. لا يُحتفظ ببريدي الإلكتروني إلا إذا طلبت المستجدات.', 'سياسة الخصوصية'],
  'zh-Hans': ['我同意将我的姓名和国家或地区与签名一并保存。只有在我要求接收消息时，才会保留我的电子邮箱。', '隐私政策'],
  // Written from zh-Hans for Traditional Chinese; not yet reviewed by a native speaker.
  'zh-Hant': [
    '我同意將我的姓名和國家或地區與連署一併保存。只有在我要求接收消息時，才會保留我的電子郵件。',
    '隱私權政策',
  ],
  ru: [
    'Я согласен(на), что моё имя и страна будут сохранены вместе с подписью. Эл. почта хранится, только если я прошу присылать новости.',
    'Политика конфиденциальности',
  ],
  ug: [
    'ئىسمىم ۋە دۆلىتىمنىڭ ئىمزايىم بىلەن بىللە ساقلىنىشىغا قوشۇلىمەن. ئېلخېتىم پەقەت يېڭىلىق تەلەپ قىلسام ساقلىنىدۇ.',
    'شەخسىيەت سىياسىتى',
  ],
  kk: [
    'Атым мен елімнің қолтаңбаммен бірге сақталуына келісемін. Электрондық поштам тек жаңалық сұрасам ғана сақталады.',
    'Құпиялық саясаты',
  ],
  // Transliterated from kk into the Arabic script (töte jazu); not yet reviewed by a Kazakh speaker from Xinjiang.
  'kk-Arab': [
    'اتىم مەن ەلىمنىڭ قولتاڭباممەن بىرگە ساقتالۋىنا كەلىسەمىن. ەلەكتروندىق پوشتام تەك جاڭالىق سۇراسام عانا ساقتالادى.',
    'قۇپيالىق ساياساتى',
  ],
  tr: [
    'Adımın ve ülkemin imzamla birlikte saklanmasını kabul ediyorum. E-postam yalnızca haber istersem saklanır.',
    'Gizlilik politikası',
  ],
  de: [
    'Ich bin einverstanden, dass mein Name und mein Land mit meiner Unterschrift gespeichert werden. Meine E-Mail wird nur gespeichert, wenn ich Neuigkeiten möchte.',
    'Datenschutzerklärung',
  ],
};
