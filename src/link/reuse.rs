//! Text reuse: passages one document takes from another.
//!
//! The pipeline is the classic near-duplicate one, kept small:
//!
//! 1. **Normalise**: keep letters and digits (Han, Latin, digits), drop
//!    punctuation and white space, so `有什么样的标准,就有` and
//!    `有什么样的标准就有` agree; masked spans (citations, whose titles are
//!    quoted on purpose) break the sequence.
//! 2. **Shingle**: every run of `k` chars is hashed to 64 bits.
//! 3. **Boilerplate discount**: the document frequency of every shingle is
//!    counted in a count-min sketch (fixed memory, over-estimates only);
//!    shingles found in more than `max_df` documents (greetings, standard
//!    closings, 请认真贯彻执行) take no part in candidate generation nor count
//!    toward a reused passage.
//! 4. **MinHash + LSH**: each document is cut into overlapping windows of
//!    `window` chars; each window gets a MinHash signature of `bands × rows`
//!    values over its content shingles, and each band is hashed to a bucket.
//!    Two windows of different documents sharing a bucket make a candidate
//!    pair of documents. Buckets larger than `max_bucket` are boilerplate and
//!    skipped. With Jaccard similarity `s` between two windows, a pair
//!    becomes a candidate with probability `1 - (1 - s^rows)^bands`.
//! 5. **Local alignment** of each candidate pair only: exact shingle matches
//!    are grouped by diagonal into runs, and runs on nearby diagonals with
//!    small gaps are chained into aligned passages (a banded, seed-and-extend
//!    local alignment). Passages shorter than `min_chars` content chars are
//!    dropped.
//!
//! The work is linear in the corpus size plus the number of candidate pairs;
//! no step compares all pairs of documents.

use std::sync::atomic::{AtomicU32, Ordering};

use rayon::prelude::*;

use super::progress::{LinkPhase, LinkProgress, Ticker};
use crate::Span;

/// Tuning of the reuse detector.
#[derive(Clone, Debug, PartialEq)]
pub struct ReuseConfig {
    /// Shingle length in chars.
    pub shingle: usize,
    /// Window length in normalised chars (windows overlap by half).
    pub window: usize,
    /// LSH bands.
    pub bands: usize,
    /// MinHash values per band.
    pub rows: usize,
    /// Shortest reused passage reported, in normalised chars.
    pub min_chars: usize,
    /// A reported passage holds an exact run of at least this many content
    /// (not boilerplate) chars; chained short matches alone never qualify.
    pub min_exact: usize,
    /// A shingle in more than this many documents is boilerplate.
    pub max_df: u32,
    /// When larger than `max_df`, the boilerplate threshold is this share of
    /// the corpus instead (so it grows with the corpus).
    pub max_df_share: f64,
    /// Buckets with more windows than this are skipped as boilerplate.
    pub max_bucket: usize,
}

impl Default for ReuseConfig {
    fn default() -> ReuseConfig {
        ReuseConfig {
            shingle: 5,
            window: 48,
            bands: 20,
            rows: 2,
            min_chars: 14,
            min_exact: 12,
            max_df: 10,
            max_df_share: 0.002,
            max_bucket: 200,
        }
    }
}

/// One document as the detector sees it.
#[derive(Clone, Copy, Debug)]
pub struct ReuseInput<'a> {
    /// The document text.
    pub text: &'a str,
    /// Byte spans of `text` to leave out (citations, boilerplate phrases).
    pub masks: &'a [Span],
}

/// A passage shared by two documents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReuseMatch {
    /// Index of the first document (the smaller index).
    pub a: usize,
    /// Index of the second document.
    pub b: usize,
    /// Byte span of the passage in `a`'s text.
    pub a_span: Span,
    /// Byte span of the passage in `b`'s text.
    pub b_span: Span,
    /// Aligned content chars (in `a`).
    pub chars: usize,
    /// Share of the passage's content chars covered by exact matches, in [0, 1].
    pub identity: f64,
}

/// What a detection run found, with counts that show its cost.
#[derive(Clone, Debug, Default)]
pub struct ReuseReport {
    /// Shared passages, sorted by (a, b, a_span).
    pub matches: Vec<ReuseMatch>,
    /// Windows indexed.
    pub windows: usize,
    /// Distinct document pairs aligned (the candidates of LSH).
    pub candidate_pairs: usize,
}

