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

use regex::Regex;

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

/// Adoption notes under a statute or judicial title, built once.
#[derive(Clone, Debug)]
pub(crate) struct TitleNotes {
    re: Regex,
}

const DATE: &str = r"[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日";

impl TitleNotes {
    pub fn new() -> TitleNotes {
        let acts = "通过|批准|修正|修订|公布|发布|施行|实施";
        let tail = format!(r"(?:[，,；;][^。：:\n]{{0,80}}?(?:{acts}))*");
        let pattern = format!(
            r"^[（(]?(?:{DATE}[ \t\u{{3000}}]+[^。：:\n]{{2,80}}|{DATE}[^。：:\n]{{0,80}}?(?:{acts}){tail}|[^。：:\n]{{0,80}}?(?:会议|委员会)[^。：:\n]{{0,40}}?(?:{acts}){tail})[）)]?$"
        );
        TitleNotes { re: Regex::new(&pattern).expect("valid title note pattern") }
    }

    /// True when the line `text` is an adoption or publication note.
    pub fn is_note(&self, text: &str) -> bool {
        text.chars().count() <= 160 && self.re.is_match(text)
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
