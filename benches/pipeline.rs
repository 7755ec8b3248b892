//! Throughput of each stage on the bundled corpus (criterion).
//!
//! Run with `cargo bench --bench pipeline`; figures go in the README with the
//! machine they ran on. Engines are built outside the timed loops, and each
//! benchmark asserts what it found so a broken fast path cannot look fast.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gongwen::corpus::{batch, decode, load};
use gongwen::document::DocumentParser;
use gongwen::normalize::Normalizer;
use gongwen::{Analyzer, Meta};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/docs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/docs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).expect("readable")))
        .collect()
}

fn texts() -> Vec<String> {
    corpus().into_iter().map(|(_, b)| String::from_utf8(b).expect("UTF-8 seeds")).collect()
}

fn total(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

fn read_normalize_structure(c: &mut Criterion) {
    let files = corpus();
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let normalizer = Normalizer::new();
    let parser = DocumentParser::new();
    let mut g = c.benchmark_group("structure");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("read+normalize+structure", |b| {
        b.iter(|| {
            let mut docs = 0;
            for (_, raw) in &files {
                let decoded = decode(black_box(raw)).expect("seeds decode");
                let norm = normalizer.normalize(&decoded.text);
                docs += parser.parse(&decoded.text).len();
                black_box(norm.as_str().len());
            }
            assert_eq!(docs, 5);
        });
    });
    let texts = texts();
    g.bench_function("normalize", |b| {
        b.iter(|| {
            texts.iter().map(|t| normalizer.normalize(black_box(t)).as_str().len()).sum::<usize>()
        })
    });
    g.bench_function("structure", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| parser.parse(black_box(t)).len()).sum();
            assert_eq!(n, 5);
        })
    });
    g.finish();
}

fn segment_and_extract(c: &mut Criterion) {
    let texts = texts();
    let analyzer = Analyzer::new();
    let jieba = jieba_rs::Jieba::new();
    // Warm the lazily built segmenter outside the timed loop.
    assert!(analyzer.tokens("四风").count() > 0);
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(total(&texts)));
    g.bench_function("jieba-rs cut (baseline)", |b| {
        b.iter(|| texts.iter().map(|t| jieba.cut(black_box(t), true).len()).sum::<usize>())
    });
    g.bench_function("segment (lexicon + protected tokens)", |b| {
        b.iter(|| texts.iter().map(|t| analyzer.tokens(black_box(t)).count()).sum::<usize>())
    });
    g.bench_function("full extraction (analyze)", |b| {
        b.iter(|| {
            let mut findings = 0;
            for t in &texts {
                for d in analyzer.analyze(black_box(t), &Meta::default()).documents {
                    let f = &d.findings;
                    findings += f.deadlines.len()
                        + f.quotas.len()
                        + f.statistics.len()
                        + f.slogans.len()
                        + f.directives.len()
                        + f.citations.len();
                }
            }
            assert_eq!(findings, 311, "the seeds' findings, as in corpus/expected");
        })
    });
    g.finish();
}

/// Each extractor alone on the seeds' logical documents. A fresh `Context`
/// per document and iteration, so each figure includes the share of the
/// per-document layer (view, sentences, times) that extractor builds first;
/// normalising and parsing happen once, outside the loop.
fn per_extractor(c: &mut Criterion) {
    use gongwen::extract::Context;
    use gongwen::extract::{
        citation::CitationExtractor, deadline::DeadlineExtractor, directive::DirectiveExtractor,
        quota::QuotaExtractor, slogan::SloganExtractor,
    };
    let texts = texts();
    let normalizer = Normalizer::new();
    let parser = DocumentParser::new();
    // (source, normalised view, document spans and dates)
    let prepared: Vec<_> = texts
        .iter()
        .map(|t| {
            let docs: Vec<_> =
                parser.parse(t).iter().map(|d| (d.span, d.date.map(|x| x.value))).collect();
            (t.as_str(), normalizer.normalize(t), docs)
        })
        .collect();
    let each = |f: &dyn Fn(&Context<'_, '_>) -> usize| -> usize {
        let mut n = 0;
        for (source, norm, docs) in &prepared {
            for &(span, date) in docs {
                n += f(&Context::new(black_box(source), norm, span, date));
            }
        }
        n
    };
    let (deadlines, quotas) = (DeadlineExtractor::new(), QuotaExtractor::new());
    let (slogans, directives) = (SloganExtractor::new(), DirectiveExtractor::new());
    let citations = CitationExtractor::new();
    let mut g = c.benchmark_group("extractor");
    g.throughput(Throughput::Bytes(total(&texts)));
    g.bench_function("deadlines", |b| {
        b.iter(|| assert_eq!(each(&|cx| deadlines.find_iter(cx).len()), 18))
    });
    g.bench_function("quotas and statistics", |b| {
        b.iter(|| {
            assert_eq!(
                each(&|cx| {
                    let (q, s) = quotas.find_all(cx);
                    q.len() + s.len()
                }),
                54
            )
        })
    });
    g.bench_function("slogans", |b| {
        b.iter(|| assert_eq!(each(&|cx| slogans.find_iter(cx).count()), 47))
    });
    g.bench_function("directives", |b| {
        b.iter(|| assert!(each(&|cx| directives.find_iter(cx).count()) > 100))
    });
    g.bench_function("citations", |b| {
        b.iter(|| assert_eq!(each(&|cx| citations.find_iter(cx).count()), 33))
    });
    g.finish();
}

fn corpus_batch(c: &mut Criterion) {
    let texts = texts();
    let analyzer = Analyzer::new();
    let opts = load::LoadOptions::default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/docs");
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(total(&texts)));
    g.bench_function("batch extract (rayon, files)", |b| {
        b.iter(|| {
            let results = batch::collect(load::plan(&[&dir], &opts), &opts, |doc| {
                analyzer.analyze(&doc.text, &doc.meta()).documents.len()
            });
            assert_eq!(results.iter().filter_map(|r| r.as_ref().ok()).sum::<usize>(), 5);
        })
    });
    g.finish();
}

fn linking(c: &mut Criterion) {
    let texts = texts();
    let analyzer = Analyzer::new();
    let linker = gongwen::link::Linker::new();
    let docs: Vec<gongwen::link::LinkDoc> = texts
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            let source = format!("seed{i}");
            analyzer
                .analyze(t, &Meta::default())
                .documents
                .iter()
                .map(|r| gongwen::link::LinkDoc::from_document(&source, t, r.index, &r.document))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut g = c.benchmark_group("link");
    g.throughput(Throughput::Bytes(total(&texts)));
    g.bench_function("link seeds (5 documents)", |b| {
        b.iter(|| {
            let graph = linker.link(black_box(docs.clone()));
            assert_eq!(graph.links().len(), 15);
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = read_normalize_structure, segment_and_extract, per_extractor, corpus_batch, linking
}
criterion_main!(benches);
