//! Helpers shared by the examples (not an example itself: a folder with a
//! `mod.rs` is not picked up as an example target).

use std::path::PathBuf;

/// The shared corpora folder (`$GONGWEN_CORPORA`, else `../shared/corpora`
/// or `../../shared/corpora` beside the checkout), when `laws.jsonl` is there.
pub fn corpora() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("GONGWEN_CORPORA")
        .map(PathBuf::from)
        .into_iter()
        .chain([manifest.join("../shared/corpora"), manifest.join("../../shared/corpora")])
        .find(|p| p.join("laws.jsonl").exists())
}

/// Peak resident memory (VmHWM) in KiB, from /proc/self/status.
pub fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
