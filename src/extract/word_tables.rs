//! Several word tables found in one pass over a text.
//!
//! Extractors keep their cue words in tables of their own (the deadline
//! cues, the quota grammar), each read with leftmost-longest semantics: at
//! every position the longest word of *that* table wins, whatever the other
//! tables hold. One pass finds every occurrence of every word of every
//! table; each table's leftmost-longest hits are then picked from its own
//! matches, so the result is the same as one leftmost-longest automaton per
//! table, at the cost of one scan instead of one per table.
//!
//! The pass needs no automaton: it skips every char no word starts with (a
//! bit set of the first chars), and where one does, compares the words
//! starting with that char (found by the rank of its bit) with the text there.
//! The words are few per first char and stay in cache, where the full DFA
//! over them that this replaced stalled on its transition loads (perf) and
//! cost 12M instructions to build for the quota and directive tables.

use crate::Span;

/// The words of several tables, grouped by first char. Build once, share by `&`.
#[derive(Clone, Debug)]
pub(crate) struct WordTables {
    /// The chars some word starts with: the scan skips every other char whole.
    first: FirstChars,
    /// The first chars, sorted, each with the range of its words in `words`.
    heads: Vec<(char, usize, usize)>,
    /// The words, grouped by first char (in table order within a group).
    words: Vec<Word>,
    tables: usize,
}

/// One word of one table.
#[derive(Clone, Debug)]
struct Word {
    text: Box<str>,
    /// A byte of the word past its first char that the text must hold at
    /// the same offset (the last byte of its second char): most candidates
    /// are refused by it before the whole word is compared. `None` for a
    /// word of one char, which its first char matches whole.
    probe: Option<(usize, u8)>,
    table: usize,
    index: usize,
}

impl WordTables {
    /// The scanner of `tables` (none may hold an empty word).
    ///
    /// # Panics
    ///
    /// When a table holds an empty word (the tables are constants,
    /// unit-tested).
    pub(crate) fn new(tables: &[&[&str]]) -> WordTables {
        let mut words: Vec<(char, Word)> = Vec::new();
        for (t, list) in tables.iter().enumerate() {
            for (i, w) in list.iter().enumerate() {
                let mut chars = w.char_indices();
                let Some((_, c)) = chars.next() else { panic!("empty word in table {t}") };
                let probe = chars.next().and_then(|(k, second)| {
                    let at = k + second.len_utf8() - 1;
                    Some((at, *w.as_bytes().get(at)?))
                });
                words.push((c, Word { text: (*w).into(), probe, table: t, index: i }));
            }
        }
        // Grouped by first char; stable, so a group keeps table order.
        words.sort_by_key(|(c, _)| *c);
        let mut heads: Vec<(char, usize, usize)> = Vec::new();
        for (k, (c, _)) in words.iter().enumerate() {
            match heads.last_mut() {
                Some(h) if h.0 == *c => h.2 = k + 1,
                _ => heads.push((*c, k, k + 1)),
            }
        }
        let first = FirstChars::new(heads.iter().map(|h| h.0));
        WordTables {
            first,
            heads,
            words: words.into_iter().map(|(_, w)| w).collect(),
            tables: tables.len(),
        }
    }

    /// Per table, in the order given to [`WordTables::new`], its
    /// leftmost-longest hits in `text` as (span, index of the word in its
    /// table), in order.
    pub(crate) fn find(&self, text: &str) -> Vec<Vec<(Span, usize)>> {
        let mut all: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); self.tables];
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(start) = self.first.next_start(bytes, i) {
            let at = start.at;
            // The words of this first char: by rank for a BMP char (the
            // heads are sorted by char, the BMP ones first), else by search.
            let head = match start.known {
                Some((len, rank)) => {
                    i = at + len;
                    self.heads.get(rank)
                }
                None => {
                    let Some(c) = text.get(at..).and_then(|r| r.chars().next()) else { break };
                    i = at + c.len_utf8();
                    self.heads
                        .binary_search_by_key(&c, |h| h.0)
                        .ok()
                        .and_then(|h| self.heads.get(h))
                }
            };
            let Some(&(_, from, to)) = head else { continue };
            for w in self.words.get(from..to).unwrap_or_default() {
                let end = at + w.text.len();
                let hit = match w.probe {
                    None => true,
                    Some((k, b)) => {
                        bytes.get(at + k) == Some(&b)
                            && bytes.get(at..end) == Some(w.text.as_bytes())
                    }
                };
                if hit && let Some(hits) = all.get_mut(w.table) {
                    hits.push((at, end, w.index));
                }
            }
        }
        all.into_iter().map(leftmost_longest).collect()
    }
}

