//! The per-document lookups of the quota extractor: blocked spans, target
//! times, words and governing cues, sentence and clause ends.

use super::words::{WORDS, Word};
use crate::Span;
use crate::extract::Context;
use crate::extract::deadline::{CUES, Cue};
use crate::extract::genre::{Genre, Reading};
use crate::extract::sentence::is_sentence_end;
use crate::extract::time::{TimeKind, TimeRecognizer};
use crate::extract::word_tables::WordTables;

/// How far back (bytes) a clause scope may reach: bounds the work per number
/// on one-line documents whose clauses run long.
const SCOPE_MAX: usize = 360;

/// What governs a clause: the shared cues and the quota words merged, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gov {
    Require,
    Past,
    /// 累计, 共计: past in a report, but a cumulative target after `到2025年`.
    SoftPast,
}

/// The per-document lookups, all sorted by offset for binary search.
pub(super) struct Prepared {
    /// Times and 《titles》, merged into disjoint spans.
    pub(super) blocked: Vec<Span>,
    /// Future time points (`到2023年`, `年底前`) and recurrences (`每年`).
    pub(super) targets: Vec<Span>,
    pub(super) words: Vec<(Span, Word)>,
    pub(super) gov: Vec<(Span, Gov)>,
    /// Offsets just after each sentence end.
    pub(super) sentence_ends: Vec<usize>,
    /// Offsets just after each clause end (，：) inside sentences.
    pub(super) clause_ends: Vec<usize>,
    /// Starts of requirement cues that close their clause (`会议决定，`,
    /// `要求：`): they govern the rest of their sentence.
    pub(super) intros: Vec<usize>,
    /// Whether each paragraph reads as a report (news, a review): there a
    /// comparator that reports as readily as it requires (`超过`, `达到`,
    /// `以上`) needs a requirement to make a quota.
    pub(super) registers: Registers,
    /// The document may state plans: not news (see [`Word::Plan`]).
    pub(super) may_plan: bool,
    /// The document is or issues a plan: its prose lines are tasks.
    pub(super) plan_document: bool,
    /// The document states decisions in force ([`Reading::issued`]).
    pub(super) issued: bool,
    /// Starts of the notes naming the units responsible for a task
    /// ([`Word::Task`]).
    pub(super) task_notes: Vec<usize>,
}

impl Prepared {
    pub(super) fn is_blocked(&self, s: usize, e: usize) -> bool {
        let i = self.blocked.partition_point(|b| b.end <= s);
        self.blocked.get(i).is_some_and(|b| b.start < e)
    }

    pub(super) fn sentence_start(&self, at: usize) -> usize {
        let i = self.sentence_ends.partition_point(|&p| p <= at);
        i.checked_sub(1).and_then(|k| self.sentence_ends.get(k)).copied().unwrap_or(0)
    }

    /// The start of the clause before the one holding `at` (or of the
    /// sentence), no further back than [`SCOPE_MAX`].
    pub(super) fn scope_start(&self, sent_start: usize, at: usize) -> usize {
        let i = self.clause_ends.partition_point(|&p| p <= at);
        let s = i.checked_sub(2).and_then(|k| self.clause_ends.get(k)).copied().unwrap_or(0);
        s.max(sent_start).max(at.saturating_sub(SCOPE_MAX))
    }

    /// True when the clause holding `at` follows a condition clause
    /// (`…者，`, `…的，`) of the same sentence.
    pub(super) fn after_condition(&self, v: &str, at: usize) -> bool {
        let i = self.clause_ends.partition_point(|&p| p <= at);
        let Some(&c) = i.checked_sub(1).and_then(|k| self.clause_ends.get(k)) else {
            return false;
        };
        c > self.sentence_start(at)
            && v.get(..c).is_some_and(|b| {
                let mut cs = b.chars().rev();
                cs.next();
                matches!(cs.next(), Some('者' | '的'))
            })
    }

    /// The last word ending at or before `at`.
    pub(super) fn word_before(&self, at: usize) -> Option<(Span, Word)> {
        let i = self.words.partition_point(|(s, _)| s.end <= at);
        i.checked_sub(1).and_then(|k| self.words.get(k)).copied()
    }

    /// The last governing cue in `from..to`.
    pub(super) fn gov_in(&self, from: usize, to: usize) -> Option<(Span, Gov)> {
        let i = self.gov.partition_point(|(s, _)| s.end <= to);
        i.checked_sub(1).and_then(|k| self.gov.get(k)).copied().filter(|(s, _)| s.start >= from)
    }

