//! Batch runs: every document of a plan through a function, in parallel with
//! rayon, results handed back in input order.
//!
//! Reading is sequential and streaming (one chunk of documents in memory at a
//! time); the per-document work runs on rayon's pool. Because
//! [`Analyzer::analyze`](crate::Analyzer::analyze) is a pure function of one
//! document, the output does not depend on the number of threads.

use std::num::NonZeroUsize;

use rayon::prelude::*;

use crate::corpus::load::{LoadOptions, SourceDoc, Unit, records};
use crate::{Error, Result};

/// How many documents are read before a chunk is processed in parallel.
pub const DEFAULT_CHUNK: usize = 256;

/// How many bytes of text a chunk holds at most (a chunk is processed as
/// soon as it holds [`DEFAULT_CHUNK`] documents or this much text, so a run
/// over large documents holds a bounded window, not 256 of them).
pub const CHUNK_BYTES: usize = 32 << 20;

/// Counts of a batch run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BatchStats {
    /// Inputs (files, archives, standard input) planned.
    pub units: usize,
    /// Documents read and processed.
    pub documents: usize,
    /// Error records (unreadable paths, bad files, bad archive lines).
    pub errors: usize,
    /// Bytes of decoded text processed.
    pub bytes: u64,
}

/// Run `work` on every document of `plan`, in parallel, and hand each result
/// to `sink` in input order. Documents are read in chunks of `chunk`
/// documents or [`CHUNK_BYTES`] of text, whichever comes first. Errors (from planning or reading) reach `sink`
/// as `Err` in their place; the run goes on. `sink` returning `Err` stops the
/// run (a closed output, say) and that error is returned.
///
/// # Examples
///
/// ```
/// use gongwen::corpus::{batch, load::{plan, LoadOptions}};
/// let opts = LoadOptions::default();
/// let units = plan(&["corpus/docs", "no/such.txt"], &opts);
/// let mut lengths = Vec::new();
/// let stats = batch::run(units, &opts, batch::DEFAULT_CHUNK,
///     |doc| doc.text.len(),
///     |_, r| { lengths.push(r.ok()); Ok::<(), std::io::Error>(()) })?;
/// assert_eq!(stats.documents, 4);
/// assert_eq!(stats.errors, 1);
/// assert_eq!(lengths.len(), 5);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn run<T, E, W, S>(
    plan: Vec<Result<Unit>>,
    opts: &LoadOptions,
    chunk: usize,
    work: W,
    mut sink: S,
) -> std::result::Result<BatchStats, E>
where
    T: Send,
    W: Fn(&SourceDoc) -> T + Sync,
    S: FnMut(Option<&SourceDoc>, std::result::Result<T, Error>) -> std::result::Result<(), E>,
{
    let chunk = chunk.max(1);
    let mut stats = BatchStats { units: plan.len(), ..BatchStats::default() };
    let mut pending: Vec<Result<SourceDoc>> = Vec::with_capacity(chunk);
    let mut pending_bytes = 0;
    let mut flush = |pending: &mut Vec<Result<SourceDoc>>,
                     stats: &mut BatchStats|
     -> std::result::Result<(), E> {
        let results: Vec<Option<T>> =
            pending.par_iter().map(|doc| doc.as_ref().ok().map(&work)).collect();
        for (doc, result) in pending.drain(..).zip(results) {
            match (doc, result) {
                (Ok(doc), Some(value)) => {
                    stats.documents += 1;
                    stats.bytes += doc.text.len() as u64;
                    sink(Some(&doc), Ok(value))?;
                }
                (Err(e), _) => {
                    stats.errors += 1;
                    sink(None, Err(e))?;
                }
                (Ok(_), None) => {}
            }
        }
        Ok(())
    };
    for unit in plan {
        match unit {
            Err(e) => pending.push(Err(e)),
            Ok(unit) => {
                for doc in records(&unit, opts) {
                    pending_bytes += doc.as_ref().map_or(0, |d| d.text.len());
                    pending.push(doc);
                    if pending.len() >= chunk || pending_bytes >= CHUNK_BYTES {
                        flush(&mut pending, &mut stats)?;
                        pending_bytes = 0;
                    }
                }
            }
        }
        if pending.len() >= chunk {
            flush(&mut pending, &mut stats)?;
            pending_bytes = 0;
        }
    }
    flush(&mut pending, &mut stats)?;
    Ok(stats)
}

