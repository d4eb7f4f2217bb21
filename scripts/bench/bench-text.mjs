// Deterministic Modern Standard Arabic news text for the benchmark (scripts/bench.mjs).
//
// Everything here is written for the benchmark: no corpus is read, so the benchmark runs the
// same anywhere and cannot leak test or held-out data. Articles are composed at random (a
// seeded PRNG, never Math.random) from hand-written templates in five domains — politics,
// economy, sport, science, culture — whose slots draw names, places, numbers (ASCII and
// Arabic-Indic), dates, percentages, quotes, URLs, e-mails, #hashtags, @mentions and emoji,
// and a long tail of content words built from roots and patterns. Every sentence is composed
// afresh and the vocabulary grows with the text, so 10 MB is not one small block repeated:
// the summarizer and keyword extractor see a long, varied document, and no memo or cache sees
// the same few words over and over.
//
// No Node built-ins: the benchmark page imports this module too, so that Node and Chromium
// measure the very same text (arabicText(n) is a pure function of n and the seed).

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** UTF-8 length of a JavaScript string, without allocating (a surrogate pair is 4 bytes). */
export function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary for the slots.

const MALE_FIRST = [
  "أحمد",
  "محمد",
  "خالد",
  "سامي",
  "يوسف",
  "عمر",
  "حسن",
  "علي",
  "إبراهيم",
  "كريم",
  "طارق",
  "مصطفى",
  "عبد الله",
  "عبد الرحمن",
  "فيصل",
  "ناصر",
  "وليد",
  "جمال",
  "هشام",
  "رامي",
  "زياد",
  "بلال",
  "منير",
  "عادل",
];
const FEMALE_FIRST = [
  "ليلى",
  "سلمى",
  "فاطمة",
  "مريم",
  "نور",
  "هدى",
  "رنا",
  "سارة",
  "أمل",
  "ريم",
  "دينا",
  "ياسمين",
  "هالة",
  "لبنى",
  "منى",
  "عائشة",
];
const FAMILY = [
  "المصري",
  "العلي",
  "العتيبي",
  "الخطيب",
  "بن علي",
  "الحسيني",
  "الشامي",
  "القحطاني",
  "المغربي",
  "التونسي",
  "حداد",
  "النعيمي",
  "الزعبي",
  "الدوسري",
  "الكبيسي",
  "عبد الحميد",
  "السيد",
  "الهاشمي",
  "الأنصاري",
  "البغدادي",
  "الفاسي",
  "الجزائري",
  "العمري",
  "الشريف",
  "منصور",
  "سليمان",
  "يعقوب",
  "الرفاعي",
  "الحلبي",
  "الطرابلسي",
];
const MALE_TITLES = ["د.", "د.", "الدكتور", "م.", "المهندس", "أ.د.", "الأستاذ", "السيد", "الشيخ", "", "", ""];
const FEMALE_TITLES = ["د.", "د.", "الدكتورة", "م.", "المهندسة", "الأستاذة", "السيدة", "", ""];
const OFFICIAL_TITLES = [
  "وزير الخارجية",
  "وزير المالية",
  "وزير الاقتصاد",
  "وزير الداخلية",
  "رئيس الوزراء",
  "وزير الطاقة",
  "وزير التربية والتعليم",
  "وزير الصحة",
  "وزير الثقافة",
  "المتحدث باسم الحكومة",
  "رئيس البرلمان",
  "وزير الدفاع",
];
const CITIES = [
  "القاهرة",
  "بيروت",
  "الرياض",
  "عمّان",
  "تونس",
  "الرباط",
  "دبي",
  "بغداد",
  "دمشق",
  "الجزائر",
  "الدوحة",
  "الكويت",
  "مسقط",
  "الخرطوم",
  "طرابلس",
  "صنعاء",
  "نواكشوط",
  "المنامة",
  "القدس",
  "الإسكندرية",
  "جدة",
  "أبوظبي",
  "الدار البيضاء",
  "وهران",
  "صفاقس",
  "حلب",
  "الموصل",
  "إربد",
  "مراكش",
  "أسوان",
];
const COUNTRIES = [
  "مصر",
  "لبنان",
  "السعودية",
  "الأردن",
  "تونس",
  "المغرب",
  "الإمارات",
  "العراق",
  "سوريا",
  "الجزائر",
  "قطر",
  "الكويت",
  "عُمان",
  "السودان",
  "ليبيا",
  "اليمن",
  "موريتانيا",
  "البحرين",
  "فلسطين",
  "تركيا",
  "فرنسا",
  "الصين",
  "اليابان",
  "البرازيل",
  "ألمانيا",
  "الهند",
];
const MINISTRIES = [
  "وزارة الاقتصاد",
  "وزارة الصحة",
  "وزارة التربية والتعليم",
  "وزارة الطاقة",
  "وزارة الخارجية",
  "وزارة المالية",
  "وزارة الثقافة",
  "وزارة النقل",
  "وزارة الزراعة",
  "وزارة السياحة",
  "وزارة الاتصالات وتقنية المعلومات",
];
// Masculine names take the masculine verbs of the templates (قال، دعا، توقع).
const ORGS_M = [
  "صندوق النقد الدولي",
  "البنك الدولي",
  "الاتحاد الأوروبي",
  "مجلس الأمن",
  "الاتحاد الأفريقي",
  "البنك المركزي",
  "المجلس الاقتصادي والاجتماعي",
  "مركز الدراسات الاستراتيجية",
];
const ORGS = [
  ...ORGS_M,
  "الأمم المتحدة",
  "جامعة الدول العربية",
  "منظمة الصحة العالمية",
  "منظمة التجارة العالمية",
  "منظمة أوبك",
  "اليونسكو",
  "منظمة العمل الدولية",
];
const COMPANIES = [
  "شركة الأفق للتقنية",
  "مجموعة النور القابضة",
  "مصرف الوفاق",
  "شركة الخليج للطاقة",
  "شركة النيل للإنشاءات",
  "مجموعة الأطلس للاتصالات",
  "شركة الواحة للأغذية",
  "مصرف الرافدين الجديد",
  "شركة سنا للطيران",
  "مجموعة المدار",
];
const CURRENCIES = ["دولار", "يورو", "ريال", "درهم", "دينار", "جنيه"];
const MONTHS = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "مايو",
  "يونيو",
  "يوليو",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
  "كانون الثاني",
  "شباط",
  "آذار",
  "نيسان",
  "أيار",
  "حزيران",
  "تموز",
  "آب",
  "أيلول",
  "تشرين الأول",
  "تشرين الثاني",
  "كانون الأول",
  "مارس/آذار",
  "يونيو/حزيران",
  "سبتمبر/أيلول",
  "ديسمبر/كانون الأول",
];
const WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"];
const TEAMS = [
  "الأهلي",
  "الزمالك",
  "الهلال",
  "النصر",
  "الوداد",
  "الرجاء",
  "الترجي",
  "الفيصلي",
  "الاتحاد",
  "الشباب",
  "السد",
  "العين",
  "الوحدات",
  "النجمة",
  "الإسماعيلي",
  "المريخ",
  "الجيش الملكي",
  "القادسية",
];
const STADIUMS = [
  "ستاد القاهرة الدولي",
  "ملعب الملك فهد",
  "ملعب محمد الخامس",
  "ملعب رادس",
  "استاد خليفة الدولي",
  "ملعب عمّان الدولي",
  "ملعب مدينة الملك عبد الله",
];
const TOURNAMENTS = ["كأس العرب", "دوري أبطال آسيا", "كأس الأمم الأفريقية", "دوري أبطال أفريقيا", "كأس الخليج", "الألعاب الأولمبية"];
const FIELDS = [
  "الذكاء الاصطناعي",
  "الطاقة المتجددة",
  "علم الجينات",
  "الفيزياء الفلكية",
  "تحلية المياه",
  "أمراض القلب",
  "الحوسبة الكمومية",
  "علوم المناخ",
  "الروبوتات الطبية",
  "تقنيات النانو",
  "اللقاحات",
  "الزراعة الذكية",
];
const SUBJECTS = [
  "الكيمياء الحيوية",
  "علوم الحاسوب",
  "الفيزياء",
  "الطب الوقائي",
  "الهندسة الكهربائية",
  "علم الأحياء",
  "الرياضيات التطبيقية",
];
const UNIVERSITIES = [
  "جامعة القاهرة",
  "الجامعة الأمريكية في بيروت",
  "جامعة الملك سعود",
  "جامعة محمد الخامس",
  "جامعة قطر",
  "الجامعة الأردنية",
  "جامعة بغداد",
  "جامعة الخرطوم",
  "جامعة تونس المنار",
  "جامعة خليفة",
];
const BOOKS = [
  "«ذاكرة المدن»",
  "«بيت على النهر»",
  "«ظل الياسمين»",
  "«رسائل لم تُرسل»",
  "«الطريق إلى الجنوب»",
  "«مدينة الملح والضوء»",
  "«صيف أخير في يافا»",
  "«حكايات البحر»",
  "«سماء بلا نجوم»",
  "«الغريب الذي عاد»",
];
const FILMS = ["«الرحلة»", "«نافذة على الشرق»", "«أحلام صغيرة»", "«الصمت الطويل»", "«ليل القاهرة»", "«آخر القطارات»", "«بحر الرمال»"];
const LATIN = ["COVID-19", "GDP", "AI", "ChatGPT", "iPhone", "FIFA", "NASA", "5G", "Netflix", "Bitcoin", "Google", "Wi-Fi"];
const HASHTAGS = [
  "#الاقتصاد_العربي",
  "#مصر",
  "#كأس_العرب",
  "#الذكاء_الاصطناعي",
  "#يوم_الأرض",
  "#COP28",
  "#معرض_الكتاب",
  "#عاجل",
  "#الدوري_السعودي",
  "#تونس",
  "#لبنان",
  "#الطاقة_المتجددة",
  "#رمضان_كريم",
  "#التعليم_للجميع",
];
const MENTIONS = ["@UN_Arabic", "@WHO_EMRO", "@ahmad_news", "@kooora", "@AlArabiya_Eng", "@sport_ar", "@culture_daily", "@techreview_ar"];
const EMOJI = ["👍", "⚽", "📈", "🇪🇬", "🇸🇦", "🇲🇦", "❤️", "🎉", "👏🏽", "🔥", "📚", "🌍", "🏆", "👨‍👩‍👧", "✅"];
const DOMAINS_WEB = ["example.com", "example.org", "example.net", "news.example.com", "data.example.org"];
const PROVERBS = [
  "العِلْمُ نُورٌ وَالجَهْلُ ظَلامٌ",
  "مَنْ جَدَّ وَجَدَ، وَمَنْ زَرَعَ حَصَدَ",
  "الصَّبْرُ مِفْتَاحُ الفَرَجِ",
  "خَيْرُ الأُمُورِ أَوْسَطُهَا",
  "اطْلُبُوا العِلْمَ مِنَ المَهْدِ إِلَى اللَّحْدِ",
  "لِكُلِّ مُجْتَهِدٍ نَصِيبٌ",
];
const VERSES = [
  "إِذَا الشَّعْبُ يَوْمًا أَرَادَ الحَيَاةَ … فَلا بُدَّ أَنْ يَسْتَجِيبَ القَدَرْ",
  "أَنَا البَحْرُ فِي أَحْشَائِهِ الدُّرُّ كَامِنٌ",
  "عَلَى قَدْرِ أَهْلِ العَزْمِ تَأْتِي العَزَائِمُ",
  "وَطَنِي لَوْ شُغِلْتُ بِالخُلْدِ عَنْهُ … نَازَعَتْنِي إِلَيْهِ فِي الخُلْدِ نَفْسِي",
];
const ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
// The long tail. Real news keeps meeting new words as it grows (Heaps' law): 1 MB of Arabic news
// holds tens of thousands of distinct word forms. Templates alone would stop at ~1,200, which
// would flatter every per-word memo in tahlil and every cache. So content words are also built
// the way Arabic builds them — a root in a pattern, with clitics and endings — and drawn with
// Zipf-like frequencies, so that the vocabulary keeps growing with the size of the text.
const ROOTS = (
  "كتب درس علم عمل حكم سلم نظر قدر شرك طلب حمل جمع فتح نصر صرف خرج دخل رجع وصل قطع كسر صنع زرع حصد " +
  "سكن بني نقل ركب سفر فهم عرف ذكر شكر حسب حسن جمل كبر صغر قرب بعد قوم سمع بصر نفع ضرر خدم نشر قرأ رسم " +
  "لعب جلس وقف حفظ دفع رفع وضع أخذ ترك منع سمح قبل رفض فرض قرر نظم دبر سهل صعب غلب هزم فوز ربح خسر زيد " +
  "نقص حضر غيب شهد كشف بحث درج صدر ورد نتج ظهر ثبت غير بدل حول مول جهز حدث وقع رقب فحص عالج صحح حرر نقد " +
  "سجل حسم عرض طرح بحر برد حرق غرق نبت ثمر طبع لبس شرب أكل صبر سرع بطء جدد قدم أمن خوف رجو دعم مثل شرح " +
  "وصف حلل قيس جرب وزع بيع شري سعر نفق دخر عقد عهد وعد شغل فرغ ملك حرس دفن رصد لحق سبق تبع قصد عمر خلف"
).split(" ");
// 1, 2, 3 stand for the root's consonants.
const NOUN_PATTERNS = [
  "1ا23",
  "م12و3",
  "م123ة",
  "12ا3ة",
  "ت12ي3",
  "است12ا3",
  "م1ا23ة",
  "ا1ت2ا3",
  "ان12ا3",
  "12ي3",
  "12ّا3",
  "م12ّ3",
  "12و3",
  "م1ا2ي3",
  "1وا23",
  "أ12ا3",
  "123",
  "م12ا3",
  "ت1ا23",
  "م123",
  "1ا23ة",
  "12ا3",
];
const ADJ_PATTERNS = ["123ي", "1ا23ي", "م12ّ3", "م12و3", "12ي3", "م1ا23", "م3ت12"];
const PAST_PATTERNS = ["123", "1ا23", "ت1ا23", "است123", "ا1ت23", "أ123", "12ّ3", "ت12ّ3"];
const PRESENT_PATTERNS = ["ي123", "ي1ا23", "يست123", "ت123", "ي1ت23", "ي12ّ3", "يت12ّ3", "ت1ا23"];
const PREFIXES = [
  ["ال", 40],
  ["", 25],
  ["وال", 8],
  ["بال", 7],
  ["لل", 5],
  ["و", 5],
  ["ب", 4],
  ["ل", 3],
  ["ك", 2],
  ["ف", 1],
];
const ENDINGS = [
  ["", 50],
  ["ة", 15],
  ["ات", 10],
  ["ية", 7],
  ["ين", 4],
  ["ون", 3],
  ["ي", 3],
];
const PRONOUNS = [
  ["", 70],
  ["ه", 10],
  ["ها", 10],
  ["هم", 6],
  ["نا", 4],
];

