//! Shared helpers for the integration tests.

#![allow(dead_code, reason = "each area uses its own subset")]

use std::path::{Path, PathBuf};

/// Run the `gongwen` binary in the project folder: standard output,
/// standard error (both lossy UTF-8) and the exit code (-1 when killed).
pub fn run_gongwen(args: &[&str]) -> (String, String, i32) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("gongwen runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// The project's bundled corpus folder.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Path of a seed document in `corpus/docs/` by its number prefix (`"003"`).
pub fn seed_path(prefix: &str) -> PathBuf {
    let dir = corpus_dir().join("docs");
    std::fs::read_dir(&dir)
        .expect("corpus/docs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
        .unwrap_or_else(|| panic!("no seed {prefix} in {}", dir.display()))
}

/// The text of a seed document.
pub fn seed_text(prefix: &str) -> String {
    std::fs::read_to_string(seed_path(prefix)).expect("seed is UTF-8")
}

/// A file of the shared real-text corpora (`../shared/corpora/NAME`), or
/// `None` when that folder is absent (tests then skip).
pub fn shared_corpus(name: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora").join(name);
    p.exists().then_some(p)
}

/// The folder the shared corpora are looked for in: `$GONGWEN_CORPORA`, else
/// `../shared/corpora` next to the checkout.
pub fn corpora_dir() -> PathBuf {
    std::env::var_os("GONGWEN_CORPORA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora"),
        PathBuf::from,
    )
}

/// A shared corpus file (`../shared/corpora/NAME` or `$GONGWEN_CORPORA/NAME`),
/// or `None` after writing `SKIPPED <test>: …` to the real standard error,
/// past the test harness's capture, so that `cargo test` shows which tests
/// did not run (libtest has no way for a test to mark itself skipped).
pub fn shared_corpus_or_skip(name: &str) -> Option<PathBuf> {
    if let Some(p) = shared_corpus(name) {
        return Some(p);
    }
    let p = corpora_dir().join(name);
    if p.exists() {
        return Some(p);
    }
    report_skip(&format!("{} is absent (set GONGWEN_CORPORA)", p.display()));
    None
}

/// Write `SKIPPED <test name>: why` straight to standard error.
pub fn report_skip(why: &str) {
    use std::io::Write as _;
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    let _ = writeln!(std::io::stderr().lock(), "SKIPPED {test}: {why}");
}

/// Walk a JSON record and check that every object with `text` and `span`
/// satisfies `source[span] == text`; returns how many items were checked.
pub fn check_spans(v: &serde_json::Value, source: &str) -> usize {
    use serde_json::Value;
    match v {
        Value::Object(m) => {
            let mut n = 0;
            if let (Some(text), Some(Value::Array(span))) =
                (m.get("text").and_then(Value::as_str), m.get("span"))
            {
                let s = span[0].as_u64().expect("start") as usize;
                let e = span[1].as_u64().expect("end") as usize;
                assert_eq!(source.get(s..e), Some(text), "span {s}..{e}");
                n += 1;
            }
            n + m.values().map(|c| check_spans(c, source)).sum::<usize>()
        }
        Value::Array(a) => a.iter().map(|c| check_spans(c, source)).sum(),
        _ => 0,
    }
}

/// The gold annotations of a seed (`corpus/seeds/gold/`) by its number prefix (`"003"`).
pub fn seed_gold(prefix: &str) -> gongwen::eval::GoldFile {
    let dir = corpus_dir().join("seeds/gold");
    let path = std::fs::read_dir(&dir)
        .expect("corpus/seeds/gold exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
        .unwrap_or_else(|| panic!("no gold for seed {prefix} in {}", dir.display()));
    gongwen::eval::GoldFile::read(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// The byte offset of char offset `char` in `text` (gold offsets are chars).
pub fn byte_at(text: &str, char: usize) -> usize {
    gongwen::CharIndex::new(text)
        .byte_offset(char)
        .unwrap_or_else(|| panic!("char offset {char} is past the end"))
}

/// A number as gongwen's JSON writes it: integral values without `.0`.
pub fn num(v: f64) -> serde_json::Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        serde_json::json!(v as i64)
    } else {
        serde_json::json!(v)
    }
}
