//! The archive benchmark of issue 10: extraction against bare jieba-rs `cut`
//! on real archives, in one run, on the same documents.
//!
//! ```text
//! cargo run --release --example archive_bench -- [--link] [--scale MIB,...] [ARCHIVE.jsonl ...]
//! ```
//!
//! Default archives: `laws.jsonl` and `xwlb.jsonl` of the shared corpora
//! (`$GONGWEN_CORPORA`, else `../shared/corpora`); without them the example
//! says so and exits. For each archive it reports, as a Markdown table:
//!
//! - bare jieba-rs 0.11 `cut` (HMM on), one thread: **the bar**;
//! - full extraction (`Analyzer::analyze` and the JSON record of every
//!   logical document, as `gongwen extract` writes it) on 1 and 2 threads,
//!   with the ratio to the bar;
//! - with `--link`, `Linker::link` over the archive's logical documents;
//! - peak resident memory of the process.
//!
//! Then the length-scaling run: the laws archive's text concatenated to each
//! size of `--scale` (default 1, 4 and 16 MiB), analysed once with its line
//! breaks and once as a single line (line breaks removed, as OCR exports
//! hold them); time per MiB should stay flat and the one-line text within 2×.
//!
//! Timings are wall-clock on whatever else the machine is doing; quote them
//! with the machine.

mod common;

use std::path::{Path, PathBuf};
use std::time::Instant;

use gongwen::corpus::load::{JsonlFields, LoadOptions, plan, read_unit};
use gongwen::corpus::record::ExtractRecord;
use gongwen::link::{LinkDoc, Linker};
use gongwen::{Analyzer, Meta};
use rayon::prelude::*;
use serde::Serialize;

/// Peak resident memory in MiB.
fn peak_mib() -> Option<f64> {
    common::peak_kib().map(|k| k as f64 / 1024.0)
}

struct Doc {
    source: String,
    text: String,
    meta: Meta,
}

fn load(path: &Path) -> Vec<Doc> {
    let mut fields = JsonlFields::new("text");
    fields.date = Some("date".into());
    let opts = LoadOptions { jsonl: Some(fields), ..LoadOptions::default() };
    let mut docs = Vec::new();
    for unit in plan(&[path], &opts).into_iter().flatten() {
        for doc in read_unit(&unit, &opts).into_iter().flatten() {
            let meta = doc.meta();
            docs.push(Doc { source: doc.source, text: doc.text, meta });
        }
    }
    docs
}

/// Analyse one document and serialise its records: what `gongwen extract`
/// does per input. Returns the bytes of JSON written.
fn extract_one(analyzer: &Analyzer, doc: &Doc) -> usize {
    let analysis = analyzer.analyze(&doc.text, &doc.meta);
    analysis
        .documents
        .iter()
        .map(|report| {
            let record =
                ExtractRecord::new(&doc.source, gongwen::corpus::Encoding::Utf8, None, report);
            let mut out = Vec::new();
            // The line writer of `gongwen extract` (serde_json's bytes, line-safe).
            record
                .serialize(&mut gongwen::corpus::json::LineJson::new(&mut out))
                .map_or(0, |()| out.len())
        })
        .sum()
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a rayon pool")
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    let mut link = false;
    let mut scale: Vec<usize> = vec![1, 4, 16];
    let mut archives: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--link" => link = true,
            "--scale" => {
                scale = args
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|s| s.trim().parse().ok())
                    .collect();
            }
            _ => archives.push(PathBuf::from(a)),
        }
    }
    if archives.is_empty() {
        let Some(dir) = common::corpora() else {
            eprintln!("shared corpora not found: set GONGWEN_CORPORA; nothing to do");
            return;
        };
        archives = vec![dir.join("laws.jsonl"), dir.join("xwlb.jsonl")];
    }

    let analyzer = Analyzer::new();
    let jieba = jieba_rs::Jieba::new();
    // Warm both (lazy state, page cache).
    let _ = analyzer.analyze("各单位要在2014年4月底前完成，不少于5天。", &Meta::default());
    let _ = jieba.cut("各单位要在2014年4月底前完成", true);

    println!(
        "| archive | docs | MiB | jieba `cut` 1 thread | extract 1 thread | ratio | extract 2 threads | 2/1 |{}",
        if link { " link |" } else { "" }
    );
    println!("|---|---|---|---|---|---|---|---|{}", if link { "---|" } else { "" });
    let mut scale_source = String::new();
    for path in &archives {
        let docs = load(path);
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        if scale_source.is_empty() {
            scale_source = docs.iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join("\n");
        }

        let t = Instant::now();
        let tokens: usize = docs.iter().map(|d| jieba.cut(&d.text, true).len()).sum();
        let jieba_s = t.elapsed().as_secs_f64();
        assert!(tokens > 0, "jieba found no tokens: a broken run");

        let mut rates = Vec::new();
        for threads in [1, 2] {
            let t = Instant::now();
            let out: usize =
                pool(threads).install(|| docs.par_iter().map(|d| extract_one(&analyzer, d)).sum());
            rates.push(mib(bytes) / t.elapsed().as_secs_f64());
            assert!(out > bytes / 10, "suspiciously little output: a broken run");
        }
        let jieba_rate = mib(bytes) / jieba_s;
        let link_cell = if link {
            let t = Instant::now();
            let link_docs: Vec<LinkDoc> = docs
                .iter()
                .flat_map(|d| {
                    let analysis = analyzer.analyze(&d.text, &d.meta);
                    analysis
                        .documents
                        .iter()
                        .map(|r| LinkDoc::from_document(&d.source, &d.text, r.index, &r.document))
                        .collect::<Vec<_>>()
                })
                .collect();
            let graph = Linker::new().link(link_docs);
            format!(" {:.1} s ({} links) |", t.elapsed().as_secs_f64(), graph.links().len())
        } else {
            String::new()
        };
        println!(
            "| {} | {} | {:.1} | {:.1} MiB/s | {:.1} MiB/s | {:.2} | {:.1} MiB/s | {:.2}× |{}",
            path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            docs.len(),
            mib(bytes),
            jieba_rate,
            rates[0],
            rates[0] / jieba_rate,
            rates[1],
            rates[1] / rates[0],
            link_cell,
        );
    }
    println!("\npeak resident memory: {:.0} MiB", peak_mib().unwrap_or(0.0));

    if scale.is_empty() || scale_source.is_empty() {
        return;
    }
    println!("\n| length | with line breaks | one line | one line / with breaks |");
    println!("|---|---|---|---|");
    let meta = Meta::default();
    for size in scale {
        let want = size * 1024 * 1024;
        let mut text = String::with_capacity(want + 4);
        while text.len() < want {
            let room = want - text.len();
            let mut cut = room.min(scale_source.len());
            while !scale_source.is_char_boundary(cut) {
                cut -= 1;
            }
            if cut == 0 {
                break;
            }
            text.push_str(&scale_source[..cut]);
        }
        let one_line: String = text.chars().filter(|&c| c != '\n' && c != '\r').collect();
        let time = |t: &str| {
            let s = Instant::now();
            let n = analyzer.analyze(t, &meta).documents.len();
            assert!(n > 0);
            s.elapsed().as_secs_f64()
        };
        let a = time(&text);
        let b = time(&one_line);
        println!(
            "| {size} MiB | {:.2} s ({:.1} MiB/s) | {:.2} s ({:.1} MiB/s) | {:.2} |",
            a,
            mib(text.len()) / a,
            b,
            mib(one_line.len()) / b,
            b / a
        );
    }
    println!("\npeak resident memory after scaling: {:.0} MiB", peak_mib().unwrap_or(0.0));
}
