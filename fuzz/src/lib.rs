//! The checks behind gongwen's fuzz targets, one function per target.
//!
//! Each function takes arbitrary bytes, runs one part of the library on them
//! and panics when an invariant breaks; returning means the input passed. The
//! libFuzzer entries in `fuzz_targets/` and the stable runner in
//! `src/bin/stable.rs` both call these, so a crash found by either replays in
//! the other.
//!
//! Engines are built once per process (as the library asks) and every
//! parallel step runs on a one-thread rayon pool, so a fuzzing process keeps
//! to one core.

use std::sync::OnceLock;

use gongwen::corpus::decode;
use gongwen::corpus::record::ExtractRecord;
use gongwen::document::{DocNumber, DocNumberFinder};
use gongwen::link::{LinkDoc, Linker, Node};
use gongwen::normalize::Normalizer;
use gongwen::{Analyzer, Meta, Span};
use serde_json::Value;

/// A target: it returns when the input passes and panics when it does not.
pub type Target = fn(&[u8]);

/// The targets, by name, as the stable runner and `cargo fuzz` know them.
pub const TARGETS: [(&str, Target); 4] = [
    ("decode_analyze", decode_analyze),
    ("doc_number", doc_number),
    ("offset_map", offset_map),
    ("link", link),
];

/// Inputs longer than this are cut: the targets look for wrong answers and
/// panics, not for the (separately benchmarked) cost of huge documents.
pub const MAX_INPUT: usize = 64 * 1024;

struct Engines {
    analyzer: Analyzer,
    normalizer: Normalizer,
    finder: DocNumberFinder,
    linker: Linker,
}

fn engines() -> &'static Engines {
    static ENGINES: OnceLock<Engines> = OnceLock::new();
    ENGINES.get_or_init(|| {
        // One core: the linker's parallel steps run on one rayon thread.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(1).build_global();
        Engines {
            analyzer: Analyzer::new(),
            normalizer: Normalizer::new(),
            finder: DocNumberFinder::new(),
            linker: Linker::new(),
        }
    })
}

fn cut(data: &[u8]) -> &[u8] {
    data.get(..MAX_INPUT).unwrap_or(data)
}

/// Keys whose `[start, end]` values are byte spans into the source
/// (as the CLI's `--offsets chars` conversion lists them).
const SPAN_KEYS: &[&str] =
    &["span", "sentence", "to_span", "marker_span", "heading", "body", "attachment"];

/// Every span in a serialised record lies on char boundaries of `source`,
/// and every object with `text` and `span` has `source[span] == text`.
pub fn check_spans(v: &Value, source: &str) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                if SPAN_KEYS.contains(&k.as_str())
                    && let Some([s, e]) = child.as_array().map(Vec::as_slice)
                {
                    let (s, e) = (as_offset(s), as_offset(e));
                    assert!(s <= e, "{k}: span {s}..{e} runs backwards");
                    assert!(source.get(s..e).is_some(), "{k}: span {s}..{e} off the source");
                }
            }
            if let (Some(text), Some(Value::Array(span))) =
                (m.get("text").and_then(Value::as_str), m.get("span"))
                && let [s, e] = span.as_slice()
            {
                let (s, e) = (as_offset(s), as_offset(e));
                assert_eq!(source.get(s..e), Some(text), "text of span {s}..{e}");
            }
            m.values().for_each(|c| check_spans(c, source));
        }
        Value::Array(a) => a.iter().for_each(|c| check_spans(c, source)),
        _ => {}
    }
}

fn as_offset(v: &Value) -> usize {
    v.as_u64().and_then(|x| usize::try_from(x).ok()).expect("offset is a number")
}

/// Decode arbitrary bytes; when they decode, analyse the text and check
/// every span of every record.
pub fn decode_analyze(data: &[u8]) {
    let e = engines();
    let Ok(decoded) = decode(cut(data)) else { return };
    let text = decoded.text.as_str();
    let meta = Meta { date: Some(jiff::civil::date(2014, 3, 14)), ..Meta::default() };
    let analysis = e.analyzer.analyze(text, &meta);
    for report in &analysis.documents {
        let record = ExtractRecord::new("fuzz.txt", decoded.encoding, None, report);
        let value = serde_json::to_value(&record).expect("a record serialises");
        check_spans(&value, text);
        assert!(report.document.span.get(text).is_some(), "document span off the text");
    }
}

