//! `extract --format csv`: each table read back with the csv crate and
//! checked against the JSON Lines output of the same inputs.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

fn run(args: &[&str]) -> (String, String, i32) {
    crate::common::run_gongwen(args)
}

/// A table as header → column index and rows of strings.
fn read_table(dir: &Path, name: &str) -> (HashMap<String, usize>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_path(dir.join(format!("{name}.csv")))
        .unwrap_or_else(|e| panic!("{name}.csv: {e}"));
    let header = reader.headers().expect("a header row").clone();
    let columns = header.iter().enumerate().map(|(i, h)| (h.to_string(), i)).collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_string).collect())
        .collect();
    (columns, rows)
}

#[test]
fn csv_tables_agree_with_the_json_lines() {
    let dir = std::env::temp_dir().join(format!("gongwen-csv-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.to_string_lossy().into_owned();
    let inputs = ["corpus/docs", "tests/fixtures/empty.txt"];
    let (_, err, code) =
        run(&["extract", "--format", "csv", "--output", &out, inputs[0], inputs[1]]);
    assert_eq!(code, 1, "one error record: {err}");
    assert!(err.contains("tables documents, deadlines"), "{err}");
    let (jsonl, _, _) = run(&["extract", "-q", inputs[0], inputs[1]]);
    let records: Vec<Value> =
        jsonl.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    let docs: Vec<&Value> = records.iter().filter(|r| r.get("index").is_some()).collect();
    let doc_id = |r: &Value| format!("{}#{}", r["source"].as_str().unwrap_or("?"), r["index"]);

    let (cols, rows) = read_table(&dir, "documents");
    assert_eq!(rows.len(), docs.len());
    for (row, r) in rows.iter().zip(&docs) {
        assert_eq!(row[cols["doc_id"]], doc_id(r));
        assert_eq!(row[cols["kind"]], r["kind"].as_str().unwrap_or_default());
        assert_eq!(row[cols["date"]], r["date"]["value"].as_str().unwrap_or_default());
        assert_eq!(row[cols["doc_number"]], r["doc_number"]["text"].as_str().unwrap_or_default());
        assert_eq!(row[cols["span_start"]], r["span"][0].to_string());
    }
    let r003 = rows.iter().find(|r| r[cols["doc_id"]].contains("003_")).expect("003");
    assert_eq!(r003[cols["kind_zh"]], "通知");
    assert_eq!(r003[cols["doc_number_code"]], "湘办发电");
    assert_eq!(r003[cols["doc_number_year"]], "2014");
    assert_eq!(r003[cols["doc_number_serial"]], "35");

    // Every finding table: one row per item of the JSON arrays, in order, with its span.
    for table in ["deadlines", "quotas", "statistics", "slogans", "directives", "citations"] {
        let (cols, rows) = read_table(&dir, table);
        let items: Vec<(String, &Value)> = docs
            .iter()
            .flat_map(|r| {
                r[table].as_array().into_iter().flatten().map(move |item| (doc_id(r), item))
            })
            .collect();
        assert_eq!(rows.len(), items.len(), "{table}");
        assert!(!rows.is_empty(), "{table} is empty on the seeds");
        for (row, (id, item)) in rows.iter().zip(&items) {
            assert_eq!(&row[cols["doc_id"]], id, "{table}");
            assert_eq!(row[cols["text"]], item["text"].as_str().unwrap_or_default(), "{table}");
            assert_eq!(row[cols["span_start"]], item["span"][0].to_string(), "{table}");
            assert_eq!(row[cols["span_end"]], item["span"][1].to_string(), "{table}");
        }
    }
    let (cols, rows) = read_table(&dir, "deadlines");
    let ends: Vec<&str> = rows.iter().map(|r| r[cols["end"]].as_str()).collect();
    assert!(ends.contains(&"2014-05-31"), "{ends:?}");
    let (cols, rows) = read_table(&dir, "quotas");
    let q = &rows[0];
    let json_q =
        &docs.iter().find_map(|r| r["quotas"].as_array().and_then(|a| a.first())).expect("a quota");
    assert_eq!(q[cols["comparator"]], json_q["comparator"].as_str().unwrap_or_default());
    let value: f64 = q[cols["value"]].parse().expect("a number");
    assert_eq!(Some(value), json_q["value"].as_f64());

    let (_, rows) = read_table(&dir, "warnings");
    let warnings: usize = docs.iter().map(|r| r["warnings"].as_array().map_or(0, Vec::len)).sum();
    assert_eq!(rows.len(), warnings);
    let (cols, rows) = read_table(&dir, "errors");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][cols["kind"]], "empty");
    assert_eq!(rows[0][cols["source"]], "tests/fixtures/empty.txt");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn csv_needs_an_output_folder() {
    let (out, err, code) = run(&["extract", "--format", "csv", "corpus/docs"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("--output DIR"), "{err}");
}
