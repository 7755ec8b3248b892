//! A small mutation fuzzer for the gongwen targets that runs on the stable
//! toolchain, without libFuzzer or sanitizers.
//!
//! ```text
//! cargo run --release --no-default-features --bin stable -- TARGET [--seconds N] [--runs N]
//!     [--seed N] [--timeout N] [--seeds-only]
//! cargo run --release --no-default-features --bin stable -- TARGET FILE...   (replay)
//! ```
//!
//! Seeds come from `fuzz/corpus/TARGET/` (if present; with `--seeds-only`
//! just its committed `seed-*` files, not what libFuzzer added) and the project's
//! `corpus/docs/*.txt`, whole and cut into lines and paragraphs. Each
//! execution takes one seed (or a splice of two), applies one to eight
//! random mutations (bit flips, byte and token insertions, deletions,
//! duplications, cuts, splices with words that matter to the parsers) and
//! runs the target. It has no coverage feedback, unlike libFuzzer: it finds
//! what random edits of real documents reach. A panic is saved as
//! `fuzz/artifacts/TARGET/crash-HASH` (one per distinct panic location) and
//! the run goes on; an execution longer than `--timeout` seconds is saved
//! as `timeout-HASH` and ends the run with status 70.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Words and bytes that steer the parsers: brackets, 号, dates, labels,
/// line breaks, odd Unicode, broken UTF-8.
const TOKENS: &[&[u8]] = &[
    "〔".as_bytes(),
    "〕".as_bytes(),
    "[".as_bytes(),
    "]".as_bytes(),
    "（".as_bytes(),
    "）".as_bytes(),
    "【".as_bytes(),
    "】".as_bytes(),
    "号".as_bytes(),
    "年".as_bytes(),
    "月".as_bytes(),
    "日".as_bytes(),
    "第".as_bytes(),
    "令".as_bytes(),
    "发".as_bytes(),
    "发文字号".as_bytes(),
    "文号：".as_bytes(),
    "2014".as_bytes(),
    "２０１４".as_bytes(),
    "二〇一四年三月十四日".as_bytes(),
    "《".as_bytes(),
    "》".as_bytes(),
    "〈".as_bytes(),
    "〉".as_bytes(),
    "关于".as_bytes(),
    "的通知".as_bytes(),
    "印发".as_bytes(),
    "转发".as_bytes(),
    "要".as_bytes(),
    "不得".as_bytes(),
    "前".as_bytes(),
    "底".as_bytes(),
    "不少于".as_bytes(),
    "万".as_bytes(),
    "%".as_bytes(),
    "一、".as_bytes(),
    "（一）".as_bytes(),
    "1.".as_bytes(),
    "①".as_bytes(),
    "附件：".as_bytes(),
    "\n".as_bytes(),
    "\n\n".as_bytes(),
    "\r\n".as_bytes(),
    "\r".as_bytes(),
    " ".as_bytes(),
    "\u{3000}".as_bytes(),
    "\t".as_bytes(),
    "\u{2028}".as_bytes(),
    "\u{200B}".as_bytes(),
    "\u{FEFF}".as_bytes(),
    "\u{FFFD}".as_bytes(),
    "**".as_bytes(),
    "# ".as_bytes(),
    "<br>".as_bytes(),
    "&nbsp;".as_bytes(),
    b"\x00",
    b"\x1b[",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xE5",
    b"\xE5\x85",
    b"\xFF",
];

/// xorshift64*: small, fast, reproducible from `--seed`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

