//! The linker: from a corpus of [`LinkDoc`]s to a [`LinkGraph`].

use std::collections::HashMap;

use rayon::prelude::*;
use regex::Regex;

use super::doc::LinkDoc;
use super::gazetteer::{DivisionLevel, Gazetteer};
use super::graph::{DocNode, Evidence, ExternalNode, Link, LinkGraph, Node, NodeId, Relation};
use super::issuer::{Issuer, IssuerTable, Level};
use super::key::{
    CitationKind, CitedRef, DocKey, Squeezed, bigram_dice, is_document_title, is_statute_title,
    title_core, title_key,
};
use super::progress::{LinkPhase, LinkProgress, Ticker};
use super::reuse::{ReuseConfig, ReuseDetector, ReuseInput};
use crate::{Result, Span};

const FRAME_START: &str = r"根据|按照|依据|遵照|依照|贯彻落实|贯彻|落实|学习贯彻|对照|执行";
const FRAME_END: &str = r"精神|要求|部署|规定|指示|安排|讲话";
const SPEECH: &str = r"(?<speaker>习近平总书记|习近平同志|[\p{Han}]{2,3}(?:总书记|副书记|书记|省长|市长|主席|总理))(?<occ>[^，。；、,;：:（(]{0,40}?)(?:时|期间)?(?:发表)?的?(?:重要)?讲话";
const ORGAN: &str =
    r"党中央|中央|省委活动办|省活动办|省委|省政府|市委活动办|市活动办|市委|市政府|县委|县政府|州委";
const FORWARD_CLAUSE: &str = r"转发|印发|批转";
const DATE: &str = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?";
/// Phrases every notice uses; never evidence of reuse.
const BOILERPLATE: &[&str] = &[
    "请认真贯彻执行",
    "请认真贯彻落实",
    "请结合实际认真贯彻落实",
    "结合实际抓好贯彻落实",
    "特此通知",
    "请认真学习领会抓好贯彻落实",
    "印发给你们",
    "转发给你们",
    "同志们",
];

/// Links documents: forwards, cites, implements, reuses. Build once.
///
/// # Examples
///
/// ```
/// use gongwen::link::{DocRef, LinkDoc, Linker, Relation};
/// let province = "豫群办发〔2014〕5号\n关于印发《实施方案》的通知";
/// let city = "郑群办发〔2014〕21号\n根据豫群办发〔2014〕5号文件精神，制定本方案。";
/// let mut a = LinkDoc::new("prov.txt", 0, province, 0);
/// a.doc_number = DocRef::parse("豫群办发〔2014〕5号");
/// let mut b = LinkDoc::new("city.txt", 0, city, 0);
/// b.doc_number = DocRef::parse("郑群办发〔2014〕21号");
/// b.scan_citations();
/// let graph = Linker::new().link(vec![a, b]);
/// let cites: Vec<_> = graph.links().iter().filter(|l| l.relation == Relation::Cites).collect();
/// assert_eq!(cites.len(), 1);
/// assert_eq!(cites[0].evidence.text, "豫群办发〔2014〕5号");
/// ```
#[derive(Debug, Clone)]
pub struct Linker {
    frame_start: Regex,
    frame_end: Regex,
    speech: Regex,
    organ: Regex,
    forward: Regex,
    date: Regex,
    boilerplate: aho_corasick::AhoCorasick,
    reuse: ReuseDetector,
    informal_days: i32,
    min_fuzzy: f64,
}

/// Builds a [`Linker`] with non-default settings.
#[derive(Debug, Clone)]
pub struct LinkerBuilder {
    reuse: ReuseConfig,
    informal_days: i32,
    min_fuzzy: f64,
}

impl Default for LinkerBuilder {
    fn default() -> LinkerBuilder {
        LinkerBuilder { reuse: ReuseConfig::default(), informal_days: 180, min_fuzzy: 0.85 }
    }
}

impl LinkerBuilder {
    /// Settings of the reuse detector.
    pub fn reuse(&mut self, config: ReuseConfig) -> &mut Self {
        self.reuse = config;
        self
    }

    /// How many days before a document an informally named higher organ's
    /// document (`按照省委要求`) may be dated and still be its target (180).
    pub fn informal_days(&mut self, days: i32) -> &mut Self {
        self.informal_days = days;
        self
    }

    /// Least bigram similarity for matching an abbreviated cited title (0.85).
    pub fn min_fuzzy(&mut self, dice: f64) -> &mut Self {
        self.min_fuzzy = dice;
        self
    }

    /// The linker.
    ///
    /// # Errors
    ///
    /// A `config` error when a setting is out of range.
    pub fn build(&self) -> Result<Linker> {
        if !(0.0..=1.0).contains(&self.min_fuzzy) {
            return Err(crate::Error::config("min_fuzzy must lie in [0, 1]"));
        }
        if self.reuse.shingle == 0 || self.reuse.bands == 0 || self.reuse.rows == 0 {
            return Err(crate::Error::config("reuse shingle, bands and rows must be positive"));
        }
        let re = |p: &str| Regex::new(p).expect("valid linker pattern");
        Ok(Linker {
            frame_start: re(FRAME_START),
            frame_end: re(FRAME_END),
            speech: re(SPEECH),
            organ: re(ORGAN),
            forward: re(FORWARD_CLAUSE),
            date: re(DATE),
            boilerplate: aho_corasick::AhoCorasick::new(BOILERPLATE)
                .expect("valid boilerplate automaton"),
            reuse: ReuseDetector::new(self.reuse.clone()),
            informal_days: self.informal_days,
            min_fuzzy: self.min_fuzzy,
        })
    }
}

impl Default for Linker {
    fn default() -> Linker {
        Linker::new()
    }
}

