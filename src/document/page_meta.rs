//! The metadata block a government web page prints around a document.
//!
//! Pages of the 政府信息公开 catalogues print the document's fields as
//! `label：value` lines or as a table converted one cell per line
//! (`索引号⏎000019174/2021-00003⏎发文字号⏎自然资办函〔2021〕1432号`), and
//! the page itself adds `信息来源：`, `发布时间：`, `浏览次数：`. Those lines
//! are no part of the document: a `发文字号` cell followed by the title
//! reads like a new header block, a `生成日期` cell like a 成文日期. This
//! module finds the block, so that the parser can keep its lines out of the
//! document's structure and take the number, date or title the page gives
//! when the document does not print them. Labels and their roles are plain
//! data (`data/page/meta_labels.txt`).

use super::lines::Line;
use crate::Span;

/// The labels file: `label<TAB>role` per line.
const LABELS: &str = include_str!("../../data/page/meta_labels.txt");

/// What a field gives the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// The document's 发文字号.
    Number,
    /// Its 成文日期.
    Date,
    /// Its title.
    Title,
    /// A label only such pages print (`索引号`, `浏览次数`).
    Strong,
    /// A field of no use to the parser (`发布时间`, `来源`).
    Other,
}

/// The labels, longest first so that `规范性文件编号` is not read as `文件编号`.
static TABLE: std::sync::LazyLock<Vec<(&'static str, Role)>> = std::sync::LazyLock::new(|| {
    let mut table: Vec<(&str, Role)> = LABELS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (label, role) = l.split_once('\t')?;
            let role = match role.trim() {
                "number" => Role::Number,
                "date" => Role::Date,
                "title" => Role::Title,
                "strong" => Role::Strong,
                _ => Role::Other,
            };
            Some((label.trim(), role))
        })
        .collect();
    table.sort_by_key(|(l, _)| std::cmp::Reverse(l.len()));
    table
});

/// The chars labels open with, for a quick refusal of every other line.
static FIRST_CHARS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    let mut chars: Vec<char> = TABLE.iter().filter_map(|(l, _)| l.chars().next()).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
});

/// Chars of a value cell on the line after its label.
const VALUE_CHARS: usize = 120;

/// Chars of the head of a line a label is looked for in.
const LABEL_CHARS: usize = 16;

/// Lines between two fields of one block (a stray `>` or `有效`).
const BLOCK_GAP: usize = 2;

/// One field of the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Field {
    pub role: Role,
    /// The line of its label.
    pub line: usize,
    /// The value as printed, trimmed; `None` for an empty cell.
    pub value: Option<Span>,
}

/// The page metadata of a text: its fields, and which lines belong to them.
#[derive(Clone, Debug, Default)]
pub(crate) struct PageMeta {
    pub fields: Vec<Field>,
    /// Per line of the text: true for a label or value line of a block.
    pub hidden: Vec<bool>,
}

impl PageMeta {
    /// Read the blocks of `lines`. A block is a run of labelled lines (each
    /// at most [`BLOCK_GAP`] lines after the one before) with at least two
    /// fields, one of them not `Other`: `来源：` or `时间：` alone also open
    /// lines of running text.
    pub fn read(source: &str, lines: &[Line]) -> PageMeta {
        let mut meta = PageMeta { fields: Vec::new(), hidden: vec![false; lines.len()] };
        // Fields as (first line, last line, field).
        let mut found: Vec<(usize, usize, Field)> = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let Some((name, role, inline)) = label(source, lines[i]) else {
                i += 1;
                continue;
            };
            let mut last = i;
            let value = match inline {
                Some(v) if !v.is_empty() => Some(v),
                _ => {
                    // A label cell (`文件编号：` or `文件编号` alone): its value
                    // is the next line, unless that is a label too (an empty
                    // cell).
                    let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
                    match next {
                        Some(j)
                            if label(source, lines[j]).is_none()
                                && fits(name, role, lines[j].text(source)) =>
                        {
                            last = j;
                            Some(lines[j].content)
                        }
                        _ => None,
                    }
                }
            };
            found.push((i, last, Field { role, line: i, value }));
            i = last + 1;
        }
        let mut start = 0;
        while start < found.len() {
            let mut end = start + 1;
            while end < found.len() && found[end].0 <= found[end - 1].1 + BLOCK_GAP + 1 {
                end += 1;
            }
            let block = &found[start..end];
            if block.len() >= 2 && block.iter().any(|(_, _, f)| f.role != Role::Other) {
                for &(first, last, field) in block {
                    meta.fields.push(field);
                    for h in meta.hidden.get_mut(first..=last).into_iter().flatten() {
                        *h = true;
                    }
                }
            }
            start = end;
        }
        meta
    }

    /// True when line `i` belongs to a block.
    pub fn is_hidden(&self, i: usize) -> bool {
        self.hidden.get(i).copied().unwrap_or(false)
    }

    /// True when the text has a block.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The values of the fields of `role`, in order.
    #[cfg(test)]
    pub fn values(&self, role: Role) -> impl Iterator<Item = Span> + '_ {
        self.values_in(role, 0..usize::MAX)
    }

    /// The values of the fields of `role` whose label is on a line of `lines`.
    pub fn values_in(
        &self,
        role: Role,
        lines: std::ops::Range<usize>,
    ) -> impl Iterator<Item = Span> + '_ {
        self.fields
            .iter()
            .filter(move |f| f.role == role && lines.contains(&f.line))
            .filter_map(|f| f.value)
    }

    /// `lines` with the lines of the blocks made blank (their spans kept
    /// in place), for the line-based readers.
    pub fn visible(&self, lines: &[Line]) -> Vec<Line> {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if self.is_hidden(i) {
                    Line { content: Span::new(l.content.start, l.content.start), ..*l }
                } else {
                    *l
                }
            })
            .collect()
    }

    /// `source` with the lines of the blocks replaced by spaces of the same
    /// byte length, for the readers that read the source itself: every
    /// offset stays an offset of `source`. `None` when there is no block.
    pub fn masked(&self, source: &str, lines: &[Line]) -> Option<String> {
        if self.is_empty() {
            return None;
        }
        let mut bytes = source.as_bytes().to_vec();
        for (i, l) in lines.iter().enumerate() {
            if self.is_hidden(i) {
                for b in bytes.get_mut(l.raw.start..l.raw.end).into_iter().flatten() {
                    *b = b' ';
                }
            }
        }
        // Whole lines of whole chars became ASCII spaces: still UTF-8.
        String::from_utf8(bytes).ok()
    }
}

