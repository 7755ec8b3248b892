//! The healed matching view that deadline, quota and time recognition share.
//!
//! Built once per logical document by [`Context::view`](crate::extract::Context::view):
//! page breaks inside a sentence are removed so that `不少\n\n于2种` and
//! `全市工\n\n作会议` read whole, and view offsets map back to the
//! context's local offsets (then, through the normaliser's map, to the source).

use crate::Span;
use crate::normalize::is_han;
use crate::normalize::numerals::is_arabic_digit;

/// A matching view of a context's text with page breaks healed: a run of
/// white space holding a line break between two CJK chars that are not
/// punctuation (`不少\n\n于2种`, `全市工\n\n作会议`) is dropped, and so are
/// spaces between a digit and a CJK char (`10 个`). Offsets map back to the
/// context's local offsets.
#[derive(Clone, Debug, Default)]
pub(crate) struct View {
    pub(crate) text: String,
    /// For each view byte offset that starts a char (and the end): the local
    /// offset of that char's start.
    start: Vec<usize>,
    /// For each view byte offset that ends a char: the local offset of that
    /// char's end.
    end: Vec<usize>,
}

impl View {
    pub(crate) fn new(local: &str) -> View {
        let mut text = String::with_capacity(local.len());
        let mut start = Vec::with_capacity(local.len() + 1);
        let mut end = Vec::with_capacity(local.len() + 1);
        end.push(0);
        let chars: Vec<(usize, char)> = local.char_indices().collect();
        let mut i = 0;
        let mut last: Option<char> = None;
        while let Some(&(off, c)) = chars.get(i) {
            if c.is_whitespace() {
                let mut j = i;
                let mut has_break = false;
                while let Some(&(_, w)) = chars.get(j) {
                    if !w.is_whitespace() {
                        break;
                    }
                    has_break |= w == '\n';
                    j += 1;
                }
                let next = chars.get(j).map(|&(_, n)| n);
                let heal = match (last, next) {
                    (Some(a), Some(b)) if has_break => is_han(a) && is_han(b),
                    (Some(a), Some(b)) => {
                        (is_arabic_digit(a) && is_han(b)) || (is_han(a) && is_arabic_digit(b))
                    }
                    _ => false,
                };
                if heal {
                    i = j;
                    continue;
                }
            }
            let n = c.len_utf8();
            for k in 0..n {
                start.push(off + k);
                if k + 1 < n {
                    end.push(off + k + 1);
                }
            }
            end.push(off + n);
            text.push(c);
            last = Some(c);
            i += 1;
        }
        start.push(local.len());
        if let Some(e) = end.last().copied()
            && let Some(s) = start.last_mut()
        {
            *s = if text.is_empty() { 0 } else { e };
        }
        View { text, start, end }
    }

    /// A view span as a local span of the context text.
    pub(crate) fn to_local(&self, s: Span) -> Span {
        let a = self.start.get(s.start).copied().unwrap_or(0);
        let b = self.end.get(s.end).copied().unwrap_or(a).max(a);
        if s.is_empty() { Span::new(a, a) } else { Span::new(a, b) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
