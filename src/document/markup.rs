//! What Markdown conversions of web pages and legal databases put around a
//! document, read on the source so that spans stay source spans:
//!
//! - YAML front matter (`---` … `---`) with the crawler's fields
//!   (`标题: …`, `文号: …`), whose values are source text and can stand for a
//!   field the document itself does not print;
//! - a preamble of block quotes (`> 本文正文由脚本…提取`) and HTML comments
//!   (`<!-- INFO END -->`) before the document;
//! - the adoption notes that legal databases print under a title
//!   (`1997年9月24日 最高人民检察院第八届检察委员会第七十四次会议通过`,
//!   `（2015年12月3日…会议通过，自2016年3月1日起施行）`).

use super::lines::{Line, trim_span};
use crate::Span;

/// How many lines YAML front matter may take.
const FRONT_MATTER_LINES: usize = 60;

/// One `key: value` field of the front matter, as source spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Field {
    pub key: Span,
    pub value: Span,
}

/// The front matter at the top of `lines`: its fields and the number of
/// lines it takes (both `---` included); `None` when the text has none.
pub(crate) fn front_matter(source: &str, lines: &[Line]) -> Option<(Vec<Field>, usize)> {
    let first = lines.iter().position(|l| !l.is_blank())?;
    if first > 2 || lines[first].text(source) != "---" {
        return None;
    }
    let mut fields = Vec::new();
    for (i, l) in lines.iter().enumerate().skip(first + 1).take(FRONT_MATTER_LINES) {
        let t = l.text(source);
        if t == "---" || t == "..." {
            return Some((fields, i + 1));
        }
        let Some(colon) = t.find(':').or_else(|| t.find('：')) else { continue };
        let sep = t.get(colon..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8);
        let key = trim_span(source, Span::new(l.content.start, l.content.start + colon));
        let value = trim_span(source, Span::new(l.content.start + colon + sep, l.content.end));
        fields.push(Field { key, value });
    }
    None
}

/// The value of the first front-matter field named one of `keys`.
pub(crate) fn field(source: &str, fields: &[Field], keys: &[&str]) -> Option<Span> {
    fields
        .iter()
        .find(|f| f.key.get(source).is_some_and(|k| keys.contains(&k)) && !f.value.is_empty())
        .map(|f| f.value)
}

/// True for a line that only dresses a conversion: a block quote, an HTML
/// comment, a horizontal rule.
pub(crate) fn is_residue_line(text: &str) -> bool {
    text.starts_with('>')
        || (text.starts_with("<!--") && text.ends_with("-->"))
        || (text.len() >= 3 && text.chars().all(|c| matches!(c, '-' | '*' | '_' | ' ')))
}

/// How many lines at the top of `lines` come before the document itself:
/// front matter, block quotes, comments and blank lines.
pub(crate) fn preamble_lines(source: &str, lines: &[Line]) -> usize {
    let mut at = front_matter(source, lines).map_or(0, |(_, n)| n);
    while let Some(l) = lines.get(at) {
        if !(l.is_blank() || is_residue_line(l.text(source))) {
            break;
        }
        at += 1;
    }
    // Nothing but preamble: keep the text as it is.
    if at >= lines.len() { 0 } else { at }
}

/// Adoption notes under a statute or judicial title.
///
/// A note is a whole line matching (as a regex; `N` is `[^。：:\n]`, `ACT`
/// one of 通过 批准 修正 修订 公布 发布 施行 实施, `DATE`
/// `[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日`)
/// `^[（(]?(?:DATE[ \t\u{3000}]+N{2,80}|DATE N{0,80}?ACT TAIL|N{0,80}?(?:会议|委员会)N{0,40}?ACT TAIL)[）)]?$`
/// with `TAIL` = `(?:[，,；;]N{0,80}?ACT)*`. It is matched by hand, over the
/// sets of char positions each part can end at (a note has at most 160
/// chars): compiled, the bounded repetitions of `N` cost more than parsing
/// a hundred documents.
#[derive(Clone, Debug, Default)]
pub(crate) struct TitleNotes;

const ACTS: [[char; 2]; 8] = [
    ['通', '过'],
    ['批', '准'],
    ['修', '正'],
    ['修', '订'],
    ['公', '布'],
    ['发', '布'],
    ['施', '行'],
    ['实', '施'],
];

/// Longest note, in chars.
const MAX_NOTE_CHARS: usize = 160;