/// True when `value`, the line after a label cell, can be its value: short,
/// no sentence and no 主送 list (`浏览次数：` left empty before
/// `各县、区人民政府，…：`); a date's, a time's or a count's value starts
/// with a digit; only a title field's value may read as the document's
/// title (the title after an empty `废止日期` cell is the document's own).
fn fits(label: &str, role: Role, value: &str) -> bool {
    let dated = ["日期", "时间", "次数"].iter().any(|e| label.ends_with(e));
    value.chars().count() <= VALUE_CHARS
        && !value.contains(['，', '。', '；'])
        && !value.ends_with(['：', ':'])
        && (!dated || value.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)))
        && (role == Role::Title || super::kind::kind_from_title(value).is_none())
}

/// Blanks a label may hold (`索 引 号：`).
fn is_label_blank(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\t')
}

/// The label opening `line` as listed, its role, and its value on the same
/// line (`Some` of a possibly empty span after `：`), or `None` for a label
/// alone on its line. Blanks inside a label are ignored (`索 引 号：`).
fn label(source: &str, line: Line) -> Option<(&'static str, Role, Option<Span>)> {
    let text = line.text(source);
    let first = text.chars().next()?;
    if !FIRST_CHARS.contains(&first) {
        return None;
    }
    let mut squeezed = String::new();
    let mut colon = None;
    for (i, c) in text.char_indices().take(LABEL_CHARS + 8) {
        if matches!(c, '：' | ':') {
            colon = Some(i + c.len_utf8());
            break;
        }
        if !is_label_blank(c) {
            squeezed.push(c);
        }
    }
    let &(name, role) = TABLE.iter().find(|(l, _)| squeezed == *l)?;
    match colon {
        Some(after) => {
            let v = Span::new(line.content.start + after, line.content.end);
            Some((name, role, Some(super::lines::trim_span(source, v))))
        }
        // No colon: the whole line must be the label (a table cell).
        None => text
            .chars()
            .filter(|&c| !is_label_blank(c))
            .eq(squeezed.chars())
            .then_some((name, role, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::lines;
    use super::*;

    fn read(source: &str) -> (PageMeta, Vec<Line>) {
        let ls = lines(source);
        (PageMeta::read(source, &ls), ls)
    }

    #[test]
    fn label_value_lines_and_cells() {
        // The shapes of two scraped pages (not from the sets).
        let source = "某某县人民政府关于印发某某措施的通知\n索 引 号：SM04100-2022-00023\n备注/文号：某政规〔2022〕6号\n发布机构：县政府\n某某县人民政府关于印发某某措施的通知\n来源：某某县人民政府\n各乡（镇）人民政府：\n现印发给你们。";
        let (meta, ls) = read(source);
        let hidden: Vec<&str> =
            (0..ls.len()).filter(|&i| meta.is_hidden(i)).map(|i| ls[i].text(source)).collect();
        assert_eq!(
            hidden,
            [
                "索 引 号：SM04100-2022-00023",
                "备注/文号：某政规〔2022〕6号",
                "发布机构：县政府",
                "来源：某某县人民政府"
            ]
        );
        let numbers: Vec<&str> = meta.values(Role::Number).filter_map(|s| s.get(source)).collect();
        assert_eq!(numbers, ["某政规〔2022〕6号"]);

        let source = "标题\n文号\n机构\n名称\n某部办公厅关于某事的函\n发文字号\n某办函〔2021〕1432号\n生成日期\n2021年08月06日\n实施日期\n废止日期\n某部办公厅关于某事的函\n各省主管部门：";
        let (meta, ls) = read(source);
        let dates: Vec<&str> = meta.values(Role::Date).filter_map(|s| s.get(source)).collect();
        assert_eq!(dates, ["2021年08月06日"]);
        let numbers: Vec<&str> = meta.values(Role::Number).filter_map(|s| s.get(source)).collect();
        assert_eq!(numbers, ["某办函〔2021〕1432号"]);
        let shown: Vec<&str> =
            (0..ls.len()).filter(|&i| !meta.is_hidden(i)).map(|i| ls[i].text(source)).collect();
        assert_eq!(shown, ["某部办公厅关于某事的函", "各省主管部门："]);
    }

    #[test]
    fn running_text_is_no_block() {
        // A meeting notice's own `时间：` and `地点：` lines.
        let source = "关于召开会议的通知\n各单位：\n时间：2022年5月10日上午9时\n地点：第一会议室\n来源：各单位推荐";
        let (meta, _) = read(source);
        assert!(meta.is_empty());
        // One field alone is no block either.
        let (meta, _) = read("正文。\n索引号：123\n正文。");
        assert!(meta.is_empty());
    }
}
