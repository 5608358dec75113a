import type { Locale } from './languages.js';

/**
 * What the petition server writes to signers (server strings: kept out of the npm package by tsconfig.build.json): the confirmation mail, the "already signed" note, and the confirmation page.
 * Plain and short, in the form's language; languages without a translation here get English (marked `lang="en"`).
 * `{title}`, `{link}` and `{hours}` are filled in; nothing else about the signer ever goes into a message.
 */
export interface MailTexts {
  confirmSubject: string;
  confirmBody: string;
  alreadySubject: string;
  alreadyBody: string;
  pageTitle: string;
  /** Above the button: why a button, not the link alone. */
  pageIntro: string;
  button: string;
  done: string;
  expired: string;
}

const en: MailTexts = {
  confirmSubject: 'Confirm your signature: {title}',
  confirmBody:
    'Someone, probably you, signed “{title}” with this address.\n\nTo confirm your signature, open this link and press the button on the page:\n{link}\n\nThe link works for {hours} hours. If it was not you, ignore this message: the signature is never counted, and it is forgotten when the link expires.',
  alreadySubject: 'You have already signed: {title}',
  alreadyBody:
    'Someone, probably you, tried to sign “{title}” again with this address. Your signature is already counted; there is nothing more to do.\n\nIf it was not you, ignore this message.',
  pageTitle: 'Confirm your signature',
  pageIntro: 'Press the button to confirm that you signed “{title}”.',
  button: 'Confirm my signature',
  done: 'Thank you: your signature counts.',
  expired:
    'This link has expired or was already used. If your signature is not counted yet, sign again to get a new link.',
};

const fr: MailTexts = {
  confirmSubject: 'Confirmez votre signature : {title}',
  confirmBody:
    'Quelqu’un, sans doute vous, a signé « {title} » avec cette adresse.\n\nPour confirmer votre signature, ouvrez ce lien et appuyez sur le bouton de la page :\n{link}\n\nLe lien est valable {hours} heures. Si ce n’était pas vous, ignorez ce message : la signature ne sera jamais comptée et sera oubliée à l’expiration du lien.',
  alreadySubject: 'Vous avez déjà signé : {title}',
  alreadyBody:
    'Quelqu’un, sans doute vous, a de nouveau tenté de signer « {title} » avec cette adresse. Votre signature est déjà comptée ; vous n’avez rien à faire.\n\nSi ce n’était pas vous, ignorez ce message.',
  pageTitle: 'Confirmez votre signature',
  pageIntro: 'Appuyez sur le bouton pour confirmer que vous avez signé « {title} ».',
  button: 'Confirmer ma signature',
  done: 'Merci : votre signature est comptée.',
  expired:
    'Ce lien a expiré ou a déjà servi. Si votre signature n’est pas encore comptée, signez à nouveau pour recevoir un nouveau lien.',
};

const es: MailTexts = {
  confirmSubject: 'Confirma tu firma: {title}',
  confirmBody:
    'Alguien, probablemente tú, firmó «{title}» con esta dirección.\n\nPara confirmar tu firma, abre este enlace y pulsa el botón de la página:\n{link}\n\nEl enlace vale durante {hours} horas. Si no fuiste tú, ignora este mensaje: la firma nunca se cuenta y se olvida cuando el enlace caduca.',
  alreadySubject: 'Ya has firmado: {title}',
  alreadyBody:
    'Alguien, probablemente tú, intentó firmar «{title}» de nuevo con esta dirección. Tu firma ya está contada; no hace falta nada más.\n\nSi no fuiste tú, ignora este mensaje.',
  pageTitle: 'Confirma tu firma',
  pageIntro: 'Pulsa el botón para confirmar que firmaste «{title}».',
  button: 'Confirmar mi firma',
  done: 'Gracias: tu firma cuenta.',
  expired: 'Este enlace caducó o ya se usó. Si tu firma aún no cuenta, vuelve a firmar para recibir un enlace nuevo.',
};