function fillPattern(pattern, root) {
  return pattern.replace(/[123]/g, (d) => root[Number(d) - 1]).replace("أأ", "آ");
}

/** Every pattern of every root, in a fixed shuffled order: the order is the frequency rank. */
function stems(patterns, seed) {
  const all = [];
  for (const root of ROOTS) for (const pattern of patterns) all.push(fillPattern(pattern, root));
  const random = mulberry32(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all;
}
const NOUNS = stems(NOUN_PATTERNS, 1);
const ADJECTIVES = stems(ADJ_PATTERNS, 2);
const PAST_VERBS = stems(PAST_PATTERNS, 3);
const PRESENT_VERBS = stems(PRESENT_PATTERNS, 4);

const WHEN = [
  "الأسبوع المقبل",
  "خلال الأيام القليلة المقبلة",
  "قبل نهاية العام",
  "في الربع الأول من العام المقبل",
  "الشهر المقبل",
  "بعد عطلة العيد",
];

// ---------------------------------------------------------------------------------------------
// Sentence templates: {slot} is filled by SLOTS below. Sentence-final punctuation is part of
// the template (. ؟ ! … and closing quotes), so sentences end the many ways news text ends.

const POLITICS = [
  "قال {official} إن الحكومة ستقدّم مشروع قانون جديد إلى البرلمان {when}.",
  "وأكد {official} في مؤتمر صحفي عُقد في {city} أن «الحوار هو الطريق الوحيد لحل الأزمة».",
  "التقى {official} نظيره من {country} على هامش اجتماعات {org}، وبحث الجانبان سبل تعزيز التعاون الثنائي.",
  "وأعلنت {ministry} في بيان نشرته على موقعها الإلكتروني {url} أن المفاوضات ستُستأنف في {date}.",
  "ودعا {orgM} جميع الأطراف إلى ضبط النفس والعودة إلى طاولة المفاوضات دون شروط مسبقة.",
  "هل تنجح الوساطة الجديدة في إنهاء الخلاف بين {country} و{country}؟",
  "وصوّت {num3} نائبًا لصالح القرار، مقابل {small} صوتوا ضده، فيما امتنع {small} عن التصويت.",
  "وأوضح المتحدث باسم {ministry} أن الزيارة تستمر {small} أيام، وتشمل لقاءات مع مسؤولين في {city} و{city}.",
  "ونقلت وكالة الأنباء الرسمية عن {person} قوله: «لن نقبل بأي حل لا يحترم إرادة الشعب».",
  "ويرى مراقبون أن الانتخابات المقبلة، المقررة في {date}، ستكون اختبارًا حقيقيًا لشعبية الحكومة.",
  "وبلغت نسبة المشاركة في الاستفتاء {percent}، وفق الأرقام الأولية التي أعلنتها اللجنة العليا للانتخابات.",
  "كما ناقش المجلس خطة الإصلاح الإداري (المرحلة الثانية) التي تمتد حتى عام {year}.",
  "وَشَدَّدَ {official} عَلَى أَنَّ «أَمْنَ المِنْطَقَةِ مَسْؤُولِيَّةٌ مُشْتَرَكَةٌ».",
  "وفي السياق ذاته، وصل وفد من {org} إلى {city} مساء {weekday} في زيارة تستغرق {small} أيام.",
  "من جهته، قال {person}، أستاذ العلوم السياسية في {university}، إن «المرحلة المقبلة تتطلب توافقًا وطنيًا واسعًا».",
  "وكتب {official} على حسابه في منصة X: «ناقشنا اليوم ملفات التعاون والاستثمار» {hashtag}",
];

const ECONOMY = [
  "ارتفع معدل التضخم في {country} إلى {percent} على أساس سنوي في {month}، مقارنة بـ{percent} في الشهر السابق.",
  "وتوقع {orgM} أن ينمو الاقتصاد بنسبة {percent} خلال عام {year}، بدعم من قطاعي السياحة والخدمات.",
  "وقال {person}، كبير الاقتصاديين في {company}، إن «أسعار الفائدة المرتفعة ستبقى تحديًا أمام الشركات الصغيرة».",
  "وأعلن البنك المركزي تثبيت سعر الفائدة عند {percent}، في قرار جاء متوافقًا مع توقعات المحللين.",
  "وسجلت صادرات البلاد {money} خلال الربع الأول، بزيادة نسبتها {percent} عن الفترة نفسها من العام الماضي.",
  "وتراجع سعر خام برنت إلى {price} دولار للبرميل، بينما استقر الذهب عند {bignum} دولار للأوقية.",
  "وأظهرت بيانات رسمية أن الناتج المحلي الإجمالي ({latinGdp}) نما {percent} في الربع الثالث.",
  "ووقّعت {company} اتفاقية بقيمة {money} لإنشاء محطة للطاقة الشمسية بقدرة {num} ميغاواط قرب {city}.",
  "وأغلق المؤشر الرئيسي للبورصة مرتفعًا {percent} عند مستوى {bignum} نقطة.",
  "هل يستمر ارتفاع الأسعار حتى نهاية العام؟ يجيب الخبراء بأن ذلك يعتمد على أسعار الطاقة والغذاء.",
  "ويمكن للمستثمرين الاطلاع على التقرير الكامل عبر الرابط {url} أو مراسلة الإدارة على {email}.",
  "وبحسب {org}، فإن نحو {num2} ألف وظيفة جديدة ستُخلق في قطاع التكنولوجيا بحلول {year}.",
  "وانخفضت البطالة إلى {percent} بنهاية {month}، وهو أدنى مستوى لها منذ {year}.",
  "وأشار التقرير إلى أن الديون الخارجية بلغت {money}، أي ما يعادل {percent} من الناتج المحلي.",
  "وارتفعت أسعار الخبز والأرز والزيت بنسب تراوحت بين {percent} و{percent} خلال الأشهر الستة الماضية!",
  "وقال تاجر في سوق {city} المركزي: «الناس يشترون أقل… والأسعار تتغير كل أسبوع».",
  "وتعتزم الحكومة طرح سندات بقيمة {money} لتمويل مشروعات البنية التحتية؛ ومن المتوقع أن يبدأ الطرح في {date}.",
];

const SPORT = [
  "فاز {team} على {team} بنتيجة {score} في المباراة التي أقيمت مساء {weekday} على {stadium}.",
  "وسجل {player} هدف الفوز في الدقيقة {minute}، بعد تمريرة متقنة من زميله {player}.",
  "وبهذا الفوز يرفع {team} رصيده إلى {num2} نقطة في صدارة الترتيب، بفارق {small} نقاط عن أقرب منافسيه.",
  "وقال مدرب الفريق {person} عقب اللقاء: «اللاعبون قدموا مباراة كبيرة، والفوز مستحق!»",
  "وتعادل {team} مع {team} سلبيًا في مباراة افتقرت إلى الفرص الحقيقية.",
  "وأعلن الاتحاد الدولي لكرة القدم (FIFA) أن المباراة النهائية ستقام في {city} يوم {date}.",
  "ونشر النادي عبر حسابه الرسمي {mention} صورًا من الاحتفال مرفقة بوسم {hashtag} {emoji}",
  "وتنطلق بطولة {tournament} في {date} بمشاركة {num2} منتخبًا.",
  "وحطّم العدّاء {player} الرقم القياسي لسباق 100 متر بزمن قدره {seconds} ثانية.",
  "ويحتل {team} المركز {ordinal} برصيد {num2} نقطة، بعد {num2} مباراة.",
  "هل يستطيع {team} الحفاظ على لقبه هذا الموسم؟",
  "وغاب عن المباراة المهاجم {player} بسبب الإصابة، فيما عاد {player} إلى التشكيلة الأساسية.",
  "وحضر اللقاء أكثر من {num2} ألف مشجع، وسط أجواء حماسية {emoji}",
  "وأكد رئيس النادي أن الإدارة «ستدعم الفريق بكل الإمكانات» من أجل المنافسة على {tournament}.",
  "وأنهى {team} الشوط الأول متقدمًا بهدف نظيف، قبل أن يدرك {team} التعادل في الشوط الثاني.",
];

const SCIENCE = [
  "نشر فريق من الباحثين في {university} دراسة جديدة حول {field} في مجلة «Nature» العلمية.",
  "وأوضحت {personF}، أستاذة {subject} في الجامعة، أن النتائج «تفتح الباب أمام علاجات جديدة خلال السنوات المقبلة».",
  "وشملت الدراسة {num} مشاركًا تراوحت أعمارهم بين {num2} و{num2} عامًا.",
  "وأطلقت وكالة الفضاء قمرًا صناعيًا جديدًا لرصد التغيرات المناخية، يزن نحو {num} كيلوغرام.",
  "وقال {person} إن تقنيات الذكاء الاصطناعي ({latinAi}) «تغيّر طريقة تعلم الطلاب وعملهم».",
  "وأظهرت النتائج أن نسبة الدقة بلغت {percent}، وهي أعلى من النماذج السابقة بفارق واضح.",
  "ويعمل الفريق حاليًا على تطوير نموذج أولي يمكن استخدامه في المستشفيات بحلول عام {year}.",
  "ما الذي يعنيه هذا الاكتشاف بالنسبة للمرضى؟ يقول الباحثون إن الطريق ما زال طويلًا.",
  "وارتفعت درجات الحرارة هذا الصيف إلى {temp} درجة مئوية في بعض المناطق، وهو رقم غير مسبوق منذ عام {year}.",
  "ويمكن تحميل البيانات من الموقع {url}، كما يمكن التواصل مع الفريق عبر البريد {email}.",
  "وحذّرت {org} من أن انتشار الأمراض المعدية قد يتضاعف إذا لم تُتخذ إجراءات عاجلة.",
  "وتعتمد التقنية الجديدة على شبكات الجيل الخامس ({latin}) وأجهزة استشعار منخفضة الكلفة.",
  "وَقَالَتِ البَاحِثَةُ {personF}: «العِلْمُ لا يَتَوَقَّفُ عِنْدَ حُدُودٍ».",
  "واستغرق إعداد البحث {small} سنوات، بتمويل بلغ {money} من صندوق دعم البحث العلمي.",
];

const CULTURE = [
  "افتُتح في {city} معرض الكتاب الدولي في دورته الـ{num2}، بمشاركة أكثر من {num} دار نشر من {num2} دولة.",
  "وفازت رواية {book} للكاتبة {personF} بالجائزة العالمية للرواية العربية لهذا العام.",
  "وقال {person} إن الرواية «تحكي قصة ثلاثة أجيال من عائلة واحدة بين {city} و{city}».",
  "ويُعرض فيلم {film} للمخرج {person} في مهرجان {city} السينمائي، بعد عرضه الأول على منصة Netflix.",
  "وتضمن البرنامج أمسيات شعرية وندوات فكرية وورش عمل للأطفال، إلى جانب حفل ختامي في {date}.",
  "وقرأ الشاعر قصيدة جاء فيها: «{verse}».",
  "واستقطب المهرجان نحو {num2} ألف زائر، بحسب المنظمين، أي بزيادة {percent} عن الدورة الماضية.",
  "وكتبت الفنانة على حسابها {mention}: «شكرًا لكل من حضر… كانت ليلة لا تُنسى» {emoji}",
  "وأُعيد ترميم المسرح الوطني بكلفة {money}، ليستقبل عروضه الأولى في {month} المقبل.",
  "ويضم المتحف أكثر من {num} قطعة أثرية تعود إلى القرن {ordinal} قبل الميلاد.",
  "وتُرجمت الرواية إلى {num2} لغة، من بينها الإنجليزية والفرنسية والإسبانية.",
  "وفي حديث لـ«الثقافة اليوم»، قالت {personF} إن الكتابة «مقاومة للنسيان».",
  "وتستمر فعاليات الأسبوع الثقافي حتى {date}، والدخول مجاني للجميع!",
  "وأعلنت {ministry} عن مسابقة للشباب في كتابة القصة القصيرة، وتُرسل المشاركات إلى {email}.",
];

const GENERAL = [
  "وفي تعليق على الخبر، كتب أحد المتابعين: «{proverb}».",
  "إلى ذلك، أعلنت {ministry} أن مواقيت العمل الرسمي ستتغير ابتداءً من {date}.",
  "وتأتي هذه الخطوة في وقت تشهد فيه المنطقة تحديات اقتصادية وسياسية متزايدة.",
  "وللمزيد من المعلومات يمكن زيارة {url}.",
  "ولم يصدر أي تعليق رسمي حتى ساعة إعداد هذا التقرير.",
  "يُذكر أن {city} استضافت الدورة السابقة عام {year} بمشاركة {num2} دولة.",
];

// Sentences carried by the long tail ({np} noun phrases, {vpast}/{vpres} verbs, {w} any word form).
const DETAIL = [
  "وأشار {person} إلى أن {np} {vpres} {np} في {city}.",
  "وتناول الاجتماع {np} و{np}، إضافة إلى {np}.",
  "ويهدف البرنامج إلى {np} و{np} بحلول عام {year}.",
  "وقال مسؤول في {ministry} إن {np} «{vpres} {np}».",
  "ولفت التقرير إلى {np}، مشيرًا إلى أن {np} {vpast} {np} خلال {month}.",
  "كما {vpast} {np} {np}، وفق ما أفادت مصادر مطلعة.",
  "ويرى خبراء أن {np} لا {vpres} إلا عبر {np} و{np}.",
  "وفي {city}، {vpast} {np} {np} بمشاركة {num2} من {w}.",
  "وتشمل المرحلة الثانية {np}، و{np}، و{np}.",
  "هل {vpres} {np} {np}؟",
  "وأضاف أن «{np} {vpast} {w} {w}، و{np} {vpres} {np}».",
  "ومن أبرز ما يواجه {np}: {np} و{np} و{np}.",
  "و{vpast} {np} {w} في {np}، بينما {vpres} {np} {np}.",
  "وبحسب {np}، فإن {np} {vpres} {w} و{w} أكثر من {np}.",
  "وتعمل {ministry} على {np} و{np} ضمن خطة {np} {np}.",
  "وأوضح {person} أن «{np} {vpres} {np}، لكن {np} {vpres} {w}».",
];

const HEADLINES = [
  "{country}: ارتفاع التضخم إلى {percent} في {month}",
  "عاجـــل: {orgM} يدعو إلى وقف فوري لإطلاق النار",
  "{team} يهزم {team} {score} ويقترب من اللقب",
  "دراسة: {field} قد يغيّر مستقبل الطب",
  "افتتاح معرض {city} الدولي للكتاب بمشاركة {num} دار نشر",
  "{official} يزور {city} لبحث التعاون الاقتصادي",
  "البورصة تغلق على ارتفاع بدعم من أسهم البنوك",
  "رواية {book} تفوز بالجائزة العالمية للرواية العربية",
  "هل ينجح {team} في الحفاظ على اللقب؟",
  "{company} تعلن أرباحًا بقيمة {money} في {year}",
  "{university} تطلق برنامجًا جديدًا في {field}",
  "مهرجان {city} السينمائي يكرّم {person}",
  "انتخابات {country} في {date}: ما الذي تغيّر؟",
  "أسعار النفط تتراجع وسط مخاوف من تباطؤ الاقتصاد العالمي",
];

const LIST_INTROS = ["أبرز ما جاء في التقرير:", "وتشمل الخطة:", "أهم الأرقام:", "وتضمن البيان النقاط التالية:"];
const LIST_ITEMS = [
  "نمو الصادرات بنسبة {percent}",
  "تراجع البطالة إلى {percent}",
  "استثمارات جديدة بقيمة {money}",
  "إنشاء {num} مدرسة في {city}",
  "تطوير شبكة النقل العام في {city}",
  "دعم {num} شركة ناشئة",
  "رفع الحد الأدنى للأجور إلى {num} {currency}",
  "تخفيض الرسوم الجمركية على المواد الغذائية",
];
const DATELINES = ["{city} - ", "{city} (وكالات) - ", "{city}، {date} (رويترز) - ", "{city} - خاص: ", ""];

const DOMAINS = [POLITICS, ECONOMY, SPORT, SCIENCE, CULTURE];

// ---------------------------------------------------------------------------------------------
// The composer.

const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";

/** Draws articles from a seeded PRNG. `indic` is the current article's digit style. */
class Composer {
  constructor(seed) {
    this.random = mulberry32(seed);
    this.indic = false;
  }

  int(lo, hi) {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }

  chance(p) {
    return this.random() < p;
  }

  /** From [[item, weight], …]. */
  weighted(pairs) {
    let r = this.random() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of pairs) if ((r -= w) < 0) return item;
    return pairs[0][0];
  }

  /**
   * A third of the time rank r with probability ∝ 1/(r+1) (Zipf, s = 1: a few words are
   * common), otherwise any stem: the rare words that keep the vocabulary growing.
   */
  zipf(list) {
    if (this.chance(0.65)) return this.pick(list);
    return list[Math.min(list.length - 1, Math.floor((list.length + 1) ** this.random()) - 1)];
  }

  /** A stem with a plural, feminine or nisba ending (ة becomes ت before a pronoun). */
  noun(list = NOUNS, pronoun = "") {
    let word = this.zipf(list);
    const ending = this.weighted(ENDINGS);
    if (!word.endsWith("ة")) word += ending;
    else if (ending === "ات") word = word.slice(0, -1) + ending;
    return pronoun && word.endsWith("ة") ? word.slice(0, -1) + "ت" + pronoun : word + pronoun;
  }

  /** A definite noun phrase: noun + adjective, a construct (idafa), or a noun alone. */
  nounPhrase() {
    switch (this.int(0, 3)) {
      case 0:
        return `ال${this.noun()} ال${this.noun(ADJECTIVES)}`;
      case 1:
        return `${this.noun()} ال${this.noun()}`;
      case 2:
        return this.noun(NOUNS, this.weighted(PRONOUNS));
      default:
        return `ال${this.noun()}`;
    }
  }

  /** Any word form: clitics, stem, ending, and a pronoun where no article precedes. */
  word() {
    const prefix = this.weighted(PREFIXES);
    return prefix + this.noun(NOUNS, prefix.includes("ال") ? "" : this.weighted(PRONOUNS));
  }

  /** A number in the article's digit style: ٣٫٥ and ١٬٢٥٠ in Arabic-Indic, 3.5 and 1,250 in ASCII. */
  digits(ascii) {
    if (!this.indic) return ascii;
    let out = "";
    for (const ch of ascii) out += ch >= "0" && ch <= "9" ? ARABIC_INDIC[ch.charCodeAt(0) - 48] : ch === "." ? "٫" : ch === "," ? "٬" : ch;
    return out;
  }

  grouped(n) {
    return this.digits(n >= 1000 && this.chance(0.6) ? n.toLocaleString("en-US") : String(n));
  }

  percent() {
    const n = this.chance(0.6) ? `${this.int(0, 40)}.${this.int(1, 9)}` : String(this.int(1, 90));
    const sign = this.pick(this.indic ? ["٪", "٪", " في المئة", " بالمئة"] : ["%", "٪", " في المئة", " بالمئة"]);
    return this.digits(n) + sign;
  }

  date() {
    const year = this.int(2019, 2026);
    switch (this.int(0, 3)) {
      case 0:
        return `${this.digits(String(this.int(1, 28)))} ${this.pick(MONTHS)} ${this.digits(String(year))}`;
      case 1:
        return this.digits(`${this.int(1, 28)}/${this.int(1, 12)}/${year}`);
      case 2:
        return `${this.pick(WEEKDAYS)} ${this.digits(String(this.int(1, 28)))} ${this.pick(MONTHS)}`;
      default:
        return `${this.pick(MONTHS)} ${this.digits(String(year))}`;
    }
  }

  person(female = false) {
    const title = this.pick(female ? FEMALE_TITLES : MALE_TITLES);
    const family = this.chance(0.3) ? `ال${this.zipf(ADJECTIVES)}` : this.pick(FAMILY); // الكاتبي، المنظور
    const name = `${this.pick(female ? FEMALE_FIRST : MALE_FIRST)} ${family}`;
    return title ? `${title} ${name}` : name;
  }

  url() {
    const path = this.pick(["ar/news", "reports", "ar/economy", "sport/ar", "culture", "science/ar"]);
    return this.pick([
      `https://www.${this.pick(DOMAINS_WEB)}/${path}/${this.int(1000, 99999)}`,
      `https://${this.pick(DOMAINS_WEB)}/${path}/report-${this.int(2019, 2026)}.pdf`,
      `www.${this.pick(DOMAINS_WEB)}`,
    ]);
  }

  /** Fills every {slot} of a template. */
  fill(template) {
    return template.replace(/\{(\w+)\}/g, (_, slot) => SLOTS[slot](this));
  }

  sentence(domain) {
    const r = this.random();
    return this.fill(this.pick(r < 0.08 ? GENERAL : r < 0.6 ? DETAIL : domain));
  }

  paragraph(domain, first) {
    const text = first ? this.fill(this.pick(DATELINES)) : "";
    if (!first && this.chance(0.08)) {
      // A list: an introducing line, then items without final punctuation, one per line.
      const items = [];
      for (let i = this.int(2, 5); i > 0; i--) items.push(`- ${this.fill(this.pick(LIST_ITEMS))}`);
      return `${this.fill(this.pick(LIST_INTROS))}\n${items.join("\n")}`;
    }
    const sentences = [];
    for (let i = this.int(1, 5); i > 0; i--) sentences.push(this.sentence(domain));
    return text + sentences.join(" ");
  }

  /** One article: a headline without final punctuation, then 2–6 paragraphs. */
  article() {
    this.indic = this.chance(0.4);
    const domain = this.pick(DOMAINS);
    const paragraphs = [this.fill(this.pick(HEADLINES))];
    for (let i = this.int(2, 6), first = true; i > 0; i--, first = false) paragraphs.push(this.paragraph(domain, first));
    return paragraphs.join("\n\n");
  }
}