struct Options {
    target: String,
    seconds: u64,
    runs: u64,
    seed: u64,
    timeout: u64,
    seeds_only: bool,
    replay: Vec<PathBuf>,
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let target = args.next().ok_or(
        "usage: stable TARGET [--seconds N] [--runs N] [--seed N] [--timeout N] [--seeds-only] [FILE...]",
    )?;
    let mut o = Options {
        target,
        seconds: 60,
        runs: u64::MAX,
        seed: 1,
        timeout: 10,
        seeds_only: false,
        replay: Vec::new(),
    };
    while let Some(a) = args.next() {
        let mut num = |name: &str| -> Result<u64, String> {
            args.next().and_then(|v| v.parse().ok()).ok_or(format!("{name} needs a number"))
        };
        match a.as_str() {
            "--seconds" => o.seconds = num("--seconds")?,
            "--runs" => o.runs = num("--runs")?,
            "--seed" => o.seed = num("--seed")?.max(1),
            "--timeout" => o.timeout = num("--timeout")?.max(1),
            "--seeds-only" => o.seeds_only = true,
            _ => o.replay.push(PathBuf::from(a)),
        }
    }
    Ok(o)
}

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Seeds: the target's corpus folder, then the project's documents whole,
/// by paragraph and by line (the short pieces suit the cheap targets).
fn seeds(target: &str, seeds_only: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut read_dir = |dir: &Path, whole_only: bool| {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        let committed =
            |p: &Path| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("seed-"));
        for p in paths
            .into_iter()
            .filter(|p| p.is_file() && (!(seeds_only && whole_only) || committed(p)))
        {
            let Ok(bytes) = std::fs::read(&p) else { continue };
            if !whole_only {
                let text = String::from_utf8_lossy(&bytes);
                out.extend(text.split("\n\n").map(|s| s.as_bytes().to_vec()));
                out.extend(
                    text.lines().filter(|l| !l.trim().is_empty()).map(|l| l.as_bytes().to_vec()),
                );
            }
            out.push(bytes);
        }
    };
    read_dir(&fuzz_dir().join("corpus").join(target), true);
    read_dir(&fuzz_dir().join("../corpus/docs"), false);
    out.retain(|s| !s.is_empty());
    out
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], target: &str) -> Vec<u8> {
    let mut data = seeds[rng.below(seeds.len())].clone();
    if target == "link" || rng.below(8) == 0 {
        // Splice: join with another seed (the link target splits at 0xFF).
        let other = &seeds[rng.below(seeds.len())];
        if target == "link" {
            data.push(0xFF);
        }
        data.extend_from_slice(other);
    }
    for _ in 0..=rng.below(8) {
        let len = data.len();
        let at = rng.below(len + 1);
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next() as u8;
            }
            2 => data.insert(at, rng.next() as u8),
            3 | 4 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                data.splice(at..at, t.iter().copied());
            }
            5 if len > 0 => {
                let end = (at + 1 + rng.below(16)).min(len);
                data.drain(at.min(end)..end);
            }
            6 if len > 0 => {
                let end = (at + 1 + rng.below(32)).min(len);
                let piece = data[at.min(end)..end].to_vec();
                let to = rng.below(len + 1);
                data.splice(to..to, piece);
            }
            7 => data.truncate(at),
            _ => {
                let other = &seeds[rng.below(seeds.len())];
                let s = rng.below(other.len());
                let e = (s + 1 + rng.below(64)).min(other.len());
                data.splice(at..at, other[s..e].iter().copied());
            }
        }
    }
    data
}