/// `DocNumber::parse` on arbitrary text: a number it accepts has a year in
/// range and reads back from its canonical spelling; `DocNumberFinder`
/// returns ordered, disjoint spans that slice the text to the item.
pub fn doc_number(data: &[u8]) {
    let e = engines();
    let text = String::from_utf8_lossy(cut(data));
    let text = text.as_ref();
    if let Ok(n) = DocNumber::parse(text) {
        assert!((1949..=2100).contains(&n.year), "year {} accepted", n.year);
        assert!(!n.code.is_empty(), "empty code accepted from {text:?}");
        // Issue 10 (found by this target, fixed): a second label such as
        // `文号发文字号国发〔2014〕5号` no longer stays in the code; the test
        // `issue_10_doc_number_code_keeps_a_second_label` keeps it fixed.
        let canonical = n.to_string();
        let again = DocNumber::parse(&canonical)
            .unwrap_or_else(|err| panic!("{canonical:?} (from {text:?}) does not parse: {err}"));
        assert_eq!(
            (&again.code, again.year, again.serial),
            (&n.code, n.year, n.serial),
            "{canonical:?} reads back differently"
        );
    }
    let mut last_end = 0;
    for item in e.finder.find_iter(text) {
        assert_eq!(item.span.get(text), Some(item.text), "finder span {:?}", item.span);
        assert!(item.span.start >= last_end, "finder spans overlap or go backwards");
        assert!((1949..=2100).contains(&item.year), "finder year {}", item.year);
        last_end = item.span.end;
    }
}

/// The normaliser's offset map on arbitrary text: every normalised char
/// maps back to whole source chars, monotonically; source spans map to
/// normalised spans on char boundaries that map back inside them; the
/// normaliser is idempotent.
pub fn offset_map(data: &[u8]) {
    let e = engines();
    let text = String::from_utf8_lossy(cut(data));
    let source = text.as_ref();
    let norm = e.normalizer.normalize(source);
    let out = norm.as_str();
    let bounds =
        |s: &str| -> Vec<usize> { s.char_indices().map(|(i, _)| i).chain([s.len()]).collect() };
    let nb = bounds(out);
    let mut last = Span::new(0, 0);
    for w in nb.windows(2) {
        let s = norm.to_original(Span::new(w[0], w[1]));
        assert!(s.get(source).is_some(), "char at {} maps to {s:?}, off the source", w[0]);
        assert!(s.start >= last.start && s.end >= last.end, "not monotonic at {}", w[0]);
        let back = norm.from_original(s);
        assert!(back.start <= w[0] && w[1] <= back.end, "{s:?} maps back to {back:?}");
        last = s;
    }
    let sb = bounds(source);
    for width in [1, 3] {
        for w in sb.windows(width + 1) {
            let (a, b) = (w[0], w[width]);
            let n = norm.from_original(Span::new(a, b));
            assert!(n.get(out).is_some(), "{a}..{b} maps to {n:?}, off the normalised text");
            if !n.is_empty() {
                let back = norm.to_original(n);
                assert!(a <= back.start && back.end <= b, "{a}..{b} -> {n:?} -> {back:?}");
            }
        }
    }
    for n in norm.noise() {
        assert!(n.get(source).is_some(), "noise span {n:?} off the source");
    }
    let twice = e.normalizer.normalize(out);
    assert_eq!(twice.as_str(), out, "normalising twice changes the text");
}

/// Link up to four documents (the input split at `0xFF` bytes, which UTF-8
/// never holds): every link's evidence slices its documents, scores lie in
/// [0, 1], every chain ends.
pub fn link(data: &[u8]) {
    let e = engines();
    let texts: Vec<String> = cut(data)
        .split(|&b| b == 0xFF)
        .take(4)
        .map(|part| String::from_utf8_lossy(part).into_owned())
        .collect();
    let meta = Meta { date: Some(jiff::civil::date(2014, 3, 14)), ..Meta::default() };
    let mut docs = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let source = format!("d{i}.txt");
        for report in &e.analyzer.analyze(text, &meta).documents {
            docs.push(LinkDoc::from_document(&source, text, report.index, &report.document));
        }
    }
    let n_docs = docs.len();
    let graph = e.linker.link(docs);
    let text_of = |id| match graph.node(id) {
        Some(Node::Doc(d)) => {
            let i = d.source.strip_prefix('d').and_then(|s| s.strip_suffix(".txt"));
            let i: usize = i.and_then(|i| i.parse().ok()).expect("one of our source names");
            texts.get(i).map(String::as_str)
        }
        _ => None,
    };
    for record in graph.records() {
        serde_json::to_value(record).expect("a link record serialises");
        let link = record.link();
        let from = text_of(link.from).expect("links start at corpus documents");
        let ev = &link.evidence;
        assert_eq!(ev.span.get(from), Some(ev.text.as_str()), "evidence span {:?}", ev.span);
        if let Some(to_span) = ev.to_span {
            let to = text_of(link.to).expect("reuse links end at corpus documents");
            assert!(to_span.get(to).is_some(), "to_span {to_span:?} off the target");
        }
        assert!((0.0..=1.0).contains(&link.score), "score {}", link.score);
    }
    for i in 0..texts.len() {
        for index in 0..n_docs {
            if let Some(id) = graph.find_doc(&format!("d{i}.txt"), index) {
                assert!(graph.chain(id).len() <= graph.links().len(), "chain revisits a link");
            }
        }
    }
}
