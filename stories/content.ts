import type { BuiltInLocale } from '../src/locales/index.js';
import { BOTA, GULZIRE, KAIRAT } from './seed.js';

/**
 * The seed's campaign content (seed.ts: Amnesty International's 2018 article) in every language the widgets ship, so
 * that a story's content follows the language toolbar. `Record<BuiltInLocale, …>` makes a missing language or text a
 * type error (npm run typecheck), and test/storybook/content.test.mjs checks that no translation is English.
 *
 * English is the article's. Every other language was translated for these stories by the engineer who wrote them
 * (machine-assisted) and is marked `reviewed: false` until a native speaker on the campaign's translation team has
 * read it; Kazakh in Arabic script is transliterated from the Kazakh. Names are written in each language's script.
 */
export interface StoryContent {
  /** Whether a native speaker has reviewed this language's texts. */
  readonly reviewed: boolean;
  readonly action: string;
  readonly consent: string;
  readonly privacy: string;
  readonly photoAlt: string;
  readonly counterLabel: string;
  readonly fact: { readonly valuePrefix: string; readonly label: string; readonly detail: string };
  readonly smallFact: { readonly valuePrefix: string; readonly label: string };
  readonly textFact: { readonly value: string; readonly label: string };
  readonly gulzire: { readonly name: string; readonly relation: string; readonly quote: string };
  readonly bota: { readonly name: string; readonly relation: string; readonly quote: string };
  readonly kairat: {
    readonly name: string;
    readonly relation: string;
    readonly account: string;
    readonly contentNote: string;
  };
}