/// What the linker works out about one document before linking.
struct Prepared {
    issuer: Option<Issuer>,
    title_key: Option<String>,
    /// Citations with a 《title》 and the （number） right after it merged.
    cites: Vec<Cite>,
    /// Source spans of the document's sentences that frame an implementation.
    frames: Vec<Frame>,
    /// Source spans of sentences that forward (转发…给你们).
    forward_spans: Vec<Span>,
    speeches: Vec<(Span, String)>,
    organs: Vec<(Span, Span, String)>, // (mention, frame, name)
    masks: Vec<Span>,                  // local spans, for reuse
}

#[derive(Clone, Debug)]
struct Cite {
    span: Span,
    number: Option<DocKey>,
    number_text: Option<String>,
    title: Option<String>,
    /// The title's matching key: the citation's key, folded by [`title_key`].
    key: Option<String>,
    /// False for a 《》 that names a book or film rather than a document.
    doc_like: bool,
}

#[derive(Clone, Copy, Debug)]
struct Frame {
    start: usize,
    end: usize,
}

/// Versions of one text found by [`Linker::versions`].
struct Versions {
    /// Pairs `(a, b)`, `a < b`, of versions of one text.
    same: std::collections::HashSet<(usize, usize)>,
    /// `version_of` links, each to the latest earlier version.
    links: Vec<Pending>,
}

/// Dated documents by issuing organ (level, region), sorted by date.
type OrganIndex = HashMap<(Level, Option<u32>), Vec<(jiff::civil::Date, usize)>>;

/// A link before its target has a node id.
enum Target {
    Doc(usize),
    External { number: Option<(DocKey, String)>, title: Option<String> },
}

struct Pending {
    from: usize,
    to: Target,
    relation: Relation,
    evidence: Evidence,
    score: f64,
}

impl Linker {
    /// A linker with the default settings.
    #[must_use]
    pub fn new() -> Linker {
        LinkerBuilder::default().build().expect("default settings are valid")
    }

    /// A builder for other settings.
    #[must_use]
    pub fn builder() -> LinkerBuilder {
        LinkerBuilder::default()
    }

    /// Link a corpus. Document `i` of `docs` becomes node `i` of the graph.
    #[must_use]
    pub fn link(&self, docs: Vec<LinkDoc>) -> LinkGraph {
        self.link_with_progress(docs, &|_| {})
    }