    /// True when a cue of requirement lies in `from..to`.
    pub(super) fn requirement_in(&self, from: usize, to: usize) -> bool {
        let i = self.gov.partition_point(|(s, _)| s.end <= to);
        self.gov
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|(s, _)| s.start >= from)
            .any(|&(_, g)| g == Gov::Require)
    }

    /// True when a cue in `from..to` introduces the rest of its sentence.
    pub(super) fn intro_in(&self, from: usize, to: usize) -> bool {
        let i = self.intros.partition_point(|&s| s < from);
        self.intros.get(i).is_some_and(|&s| s < to)
    }

    /// The start of the clause holding `at` (or of its sentence).
    pub(super) fn clause_start(&self, sent_start: usize, at: usize) -> usize {
        let i = self.clause_ends.partition_point(|&p| p <= at);
        i.checked_sub(1).and_then(|k| self.clause_ends.get(k)).copied().unwrap_or(0).max(sent_start)
    }

    /// The words ending at or before `at`, nearest first.
    pub(super) fn words_before(&self, at: usize) -> impl Iterator<Item = (Span, Word)> {
        let i = self.words.partition_point(|(s, _)| s.end <= at);
        self.words.get(..i).unwrap_or_default().iter().rev().copied()
    }

    /// True when the paragraph of `at` is a task of a plan: a prose line of
    /// a document that is or issues a plan, or a line with a task note
    /// ([`Word::Task`]) after `at`.
    pub(super) fn in_task(&self, at: usize) -> bool {
        // In a plan, prose states targets; a bare table cell (`建设公园绿地
        // 200公顷` in a funding table) describes what an amount pays for.
        if self.plan_document && self.registers.prose_at(at) {
            return true;
        }
        let ends = self.registers.line_ends();
        let line_end = ends.get(ends.partition_point(|&e| e < at)).copied();
        let i = self.task_notes.partition_point(|&s| s < at);
        self.task_notes.get(i).is_some_and(|&s| line_end.is_none_or(|e| s < e))
    }

    /// A target time or recurrence in `from..to`, with no hard past cue
    /// after it.
    pub(super) fn target_in(&self, from: usize, to: usize) -> bool {
        let i = self.targets.partition_point(|s| s.end <= to);
        let Some(t) = i.checked_sub(1).and_then(|k| self.targets.get(k)) else { return false };
        t.start >= from && !matches!(self.gov_in(t.end, to), Some((_, Gov::Past)))
    }
}

impl Prepared {
    /// The lookups of the view `v` of `cx`.
    pub(super) fn new(
        cx: &Context<'_, '_>,
        v: &str,
        recognizer: &TimeRecognizer,
        tables: &WordTables,
        reading: Reading,
    ) -> Prepared {
        let times = cx.times(recognizer);
        let mut blocked: Vec<Span> =
            times.iter().map(|t| t.view).chain(cx.view_titles().iter().copied()).collect();
        blocked.sort_unstable();
        let mut merged: Vec<Span> = Vec::with_capacity(blocked.len());
        for b in blocked {
            match merged.last_mut() {
                Some(m) if b.start < m.end => m.end = m.end.max(b.end),
                _ => merged.push(b),
            }
        }
        // Tables in the order QuotaExtractor::new gives them: cues, words.
        let mut found = tables.find(v).into_iter();
        let (cues, words) = (found.next().unwrap_or_default(), found.next().unwrap_or_default());
        let cues = cues.into_iter().filter_map(|(s, i)| {
            let cue = CUES.get(i)?.1;
            (cue != Cue::Decoy).then_some((s, cue))
        });
        let (decoys, words): (Vec<_>, Vec<_>) = words
            .into_iter()
            .filter_map(|(s, i)| Some((s, WORDS.get(i)?.1)))
            .partition(|&(_, w)| w == Word::Decoy);
        let (task_notes, words): (Vec<_>, Vec<_>) =
            words.into_iter().partition(|&(_, w)| w == Word::Task);
        let task_notes = task_notes.into_iter().map(|(s, _)| s.start).collect();
        // 可 in 可支配, 需 in 内需: a cue inside a decoy word is none.
        let in_decoy = |s: Span| {
            let i = decoys.partition_point(|(d, _)| d.end <= s.start);
            decoys.get(i).is_some_and(|(d, _)| d.start <= s.start && s.end <= d.end)
        };
        let mut gov: Vec<(Span, Gov)> = cues
            .filter(|&(s, _)| !in_decoy(s))
            .filter_map(|(s, c)| match c {
                Cue::Modal | Cue::Permit => Some((s, Gov::Require)),
                Cue::Past if matches!(v.get(s.start..s.end), Some("累计" | "共计" | "总共")) => {
                    Some((s, Gov::SoftPast))
                }
                Cue::Past => Some((s, Gov::Past)),
                _ => None,
            })
            .chain(words.iter().filter_map(|&(s, w)| match w {
                Word::Require => Some((s, Gov::Require)),
                Word::Past => Some((s, Gov::Past)),
                _ => None,
            }))
            .collect();
        let mut sentence_ends = Vec::new();
        let mut clause_ends = Vec::new();
        let mut line_ends = Vec::new();
        // Lines holding punctuation: prose, not a table cell.
        let mut prose = vec![false];
        for (i, c) in v.char_indices() {
            if is_sentence_end(c) {
                sentence_ends.push(i + c.len_utf8());
            } else if matches!(c, '，' | ',' | '：' | ':') {
                clause_ends.push(i + c.len_utf8());
            } else {
                continue;
            }
            if c == '\n' {
                line_ends.push(i);
                prose.push(false);
            } else if let Some(p) = prose.last_mut() {
                *p = true;
            }
        }
        gov.sort_unstable_by_key(|(s, _)| (s.end, s.start));
        let registers = Registers::new(&gov, line_ends, prose);
        let report_at = |at: usize| registers.report_at(at);
        gov.extend(
            words
                .iter()
                .filter(|&&(s, w)| w == Word::Future && !report_at(s.start))
                .map(|&(s, _)| (s, Gov::Require)),
        );
        gov.sort_unstable_by_key(|(s, _)| (s.end, s.start));
        let date = cx.date();
        let mut targets: Vec<Span> = times
            .iter()
            .filter(|t| {
                let report = report_at(t.view.start);
                let future = match (t.end, date) {
                    (Some(end), Some(d)) => end >= d,
                    // A report says `今年前4个月` of the past: no guessing there.
                    (None, Some(_)) if report => false,
                    _ => t.text.contains('年'),
                };
                let by = v.get(..t.view.start).is_some_and(|b| b.ends_with(['到', '至']));
                match t.kind {
                    // 前4个月, 每年 in a report are spans of the past.
                    TimeKind::Recurring | TimeKind::Window => !report,
                    // 今年前4个月 in a report: only `到…` sets a target there.
                    TimeKind::Before => future && (by || !report),
                    TimeKind::Period => future && by,
                    _ => false,
                }
            })
            .map(|t| t.view)
            .collect();
        targets.sort_unstable();
        let mut intros: Vec<usize> = gov
            .iter()
            .filter(|(s, g)| {
                *g == Gov::Require
                    && v.get(s.end..).is_some_and(|r| r.starts_with(['，', ',', '：', ':']))
            })
            .map(|(s, _)| s.start)
            .collect();
        intros.sort_unstable();
        Prepared {
            blocked: merged,
            targets,
            words,
            gov,
            sentence_ends,
            clause_ends,
            intros,
            registers,
            may_plan: reading.genre != Genre::News,
            plan_document: reading.plan,
            issued: reading.issued,
            task_notes,
        }
    }
}

