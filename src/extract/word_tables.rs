//! Several word tables found in one pass over a text.
//!
//! Extractors keep their cue words in tables of their own (the deadline
//! cues, the quota grammar), each read with leftmost-longest semantics: at
//! every position the longest word of *that* table wins, whatever the other
//! tables hold. One automaton over all the tables, searched for overlapping
//! matches, finds every word of every table in one scan of the text; each
//! table's leftmost-longest hits are then picked from its own matches, so
//! the result is the same as one leftmost-longest automaton per table, at
//! the cost of one scan instead of one per table.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

use crate::Span;

/// One automaton over several word tables. Build once, share by `&`.
#[derive(Clone, Debug)]
pub(crate) struct WordTables {
    /// A full DFA with standard (all matches) semantics, stepped by hand:
    /// a table lookup per byte, with no search loop around it.
    dfa: DFA,
    start: StateID,
    /// The chars some word starts with: in the start state the scan skips
    /// every other char whole instead of stepping the DFA over its bytes.
    first: FirstChars,
    /// Per pattern of the automaton: (table, index in the table).
    owner: Vec<(usize, usize)>,
    tables: usize,
}

impl WordTables {
    /// The scanner of `tables` (none may hold an empty word).
    ///
    /// # Panics
    ///
    /// When a table holds an empty word (the tables are constants,
    /// unit-tested).
    pub(crate) fn new(tables: &[&[&str]]) -> WordTables {
        let mut patterns = Vec::new();
        let mut owner = Vec::new();
        for (t, words) in tables.iter().enumerate() {
            for (i, w) in words.iter().enumerate() {
                assert!(!w.is_empty(), "empty word in table {t}");
                patterns.push(*w);
                owner.push((t, i));
            }
        }
        let dfa = aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("word tables build an automaton (unit-tested)");
        let start = dfa.start_state(Anchored::No).expect("unanchored DFA search (unit-tested)");
        let first = FirstChars::new(patterns.iter().filter_map(|w| w.chars().next()));
        WordTables { dfa, start, first, owner, tables: tables.len() }
    }

    /// Per table, in the order given to [`WordTables::new`], its
    /// leftmost-longest hits in `text` as (span, index of the word in its
    /// table), in order.
    pub(crate) fn find(&self, text: &str) -> Vec<Vec<(Span, usize)>> {
        let mut all: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); self.tables];
        let dfa = &self.dfa;
        let bytes = text.as_bytes();
        let mut sid = self.start;
        let mut i = 0;
        loop {
            // In the start state no word is under way, and a char no word
            // starts with leads back to it with no match: skip such chars.
            if sid == self.start {
                match self.first.next_start(bytes, i) {
                    Some(at) => i = at,
                    None => break,
                }
            }
            let Some(&b) = bytes.get(i) else { break };
            sid = dfa.next_state(Anchored::No, sid, b);
            i += 1;
            if !(dfa.is_special(sid) && dfa.is_match(sid)) {
                continue;
            }
            // Every word that ends here (an overlapping search's matches).
            for k in 0..dfa.match_len(sid) {
                let pid = dfa.match_pattern(sid, k);
                let end = i;
                if let Some(&(t, w)) = self.owner.get(pid.as_usize())
                    && let Some(hits) = all.get_mut(t)
                    && let Some(start) = end.checked_sub(dfa.pattern_len(pid))
                {
                    hits.push((start, end, w));
                }
            }
        }
        all.into_iter().map(leftmost_longest).collect()
    }
}

/// The first chars of the words: an exact set of the chars of the Basic
/// Multilingual Plane (one bit each), and whether a word starts above it.
#[derive(Clone, Debug)]
struct FirstChars {
    bmp: Box<[u64; 1024]>,
    astral: bool,
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
        FirstChars { bmp, astral }
    }

    /// The first byte offset at or after `i` where a char some word starts
    /// with begins, skipping whole chars (a continuation byte, where the
    /// DFA fell back to its start state inside a char, one at a time).
    /// Conservative: a byte it cannot read as such a char is returned.
    #[inline]
    fn next_start(&self, bytes: &[u8], mut i: usize) -> Option<usize> {
        loop {
            // CJK first: a tight loop over three-byte chars.
            while let Some(&[b0, b1, b2]) = bytes.get(i..i + 3) {
                if b0 & 0xF0 != 0xE0 {
                    break;
                }
                let cp = usize::from(b0 & 0x0F) << 12
                    | usize::from(b1 & 0x3F) << 6
                    | usize::from(b2 & 0x3F);
                if self.bmp.get(cp >> 6).is_none_or(|w| w >> (cp & 63) & 1 == 1) {
                    return Some(i);
                }
                i += 3;
            }
            let (cp, len) = match bytes.get(i..)? {
                &[b0 @ 0xE0..=0xEF, b1, b2, ..] => (
                    u32::from(b0 & 0x0F) << 12 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F),
                    3,
                ),
                &[b0 @ 0x00..=0x7F, ..] => (u32::from(b0), 1),
                &[0x80..=0xBF, ..] => {
                    i += 1;
                    continue;
                }
                &[b0 @ 0xC0..=0xDF, b1, ..] => {
                    (u32::from(b0 & 0x1F) << 6 | u32::from(b1 & 0x3F), 2)
                }
                &[0xF0..=0xF7, ..] if !self.astral => {
                    i += 4;
                    continue;
                }
                [] => return None,
                // A char above the BMP some word may start with, or a
                // truncated char (not in a `str`): let the DFA read it.
                _ => return Some(i),
            };
            let member = usize::try_from(cp >> 6)
                .ok()
                .and_then(|k| self.bmp.get(k))
                .is_none_or(|w| w >> (cp & 63) & 1 == 1);
            if member {
                return Some(i);
            }
            i += len;
        }
    }
}

/// The leftmost-longest hits among all the (start, end, index) matches of
/// one table: from the left, the longest match at the leftmost start not
/// before the end of the last one taken (the earlier word on a tie).
fn leftmost_longest(mut matches: Vec<(usize, usize, usize)>) -> Vec<(Span, usize)> {
    // Found in order of their ends, they are nearly in order of their
    // starts: an insertion sort moves the few that are not.
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
    use aho_corasick::AhoCorasick;

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
    /// char (and inside chars, where the DFA falls back to its start state).
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
