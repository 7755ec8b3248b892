//! Deadlines, quotas and statistics on the seeds against the hand-written
//! gold annotations in `corpus/seeds/gold/` (issue 3; gold format of issue 8).
//!
//! Each annotated logical document (`documents[]` with `start`) is run as its
//! own region with its own date. Dated deadlines are in `deadlines[]`; vague
//! and recurring ones, which have no date, are `neutral[]` spans with `why`
//! `vague` or `recurring`, and are expected with null dates.

use gongwen::Span;
use gongwen::extract::Context;
use gongwen::extract::deadline::DeadlineExtractor;
use gongwen::extract::quota::QuotaExtractor;
use gongwen::extract::time::{TimeRecognizer, TimeWarning};
use gongwen::normalize::Normalizer;
use serde_json::{Value, json};

use crate::common::{byte_at, num, seed_gold, seed_text};

/// Keep only `keys` of a serialised item, after checking its span.
fn project(item: Value, source: &str, keys: &[&str]) -> Value {
    let span = &item["span"];
    let (s, e) = (span[0].as_u64().expect("span start"), span[1].as_u64().expect("span end"));
    let slice = Span::new(s as usize, e as usize).get(source).expect("span slices the source");
    assert_eq!(Some(slice), item["text"].as_str(), "span must slice the source to the text");
    Value::Object(keys.iter().map(|k| (k.to_string(), item[*k].clone())).collect())
}

/// The expected items of one region, in text order: `(char start, item)`.
fn expected(gold: &gongwen::eval::GoldFile, doc: usize, region: (usize, usize)) -> [Vec<Value>; 3] {
    let inside = |start: usize| region.0 <= start && start < region.1;
    let mut deadlines: Vec<(usize, Value)> = gold
        .deadlines
        .iter()
        .filter(|d| d.document == Some(doc))
        .map(|d| {
            let iso = |x: Option<jiff::civil::Date>| x.map(|x| x.to_string());
            (d.start, json!({"text": d.text, "end": iso(d.end_date), "start": iso(d.start_date), "hedge": d.hedge}))
        })
        .collect();
    deadlines.extend(
        gold.neutral
            .iter()
            .filter(|n| inside(n.start) && matches!(n.why.as_deref(), Some("vague" | "recurring")))
            .map(|n| (n.start, json!({"text": n.text, "end": null, "start": null, "hedge": null}))),
    );
    deadlines.sort_by_key(|(start, _)| *start);
    let quotas = gold
        .quotas
        .iter()
        .filter(|q| q.document == Some(doc))
        .map(|q| {
            json!({"text": q.text, "comparator": q.comparator, "value": q.value.map(num),
                   "max": q.max.map(num), "unit": q.unit, "per": q.per, "subject": q.subject})
        })
        .collect();
    let statistics = gold
        .statistics
        .iter()
        .flatten()
        .filter(|s| inside(s.start))
        .map(|s| json!({"text": s.text, "value": num(s.value), "unit": s.unit, "approx": s.approx}))
        .collect();
    [deadlines.into_iter().map(|(_, v)| v).collect(), quotas, statistics]
}

