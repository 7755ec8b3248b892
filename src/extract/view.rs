//! The healed matching view that deadline, quota and time recognition share.
//!
//! Built once per logical document by [`Context::view`](crate::extract::Context::view):
//! page breaks inside a sentence are removed so that `不少\n\n于2种` and
//! `全市工\n\n作会议` read whole, and view offsets map back to the
//! context's local offsets (then, through the normaliser's map, to the source).

use crate::Span;
use crate::extract::lead_bytes::LeadBytes;
use crate::normalize::is_han;
use crate::normalize::numerals::is_arabic_digit;

/// A matching view of a context's text with page breaks healed: a run of
/// white space holding a line break between two CJK chars that are not
/// punctuation (`不少\n\n于2种`, `全市工\n\n作会议`) is dropped, and so are
/// spaces between a digit and a CJK char (`10 个`). Offsets map back to the
/// context's local offsets.
///
/// The view only ever drops white space, so the map back is piecewise a
/// shift: one breakpoint per dropped run (view offset, bytes dropped so far),
/// found by binary search. Memory is the view text plus 16 bytes per healed
/// break, not per byte.
#[derive(Clone, Debug, Default)]
pub(crate) struct View {
    pub(crate) text: String,
    /// `(view offset, total bytes dropped before it)`, one entry per dropped
    /// run, in order; the run was dropped right before that view offset.
    cuts: Vec<(usize, usize)>,
}

impl View {
    pub(crate) fn new(local: &str) -> View {
        let bytes = local.as_bytes();
        let mut text = String::with_capacity(local.len());
        let mut cuts = Vec::new();
        let mut dropped = 0;
        // Kept text is copied a run at a time: `kept` is where the pending run starts.
        let mut kept = 0;
        // Jump between the bytes a white-space char can start with; read a
        // char only there. A run of white space is maximal, so the char
        // before it is never white space.
        let mut at = 0;
        while let Some(i) = WHITE_LEADS.next_in(bytes, at) {
            let rest = local.get(i..).unwrap_or("");
            let Some(c) = rest.chars().next() else { break };
            if !is_white(c) {
                at = i + c.len_utf8();
                continue;
            }
            let run = rest.len() - rest.trim_start().len();
            let white = rest.get(..run).unwrap_or("");
            let last = local.get(..i).and_then(|head| head.chars().next_back());
            let next = rest.get(run..).and_then(|r| r.chars().next());
            let heal = match (last, next) {
                (Some(a), Some(b)) if white.contains('\n') => is_han(a) && is_han(b),
                (Some(a), Some(b)) => {
                    (is_arabic_digit(a) && is_han(b)) || (is_han(a) && is_arabic_digit(b))
                }
                _ => false,
            };
            if heal {
                text.push_str(local.get(kept..i).unwrap_or(""));
                dropped += run;
                cuts.push((text.len(), dropped));
                kept = i + run;
            }
            at = i + run;
        }
        text.push_str(local.get(kept..).unwrap_or(""));
        View { text, cuts }
    }

    /// Bytes dropped before view offset `at`; `inclusive` counts a run
    /// dropped right at `at` (for a start offset: the char at `at` lies after
    /// the run), else not (for an end offset: the char ending at `at` lies
    /// before it).
    fn dropped_before(&self, at: usize, inclusive: bool) -> usize {
        let n = self.cuts.partition_point(|&(p, _)| if inclusive { p <= at } else { p < at });
        n.checked_sub(1).and_then(|i| self.cuts.get(i)).map_or(0, |&(_, d)| d)
    }

    /// A view span as a local span of the context text.
    pub(crate) fn to_local(&self, s: Span) -> Span {
        let start = s.start.min(self.text.len());
        let a = start + self.dropped_before(start, true);
        if s.is_empty() {
            return Span::new(a, a);
        }
        let end = s.end.min(self.text.len());
        let b = end + self.dropped_before(end, false);
        Span::new(a, b.max(a))
    }
}

/// The lead bytes of the white-space chars (`char::is_whitespace`; a unit
/// test checks every char).
const WHITE_LEADS: LeadBytes = LeadBytes::of(&[
    '\t', '\n', '\u{B}', '\u{C}', '\r', ' ', '\u{85}', '\u{A0}', '\u{1680}', '\u{2000}',
    '\u{2028}', '\u{205F}', '\u{3000}',
]);

