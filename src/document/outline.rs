//! The outline of a body: headings and list items marked `一、` `（一）`
//! `1.`/`1、`/`1．` `（1）` `①` and `一是/二是`, as a flat list with parents.
//!
//! Levels follow the order in which marker styles appear, as GB/T 9704
//! (一、 → （一） → 1. → （1）) and common practice do: a style seen before is a
//! sibling of its last node, a new style nests under the current node.
//! Statute markers `第X编/章/节/条` (only at the start of a line) nest by
//! their rank instead, so that `（一）` items fall under their article.
//! `（1）`, `（一）`, `①` and `一是` are also found inside a line, after `：` `；`
//! `。` (and `，` for `一是`), when they start a list (number 1) or continue one.

use super::lines::{Line, trim_span};
use super::statute::{rank, statute_marker};
use super::{MarkerKind, OutlineNode, SectionId};
use crate::Span;
use crate::normalize::numerals::{digit_value, parse_int};

fn is_cn_numeral(c: char) -> bool {
    c == '十' || (digit_value(c).is_some() && !c.is_ascii_digit() && !('０'..='９').contains(&c))
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Take the longest prefix of `s` whose chars satisfy `f`, at most `max` chars.
fn take(s: &str, max: usize, f: impl Fn(char) -> bool) -> &str {
    let end = s
        .char_indices()
        .take(max)
        .take_while(|&(_, c)| f(c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    s.get(..end).unwrap_or("")
}

/// A marker at the very start of `s`: (kind, number, byte length).
fn marker_at(s: &str) -> Option<(MarkerKind, u32, usize)> {
    let first = s.chars().next()?;
    if first == '第' {
        return statute_marker(s);
    }
    if ('\u{2460}'..='\u{2473}').contains(&first) {
        return Some((MarkerKind::Circled, first as u32 - 0x245F, first.len_utf8()));
    }
    if first == '（' || first == '(' {
        let inner = s.get(first.len_utf8()..)?;
        let (kind, num) = if inner.starts_with(is_digit) {
            (MarkerKind::ArabicParen, take(inner, 2, is_digit))
        } else {
            (MarkerKind::ChineseParen, take(inner, 3, is_cn_numeral))
        };
        if num.is_empty() {
            return None;
        }
        let after = inner.get(num.len()..)?;
        let close = after.chars().next().filter(|&c| c == '）' || c == ')')?;
        let n = u32::try_from(parse_int(num)?).ok()?;
        return Some((kind, n, first.len_utf8() + num.len() + close.len_utf8()));
    }
    if is_digit(first) {
        let num = take(s, 2, is_digit);
        let after = s.get(num.len()..)?;
        let sep = after.chars().next().filter(|&c| matches!(c, '.' | '、' | '．'))?;
        // `1.5倍` is a number, not a marker.
        if after.get(sep.len_utf8()..)?.starts_with(is_digit) {
            return None;
        }
        let n = u32::try_from(parse_int(num)?).ok()?;
        return Some((MarkerKind::ArabicDot, n, num.len() + sep.len_utf8()));
    }
    if is_cn_numeral(first) {
        let num = take(s, 3, is_cn_numeral);
        let after = s.get(num.len()..)?;
        let n = u32::try_from(parse_int(num)?).ok()?;
        if after.starts_with('、') {
            return Some((MarkerKind::ChineseComma, n, num.len() + '、'.len_utf8()));
        }
        if after.starts_with('是') && n <= 20 {
            let rest = after.get('是'.len_utf8()..)?;
            // `一是一，二是二` and `一是：` are not list items.
            if rest.starts_with(|c: char| (c.is_alphanumeric() && !is_cn_numeral(c)) || c == '“')
            {
                return Some((MarkerKind::Enumeration, n, num.len() + '是'.len_utf8()));
            }
        }
    }
    None
}

fn inline_boundary(c: char, kind: MarkerKind) -> bool {
    matches!(c, '：' | ':' | '；' | ';' | '。')
        || (kind == MarkerKind::Enumeration && matches!(c, '，' | ','))
}

fn heading_end(c: char, kind: MarkerKind, inline: bool) -> bool {
    matches!(c, '。' | '：' | ':' | '；' | ';' | '！' | '？' | '*')
        || ((inline || kind == MarkerKind::Enumeration) && matches!(c, '，' | ','))
}

/// The char boundaries `i` of `text` past `lead` (and before its end) where
/// a marker inside the line may start, with the char before each: right
/// after a char that [`inline_boundary`] can accept, and at a circled
/// number. In increasing order.
///
/// A byte scan (issue 10: this runs over every body line): every char
/// wanted starts with one of the bytes `:` `;` `,` or the lead bytes
/// `E2` (①…⑳), `E3` (`。`) and `EF` (`：` `；` `，`), which no other byte of
/// UTF-8 text equals but the lead bytes of other chars, decoded and refused.
fn inline_starts(text: &str, lead: usize) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    // Most lines hold none of the ASCII ones: a vector search for the lead
    // bytes finds the rest.
    let ascii = memchr::memchr3(b':', b';', b',', bytes).is_some();
    let next_wanted = move |rest: &[u8]| {
        if ascii {
            rest.iter().position(|&b| matches!(b, b':' | b';' | b',' | 0xE2 | 0xE3 | 0xEF))
        } else {
            memchr::memchr3(0xE2, 0xE3, 0xEF, rest)
        }
    };
    let mut at = 0;
    let mut last = None;
    std::iter::from_fn(move || {
        loop {
            let here = at + next_wanted(bytes.get(at..)?)?;
            at = here;
            let c = text.get(here..).and_then(|t| t.chars().next())?;
            at += c.len_utf8();
            let (i, p) = if matches!(c, '：' | ':' | '；' | ';' | '。' | '，' | ',') {
                (at, c)
            } else if ('\u{2460}'..='\u{2473}').contains(&c) {
                match text.get(..here).and_then(|t| t.chars().next_back()) {
                    Some(p) => (here, p),
                    None => continue,
                }
            } else {
                continue;
            };
            // A circled number right after a boundary char is one start.
            if i > lead && i < bytes.len() && last != Some(i) {
                last = Some(i);
                return Some((i, p));
            }
        }
    })
}

struct Open {
    kind: MarkerKind,
    inline: bool,
    number: u32,
    node: usize,
}

/// Build the outline of the `regions` (body, attachment) of `source`.
pub(crate) fn outline(source: &str, lines: &[Line], regions: &[Span]) -> Vec<OutlineNode> {
    let mut nodes: Vec<OutlineNode> = Vec::new();
    // Where the text before each node ends: its line's start for a marker
    // that opens a line (so `## ` and `**` stay out of the previous node).
    let mut cuts: Vec<usize> = Vec::new();
    for &region in regions {
        let first_node = nodes.len();
        let mut stack: Vec<Open> = Vec::new();
        for line in lines.iter().filter(|l| region.contains(l.content) && !l.is_blank()) {
            let text = line.text(source);
            let lead = if text.starts_with("**") { 2 } else { 0 };
            let mut candidates: Vec<(usize, MarkerKind, u32, usize, bool)> = Vec::new();
            if let Some((k, n, len)) = text.get(lead..).and_then(marker_at) {
                candidates.push((lead, k, n, len, false));
            }
            for (i, p) in inline_starts(text, lead) {
                if let Some((k, n, len)) = text.get(i..).and_then(marker_at)
                    && !matches!(k, MarkerKind::ChineseComma | MarkerKind::ArabicDot)
                    && rank(k).is_none()
                    && (inline_boundary(p, k) || k == MarkerKind::Circled)
                {
                    candidates.push((i, k, n, len, true));
                }
            }
            for (at, kind, number, len, inline) in candidates {
                let pos = stack.iter().position(|o| o.kind == kind && o.inline == inline);
                if inline {
                    let continues = pos.is_some_and(|p| stack[p].number + 1 == number);
                    if !(number == 1 || continues) {
                        continue;
                    }
                }
                if let Some(r) = rank(kind) {
                    // Statute markers nest by rank (编 > 章 > 节 > 条), whatever
                    // came before: an excerpt may start inside a chapter.
                    while stack.last().is_some_and(|o| rank(o.kind).is_none_or(|q| q >= r)) {
                        stack.pop();
                    }
                } else if let Some(p) = pos {
                    stack.truncate(p);
                }
                let start = line.content.start + at;
                let marker_span = Span::new(start, start + len);
                let rest = text.get(at + len..).unwrap_or("");
                let h_len = rest.find(|c: char| heading_end(c, kind, inline)).unwrap_or(rest.len());
                let heading =
                    trim_span(source, Span::new(marker_span.end, marker_span.end + h_len));
                let parent =
                    stack.last().map(|o| SectionId(u32::try_from(o.node).unwrap_or(u32::MAX)));
                let level = u8::try_from(stack.len() + 1).unwrap_or(u8::MAX);
                stack.push(Open { kind, inline, number, node: nodes.len() });
                cuts.push(if inline { start } else { line.raw.start.max(region.start) });
                nodes.push(OutlineNode {
                    level,
                    marker: kind,
                    number,
                    marker_span,
                    heading,
                    span: Span::new(start, region.end),
                    parent,
                });
            }
        }
        // A node ends where the next node of the same or a higher level begins.
        for i in first_node..nodes.len() {
            let level = nodes[i].level;
            let end = (i + 1..nodes.len())
                .find(|&j| nodes[j].level <= level)
                .map_or(region.end, |j| cuts[j]);
            let span = trim_span(source, Span::new(nodes[i].span.start, end));
            // A heading never runs into the next node (`①甲②乙` on one line).
            let h = nodes[i].heading;
            let h_end = h.end.min(span.end).max(h.start.min(span.end));
            nodes[i].heading = trim_span(source, Span::new(h.start.min(h_end), h_end));
            nodes[i].span = span;
        }
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::super::lines::lines;
    use super::*;

    /// The char-by-char scan that [`inline_starts`] replaced.
    fn inline_starts_by_char(text: &str, lead: usize) -> Vec<(usize, char)> {
        let mut out = Vec::new();
        let mut prev: Option<char> = None;
        for (i, c) in text.char_indices() {
            if i > lead
                && let Some(p) = prev
                && (matches!(p, '：' | ':' | '；' | ';' | '。' | '，' | ',')
                    || ('\u{2460}'..='\u{2473}').contains(&c))
            {
                out.push((i, p));
            }
            prev = Some(c);
        }
        out
    }

    #[test]
    fn inline_starts_equal_the_char_scan() {
        // Pseudo-random lines over the boundary chars, circled numbers,
        // chars sharing their lead bytes (“ — 、 ＋) and others.
        let alphabet = [
            '：', ':', '；', ';', '。', '，', ',', '①', '②', '⑳', '⑴', '“', '—', '、', '＋', '（',
            '一', '是', '1', 'a', '*', ' ',
        ];
        let mut next = crate::test_rng::xorshift(0xD1B5_4A32_D192_ED03u64);
        let mut starts = 0;
        for _ in 0..50_000 {
            let len = (next() % 10) as usize;
            let text: String =
                (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            let lead = if text.starts_with("**") { 2 } else { 0 };
            let want = inline_starts_by_char(&text, lead);
            assert_eq!(inline_starts(&text, lead).collect::<Vec<_>>(), want, "{text:?}");
            starts += want.len();
        }
        assert!(starts > 10_000, "{starts}");
    }

    fn run(source: &str) -> Vec<(u8, MarkerKind, u32, String, Option<u32>)> {
        let ls = lines(source);
        outline(source, &ls, &[Span::new(0, source.len())])
            .iter()
            .map(|n| {
                (n.level, n.marker, n.number, source[n.heading].to_owned(), n.parent.map(|p| p.0))
            })
            .collect()
    }

    #[test]
    fn markers() {
        type Row<'a> = (&'a str, Option<(MarkerKind, u32, &'a str)>);
        let rows: &[Row<'_>] = &[
            ("一、总体要求", Some((MarkerKind::ChineseComma, 1, "一、"))),
            ("十二、其他", Some((MarkerKind::ChineseComma, 12, "十二、"))),
            ("（三）工作措施", Some((MarkerKind::ChineseParen, 3, "（三）"))),
            ("(2)党章", Some((MarkerKind::ArabicParen, 2, "(2)"))),
            ("1、切实加强", Some((MarkerKind::ArabicDot, 1, "1、"))),
            ("12．严格", Some((MarkerKind::ArabicDot, 12, "12．"))),
            ("②其他", Some((MarkerKind::Circled, 2, "②"))),
            ("二是有形式主义趋向", Some((MarkerKind::Enumeration, 2, "二是"))),
            ("1.5倍", None),
            ("3月17日", None),
            ("一是一，二是二", None),
            ("（2014年4月8日）", None),
            ("（中办发〔2014〕4号）", None),
        ];
        for &(text, want) in rows {
            let got = marker_at(text).map(|(k, n, len)| (k, n, &text[..len]));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn levels_follow_styles() {
        use MarkerKind::*;
        let source = "一、关于认识问题\n1、注意防止：一是认识不足，二是认识偏差。\n二、关于学习\n8、丰富学习内容：（1）理论体系；（2）党章。\n9、保证学习时间";
        assert_eq!(
            run(source),
            [
                (1, ChineseComma, 1, "关于认识问题".to_owned(), None),
                (2, ArabicDot, 1, "注意防止".to_owned(), Some(0)),
                (3, Enumeration, 1, "认识不足".to_owned(), Some(1)),
                (3, Enumeration, 2, "认识偏差".to_owned(), Some(1)),
                (1, ChineseComma, 2, "关于学习".to_owned(), None),
                (2, ArabicDot, 8, "丰富学习内容".to_owned(), Some(4)),
                (3, ArabicParen, 1, "理论体系".to_owned(), Some(5)),
                (3, ArabicParen, 2, "党章".to_owned(), Some(5)),
                (2, ArabicDot, 9, "保证学习时间".to_owned(), Some(4)),
            ]
        );
    }

    #[test]
    fn bold_and_spans() {
        let source = "**一、把学习作为红线。**《讲话》强调\n\n## 二、坚持高标准。\n正文";
        let ls = lines(source);
        let nodes = outline(source, &ls, &[Span::new(0, source.len())]);
        assert_eq!(nodes.len(), 2);
        assert_eq!(&source[nodes[0].marker_span], "一、");
        assert_eq!(&source[nodes[0].heading], "把学习作为红线");
        assert_eq!(&source[nodes[0].span], "一、把学习作为红线。**《讲话》强调");
        assert_eq!(&source[nodes[1].span], "二、坚持高标准。\n正文");
    }

    #[test]
    fn statute_outline_nests_by_rank() {
        use MarkerKind::*;
        // An excerpt that starts inside a chapter, then a new chapter.
        let source = "第十二条 运营单位应当：\n（一）建立制度；\n（二）配备人员。\n第三章 法律责任\n第十三条　违反本条例的，处罚款。";
        assert_eq!(
            run(source),
            [
                (1, Article, 12, "运营单位应当".to_owned(), None),
                (2, ChineseParen, 1, "建立制度".to_owned(), Some(0)),
                (2, ChineseParen, 2, "配备人员".to_owned(), Some(0)),
                (1, Chapter, 3, "法律责任".to_owned(), None),
                (2, Article, 13, "违反本条例的，处罚款".to_owned(), Some(3)),
            ]
        );
    }

    #[test]
    fn inline_needs_a_list_start() {
        // `（3）` inline without （1）（2） before it is not an item.
        assert!(run("根据要求：（3）不算").is_empty());
        assert_eq!(run("统一是关键").len(), 0);
    }
}