/// A char of `N` (`[^。：:\n]`).
fn in_note(c: char) -> bool {
    !matches!(c, '。' | '：' | ':' | '\n')
}

fn is_date_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '０'..='９')
}

/// End of `DATE` at `at`, if one starts there (its parse is unique).
fn date_end(t: &[char], at: usize) -> Option<usize> {
    let digits = |from: usize, min: usize, max: usize| {
        let n = t
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take(max)
            .take_while(|&&c| is_date_digit(c))
            .count();
        (n >= min).then_some(from + n)
    };
    let after = |at: usize, c: char| (t.get(at) == Some(&c)).then_some(at + 1);
    let y = after(digits(at, 4, 4)?, '年')?;
    let m = after(digits(y, 1, 2)?, '月')?;
    after(digits(m, 1, 2)?, '日')
}

/// The word of `words` that starts at `at`, as its end.
fn word_ends<'a>(
    t: &'a [char],
    at: usize,
    words: &'a [&'a [char]],
) -> impl Iterator<Item = usize> + 'a {
    words
        .iter()
        .filter(move |w| t.get(at..).is_some_and(|r| r.starts_with(w)))
        .map(move |w| at + w.len())
}

/// Positions reachable from one of `from` by `N{0,max}?` then a word of
/// `words`, marked in a new set.
fn gap_then(t: &[char], from: &[bool], max: usize, words: &[&[char]]) -> Vec<bool> {
    let mut out = vec![false; t.len() + 1];
    for (p, _) in from.iter().enumerate().filter(|&(_, &r)| r) {
        // j runs over the starts of the word: p, then after each `N` char.
        for j in p..=t.len().min(p + max) {
            for e in word_ends(t, j, words) {
                out[e] = true;
            }
            if !t.get(j).copied().is_some_and(in_note) {
                break;
            }
        }
    }
    out
}

impl TitleNotes {
    pub fn new() -> TitleNotes {
        TitleNotes
    }

