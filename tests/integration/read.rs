//! Reading real archives: decoding fixtures, planning runs, JSON Lines.
//!
//! The fixtures in `tests/fixtures/` are written by `make_fixtures` below:
//! `cargo test --test integration read::make_fixtures -- --ignored`.
//!
//! The archive tests read `../shared/corpora/` and skip when it is absent;
//! from a worktree, where it is elsewhere, set `GONGWEN_CORPORA` to the folder.

use std::path::{Path, PathBuf};

use gongwen::corpus::{
    Encoding, Format, JsonlFields, LoadOptions, SourceDoc, Unit, decode, decode_vec, parse_date,
    plan, read_unit, records,
};
use gongwen::{Error, ErrorKind};
use proptest::prelude::*;

use crate::common::seed_text;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Byte offset in seed 003 of the 3-byte char the truncated fixture cuts in
/// half: the first 3-byte char at or after the middle of the file (汗).
fn truncation_point(seed: &str) -> usize {
    let middle = seed.len() / 2;
    seed.char_indices()
        .find(|&(i, c)| i >= middle && c.len_utf8() == 3)
        .map(|(i, _)| i)
        .expect("seed 003 has CJK after its middle")
}

/// The start of a PNG file: signature and the IHDR chunk (a NUL at byte 8).
const BINARY: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa";

const UTF16_TEXT: &str = "关于认真学习贯彻习近平总书记在河南省兰考县调研指导\
党的群众路线教育实践活动时讲话的通知\n湘办发电〔2014〕35号\n";

#[test]
#[ignore = "writes tests/fixtures/; run by hand when the fixtures must change"]
fn make_fixtures() {
    let seed = seed_text("003");
    let write = |name: &str, bytes: &[u8]| std::fs::write(fixture(name), bytes).expect("write");
    std::fs::create_dir_all(fixture("tree/a")).expect("mkdir");
    std::fs::create_dir_all(fixture("tree/b/sub")).expect("mkdir");

    write("003_gbk.txt", &encoding_rs::GB18030.encode(&seed).0);
    write("003_bom.txt", &[b"\xEF\xBB\xBF", seed.as_bytes()].concat());
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(UTF16_TEXT.encode_utf16().flat_map(u16::to_le_bytes));
    write("short_utf16le.txt", &utf16);
    let cut = truncation_point(&seed) + 2;
    write("003_truncated.txt", seed.as_bytes().get(..cut).expect("in bounds"));
    write("binary.txt", BINARY);
    write("empty.txt", b"");
    write(
        "records.jsonl",
        concat!(
            "{\"id\": \"law-1\", \"title\": \"甲\", \"date\": \"2020-05-14\", \"text\": \"第一条 为了规范口岸开放，制定本条例。\"}\n",
            "{\"id\": 2, \"date\": \"2014年3月19日\", \"text\": \"各市州、县市区委：现将有关事项通知如下。\"}\n",
            "{\"id\": \"law-3\", \"text\": \"第二条 本条例所称的口岸\", \"date\": \n",
            "\n",
            "{\"id\": \"law-4\", \"date\": \"2014\", \"text\": \"第三条 本市口岸开放，适用本条例。\"}\n",
        )
        .as_bytes(),
    );
    write("tree/a.txt", "甲".as_bytes());
    write("tree/a/x.txt", "乙".as_bytes());
    write("tree/b/2.txt", "丙".as_bytes());
    write("tree/b/1.TXT", "丁".as_bytes());
    write("tree/b/sub/z.txt", "戊".as_bytes());
    write("tree/b/notes.md", "not taken".as_bytes());
    write("tree/.hidden.txt", "hidden".as_bytes());
}