#[test]
fn seeds_match_annotations() {
    let deadlines = DeadlineExtractor::new();
    let quotas = QuotaExtractor::new();
    let norm = Normalizer::new();
    let mut failures = Vec::new();
    for seed in ["001", "002", "003", "004"] {
        let source = seed_text(seed);
        let gold = seed_gold(seed);
        let n = norm.normalize(&source);
        for doc in &gold.documents {
            let start = doc.start.expect("seed documents are annotated with their start");
            let end = doc.end.unwrap_or_else(|| source.chars().count());
            let span = Span::new(byte_at(&source, start), byte_at(&source, end));
            let cx = Context::new(&source, &n, span, doc.date);
            let got_d: Vec<Value> = deadlines
                .find_iter(&cx)
                .into_iter()
                .map(|d| {
                    assert!(d.sentence.contains(d.span), "{seed}: sentence holds {:?}", d.text);
                    project(json!(d), &source, &["text", "end", "start", "hedge"])
                })
                .collect();
            let (q, s) = quotas.find_all(&cx);
            let got_q: Vec<Value> = q
                .into_iter()
                .map(|q| {
                    project(
                        json!(q),
                        &source,
                        &["text", "comparator", "value", "max", "unit", "per", "subject"],
                    )
                })
                .collect();
            let got_s: Vec<Value> = s
                .into_iter()
                .map(|s| project(json!(s), &source, &["text", "value", "unit", "approx"]))
                .collect();
            let want = expected(&gold, doc.index, (start, end));
            let got = [got_d, got_q, got_s];
            for (i, what) in ["deadlines", "quotas", "statistics"].into_iter().enumerate() {
                if got[i] != want[i] {
                    failures.push(format!(
                        "{seed} doc {} {what}:\n  want {}\n  got  {}",
                        doc.index,
                        Value::Array(want[i].clone()),
                        Value::Array(got[i].clone())
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_date_means_null_end_and_a_warning() {
    let source = "各县（市、区）原则上3月中旬动员结束。";
    let n = Normalizer::new().normalize(source);
    let cx = Context::whole(source, &n, None);
    let found = DeadlineExtractor::new().find_iter(&cx);
    let d = found.iter().find(|d| d.text == "原则上3月中旬动员结束").expect("found without a date");
    assert_eq!((d.end, d.start), (None, None));
    assert_eq!(d.warning, Some(TimeWarning::NoDocumentDate));
}

/// Without a document date, the date the text makes clear resolves (issue 8):
/// seed 004 read whole is signed 2014年3月22日 on a line of its own.
#[test]
fn no_date_resolves_against_the_signature_date() {
    let source = seed_text("004");
    let n = Normalizer::new().normalize(&source);
    let cx = Context::whole(&source, &n, None);
    let found = DeadlineExtractor::new().find_iter(&cx);
    let d = found.iter().find(|d| d.text == "原则上3月中旬动员结束").expect("found without a date");
    assert_eq!(d.end, jiff::civil::Date::new(2014, 3, 20).ok());
    assert_eq!(d.warning, Some(TimeWarning::DateFromText));
}

/// No document number, telephone number or slogan in the seeds yields a time
/// or a quantity.
#[test]
fn identifiers_and_slogans_are_never_times_or_quantities() {
    let times = TimeRecognizer::new();
    let quotas = QuotaExtractor::new();
    let norm = Normalizer::new();
    let docnum = regex::Regex::new(r"[\p{Han}]+\s*〔\d{4}〕\s*\d+\s*号|\d{7,}|湘机发 1220 号")
        .expect("valid");
    let slogans = [
        "三严三实",
        "四风",
        "五个准确把握",
        "两个维护",
        "一把手",
        "两张皮",
        "六问六带头",
        "九严格",
        "九不准",
        "三个一批",
        "五个一",
        "两手抓",
        "两不误",
        "两促进",
        "五项教育",
        "五项反思",
        "五员",
        "一是",
        "二是",
    ];
    for prefix in ["001", "002", "003", "004"] {
        let source = seed_text(prefix);
        let n = norm.normalize(&source);
        let cx = Context::whole(&source, &n, jiff::civil::Date::new(2014, 3, 14).ok());
        let mut forbidden: Vec<Span> =
            docnum.find_iter(&source).map(|m| Span::new(m.start(), m.end())).collect();
        for s in slogans {
            forbidden.extend(source.match_indices(s).map(|(i, m)| Span::new(i, i + m.len())));
        }
        assert!(!forbidden.is_empty() || prefix == "002", "{prefix}: test finds identifiers");
        let (q, st) = quotas.find_all(&cx);
        let spans = times
            .find_iter(&cx)
            .into_iter()
            .map(|t| (t.span, t.text))
            .chain(q.iter().map(|q| (q.span, q.text)))
            .chain(st.iter().map(|s| (s.span, s.text)));
        for (span, text) in spans {
            if let Some(f) = forbidden.iter().find(|f| f.overlaps(span)) {
                panic!("{prefix}: {text:?} overlaps identifier or slogan {:?}", f.get(&source));
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    /// Arbitrary text mixing numerals, time words and comparators never
    /// panics, and every span slices the source to its text.
    #[test]
    fn extractors_never_panic(text in "[0-9０-９一二两三十百万亿年月日号旬底初中前内至—每个天次多余约近不少于至少左右以上要了已，。、\n 《》〔〕/%]{0,40}") {
        let n = Normalizer::new().normalize(&text);
        let cx = Context::whole(&text, &n, jiff::civil::Date::new(2014, 12, 31).ok());
        for t in TimeRecognizer::new().find_iter(&cx) {
            proptest::prop_assert_eq!(t.span.get(&text), Some(t.text));
        }
        for d in DeadlineExtractor::new().find_iter(&cx) {
            proptest::prop_assert_eq!(d.span.get(&text), Some(d.text));
            proptest::prop_assert!(d.sentence.get(&text).is_some());
        }
        let (q, s) = QuotaExtractor::new().find_all(&cx);
        for q in q {
            proptest::prop_assert_eq!(q.span.get(&text), Some(q.text));
        }
        for s in s {
            proptest::prop_assert_eq!(s.span.get(&text), Some(s.text));
        }
    }
}
