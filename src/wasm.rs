//! The JavaScript binding: the only module that knows wasm-bindgen and js-sys.
//!
//! Compiled only for wasm32 with the `wasm` cargo feature (off by default; scripts/build.sh
//! turns it on), so that Rust users of the crate get none of these exports: every
//! `#[wasm_bindgen]` item belongs in this module.
//!
//! Each export validates its arguments into the core's option structs (throwing a `TypeError`
//! or `RangeError` that names the function and the parameter), runs the core, and returns flat
//! data — typed arrays of UTF-16 offsets plus concatenated strings — that `pkg/index.js` turns
//! into plain objects with `text.slice(start, end)`. Crossing the boundary once per call, not
//! once per field, keeps large inputs fast, and slicing the caller's own string keeps
//! `input.slice(start, end) === item.text` true even for lone surrogates.

use crate::clitics::CliticScheme;
use crate::flat;
use crate::keywords::Keyword;
use crate::normalize::{NormalizeOptions, normalize_into};
use crate::summarize::{DEFAULT_KEYWORD_LIMIT, SummaryLength, SummaryOptions};
use crate::tokenize::{SegmentationMemo, TokenizeOptions, tokens};
use crate::utf16::{Utf16Cursor, to_utf16_many};
use js_sys::{Array, Float64Array, Object, RangeError, Reflect, TypeError, Uint32Array};
use wasm_bindgen::prelude::*;

type JsResult<T> = Result<T, JsValue>;

fn type_error(msg: String) -> JsValue {
    TypeError::new(&msg).into()
}

fn range_error(msg: String) -> JsValue {
    RangeError::new(&msg).into()
}

/// A short description of a JS value for error messages: `a number (5)`, `null`, `an array`.
fn describe(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    if value.is_undefined() {
        return "undefined".into();
    }
    if Array::is_array(value) {
        return "an array".into();
    }
    let kind = value.js_typeof().as_string().unwrap_or_default();
    match kind.as_str() {
        "number" => format!("a number ({})", number_text(value.as_f64().unwrap_or(f64::NAN))),
        "boolean" => format!("a boolean ({})", value.as_bool().unwrap_or_default()),
        "string" => format!("a string ({})", quote(&value.as_string().unwrap_or_default())),
        "object" => "an object".into(),
        "function" => "a function".into(),
        other => format!("a {other}"),
    }
}

/// A string in double quotes for messages, cut at 40 characters. (Not `{:?}`: Rust's escaping
/// tables would add kilobytes of wasm.)
fn quote(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    format!("\"{out}\"")
}

/// JavaScript's own rendering of a number (Rust's float formatting would add ~20 KB of wasm).
fn number_text(n: f64) -> String {
    js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default()
}

/// The longest text one call takes, in UTF-16 code units (JavaScript's `text.length`): 2^23,
/// about 15 MB of Arabic in UTF-8. At this size the costliest call (tokenize, one token per
/// character) needs well under the 4 GiB a wasm32 module can address, and the objects it
/// returns stay within a browser tab's heap. Longer texts get a `RangeError` before anything
/// is copied, never an out-of-memory crash; split them (by paragraphs) instead.
pub const MAX_TEXT_LENGTH: u32 = 1 << 23;

/// The `text` argument of every function (after [`fail_if_armed`]).
fn text_arg(func: &str, text: &JsValue) -> JsResult<String> {
    fail_if_armed();
    string_arg(func, "text", text, ": split it, for example by paragraphs")
}

/// A string argument named `name`: a `TypeError` for another type, a `RangeError` (ending
/// with `advice`) above [`MAX_TEXT_LENGTH`], before anything is copied.
fn string_arg(func: &str, name: &str, value: &JsValue, advice: &str) -> JsResult<String> {
    let Some(js) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(type_error(format!("{func}: {name} must be a string, got {}", describe(value))));
    };
    let length = js.length();
    if length > MAX_TEXT_LENGTH {
        return Err(range_error(format!(
            "{func}: {name} is too long ({length} UTF-16 code units; the maximum is {MAX_TEXT_LENGTH}){advice}"
        )));
    }
    Ok(String::from(js))
}