const de: MailTexts = {
  confirmSubject: 'Bestätigen Sie Ihre Unterschrift: {title}',
  confirmBody:
    'Jemand, wahrscheinlich Sie, hat „{title}“ mit dieser Adresse unterschrieben.\n\nUm Ihre Unterschrift zu bestätigen, öffnen Sie diesen Link und drücken Sie die Schaltfläche auf der Seite:\n{link}\n\nDer Link gilt {hours} Stunden. Wenn Sie es nicht waren, ignorieren Sie diese Nachricht: Die Unterschrift wird nie gezählt und beim Ablauf des Links vergessen.',
  alreadySubject: 'Sie haben bereits unterschrieben: {title}',
  alreadyBody:
    'Jemand, wahrscheinlich Sie, hat erneut versucht, „{title}“ mit dieser Adresse zu unterschreiben. Ihre Unterschrift ist bereits gezählt; Sie müssen nichts weiter tun.\n\nWenn Sie es nicht waren, ignorieren Sie diese Nachricht.',
  pageTitle: 'Unterschrift bestätigen',
  pageIntro: 'Drücken Sie die Schaltfläche, um zu bestätigen, dass Sie „{title}“ unterschrieben haben.',
  button: 'Meine Unterschrift bestätigen',
  done: 'Danke: Ihre Unterschrift zählt.',
  expired:
    'Dieser Link ist abgelaufen oder wurde schon benutzt. Wenn Ihre Unterschrift noch nicht zählt, unterschreiben Sie erneut, um einen neuen Link zu erhalten.',
};

const ru: MailTexts = {
  confirmSubject: 'Подтвердите подпись: {title}',
  confirmBody:
    'Кто-то, вероятно вы, подписал «{title}» с этим адресом.\n\nЧтобы подтвердить подпись, откройте ссылку и нажмите кнопку на странице:\n{link}\n\nСсылка действует {hours} часов. Если это были не вы, просто проигнорируйте письмо: подпись не будет засчитана и будет забыта, когда ссылка истечёт.',
  alreadySubject: 'Вы уже подписали: {title}',
  alreadyBody:
    'Кто-то, вероятно вы, снова попытался подписать «{title}» с этим адресом. Ваша подпись уже засчитана, больше ничего делать не нужно.\n\nЕсли это были не вы, проигнорируйте письмо.',
  pageTitle: 'Подтверждение подписи',
  pageIntro: 'Нажмите кнопку, чтобы подтвердить, что вы подписали «{title}».',
  button: 'Подтвердить подпись',
  done: 'Спасибо: ваша подпись засчитана.',
  expired:
    'Ссылка истекла или уже использована. Если ваша подпись ещё не засчитана, подпишите снова, чтобы получить новую ссылку.',
};

const tr: MailTexts = {
  confirmSubject: 'İmzanızı onaylayın: {title}',
  confirmBody:
    'Birisi, muhtemelen siz, bu adresle “{title}” metnini imzaladı.\n\nİmzanızı onaylamak için bu bağlantıyı açın ve sayfadaki düğmeye basın:\n{link}\n\nBağlantı {hours} saat geçerlidir. Siz değilseniz bu mesajı yok sayın: imza hiç sayılmaz ve bağlantının süresi dolunca unutulur.',
  alreadySubject: 'Zaten imzaladınız: {title}',
  alreadyBody:
    'Birisi, muhtemelen siz, bu adresle “{title}” metnini yeniden imzalamaya çalıştı. İmzanız zaten sayıldı; başka bir şey yapmanız gerekmiyor.\n\nSiz değilseniz bu mesajı yok sayın.',
  pageTitle: 'İmzanızı onaylayın',
  pageIntro: '“{title}” metnini imzaladığınızı onaylamak için düğmeye basın.',
  button: 'İmzamı onayla',
  done: 'Teşekkürler: imzanız sayıldı.',
  expired:
    'Bu bağlantının süresi doldu ya da zaten kullanıldı. İmzanız henüz sayılmadıysa yeni bir bağlantı için yeniden imzalayın.',
};

const ar: MailTexts = {
  confirmSubject: 'أكّد توقيعك: {title}',
  confirmBody:
    'وقّع شخصٌ ما، على الأرجح أنت، على «{title}» بهذا العنوان.\n\nلتأكيد توقيعك افتح هذا الرابط واضغط الزر في الصفحة:\n{link}\n\nيعمل الرابط مدة {hours} ساعة. إن لم تكن أنت فتجاهل هذه الرسالة: لن يُحتسب التوقيع أبدًا، ويُنسى عند انتهاء صلاحية الرابط.',
  alreadySubject: 'لقد وقّعت من قبل: {title}',
  alreadyBody:
    'حاول شخصٌ ما، على الأرجح أنت، التوقيع على «{title}» مرة أخرى بهذا العنوان. توقيعك محتسب من قبل، ولا حاجة لأي شيء آخر.\n\nإن لم تكن أنت فتجاهل هذه الرسالة.',
  pageTitle: 'تأكيد التوقيع',
  pageIntro: 'اضغط الزر لتأكيد أنك وقّعت على «{title}».',
  button: 'أكّد توقيعي',
  done: 'شكرًا: توقيعك محتسب.',
  expired: 'انتهت صلاحية هذا الرابط أو استُخدم من قبل. إن لم يُحتسب توقيعك بعد فوقّع مرة أخرى لتصلك رسالة جديدة.',
};