fn hash(data: &[u8]) -> u64 {
    data.iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

fn save(target: &str, kind: &str, data: &[u8]) -> PathBuf {
    let dir = fuzz_dir().join("artifacts").join(target);
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{kind}-{:016x}", hash(data)));
    if let Err(e) = std::fs::write(&path, data) {
        eprintln!("cannot save {}: {e}", path.display());
    }
    path
}

fn main() {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let Some(&(_, run)) = gongwen_fuzz::TARGETS.iter().find(|(n, _)| *n == o.target) else {
        let names: Vec<&str> = gongwen_fuzz::TARGETS.iter().map(|(n, _)| *n).collect();
        eprintln!("unknown target {:?}; targets: {}", o.target, names.join(", "));
        std::process::exit(2);
    };

    // Panic messages are collected, not printed once per execution.
    let last_panic: Arc<Mutex<String>> = Arc::default();
    let sink = Arc::clone(&last_panic);
    panic::set_hook(Box::new(move |info| {
        let place =
            info.location().map_or_else(String::new, |l| format!("{}:{}", l.file(), l.line()));
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| info.payload().downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default();
        if let Ok(mut s) = sink.lock() {
            *s = format!("{place}: {msg}");
        }
    }));

    if !o.replay.is_empty() {
        let mut failed = 0;
        for path in &o.replay {
            let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let started = Instant::now();
            match panic::catch_unwind(AssertUnwindSafe(|| run(&data))) {
                Ok(()) => {
                    println!("{}: ok ({:.3} s)", path.display(), started.elapsed().as_secs_f64())
                }
                Err(_) => {
                    failed += 1;
                    let msg = last_panic.lock().map(|s| s.clone()).unwrap_or_default();
                    println!("{}: PANIC {msg}", path.display());
                }
            }
        }
        std::process::exit(i32::from(failed > 0));
    }

    let seeds = seeds(&o.target, o.seeds_only);
    assert!(!seeds.is_empty(), "no seeds: run from the repository with corpus/docs present");
    eprintln!("{}: {} seeds, {} s, seed {}", o.target, seeds.len(), o.seconds, o.seed);

    // Watchdog: an execution that outlives --timeout is saved and ends the run.
    let current: Arc<Mutex<Vec<u8>>> = Arc::default();
    let execs = Arc::new(AtomicU64::new(0));
    {
        let (current, execs, target) = (Arc::clone(&current), Arc::clone(&execs), o.target.clone());
        let timeout = Duration::from_secs(o.timeout);
        std::thread::spawn(move || {
            let mut seen = u64::MAX;
            let mut since = Instant::now();
            loop {
                std::thread::sleep(Duration::from_millis(250));
                let now = execs.load(Ordering::Relaxed);
                if now != seen {
                    (seen, since) = (now, Instant::now());
                } else if since.elapsed() > timeout {
                    let data = current.lock().map(|d| d.clone()).unwrap_or_default();
                    let path = save(&target, "timeout", &data);
                    eprintln!(
                        "TIMEOUT: one execution ran over {timeout:?}; input saved as {}",
                        path.display()
                    );
                    std::process::exit(70);
                }
            }
        });
    }

    let mut rng = Rng(o.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut crashes: BTreeMap<String, (u64, PathBuf)> = BTreeMap::new();
    let started = Instant::now();
    let deadline = Duration::from_secs(o.seconds);
    let mut n = 0u64;
    let mut bytes = 0u64;
    let mut slowest = (Duration::ZERO, 0usize);
    while n < o.runs && started.elapsed() < deadline {
        let data = mutate(&mut rng, &seeds, &o.target);
        if let Ok(mut c) = current.lock() {
            c.clone_from(&data);
        }
        let t = Instant::now();
        let result = panic::catch_unwind(AssertUnwindSafe(|| run(&data)));
        let took = t.elapsed();
        if took > slowest.0 {
            slowest = (took, data.len());
        }
        n += 1;
        bytes += data.len() as u64;
        execs.store(n, Ordering::Relaxed);
        if result.is_err() {
            let msg = last_panic.lock().map(|s| s.clone()).unwrap_or_default();
            let key = msg.split(": ").next().unwrap_or_default().to_owned();
            let entry = crashes.entry(key).or_insert_with(|| {
                let path = save(&o.target, "crash", &data);
                eprintln!("CRASH {msg}\n  input saved as {}", path.display());
                (0, path)
            });
            entry.0 += 1;
        }
        if n.is_power_of_two() && n >= 1024 {
            let secs = started.elapsed().as_secs_f64();
            eprintln!("#{n} {:.0} exec/s, {} distinct crashes", n as f64 / secs, crashes.len());
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "target {}: {n} executions in {secs:.0} s ({:.0} exec/s, mean input {} bytes, slowest {:.3} s on {} bytes), {} distinct crashes",
        o.target,
        n as f64 / secs.max(1e-9),
        bytes / n.max(1),
        slowest.0.as_secs_f64(),
        slowest.1,
        crashes.len()
    );
    for (place, (count, path)) in &crashes {
        println!("  {count} × {place} (first input: {})", path.display());
    }
    std::process::exit(i32::from(!crashes.is_empty()));
}