const SLOTS = {
  np: (c) => c.nounPhrase(),
  w: (c) => c.word(),
  vpast: (c) =>
    c.zipf(PAST_VERBS) +
    c.weighted([
      ["", 3],
      ["ت", 2],
      ["وا", 1],
    ]),
  vpres: (c) =>
    c.zipf(PRESENT_VERBS) +
    c.weighted([
      ["", 4],
      ["ون", 1],
      ["ان", 1],
    ]),
  person: (c) => c.person(false),
  personF: (c) => c.person(true),
  official: (c) => `${c.pick(OFFICIAL_TITLES)} ${c.pick(MALE_FIRST)} ${c.pick(FAMILY)}`,
  player: (c) => `${c.pick(MALE_FIRST)} ${c.pick(FAMILY)}`,
  city: (c) => c.pick(CITIES),
  country: (c) => c.pick(COUNTRIES),
  ministry: (c) => c.pick(MINISTRIES),
  org: (c) => c.pick(ORGS),
  orgM: (c) => c.pick(ORGS_M),
  company: (c) => c.pick(COMPANIES),
  university: (c) => c.pick(UNIVERSITIES),
  field: (c) => c.pick(FIELDS),
  subject: (c) => c.pick(SUBJECTS),
  team: (c) => c.pick(TEAMS),
  stadium: (c) => c.pick(STADIUMS),
  tournament: (c) => c.pick(TOURNAMENTS),
  book: (c) => c.pick(BOOKS),
  film: (c) => c.pick(FILMS),
  proverb: (c) => c.pick(PROVERBS),
  verse: (c) => c.pick(VERSES),
  ordinal: (c) => c.pick(ORDINALS),
  when: (c) => c.pick(WHEN),
  month: (c) => c.pick(MONTHS),
  weekday: (c) => c.pick(WEEKDAYS),
  currency: (c) => c.pick(CURRENCIES),
  latin: (c) => c.pick(LATIN),
  latinGdp: () => "GDP",
  latinAi: (c) => c.pick(["AI", "ChatGPT", "AI/ML"]),
  hashtag: (c) => (c.chance(0.3) ? `${c.pick(HASHTAGS)} ${c.pick(HASHTAGS)}` : c.pick(HASHTAGS)),
  mention: (c) => c.pick(MENTIONS),
  emoji: (c) => c.pick(EMOJI),
  url: (c) => c.url(),
  email: (c) => `${c.pick(["info", "press", "media", "research", "contact"])}@${c.pick(DOMAINS_WEB)}`,
  year: (c) => c.digits(String(c.int(2015, 2026))),
  date: (c) => c.date(),
  percent: (c) => c.percent(),
  small: (c) => c.digits(String(c.int(3, 9))),
  num2: (c) => c.digits(String(c.int(11, 99))),
  num3: (c) => c.digits(String(c.int(50, 250))),
  num: (c) => c.grouped(c.int(100, 25000)),
  bignum: (c) => c.grouped(c.int(1000, 99999)),
  price: (c) => c.digits(`${c.int(60, 110)}.${c.int(10, 99)}`),
  seconds: (c) => c.digits(`9.${c.int(70, 99)}`),
  temp: (c) => c.digits(String(c.int(45, 52))),
  minute: (c) => c.digits(String(c.int(1, 90))) + (c.chance(0.15) ? "+" + c.digits(String(c.int(1, 5))) : ""),
  score: (c) => {
    const s = c.digits(`${c.int(0, 5)}-${c.int(0, 4)}`);
    return c.chance(0.3) ? `(${s})` : s;
  },
  money: (c) => {
    const amount = c.chance(0.5) ? c.digits(`${c.int(1, 99)}.${c.int(1, 9)}`) : c.grouped(c.int(10, 5000));
    return `${amount} ${c.pick(["مليون", "مليار"])} ${c.pick(CURRENCIES)}`;
  },
};