/// The detector. Build once, run on a corpus.
#[derive(Clone, Debug)]
pub struct ReuseDetector {
    config: ReuseConfig,
    /// MinHash seeds, `bands × rows` of them.
    seeds: Vec<u64>,
}

impl Default for ReuseDetector {
    fn default() -> ReuseDetector {
        ReuseDetector::new(ReuseConfig::default())
    }
}

/// Normalised content chars of a text and the byte offset each came from;
/// `BREAK` marks where masked or dropped material cut the sequence.
struct Seq {
    chars: Vec<char>,
    pos: Vec<u32>,
}

const BREAK: char = '\u{0}';

fn is_content(c: char) -> bool {
    c.is_alphanumeric()
}

fn normalise(input: &ReuseInput<'_>) -> Seq {
    let mut chars = Vec::with_capacity(input.text.len() / 3);
    let mut pos = Vec::with_capacity(input.text.len() / 3);
    let mut masks: Vec<Span> = input.masks.to_vec();
    masks.sort_unstable();
    let mut m = 0;
    for (i, c) in input.text.char_indices() {
        while masks.get(m).is_some_and(|s| s.end <= i) {
            m += 1;
        }
        let masked = masks.get(m).is_some_and(|s| s.start <= i && i < s.end);
        if masked {
            if chars.last() != Some(&BREAK) {
                chars.push(BREAK);
                pos.push(i as u32);
            }
            continue;
        }
        if is_content(c) {
            let c = match c {
                '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
                    char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
                }
                _ => c,
            };
            chars.push(c);
            pos.push(i as u32);
        }
    }
    Seq { chars, pos }
}

/// FNV-1a over the chars of a shingle, finished with a 64-bit mix.
fn shingle_hash(s: &[char]) -> Option<u64> {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in s {
        if c == BREAK {
            return None;
        }
        h ^= u64::from(c as u32);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    Some(mix(h))
}

/// splitmix64 finaliser.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Shingle hashes by start position (`None` where a shingle crosses a break).
fn shingles(seq: &Seq, k: usize) -> Vec<Option<u64>> {
    if seq.chars.len() < k {
        return Vec::new();
    }
    seq.chars.windows(k).map(shingle_hash).collect()
}

/// One document after the first pass: normalised and shingled, once.
struct Shingled {
    pos: Vec<u32>,
    breaks: Vec<u32>,
    hashes: Vec<Option<u64>>,
}

fn shingle_doc(input: &ReuseInput<'_>, k: usize) -> Shingled {
    let seq = normalise(input);
    let hashes = shingles(&seq, k);
    let breaks = (0u32..).zip(&seq.chars).filter(|(_, c)| **c == BREAK).map(|(i, _)| i).collect();
    Shingled { pos: seq.pos, breaks, hashes }
}

/// What a detection run keeps of one document for alignment: computed once,
/// read by every candidate pair the document is part of.
struct Prepared {
    /// Byte offset in the text of each normalised char.
    pos: Vec<u32>,
    /// Sequence indices where masked or dropped material cut the sequence.
    breaks: Vec<u32>,
    /// By shingle start: the shingle's key (the high half of its 64-bit
    /// hash, never 0), or 0 where the shingle crosses a break.
    keys: Vec<u32>,
    /// `(key, start)` of every content shingle (not crossing a break, not
    /// frequent), sorted: the seeds of alignment.
    index: Vec<(u32, u32)>,
    /// By shingle start: the shingle is frequent across the corpus
    /// (boilerplate); false where the shingle crosses a break.
    frequent: Vec<bool>,
}

impl Prepared {
    /// How many breaks lie before sequence index `x`: two indices with the
    /// same count lie on the same side of every break.
    fn side(&self, x: u32) -> usize {
        self.breaks.partition_point(|&b| b < x)
    }

    fn is_frequent(&self, start: usize) -> bool {
        self.frequent.get(start).copied().unwrap_or(false)
    }
}

/// Exact runs shared by two prepared documents, as `(i0, i1, j0, j1)`
/// (first and last shingle starts in `a` and `b`, on one diagonal).
///
/// Seeds are the content shingles the two have in common, found by a merge
/// of their sorted indexes (a key takes at most `MAX_PER_KEY` positions of
/// `b`, its first); each seed not inside a run already found is extended
/// both ways along its diagonal over equal shingles, frequent ones included.
fn exact_runs(a: &Prepared, b: &Prepared) -> Vec<(u32, u32, u32, u32)> {
    const MAX_PER_KEY: usize = 64;
    let (ia, ib) = (&a.index, &b.index);
    let mut seeds: Vec<(i64, u32, u32)> = Vec::new();
    let (mut x, mut y) = (0, 0);
    while let (Some(&(ka, _)), Some(&(kb, _))) = (ia.get(x), ib.get(y)) {
        match ka.cmp(&kb) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                let xe = x + ia.get(x..).map_or(0, |r| r.iter().take_while(|e| e.0 == ka).count());
                let ye = y + ib.get(y..).map_or(0, |r| r.iter().take_while(|e| e.0 == kb).count());
                let js = ib.get(y..ye.min(y + MAX_PER_KEY)).unwrap_or(&[]);
                for &(_, i) in ia.get(x..xe).unwrap_or(&[]) {
                    for &(_, j) in js {
                        seeds.push((i64::from(i) - i64::from(j), i, j));
                    }
                }
                (x, y) = (xe, ye);
            }
        }
    }
    seeds.sort_unstable();
    let same = |i: u32, j: u32| {
        let ka = a.keys.get(i as usize).copied().unwrap_or(0);
        ka != 0 && Some(&ka) == b.keys.get(j as usize)
    };
    let mut runs: Vec<(u32, u32, u32, u32)> = Vec::new();
    let mut last: Option<(i64, u32)> = None; // (diagonal, i1) of the last run
    for (d, i, j) in seeds {
        if last.is_some_and(|(ld, l1)| ld == d && i <= l1) {
            continue;
        }
        let (mut i0, mut j0) = (i, j);
        while i0 > 0 && j0 > 0 && same(i0 - 1, j0 - 1) {
            i0 -= 1;
            j0 -= 1;
        }
        let (mut i1, mut j1) = (i, j);
        while same(i1 + 1, j1 + 1) {
            i1 += 1;
            j1 += 1;
        }
        runs.push((i0, i1, j0, j1));
        last = Some((d, i1));
    }
    runs
}