/// The first chars of the words: an exact set of the chars of the Basic
/// Multilingual Plane (one bit each) with the rank of each set bit (the
/// number of members below it, the char's place among the sorted first
/// chars), and whether a word starts above it.
#[derive(Clone, Debug)]
struct FirstChars {
    bmp: Box<[u64; 1024]>,
    /// Per word of `bmp`, the members in the words before it.
    ranks: Box<[u32; 1024]>,
    astral: bool,
}

/// Where [`FirstChars::next_start`] stopped: the byte offset, and for a
/// member of the BMP its char length and its rank among the first chars.
#[derive(Clone, Copy, Debug)]
struct Start {
    at: usize,
    known: Option<(usize, usize)>,
}

impl FirstChars {
    fn new(chars: impl Iterator<Item = char>) -> FirstChars {
        let mut bmp = Box::new([0u64; 1024]);
        let mut astral = false;
        for c in chars {
            let cp = u32::from(c);
            match usize::try_from(cp / 64).ok().and_then(|k| bmp.get_mut(k)) {
                Some(word) if cp <= 0xFFFF => *word |= 1 << (cp % 64),
                _ => astral = true,
            }
        }
        let mut ranks = Box::new([0u32; 1024]);
        let mut below = 0;
        for (rank, word) in ranks.iter_mut().zip(bmp.iter()) {
            *rank = below;
            below += word.count_ones();
        }
        FirstChars { bmp, ranks, astral }
    }

    /// The rank of BMP code point `cp` when it is a member.
    #[inline]
    fn rank(&self, cp: usize) -> Option<usize> {
        let word = *self.bmp.get(cp >> 6)?;
        let bit = 1u64 << (cp & 63);
        if word & bit == 0 {
            return None;
        }
        let below = self.ranks.get(cp >> 6).copied().unwrap_or(0);
        usize::try_from(below + (word & (bit - 1)).count_ones()).ok()
    }

    /// The first char at or after byte `i` that some word starts with,
    /// skipping whole chars (a continuation byte, which a `str` never
    /// starts a char with, one at a time). Conservative: a char above the
    /// BMP (when a word starts there) or a byte it cannot read is returned
    /// with `known: None`, for the caller to read.
    #[inline]
    fn next_start(&self, bytes: &[u8], mut i: usize) -> Option<Start> {
        loop {
            // CJK first: a tight loop over three-byte chars, on a shrinking
            // slice (one length test per char).
            let mut rest = bytes.get(i..)?;
            while let [b0, b1, b2, tail @ ..] = rest {
                if b0 & 0xF0 != 0xE0 {
                    break;
                }
                let cp = usize::from(b0 & 0x0F) << 12
                    | usize::from(b1 & 0x3F) << 6
                    | usize::from(b2 & 0x3F);
                if let Some(rank) = self.rank(cp) {
                    return Some(Start { at: bytes.len() - rest.len(), known: Some((3, rank)) });
                }
                rest = tail;
            }
            i = bytes.len() - rest.len();
            let (cp, len) = match bytes.get(i..)? {
                &[b0 @ 0xE0..=0xEF, b1, b2, ..] => (
                    usize::from(b0 & 0x0F) << 12
                        | usize::from(b1 & 0x3F) << 6
                        | usize::from(b2 & 0x3F),
                    3,
                ),
                &[b0 @ 0x00..=0x7F, ..] => (usize::from(b0), 1),
                &[0x80..=0xBF, ..] => {
                    i += 1;
                    continue;
                }
                &[b0 @ 0xC0..=0xDF, b1, ..] => {
                    (usize::from(b0 & 0x1F) << 6 | usize::from(b1 & 0x3F), 2)
                }
                &[0xF0..=0xF7, ..] if !self.astral => {
                    i += 4;
                    continue;
                }
                [] => return None,
                // A char above the BMP some word may start with, or a
                // truncated char (not in a `str`): let the caller read it.
                _ => return Some(Start { at: i, known: None }),
            };
            if let Some(rank) = self.rank(cp) {
                return Some(Start { at: i, known: Some((len, rank)) });
            }
            i += len;
        }
    }
}