fn read_one(path: &Path) -> gongwen::Result<SourceDoc> {
    let opts = LoadOptions::default();
    let mut units = plan(&[path], &opts);
    assert_eq!(units.len(), 1);
    let unit = units.remove(0)?;
    let mut docs = read_unit(&unit, &opts);
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

#[test]
fn gbk_copy_decodes_to_the_seed() {
    let doc = read_one(&fixture("003_gbk.txt")).expect("decodes");
    assert_eq!(doc.encoding, Encoding::Gb18030);
    assert_eq!(doc.text, seed_text("003"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    assert!(doc.source.ends_with("tests/fixtures/003_gbk.txt"));
}

#[test]
fn bom_is_stripped() {
    let doc = read_one(&fixture("003_bom.txt")).expect("decodes");
    assert_eq!(doc.encoding, Encoding::Utf8);
    assert_eq!(doc.text, seed_text("003"));

    let bytes = std::fs::read(fixture("short_utf16le.txt")).expect("fixture");
    let d = decode(&bytes).expect("decodes");
    assert_eq!((d.encoding, d.bom), (Encoding::Utf16Le, true));
    assert_eq!(d.text, UTF16_TEXT);
    assert_eq!(serde_json::to_value(d.encoding).expect("serialises"), "UTF-16LE");
}

#[test]
fn truncated_utf8_keeps_utf8_with_one_replacement() {
    let seed = seed_text("003");
    let at = truncation_point(&seed);
    let doc = read_one(&fixture("003_truncated.txt")).expect("decodes");
    assert_eq!(doc.encoding, Encoding::Utf8);
    assert_eq!(doc.text.matches('\u{FFFD}').count(), 1);
    assert_eq!(doc.text, format!("{}\u{FFFD}", &seed[..at]));
    assert_eq!(doc.warnings, [format!("invalid UTF-8 at byte offset {at}: replaced with U+FFFD")]);
}

#[test]
fn bad_inputs_are_one_error_each_and_the_run_goes_on() {
    let opts = LoadOptions::default();
    let inputs = [
        fixture("003_gbk.txt"),
        fixture("binary.txt"),
        fixture("empty.txt"),
        fixture("no-such-file.txt"),
        fixture("003_bom.txt"),
    ];
    let results: Vec<gongwen::Result<SourceDoc>> = plan(&inputs, &opts)
        .into_iter()
        .flat_map(|unit| match unit {
            Ok(unit) => read_unit(&unit, &opts),
            Err(e) => vec![Err(e)],
        })
        .collect();
    let codes: Vec<&str> =
        results.iter().map(|r| r.as_ref().map_or_else(Error::code, |_| "ok")).collect();
    assert_eq!(codes, ["ok", "binary", "empty", "io", "ok"]);
    match results[1].as_ref().map_err(Error::kind) {
        Err(ErrorKind::Binary { path, offset }) => {
            assert_eq!((path, *offset), (&inputs[1], 8));
        }
        other => panic!("expected binary, got {other:?}"),
    }
    match results[3].as_ref().map_err(Error::kind) {
        Err(ErrorKind::Io { path, .. }) => assert_eq!(path, &inputs[3]),
        other => panic!("expected io, got {other:?}"),
    }
    assert_eq!(results[4].as_ref().map(|d| d.text.len()).ok(), Some(seed_text("003").len()));
}

#[test]
fn too_large_is_checked_before_reading() {
    let opts = LoadOptions { max_bytes: 1000, ..LoadOptions::default() };
    let path = fixture("003_gbk.txt");
    let unit = plan(&[&path], &opts).remove(0).expect("planned");
    let out = read_unit(&unit, &opts);
    let size = std::fs::metadata(&path).expect("fixture").len();
    match out[0].as_ref().map_err(Error::kind) {
        Err(ErrorKind::TooLarge { size: s, limit, .. }) => {
            assert_eq!((*s, *limit), (Some(size), 1000));
        }
        other => panic!("expected too_large, got {other:?}"),
    }
    assert_eq!(out[0].as_ref().err().map(Error::code), Some("too_large"));
}

#[test]
fn directories_are_walked_sorted_and_recursive() {
    let root = fixture("tree");
    let units = plan(&[&root], &LoadOptions::default());
    let paths: Vec<PathBuf> = units
        .iter()
        .map(|u| {
            let u = u.as_ref().expect("readable");
            assert_eq!(u.format, Format::Text);
            u.path().strip_prefix(&root).expect("under the root").to_path_buf()
        })
        .collect();
    let expected: Vec<PathBuf> = ["a/x.txt", "a.txt", "b/1.TXT", "b/2.txt", "b/sub/z.txt"]
        .iter()
        .map(PathBuf::from)
        .collect();
    assert_eq!(paths, expected);
    let texts: Vec<String> = units
        .iter()
        .flatten()
        .flat_map(|u| read_unit(u, &LoadOptions::default()))
        .map(|d| d.expect("reads").text)
        .collect();
    assert_eq!(texts, ["乙", "甲", "丁", "丙", "戊"]);
}

#[test]
fn jsonl_with_one_bad_line() {
    let opts = LoadOptions { jsonl: Some(JsonlFields::default()), ..LoadOptions::default() };
    let path = fixture("records.jsonl");
    let units = plan(&[&path], &opts);
    let unit: &Unit = units[0].as_ref().expect("planned");
    assert_eq!(unit.format, Format::Jsonl);
    let out = read_unit(unit, &opts);
    assert_eq!(out.len(), 4, "blank line skipped");
    let good: Vec<&SourceDoc> = out.iter().flatten().collect();
    let ids: Vec<Option<&str>> = good.iter().map(|d| d.id.as_deref()).collect();
    assert_eq!(ids, [Some("law-1"), Some("2"), Some("law-4")]);
    let dates: Vec<String> =
        good.iter().map(|d| d.date.map(|d| d.to_string()).unwrap_or_default()).collect();
    assert_eq!(dates, ["2020-05-14", "2014-03-19", "2014-01-01"]);
    assert_eq!(good[0].text, "第一条 为了规范口岸开放，制定本条例。");
    assert_eq!(good[2].source, format!("{}#L5", path.display()));
    assert_eq!(good[2].line, Some(5));
    assert_eq!(good[1].meta().id.as_deref(), Some("2"));
    assert_eq!(good[1].meta().date, good[1].date);
    let errors: Vec<&Error> = out.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code(), "record");
    assert!(matches!(errors[0].kind(), ErrorKind::Record { line: 3, .. }), "{:?}", errors[0]);

    // Without the option the archive is one text file.
    let units = plan(&[&path], &LoadOptions::default());
    assert_eq!(units[0].as_ref().map(|u| u.format).ok(), Some(Format::Text));
}

#[test]
fn laws_archive_streams_every_record() {
    let Some(path) = corpus_file("laws.jsonl") else { return };
    let opts = LoadOptions { jsonl: Some(JsonlFields::default()), ..LoadOptions::default() };
    let units = plan(&[&path], &opts);
    let unit = units[0].as_ref().expect("planned");
    let (mut count, mut dated, mut bytes) = (0usize, 0usize, 0usize);
    let mut empty_lines = Vec::new();
    for record in records(unit, &opts) {
        count += 1;
        let doc = match record {
            Ok(doc) => doc,
            // Four laws in the archive have an empty `text` (their body is only in `header`).
            Err(e) => match e.kind() {
                ErrorKind::Record { line, reason, .. } if reason == "field `text` is empty" => {
                    empty_lines.push(*line);
                    continue;
                }
                _ => panic!("{e}"),
            },
        };
        assert!(doc.warnings.is_empty(), "{}: {:?}", doc.source, doc.warnings);
        assert!(doc.id.is_some(), "{}", doc.source);
        dated += usize::from(doc.date.is_some());
        bytes += doc.text.len();
    }
    assert_eq!(count, 3475);
    assert_eq!(empty_lines, [956, 1851, 1853, 1856]);
    // 314 records have a null date; none of the four empty ones is among them.
    assert_eq!(dated, 3475 - 314 - 4);
    assert!(bytes > 40 << 20, "{bytes} bytes of text");
}

/// A shared corpus file, from `../shared/corpora` or `$GONGWEN_CORPORA`;
/// `None` (reported as `SKIPPED`) when absent.
fn corpus_file(name: &str) -> Option<PathBuf> {
    crate::common::shared_corpus_or_skip(name)
}

#[test]
fn other_archives_stream_with_their_own_fields() {
    // (file, text field, date field, records, dated records)
    let rows = [
        ("government_work_reports.jsonl", "content", "year", 72, 52),
        ("xwlb.jsonl", "text", "date", 1423, 1423),
    ];
    for (name, text, date, expected, expected_dated) in rows {
        let Some(path) = corpus_file(name) else { continue };
        let opts = LoadOptions {
            jsonl: Some(JsonlFields { date: Some(date.into()), ..JsonlFields::new(text) }),
            ..LoadOptions::default()
        };
        let unit = plan(&[&path], &opts).remove(0).expect("planned");
        let docs: Vec<SourceDoc> =
            records(&unit, &opts).map(|r| r.unwrap_or_else(|e| panic!("{e}"))).collect();
        assert_eq!(docs.len(), expected, "{name}");
        assert_eq!(docs.iter().filter(|d| d.date.is_some()).count(), expected_dated, "{name}");
        assert!(docs.iter().all(|d| d.warnings.is_empty()), "{name}");
    }
}

#[cfg(unix)]
#[test]
fn symlinked_directories_are_not_followed() {
    use std::os::unix::fs::symlink;
    let root = std::env::temp_dir().join(format!("gongwen-read-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("d")).expect("mkdir");
    std::fs::write(root.join("d/a.txt"), "通知").expect("write");
    symlink(root.join("d"), root.join("d/loop")).expect("symlink");
    symlink(root.join("d/a.txt"), root.join("link.txt")).expect("symlink");
    let units = plan(&[&root], &LoadOptions::default());
    let paths: Vec<PathBuf> =
        units.into_iter().map(|u| u.expect("readable").path().to_path_buf()).collect();
    assert_eq!(paths, [root.join("d/a.txt"), root.join("link.txt")]);
    let _ = std::fs::remove_dir_all(&root);
}

proptest! {
    #[test]
    fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let a = decode(&bytes);
        let b = decode_vec(bytes.clone());
        prop_assert_eq!(&a, &b);
        if let Ok(d) = a {
            prop_assert!(!d.text.trim().is_empty());
            prop_assert!(d.replaced.iter().all(|&o| o < bytes.len()));
            prop_assert_eq!(d.text.matches('\u{FFFD}').count() >= d.replaced.len(), true);
        }
    }

    #[test]
    fn decode_never_panics_on_text_like_bytes(
        s in "[\\x00-\\x7f一-龥，。、\u{3000}]{0,60}",
        cut in 0usize..200,
        flip in any::<u8>(),
    ) {
        // Chinese text, damaged: cut short and one byte overwritten.
        let mut bytes = s.into_bytes();
        bytes.truncate(cut);
        if let Some(b) = bytes.get_mut(cut / 2) { *b = flip; }
        let _ = decode(&bytes);
        let gbk = encoding_rs::GB18030.encode(std::str::from_utf8(&bytes).unwrap_or("")).0.into_owned();
        let _ = decode(&gbk);
    }

    #[test]
    fn valid_utf8_round_trips(s in "\\PC{1,80}") {
        prop_assume!(!s.trim().is_empty() && !s.starts_with('\u{feff}'));
        prop_assume!(!s.chars().any(|c| c.is_control()));
        let d = decode(s.as_bytes()).expect("valid UTF-8 decodes");
        prop_assert_eq!(d.encoding, Encoding::Utf8);
        prop_assert_eq!(d.text, s);
    }

    #[test]
    fn parse_date_never_panics(s in "\\PC{0,20}") {
        let _ = parse_date(&s);
    }
}

#[test]
fn every_seed_round_trips_through_gb18030() {
    for seed in ["001", "002", "003", "004"] {
        let text = seed_text(seed);
        let d = decode(&encoding_rs::GB18030.encode(&text).0).expect("decodes");
        assert_eq!(d.encoding, Encoding::Gb18030, "{seed}");
        assert_eq!(d.text, text, "{seed}");
        // Prefixes: detection on short texts (the first lines of each seed).
        for chars in [40, 80, 160, 320] {
            let prefix: String = text.chars().take(chars).collect();
            let d = decode(&encoding_rs::GB18030.encode(&prefix).0).expect("decodes");
            assert_eq!(d.encoding, Encoding::Gb18030, "{seed}, {chars} chars");
            assert_eq!(d.text, prefix, "{seed}, {chars} chars");
        }
        let big5 = encoding_rs::BIG5.encode(&text).0;
        assert_eq!(decode(&big5).map(|d| d.encoding), Ok(Encoding::Big5), "{seed} in Big5");
    }
}