/// How many cues a paragraph needs to have a register of its own.
const PARAGRAPH_CUES: usize = 3;

/// Whether the text reads as a report (more past cues, `同比`, `截至`, `了`,
/// `已`, than cues of requirement) or as a requirement, per paragraph: a
/// government work report reviews the past year and then sets this year's
/// tasks, a notice opens with the background. A paragraph reads as a report
/// when the whole text does, or when it holds at least [`PARAGRAPH_CUES`]
/// cues and more of the past; a news report quoting a meeting's demands
/// stays a report.
pub(super) struct Registers {
    /// Offsets of the line breaks: paragraph `k` ends at `line_ends[k]`.
    line_ends: Vec<usize>,
    /// The register of each paragraph: true for a report.
    report: Vec<bool>,
    /// Whether each line holds punctuation (prose, not a table cell).
    prose: Vec<bool>,
}

impl Registers {
    /// The registers from the governing cues `gov` (sorted by end).
    fn new(gov: &[(Span, Gov)], line_ends: Vec<usize>, prose: Vec<bool>) -> Registers {
        let mut counts = vec![(0usize, 0usize); line_ends.len() + 1]; // (past, require)
        let (mut past, mut require) = (0, 0);
        for &(s, g) in gov {
            let k = line_ends.partition_point(|&e| e < s.start);
            let Some(c) = counts.get_mut(k) else { continue };
            if g == Gov::Require {
                c.1 += 1;
                require += 1;
            } else {
                c.0 += 1;
                past += 1;
            }
        }
        let whole = past > require;
        let report =
            counts.into_iter().map(|(p, r)| whole || (p + r >= PARAGRAPH_CUES && p > r)).collect();
        Registers { line_ends, report, prose }
    }

    /// True when the line holding `at` has punctuation: prose, not a table
    /// cell.
    pub(super) fn prose_at(&self, at: usize) -> bool {
        let k = self.line_ends.partition_point(|&e| e < at);
        self.prose.get(k).copied().unwrap_or(false)
    }

    /// True when the paragraph holding `at` reads as a report.
    pub(super) fn report_at(&self, at: usize) -> bool {
        let k = self.line_ends.partition_point(|&e| e < at);
        self.report.get(k).copied().unwrap_or(false)
    }

    /// The offsets of the line breaks.
    pub(super) fn line_ends(&self) -> &[usize] {
        &self.line_ends
    }
}