/// Runs when the module is instantiated. A panic would be a bug: instead of wasm's bare
/// `unreachable` trap, it throws an `Error` naming the place, which pkg/index.js recognizes
/// by its prefix: it then re-instantiates the module, so later calls work.
#[wasm_bindgen(start)]
fn on_start() {
    std::panic::set_hook(Box::new(|info| {
        wasm_bindgen::throw_str(&format!("tahlil internal error: {info}"));
    }));
}

/// What the next call does on purpose (see [`fail_for_testing`]): 0 nothing, 1 panic, 2 trap.
static FAIL_NEXT_CALL: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Makes the next call of an analysis function fail inside the module, for the tests of the
/// recovery in pkg/index.js: `"panic"` panics, `"trap"` executes `unreachable`, anything else
/// disarms. Not part of the API: pkg/index.js does not export it; the tests import it from the
/// generated glue (dist/tahlil.js) and then call a public function, which must recover.
#[wasm_bindgen(js_name = __failForTesting)]
pub fn fail_for_testing(how: &str) {
    let mode = match how {
        "panic" => 1,
        "trap" => 2,
        _ => 0,
    };
    FAIL_NEXT_CALL.store(mode, std::sync::atomic::Ordering::Relaxed);
}

/// Fails as [`fail_for_testing`] asked, once.
fn fail_if_armed() {
    match FAIL_NEXT_CALL.swap(0, std::sync::atomic::Ordering::Relaxed) {
        1 => panic!("deliberate panic for the tests"),
        2 => core::arch::wasm32::unreachable(),
        _ => {}
    }
}

/// The options object of one call: checks it is a plain object with only known keys.
struct Options {
    func: &'static str,
    path: &'static str,
    object: Option<Object>,
}

impl Options {
    fn new(func: &'static str, path: &'static str, value: &JsValue, known: &[&str]) -> JsResult<Self> {
        if value.is_undefined() || value.is_null() {
            return Ok(Self { func, path, object: None });
        }
        if !value.is_object() || Array::is_array(value) || value.is_function() {
            return Err(type_error(format!("{func}: {path} must be an object, got {}", describe(value))));
        }
        let object: Object = value.clone().unchecked_into();
        for key in Object::keys(&object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !known.contains(&key.as_str()) {
                let expected = match known {
                    [] => "it takes no options".to_string(),
                    _ => format!("known options: {}", known.join(", ")),
                };
                let is_name = key.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                    && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$');
                let shown =
                    if is_name { format!("{path}.{key}") } else { format!("{path}[{}]", quote(&key)) };
                return Err(type_error(format!("{func}: unknown option {shown} ({expected})")));
            }
        }
        Ok(Self { func, path, object: Some(object) })
    }

    /// The value of `key`, or None when absent or `undefined`.
    fn get(&self, key: &str) -> JsResult<Option<JsValue>> {
        let Some(object) = &self.object else {
            return Ok(None);
        };
        let value = Reflect::get(object, &JsValue::from_str(key))?;
        Ok((!value.is_undefined()).then_some(value))
    }

    fn bool(&self, key: &str, default: bool) -> JsResult<bool> {
        match self.get(key)? {
            None => Ok(default),
            Some(v) => v.as_bool().ok_or_else(|| {
                type_error(format!(
                    "{}: {}.{key} must be a boolean, got {}",
                    self.func,
                    self.path,
                    describe(&v)
                ))
            }),
        }
    }