/**
 * At least `bytes` UTF-8 bytes of generated Arabic news text, cut at the first word or
 * paragraph boundary after the target (so the overshoot is under one word). Deterministic:
 * the same (bytes, seed) gives the same string in every JavaScript engine, and a shorter
 * text is a prefix of a longer one.
 */
export function arabicText(bytes, seed = 20240601) {
  const composer = new Composer(seed);
  const articles = [];
  let total = 0;
  while (total < bytes) {
    const article = composer.article();
    const size = utf8Length(article) + (articles.length > 0 ? 2 : 0);
    if (total + size >= bytes) {
      articles.push(cutAfter(article, bytes - total - (articles.length > 0 ? 2 : 0)));
      break;
    }
    articles.push(article);
    total += size;
  }
  return articles.join("\n\n");
}

/** The shortest prefix of `text` ending before whitespace (or at the end) with ≥ `bytes` UTF-8 bytes. */
function cutAfter(text, bytes) {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (count >= bytes && (c === 0x20 || c === 0x0a)) return text.slice(0, i);
    if (c < 0x80) count += 1;
    else if (c < 0x800) count += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      count += 4;
      i++;
    } else count += 3;
  }
  return text;
}

// `node scripts/bench/bench-text.mjs BYTES` prints the text (the native benches read it this way).
if (typeof process !== "undefined" && decodeURIComponent(new URL(import.meta.url).pathname) === process.argv[1]) {
  process.stdout.write(arabicText(Number(process.argv[2] ?? 1_000_000)));
}