    /// True when the line `text` is an adoption or publication note.
    pub fn is_note(&self, text: &str) -> bool {
        if text.chars().nth(MAX_NOTE_CHARS).is_some() {
            return false;
        }
        let t: Vec<char> = text.chars().collect();
        let n = t.len();
        let ends_at = |e: usize| e == n || (e + 1 == n && matches!(t[e], '）' | ')'));
        let acts: Vec<&[char]> = ACTS.iter().map(|a| a.as_slice()).collect();
        let meetings: [&[char]; 2] = [&['会', '议'], &['委', '员', '会']];
        let single = |p: usize| {
            let mut set = vec![false; n + 1];
            set[p] = true;
            set
        };
        // `ACT TAIL`: from the ends of a first act, every end a tail reaches.
        let tail_accepts = |mut reach: Vec<bool>| {
            for q in 0..n {
                if reach[q] && matches!(t[q], '，' | ',' | '；' | ';') {
                    let more = gap_then(&t, &single(q + 1), 80, &acts);
                    for (r, m) in reach.iter_mut().zip(more) {
                        *r |= m;
                    }
                }
            }
            reach.iter().enumerate().any(|(e, &r)| r && ends_at(e))
        };
        let starts = [Some(0), t.first().is_some_and(|&c| matches!(c, '（' | '(')).then_some(1)];
        starts.into_iter().flatten().any(|s| {
            let date = date_end(&t, s);
            // DATE, blanks, then 2 to 80 chars of N.
            let plain = date.is_some_and(|d| {
                (0..=n).filter(|&e| e >= d && ends_at(e)).any(|e| {
                    let body = &t[d..e];
                    let blanks =
                        body.iter().take_while(|&&c| matches!(c, ' ' | '\t' | '\u{3000}')).count();
                    let len = e - d;
                    body.iter().all(|&c| in_note(c))
                        && blanks >= 1
                        && len >= 3
                        && len.saturating_sub(80).max(1) <= blanks.min(len - 2)
                })
            });
            plain || date.is_some_and(|d| tail_accepts(gap_then(&t, &single(d), 80, &acts))) || {
                let met = gap_then(&t, &single(s), 80, &meetings);
                tail_accepts(gap_then(&t, &met, 40, &acts))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::lines;
    use super::*;

    #[test]
    fn front_matter_fields() {
        let s = "---\n标题: 关于开展工作的函\n文号: 沪建综规〔2024〕61 号\n空:\n---\n\n> 本文正文由脚本提取。\n\n# 关于开展工作的函\n";
        let ls = lines(s);
        let (fields, n) = front_matter(s, &ls).unwrap();
        assert_eq!(n, 5);
        let v = field(s, &fields, &["文号", "发文字号"]).unwrap();
        assert_eq!(&s[v.start..v.end], "沪建综规〔2024〕61 号");
        assert_eq!(field(s, &fields, &["空"]), None);
        assert_eq!(ls[preamble_lines(s, &ls)].text(s), "关于开展工作的函");
        // Unclosed: no front matter; a rule alone is not one either.
        assert!(front_matter("---\n标题: x\n正文", &lines("---\n标题: x\n正文")).is_none());
        let s = "<!-- INFO END -->\n\n各市：\n正文。";
        assert_eq!(lines(s)[preamble_lines(s, &lines(s))].text(s), "各市：");
        assert_eq!(preamble_lines("> 只有引文", &lines("> 只有引文")), 0);
    }

    #[test]
    fn hand_matcher_agrees_with_the_regex() {
        let acts = "通过|批准|修正|修订|公布|发布|施行|实施";
        let date = r"[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日";
        let tail = format!(r"(?:[，,；;][^。：:\n]{{0,80}}?(?:{acts}))*");
        let re = regex::Regex::new(&format!(
            r"^[（(]?(?:{date}[ \t\u{{3000}}]+[^。：:\n]{{2,80}}|{date}[^。：:\n]{{0,80}}?(?:{acts}){tail}|[^。：:\n]{{0,80}}?(?:会议|委员会)[^。：:\n]{{0,40}}?(?:{acts}){tail})[）)]?$"
        ))
        .unwrap();
        let pieces = [
            "（",
            "(",
            "）",
            ")",
            "2019年",
            "4月",
            "23日",
            "1",
            "０",
            "年",
            "月",
            "日",
            " ",
            "\u{3000}",
            "会议",
            "委员会",
            "会",
            "通过",
            "修正",
            "公布",
            "，",
            "；",
            "。",
            "：",
            "字",
            "第十三届",
        ];
        let mut texts: Vec<String> = Vec::new();
        let mut rng = crate::test_rng::xorshift(0x9E37_79B9_7F4A_7C15);
        let mut next = || (rng() >> 33) as usize;
        for _ in 0..60_000 {
            let len = next() % 12 + 1;
            texts.push((0..len).map(|_| pieces[next() % pieces.len()]).collect());
        }
        for k in [0, 1, 2, 38, 39, 40, 41, 78, 79, 80, 81, 82, 150, 158, 159, 160, 161] {
            let gap = "字".repeat(k);
            for t in [
                format!("2019年4月23日 {gap}"),
                format!("（2019年4月23日\u{3000}\u{3000}{gap}）"),
                format!("2019年4月23日{gap}通过"),
                format!("{gap}会议通过"),
                format!("会议{gap}通过"),
                format!("（会议通过，{gap}修正）"),
                format!("2019年4月23日通过；{gap}公布，施行"),
            ] {
                texts.push(t);
            }
        }
        let n = TitleNotes::new();
        let mut seen = [0usize; 2];
        for t in &texts {
            assert_eq!(n.is_note(t), re.is_match(t) && t.chars().count() <= 160, "{t:?}");
            seen[usize::from(n.is_note(t))] += 1;
        }
        assert!(seen[0] > 1_000 && seen[1] > 300, "{seen:?}");
    }

    #[test]
    fn adoption_notes() {
        let n = TitleNotes::new();
        for yes in [
            "1997年9月24日 最高人民检察院第八届检察委员会第七十四次会议通过",
            "2020年11月9日 最高人民法院审判委员会",
            "第1815次会议通过，自2021年1月1日起施行）",
            "（2015年12月3日山东省第十二届人民代表大会常务委员会第十八次会议通过）",
            "（2004年6月27日国务院令第411号修订公布）",
        ] {
            assert!(n.is_note(yes), "{yes}");
        }
        for no in [
            "各省、自治区、直辖市人民政府：",
            "2021年3月5日",
            "为规范管理，经市政府常务会议通过，现印发实施。",
            "关于召开全市工作会议的通知",
        ] {
            assert!(!n.is_note(no), "{no}");
        }
    }
}
