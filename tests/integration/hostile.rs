//! Inputs that must never hang or bloat a run (issue 10): FIFOs and devices
//! in a directory, endless streams on standard input, `/dev/zero`.
//!
//! Every test here runs the real binary under a watchdog: a run that does not
//! end within [`WATCHDOG`] is killed and the test fails, instead of hanging CI.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const WATCHDOG: Duration = Duration::from_secs(60);

fn spawn(args: &[&str], stdin: Stdio) -> Child {
    Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gongwen runs")
}

/// Wait for `child` under the watchdog; its JSON records and exit code.
fn finish(mut child: Child) -> (Vec<Value>, i32) {
    let started = Instant::now();
    loop {
        match child.try_wait().expect("wait") {
            Some(_) => break,
            None if started.elapsed() > WATCHDOG => {
                let _ = child.kill();
                panic!("gongwen did not end within {WATCHDOG:?}");
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    let out = child.wait_with_output().expect("output");
    let records = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    (records, out.status.code().unwrap_or(-1))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongwen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn error_kind(record: &Value) -> Option<&str> {
    record.get("error")?.get("kind")?.as_str()
}

#[test]
fn issue_10_fifo_in_a_directory_is_an_io_record_not_a_hang() {
    let dir = scratch("fifo");
    std::fs::write(dir.join("a_good.txt"), "各单位要在2014年4月底前完成。").expect("write");
    let fifo = dir.join("b_pipe.txt");
    match Command::new("mkfifo").arg(&fifo).status() {
        Ok(s) if s.success() => {}
        _ => {
            eprintln!("SKIPPED issue_10_fifo_in_a_directory: mkfifo is not available");
            return;
        }
    }
    let dir_arg = dir.to_string_lossy().into_owned();
    let (records, code) = finish(spawn(&["extract", "-q", &dir_arg], Stdio::null()));
    assert_eq!(code, 1, "an error record makes the exit status 1");
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0]["deadlines"][0]["end"], "2014-04-30");
    assert_eq!(error_kind(&records[1]), Some("io"), "{:?}", records[1]);
    let message = records[1]["error"]["message"].as_str().unwrap_or("");
    assert!(message.contains("not a regular file"), "{message}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn issue_10_dev_zero_ends_with_too_large() {
    if !std::path::Path::new("/dev/zero").exists() {
        eprintln!("SKIPPED issue_10_dev_zero: no /dev/zero on this system");
        return;
    }
    let (records, code) =
        finish(spawn(&["extract", "-q", "--max-size", "1", "/dev/zero"], Stdio::null()));
    assert_eq!(code, 1);
    assert_eq!(records.len(), 1);
    assert_eq!(error_kind(&records[0]), Some("too_large"), "{:?}", records[0]);
}

/// Feed `chunk` to the child's standard input until it stops reading.
fn endless_stdin(child: &mut Child, chunk: &'static [u8]) -> std::thread::JoinHandle<()> {
    let mut stdin = child.stdin.take().expect("stdin");
    std::thread::spawn(move || while stdin.write_all(chunk).is_ok() {})
}

#[test]
fn issue_10_endless_standard_input_ends_with_too_large() {
    let mut child = spawn(&["extract", "-q", "--max-size", "1", "-"], Stdio::piped());
    let feeder = endless_stdin(&mut child, "是\n".as_bytes());
    let (records, code) = finish(child);
    feeder.join().expect("feeder ends when gongwen closes its input");
    assert_eq!(code, 1);
    assert_eq!(records.len(), 1);
    assert_eq!(error_kind(&records[0]), Some("too_large"), "{:?}", records[0]);
}

#[test]
fn issue_10_endless_jsonl_line_on_standard_input_ends_the_archive() {
    let args = ["extract", "-q", "--max-size", "1", "--jsonl-text", "text", "-"];
    let mut child = spawn(&args, Stdio::piped());
    let mut stdin = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        let good = "{\"text\": \"各单位要在2014年4月底前完成。\"}\n";
        if stdin.write_all(good.as_bytes()).is_err() {
            return;
        }
        // One line that never ends (no newline), like /dev/zero.
        let junk = [b'x'; 4096];
        while stdin.write_all(&junk).is_ok() {}
    });
    let (records, code) = finish(child);
    feeder.join().expect("feeder ends");
    assert_eq!(code, 1);
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0]["deadlines"][0]["end"], "2014-04-30");
    assert_eq!(error_kind(&records[1]), Some("record"), "{:?}", records[1]);
}