export const CONTENT: Readonly<Record<BuiltInLocale, StoryContent>> = {
  en: {
    reviewed: true,
    action: 'Take action now',
    consent: 'I agree that my name and country are stored with my signature.',
    privacy: 'Privacy policy',
    photoAlt: 'Placeholder silhouette: no photo is published',
    counterLabel: 'people stand with the detained',
    fact: {
      valuePrefix: 'Up to',
      label: 'people detained in “re-education” camps',
      detail: 'The fate of most of them is unknown, and their families have been kept in the dark.',
    },
    smallFact: { valuePrefix: 'More than', label: 'relatives of missing people interviewed abroad' },
    textFact: { value: 'Nearly 6,000', label: 'people held in the camp where Kairat Samarkan was detained' },
    gulzire: { name: GULZIRE.name, relation: GULZIRE.relation, quote: GULZIRE.quote },
    bota: { name: BOTA.name, relation: BOTA.relation, quote: BOTA.quote },
    kairat: {
      name: KAIRAT.name,
      relation: KAIRAT.relation,
      account: KAIRAT.account,
      contentNote: 'Describes torture and a suicide attempt',
    },
  },
  fr: {
    reviewed: false,
    action: 'Agissez maintenant',
    consent: 'J’accepte que mon nom et mon pays soient enregistrés avec ma signature.',
    privacy: 'Politique de confidentialité',
    photoAlt: 'Silhouette de remplacement : aucune photo n’est publiée',
    counterLabel: 'personnes solidaires des détenus',
    fact: {
      valuePrefix: 'Jusqu’à',
      label: 'personnes détenues dans des camps de « rééducation »',
      detail: 'On ignore le sort de la plupart d’entre elles, et leurs familles sont laissées dans l’ignorance.',
    },
    smallFact: { valuePrefix: 'Plus de', label: 'proches de personnes disparues interrogés à l’étranger' },
    textFact: { value: 'Près de 6 000', label: 'personnes détenues dans le camp où Kairat Samarkan a été enfermé' },
    gulzire: {
      name: 'Gulzire',
      relation: 'Sœur d’un doctorant ouïghour disparu',
      quote:
        'Cela me fait pleurer de voir de loin ce qui arrive au peuple ouïghour. Chaque jour, je rêve de notre belle ville natale et des membres de ma belle famille.',
    },
    bota: {
      name: 'Bota Kussaiyn',
      relation: 'Fille de Kussaiyn Sagymbai, détenu dans un « camp de rééducation »',
      quote:
        'Mon père est un citoyen ordinaire. Nous étions une famille heureuse avant sa détention. Nous riions ensemble. Nous ne pouvons plus rire, et nous ne pouvons plus dormir la nuit. Nous vivons dans la peur chaque jour. Je veux revoir mon père.',
    },
    kairat: {
      name: 'Kairat Samarkan',
      relation: 'Détenu dans un camp à partir d’octobre 2017, selon Amnesty International',
      account:
        'Il a été cagoulé, entravé aux bras et aux jambes et forcé de rester debout dans une position fixe pendant 12 heures lors de sa première détention. Ce traitement l’a poussé à tenter de se suicider peu avant sa libération.',
      contentNote: 'Évoque la torture et une tentative de suicide',
    },
  },
  es: {
    reviewed: false,
    action: 'Actúa ahora',
    consent: 'Acepto que mi nombre y mi país se guarden con mi firma.',
    privacy: 'Política de privacidad',
    photoAlt: 'Silueta de relleno: no se ha publicado ninguna foto',
    counterLabel: 'personas apoyan a las detenidas',
    fact: {
      valuePrefix: 'Hasta',
      label: 'personas detenidas en campos de «reeducación»',
      detail: 'Se desconoce la suerte de la mayoría, y sus familias no reciben ninguna información.',
    },
    smallFact: { valuePrefix: 'Más de', label: 'familiares de personas desaparecidas entrevistados en el extranjero' },
    textFact: { value: 'Casi 6.000', label: 'personas recluidas en el campo donde estuvo detenido Kairat Samarkan' },
    gulzire: {
      name: 'Gulzire',
      relation: 'Hermana de un doctorando uigur desaparecido',
      quote:
        'Me hace llorar ver desde lejos lo que le está pasando al pueblo uigur. Cada día sueño con nuestra hermosa ciudad natal y con mi hermosa familia.',
    },
    bota: {
      name: 'Bota Kussaiyn',
      relation: 'Hija de Kussaiyn Sagymbai, detenido en un «campo de reeducación»',
      quote:
        'Mi padre es un ciudadano corriente. Éramos una familia feliz antes de que lo detuvieran. Reíamos juntos. Ya no podemos reír, y no podemos dormir por la noche. Vivimos con miedo cada día. Quiero volver a ver a mi padre.',
    },
    kairat: {
      name: 'Kairat Samarkan',
      relation: 'Recluido en un campo de detención desde octubre de 2017, según Amnistía Internacional',
      account:
        'Le encapucharon, le pusieron grilletes en brazos y piernas y le obligaron a permanecer de pie en una posición fija durante 12 horas al ser detenido. El trato que recibió le llevó a intentar suicidarse poco antes de su liberación.',
      contentNote: 'Describe torturas y un intento de suicidio',
    },
  },
  ar: {
    reviewed: false,
    action: 'تحرّك الآن',
    consent: 'أوافق على حفظ اسمي وبلدي مع توقيعي.',
    privacy: 'سياسة الخصوصية',
    photoAlt: 'صورة ظلية بديلة: لم تُنشر أي صورة',
    counterLabel: 'شخصًا يتضامنون مع المحتجزين',
    fact: {
      valuePrefix: 'ما يصل إلى',
      label: 'شخص محتجزون في معسكرات «إعادة التثقيف»',
      detail: 'مصير معظمهم مجهول، وتُترك عائلاتهم دون أي معلومات.',
    },
    smallFact: { valuePrefix: 'أكثر من', label: 'من أقارب المفقودين أُجريت معهم مقابلات في الخارج' },
    textFact: { value: 'قرابة 6000', label: 'شخص محتجزون في المعسكر الذي احتُجز فيه قيرات سمرقان' },
    gulzire: {
      name: 'غولزيرة',
      relation: 'شقيقة طالب دكتوراه أويغوري مفقود',
      quote: 'يُبكيني أن أشاهد من بعيد ما يحدث لشعب الأويغور. كل يوم أحلم بمدينتنا الجميلة وبأفراد عائلتي الأعزاء.',
    },
    bota: {
      name: 'بوتا كوسايين',
      relation: 'ابنة كوسايين ساغيمباي، المحتجز في «معسكر لإعادة التثقيف»',
      quote:
        'أبي مواطن عادي. كنا عائلة سعيدة قبل احتجازه. كنا نضحك معًا. لم نعد نستطيع الضحك، ولا النوم ليلًا. نعيش في خوف كل يوم. أريد أن أرى أبي مجددًا.',
    },
    kairat: {
      name: 'قيرات سمرقان',
      relation: 'احتُجز في معسكر اعتقال منذ أكتوبر/تشرين الأول 2017، بحسب منظمة العفو الدولية',
      account:
        'غُطّي رأسه وقُيّدت ذراعاه وساقاه وأُجبر على الوقوف في وضع ثابت مدة 12 ساعة عند احتجازه أول مرة. ودفعته المعاملة التي لقيها إلى محاولة الانتحار قبيل الإفراج عنه.',
      contentNote: 'يتضمن وصفًا للتعذيب ولمحاولة انتحار',
    },
  },
  'zh-Hans': {
    reviewed: false,
    action: '立即行动',
    consent: '我同意我的姓名和国家与我的签名一起保存。',
    privacy: '隐私政策',
    photoAlt: '占位剪影：未公开任何照片',
    counterLabel: '人声援被拘押者',
    fact: {
      valuePrefix: '多达',
      label: '人被关押在“再教育”营中',
      detail: '他们中大多数人的下落不明，家人也得不到任何消息。',
    },
    smallFact: { valuePrefix: '超过', label: '名失踪者亲属在海外接受了采访' },
    textFact: { value: '近 6,000', label: '人被关押在凯拉特·萨马尔坎曾被拘押的营地' },
    gulzire: {
      name: '古丽孜热',
      relation: '一名失踪维吾尔族博士生的妹妹',
      quote: '在远方看着维吾尔人的遭遇，我忍不住流泪。每一天，我都梦见我们美丽的家乡和我美丽的家人。',
    },
    bota: {
      name: '博塔·库赛因',
      relation: '库赛因·萨根拜的女儿，其父被关押在“再教育营”',
      quote:
        '我父亲是个普通公民。他被拘押之前，我们是幸福的一家。我们一起欢笑。如今我们再也笑不出来，夜里也睡不着。我们每天都生活在恐惧中。我想再见到我的父亲。',
    },
    kairat: {
      name: '凯拉特·萨马尔坎',
      relation: '据国际特赦组织报道，自 2017 年 10 月起被关押在拘留营',
      account:
        '他刚被拘押时被戴上头套，手脚被镣铐锁住，被迫以固定姿势站立 12 个小时。所受的对待使他在获释前不久试图自杀。',
      contentNote: '描述了酷刑和自杀未遂',
    },
  },
  'zh-Hant': {
    reviewed: false,
    action: '立即行動',
    consent: '我同意我的姓名和國家與我的連署一起保存。',
    privacy: '隱私權政策',
    photoAlt: '佔位剪影：未公開任何照片',
    counterLabel: '人聲援被拘押者',
    fact: {
      valuePrefix: '多達',
      label: '人被關押在「再教育」營中',
      detail: '他們中大多數人的下落不明，家人也得不到任何消息。',
    },
    smallFact: { valuePrefix: '超過', label: '名失蹤者親屬在海外接受了採訪' },
    textFact: { value: '近 6,000', label: '人被關押在凱拉特·薩馬爾坎曾被拘押的營地' },
    gulzire: {
      name: '古麗孜熱',
      relation: '一名失蹤維吾爾族博士生的妹妹',
      quote: '在遠方看著維吾爾人的遭遇，我忍不住流淚。每一天，我都夢見我們美麗的家鄉和我美麗的家人。',
    },
    bota: {
      name: '博塔·庫賽因',
      relation: '庫賽因·薩根拜的女兒，其父被關押在「再教育營」',
      quote:
        '我父親是個普通公民。他被拘押之前，我們是幸福的一家。我們一起歡笑。如今我們再也笑不出來，夜裡也睡不著。我們每天都生活在恐懼中。我想再見到我的父親。',
    },
    kairat: {
      name: '凱拉特·薩馬爾坎',
      relation: '據國際特赦組織報導，自 2017 年 10 月起被關押在拘留營',
      account:
        '他剛被拘押時被戴上頭套，手腳被鐐銬鎖住，被迫以固定姿勢站立 12 個小時。所受的對待使他在獲釋前不久試圖自殺。',
      contentNote: '描述了酷刑和自殺未遂',
    },
  },
  ru: {
    reviewed: false,
    action: 'Действуйте сейчас',
    consent: 'Я согласен(-на), чтобы мои имя и страна хранились вместе с подписью.',
    privacy: 'Политика конфиденциальности',
    photoAlt: 'Силуэт-заглушка: фотографии не опубликованы',
    counterLabel: 'человек поддерживают задержанных',
    fact: {
      valuePrefix: 'До',
      label: 'человек содержатся в лагерях «перевоспитания»',
      detail: 'Судьба большинства из них неизвестна, а их семьи остаются в неведении.',
    },
    smallFact: { valuePrefix: 'Более', label: 'родственников пропавших опрошены за рубежом' },
    textFact: { value: 'Почти 6000', label: 'человек в лагере, где содержался Кайрат Самаркан' },
    gulzire: {
      name: 'Гульзире',
      relation: 'Сестра пропавшего уйгурского аспиранта',
      quote:
        'Я плачу, наблюдая издалека за тем, что происходит с уйгурским народом. Каждый день мне снится наш прекрасный родной город и мои прекрасные родные.',
    },
    bota: {
      name: 'Бота Кусаин',
      relation: 'Дочь Кусаина Сагымбая, задержанного в «лагере перевоспитания»',
      quote:
        'Мой отец — обычный гражданин. До его задержания мы были счастливой семьёй. Мы смеялись вместе. Мы больше не можем смеяться и не можем спать по ночам. Мы каждый день живём в страхе. Я хочу снова увидеть отца.',
    },
    kairat: {
      name: 'Кайрат Самаркан',
      relation: 'Содержался в лагере с октября 2017 года, по данным Amnesty International',
      account:
        'Когда его задержали, ему надели мешок на голову, заковали руки и ноги в кандалы и заставили 12 часов стоять в одной позе. Из-за такого обращения незадолго до освобождения он пытался покончить с собой.',
      contentNote: 'Описание пыток и попытки самоубийства',
    },
  },
  ug: {
    reviewed: false,
    action: 'ھازىرلا ھەرىكەت قىلىڭ',
    consent: 'ئىسمىم ۋە دۆلىتىمنىڭ ئىمزايىم بىلەن بىللە ساقلىنىشىغا قوشۇلىمەن.',
    privacy: 'شەخسىي مەلۇمات سىياسىتى',
    photoAlt: 'ئورۇن تولدۇرغۇچى سىلۇئېت: ھېچقانداق سۈرەت ئېلان قىلىنمىغان',
    counterLabel: 'كىشى تۇتۇپ تۇرۇلغانلارنى قوللايدۇ',
    fact: {
      valuePrefix: 'تەخمىنەن',
      label: 'كىشى «قايتا تەربىيەلەش» لاگېرلىرىدا تۇتۇپ تۇرۇلغان',
      detail: 'ئۇلارنىڭ كۆپىنچىسىنىڭ تەقدىرى نامەلۇم، ئائىلىسىدىكىلەرگە ھېچقانداق خەۋەر بېرىلمىگەن.',
    },
    smallFact: { valuePrefix: 'كۆپرەك', label: 'يوقاپ كەتكەنلەرنىڭ تۇغقانلىرى چەتئەلدە زىيارەت قىلىندى' },
    textFact: { value: '6000 غا يېقىن', label: 'كىشى قەيرات سامارقان تۇتۇلغان لاگېردا تۇتۇپ تۇرۇلغان' },
    gulzire: {
      name: 'گۈلزىرە',
      relation: 'يوقاپ كەتكەن ئۇيغۇر دوكتور ئاسپىرانتنىڭ سىڭلىسى',
      quote: GULZIRE.quoteInUyghur,
    },
    bota: {
      name: 'بوتا قۇسايىن',
      relation: '«قايتا تەربىيەلەش لاگېرى»دا تۇتۇپ تۇرۇلغان قۇسايىن ساغىمبايىنىڭ قىزى',
      quote:
        'دادام ئاددىي بىر پۇقرا. ئۇ تۇتۇلۇشتىن بۇرۇن بىز بەختلىك ئائىلە ئىدۇق. بىللە كۈلەتتۇق. ئەمدى كۈلەلمەيمىز، كېچىسى ئۇخلىيالمايمىز. ھەر كۈنى قورقۇنچ ئىچىدە ياشايمىز. دادامنى يەنە كۆرگۈم بار.',
    },
    kairat: {
      name: 'قەيرات سامارقان',
      relation: 'خەلقئارا كەچۈرۈم تەشكىلاتىنىڭ خەۋىرىگە قارىغاندا، 2017-يىلى ئۆكتەبىردىن باشلاپ لاگېردا تۇتۇپ تۇرۇلغان',
      account:
        'ئۇ تۇنجى قېتىم تۇتۇلغاندا بېشىغا خالتا كىيدۈرۈلۈپ، قول-پۇتىغا كىشەن سېلىنىپ، 12 سائەت مىدىرلىماي تۇرۇشقا مەجبۇرلانغان. بۇ مۇئامىلە ئۇنى قويۇپ بېرىلىشتىن سەل بۇرۇن ئۆزىنى ئۆلتۈرۈۋېلىشقا ئۇرۇنۇشقا ئېلىپ بارغان.',
      contentNote: 'قىيناش ۋە ئۆزىنى ئۆلتۈرۈۋېلىشقا ئۇرۇنۇش تەسۋىرلەنگەن',
    },
  },
  kk: {
    reviewed: false,
    action: 'Қазір әрекет етіңіз',
    consent: 'Атым мен елімнің қолтаңбаммен бірге сақталуына келісемін.',
    privacy: 'Құпиялылық саясаты',
    photoAlt: 'Орынбасар силуэт: ешқандай фото жарияланбаған',
    counterLabel: 'адам ұсталғандарды қолдайды',
    fact: {
      valuePrefix: 'Шамамен',
      label: 'адам «қайта тәрбиелеу» лагерьлерінде ұсталуда',
      detail: 'Олардың көпшілігінің тағдыры белгісіз, отбасыларына ешқандай хабар берілмейді.',
    },
    smallFact: { valuePrefix: 'Астам', label: 'жоғалғандардың туыстары шетелде сұхбат берді' },
    textFact: { value: '6 000-ға жуық', label: 'адам Қайрат Самарқан ұсталған лагерьде болды' },
    gulzire: {
      name: 'Гүлзире',
      relation: 'Хабарсыз кеткен ұйғыр докторантының қарындасы',
      quote:
        'Ұйғыр халқының басына түскенді алыстан көріп жылаймын. Күн сайын әдемі туған қаламызды және әдемі отбасымды түсімде көремін.',
    },
    bota: {
      name: 'Бота Құсайын',
      relation: '«Қайта тәрбиелеу лагерінде» ұсталған Құсайын Сағымбайдың қызы',
      quote:
        'Әкем — қарапайым азамат. Ол ұсталғанға дейін біз бақытты отбасы едік. Бірге күлетінбіз. Енді күле алмаймыз, түнде ұйықтай алмаймыз. Күн сайын қорқынышта өмір сүреміз. Әкемді қайта көргім келеді.',
    },
    kairat: {
      name: 'Қайрат Самарқан',
      relation: 'Халықаралық амнистия ұйымының хабарлауынша, 2017 жылғы қазаннан бастап лагерьде ұсталған',
      account:
        'Алғаш ұсталғанда оның басына қап кигізіліп, қол-аяғына кісен салынып, 12 сағат бойы бір қалыпта тұруға мәжбүр етілген. Осындай қарым-қатынас оны босатылар алдында өз-өзіне қол жұмсауға әрекеттенуге итермелеген.',
      contentNote: 'Азаптау мен өз-өзіне қол жұмсау әрекеті сипатталады',
    },
  },
  'kk-Arab': {
    reviewed: false,
    action: 'قازىر ٵرەكەت ەتىڭىز',
    consent: 'اتىم مەن ەلىمنىڭ قولتاڭباممەن بىرگە ساقتالۋىنا كەلىسەمىن.',
    privacy: 'قۇپيالىلىق ساياساتى',
    photoAlt: 'ورىنباسار سيلۋەت: ەشقانداي فوتو جاريالانباعان',
    counterLabel: 'ادام ۇستالعانداردى قولدايدى',
    fact: {
      valuePrefix: 'شامامەن',
      label: 'ادام «قايتا تاربيەلەۋ» لاگەرلەرىندە ۇستالۋدا',
      detail: 'ولاردىڭ كٶپشىلىگىنىڭ تاعدىرى بەلگىسىز، وتباسىلارىنا ەشقانداي حابار بەرىلمەيدى.',
    },
    smallFact: { valuePrefix: 'استام', label: 'جوعالعانداردىڭ تۋىستارى شەتەلدە سۇحبات بەردى' },
    textFact: { value: '6000-عا جۋىق', label: 'ادام قايرات سامارقان ۇستالعان لاگەردە بولدى' },
    gulzire: {
      name: 'گۇلزيرە',
      relation: 'حابارسىز كەتكەن ۇيعىر دوكتورانتىنىڭ قارىنداسى',
      quote:
        'ۇيعىر حالقىنىڭ باسىنا تٷسكەندى الىستان كٶرىپ جىلايمىن. كٷن سايىن ٵدەمى تۋعان قالامىزدى جٵنە ٵدەمى وتباسىمدى تٷسىمدە كٶرەمىن.',
    },
    bota: {
      name: 'بوتا قۇسايىن',
      relation: '«قايتا تاربيەلەۋ لاگەرىندە» ۇستالعان قۇسايىن ساعىمبايدىڭ قىزى',
      quote:
        'ٵكەم — قاراپايىم ازامات. ول ۇستالعانعا دەيىن ٴبىز باقىتتى وتباسى ەدىك. بىرگە كٷلەتىنبىز. ەندى كٷلە المايمىز، تٷندە ۇيىقتاي المايمىز. كٷن سايىن قورقىنىشتا ٴومىر سٷرەمىز. ٵكەمدى قايتا كٶرگىم كەلەدى.',
    },
    kairat: {
      name: 'قايرات سامارقان',
      relation: 'حالىقارالىق امنيستيا ۇيىمىنىڭ حابارلاۋىنشا، 2017 جىلعى قازاننان باستاپ لاگەردە ۇستالعان',
      account:
        'العاش ۇستالعاندا ونىڭ باسىنا قاپ كيگىزىلىپ، قول-اياعىنا كىسەن سالىنىپ، 12 ساعات بويى ٴبىر قالىپتا تۇرۋعا ٴماجبۇر ەتىلگەن. وسىنداي قارىم-قاتىناس ونى بوساتىلار الدىندا ٴوز-وزىنە قول جۇمساۋعا ٵرەكەتتەنۋگە يتەرمەلەگەن.',
      contentNote: 'ازاپتاۋ مەن ٴوز-وزىنە قول جۇمساۋ ٵرەكەتى سيپاتتالادى',
    },
  },
  tr: {
    reviewed: false,
    action: 'Hemen harekete geçin',
    consent: 'Adımın ve ülkemin imzamla birlikte saklanmasını kabul ediyorum.',
    privacy: 'Gizlilik politikası',
    photoAlt: 'Yer tutucu siluet: fotoğraf yayımlanmadı',
    counterLabel: 'kişi tutuklulara destek veriyor',
    fact: {
      valuePrefix: 'Yaklaşık',
      label: 'kişi “yeniden eğitim” kamplarında tutuluyor',
      detail: 'Çoğunun akıbeti bilinmiyor ve ailelerine hiçbir bilgi verilmiyor.',
    },
    smallFact: { valuePrefix: 'Yüzü aşkın', label: 'kayıp yakını yurt dışında görüşüldü' },
    textFact: { value: 'Yaklaşık 6.000', label: 'kişi, Kayrat Samarkan’ın tutulduğu kampta bulunuyordu' },
    gulzire: {
      name: 'Gulzire',
      relation: 'Kayıp bir Uygur doktora öğrencisinin kız kardeşi',
      quote:
        'Uygur halkının başına gelenleri uzaktan izlemek beni ağlatıyor. Her gün güzel memleketimizi ve güzel ailemi rüyamda görüyorum.',
    },
    bota: {
      name: 'Bota Kussaiyn',
      relation: '“Yeniden eğitim kampında” tutulan Kussaiyn Sagymbai’nin kızı',
      quote:
        'Babam sıradan bir vatandaş. O tutuklanmadan önce mutlu bir aileydik. Birlikte gülerdik. Artık gülemiyoruz ve geceleri uyuyamıyoruz. Her gün korku içinde yaşıyoruz. Babamı yeniden görmek istiyorum.',
    },
    kairat: {
      name: 'Kayrat Samarkan',
      relation: 'Uluslararası Af Örgütü’ne göre Ekim 2017’den itibaren bir gözaltı kampında tutuldu',
      account:
        'İlk gözaltına alındığında başına çuval geçirildi, kollarına ve bacaklarına zincir vuruldu ve 12 saat boyunca sabit bir pozisyonda ayakta durmaya zorlandı. Gördüğü muamele onu serbest bırakılmasından kısa süre önce intihar girişiminde bulunmaya itti.',
      contentNote: 'İşkence ve bir intihar girişimi anlatılıyor',
    },
  },
  de: {
    reviewed: false,
    action: 'Jetzt handeln',
    consent: 'Ich bin einverstanden, dass mein Name und mein Land mit meiner Unterschrift gespeichert werden.',
    privacy: 'Datenschutzerklärung',
    photoAlt: 'Platzhalter-Silhouette: Es ist kein Foto veröffentlicht',
    counterLabel: 'Menschen stehen an der Seite der Inhaftierten',
    fact: {
      valuePrefix: 'Bis zu',
      label: 'Menschen in „Umerziehungslagern“ festgehalten',
      detail: 'Das Schicksal der meisten ist unbekannt, und ihre Familien werden im Ungewissen gelassen.',
    },
    smallFact: { valuePrefix: 'Mehr als', label: 'Angehörige von Verschwundenen im Ausland befragt' },
    textFact: { value: 'Fast 6.000', label: 'Menschen im Lager, in dem Kairat Samarkan festgehalten wurde' },
    gulzire: {
      name: 'Gulzire',
      relation: 'Schwester eines verschwundenen uigurischen Doktoranden',
      quote:
        'Es bringt mich zum Weinen, aus der Ferne zuzusehen, was dem uigurischen Volk geschieht. Jeden Tag träume ich von unserer schönen Heimatstadt und meiner wunderbaren Familie.',
    },
    bota: {
      name: 'Bota Kussaiyn',
      relation: 'Tochter von Kussaiyn Sagymbai, festgehalten in einem „Umerziehungslager“',
      quote:
        'Mein Vater ist ein gewöhnlicher Bürger. Bevor er festgenommen wurde, waren wir eine glückliche Familie. Wir haben zusammen gelacht. Wir können nicht mehr lachen, und nachts können wir nicht schlafen. Wir leben jeden Tag in Angst. Ich will meinen Vater wiedersehen.',
    },
    kairat: {
      name: 'Kairat Samarkan',
      relation: 'Ab Oktober 2017 in einem Internierungslager festgehalten, laut Amnesty International',
      account:
        'Bei seiner Festnahme wurde ihm eine Kapuze über den Kopf gezogen, er wurde an Armen und Beinen gefesselt und musste 12 Stunden in einer festen Haltung stehen. Die Behandlung trieb ihn kurz vor seiner Freilassung zu einem Suizidversuch.',
      contentNote: 'Beschreibt Folter und einen Suizidversuch',
    },
  },
};

/** The content in a story's language (the toolbar's), English for a language we do not ship. */
export const contentIn = (locale = 'en'): StoryContent =>
  CONTENT[locale as BuiltInLocale] ?? CONTENT[locale.split('-')[0] as BuiltInLocale] ?? CONTENT.en;

/** Story arguments that are not attributes: what goes in the element (slots), filed under their own heading. */
export const content = (description: string) =>
  ({ control: 'text', description, table: { category: 'Content' } }) as const;
/** The story's frame, not the element. */
export const frame = (description: string) =>
  ({ control: 'text', description, table: { category: 'Story frame' } }) as const;