/// The leftmost-longest hits among all the (start, end, index) matches of
/// one table: from the left, the longest match at the leftmost start not
/// before the end of the last one taken (the earlier word on a tie).
fn leftmost_longest(mut matches: Vec<(usize, usize, usize)>) -> Vec<(Span, usize)> {
    // Found in order of their starts, with the words of one start in table
    // order: an insertion sort moves the few that are out of order (each
    // past the others of its start only).
    let key = |m: &(usize, usize, usize)| (m.0, std::cmp::Reverse(m.1), m.2);
    for i in 1..matches.len() {
        let mut j = i;
        while j > 0 && matches.get(j - 1).map(key) > matches.get(j).map(key) {
            matches.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e, i) in matches {
        if s >= at {
            out.push((Span::new(s, e), i));
            at = e;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// One leftmost-longest automaton per table, the reference.
    fn per_table(automata: &[AhoCorasick], text: &str) -> Vec<Vec<(Span, usize)>> {
        automata
            .iter()
            .map(|ac| {
                ac.find_iter(text)
                    .map(|m| (Span::new(m.start(), m.end()), m.pattern().as_usize()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn agrees_with_one_leftmost_longest_automaton_per_table() {
        let a: &[&str] = &["要", "要求", "重要", "了", "了解", "可", "可以", "已"];
        let b: &[&str] = &["不少于", "少于", "至少", "要", "重要", "将", "将近", "等", "前"];
        let c: &[&str] = &["要求不少于", "于", "少"];
        let tables = [a, b, c];
        let words: Vec<&str> = tables.iter().flat_map(|t| t.iter().copied()).collect();
        // Every string of up to four words (and a filler), so that words
        // of one table overlap words of the others in every way.
        let mut texts = vec![String::new()];
        for _ in 0..3 {
            let next: Vec<String> = texts
                .iter()
                .flat_map(|s| words.iter().chain(&["，"]).map(move |w| format!("{s}{w}")))
                .collect();
            texts.extend(next);
        }
        let scan = WordTables::new(&tables);
        let automata: Vec<AhoCorasick> = tables
            .iter()
            .map(|t| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(*t)
                    .unwrap_or_else(|e| panic!("{e}"))
            })
            .collect();
        for text in &texts {
            assert_eq!(scan.find(text), per_table(&automata, text), "{text:?}");
        }
    }

    /// Words starting with chars of every UTF-8 length, in texts that mix
    /// them with chars sharing their lead bytes, so that the skip over chars
    /// no word starts with is tested against the automata on every kind of
    /// char.
    #[test]
    fn skipping_chars_agrees_on_pseudo_random_texts() {
        let a: &[&str] = &["要", "要求", "应当", "a1", "%", "é要", "x"];
        let b: &[&str] = &["·", "不少于", "少于", "求", "要"];
        let c: &[&str] = &["😀要", "当"];
        let fillers = ["的", "安", "覆", "求", "b", "1", "ê", "😁", "😀", "，", "\n", "\u{10000}"];
        let pieces: Vec<&str> = a.iter().chain(b).chain(c).copied().chain(fillers).collect();
        let mut next = crate::test_rng::xorshift(0x0057_1BB5);
        for tables in [vec![a, b, c], vec![a, b], vec![b]] {
            let scan = WordTables::new(&tables);
            let automata: Vec<AhoCorasick> = tables
                .iter()
                .map(|t| {
                    AhoCorasick::builder()
                        .match_kind(MatchKind::LeftmostLongest)
                        .build(*t)
                        .unwrap_or_else(|e| panic!("{e}"))
                })
                .collect();
            for _ in 0..20_000 {
                let len = next() % 24;
                let text: String = (0..len)
                    .map(|_| {
                        let k = usize::try_from(next() % pieces.len() as u64).expect("small");
                        pieces.get(k).copied().unwrap_or("")
                    })
                    .collect();
                assert_eq!(scan.find(&text), per_table(&automata, &text), "{text:?}");
            }
        }
    }
}
