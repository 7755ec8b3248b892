//! Slogans, directives, citations and segmentation on the seeds, checked
//! against the hand annotations in `corpus/seeds/gold/` (issue 4; gold format
//! of issue 8). Gold offsets are chars; the extractors' spans are bytes.

use gongwen::CharIndex;
use gongwen::eval::GoldFile;
use gongwen::extract::Context;
use gongwen::extract::citation::{CitationExtractor, CitationKind};
use gongwen::extract::directive::DirectiveExtractor;
use gongwen::extract::slogan::SloganExtractor;
use gongwen::lexicon::Lexicon;
use gongwen::normalize::Normalizer;
use gongwen::segment::{Segmenter, TokenKind};
use serde_json::{Value, json};

use crate::common::{seed_gold, seed_text};

const SEEDS: [&str; 4] = ["001", "002", "003", "004"];

/// The text of a gold char span.
fn slice(text: &str, idx: &CharIndex, start: usize, end: usize) -> String {
    let (s, e) = (idx.byte_offset(start), idx.byte_offset(end));
    s.zip(e).and_then(|(s, e)| text.get(s..e)).expect("gold span slices the text").to_string()
}

/// Every slogan occurrence of the gold, in text order.
fn gold_slogans(gold: &GoldFile, text: &str) -> Vec<Value> {
    let idx = CharIndex::new(text);
    let mut all: Vec<(usize, Value)> = gold
        .slogans
        .iter()
        .flat_map(|s| {
            s.occurrences.iter().map(|o| {
                (
                    o.start,
                    json!({"text": slice(text, &idx, o.start, o.end), "name": s.name,
                    "numeral": s.numeral, "expansion": s.expansion, "known": s.known}),
                )
            })
        })
        .collect();
    all.sort_by_key(|(start, _)| *start);
    all.into_iter().map(|(_, v)| v).collect()
}

/// `代字〔年〕N号` split into its parts, as the extractor parses it.
fn parts(number: &str) -> Value {
    let (code, rest) = number.split_once('〔').expect("a standard number");
    let (year, rest) = rest.split_once('〕').expect("a closing bracket");
    let serial = rest.strip_suffix('号').expect("a 号");
    json!({"code": code, "year": year.parse::<u16>().expect("year"),
           "serial": serial.parse::<u32>().expect("serial")})
}

/// Every citation of the gold, in text order.
fn gold_citations(gold: &GoldFile) -> Vec<Value> {
    let numbers = gold.citations.doc_numbers.iter().map(|n| {
        (
            n.start,
            json!({"kind": "doc_number", "text": n.text, "role": n.role,
                         "doc_number": parts(&n.text)}),
        )
    });
    let titles = gold.citations.titles.iter().flat_map(|t| {
        t.occurrences.iter().map(|o| {
            (o.start, json!({"kind": "title", "text": t.text, "role": t.role, "key": t.key}))
        })
    });
    let mut all: Vec<(usize, Value)> = numbers.chain(titles).collect();
    all.sort_by_key(|(start, _)| *start);
    all.into_iter().map(|(_, v)| v).collect()
}

#[test]
fn slogans_match_annotations() {
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
        assert_eq!(got, gold_slogans(&seed_gold(seed), &text), "slogans of seed {seed}");
    }
}

#[test]
fn citations_match_annotations() {
    let ex = CitationExtractor::new();
    for seed in SEEDS {
        let text = seed_text(seed);
        let gold = seed_gold(seed);
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
        assert_eq!(got, gold_citations(&gold), "citations of seed {seed}");
        for not in gold.negatives.iter().flat_map(|n| &n.citations) {
            assert!(got.iter().all(|g| g["text"] != *not), "{seed}: {not} is no citation");
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
    let ex = DirectiveExtractor::new();
    for seed in ["003", "004"] {
        let text = seed_text(seed);
        let gold = seed_gold(seed);
        let idx = CharIndex::new(&text);
        let norm = Normalizer::new().normalize(&text);
        let cx = Context::whole(&text, &norm, None);
        let got: Vec<_> = ex.find_iter(&cx).collect();
        let want = gold.directives.as_deref().expect("seeds 003 and 004 annotate directives");
        let starts: Vec<usize> =
            want.iter().map(|w| idx.byte_offset(w.start).expect("gold start in text")).collect();
        for (w, &start) in want.iter().zip(&starts) {
            let d = got.iter().find(|d| d.span.start == start);
            let Some(d) = d else { panic!("{seed}: no directive starting {}", w.text) };
            assert_eq!(d.span.get(&text), Some(d.text));
            assert_eq!(json!(d.modality), json!(w.modality), "{seed}: modality of {}", w.text);
            assert_eq!(Some(d.cue.text), w.cue.as_deref(), "{seed}: cue of {}", w.text);
            assert_eq!(d.actor.map(|a| a.text), w.actor.as_deref(), "{seed}: actor of {}", w.text);
        }
        let negatives = gold.negatives.clone().unwrap_or_default();
        for d in &got {
            let annotated = starts.contains(&d.span.start)
                || negatives.known_false_directives.iter().any(|s| d.text.starts_with(s.as_str()));
            assert!(annotated, "{seed}: unannotated directive {:?}", d.text);
        }
        for n in negatives.directives.iter().chain(&negatives.imperatives_without_cue) {
            assert!(!got.iter().any(|d| d.text.starts_with(n.as_str())), "{seed}: {n} reported");
        }
    }
}

#[test]
fn segmenter_keeps_slogans_and_doc_numbers_whole() {
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
        for c in &seed_gold(seed).citations.doc_numbers {
            let num = c.text.as_str();
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
