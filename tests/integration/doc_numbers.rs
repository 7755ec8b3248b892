//! 发文字号 parsing on the real list `shared/corpora/doc_numbers.jsonl`.

use std::collections::BTreeMap;
use std::io::BufRead;

use gongwen::document::{DocNumber, DocNumberFinder, DocNumberKind};

/// Lines that parse as a year-bearing 发文字号, measured on the 38,323-line
/// list: 38,038 (99.25%) at the time of writing, 38,002 of them standard
/// `代字〔年〕N号` and 36 orders/announcements with a year; 278 more are order
/// numbers without a year (`省政府令 第219号`), reported as such.
const PARSED_FLOOR: usize = 38_000;

#[test]
fn real_doc_numbers_parse_or_say_why() {
    // `GONGWEN_CORPORA` points elsewhere when the tree is not next to `shared/`.
    let Some(path) = crate::common::shared_corpus_or_skip("doc_numbers.jsonl") else { return };
    let file = std::fs::File::open(&path).expect("open doc_numbers.jsonl");
    let mut total = 0usize;
    let mut parsed = 0usize;
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut reasons: BTreeMap<&'static str, (usize, Vec<String>)> = BTreeMap::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("read line");
        let record: serde_json::Value = serde_json::from_str(&line).expect("JSON line");
        let Some(text) = record.get("doc_number").and_then(|v| v.as_str()) else { continue };
        total += 1;
        match DocNumber::parse(text) {
            Ok(n) => {
                parsed += 1;
                *kinds.entry(format!("{:?}", n.kind)).or_default() += 1;
                assert!(n.serial > 0 || text.contains('0'), "{text}");
                assert!(!n.code.is_empty(), "{text}");
            }
            Err(e) => {
                let entry = reasons.entry(e.reason()).or_default();
                entry.0 += 1;
                if entry.1.len() < 5 {
                    entry.1.push(text.to_owned());
                }
            }
        }
    }
    #[allow(clippy::cast_precision_loss, reason = "a percentage for display")]
    let rate = 100.0 * parsed as f64 / total.max(1) as f64;
    eprintln!("doc_numbers.jsonl: {parsed} of {total} parsed ({rate:.2}%); kinds {kinds:?}");
    for (reason, (n, examples)) in &reasons {
        eprintln!("  not a 文号 ({reason}): {n}, e.g. {examples:?}");
    }
    assert_eq!(total, 38_323, "the list changed");
    assert!(parsed >= PARSED_FLOOR, "parse rate fell: {parsed} of {total}");
    // Order numbers without a year are recognised as such, not lost.
    assert!(reasons.get("order").is_some_and(|(n, _)| *n > 200));
    assert!(kinds.get(&format!("{:?}", DocNumberKind::Standard)).is_some_and(|n| *n > 37_000));
}

#[test]
fn finder_agrees_with_parse_on_clean_numbers() {
    let finder = DocNumberFinder::new();
    for text in [
        "郑群办发〔2014〕21号",
        "湘办发电〔2014〕35号",
        "豫政办 〔2012〕149号",
        "群办发〔2014〕4号",
    ] {
        let found: Vec<_> = finder.find_iter(text).collect();
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].text, text);
        assert_eq!(found[0].number(), DocNumber::parse(text).expect("parses"));
    }
}

#[test]
fn finder_on_the_seeds() {
    let finder = DocNumberFinder::new();
    let rows: &[(&str, &[&str])] = &[
        ("003", &["湘办发电〔2014〕35号", "群办发〔2014〕4号"]),
        (
            "004",
            &[
                "郑群办发〔2014〕21号",
                "豫群办发〔2014〕5号",
                "中办发〔2014〕4号",
                "豫办〔2014〕3号",
                "豫群办发〔2014〕4号",
            ],
        ),
        ("001", &[]),
        ("002", &[]),
    ];
    for &(seed, want) in rows {
        let source = crate::common::seed_text(seed);
        let found: Vec<_> = finder.find_iter(&source).collect();
        assert_eq!(found.iter().map(|m| m.text).collect::<Vec<_>>(), want, "{seed}");
        for m in &found {
            assert_eq!(m.span.get(&source), Some(m.text));
        }
    }
}
