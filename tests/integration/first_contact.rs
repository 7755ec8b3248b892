//! What a new user meets on a first run (issue 9): each slip gets a message
//! that says what to do, and a non-zero exit where nothing was done.

use std::path::PathBuf;

/// Run the binary; stdout, stderr and the exit code.
fn gongwen(args: &[&str]) -> (String, String, i32) {
    crate::common::run_gongwen(args)
}

/// A fresh, empty folder under the system's temporary folder.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongwen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary folder");
    dir
}

#[test]
fn jsonl_without_jsonl_text_names_the_string_fields() {
    let (out, err, code) = gongwen(&["extract", "tests/fixtures/archive.jsonl"]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "nothing analysed: {out}");
    assert!(err.contains("without --jsonl-text it would be analysed as one document"), "{err}");
    assert!(err.contains("--jsonl-text FIELD"), "{err}");
    // The longest string field (the text) is offered first.
    assert!(err.contains("longest first: body, name"), "{err}");
}

#[test]
fn misspelt_jsonl_fields_are_named_with_the_fields_that_exist() {
    let (out, err, code) = gongwen(&[
        "extract",
        "--jsonl-text",
        "body",
        "--jsonl-date",
        "date",
        "tests/fixtures/archive.jsonl",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("--jsonl-date \"date\": no field `date`"), "{err}");
    assert!(err.contains("fields are: body, name, org, pub, rid, wh"), "{err}");

    let (_, err, code) =
        gongwen(&["extract", "--jsonl-text", "txt", "tests/fixtures/records.jsonl"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--jsonl-text \"txt\""), "{err}");
    assert!(err.contains("fields are: date, id, text, title"), "{err}");

    let (_, err, code) = gongwen(&[
        "extract",
        "-q",
        "--jsonl-text",
        "body",
        "--jsonl-issuer",
        "org",
        "tests/fixtures/archive.jsonl",
    ]);
    assert_eq!(code, 0, "present fields pass: {err}");
}

#[test]
fn a_folder_without_txt_suggests_ext() {
    let dir = scratch("no-txt");
    for name in ["a.md", "b.md", "c.html"] {
        std::fs::write(dir.join(name), "关于做好工作的通知").expect("write");
    }
    let path = dir.to_string_lossy().into_owned();
    let (out, err, code) = gongwen(&["extract", &path]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("holds no .txt file (it holds 2 .md, 1 .html)"), "{err}");
    assert!(err.contains("give --ext md"), "{err}");
    let (out, err, code) = gongwen(&["extract", "-q", "--ext", "md", &path]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 2);

    // Beside a folder that has inputs, an empty one is a warning only.
    let (out, err, code) = gongwen(&["extract", &path, "corpus/docs/003_63d90eecb302d396.txt"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning:") && err.contains("--ext md"), "{err}");
    assert_eq!(out.lines().count(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn subcommands_offer_only_the_options_they_use() {
    for (sub, option) in [
        ("segment", "--date"),
        ("link", "--offsets"),
        ("chain", "--offsets"),
        ("segment", "--format"),
        ("chain", "--format"),
    ] {
        let (_, help, code) = gongwen(&[sub, "--help"]);
        assert_eq!(code, 0);
        let _ = help;
        let (help, _, _) = gongwen(&[sub, "--help"]);
        assert!(!help.contains(option), "{sub} offers {option}:\n{help}");
        let (_, err, code) = gongwen(&[sub, option, "x", "corpus/docs"]);
        assert_eq!(code, 2, "{sub} {option} is refused");
        assert!(err.contains("unexpected argument"), "{err}");
    }
    let (help, _, _) = gongwen(&["extract", "--help"]);
    for option in ["--date", "--offsets", "--format", "--jsonl-text", "--ext"] {
        assert!(help.contains(option), "extract lacks {option}");
    }
    // `link --format csv|parquet` writes the links table (issue 9).
    let (help, _, _) = gongwen(&["link", "--help"]);
    assert!(help.contains("--format") && help.contains("parquet"), "{help}");
}

#[test]
fn chain_finds_the_document_however_its_path_is_spelt() {
    let direct =
        gongwen(&["chain", "--doc", "corpus/docs/001_511e2be2b8386667.txt", "corpus/docs"]);
    assert_eq!(direct.2, 0, "{}", direct.1);
    assert_eq!(direct.0.lines().count(), 2, "{}", direct.0);
    // The summary counts the chain, not every link of the inputs.
    assert!(direct.1.contains(", 2 links in the chain,"), "{}", direct.1);
    let absolute = format!("{}/corpus/docs/001_511e2be2b8386667.txt", env!("CARGO_MANIFEST_DIR"));
    for doc in [
        "./corpus/docs/001_511e2be2b8386667.txt",
        "corpus//docs/../docs/001_511e2be2b8386667.txt#0",
        &absolute,
    ] {
        let (out, err, code) = gongwen(&["chain", "-q", "--doc", doc, "./corpus/docs/"]);
        assert_eq!(code, 0, "{doc}: {err}");
        let numbers = |out: &str| -> Vec<String> {
            out.lines()
                .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON"))
                .map(|l| l["to"]["doc_number"].to_string())
                .collect()
        };
        assert_eq!(numbers(&out), numbers(&direct.0), "{doc}");
    }
    let (_, err, code) =
        gongwen(&["chain", "-q", "--doc", "corpus/docs/nothing.txt", "corpus/docs"]);
    assert_eq!(code, 2);
    assert!(err.contains("no document"), "{err}");
}

#[test]
fn table_format_has_a_header_kinds_in_words_and_findings() {
    let (out, err, code) = gongwen(&["extract", "-q", "--format", "table", "corpus/docs"]);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    let header = lines.next().expect("a header row");
    for column in ["文档", "文种", "发文字号", "成文日期", "标题"] {
        assert!(header.contains(column), "{header}");
    }
    let doc = out.lines().find(|l| l.contains("003_63d90eecb302d396.txt#0")).expect("003 row");
    assert!(
        doc.contains("通知") && doc.contains("湘办发电〔2014〕35号") && doc.contains("2014-03-19"),
        "{doc}"
    );
    assert!(out.lines().any(|l| l.contains("讲话")), "001 is a speech");
    // Findings themselves: a deadline's date, a quota's comparator, value and unit.
    assert!(
        out.lines().any(|l| l.trim_start().starts_with("期限") && l.contains("2014-05-31")),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.trim_start().starts_with("指标") && l.contains(">= 1次")),
        "{out}"
    );
    assert!(out.lines().any(|l| l.trim_start().starts_with("提法") && l.contains("四风")), "{out}");
    // Nothing from a document reaches the terminal raw.
    assert!(!out.contains('\u{1b}'));
}

/// One line for the whole run when the shared corpora are absent: the tests
/// that need them report `SKIPPED <test>` each (see `common::shared_corpus_or_skip`).
#[test]
fn shared_corpora_status() {
    let dir = crate::common::corpora_dir();
    let names = ["laws.jsonl", "xwlb.jsonl", "government_work_reports.jsonl", "doc_numbers.jsonl"];
    let absent: Vec<&str> = names.iter().copied().filter(|n| !dir.join(n).exists()).collect();
    if !absent.is_empty() && crate::common::shared_corpus(absent[0]).is_none() {
        crate::common::report_skip(&format!(
            "the tests that read {} in {} are skipped (set GONGWEN_CORPORA)",
            absent.join(", "),
            dir.display()
        ));
    }
}
