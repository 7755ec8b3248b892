//! Smoke tests of the `gongwen` binary on real files: the contract's records,
//! error records beside good ones, encodings.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn gongwen(args: &[&str]) -> (Vec<Value>, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("gongwen runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let records = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
        .collect();
    (records, String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code().unwrap_or(-1))
}

fn text_of(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("readable")
}

#[test]
fn extract_on_the_corpus_gives_the_header_fields() {
    let (records, stderr, code) = gongwen(&["extract", "corpus/docs"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("4 documents, 5 records, 0 errors"), "{stderr}");
    let by = |file: &str, index: u64| {
        records
            .iter()
            .find(|r| r["source"].as_str().is_some_and(|s| s.contains(file)) && r["index"] == index)
            .unwrap_or_else(|| panic!("no record {file}#{index}"))
    };
    let r001 = by("001_", 0);
    assert_eq!(r001["kind"], "speech");
    assert_eq!(r001["date"]["value"], "2014-04-08");
    let r002 = by("002_", 0);
    assert_eq!(r002["kind"], "news");
    assert_eq!(r002["date"], Value::Null);

    let r003 = by("003_", 0);
    assert_eq!(r003["encoding"], "UTF-8");
    assert_eq!(r003["kind"], "notice");
    assert_eq!(r003["issuer"]["text"], "中共湖南省委办公厅");
    assert_eq!(r003["doc_number"]["text"], "湘办发电〔2014〕35号");
    assert_eq!(r003["doc_number"]["code"], "湘办发电");
    assert_eq!(r003["doc_number"]["year"], 2014);
    assert_eq!(r003["doc_number"]["serial"], 35);
    assert_eq!(r003["date"]["value"], "2014-03-19");
    let urgency: Vec<&str> = r003["urgency"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|u| u["text"].as_str())
        .collect();
    assert_eq!(urgency, ["特提", "明电"]);
    let title = r003["title"]["text"].as_str().expect("title");
    assert!(title.starts_with("关于认真学习贯彻习近平总书记") && title.ends_with("讲话的通知"));
    let recipients = r003["recipients"].as_array().expect("array");
    assert_eq!(recipients.first().and_then(|r| r["text"].as_str()), Some("各市州、县市区委"));
    assert_eq!(recipients.last().and_then(|r| r["text"].as_str()), Some("省委各督导组"));

    let r004a = by("004_", 0);
    assert_eq!(r004a["doc_number"]["text"], "郑群办发〔2014〕21号");
    assert_eq!(r004a["date"]["value"], "2014-03-22");
    assert_eq!(r004a["forwarding"], true);
    let r004b = by("004_", 1);
    assert_eq!(r004b["doc_number"]["code"], "豫群办发");
    assert_eq!(r004b["doc_number"]["serial"], 5);
    assert_eq!(r004b["date"]["value"], "2014-03-14");
    assert_eq!(r004b["recipients"].as_array().map(Vec::len), Some(3));
    // The forwarded document's deadlines resolve against its own date.
    let ends: Vec<&str> = r004b["deadlines"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["end"].as_str())
        .collect();
    assert!(ends.contains(&"2014-03-20") && ends.contains(&"2014-05-31"), "{ends:?}");
}

#[test]
fn every_span_in_the_output_slices_its_source() {
    let (records, _, _) = gongwen(&["extract", "corpus/docs"]);
    let mut seen = 0;
    for r in &records {
        let source = text_of(r["source"].as_str().expect("source"));
        seen += crate::common::check_spans(r, &source);
    }
    assert!(seen > 500, "only {seen} items checked");
}

#[test]
fn gbk_copy_gives_the_same_fields() {
    let (records, stderr, code) = gongwen(&["extract", "tests/fixtures/003_gbk.txt"]);
    assert_eq!(code, 0, "{stderr}");
    let (utf8, _, _) = gongwen(&["extract", "corpus/docs/003_63d90eecb302d396.txt"]);
    assert_eq!(records[0]["encoding"], "GB18030");
    for field in ["kind", "issuer", "doc_number", "title", "date", "recipients", "urgency"] {
        assert_eq!(records[0][field], utf8[0][field], "{field}");
    }
}

#[test]
fn bad_files_give_error_records_and_good_files_still_come_out() {
    let (records, stderr, code) = gongwen(&[
        "extract",
        "tests/fixtures/binary.txt",
        "tests/fixtures/empty.txt",
        "tests/fixtures/no_such_file.txt",
        "tests/fixtures/003_truncated.txt",
        "corpus/docs/003_63d90eecb302d396.txt",
    ]);
    assert_eq!(code, 1, "error records make exit status 1: {stderr}");
    let kinds: Vec<&str> = records.iter().filter_map(|r| r["error"]["kind"].as_str()).collect();
    assert_eq!(kinds, ["binary", "empty", "io"]);
    assert_eq!(records[2]["source"], "tests/fixtures/no_such_file.txt");
    let truncated = &records[3];
    assert_eq!(truncated["doc_number"]["text"], "湘办发电〔2014〕35号");
    assert!(
        truncated["warnings"]
            .as_array()
            .expect("array")
            .iter()
            .any(|w| w.as_str().is_some_and(|w| w.starts_with("invalid UTF-8 at byte offset"))),
        "{truncated}"
    );
    assert_eq!(records[4]["date"]["value"], "2014-03-19");
}

#[test]
fn char_offsets_on_request() {
    let (bytes, _, _) = gongwen(&["extract", "corpus/docs/003_63d90eecb302d396.txt"]);
    let (chars, _, _) =
        gongwen(&["extract", "--offsets", "chars", "corpus/docs/003_63d90eecb302d396.txt"]);
    let source = text_of("corpus/docs/003_63d90eecb302d396.txt");
    let b = &bytes[0]["doc_number"]["span"];
    let c = &chars[0]["doc_number"]["span"];
    let start = b[0].as_u64().expect("start") as usize;
    assert_eq!(c[0].as_u64().map(|x| x as usize), Some(source[..start].chars().count()));
}

#[test]
fn segment_keeps_document_numbers_whole() {
    let (records, stderr, code) = gongwen(&["segment", "corpus/docs/004_e907807627828fc0.txt"]);
    assert_eq!(code, 0, "{stderr}");
    let tokens: Vec<&str> = records[0]["tokens"]
        .as_array()
        .expect("tokens")
        .iter()
        .filter_map(|t| t["text"].as_str())
        .collect();
    for whole in
        ["郑群办发〔2014〕21号", "豫群办发〔2014〕5号", "中办发〔2014〕4号", "四风", "六问六带头"]
    {
        assert!(tokens.contains(&whole), "{whole} not one token");
    }
}

#[test]
fn jsonl_archives_give_one_record_per_line() {
    let (records, stderr, code) =
        gongwen(&["extract", "--jsonl-text", "text", "tests/fixtures/records.jsonl"]);
    assert_eq!(code, 1, "the fixture has one bad line: {stderr}");
    assert!(records.iter().any(|r| r["error"]["kind"] == "record"));
    assert!(records.iter().filter(|r| r.get("index").is_some()).count() >= 3);
}

#[test]
fn standard_input_is_read_as_one_text() {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["extract", "--date", "2014-03-14", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("gongwen runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("整顿工作原则上5月底结束。".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("finishes");
    let line: Value = serde_json::from_slice(&out.stdout).expect("one JSON record");
    assert_eq!(line["source"], "-");
    assert_eq!(line["deadlines"][0]["end"], "2014-05-31");
}

#[test]
fn link_and_chain_on_the_seeds() {
    let (links, stderr, code) = gongwen(&["link", "corpus/docs"]);
    assert_eq!(code, 0, "{stderr}");
    let forwards = links
        .iter()
        .find(|l| l["relation"] == "forwards" && l["from"]["doc_number"] == "郑群办发〔2014〕21号")
        .expect("004#0 forwards");
    assert_eq!(forwards["to"]["doc_number"], "豫群办发〔2014〕5号");
    assert_eq!(forwards["to"]["index"], 1);
    // The 2023 news report links to nothing from 2014.
    assert!(links.iter().all(|l| {
        let s = |e: &Value| e["source"].as_str().is_some_and(|s| s.contains("002_"));
        !s(&l["from"]) && !s(&l["to"])
    }));
    let (chain, _, code) =
        gongwen(&["chain", "--doc", "corpus/docs/001_511e2be2b8386667.txt", "corpus/docs", "-q"]);
    assert_eq!(code, 0);
    assert_eq!(chain[0]["to"]["doc_number"], "湘办发电〔2014〕35号");
    assert_eq!(chain[1]["to"]["doc_number"], "群办发〔2014〕4号");
}

fn gongwen_text(args: &[&str]) -> (String, String, i32) {
    crate::common::run_gongwen(args)
}

#[test]
fn eval_prints_a_table_and_json() {
    let (table, stderr, code) = gongwen_text(&["eval", "corpus/seeds", "--errors", "1"]);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "annotated set: 4 files, meta dates on");
    assert!(lines[1].starts_with("structure        P="), "{table}");
    assert!(table.contains("\nstructure fields: doc_number="), "{table}");
    assert!(table.contains("\ndirectives "), "{table}");

    let (json, stderr, code) = gongwen_text(&["eval", "corpus/seeds", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let v: Value = serde_json::from_str(&json).expect("one JSON object");
    assert_eq!(v["files"], 4);
    assert!(v["categories"]["quotas"]["f1"].as_f64().is_some(), "{v}");

    let (_, stderr, code) = gongwen_text(&["eval", "no/such/dir"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no/such/dir"), "{stderr}");
}

#[test]
fn issue_8_archive_fields_fill_what_the_text_does_not_state() {
    let (records, stderr, code) = gongwen(&[
        "extract",
        "-q",
        "--jsonl-text",
        "body",
        "--jsonl-id",
        "rid",
        "--jsonl-date",
        "pub",
        "--jsonl-title",
        "name",
        "--jsonl-doc-number",
        "wh",
        "--jsonl-issuer",
        "org",
        "tests/fixtures/archive.jsonl",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(records.len(), 2);
    // Body only: the archive's title, 文号 and issuer, with no span.
    let r = &records[0];
    assert_eq!(r["title"]["text"], "四川省人民政府办公厅关于开展政策措施落实情况自查的通知");
    assert_eq!(r["title"]["span"], Value::Null);
    assert_eq!(r["title"]["from_meta"], true);
    assert_eq!(r["doc_number"]["code"], "川办发");
    assert_eq!(r["doc_number"]["serial"], 40);
    assert_eq!(r["doc_number"]["from_meta"], true);
    assert_eq!(r["issuer"]["text"], "四川省人民政府办公厅");
    // The text states its own header: the archive never overrides it.
    let r = &records[1];
    assert_eq!(r["title"]["text"], "关于加强安全管理的通知");
    assert_eq!(r["title"]["from_meta"], Value::Null);
    assert_eq!(r["doc_number"]["serial"], 3);
    assert_eq!(r["issuer"]["text"], "某市人民政府");
}

#[test]
fn issue_11_segment_records_carry_the_archive_id() {
    let (out, stderr, code) = crate::common::run_gongwen(&[
        "segment",
        "-q",
        "--jsonl-text",
        "body",
        "--jsonl-id",
        "rid",
        "tests/fixtures/archive.jsonl",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let first: Value = serde_json::from_str(out.lines().next().unwrap_or("{}")).expect("JSON");
    assert_eq!(first["id"], "a1", "{first}");
}

#[test]
fn issue_11_kept_fields_and_archive_ids_on_every_record() {
    let archive = "tests/fixtures/archive_keep.jsonl";
    let jsonl = ["--jsonl-text", "body", "--jsonl-id", "rid", "--jsonl-date", "pub"];
    let mut args = vec!["extract", "-q"];
    args.extend(jsonl);
    args.extend(["--jsonl-title", "name", "--jsonl-doc-number", "wh"]);
    args.extend(["--jsonl-keep", "level", "--jsonl-keep", "region", archive]);
    let (records, stderr, code) = gongwen(&args);
    assert_eq!(code, 1, "one record has an empty text: {stderr}");
    assert_eq!(records.len(), 3, "{records:?}");
    // Kept fields are copied as they are, nested values included.
    assert_eq!(records[0]["id"], "p1");
    assert_eq!(records[0]["meta"]["level"], "省级");
    assert_eq!(records[0]["meta"]["region"]["code"], 510000);
    // The archive's date fills the date the text does not state, with no
    // `no date found` warning; a text that states its date keeps it.
    assert_eq!(records[0]["date"]["value"], "2014-06-10");
    assert_eq!(records[0]["date"]["from_meta"], true);
    assert_eq!(records[0]["date"]["span"], Value::Null);
    assert!(!records[0]["warnings"].to_string().contains("no date found"), "{}", records[0]);
    assert_eq!(records[2]["date"]["text"], "2014年6月20日");
    assert_eq!(records[2]["date"]["from_meta"], Value::Null);
    // The error record of the empty text names its archive id.
    assert_eq!(records[1]["error"]["kind"], "record");
    assert_eq!(records[1]["id"], "p2");
    assert_eq!(records[2]["meta"]["level"], "市级");
    assert_eq!(records[2]["meta"]["region"], Value::Null);

    // Link and chain records name the archive ids of both ends.
    let mut args = vec!["link", "-q"];
    args.extend(jsonl);
    args.extend(["--jsonl-doc-number", "wh", "--jsonl-title", "name", archive]);
    let (links, stderr, code) = gongwen(&args);
    assert_eq!(code, 1, "{stderr}");
    let forward = links
        .iter()
        .find(|l| l["relation"] == "forwards")
        .unwrap_or_else(|| panic!("a forwards link: {links:?}"));
    assert_eq!(forward["from"]["id"], "p3", "{forward}");
    assert_eq!(forward["to"]["id"], "p1", "{forward}");
    let mut args = vec!["chain", "-q", "--doc", "p3"];
    args.extend(jsonl);
    args.extend(["--jsonl-doc-number", "wh", "--jsonl-title", "name", archive]);
    let (chain, stderr, _) = gongwen(&args);
    assert_eq!(chain.len(), 1, "{stderr}");
    assert_eq!(chain[0]["to"]["id"], "p1");
}

#[test]
fn issue_9_shards_together_give_the_records_of_one_run() {
    let inputs = ["corpus/docs", "tests/fixtures/archive_keep.jsonl", "no/such/file.txt"];
    let run = |shard: Option<&str>| {
        let mut args = vec!["extract", "-q", "--jsonl-text", "body", "--jsonl-id", "rid"];
        if let Some(s) = shard {
            args.extend(["--shard", s]);
        }
        args.extend(inputs);
        let (out, stderr, _) = crate::common::run_gongwen(&args);
        assert!(!stderr.contains("panicked"), "{stderr}");
        out.lines().map(str::to_owned).collect::<Vec<String>>()
    };
    let mut whole = run(None);
    // 4 seeds give 5 records, the archive 2 records and 1 error, plus the missing file.
    assert_eq!(whole.len(), 9, "{whole:#?}");
    let parts: Vec<Vec<String>> = ["1/3", "2/3", "3/3"].iter().map(|s| run(Some(s))).collect();
    assert!(parts.iter().all(|p| !p.is_empty() && p.len() < whole.len()), "{parts:#?}");
    let mut joined: Vec<String> = parts.concat();
    whole.sort();
    joined.sort();
    assert_eq!(joined, whole);

    let (_, stderr, code) =
        crate::common::run_gongwen(&["extract", "--shard", "4/3", "corpus/docs"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("K/N"), "{stderr}");
}

#[test]
fn issue_9_link_reads_the_part_files_of_a_sharded_run() {
    let dir = std::env::temp_dir().join(format!("gongwen-parts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let jsonl = ["--jsonl-text", "body", "--jsonl-id", "rid", "--jsonl-date", "pub"];
    let inputs = ["corpus/docs", "tests/fixtures/archive_keep.jsonl"];
    let mut parts = Vec::new();
    for k in ["1/2", "2/2"] {
        let part = dir.join(format!("part-{}.jsonl", &k[..1]));
        let part_arg = part.to_string_lossy().into_owned();
        let mut args = vec!["extract", "-q", "--shard", k, "-o", &part_arg];
        args.extend(jsonl);
        args.extend(inputs);
        let (_, stderr, _) = crate::common::run_gongwen(&args);
        assert!(part.exists(), "{stderr}");
        parts.push(part_arg);
    }
    let mut direct = vec!["link", "-q"];
    direct.extend(jsonl);
    direct.extend(inputs);
    let (want, stderr, _) = crate::common::run_gongwen(&direct);
    assert!(want.lines().count() >= 15, "the seeds alone give 15 links: {stderr}");
    // The parts in any order give the links of one run over the inputs, byte for byte.
    let mut from_parts = vec!["link", "-q", "--records"];
    from_parts.extend(jsonl);
    from_parts.extend([parts[1].as_str(), parts[0].as_str()]);
    let (got, stderr, code) = crate::common::run_gongwen(&from_parts);
    assert_eq!(code, 1, "the archive's empty record is an error record in a part: {stderr}");
    assert_eq!(got, want);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn issue_11_date_option_resolves_deadlines_but_is_no_document_date() {
    let dir = std::env::temp_dir().join(format!("gongwen-refdate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("body.txt");
    std::fs::write(&file, "各县区要在4月底前完成自查。\n").expect("write");
    let path = file.to_string_lossy().into_owned();
    let (records, stderr, code) = gongwen(&["extract", "-q", "--date", "2020-01-01", &path]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(records[0]["deadlines"][0]["end"], "2020-04-30");
    assert_eq!(records[0]["date"], Value::Null);
    assert!(records[0]["warnings"].to_string().contains("no date found"), "{}", records[0]);
    std::fs::remove_dir_all(&dir).ok();
}
