//! `extract --format parquet` and `link --format parquet|csv`: every file
//! read back with arrow-rs/parquet and checked against the JSON Lines output
//! of the same inputs (and the CSV tables of the same run).

use std::fs::File;
use std::path::{Path, PathBuf};

use gongwen::corpus::arrow::arrow_array::cast::AsArray;
use gongwen::corpus::arrow::arrow_array::types::{UInt16Type, UInt32Type, UInt64Type};
use gongwen::corpus::arrow::arrow_array::{Array, RecordBatch};
use gongwen::corpus::arrow::{self, arrow_schema::SchemaRef};
use gongwen::corpus::link_table;
use gongwen::corpus::table::Table;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value;

fn run(args: &[&str]) -> (String, String, i32) {
    crate::common::run_gongwen(args)
}

fn temp_dir(what: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongwen-{what}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A Parquet file's Arrow schema and its rows as one batch (the seeds'
/// tables are small: one batch of up to 2^20 rows holds each).
fn read_parquet(path: &Path) -> (SchemaRef, RecordBatch) {
    let file = File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).expect("a Parquet file");
    let schema = builder.schema().clone();
    let mut batches: Vec<RecordBatch> = builder
        .with_batch_size(1 << 20)
        .build()
        .expect("a reader")
        .map(|b| b.expect("a batch"))
        .collect();
    assert!(batches.len() <= 1, "{}: {} batches", path.display(), batches.len());
    let batch = batches.pop().unwrap_or_else(|| RecordBatch::new_empty(schema.clone()));
    (schema, batch)
}

fn strings<'b>(batch: &'b RecordBatch, column: &str) -> Vec<Option<&'b str>> {
    let c = batch.column_by_name(column).unwrap_or_else(|| panic!("no column {column}"));
    let c = c.as_string::<i32>();
    (0..c.len()).map(|i| c.is_valid(i).then(|| c.value(i))).collect()
}

fn u64s(batch: &RecordBatch, column: &str) -> Vec<Option<u64>> {
    let c = batch.column_by_name(column).unwrap_or_else(|| panic!("no column {column}"));
    let c = c.as_primitive::<UInt64Type>();
    (0..c.len()).map(|i| c.is_valid(i).then(|| c.value(i))).collect()
}

fn span(batch: &RecordBatch, row: usize, start: &str, end: &str) -> (usize, usize) {
    let s = u64s(batch, start)[row].expect("a start");
    let e = u64s(batch, end)[row].expect("an end");
    (usize::try_from(s).expect("fits"), usize::try_from(e).expect("fits"))
}

/// The source file of a `doc_id` (`PATH#index`).
fn source_of(doc_id: &str) -> String {
    let (path, _) = doc_id.rsplit_once('#').expect("PATH#index");
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("a seed")
}

#[test]
fn parquet_tables_agree_with_the_json_lines_and_the_csv() {
    let dir = temp_dir("parquet");
    let csv_dir = temp_dir("parquet-csv");
    let (out, csv_out) = (dir.to_string_lossy(), csv_dir.to_string_lossy());
    let inputs = ["corpus/docs", "tests/fixtures/empty.txt"];
    let (_, err, code) =
        run(&["extract", "--format", "parquet", "--output", &out, inputs[0], inputs[1]]);
    assert_eq!(code, 1, "one error record: {err}");
    assert!(err.contains("tables documents, deadlines"), "{err}");
    let (_, err, code) =
        run(&["extract", "-q", "--format", "csv", "--output", &csv_out, inputs[0], inputs[1]]);
    assert_eq!(code, 1, "{err}");
    let (jsonl, _, _) = run(&["extract", "-q", inputs[0], inputs[1]]);
    let records: Vec<Value> =
        jsonl.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    let docs: Vec<&Value> = records.iter().filter(|r| r.get("index").is_some()).collect();
    let count = |field: &str| -> usize {
        docs.iter().map(|r| r[field].as_array().map_or(0, Vec::len)).sum()
    };

    for table in Table::ALL {
        let (schema, batch) = read_parquet(&dir.join(format!("{}.parquet", table.name())));
        // The file's schema is the library's, column for column.
        let want = arrow::schema(table);
        let got: Vec<_> =
            schema.fields().iter().map(|f| (f.name(), f.data_type(), f.is_nullable())).collect();
        let expected: Vec<_> =
            want.fields().iter().map(|f| (f.name(), f.data_type(), f.is_nullable())).collect();
        assert_eq!(got, expected, "{}", table.name());
        let rows = match table {
            Table::Documents => docs.len(),
            Table::Errors => records.len() - docs.len(),
            Table::Warnings => count("warnings"),
            t => count(t.name()),
        };
        assert_eq!(batch.num_rows(), rows, "{}", table.name());
        // The same rows as the CSV table of the same run.
        let mut reader = csv::Reader::from_path(csv_dir.join(format!("{}.csv", table.name())))
            .expect("a CSV table");
        let first = table.columns()[0];
        let column = reader.headers().expect("a header").iter().position(|h| h == first);
        let csv_keys: Vec<String> = reader
            .records()
            .map(|r| r.expect("a row").get(column.expect("the key column")).unwrap_or("").into())
            .collect();
        let keys: Vec<String> =
            strings(&batch, first).into_iter().map(|k| k.unwrap_or("").to_owned()).collect();
        assert_eq!(keys, csv_keys, "{}", table.name());
    }
    assert_eq!(records.len() - docs.len(), 1, "the empty file's error record");

    // Deadlines: `source[span] == text` on every row, and known end dates.
    let (_, deadlines) = read_parquet(&dir.join("deadlines.parquet"));
    let ids = strings(&deadlines, "doc_id");
    let texts = strings(&deadlines, "text");
    for row in 0..deadlines.num_rows() {
        let source = source_of(ids[row].expect("a doc_id"));
        let (s, e) = span(&deadlines, row, "span_start", "span_end");
        assert_eq!(source.get(s..e), texts[row], "deadline row {row}");
    }
    let ends = deadlines
        .column_by_name("end")
        .expect("end")
        .as_primitive::<gongwen::corpus::arrow::arrow_array::types::Date32Type>();
    let ends: Vec<String> = (0..ends.len())
        .filter_map(|i| ends.value_as_date(i).filter(|_| ends.is_valid(i)))
        .map(|d| d.to_string())
        .collect();
    assert!(ends.iter().any(|d| d == "2014-05-31"), "{ends:?}");
    let json_ends: Vec<&str> = docs
        .iter()
        .flat_map(|r| r["deadlines"].as_array().into_iter().flatten())
        .filter_map(|d| d["end"].as_str())
        .collect();
    assert_eq!(ends, json_ends);

    // Documents: seed 003 is 湘办发电〔2014〕35号, with typed number parts.
    let (_, documents) = read_parquet(&dir.join("documents.parquet"));
    let ids = strings(&documents, "doc_id");
    let row = ids.iter().position(|id| id.is_some_and(|i| i.contains("003_"))).expect("003");
    assert_eq!(strings(&documents, "doc_number_code")[row], Some("湘办发电"));
    let year = documents.column_by_name("doc_number_year").expect("year");
    assert_eq!(year.as_primitive::<UInt16Type>().value(row), 2014);
    let serial = documents.column_by_name("doc_number_serial").expect("serial");
    assert_eq!(serial.as_primitive::<UInt32Type>().value(row), 35);
    assert_eq!(strings(&documents, "kind_zh")[row], Some("通知"));
    assert_eq!(strings(&documents, "id")[row], None, "no archive id: null");

    let (_, errors) = read_parquet(&dir.join("errors.parquet"));
    assert_eq!(strings(&errors, "kind"), [Some("empty")]);
    assert_eq!(strings(&errors, "source"), [Some("tests/fixtures/empty.txt")]);
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&csv_dir);
}

