//! Slogans, directives, citations and segmentation on the seeds, checked
//! against the hand annotations in `corpus/annotations/slogans_directives_citations.json`.

use gongwen::extract::Context;
use gongwen::extract::citation::{CitationExtractor, CitationKind};
use gongwen::extract::directive::DirectiveExtractor;
use gongwen::extract::slogan::SloganExtractor;
use gongwen::lexicon::Lexicon;
use gongwen::normalize::Normalizer;
use gongwen::segment::{Segmenter, TokenKind};
use serde_json::{Value, json};

use crate::common::{corpus_dir, seed_text};

const SEEDS: [&str; 4] = ["001", "002", "003", "004"];

fn annotations() -> Value {
    let path = corpus_dir().join("annotations/slogans_directives_citations.json");
    let text = std::fs::read_to_string(&path).expect("annotations file exists");
    serde_json::from_str(&text).expect("annotations are JSON")
}

fn list<'a>(v: &'a Value, seed: &str, field: &str) -> &'a [Value] {
    v[seed][field].as_array().map_or(&[], Vec::as_slice)
}

#[test]
fn slogans_match_annotations() {
    let ann = annotations();
    let ex = SloganExtractor::new();
    for seed in SEEDS {
        let text = seed_text(seed);
        let norm = Normalizer::new().normalize(&text);
        let cx = Context::whole(&text, &norm, None);
        let got: Vec<Value> = ex
            .find_iter(&cx)
            .map(|s| {
                assert_eq!(s.span.get(&text), Some(s.text), "{seed}: span of {}", s.text);
                assert!(s.warning.is_none(), "{seed}: {:?}", s.warning);
                json!({"text": s.text, "name": s.name, "numeral": s.numeral,
                       "expansion": s.expansion, "known": s.known})
            })
            .collect();
        assert_eq!(got, list(&ann, seed, "slogans"), "slogans of seed {seed}");
    }
}

#[test]
fn citations_match_annotations() {
    let ann = annotations();
    let ex = CitationExtractor::new();
    for seed in SEEDS {
        let text = seed_text(seed);
        let norm = Normalizer::new().normalize(&text);
        let cx = Context::whole(&text, &norm, None);
        let got: Vec<Value> = ex
            .find_iter(&cx)
            .map(|c| {
                assert_eq!(c.span.get(&text), Some(c.text), "{seed}: span of {}", c.text);
                let mut v = json!({"kind": c.kind, "text": c.text, "role": c.role});
                match c.kind {
                    CitationKind::Title => v["key"] = json!(c.key),
                    _ => v["doc_number"] = citation_number(&c),
                }
                v
            })
            .collect();
        assert_eq!(got, list(&ann, seed, "citations"), "citations of seed {seed}");
        for not in list(&ann, seed, "not_citations") {
            let not = not.as_str().unwrap_or_default();
            assert!(got.iter().all(|g| g["text"] != not), "{seed}: {not} is no citation");
        }
    }
}

fn citation_number(c: &gongwen::extract::citation::Citation<'_>) -> Value {
    match &c.doc_number {
        Some(n) => {
            assert_eq!(n.span, c.span);
            assert_eq!(c.key, format!("{}〔{}〕{}号", n.code, n.year, n.serial));
            json!({"code": n.code, "year": n.year, "serial": n.serial})
        }
        None => Value::Null,
    }
}

#[test]
fn directives_match_annotations() {
    let ann = annotations();
    let ex = DirectiveExtractor::new();
    for seed in ["003", "004"] {
        let text = seed_text(seed);
        let norm = Normalizer::new().normalize(&text);
        let cx = Context::whole(&text, &norm, None);
        let got: Vec<_> = ex.find_iter(&cx).collect();
        let want = list(&ann, seed, "directives");
        for w in want {
            let starts = w["starts"].as_str().unwrap_or_default();
            let d = got.iter().find(|d| d.text.starts_with(starts));
            let Some(d) = d else { panic!("{seed}: no directive starting {starts}") };
            assert_eq!(d.span.get(&text), Some(d.text));
            assert_eq!(json!(d.modality), w["modality"], "{seed}: modality of {starts}");
            assert_eq!(
                d.cue.text,
                w["cue"].as_str().unwrap_or_default(),
                "{seed}: cue of {starts}"
            );
            assert_eq!(d.actor.map(|a| a.text), w["actor"].as_str(), "{seed}: actor of {starts}");
        }
        let known_fp = list(&ann, seed, "known_false_positives");
        for d in &got {
            let annotated = want.iter().chain(known_fp).any(|w| {
                w.as_str().or(w["starts"].as_str()).is_some_and(|s| d.text.starts_with(s))
            });
            assert!(annotated, "{seed}: unannotated directive {:?}", d.text);
        }
        for field in ["not_directives", "imperatives_without_cue"] {
            for n in list(&ann, seed, field) {
                let n = n.as_str().unwrap_or_default();
                assert!(!got.iter().any(|d| d.text.starts_with(n)), "{seed}: {n} reported");
            }
        }
    }
}