    /// [`link`](Self::link), calling `progress` (from any thread) as each
    /// [`LinkPhase`] starts, about 256 times during it, and as it ends.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Mutex;
    /// use gongwen::link::{LinkDoc, LinkPhase, Linker};
    /// let docs = vec![LinkDoc::new("a.txt", 0, "根据国发〔2014〕5号文件精神", 0)];
    /// let phases = Mutex::new(Vec::new());
    /// let graph = Linker::new().link_with_progress(docs, &|p| {
    ///     phases.lock().unwrap().push(p.phase);
    /// });
    /// let phases = phases.into_inner().unwrap();
    /// assert_eq!(phases.first(), Some(&LinkPhase::Prepare));
    /// assert_eq!(phases.last(), Some(&LinkPhase::Assemble));
    /// assert_eq!(graph.doc_count(), 1);
    /// ```
    #[must_use]
    pub fn link_with_progress(
        &self,
        docs: Vec<LinkDoc>,
        progress: &(dyn Fn(LinkProgress) + Sync),
    ) -> LinkGraph {
        let tick = Ticker::new(progress, LinkPhase::Prepare, docs.len());
        let prepared: Vec<Prepared> = docs
            .par_iter()
            .map(|d| {
                let p = self.prepare(d);
                tick.tick();
                p
            })
            .collect();
        // Indexes over the corpus.
        let mut by_number: HashMap<DocKey, Vec<usize>> = HashMap::new();
        let mut by_title: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_core_head: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            if let Some(n) = &d.doc_number {
                by_number.entry(n.key()).or_default().push(i);
            }
            if let Some(k) = prepared.get(i).and_then(|p| p.title_key.as_ref()) {
                by_title.entry(k.clone()).or_default().push(i);
                let core = title_core(k);
                by_core_head.entry(core.chars().take(6).collect()).or_default().push(i);
                by_core_head
                    .entry(core.chars().rev().take(6).collect::<String>())
                    .or_default()
                    .push(i);
            }
        }
        let find_title = |k: &str, from: usize, before: &str| -> Option<usize> {
            if let Some(v) = by_title.get(k) {
                // Several documents of one title (two offices forwarding the
                // same notice): the one whose issuer is named just before the
                // citation, else the latest not after the citing document.
                let mine = docs.get(from).and_then(|d| d.date);
                let named = |j: &usize| {
                    docs.get(*j).and_then(|o| o.issuer.as_deref()).is_some_and(|is| {
                        let is: String = is.split_whitespace().collect();
                        !is.is_empty() && before.contains(&is)
                    })
                };
                return v.iter().copied().filter(|&j| j != from).max_by_key(|j| {
                    let date = docs.get(*j).and_then(|o| o.date);
                    (named(j), date.zip(mine).is_some_and(|(a, b)| a <= b), date)
                });
            }
            let core = title_core(k);
            if core.chars().count() < 6 {
                return None;
            }
            let head: String = core.chars().take(6).collect();
            let tail: String = core.chars().rev().take(6).collect();
            let mut best: Option<(f64, usize)> = None;
            for &i in by_core_head.get(&head).into_iter().chain(by_core_head.get(&tail)).flatten() {
                if i == from {
                    continue;
                }
                let Some(other) = prepared.get(i).and_then(|p| p.title_key.as_deref()) else {
                    continue;
                };
                let oc = title_core(other);
                let sim = if oc.contains(core) || core.contains(oc) {
                    1.0_f64.min(0.9 + 0.1 * bigram_dice(core, oc))
                } else {
                    bigram_dice(core, oc)
                };
                if sim >= self.min_fuzzy && best.is_none_or(|(s, _)| sim > s) {
                    best = Some((sim, i));
                }
            }
            best.map(|(_, i)| i)
        };
        // Logical documents by (source, index), for "the next one".
        let mut by_place: HashMap<(&str, usize), usize> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            by_place.entry((d.source.as_str(), d.index)).or_insert(i);
        }
        // Explicit links: forwards, cites, implements (by citation or speech).
        let tick = Ticker::new(progress, LinkPhase::Explicit, docs.len());
        let mut pending: Vec<Pending> = docs
            .par_iter()
            .enumerate()
            .flat_map_iter(|(i, d)| {
                let Some(p) = prepared.get(i) else { return Vec::new() };
                let out = self.explicit(i, d, p, &by_place, &by_number, &find_title);
                tick.tick();
                out
            })
            .collect();
        // Reuse.
        let inputs: Vec<ReuseInput<'_>> = docs
            .iter()
            .zip(&prepared)
            .map(|(d, p)| ReuseInput { text: &d.text, masks: &p.masks })
            .collect();
        let report = self.reuse.detect_with_progress(&inputs, progress);
        let mut reused: HashMap<(usize, usize), ()> = HashMap::new();
        // Per pair of documents, the longest passages first; a passage that
        // overlaps a kept one on either side is a repeat (a name printed twice).
        let mut matches = report.matches.clone();
        matches.sort_by_key(|m| (m.a, m.b, std::cmp::Reverse(m.chars)));
        let mut kept: Vec<super::reuse::ReuseMatch> = Vec::new();
        for m in matches {
            let dup = kept
                .iter()
                .rev()
                .take_while(|k| k.a == m.a && k.b == m.b)
                .any(|k| k.a_span.overlaps(m.a_span) || k.b_span.overlaps(m.b_span));
            if !dup {
                kept.push(m);
            }
        }
        let versions = self.versions(&docs, &prepared, &by_title, &kept);
        for m in &kept {
            if versions.same.contains(&(m.a, m.b)) {
                continue; // versions of one text are not reuse
            }
            let (Some(da), Some(db)) = (docs.get(m.a), docs.get(m.b)) else { continue };
            let (pa, pb) = (prepared.get(m.a), prepared.get(m.b));
            let la = pa.and_then(|p| p.issuer.as_ref()).map(|i| i.level);
            let lb = pb.and_then(|p| p.issuer.as_ref()).map(|i| i.level);
            // The borrower is the later document, or the lower one.
            let a_borrows = match (da.date, db.date) {
                (Some(x), Some(y)) if x != y => x > y,
                _ => match (la, lb) {
                    (Some(x), Some(y)) if x != y => x > y,
                    _ => m.a > m.b,
                },
            };
            let (from, to, fspan, tspan, fdoc, tdoc) = if a_borrows {
                (m.a, m.b, m.a_span, m.b_span, da, db)
            } else {
                (m.b, m.a, m.b_span, m.a_span, db, da)
            };
            let span = fspan.shift(fdoc.offset);
            let Some(text) = fdoc.slice(span) else { continue };
            let len = m.chars as f64;
            reused.insert((from.min(to), from.max(to)), ());
            pending.push(Pending {
                from,
                to: Target::Doc(to),
                relation: Relation::Reuses,
                evidence: Evidence {
                    text: text.to_owned(),
                    span,
                    to_span: Some(tspan.shift(tdoc.offset)),
                },
                score: (m.identity * len / (len + 8.0)).clamp(0.0, 1.0),
            });
        }
        // Informal organs in frames: 按照省委要求 → the higher organ's document.
        let mut by_organ: OrganIndex = HashMap::new();
        for (j, (d, p)) in docs.iter().zip(&prepared).enumerate() {
            if let (Some(date), Some(is)) = (d.date, p.issuer.as_ref()) {
                let region = if is.level == Level::Central { None } else { is.region };
                by_organ.entry((is.level, region)).or_default().push((date, j));
            }
        }
        for v in by_organ.values_mut() {
            v.sort_unstable();
        }
        let tick = Ticker::new(progress, LinkPhase::Assemble, docs.len());
        let informal: Vec<Pending> = docs
            .par_iter()
            .enumerate()
            .flat_map_iter(|(i, d)| {
                let Some(p) = prepared.get(i) else { return Vec::new() };
                let out = self.informal(i, d, p, &reused, &by_organ);
                tick.tick();
                out
            })
            .collect();
        pending.extend(informal);
        pending.extend(versions.links);
        let mut graph = self.assemble(docs, &prepared, pending);
        graph.reuse_candidates = report.candidate_pairs;
        graph
    }

    /// Versions of one text: statutes of one title with different dates (by
    /// title), and untitled dated texts whose shared passages (`kept`, sorted
    /// by pair) cover at least 60% of both. Each version links to the latest
    /// earlier one; `same` holds every pair `(a, b)`, `a < b`, of versions.
    fn versions(
        &self,
        docs: &[LinkDoc],
        prepared: &[Prepared],
        by_title: &HashMap<String, Vec<usize>>,
        kept: &[super::reuse::ReuseMatch],
    ) -> Versions {
        let mut same: std::collections::HashSet<(usize, usize)> = Default::default();
        // Candidate links by `from`, with the date of their target: the latest wins.
        let mut best: HashMap<usize, (jiff::civil::Date, Pending)> = HashMap::new();
        let mut offer = |from: usize, date: jiff::civil::Date, p: Pending| {
            if best.get(&from).is_none_or(|(d, _)| date > *d) {
                best.insert(from, (date, p));
            }
        };
        for (key, group) in by_title {
            if group.len() < 2 || !is_statute_title(key) {
                continue;
            }
            let mut dated: Vec<(jiff::civil::Date, usize)> =
                group.iter().filter_map(|&i| Some((docs.get(i)?.date?, i))).collect();
            dated.sort_unstable();
            for (x, &(_, i)) in dated.iter().enumerate() {
                for &(_, j) in dated.get(x + 1..).unwrap_or(&[]) {
                    same.insert((i.min(j), i.max(j)));
                }
            }
            for w in dated.windows(2) {
                let (Some(&(d0, older)), Some(&(d1, newer))) = (w.first(), w.get(1)) else {
                    continue;
                };
                let Some(doc) = docs.get(newer) else { continue };
                if d0 == d1 {
                    continue;
                }
                // The title as printed; a title the archive gave
                // (`--jsonl-title`) is in no text, so the evidence is then
                // empty, at the start of the document.
                let (text, span) = match doc.title_span.and_then(|s| Some((doc.slice(s)?, s))) {
                    Some((text, span)) => (text.to_owned(), span),
                    None => (String::new(), Span::new(doc.offset, doc.offset)),
                };
                let evidence = Evidence { text, span, to_span: None };
                let p = Pending {
                    from: newer,
                    to: Target::Doc(older),
                    relation: Relation::VersionOf,
                    evidence,
                    score: 0.9,
                };
                offer(newer, d0, p);
            }
        }
        // Untitled texts: coverage of the kept passages, per pair.
        let untitled = |i: usize| prepared.get(i).is_some_and(|p| p.title_key.is_none());
        let mut x = 0;
        while let Some(m) = kept.get(x) {
            let pair = kept.get(x..).unwrap_or(&[]);
            let n = pair.iter().take_while(|k| k.a == m.a && k.b == m.b).count().max(1);
            let ms = pair.get(..n).unwrap_or(&[]);
            x += n;
            let (Some(da), Some(db)) = (docs.get(m.a), docs.get(m.b)) else { continue };
            let (Some(ya), Some(yb)) = (da.date, db.date) else { continue };
            if ya == yb || !untitled(m.a) || !untitled(m.b) {
                continue;
            }
            let cover = |len: usize, f: &dyn Fn(&super::reuse::ReuseMatch) -> Span| {
                let got: usize = ms.iter().map(|k| f(k).end - f(k).start).sum();
                got as f64 / len.max(1) as f64
            };
            let (ca, cb) =
                (cover(da.text.len(), &|k| k.a_span), cover(db.text.len(), &|k| k.b_span));
            if ca < 0.6 || cb < 0.6 {
                continue;
            }
            same.insert((m.a, m.b));
            let Some(longest) = ms.iter().max_by_key(|k| k.chars) else { continue };
            let (from, to, fspan, tspan, fdoc, tdoc, date) = if ya > yb {
                (m.a, m.b, longest.a_span, longest.b_span, da, db, yb)
            } else {
                (m.b, m.a, longest.b_span, longest.a_span, db, da, ya)
            };
            let span = fspan.shift(fdoc.offset);
            let Some(text) = fdoc.slice(span) else { continue };
            let evidence =
                Evidence { text: text.to_owned(), span, to_span: Some(tspan.shift(tdoc.offset)) };
            let p = Pending {
                from,
                to: Target::Doc(to),
                relation: Relation::VersionOf,
                evidence,
                score: ca.min(cb).clamp(0.0, 1.0),
            };
            offer(from, date, p);
        }
        let mut links: Vec<Pending> = best.into_values().map(|(_, p)| p).collect();
        links.sort_by_key(|p| p.from);
        Versions { same, links }
    }

    fn prepare(&self, d: &LinkDoc) -> Prepared {
        let t = IssuerTable::builtin();
        let issuer = d
            .doc_number
            .as_ref()
            .and_then(|n| t.resolve_code(&n.code))
            .or_else(|| d.issuer.as_deref().and_then(|i| t.resolve_name(i)))
            .or_else(|| infer_region(&d.text));
        let own_key = d.title.as_deref().map(title_key).filter(|k| !k.is_empty());
        // Merge a title citation with a number right after it: 《…》（中办发〔2014〕4号）.
        let mut cites: Vec<Cite> = Vec::new();
        let mut sorted: Vec<&CitedRef> = d.citations.iter().collect();
        sorted.sort_by_key(|c| c.span);
        let mut masks = Vec::new();
        for c in sorted {
            let local = Span::try_new(
                c.span.start.saturating_sub(d.offset),
                c.span.end.saturating_sub(d.offset),
            );
            masks.extend(local);
            match c.kind {
                CitationKind::DocNumber => {
                    let Some(n) = &c.doc_number else { continue };
                    if let Some(last) = cites.last_mut()
                        && last.number.is_none()
                        && last.title.is_some()
                        && d.slice(Span::new(last.span.end, c.span.start.max(last.span.end)))
                            .is_some_and(|gap| {
                                gap.chars().count() <= 2
                                    && gap.chars().all(|ch| "（( ".contains(ch))
                            })
                    {
                        let close = Span::try_new(c.span.end, d.span().end)
                            .and_then(|rest| d.slice(rest))
                            .and_then(|s| s.chars().next())
                            .filter(|ch| "）)".contains(*ch))
                            .map_or(0, char::len_utf8);
                        let Some(merged) = Span::try_new(last.span.start, c.span.end + close)
                        else {
                            continue;
                        };
                        last.span = merged;
                        last.number = Some(n.key());
                        last.number_text = Some(n.text.clone());
                        last.doc_like = true;
                        continue;
                    }
                    cites.push(Cite {
                        span: c.span,
                        number: Some(n.key()),
                        number_text: Some(n.text.clone()),
                        title: None,
                        key: None,
                        doc_like: true,
                    });
                }
                CitationKind::Title => {
                    let Some(title) = &c.title else { continue };
                    if is_alias_definition(d, c.span) {
                        continue;
                    }
                    // One key: the citation's own (the analyser's, when the
                    // document came from a report), folded for matching.
                    let key = if c.key.is_empty() { title_key(title) } else { title_key(&c.key) };
                    cites.push(Cite {
                        span: c.span,
                        number: None,
                        number_text: None,
                        title: Some(title.clone()),
                        key: Some(key),
                        doc_like: is_document_title(title),
                    });
                }
            }
        }
        for m in self.boilerplate.find_iter(&d.text) {
            masks.push(Span::new(m.start(), m.end()));
        }
        // Titles, names, numbers and dates are not passages: two notices of one office
        // share its name and often their date.
        for m in self.date.find_iter(&d.text) {
            masks.push(Span::new(m.start(), m.end()));
        }
        if let Some(t) = d.title_span
            && let (Some(a), Some(b)) = (t.start.checked_sub(d.offset), t.end.checked_sub(d.offset))
        {
            masks.extend(Span::try_new(a, b));
        }
        let names =
            d.issuer.iter().map(String::as_str).chain(d.doc_number.iter().map(|n| n.text.as_str()));
        for name in names.filter(|n| n.chars().count() >= 3) {
            masks.extend(d.text.match_indices(name).map(|(at, m)| Span::new(at, at + m.len())));
        }
        // Sentences, frames, speeches and organ mentions.
        let mut frames = Vec::new();
        let mut forward_spans = Vec::new();
        let mut speeches = Vec::new();
        let mut organs = Vec::new();
        for (s, e) in sentences(&d.text) {
            let Some(sentence) = d.text.get(s..e) else { continue };
            let sq = Squeezed::new(sentence, d.offset + s);
            let Some(src_span) = sq.to_source(0, sq.text.len()) else { continue };
            if self.forward.is_match(&sq.text)
                && (sq.text.contains("给你们")
                    || d.title_span.is_some_and(|t| t.overlaps(src_span)))
            {
                forward_spans.push(src_span);
            }
            // The first frame word outside a citation (a cited title may say 落实).
            let inside_cite = |m: &regex::Match<'_>| {
                sq.to_source(m.start(), m.end())
                    .is_some_and(|x| cites.iter().any(|c| c.span.contains(x)))
            };
            let Some(fs) = self.frame_start.find_iter(&sq.text).find(|m| !inside_cite(m)) else {
                continue;
            };
            let fe = self
                .frame_end
                .find_iter(&sq.text)
                .filter(|m| m.start() >= fs.end() && !inside_cite(m))
                .last();
            let frame = fe.map(|fe| {
                let start = sq.to_source(fs.start(), fs.end()).map_or(src_span.start, |x| x.start);
                let end = sq.to_source(fe.start(), fe.end()).map_or(src_span.end, |x| x.end);
                Frame { start, end }
            });
            if let Some(f) = frame {
                frames.push(f);
            }
            for c in self.speech.captures_iter(&sq.text) {
                let (Some(m), Some(speaker)) = (c.get(0), c.name("speaker")) else { continue };
                if m.start() < fs.start() {
                    continue;
                }
                let occ = c.name("occ").map_or("", |o| o.as_str());
                if occ.starts_with("关于") {
                    continue; // a speech about a place, not given there
                }
                let Some(place) = Gazetteer::builtin()
                    .mentions(occ)
                    .iter()
                    .filter_map(|x| Gazetteer::builtin().get(x.code))
                    .max_by_key(|x| x.level)
                else {
                    continue;
                };
                let Some(span) = sq.to_source(fs.start(), m.end()) else { continue };
                speeches.push((span, format!("{}在{}的讲话", speaker.as_str(), place.name)));
            }
            if let Some(f) = frame {
                for m in self.organ.find_iter(&sq.text) {
                    let Some(span) = sq.to_source(m.start(), m.end()) else { continue };
                    if span.start >= f.start && span.end <= f.end {
                        let fspan = Span::new(f.start, f.end);
                        organs.push((span, fspan, m.as_str().to_owned()));
                    }
                }
            }
        }
        Prepared {
            issuer,
            title_key: own_key,
            cites,
            frames,
            forward_spans,
            speeches,
            organs,
            masks,
        }
    }

    fn explicit(
        &self,
        i: usize,
        d: &LinkDoc,
        p: &Prepared,
        by_place: &HashMap<(&str, usize), usize>,
        by_number: &HashMap<DocKey, Vec<usize>>,
        find_title: &(dyn Fn(&str, usize, &str) -> Option<usize> + Sync),
    ) -> Vec<Pending> {
        let mut out = Vec::new();
        let mut forwarded = false;
        let resolve = |c: &Cite| {
            c.number
                .as_ref()
                .and_then(|k| by_number.get(k)?.iter().copied().find(|&j| j != i))
                .or_else(|| {
                    let from = c.span.start.saturating_sub(90).max(d.offset);
                    let before = (from..c.span.start)
                        .find_map(|s| d.slice(Span::new(s, c.span.start)))
                        .unwrap_or("");
                    let before: String = before.split_whitespace().collect();
                    c.key.as_deref().and_then(|k| find_title(k, i, &before))
                })
        };
        // A title cited in the document's own title has no context to tell
        // namesakes apart; the same title cited in the body has (现将某办《…》).
        let in_title = |c: &Cite| d.title_span.is_some_and(|t| t.contains(c.span));
        let body_targets: HashMap<String, usize> = p
            .cites
            .iter()
            .filter(|c| !in_title(c))
            .filter_map(|c| Some((c.key.clone()?, resolve(c)?)))
            .collect();
        for c in &p.cites {
            let from_body = c
                .key
                .as_ref()
                .filter(|_| in_title(c) && c.number.is_none())
                .and_then(|k| body_targets.get(k).copied());
            let target = from_body.or_else(|| resolve(c));
            let Some(text) = d.slice(c.span) else { continue };
            let evidence = Evidence { text: text.to_owned(), span: c.span, to_span: None };
            let to = || match target {
                Some(j) => Target::Doc(j),
                None => Target::External {
                    number: c.number.clone().zip(c.number_text.clone()),
                    title: c.title.clone(),
                },
            };
            let in_forward = d.forwarding && p.forward_spans.iter().any(|s| s.contains(c.span));
            if !c.doc_like && !in_forward {
                continue;
            }
            if in_forward {
                forwarded = true;
                out.push(Pending {
                    from: i,
                    to: to(),
                    relation: Relation::Forwards,
                    evidence: evidence.clone(),
                    score: if target.is_some() { 0.95 } else { 0.8 },
                });
                continue;
            }
            let score = if target.is_some() { 0.95 } else { 0.85 };
            out.push(Pending {
                from: i,
                to: to(),
                relation: Relation::Cites,
                evidence: evidence.clone(),
                score,
            });
            if p.frames.iter().any(|f| f.start <= c.span.start && c.span.end <= f.end) {
                let frame =
                    p.frames.iter().find(|f| f.start <= c.span.start && c.span.end <= f.end);
                let ev = frame
                    .and_then(|f| {
                        let span = Span::new(f.start, f.end);
                        Some(Evidence { text: d.slice(span)?.to_owned(), span, to_span: None })
                    })
                    .unwrap_or(evidence);
                out.push(Pending {
                    from: i,
                    to: to(),
                    relation: Relation::Implements,
                    evidence: ev,
                    score: score * 0.95,
                });
            }
        }
        // A forwarding notice with no forwarded citation: the next logical document.
        if d.forwarding && !forwarded {
            let next = by_place.get(&(d.source.as_str(), d.index + 1)).copied();
            // The body's 现将…转发给你们 rather than the title, when both say it.
            let in_body = |s: &&Span| !d.title_span.is_some_and(|t| t.overlaps(**s));
            let ev_span = p
                .forward_spans
                .iter()
                .find(in_body)
                .or(p.forward_spans.first())
                .copied()
                .or(d.title_span);
            if let (Some(j), Some(span)) = (next, ev_span)
                && let Some(text) = d.slice(span)
            {
                out.push(Pending {
                    from: i,
                    to: Target::Doc(j),
                    relation: Relation::Forwards,
                    evidence: Evidence { text: text.to_owned(), span, to_span: None },
                    score: 0.8,
                });
            }
        }
        for (span, title) in &p.speeches {
            let Some(text) = d.slice(*span) else { continue };
            out.push(Pending {
                from: i,
                to: Target::External { number: None, title: Some(title.clone()) },
                relation: Relation::Implements,
                evidence: Evidence { text: text.to_owned(), span: *span, to_span: None },
                score: 0.8,
            });
        }
        out
    }

    fn informal(
        &self,
        i: usize,
        d: &LinkDoc,
        p: &Prepared,
        reused: &HashMap<(usize, usize), ()>,
        by_organ: &OrganIndex,
    ) -> Vec<Pending> {
        let mut out = Vec::new();
        let (Some(date), Some(me)) = (d.date, p.issuer.as_ref()) else { return out };
        let t = IssuerTable::builtin();
        let mut done: Vec<usize> = Vec::new();
        for (_, frame, name) in &p.organs {
            let Some(organ) = t.resolve_informal(name, me.region) else { continue };
            if organ.level >= me.level {
                continue; // only higher organs
            }
            let earliest =
                date.checked_sub(jiff::Span::new().days(self.informal_days)).unwrap_or(date);
            let key =
                (organ.level, if organ.level == Level::Central { None } else { organ.region });
            let list = by_organ.get(&key).map_or(&[][..], Vec::as_slice);
            let lo = list.partition_point(|(od, _)| *od < earliest);
            let hi = list.partition_point(|(od, _)| *od <= date);
            let candidates: Vec<usize> = list
                .get(lo..hi)
                .unwrap_or(&[])
                .iter()
                .map(|&(_, j)| j)
                .filter(|&j| j != i)
                .collect();
            let with_reuse: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&j| reused.contains_key(&(i.min(j), i.max(j))))
                .collect();
            let (chosen, score) = if !with_reuse.is_empty() {
                (with_reuse, 0.8)
            } else if candidates.len() == 1 {
                (candidates, 0.6)
            } else {
                continue;
            };
            let Some(text) = d.slice(*frame) else { continue };
            for j in chosen {
                if done.contains(&j) {
                    continue;
                }
                done.push(j);
                out.push(Pending {
                    from: i,
                    to: Target::Doc(j),
                    relation: Relation::Implements,
                    evidence: Evidence { text: text.to_owned(), span: *frame, to_span: None },
                    score,
                });
            }
        }
        out
    }

    fn assemble(
        &self,
        docs: Vec<LinkDoc>,
        prepared: &[Prepared],
        pending: Vec<Pending>,
    ) -> LinkGraph {
        let g = Gazetteer::builtin();
        let t = IssuerTable::builtin();
        let n = docs.len();
        let mut nodes: Vec<Node> = docs
            .into_iter()
            .zip(prepared)
            .map(|(d, p)| {
                let issuer = p.issuer.as_ref();
                let region = issuer.and_then(|i| i.region);
                Node::Doc(DocNode {
                    source: d.source,
                    index: d.index,
                    id: d.id,
                    doc_number: d.doc_number.map(|n| n.text),
                    title: d.title,
                    date: d.date,
                    level: issuer.map(|i| i.level),
                    region,
                    region_name: region.and_then(|r| g.get(r)).map(|r| r.name.clone()),
                    parent_region_name: region
                        .and_then(|r| g.get(r))
                        .and_then(|r| g.parent(r))
                        .map(|p| p.name.clone()),
                })
            })
            .collect();
        let mut externals: HashMap<String, NodeId> = HashMap::new();
        let mut seen: HashMap<(usize, NodeId, Relation), usize> = HashMap::new();
        let mut links: Vec<Link> = Vec::new();
        let mut pending = pending;
        pending.sort_by_key(|p| p.from);
        for p in pending {
            let to = match p.to {
                Target::Doc(j) => NodeId(j as u32),
                Target::External { number, title } => {
                    let key = match (&number, &title) {
                        (Some((k, _)), _) => format!("#{}〔{}〕{}", k.code, k.year, k.serial),
                        (None, Some(t)) => title_key(t),
                        (None, None) => continue,
                    };
                    *externals.entry(key).or_insert_with(|| {
                        let level = number
                            .as_ref()
                            .and_then(|(k, _)| t.resolve_code(&k.code))
                            .map(|i| i.level);
                        nodes.push(Node::External(ExternalNode {
                            doc_number: number.map(|(_, text)| text),
                            title: title.map(|t| t.split_whitespace().collect()),
                            level,
                        }));
                        NodeId((nodes.len() - 1) as u32)
                    })
                }
            };
            let from = NodeId(p.from as u32);
            if p.relation != Relation::Reuses {
                // One link per (from, to, relation); a forwards link makes a
                // cites link to the same target redundant.
                if seen.contains_key(&(p.from, to, Relation::Forwards))
                    && p.relation == Relation::Cites
                {
                    continue;
                }
                if let Some(&k) = seen.get(&(p.from, to, p.relation)) {
                    if let Some(l) = links.get_mut(k)
                        && p.score > l.score
                    {
                        l.score = p.score;
                        l.evidence = p.evidence;
                    }
                    continue;
                }
                seen.insert((p.from, to, p.relation), links.len());
            }
            links.push(Link {
                from,
                to,
                relation: p.relation,
                evidence: p.evidence,
                score: p.score,
            });
        }
        links.sort_by_key(|l| (l.from, l.evidence.span.start, l.relation));
        let by_source = nodes
            .iter()
            .take(n)
            .enumerate()
            .filter_map(|(i, node)| match node {
                Node::Doc(d) => Some(((d.source.clone(), d.index), NodeId(i as u32))),
                Node::External(_) => None,
            })
            .collect();
        LinkGraph { nodes, links, docs: n, reuse_candidates: 0, by_source }
    }
}

