//! Link a synthetic archive with planted links and report speed, memory and
//! precision/recall per relation.
//!
//! ```text
//! cargo run --release --example link_scale [DOCS]    # default 100000
//! ```
//!
//! The archive's text comes from `laws.jsonl` and `xwlb.jsonl` in the shared
//! corpora (`$GONGWEN_CORPORA`, else `../shared/corpora` or
//! `../../shared/corpora`); without them the example says so and exits.

mod common;

use std::time::Instant;

use gongwen::link::Linker;
use gongwen::link::synth::{self, Archive, SynthConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let docs: usize = std::env::args().nth(1).map(|a| a.parse()).transpose()?.unwrap_or(100_000);
    let Some(dir) = common::corpora() else {
        eprintln!("shared corpora not found: set GONGWEN_CORPORA; nothing to do");
        return Ok(());
    };
    let t = Instant::now();
    let Some(Archive { docs: archive, truth, paragraphs }) =
        synth::generate(&SynthConfig::new(docs, &dir))?
    else {
        eprintln!("laws.jsonl or xwlb.jsonl missing in {}; nothing to do", dir.display());
        return Ok(());
    };
    let generated = t.elapsed();
    let bytes: usize = archive.iter().map(|d| d.text.len()).sum();
    println!(
        "archive: {} documents, {:.1} MB, {} unique paragraphs, {} planted links, generated in {:.1} s",
        archive.len(),
        bytes as f64 / 1e6,
        paragraphs,
        truth.len(),
        generated.as_secs_f64()
    );
    let n = archive.len();
    let t = Instant::now();
    let graph = Linker::new().link(archive);
    let took = t.elapsed().as_secs_f64();
    println!(
        "linked in {took:.1} s: {:.0} docs/s, {} links, {} reuse candidate pairs ({:.2} per document; all pairs would be {:.2e})",
        n as f64 / took,
        graph.links().len(),
        graph.reuse_candidate_pairs(),
        graph.reuse_candidate_pairs() as f64 / n as f64,
        (n as f64) * (n as f64 - 1.0) / 2.0
    );
    match common::peak_kib() {
        Some(k) => println!("peak memory (VmHWM): {:.0} MiB", k as f64 / 1024.0),
        None => println!("peak memory: unavailable (no /proc/self/status)"),
    }
    println!(
        "{:<11} {:>8} {:>8} {:>8} {:>9} {:>7}",
        "relation", "planted", "found", "correct", "precision", "recall"
    );
    for s in synth::evaluate(&truth, &graph) {
        println!(
            "{:<11} {:>8} {:>8} {:>8} {:>9.3} {:>7.3}",
            s.relation.as_str(),
            s.planted,
            s.found,
            s.correct,
            s.precision,
            s.recall
        );
    }
    Ok(())
}