const zh: MailTexts = {
  confirmSubject: '请确认您的签名：{title}',
  confirmBody:
    '有人（很可能是您）用这个邮箱签署了“{title}”。\n\n请打开以下链接，并按页面上的按钮确认签名：\n{link}\n\n链接在 {hours} 小时内有效。如果不是您本人，请忽略此邮件：该签名不会被计入，并会在链接过期时被删除。',
  alreadySubject: '您已经签过名：{title}',
  alreadyBody:
    '有人（很可能是您）试图用这个邮箱再次签署“{title}”。您的签名早已计入，无需任何操作。\n\n如果不是您本人，请忽略此邮件。',
  pageTitle: '确认签名',
  pageIntro: '请按下按钮，确认您签署了“{title}”。',
  button: '确认我的签名',
  done: '谢谢：您的签名已计入。',
  expired: '此链接已过期或已被使用。如果您的签名尚未计入，请重新签名以获取新链接。',
};

// Written from zh for Traditional Chinese; not yet reviewed by a native speaker.
const zhHant: MailTexts = {
  confirmSubject: '請確認您的連署：{title}',
  confirmBody:
    '有人（很可能是您）用這個電子郵件地址連署了「{title}」。\n\n請打開以下連結，並按下頁面上的按鈕確認連署：\n{link}\n\n連結在 {hours} 小時內有效。如果不是您本人，請忽略此郵件：該連署不會被計入，並會在連結過期時被刪除。',
  alreadySubject: '您已經連署過了：{title}',
  alreadyBody:
    '有人（很可能是您）試圖用這個電子郵件地址再次連署「{title}」。您的連署早已計入，無需任何操作。\n\n如果不是您本人，請忽略此郵件。',
  pageTitle: '確認連署',
  pageIntro: '請按下按鈕，確認您連署了「{title}」。',
  button: '確認我的連署',
  done: '謝謝：您的連署已計入。',
  expired: '此連結已過期或已被使用。如果您的連署尚未計入，請重新連署以取得新連結。',
};

/**
 * Plain, short Uyghur, written for this server; not yet reviewed.
 *
 * @reviewer a native Uyghur speaker on the campaign’s translation team
 */
const ug: MailTexts = {
  confirmSubject: 'ئىمزايىڭىزنى جەزملەڭ: {title}',
  confirmBody:
    'بىرەيلەن، بەلكىم سىز، بۇ ئادرېس بىلەن «{title}» غا ئىمزا قويدى.\n\nئىمزايىڭىزنى جەزملەش ئۈچۈن بۇ ئۇلانمىنى ئېچىپ، بەتتىكى كۇنۇپكىنى بېسىڭ:\n{link}\n\nئۇلانما {hours} سائەت ئىناۋەتلىك. بۇ سىز بولمىسىڭىز، بۇ خەتكە پەرۋا قىلماڭ: ئىمزا ھەرگىز ھېسابلانمايدۇ، ئۇلانمىنىڭ ۋاقتى ئۆتكەندە ئۆچۈرۈلىدۇ.',
  alreadySubject: 'سىز ئاللىقاچان ئىمزا قويغان: {title}',
  alreadyBody:
    'بىرەيلەن، بەلكىم سىز، بۇ ئادرېس بىلەن «{title}» غا يەنە ئىمزا قويماقچى بولدى. ئىمزايىڭىز ئاللىقاچان ھېسابلاندى؛ باشقا ئىش قىلىشىڭىزنىڭ ھاجىتى يوق.\n\nبۇ سىز بولمىسىڭىز، بۇ خەتكە پەرۋا قىلماڭ.',
  pageTitle: 'ئىمزايىڭىزنى جەزملەڭ',
  pageIntro: '«{title}» غا ئىمزا قويغانلىقىڭىزنى جەزملەش ئۈچۈن كۇنۇپكىنى بېسىڭ.',
  button: 'ئىمزايىمنى جەزملەش',
  done: 'رەھمەت: ئىمزايىڭىز ھېسابلاندى.',
  expired:
    'بۇ ئۇلانمىنىڭ ۋاقتى ئۆتتى ياكى ئىشلىتىلىپ بولدى. ئىمزايىڭىز تېخى ھېسابلانمىغان بولسا، يېڭى ئۇلانما ئېلىش ئۈچۈن قايتا ئىمزا قويۇڭ.',
};

