//! Throughput of the sentence splitter on a few MB of Arabic news text.
//! `cargo bench --bench sentences`
use std::time::Instant;

const PARAGRAPHS: &[&str] = &[
    "القاهرة - 16 فبراير/شباط (رويترز) - رفع البنك المركزي المصري أسعار الفائدة الرئيسية بمقدار 200 نقطة أساس يوم الخميس، في خطوة قال محللون إنها تهدف إلى كبح التضخم الذي بلغ 25.8% في يناير/كانون الثاني. وقال البنك في بيان: «نتوقع أن يتراجع التضخم تدريجيا خلال عام 2024.»",
    "وقال د. أحمد سالم، أستاذ الاقتصاد في جامعة القاهرة: \"القرار كان متوقعا... لكن توقيته مفاجئ\". هل تكفي هذه الخطوة؟ يرى بعض المحللين أنها لا تكفي!",
    "مصر ترفع أسعار الفائدة لمواجهة التضخم\nبقلم: سارة محمود\n\nالأكثر قراءة\n1. الذهب يقفز إلى مستوى قياسي جديد\n2. ارتفاع أسعار النفط بعد قرار أوبك",
    "العود هي آلة موسيقية شرقية وترية يرجعه البعض إلى نوح.و تعني كلمة العود في اللغة العربية الخشب .فالعود من الآلات الوترية العربية، بنيت عام 300 ق.م. في عهد الملك، انظر ص. 45 وwww.example.com للمزيد.",
    "الدوحة - (اف ب) - اعلن مصدر رسمي ان وزير الدولة القطري للشؤون الداخلية الشيخ\nعبدالله بن ناصر قرر الثلاثاء اعادة تشكيل اللجنة الدائمة لشؤون الجنسية في اطار\nتطوير «الخدمات الامنية» في البلاد.",
];

fn main() {
    let mut text = String::new();
    while text.len() < 4 << 20 {
        for p in PARAGRAPHS {
            text.push_str(p);
            text.push_str("\n\n");
        }
    }
    let mb = text.len() as f64 / 1e6;
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..5 {
        let t = Instant::now();
        count = tahlil::sentences::split(&text).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "sentences: {mb:.1} MB, {count} sentences, best of 5: {:.1} ms, {:.1} MB/s",
        best * 1e3,
        mb / best
    );
    let baseline = Instant::now();
    let tokens = tahlil::tokenize::tokens(&text).count();
    let secs = baseline.elapsed().as_secs_f64();
    println!("tokens alone: {tokens} tokens, {:.1} MB/s", mb / secs);
    for (name, unit) in [("dots", "."), ("one letter", "ب"), ("b. b.", "ب. "), ("lines", "ب\n")] {
        let text = unit.repeat(10_000_000 / unit.len());
        let t = Instant::now();
        let n = tahlil::sentences::split(&text).len();
        let secs = t.elapsed().as_secs_f64();
        println!("10 MB of {name:?}: {n} sentences, {:.1} MB/s", 10.0 / secs);
    }
}