/// `char::is_whitespace` without the table lookup for the chars of CJK text:
/// no white-space char lies above U+3000.
fn is_white(c: char) -> bool {
    if c.is_ascii() { matches!(c, '\t'..='\r' | ' ') } else { c <= '\u{3000}' && c.is_whitespace() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_white_is_char_whitespace() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            assert_eq!(is_white(c), c.is_whitespace(), "{:X}", u32::from(c));
            let lead = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            assert!(!c.is_whitespace() || WHITE_LEADS.contains(lead), "{:X}", u32::from(c));
        }
    }

    impl View {
        /// The char-by-char builder that [`View::new`] replaced, kept to check it.
        fn new_by_chars(local: &str) -> View {
            let mut text = String::with_capacity(local.len());
            let mut cuts = Vec::new();
            let mut dropped = 0;
            // Kept text is copied a run at a time: `kept` is where the pending run starts.
            let mut kept = 0;
            let mut last: Option<char> = None;
            let mut chars = local.char_indices();
            while let Some((i, c)) = chars.next() {
                if !is_white(c) {
                    last = Some(c);
                    continue;
                }
                let rest = local.get(i..).unwrap_or("");
                let run = rest.len() - rest.trim_start().len();
                let white = rest.get(..run).unwrap_or("");
                let next = rest.get(run..).and_then(|r| r.chars().next());
                let heal = match (last, next) {
                    (Some(a), Some(b)) if white.contains('\n') => is_han(a) && is_han(b),
                    (Some(a), Some(b)) => {
                        (is_arabic_digit(a) && is_han(b)) || (is_han(a) && is_arabic_digit(b))
                    }
                    _ => false,
                };
                if heal {
                    text.push_str(local.get(kept..i).unwrap_or(""));
                    dropped += run;
                    cuts.push((text.len(), dropped));
                    kept = i + run;
                } else {
                    last = white.chars().next_back();
                }
                // Skip the rest of the run (its first char is already consumed).
                let skip = white.chars().count() - 1;
                if skip > 0 {
                    chars.nth(skip - 1);
                }
            }
            text.push_str(local.get(kept..).unwrap_or(""));
            View { text, cuts }
        }
    }

    #[test]
    fn byte_scan_agrees_with_the_char_scan() {
        let pieces = [
            "字",
            "于",
            "\n",
            " ",
            "\u{3000}",
            "\t",
            "\r\n",
            "\u{A0}",
            "\u{85}",
            "\u{2028}",
            "\u{2003}",
            "1",
            "２",
            "。",
            "、",
            "a",
            "😀",
            "\u{20000}",
            "é",
            "〇",
            "—",
        ];
        let mut next = crate::test_rng::xorshift(0x0000_71E3);
        for _ in 0..40_000 {
            let len = next() % 16;
            let t: String = (0..len)
                .map(|_| {
                    let k = usize::try_from(next() % pieces.len() as u64).expect("small");
                    pieces.get(k).copied().unwrap_or("")
                })
                .collect();
            let (got, want) = (View::new(&t), View::new_by_chars(&t));
            assert_eq!((&got.text, &got.cuts), (&want.text, &want.cuts), "{t:?}");
        }
    }

    #[test]
    fn heals_page_breaks_and_maps_back() {
        let t = "不少\n\n于2种。\n\n1、下";
        let v = View::new(t);
        assert_eq!(v.text, "不少于2种。\n\n1、下");
        let i = v.text.find('于').unwrap_or(0);
        assert_eq!(&t[v.to_local(Span::new(0, i + 3))], "不少\n\n于");
    }

    #[test]
    fn keeps_breaks_after_punctuation_and_joins_digit_spaces() {
        let t = "完成。\n下一步 10 个";
        let v = View::new(t);
        assert_eq!(v.text, "完成。\n下一步10个");
        let s = v.text.find("10").unwrap_or(0);
        assert_eq!(&t[v.to_local(Span::new(s, s + 5))], "10 个");
    }

    #[test]
    fn maps_every_span_back_to_the_same_text() {
        let t = "全市工\n\n作会议 要求 10 个单位\n\n于4月底前完成。\n\n二、下一步";
        let v = View::new(t);
        assert_eq!(v.text, "全市工作会议 要求10个单位于4月底前完成。\n\n二、下一步");
        let bounds: Vec<usize> =
            v.text.char_indices().map(|(i, _)| i).chain([v.text.len()]).collect();
        for (k, &a) in bounds.iter().enumerate() {
            for &b in &bounds[k..] {
                let local = v.to_local(Span::new(a, b));
                let got: String = t[local].chars().filter(|c| !c.is_whitespace()).collect();
                let want: String = v.text[a..b].chars().filter(|c| !c.is_whitespace()).collect();
                assert_eq!(got, want, "{a}..{b}");
                if a < b {
                    // No dropped white space at either edge.
                    let ws = |x: &str| {
                        (x.starts_with(char::is_whitespace), x.ends_with(char::is_whitespace))
                    };
                    assert_eq!(ws(&t[local]), ws(&v.text[a..b]), "{a}..{b}");
                }
            }
        }
    }
}
