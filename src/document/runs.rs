//! Literal prefilters for the finders whose patterns start with a char
//! class: every match holds a fixed char (`号`, `年`) and only chars of a
//! known set, so the regex needs to run only over the maximal runs of
//! such chars that hold the literal.

use std::ops::Range;

/// The maximal runs of chars with `keep` that hold `needle`, left to right
/// and disjoint, found by a `memmem` search for `needle` (which `keep`
/// must accept). A regex whose every match holds `needle` and only chars
/// with `keep`, and that has no look-around, finds in these runs exactly
/// the matches it finds in the whole text.
pub(crate) fn runs_holding<'t>(
    text: &'t str,
    needle: &'static str,
    keep: fn(char) -> bool,
) -> impl Iterator<Item = Range<usize>> + 't {
    let mut hits = memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes());
    let mut done = 0;
    std::iter::from_fn(move || {
        let at = hits.find(|&h| h >= done)?;
        let start = text[done..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| !keep(c))
            .map_or(done, |(i, c)| done + i + c.len_utf8());
        let end =
            text[at..].char_indices().find(|&(_, c)| !keep(c)).map_or(text.len(), |(i, _)| at + i);
        done = end;
        Some(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_maximal_and_hold_the_needle() {
        let keep = |c: char| c != '，';
        let text = "甲号乙，丙丁，号，戊号号";
        let got: Vec<&str> = runs_holding(text, "号", keep).map(|r| &text[r]).collect();
        assert_eq!(got, ["甲号乙", "号", "戊号号"]);
        assert_eq!(runs_holding("无", "号", keep).count(), 0);
    }
}