    fn choice(&self, key: &str, choices: &[&'static str]) -> JsResult<Option<&'static str>> {
        let Some(v) = self.get(key)? else {
            return Ok(None);
        };
        let quoted = || choices.iter().map(|c| quote(c)).collect::<Vec<_>>().join(", ");
        let Some(s) = v.as_string() else {
            return Err(type_error(format!(
                "{}: {}.{key} must be one of {}, got {}",
                self.func,
                self.path,
                quoted(),
                describe(&v)
            )));
        };
        choices.iter().find(|c| **c == s).map(|c| Some(*c)).ok_or_else(|| {
            range_error(format!(
                "{}: {}.{key} must be one of {}, got {}",
                self.func,
                self.path,
                quoted(),
                quote(&s)
            ))
        })
    }

    /// A number in `[min, max]`; `integer` also requires a whole number.
    fn number(&self, key: &str, min: f64, max: f64, integer: bool) -> JsResult<Option<f64>> {
        let Some(v) = self.get(key)? else {
            return Ok(None);
        };
        let Some(n) = v.as_f64() else {
            return Err(type_error(format!(
                "{}: {}.{key} must be a number, got {}",
                self.func,
                self.path,
                describe(&v)
            )));
        };
        if n.is_nan() || n < min || n > max || (integer && n.fract() != 0.0) {
            let what = if integer { "an integer" } else { "a number" };
            return Err(range_error(format!(
                "{}: {}.{key} must be {what} in [{}, {}], got {}",
                self.func,
                self.path,
                number_text(min),
                number_text(max),
                number_text(n)
            )));
        }
        Ok(Some(n))
    }
}

const NORMALIZE_KEYS: &[&str] = &[
    "diacritics",
    "tatweel",
    "alef",
    "alefMaqsura",
    "tehMarbuta",
    "hamza",
    "digits",
    "ligatures",
    "bidiMarks",
    "preset",
];

/// The normalization switches of `value`, each unset one taken from `base` (the function's
/// default) or from the preset when one is given; explicit switches override the preset.
fn normalize_options(
    func: &'static str,
    path: &'static str,
    value: &JsValue,
    base: NormalizeOptions,
) -> JsResult<NormalizeOptions> {
    let o = Options::new(func, path, value, NORMALIZE_KEYS)?;
    let base = match o.choice("preset", &["search"])? {
        Some(_) => NormalizeOptions::search(),
        None => base,
    };
    Ok(NormalizeOptions {
        diacritics: o.bool("diacritics", base.diacritics)?,
        tatweel: o.bool("tatweel", base.tatweel)?,
        alef: o.bool("alef", base.alef)?,
        alef_maqsura: o.bool("alefMaqsura", base.alef_maqsura)?,
        teh_marbuta: o.bool("tehMarbuta", base.teh_marbuta)?,
        hamza: o.bool("hamza", base.hamza)?,
        digits: o.bool("digits", base.digits)?,
        ligatures: o.bool("ligatures", base.ligatures)?,
        bidi_marks: o.bool("bidiMarks", base.bidi_marks)?,
    })
}

fn tokenize_options(func: &'static str, value: &JsValue) -> JsResult<TokenizeOptions> {
    let o = Options::new(func, "options", value, &["clitics", "normalize"])?;
    let schemes = CliticScheme::ALL.map(CliticScheme::as_str);
    let clitics = o.choice("clitics", &schemes)?.and_then(CliticScheme::parse).unwrap_or_default();
    let normalize = match o.get("normalize")? {
        Some(v) => normalize_options(func, "options.normalize", &v, NormalizeOptions::default())?,
        None => NormalizeOptions::default(),
    };
    Ok(TokenizeOptions { clitics, normalize })
}

/// `normalize(text, options?)`.
#[wasm_bindgen(js_name = normalize)]
pub fn js_normalize(text: JsValue, options: JsValue) -> JsResult<String> {
    const F: &str = "normalize";
    let text = text_arg(F, &text)?;
    let options = normalize_options(F, "options", &options, NormalizeOptions::default())?;
    Ok(crate::normalize::normalize(&text, &options))
}

/// `tokenOffsets(text, options?)`: `[start0, end0, start1, end1, …]` in UTF-16 units.
#[wasm_bindgen(js_name = tokenOffsets)]
pub fn js_token_offsets(text: JsValue, options: JsValue) -> JsResult<Vec<u32>> {
    const F: &str = "tokenOffsets";
    let text = text_arg(F, &text)?;
    // The options cannot change the spans, but they are validated like tokenize's.
    tokenize_options(F, &options)?;
    let mut cursor = Utf16Cursor::new(&text);
    let mut offsets = Vec::with_capacity(text.len() / 3);
    for t in tokens(&text) {
        utf16_span(&mut cursor, t.start, t.end).push_to(&mut offsets);
    }
    Ok(offsets)
}

/// `tokenize(text, options?)` as flat data: `[numbers, norms, forms]` where `numbers` holds
/// per token a [`flat::Token`] and then its [`flat::Segment`]s, `norms` the concatenated
/// normalized forms that differ from their token's text and `forms` the concatenated segment
/// forms.
#[wasm_bindgen(js_name = tokenizeFlat)]
pub fn js_tokenize_flat(text: JsValue, options: JsValue) -> JsResult<Array> {
    const F: &str = "tokenize";
    let text = text_arg(F, &text)?;
    let options = tokenize_options(F, &options)?;
    let mut cursor = Utf16Cursor::new(&text);
    let mut numbers: Vec<u32> = Vec::with_capacity(text.len() / 2);
    let mut norms = String::with_capacity(text.len());
    let mut forms = String::new();
    let mut memo = SegmentationMemo::for_text(options.clitics, &text);
    let utf16_len = |s: &str| crate::utf16::utf16_len(s) as u32;
    for t in tokens(&text) {
        let surface = &text[t.start..t.end];
        let norm_start = norms.len();
        normalize_into(surface, &options.normalize, &mut norms);
        // Most tokens are their own norm: say so instead of sending it (JS reuses `text`).
        let norm_length = if norms[norm_start..] == *surface {
            norms.truncate(norm_start);
            flat::NONE
        } else {
            utf16_len(&norms[norm_start..])
        };
        let segments = memo.segments(surface, t.kind).unwrap_or_default();
        let start = cursor.to_utf16(t.start) as u32;
        let end = cursor.to_utf16(t.end) as u32;
        let segment_count = segments.len() as u32;
        flat::Token { start, end, kind: t.kind as u32, norm_length, segment_count }.push_to(&mut numbers);
        // Segment offsets are relative to the token: a second cursor over the token only.
        let mut inner = Utf16Cursor::new(surface);
        for s in segments {
            flat::Segment {
                start: start + inner.to_utf16(s.start) as u32,
                end: start + inner.to_utf16(s.end) as u32,
                role: s.role as u32,
                form_length: utf16_len(&s.form),
            }
            .push_to(&mut numbers);
            forms.push_str(&s.form);
        }
    }
    Ok(Array::of3(&Uint32Array::from(&numbers[..]).into(), &norms.into(), &forms.into()))
}

/// `flatFormat()`: the records of the flat data and the enums' name lists ([`flat::describe`]),
/// read by pkg/index.js when the module loads.
#[wasm_bindgen(js_name = flatFormat)]
pub fn js_flat_format() -> String {
    flat::describe()
}

/// The sentences of `sentenceOffsets` and `splitSentences` (which adds the texts), as
/// [`flat::Span`]s. `caller` is the public function's name, for the error messages.
#[wasm_bindgen(js_name = sentenceSpans)]
pub fn js_sentence_spans(caller: &str, text: JsValue, options: JsValue) -> JsResult<Vec<u32>> {
    let func = if caller == "splitSentences" { "splitSentences" } else { "sentenceOffsets" };
    let text = text_arg(func, &text)?;
    Options::new(func, "options", &options, &[])?;
    let mut cursor = Utf16Cursor::new(&text);
    let mut offsets = Vec::new();
    for s in crate::sentences::sentences(&text) {
        utf16_span(&mut cursor, s.start, s.end).push_to(&mut offsets);
    }
    Ok(offsets)
}

/// The UTF-16 offsets of the byte span `start..end` (at or after the cursor's last offset),
/// as a flat span of `u32` or `f64`.
fn utf16_span<N: From<u32>>(cursor: &mut Utf16Cursor, start: usize, end: usize) -> flat::Span<N> {
    flat::Span { start: N::from(cursor.to_utf16(start) as u32), end: N::from(cursor.to_utf16(end) as u32) }
}

/// A whole number option in `[0, 2^32 - 1]`.
fn count_option(o: &Options, key: &str) -> JsResult<Option<usize>> {
    Ok(o.number(key, 0.0, u32::MAX as f64, true)?.map(|n| n as usize))
}

fn summarize_options(value: &JsValue) -> JsResult<SummaryOptions> {
    const F: &str = "summarize";
    let o = Options::new(F, "options", value, &["sentences", "ratio", "maxWords", "keywords", "extract"])?;
    let sentences = count_option(&o, "sentences")?.map(SummaryLength::Sentences);
    let ratio = o.number("ratio", 0.0, 1.0, false)?;
    if ratio == Some(0.0) {
        return Err(range_error(format!("{F}: options.ratio must be in (0, 1], got 0")));
    }
    let ratio = ratio.map(SummaryLength::Ratio);
    let max_words = count_option(&o, "maxWords")?.map(SummaryLength::MaxWords);
    let mut lengths = [sentences, ratio, max_words].into_iter().flatten();
    let length = lengths.next().unwrap_or_default();
    if lengths.next().is_some() {
        return Err(type_error(format!(
            "{F}: options.sentences, options.ratio and options.maxWords are alternatives; give at most one"
        )));
    }
    let keyword_limit = summary_keyword_limit(&o)?.unwrap_or(DEFAULT_KEYWORD_LIMIT);
    let extract = o.bool("extract", true)?;
    Ok(SummaryOptions { length, keyword_limit, extract })
}

/// `options.keywords` of summarize: `{ limit }`, the options of `keywords()` (one name for the
/// count in both functions), or the count itself (the older form, still accepted).
fn summary_keyword_limit(o: &Options) -> JsResult<Option<usize>> {
    let Some(value) = o.get("keywords")? else {
        return Ok(None);
    };
    if value.as_f64().is_some() {
        return count_option(o, "keywords");
    }
    if !value.is_object() || Array::is_array(&value) || value.is_function() {
        return Err(type_error(format!(
            "{}: options.keywords must be an object such as {{ limit: 5 }}, got {}",
            o.func,
            describe(&value)
        )));
    }
    let keywords = Options::new(o.func, "options.keywords", &value, &["limit"])?;
    count_option(&keywords, "limit")
}

/// Appends keywords to `numbers` — their count, then per keyword a [`flat::Keyword`] and its
/// spans (UTF-16 offsets) — and their texts to `texts`.
fn push_keywords(text: &str, keywords: &[Keyword], numbers: &mut Vec<f64>, texts: &mut String) {
    let mut offsets: Vec<usize> =
        keywords.iter().flat_map(|k| k.spans.iter().flat_map(|&(s, e)| [s, e])).collect();
    to_utf16_many(text, &mut offsets);
    let mut offsets = offsets.into_iter();
    numbers.push(keywords.len() as f64);
    for k in keywords {
        texts.push_str(&k.text);
        let text_length = crate::utf16::utf16_len(&k.text) as f64;
        let span_count = k.spans.len() as f64;
        flat::Keyword { text_length, score: k.score, count: k.count as f64, span_count }.push_to(numbers);
        for _ in &k.spans {
            let (start, end) = (offsets.next().unwrap_or(0) as f64, offsets.next().unwrap_or(0) as f64);
            flat::Span { start, end }.push_to(numbers);
        }
    }
}

/// `summarize(text, options?)` as flat data: `[numbers, keywordTexts]`, `numbers` holding the
/// title's [`flat::Span`] ([`flat::NONE`] twice when there is none), the sentence count, a
/// [`flat::SummarySentence`] per sentence, then the keywords as [`push_keywords`] writes them.
#[wasm_bindgen(js_name = summarizeFlat)]
pub fn js_summarize_flat(text: JsValue, options: JsValue) -> JsResult<Array> {
    let text = text_arg("summarize", &text)?;
    let options = summarize_options(&options)?;
    let summary = crate::summarize::summarize(&text, &options);
    let mut numbers = Vec::with_capacity(3 + 4 * summary.sentences.len());
    let mut cursor = Utf16Cursor::new(&text);
    let title = match summary.title {
        Some(t) => utf16_span(&mut cursor, t.start, t.end),
        None => flat::Span { start: f64::from(flat::NONE), end: f64::from(flat::NONE) },
    };
    title.push_to(&mut numbers);
    numbers.push(summary.sentences.len() as f64);
    for s in &summary.sentences {
        let flat::Span { start, end } = utf16_span(&mut cursor, s.start, s.end);
        flat::SummarySentence { start, end, index: s.index as f64, score: s.score }.push_to(&mut numbers);
    }
    let mut texts = String::new();
    push_keywords(&text, &summary.keywords, &mut numbers, &mut texts);
    Ok(Array::of2(&Float64Array::from(&numbers[..]).into(), &texts.into()))
}

/// `keywords(text, options?)` as flat data: `[numbers, keywordTexts]` as in [`push_keywords`].
#[wasm_bindgen(js_name = keywordsFlat)]
pub fn js_keywords_flat(text: JsValue, options: JsValue) -> JsResult<Array> {
    const F: &str = "keywords";
    let text = text_arg(F, &text)?;
    let o = Options::new(F, "options", &options, &["limit", "extract"])?;
    let limit = count_option(&o, "limit")?.unwrap_or(DEFAULT_KEYWORD_LIMIT);
    let extract = o.bool("extract", true)?;
    let keywords = crate::keywords::keywords_with(&text, &crate::keywords::KeywordOptions { limit, extract });
    let (mut numbers, mut texts) = (Vec::new(), String::new());
    push_keywords(&text, &keywords, &mut numbers, &mut texts);
    Ok(Array::of2(&Float64Array::from(&numbers[..]).into(), &texts.into()))
}

/// `extractArticle(text, options?)` as flat UTF-16 offsets: the title's [`flat::Span`]
/// ([`flat::NONE`] twice when there is none), the paragraph count and a [`flat::Span`] per
/// paragraph, then the boilerplate count and a [`flat::Boilerplate`] per span.
#[wasm_bindgen(js_name = extractArticleFlat)]
pub fn js_extract_article_flat(text: JsValue, options: JsValue) -> JsResult<Vec<u32>> {
    const F: &str = "extractArticle";
    let text = text_arg(F, &text)?;
    Options::new(F, "options", &options, &[])?;
    let article = crate::article::extract_article(&text);
    let mut offsets: Vec<usize> =
        Vec::with_capacity(4 + 2 * article.paragraphs.len() + 2 * article.boilerplate.len());
    if let Some(t) = article.title {
        offsets.extend([t.start, t.end]);
    }
    offsets.extend(article.paragraphs.iter().flat_map(|p| [p.start, p.end]));
    offsets.extend(article.boilerplate.iter().flat_map(|b| [b.start, b.end]));
    to_utf16_many(&text, &mut offsets);
    let mut out = Vec::with_capacity(4 + offsets.len() + article.boilerplate.len());
    let mut offsets = offsets.into_iter().map(|o| o as u32);
    // The converted offsets, in the order they were pushed above, two by two.
    let mut next_span =
        || flat::Span { start: offsets.next().unwrap_or(0), end: offsets.next().unwrap_or(0) };
    match article.title {
        Some(_) => next_span().push_to(&mut out),
        None => flat::Span { start: flat::NONE, end: flat::NONE }.push_to(&mut out),
    }
    out.push(article.paragraphs.len() as u32);
    for _ in &article.paragraphs {
        next_span().push_to(&mut out);
    }
    out.push(article.boilerplate.len() as u32);
    for b in &article.boilerplate {
        let flat::Span { start, end } = next_span();
        flat::Boilerplate { start, end, reason: b.reason as u32 }.push_to(&mut out);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Search: analyze and highlight (src/search).

fn search_options(func: &'static str, value: &JsValue) -> JsResult<crate::search::SearchOptions> {
    let o = Options::new(func, "options", value, &["stem", "roots", "stopWords", "normalize"])?;
    let base = crate::search::SearchOptions::default();
    let normalize = match o.get("normalize")? {
        // Unset switches keep the search preset, analyze's default.
        Some(v) => normalize_options(func, "options.normalize", &v, NormalizeOptions::search())?,
        None => base.normalize,
    };
    Ok(crate::search::SearchOptions {
        stem: o.bool("stem", base.stem)?,
        roots: o.bool("roots", base.roots)?,
        stop_words: o.bool("stopWords", base.stop_words)?,
        normalize,
    })
}

thread_local! {
    /// The analyzer of the last `analyze` call, kept for the next one with the same options:
    /// its memo of word terms spares re-analyzing the words each document of an index repeats.
    static ANALYZER: std::cell::RefCell<Option<crate::search::Analyzer>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` with the kept analyzer for `options` (a new one when they changed).
fn with_analyzer<R>(
    options: crate::search::SearchOptions,
    f: impl FnOnce(&mut crate::search::Analyzer) -> R,
) -> R {
    ANALYZER.with(|cell| {
        let mut kept = cell.borrow_mut();
        let analyzer = match kept.as_mut() {
            Some(a) if *a.options() == options => a,
            _ => kept.insert(crate::search::Analyzer::new(options)),
        };
        f(analyzer)
    })
}

/// `analyze(text, options?)` and `analyzeTerms` as flat data: `[numbers, terms]`, `numbers`
/// holding a [`flat::Term`] per term and `terms` the concatenated terms. `caller` is the public
/// function's name, for the error messages.
#[wasm_bindgen(js_name = analyzeFlat)]
pub fn js_analyze_flat(caller: &str, text: JsValue, options: JsValue) -> JsResult<Array> {
    let func = if caller == "analyzeTerms" { "analyzeTerms" } else { "analyze" };
    let text = text_arg(func, &text)?;
    let options = search_options(func, &options)?;
    let mut numbers: Vec<u32> = Vec::with_capacity(text.len() / 2);
    let mut strings = String::with_capacity(text.len());
    let mut cursor = Utf16Cursor::new(&text);
    let mut last: Option<((usize, usize), (u32, u32))> = None;
    with_analyzer(options, |a| {
        a.each_term(&text, |term, start, end, kind| {
            // A root term has its stem's span: convert it once.
            let span = match last {
                Some((bytes, units)) if bytes == (start, end) => units,
                _ => {
                    let flat::Span { start, end } = utf16_span(&mut cursor, start, end);
                    (start, end)
                }
            };
            last = Some(((start, end), span));
            strings.push_str(term);
            let term_length = crate::utf16::utf16_len(term) as u32;
            flat::Term { start: span.0, end: span.1, kind: kind as u32, term_length }.push_to(&mut numbers);
        })
    });
    Ok(Array::of2(&Uint32Array::from(&numbers[..]).into(), &strings.into()))
}

/// `highlight(text, query, options?)` as flat [`flat::Highlight`]s (kind: the word's own term
/// matched, or only its root term).
#[wasm_bindgen(js_name = highlightFlat)]
pub fn js_highlight_flat(text: JsValue, query: JsValue, options: JsValue) -> JsResult<Vec<u32>> {
    const F: &str = "highlight";
    let text = text_arg(F, &text)?;
    let query = string_arg(F, "query", &query, "")?;
    let options = search_options(F, &options)?;
    let spans = crate::search::highlight(&text, &query, &options);
    let mut cursor = Utf16Cursor::new(&text);
    let mut out = Vec::with_capacity(spans.len() * 3);
    for h in spans {
        let flat::Span { start, end } = utf16_span(&mut cursor, h.start, h.end);
        flat::Highlight { start, end, kind: h.kind as u32 }.push_to(&mut out);
    }
    Ok(out)
}
