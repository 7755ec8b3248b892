//! Golden outputs: the whole record of every seed, compared with
//! `corpus/expected/*.json`. `BLESS=1 cargo test` rewrites them; review those
//! diffs like code.

use std::path::Path;

use gongwen::corpus::Encoding;
use gongwen::corpus::record::ExtractRecord;
use gongwen::{Analyzer, Meta};
use serde_json::Value;

use crate::common::corpus_dir;

#[test]
fn seeds_match_their_expected_records() {
    let analyzer = Analyzer::new();
    let bless = std::env::var_os("BLESS").is_some();
    let expected_dir = corpus_dir().join("expected");
    let mut docs: Vec<_> = std::fs::read_dir(corpus_dir().join("docs"))
        .expect("corpus/docs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    docs.sort();
    assert_eq!(docs.len(), 4);
    let mut mismatches = Vec::new();
    for path in docs {
        let text = std::fs::read_to_string(&path).expect("UTF-8 seed");
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let source = format!("corpus/docs/{name}");
        let analysis = analyzer.analyze(&text, &Meta::default());
        let got: Vec<Value> = analysis
            .documents
            .iter()
            .map(|d| {
                serde_json::to_value(ExtractRecord::new(&source, Encoding::Utf8, None, d))
                    .expect("serialises")
            })
            .collect();
        let got = Value::Array(got);
        let file = expected_dir.join(Path::new(name).with_extension("json"));
        if bless {
            std::fs::create_dir_all(&expected_dir).expect("mkdir");
            let pretty = serde_json::to_string_pretty(&got).expect("pretty");
            std::fs::write(&file, pretty + "\n").expect("write golden");
            continue;
        }
        let want: Value = serde_json::from_str(
            &std::fs::read_to_string(&file)
                .unwrap_or_else(|_| panic!("{} missing: run BLESS=1 cargo test", file.display())),
        )
        .expect("golden is JSON");
        if got != want {
            mismatches.push(name.to_string());
        }
    }
    assert!(mismatches.is_empty(), "golden mismatch for {mismatches:?}: review, then BLESS=1");
}