/// `以下简称《讲话》`: a 《》 that only defines a short name.
fn is_alias_definition(d: &LinkDoc, span: Span) -> bool {
    let before_start = span.start.saturating_sub(12).max(d.offset);
    // The first char boundary at or after `before_start` (an empty range when
    // the span lies outside the document).
    (before_start..span.start)
        .find_map(|s| d.slice(Span::new(s, span.start)))
        .is_some_and(|b| b.contains("简称") || b.ends_with('称'))
}

/// Byte ranges of sentences: split after 。！？；!?; and at line breaks.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n') {
            let end = i + c.len_utf8();
            if end > start {
                out.push((start, end));
            }
            start = end;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// A document's region from its text when no number or issuer tells it:
/// the division it speaks of as its own (全市/我市 → a prefecture), counting
/// mentions of places it is not merely visiting or quoting (在兰考调研,
/// 兰考讲话 do not count).
fn infer_region(text: &str) -> Option<Issuer> {
    let g = Gazetteer::builtin();
    let count = |pats: &[&str]| pats.iter().map(|p| text.matches(p).count()).sum::<usize>();
    let selves = [
        (count(&["全省", "我省"]), DivisionLevel::Province),
        (count(&["全市", "我市"]), DivisionLevel::Prefecture),
        (count(&["全县", "我县"]), DivisionLevel::County),
    ];
    let (n, tier) = selves.into_iter().max_by_key(|(n, _)| *n)?;
    if n == 0 {
        return None;
    }
    let mut tally: HashMap<u32, usize> = HashMap::new();
    let mentions = g.mentions(text);
    for (k, m) in mentions.iter().enumerate() {
        let before = text.get(..m.span.start).unwrap_or("");
        let after = text.get(m.span.end..).unwrap_or("");
        let visiting =
            |b: &str| ["在", "到", "赴", "深入", "联系点"].iter().any(|w| b.ends_with(w));
        let mut skip = visiting(before)
            || ["调研", "讲话", "考察", "发表", "视察"].iter().any(|w| after.starts_with(w));
        // 在河南兰考: a province right before, itself after 在.
        if let Some(prev) = k.checked_sub(1).and_then(|p| mentions.get(p))
            && prev.span.end == m.span.start
            && visiting(text.get(..prev.span.start).unwrap_or(""))
        {
            skip = true;
        }
        if skip {
            continue;
        }
        let mut cur = g.get(m.code);
        while let Some(d) = cur {
            *tally.entry(d.code).or_default() += 1;
            cur = g.parent(d);
        }
    }
    let (&code, _) = tally
        .iter()
        .filter(|(c, _)| g.get(**c).is_some_and(|d| d.level == tier))
        .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))?;
    let d = g.get(code)?;
    Some(Issuer { organ: None, level: Level::of_division(d.level), region: Some(code) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_is_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<Linker>();
        let _ = Linker::new();
        assert!(Linker::builder().min_fuzzy(2.0).build().is_err());
    }

    #[test]
    fn region_from_text() {
        let text = "全市教育实践活动汇报会。习近平总书记在河南兰考调研时的重要讲话。深入到兰考县调研。省委督导组常驻岳阳指导工作。借鉴君山区的经验,全市要抓好。";
        let i = infer_region(text).unwrap();
        assert_eq!((i.level, i.region), (Level::Municipal, Some(430600)));
        assert_eq!(infer_region("没有地名的文字"), None);
    }

    fn doc(source: &str, text: &str, number: &str, title: &str, date: (i16, i8, i8)) -> LinkDoc {
        let mut d = LinkDoc::new(source, 0, text, 0);
        d.doc_number = super::super::key::DocRef::parse(number);
        if let Some(at) = text.find(title) {
            d.title_span = Some(Span::new(at, at + title.len()));
        }
        d.title = Some(title.to_owned());
        d.date = Some(jiff::civil::date(date.0, date.1, date.2));
        d.scan_citations();
        d
    }

    #[test]
    fn abbreviated_title_citation_finds_the_document() {
        let a = doc(
            "a",
            "豫办〔2014〕3号\n关于印发《河南省第二批党的群众路线教育实践活动实施意见》的通知\n正文。",
            "豫办〔2014〕3号",
            "关于印发《河南省第二批党的群众路线教育实践活动实施意见》的通知",
            (2014, 2, 1),
        );
        let b = doc(
            "b",
            "郑办〔2014〕9号\n关于开展活动的通知\n按照《河南省第二批党的群众路线教育实践活动实施意见》要求，开展活动。",
            "郑办〔2014〕9号",
            "关于开展活动的通知",
            (2014, 3, 1),
        );
        let g = Linker::new().link(vec![a, b]);
        let rel: Vec<(u32, u32, Relation)> =
            g.links().iter().map(|l| (l.from.0, l.to.0, l.relation)).collect();
        assert!(rel.contains(&(1, 0, Relation::Cites)), "{rel:?}");
        assert!(rel.contains(&(1, 0, Relation::Implements)), "{rel:?}");
    }

    #[test]
    fn forwarding_without_citation_forwards_the_next_document() {
        let mut a = doc(
            "s",
            "关于转发省里通知的通知\n现转发给你们，请认真贯彻执行。",
            "",
            "关于转发省里通知的通知",
            (2014, 3, 2),
        );
        a.forwarding = true;
        let mut b = doc(
            "s",
            "关于做好春耕工作的通知\n各市：做好春耕。",
            "",
            "关于做好春耕工作的通知",
            (2014, 3, 1),
        );
        b.index = 1;
        let g = Linker::new().link(vec![a, b]);
        let l = g.links().iter().find(|l| l.relation == Relation::Forwards).expect("forwards");
        assert_eq!((l.from.0, l.to.0), (0, 1));
        assert_eq!(l.evidence.text, "现转发给你们，请认真贯彻执行。");
    }

    #[test]
    fn malformed_input_does_not_panic() {
        use super::super::key::{CitationKind, CitedRef};
        let mut d = LinkDoc::new("x", 0, "关于《通知》（国发〔2014〕1号）和《意见》", 100);
        d.title_span = Some(Span { start: 500, end: 3 });
        d.forwarding = true;
        let bogus = |start, end, kind| CitedRef {
            kind,
            text: String::new(),
            span: Span { start, end },
            doc_number: super::super::key::DocRef::parse("国发〔2014〕1号"),
            title: Some("关于印发某某办法的通知".into()),
            key: String::new(),
        };
        d.citations = vec![
            bogus(0, 5, CitationKind::Title),
            bogus(90, 2000, CitationKind::DocNumber),
            bogus(120, 101, CitationKind::Title),
            bogus(101, 102, CitationKind::DocNumber),
            bogus(usize::MAX - 1, usize::MAX, CitationKind::Title),
        ];
        let mut e = LinkDoc::new("y", 0, "", 0);
        e.date = Some(jiff::civil::date(2014, 1, 1));
        let g = Linker::new().link(vec![d, e, LinkDoc::new("z", 3, "全市全市我市", 7)]);
        for l in g.links() {
            assert!(l.evidence.span.start <= l.evidence.span.end);
        }
    }

    #[test]
    fn versions_of_one_text_are_not_reuse() {
        let body = "第一条 为了维护道路运输市场秩序，保障道路运输安全，保护道路运输有关各方当事人的合法权益，促进道路运输业的健康发展，制定本条例。\n第二条 从事道路运输经营以及道路运输相关业务的，应当遵守本条例。";
        let version = |y: i16, extra: &str| {
            let mut d = LinkDoc::new(format!("{y}.txt"), 0, format!("{body}\n{extra}"), 0);
            d.date = Some(jiff::civil::date(y, 3, 2));
            d
        };
        // Untitled texts sharing most of both: versions, the later first.
        let g = Linker::new().link(vec![version(2023, "第三条 新增。"), version(2019, "")]);
        let rel: Vec<(u32, u32, Relation)> =
            g.links().iter().map(|l| (l.from.0, l.to.0, l.relation)).collect();
        assert_eq!(rel, [(0, 1, Relation::VersionOf)], "{rel:?}");
        // Statutes of one title: versions by title and date, each to the one before.
        let titled = |y: i16, text: &str| {
            let mut d = doc(&format!("{y}.txt"), text, "", "道路运输条例", (y, 1, 1));
            d.title_span = Some(Span::new(0, "道路运输条例".len()));
            d
        };
        let g = Linker::new().link(vec![
            titled(2019, "道路运输条例\n第一条 甲乙丙。"),
            titled(2023, "道路运输条例\n第一条 庚辛壬。"),
            titled(2022, "道路运输条例\n第一条 丁戊己。"),
        ]);
        let rel: Vec<(u32, u32, Relation)> =
            g.links().iter().map(|l| (l.from.0, l.to.0, l.relation)).collect();
        assert_eq!(rel, [(1, 2, Relation::VersionOf), (2, 0, Relation::VersionOf)], "{rel:?}");
        // Notices of one title are not versions.
        let notice =
            |y: i16| doc(&format!("{y}.txt"), "正文", "", "关于做好春耕工作的通知", (y, 1, 1));
        let g = Linker::new().link(vec![notice(2019), notice(2022)]);
        assert!(g.links().iter().all(|l| l.relation != Relation::VersionOf));
    }

    #[test]
    fn sentence_split() {
        let s = sentences("一。二；三\n四");
        assert_eq!(s.len(), 4);
    }
}