#[test]
fn parquet_is_refused_with_char_offsets_or_without_a_folder() {
    let (out, err, code) = run(&["extract", "--format", "parquet", "corpus/docs"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(err.contains("--output DIR"), "{err}");
    let dir = temp_dir("parquet-chars");
    let dir_arg = dir.to_string_lossy();
    let args = ["extract", "--format", "parquet", "--offsets", "chars", "-o", &dir_arg];
    let (_, err, code) = run(&[&args[..], &["corpus/docs"]].concat());
    assert_eq!(code, 2);
    assert!(err.contains("byte offsets only"), "{err}");
    assert!(!dir.exists(), "nothing written");
}

#[test]
fn links_table_agrees_with_the_json_lines() {
    let (jsonl, err, code) = run(&["link", "-q", "corpus/docs"]);
    assert_eq!(code, 0, "{err}");
    let links: Vec<Value> =
        jsonl.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert!(links.len() > 5, "the seeds link: {}", links.len());

    let dir = temp_dir("links");
    let out = dir.to_string_lossy();
    for format in ["parquet", "csv"] {
        let (_, err, code) = run(&["link", "--format", format, "--output", &out, "corpus/docs"]);
        assert_eq!(code, 0, "{err}");
        assert!(err.contains("links table written to"), "{err}");
    }
    let (schema, batch) = read_parquet(&dir.join("links.parquet"));
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    assert_eq!(names, link_table::columns());
    assert_eq!(batch.num_rows(), links.len());
    let mut csv = csv::Reader::from_path(dir.join("links.csv")).expect("links.csv");
    assert_eq!(csv.headers().expect("a header").iter().collect::<Vec<_>>(), names);
    assert_eq!(csv.records().count(), links.len());

    let (from, to, relation, evidence, to_source, to_title) = (
        strings(&batch, "from_doc_id"),
        strings(&batch, "to_doc_id"),
        strings(&batch, "relation"),
        strings(&batch, "evidence"),
        strings(&batch, "to_source"),
        strings(&batch, "to_title"),
    );
    let to_span_starts = u64s(&batch, "to_span_start");
    for (row, link) in links.iter().enumerate() {
        let want_from =
            format!("{}#{}", link["from"]["source"].as_str().unwrap_or("?"), link["from"]["index"]);
        assert_eq!(from[row], Some(want_from.as_str()), "link {row}");
        assert_eq!(relation[row], link["relation"].as_str(), "link {row}");
        assert_eq!(evidence[row], link["evidence"]["text"].as_str(), "link {row}");
        assert_eq!(to_source[row], link["to"]["source"].as_str(), "link {row}");
        assert_eq!(to_title[row], link["to"]["title"].as_str().filter(|_| to[row].is_none()));
        assert_eq!(to[row].is_some(), link["to"]["source"].is_string(), "link {row}");
        assert_eq!(to_span_starts[row], link["evidence"]["to_span"][0].as_u64(), "link {row}");
        // The evidence is the `from` source's text at its span.
        let source = source_of(from[row].expect("a from"));
        let (s, e) = span(&batch, row, "evidence_start", "evidence_end");
        assert_eq!(source.get(s..e), evidence[row], "link {row}");
    }
    assert!(relation.contains(&Some("reuses")) && relation.contains(&Some("forwards")));
    let _ = std::fs::remove_dir_all(&dir);
}