/**
 * Plain, short Kazakh (Cyrillic), written for this server; not yet reviewed.
 *
 * @reviewer a native Kazakh speaker on the campaign’s translation team
 */
const kk: MailTexts = {
  confirmSubject: 'Қолтаңбаңызды растаңыз: {title}',
  confirmBody:
    'Біреу, бәлкім сіз, осы мекенжаймен «{title}» петициясына қол қойды.\n\nҚолтаңбаңызды растау үшін мына сілтемені ашып, беттегі түймені басыңыз:\n{link}\n\nСілтеме {hours} сағат жарамды. Бұл сіз болмасаңыз, бұл хатты елемеңіз: қолтаңба ешқашан есептелмейді және сілтеменің мерзімі біткенде ұмытылады.',
  alreadySubject: 'Сіз бұрын қол қойғансыз: {title}',
  alreadyBody:
    'Біреу, бәлкім сіз, осы мекенжаймен «{title}» петициясына қайта қол қоймақ болды. Қолтаңбаңыз бұрыннан есептелген; басқа ештеңе істеудің қажеті жоқ.\n\nБұл сіз болмасаңыз, бұл хатты елемеңіз.',
  pageTitle: 'Қолтаңбаны растау',
  pageIntro: '«{title}» петициясына қол қойғаныңызды растау үшін түймені басыңыз.',
  button: 'Қолтаңбамды растау',
  done: 'Рақмет: қолтаңбаңыз есептелді.',
  expired:
    'Бұл сілтеменің мерзімі біткен немесе ол қолданылған. Қолтаңбаңыз әлі есептелмесе, жаңа сілтеме алу үшін қайта қол қойыңыз.',
};

/**
 * Kazakh in the Arabic script, transliterated from kk above.
 *
 * @reviewer a Kazakh speaker from Xinjiang who writes the Arabic script (töte jazu); machine-transliterated from kk, not yet reviewed
 */
const kkArab: MailTexts = {
  confirmSubject: 'قولتاڭباڭىزدى راستاڭىز: {title}',
  confirmBody:
    'بىرەۋ، ٴبالكىم ٴسىز، وسى مەكەنجايمەن «{title}» پەتيتسياسىنا قول قويدى.\n\nقولتاڭباڭىزدى راستاۋ ٷشىن مىنا سىلتەمەنى اشىپ، بەتتەگى تٷيمەنى باسىڭىز:\n{link}\n\nسىلتەمە {hours} ساعات جارامدى. بۇل ٴسىز بولماساڭىز، بۇل حاتتى ەلەمەڭىز: قولتاڭبا ەشقاشان ەسەپتەلمەيدى جانە سىلتەمەنىڭ مەرزىمى بىتكەندە ۇمىتىلادى.',
  alreadySubject: 'ٴسىز بۇرىن قول قويعانسىز: {title}',
  alreadyBody:
    'بىرەۋ، ٴبالكىم ٴسىز، وسى مەكەنجايمەن «{title}» پەتيتسياسىنا قايتا قول قويماق بولدى. قولتاڭباڭىز بۇرىننان ەسەپتەلگەن؛ باسقا ەشتەڭە ىستەۋدىڭ قاجەتى جوق.\n\nبۇل ٴسىز بولماساڭىز، بۇل حاتتى ەلەمەڭىز.',
  pageTitle: 'قولتاڭبانى راستاۋ',
  pageIntro: '«{title}» پەتيتسياسىنا قول قويعانىڭىزدى راستاۋ ٷشىن تٷيمەنى باسىڭىز.',
  button: 'قولتاڭبامدى راستاۋ',
  done: 'راقمەت: قولتاڭباڭىز ەسەپتەلدى.',
  expired:
    'بۇل سىلتەمەنىڭ مەرزىمى بىتكەن نەمەسە ول قولدانىلعان. قولتاڭباڭىز ٴالى ەسەپتەلمەسە، جاڭا سىلتەمە الۋ ٷشىن قايتا قول قويىڭىز.',
};

export const MAIL_TEXTS: Readonly<Record<Locale, MailTexts>> = {
  en,
  fr,
  es,
  de,
  ru,
  tr,
  ar,
  'zh-Hans': zh,
  'zh-Hant': zhHant,
  ug,
  kk,
  'kk-Arab': kkArab,
};
