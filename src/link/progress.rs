//! Progress reports of a linking run: which phase, how far, out of how many.

use std::sync::atomic::{AtomicUsize, Ordering};

/// A phase of [`Linker::link_with_progress`](super::Linker::link_with_progress),
/// in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LinkPhase {
    /// Per document: issuer, citations, frames and reuse masks.
    Prepare,
    /// Per document: forwards, cites and implements links.
    Explicit,
    /// Per document: normalise and shingle for reuse detection (once).
    Shingle,
    /// Per document: boilerplate flags, shingle index, MinHash windows.
    Index,
    /// Per LSH band: buckets to candidate document pairs.
    Candidates,
    /// Per candidate pair: local alignment.
    Align,
    /// Per document: informal references, versions and the graph.
    Assemble,
}

impl LinkPhase {
    /// A short name for display.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPhase::Prepare => "prepare",
            LinkPhase::Explicit => "citations",
            LinkPhase::Shingle => "shingle",
            LinkPhase::Index => "index",
            LinkPhase::Candidates => "candidates",
            LinkPhase::Align => "align",
            LinkPhase::Assemble => "assemble",
        }
    }
}

/// `done` of `total` units of `phase` (documents, bands or candidate pairs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkProgress {
    /// The phase running.
    pub phase: LinkPhase,
    /// Units done so far.
    pub done: usize,
    /// Units in the phase.
    pub total: usize,
}

/// Counts units done from any thread and calls the report about 256 times
/// per phase (at 0, every `step` units and at `total`).
pub(crate) struct Ticker<'a> {
    report: &'a (dyn Fn(LinkProgress) + Sync),
    phase: LinkPhase,
    total: usize,
    step: usize,
    done: AtomicUsize,
}

impl<'a> Ticker<'a> {
    /// Start `phase` of `total` units; reports 0 done.
    pub(crate) fn new(
        report: &'a (dyn Fn(LinkProgress) + Sync),
        phase: LinkPhase,
        total: usize,
    ) -> Ticker<'a> {
        report(LinkProgress { phase, done: 0, total });
        Ticker { report, phase, total, step: (total / 256).max(1), done: AtomicUsize::new(0) }
    }

    /// One unit done.
    pub(crate) fn tick(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if done.is_multiple_of(self.step) || done == self.total {
            (self.report)(LinkProgress { phase: self.phase, done, total: self.total });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn ticker_reports_start_steps_and_end() {
        let seen = Mutex::new(Vec::new());
        let report = |p: LinkProgress| seen.lock().expect("not poisoned").push(p.done);
        let t = Ticker::new(&report, LinkPhase::Align, 1000);
        for _ in 0..1000 {
            t.tick();
        }
        let seen = seen.into_inner().expect("not poisoned");
        assert_eq!(seen.first(), Some(&0));
        assert_eq!(seen.last(), Some(&1000));
        assert!(seen.len() > 100 && seen.len() < 400, "{}", seen.len());
        assert!(seen.windows(2).all(|w| w[0] < w[1]));
    }
}
