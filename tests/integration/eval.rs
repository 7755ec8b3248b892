//! The yardstick (issue 8): the library's evaluation over the annotated sets
//! `corpus/devset` and `corpus/seeds` must reach the F1 floors recorded in
//! `corpus/eval_floors.json`, category by category.

use std::collections::BTreeMap;

use gongwen::Analyzer;
use gongwen::eval::{Category, EvalOptions, evaluate};

use crate::common::{corpus_dir, seed_path};

/// Floors per set and category, from `corpus/eval_floors.json` (keys starting with `_` are notes).
fn floors() -> BTreeMap<String, BTreeMap<String, f64>> {
    let path = corpus_dir().join("eval_floors.json");
    let text = std::fs::read_to_string(&path).expect("corpus/eval_floors.json exists");
    let all: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(&text).expect("floors are a JSON object");
    all.into_iter()
        .filter(|(set, _)| !set.starts_with('_'))
        .map(|(set, v)| (set, serde_json::from_value(v).expect("floors are numbers")))
        .collect()
}

#[test]
fn every_category_reaches_its_floor() {
    let analyzer = Analyzer::new();
    let floors = floors();
    assert!(floors.contains_key("devset") && floors.contains_key("seeds"), "{floors:?}");
    let mut short = Vec::new();
    for (set, cats) in &floors {
        let report = evaluate(&corpus_dir().join(set), &analyzer, &EvalOptions::default())
            .unwrap_or_else(|e| panic!("{set}: {e}"));
        for (name, floor) in cats {
            let cat = Category::parse(name).unwrap_or_else(|| panic!("{set}: no category {name}"));
            let f1 = report.f1(cat).unwrap_or_else(|| panic!("{set}: {name} was not scored"));
            if f1 < *floor {
                short.push(format!("{set} {name}: F1 {f1:.3} < floor {floor}"));
            }
        }
        for cat in report.scores.tallies.keys() {
            assert!(cats.contains_key(cat.as_str()), "{set}: no floor for {}", cat.as_str());
        }
    }
    assert!(short.is_empty(), "below the recorded floors:\n{}", short.join("\n"));
}

/// The seed gold files point at copies of the seeds: they must stay equal.
#[test]
fn seed_texts_are_the_seeds() {
    for prefix in ["001", "002", "003", "004"] {
        let seed = seed_path(prefix);
        let name = seed.file_name().expect("a file name");
        let copy = corpus_dir().join("seeds/texts").join(name);
        let (a, b) = (std::fs::read(&seed).expect("seed"), std::fs::read(&copy).expect("copy"));
        assert!(a == b, "{} differs from {}", copy.display(), seed.display());
    }
}

#[test]
fn broken_gold_names_its_file() {
    let dir = std::env::temp_dir().join(format!("gongwen-eval-broken-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("gold")).expect("temp dir");
    std::fs::create_dir_all(dir.join("texts")).expect("temp dir");
    std::fs::write(dir.join("gold/x.json"), r#"{"id": "x", "file": "x.txt"}"#).expect("write");
    let err = evaluate(&dir, &Analyzer::new(), &EvalOptions::default()).expect_err("broken gold");
    assert_eq!(err.code(), "gold");
    assert!(err.to_string().contains("x.json"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