#[test]
fn segmenter_keeps_slogans_and_doc_numbers_whole() {
    let ann = annotations();
    let seg = Segmenter::new();
    let lex = Lexicon::new();
    for seed in SEEDS {
        let text = seed_text(seed);
        let toks: Vec<_> = seg.tokens(&text).collect();
        assert_eq!(toks.iter().map(|t| t.text).collect::<String>(), text, "{seed}: concat");
        let whole = |start: usize, end: usize| {
            toks.iter().any(|t| t.span.start <= start && end <= t.span.end)
        };
        for (form, _) in lex.slogan_forms() {
            for (at, _) in text.match_indices(form) {
                assert!(whole(at, at + form.len()), "{seed}: {form} at {at} was cut");
            }
        }
        let mut cut = Vec::new();
        // Cuts that are good Chinese too: `广大党员干部` is 广大/党员干部 or
        // 广大党员/干部; `中共湖南省委办公厅` is 中共湖南省委/办公厅 (the office of
        // the provincial committee); `县市区委` is 县市区/委 (县委、市委、区委).
        let ambiguous = ["党员干部", "省委办公厅", "区委"];
        let words = lex
            .terms()
            .iter()
            .map(|t| t.term)
            .chain(lex.organs().iter().map(|o| o.abbr))
            .filter(|w| !ambiguous.contains(w));
        for w in words {
            for (at, _) in text.match_indices(w) {
                if !whole(at, at + w.len()) {
                    let around: Vec<&str> = toks
                        .iter()
                        .filter(|t| t.span.overlaps(gongwen::Span::new(at, at + w.len())))
                        .map(|t| t.text)
                        .collect();
                    cut.push(format!("{w}: {around:?}"));
                }
            }
        }
        assert!(cut.is_empty(), "{seed}: terms cut: {cut:#?}");
        for c in list(&ann, seed, "citations") {
            if c["kind"] != "doc_number" {
                continue;
            }
            let num = c["text"].as_str().unwrap_or_default();
            for (at, _) in text.match_indices(num) {
                let tok = toks.iter().find(|t| t.span.start == at);
                assert_eq!(
                    tok.map(|t| (t.text, t.kind)),
                    Some((num, TokenKind::DocNumber)),
                    "{seed}: {num} not one token"
                );
            }
        }
    }
}

#[test]
fn engines_are_send_sync() {
    fn ok<T: Send + Sync>() {}
    ok::<Segmenter>();
    ok::<SloganExtractor>();
    ok::<DirectiveExtractor>();
    ok::<CitationExtractor>();
}

static ENGINES: std::sync::LazyLock<(SloganExtractor, DirectiveExtractor, CitationExtractor)> =
    std::sync::LazyLock::new(|| {
        (SloganExtractor::new(), DirectiveExtractor::new(), CitationExtractor::new())
    });

proptest::proptest! {
    #[test]
    fn extractors_never_panic_and_spans_slice(
        text in "[“”\"《》〈〉（）()，,。；：:\n 要不得防止鼓励应当有的认为四风三严实五个一九双基治1+9号〔〕2014郑群办发督导组各级党委]{0,60}"
    ) {
        let norm = Normalizer::new().normalize(&text);
        let cx = Context::whole(&text, &norm, None);
        for s in ENGINES.0.find_iter(&cx) {
            proptest::prop_assert_eq!(s.span.get(&text), Some(s.text));
        }
        for d in ENGINES.1.find_iter(&cx) {
            proptest::prop_assert_eq!(d.span.get(&text), Some(d.text));
            proptest::prop_assert!(d.span.contains(d.cue.span));
        }
        for c in ENGINES.2.find_iter(&cx) {
            proptest::prop_assert_eq!(c.span.get(&text), Some(c.text));
        }
    }
}
