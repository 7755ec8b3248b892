//! The one scanner of 《book titles》 (书名号), used by citations, quotas and
//! directives alike.
//!
//! A title runs from 《 to its matching 》: nested 《…》 or 〈…〉 stay inside
//! the outer one, line breaks are allowed (titles run over page breaks), and
//! a title longer than [`MAX_TITLE_CHARS`] chars is taken for a stray
//! bracket and dropped. Empty titles (`《》`) are not reported.

use crate::Span;

/// The longest title, in chars between the brackets, that the scanner accepts.
pub const MAX_TITLE_CHARS: usize = 200;

/// Byte spans of the outermost 《…》 of `text`, brackets included, in order.
///
/// # Examples
///
/// ```
/// use gongwen::extract::book_title::book_titles;
/// let text = "现将《关于印发〈甲方案〉的通知》和《乙\n办法》转发给你们";
/// let got: Vec<&str> = book_titles(text).iter().map(|s| &text[*s]).collect();
/// assert_eq!(got, ["《关于印发〈甲方案〉的通知》", "《乙\n办法》"]);
/// ```
#[must_use]
pub fn book_titles(text: &str) -> Vec<Span> {
    // Outside a title the scan jumps to the next 《 (a vector byte search
    // for its three bytes: `str::find` stops at every char ending in the
    // byte 8A); inside, it reads chars until the matching 》 or the length
    // limit.
    let open = memchr::memmem::Finder::new("《");
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(k) = text.as_bytes().get(at..).and_then(|t| open.find(t)) {
        let start = at + k;
        let body = start + '《'.len_utf8();
        at = text.len();
        let (mut depth, mut chars) = (1usize, 0usize);
        for (i, c) in text.get(body..).unwrap_or("").char_indices() {
            let end = body + i + c.len_utf8();
            match c {
                '《' => depth += 1,
                '》' if depth == 1 => {
                    if chars > 0 {
                        out.push(Span::new(start, end));
                    }
                    at = end;
                    break;
                }
                '》' => depth -= 1,
                _ if chars >= MAX_TITLE_CHARS => {
                    // A stray bracket: the scan goes on after this char.
                    at = end;
                    break;
                }
                _ => {}
            }
            chars += 1;
        }
    }
    out
}

/// The char-by-char scanner that [`book_titles`] replaced, kept to check it.
#[cfg(test)]
fn book_titles_by_char(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, usize)> = None; // (start, depth, chars)
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '《') => open = Some((i, 1, 0)),
            (Some((s, d, n)), '《') => open = Some((s, d + 1, n + 1)),
            (Some((s, 1, n)), '》') => {
                if n > 0 {
                    out.push(Span::new(s, i + c.len_utf8()));
                }
                open = None;
            }
            (Some((s, d, n)), '》') => open = Some((s, d - 1, n + 1)),
            (Some((_, _, n)), _) if n >= MAX_TITLE_CHARS => open = None,
            (Some((s, d, n)), _) => open = Some((s, d, n + 1)),
            (None, _) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let rows: &[(&str, &[&str])] = &[
            ("学习《焦裕禄》影片", &["《焦裕禄》"]),
            ("《关于〈甲〉的通知》《乙》", &["《关于〈甲〉的通知》", "《乙》"]),
            ("《外《内》外》", &["《外《内》外》"]),
            ("空的《》不算", &[]),
            ("未闭合《标题", &[]),
            ("》先闭后开《", &[]),
        ];
        for (input, want) in rows {
            let got: Vec<&str> = book_titles(input).iter().map(|s| &input[*s]).collect();
            assert_eq!(&got, want, "{input:?}");
        }
    }

    #[test]
    fn same_spans_as_the_char_scanner() {
        // Every string over a small alphabet up to length 7, then long ones
        // around the length limit.
        let alphabet = ['《', '》', '字', '\n', ' '];
        let mut texts = vec![String::new()];
        let mut frontier = vec![String::new()];
        for _ in 0..7 {
            let mut next = Vec::new();
            for t in &frontier {
                for c in alphabet {
                    next.push(format!("{t}{c}"));
                }
            }
            texts.extend(next.iter().cloned());
            frontier = next;
        }
        for n in [MAX_TITLE_CHARS - 2, MAX_TITLE_CHARS - 1, MAX_TITLE_CHARS, MAX_TITLE_CHARS + 1] {
            let body = "字".repeat(n);
            for t in [
                format!("《{body}》"),
                format!("《{body}《》》后《真》"),
                format!("《《{body}》》"),
                format!("前《{body}\n》《x》"),
                format!("《{body}"),
            ] {
                texts.push(t);
            }
        }
        for t in &texts {
            assert_eq!(book_titles(t), book_titles_by_char(t), "{t:?}");
        }
    }

    #[test]
    fn overlong_title_is_a_stray_bracket() {
        let text = format!("《{}。后文《真标题》", "字".repeat(MAX_TITLE_CHARS + 5));
        let got: Vec<&str> = book_titles(&text).iter().map(|s| &text.as_str()[*s]).collect();
        assert_eq!(got, ["《真标题》"]);
    }
}