/// A count-min sketch of shingle document frequencies.
struct Sketch {
    rows: Vec<Vec<AtomicU32>>,
    mask: u64,
}

impl Sketch {
    fn new(shingles: usize) -> Sketch {
        // About 8 counters per shingle (a generous bound on distinct ones),
        // so that small corpora, where "frequent" means a count of 3, see
        // few collisions; at most 2^23 per row (96 MiB for the three rows).
        let width = shingles.saturating_mul(8).next_power_of_two().clamp(1 << 16, 1 << 23);
        let rows = (0..3).map(|_| (0..width).map(|_| AtomicU32::new(0)).collect()).collect();
        Sketch { rows, mask: width as u64 - 1 }
    }

    fn slot(&self, h: u64, r: usize) -> usize {
        (mix(h ^ (r as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) & self.mask) as usize
    }

    fn add(&self, h: u64) {
        for (r, row) in self.rows.iter().enumerate() {
            if let Some(c) = row.get(self.slot(h, r)) {
                c.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    fn estimate(&self, h: u64) -> u32 {
        self.rows
            .iter()
            .enumerate()
            .filter_map(|(r, row)| row.get(self.slot(h, r)).map(|c| c.load(Ordering::Relaxed)))
            .min()
            .unwrap_or(0)
    }
}

impl ReuseDetector {
    /// A detector with `config`.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::link::{ReuseConfig, ReuseDetector, ReuseInput};
    /// let a = "会议强调，要把学习弘扬焦裕禄精神作为一条红线贯穿教育实践活动始终，抓好落实。";
    /// let b = "我们要把学习弘扬焦裕禄精神作为一条红线贯穿教育实践活动始终，坚持高标准。";
    /// let inputs = [ReuseInput { text: a, masks: &[] }, ReuseInput { text: b, masks: &[] }];
    /// let report = ReuseDetector::new(ReuseConfig::default()).detect(&inputs);
    /// let m = &report.matches[0];
    /// assert_eq!(&a[m.a_span], "要把学习弘扬焦裕禄精神作为一条红线贯穿教育实践活动始终");
    /// ```
    #[must_use]
    pub fn new(config: ReuseConfig) -> ReuseDetector {
        let hashes = config.bands * config.rows.max(1);
        let seeds = (0..hashes as u64).map(|i| mix(i.wrapping_add(0x5151))).collect();
        ReuseDetector { config, seeds }
    }

    /// The configuration.
    #[must_use]
    pub fn config(&self) -> &ReuseConfig {
        &self.config
    }

    /// Find the passages shared by documents of `inputs`.
    #[must_use]
    pub fn detect(&self, inputs: &[ReuseInput<'_>]) -> ReuseReport {
        self.detect_with_progress(inputs, &|_| {})
    }

    /// [`detect`](Self::detect), reporting progress through the phases
    /// [`Shingle`](LinkPhase::Shingle), [`Index`](LinkPhase::Index),
    /// [`Candidates`](LinkPhase::Candidates) and [`Align`](LinkPhase::Align).
    #[must_use]
    pub fn detect_with_progress(
        &self,
        inputs: &[ReuseInput<'_>],
        progress: &(dyn Fn(LinkProgress) + Sync),
    ) -> ReuseReport {
        let cfg = &self.config;
        let k = cfg.shingle.max(1);
        let n = inputs.len();
        // Pass 1: normalise and shingle every document once; document
        // frequencies into the sketch.
        let total: usize = inputs.iter().map(|i| i.text.len() / 3).sum();
        let sketch = Sketch::new(total);
        let tick = Ticker::new(progress, LinkPhase::Shingle, n);
        let shingled: Vec<Shingled> = inputs
            .par_iter()
            .map(|input| {
                let doc = shingle_doc(input, k);
                let mut hs: Vec<u64> = doc.hashes.iter().flatten().copied().collect();
                hs.sort_unstable();
                hs.dedup();
                for h in hs {
                    sketch.add(h);
                }
                tick.tick();
                doc
            })
            .collect();
        // In a small corpus, "frequent" means in more than half the documents.
        let share = (cfg.max_df_share * n as f64).ceil() as u32;
        let half = u32::try_from(n / 2).unwrap_or(u32::MAX).max(2);
        let max_df = cfg.max_df.min(half).max(share);
        // Pass 2: per document, the frequent flags, the sorted shingle index
        // and the window signatures → band keys.
        let tick = Ticker::new(progress, LinkPhase::Index, n);
        let (prepared, per_doc): (Vec<Prepared>, Vec<Vec<Vec<u32>>>) = shingled
            .into_par_iter()
            .map(|doc| {
                let out = self.index_doc(doc, &sketch, max_df);
                tick.tick();
                out
            })
            .unzip();
        let windows: usize = per_doc.iter().map(Vec::len).sum();
        // Pass 3: buckets, band by band, → candidate document pairs.
        let tick = Ticker::new(progress, LinkPhase::Candidates, cfg.bands);
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for band in 0..cfg.bands {
            let mut entries: Vec<(u32, u32)> = per_doc
                .iter()
                .enumerate()
                .flat_map(|(d, ws)| {
                    ws.iter().filter_map(move |keys| Some((*keys.get(band)?, d as u32)))
                })
                .collect();
            entries.par_sort_unstable();
            entries.dedup();
            let mut i = 0;
            while i < entries.len() {
                let key = entries.get(i).map_or(0, |e| e.0);
                let j = i + entries.get(i..).map_or(0, |r| r.partition_point(|e| e.0 == key));
                if j - i > 1 && j - i <= cfg.max_bucket {
                    let bucket = entries.get(i..j).unwrap_or(&[]);
                    for (x, ex) in bucket.iter().enumerate() {
                        for ey in bucket.get(x + 1..).unwrap_or(&[]) {
                            pairs.push((ex.1.min(ey.1), ex.1.max(ey.1)));
                        }
                    }
                }
                i = j.max(i + 1);
            }
            pairs.par_sort_unstable();
            pairs.dedup();
            tick.tick();
        }
        drop(per_doc);
        let candidate_pairs = pairs.len();
        // Pass 4: align the candidates, reusing both documents' preparation.
        let tick = Ticker::new(progress, LinkPhase::Align, pairs.len());
        let mut matches: Vec<ReuseMatch> = pairs
            .par_iter()
            .flat_map_iter(|&(a, b)| {
                let (a, b) = (a as usize, b as usize);
                let out = match (inputs.get(a), inputs.get(b), prepared.get(a), prepared.get(b)) {
                    (Some(ia), Some(ib), Some(pa), Some(pb)) => {
                        self.align((ia.text, pa), (ib.text, pb), a, b)
                    }
                    _ => Vec::new(),
                };
                tick.tick();
                out
            })
            .collect();
        matches.sort_by_key(|m| (m.a, m.b, m.a_span));
        ReuseReport { matches, windows, candidate_pairs }
    }

    /// A shingled document's frequent flags, sorted index and window band keys.
    fn index_doc(&self, doc: Shingled, sketch: &Sketch, max_df: u32) -> (Prepared, Vec<Vec<u32>>) {
        let cfg = &self.config;
        let k = cfg.shingle.max(1);
        let hashes = cfg.bands * cfg.rows.max(1);
        let frequent: Vec<bool> =
            doc.hashes.iter().map(|h| h.is_some_and(|h| sketch.estimate(h) > max_df)).collect();
        let content: Vec<Option<u64>> =
            doc.hashes.iter().zip(&frequent).map(|(h, &f)| h.filter(|_| !f)).collect();
        let w = cfg.window.max(k + 1);
        let stride = (w / 2).max(1);
        let mut windows = Vec::new();
        let mut start = 0;
        loop {
            let end = (start + w).min(content.len());
            let slice = content.get(start..end).unwrap_or(&[]);
            if slice.iter().flatten().count() > cfg.min_chars.saturating_sub(k) {
                let mut mins = vec![u64::MAX; hashes];
                for h in slice.iter().flatten() {
                    for (m, s) in mins.iter_mut().zip(&self.seeds) {
                        let v = mix(h ^ s);
                        if v < *m {
                            *m = v;
                        }
                    }
                }
                let keys = mins
                    .chunks(cfg.rows.max(1))
                    .enumerate()
                    .map(|(b, chunk)| {
                        let mut acc = mix(b as u64 + 1);
                        for v in chunk {
                            acc = mix(acc ^ v);
                        }
                        acc as u32
                    })
                    .collect();
                windows.push(keys);
            }
            if end >= content.len() {
                break;
            }
            start += stride;
        }
        let keys: Vec<u32> =
            doc.hashes.iter().map(|h| h.map_or(0, |h| ((h >> 32) as u32).max(1))).collect();
        let mut index: Vec<(u32, u32)> = (0u32..)
            .zip(keys.iter().zip(&frequent))
            .filter(|(_, (k, f))| **k != 0 && !**f)
            .map(|(i, (k, _))| (*k, i))
            .collect();
        index.sort_unstable();
        let prepared = Prepared { pos: doc.pos, breaks: doc.breaks, keys, index, frequent };
        (prepared, windows)
    }

    /// Local alignment of two prepared documents: chained exact shingle matches.
    fn align(
        &self,
        (ta, pa): (&str, &Prepared),
        (tb, pb): (&str, &Prepared),
        a: usize,
        b: usize,
    ) -> Vec<ReuseMatch> {
        let k = self.config.shingle.max(1);
        // Runs: maximal exact matches on one diagonal, each with a content seed.
        struct Run {
            i0: u32,
            i1: u32, // last shingle start
            j0: u32,
            j1: u32,
            exact: u32,
            /// Longest exact run, counted in content chars (not covered by a
            /// frequent shingle).
            best: u32,
        }
        let mut runs: Vec<Run> = exact_runs(pa, pb)
            .into_iter()
            .map(|(i0, i1, j0, j1)| Run { i0, i1, j0, j1, exact: i1 - i0 + 1, best: 0 })
            .collect();
        if runs.is_empty() {
            return Vec::new();
        }
        // Content chars of a run: its chars that no frequent shingle of the
        // run covers (so 各有关单位 + a short phrase does not count as long).
        let content_in = |i0: u32, i1: u32| -> u32 {
            let (i0, i1) = (i0 as usize, i1 as usize);
            let mut covered_to = i0; // chars before this one are covered
            let mut content = 0;
            for s in i0..=i1 {
                if pa.is_frequent(s) {
                    content += s.saturating_sub(covered_to);
                    covered_to = covered_to.max(s + k);
                }
            }
            content += (i1 + k).saturating_sub(covered_to);
            content as u32
        };
        for r in &mut runs {
            r.best = content_in(r.i0, r.i1);
        }
        runs.sort_by_key(|r| (r.i0, r.j0));
        // Chain runs whose ends are close in both texts (gaps ≤ 6 chars),
        // never across a break (a masked citation or name).
        let k32 = k as u32;
        let mut chains: Vec<Run> = Vec::new();
        for r in runs {
            // The next run must start past the chain's end in both texts
            // (after at most 6 unmatched chars), on a diagonal at most 4 away.
            if let Some(c) = chains.iter_mut().rev().take(4).find(|c| {
                let drift =
                    (i64::from(r.i0) - i64::from(r.j0)) - (i64::from(c.i1) - i64::from(c.j1));
                r.i0 > c.i1
                    && r.j0 > c.j1
                    && r.i0 <= c.i1 + k32 + 6
                    && r.j0 <= c.j1 + k32 + 6
                    && drift.abs() <= 4
                    && pa.side(c.i1) == pa.side(r.i0)
                    && pb.side(c.j1) == pb.side(r.j0)
            }) {
                c.i1 = r.i1;
                c.j1 = r.j1.max(c.j1);
                c.exact += r.exact;
                c.best = c.best.max(r.best);
                continue;
            }
            chains.push(r);
        }
        let mut out = Vec::new();
        for c in chains {
            let len = (c.i1 - c.i0 + k32) as usize;
            if len < self.config.min_chars || (c.best as usize) < self.config.min_exact {
                continue;
            }
            // Boilerplate share: shingles of the passage that are frequent.
            let frequent = (c.i0 as usize..=c.i1 as usize).filter(|&s| pa.is_frequent(s)).count();
            let total = (c.i1 - c.i0 + 1) as usize;
            if frequent * 2 > total {
                continue;
            }
            let span = |p: &Prepared, text: &str, s: u32, e: u32| -> Option<Span> {
                let start = *p.pos.get(s as usize)? as usize;
                let last = *p.pos.get(e as usize)? as usize;
                let ch = text.get(last..)?.chars().next()?;
                Span::try_new(start, last + ch.len_utf8())
            };
            let (Some(a_span), Some(b_span)) =
                (span(pa, ta, c.i0, c.i1 + k32 - 1), span(pb, tb, c.j0, c.j1 + k32 - 1))
            else {
                continue;
            };
            let identity = ((c.exact as usize + k - 1) as f64 / len as f64).min(1.0);
            out.push(ReuseMatch { a, b, a_span, b_span, chars: len, identity });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(texts: &[&str], cfg: ReuseConfig) -> ReuseReport {
        let inputs: Vec<ReuseInput<'_>> =
            texts.iter().map(|t| ReuseInput { text: t, masks: &[] }).collect();
        ReuseDetector::new(cfg).detect(&inputs)
    }

    #[test]
    fn finds_a_shared_passage_across_punctuation() {
        let a = "标准决定质量，有什么样的标准就有什么样的质量，只有高标准才有高质量。";
        let b = "开展教育实践活动,有什么样的标准,就有什么样的质量。标准一低就走样。";
        let r = detect(&[a, b], ReuseConfig::default());
        assert_eq!(r.matches.len(), 1, "{r:?}");
        let m = r.matches[0];
        assert_eq!(&a[m.a_span], "有什么样的标准就有什么样的质量");
        assert_eq!(&b[m.b_span], "有什么样的标准,就有什么样的质量");
    }

    #[test]
    fn short_or_unrelated_text_makes_no_match() {
        let a = "要认真学习领会，抓好贯彻落实。县处级以上领导干部集中学习。";
        let b = "全市经济社会事业持续高质量发展，领导干部到基层宣讲。";
        assert!(detect(&[a, b], ReuseConfig::default()).matches.is_empty());
    }

    #[test]
    fn boilerplate_is_discounted() {
        // The closing sentence is in every document: frequent, so no link.
        let closing = "请各地各部门结合本地区本部门实际认真贯彻执行确保各项任务落到实处";
        let bodies = [
            "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥",
            "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏",
            "金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜",
        ];
        let texts: Vec<String> = (0..14)
            .map(|i| {
                format!("{}{}{closing}", bodies[i % 3].chars().skip(i % 5).collect::<String>(), i)
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let cfg = ReuseConfig { max_df: 5, ..ReuseConfig::default() };
        let r = detect(&refs, cfg);
        assert!(r.matches.iter().all(|m| !refs[m.a][m.a_span].contains("确保各项任务")), "{r:?}");
    }

    #[test]
    fn masks_cut_passages() {
        let a = "现将《关于印发第二批教育实践活动需要把握的十个方面重点问题的通知》转发给你们";
        let b = "关于印发第二批教育实践活动需要把握的十个方面重点问题的通知";
        let start = a.find('《').unwrap();
        let end = a.find('》').unwrap() + '》'.len_utf8();
        let masks = [Span::new(start, end)];
        let inputs = [ReuseInput { text: a, masks: &masks }, ReuseInput { text: b, masks: &[] }];
        let r = ReuseDetector::new(ReuseConfig::default()).detect(&inputs);
        assert!(r.matches.is_empty());
    }
}
