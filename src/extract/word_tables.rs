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
        WordTables { dfa, start, owner, tables: tables.len() }
    }

    /// Per table, in the order given to [`WordTables::new`], its
    /// leftmost-longest hits in `text` as (span, index of the word in its
    /// table), in order.
    pub(crate) fn find(&self, text: &str) -> Vec<Vec<(Span, usize)>> {
        let mut all: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); self.tables];
        let dfa = &self.dfa;
        let mut sid = self.start;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if !(dfa.is_special(sid) && dfa.is_match(sid)) {
                continue;
            }
            // Every word that ends here (an overlapping search's matches).
            for k in 0..dfa.match_len(sid) {
                let pid = dfa.match_pattern(sid, k);
                let end = i + 1;
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

/// The leftmost-longest hits among all the (start, end, index) matches of
/// one table: from the left, the longest match at the leftmost start not
/// before the end of the last one taken (the earlier word on a tie).
fn leftmost_longest(mut matches: Vec<(usize, usize, usize)>) -> Vec<(Span, usize)> {
    matches.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
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
}