/// Run `f` with `threads` worker threads: every parallel step inside `f`
/// (batch runs, linking) runs on a rayon pool of its own, built here and
/// dropped when `f` returns, and rayon's global pool is left alone. With
/// `Some(1)` the whole of `f` runs on one thread. `None` runs `f` where it
/// is, on the current pool (rayon's global pool, sized by the
/// `RAYON_NUM_THREADS` environment variable or the number of cores).
///
/// Output made through [`run`] does not depend on the number of threads.
///
/// # Examples
///
/// ```
/// use std::num::NonZeroUsize;
/// use gongwen::corpus::{batch, load::{plan, LoadOptions}};
/// let opts = LoadOptions::default();
/// let two = NonZeroUsize::new(2);
/// let lengths = batch::with_threads(two, || {
///     batch::collect(plan(&["corpus/docs"], &opts), &opts, |doc| doc.text.len())
/// })?;
/// assert_eq!(lengths.len(), 4);
/// # Ok::<(), gongwen::Error>(())
/// ```
///
/// # Errors
///
/// A `config` error when the operating system refuses to start the threads.
pub fn with_threads<R, F>(threads: Option<NonZeroUsize>, f: F) -> Result<R>
where
    R: Send,
    F: FnOnce() -> R + Send,
{
    let Some(n) = threads else {
        return Ok(f());
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(n.get())
        .thread_name(|i| format!("gongwen-{i}"))
        .build()
        .map_err(|e| Error::config(format!("cannot start {n} worker threads: {e}")))?;
    Ok(pool.install(f))
}

/// Every document of `plan` read and analysed, in input order, collected.
/// Convenient for small corpora; large ones want [`run`] and a sink.
pub fn collect<T, W>(plan: Vec<Result<Unit>>, opts: &LoadOptions, work: W) -> Vec<Result<T>>
where
    T: Send,
    W: Fn(&SourceDoc) -> T + Sync,
{
    let mut out = Vec::new();
    let never: std::result::Result<BatchStats, std::convert::Infallible> =
        run(plan, opts, DEFAULT_CHUNK, work, |_, r| {
            out.push(r);
            Ok(())
        });
    let _ = never;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::plan;

    #[test]
    fn with_threads_uses_a_pool_of_its_own() {
        let global = rayon::current_num_threads();
        for n in [1, 3] {
            let seen = with_threads(NonZeroUsize::new(n), rayon::current_num_threads)
                .expect("pool starts");
            assert_eq!(seen, n);
        }
        assert_eq!(with_threads(None, rayon::current_num_threads).expect("no pool"), global);
        assert_eq!(rayon::current_num_threads(), global);
    }

    #[test]
    fn order_is_input_order_whatever_the_chunk() {
        let opts = LoadOptions::default();
        let inputs = ["corpus/docs", "missing.txt", "corpus/docs/003_63d90eecb302d396.txt"];
        for chunk in [1, 2, 3, 100] {
            let mut sources = Vec::new();
            let stats = run(
                plan(&inputs, &opts),
                &opts,
                chunk,
                |d| d.source.clone(),
                |_, r| {
                    sources.push(r.map_err(|e| e.code()));
                    Ok::<(), ()>(())
                },
            )
            .expect("sink never fails");
            assert_eq!(stats.documents, 5);
            assert_eq!(stats.errors, 1);
            let names: Vec<String> = sources
                .iter()
                .map(|r| match r {
                    Ok(s) => s.rsplit('/').next().unwrap_or_default()[..3].to_string(),
                    Err(code) => (*code).to_string(),
                })
                .collect();
            assert_eq!(names, ["001", "002", "003", "004", "io", "003"], "chunk {chunk}");
        }
    }
}
