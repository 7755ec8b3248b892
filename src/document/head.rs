//! A shape-based reader of the 版头 and title block that does not rely on
//! line breaks.
//!
//! The line reader of [`super::parser`] handles the GB/T 9704 print layout
//! with one field per line. Many real texts do not have it: web pages put
//! the title first and the 文号 under it, PDF text breaks the title and
//! lays the joint organs of the mark around the number, and OCR text runs
//! the whole page on one line (`山东省财政厅文件鲁财会〔2021〕13号山东省财政厅
//! 关于…的通知各市财政局…:为促进…`). This reader treats line breaks as
//! blanks and finds the fields by their shapes:
//!
//! - urgency marks at the very start (`等级特急·明电`);
//! - the 发文机关标志: organ names ending in `文件`, or a letterhead (organ
//!   names before the 文号, or an organ name that the title repeats);
//! - the 文号 before the first `。` or `：`, not inside 《》;
//! - the title: from the end of the header to the first 文种 word outside
//!   《》 that is followed by a line break, the 主送 list, a body opening
//!   or the end of the text;
//! - the 主送机关: a list of organs ending in `：` right after the title, or
//!   at the very start of a body-only text.

use regex::Regex;

use super::doc_number::DocNumberFinder;
use super::header::{self, HeaderRules};
use super::kind::{TITLE_ENDINGS, kind_from_title};
use super::lines::trim_span;
use super::markup::TitleNotes;
use super::{DocKind, DocNumberItem};
use crate::Span;

/// How many chars from the start of a document the header may take.
const HEAD_CHARS: usize = 400;
/// How many chars a title may have.
const TITLE_CHARS: usize = 160;
/// How many chars a 主送 list may have.
const RECIPIENT_CHARS: usize = 300;

/// What the head of one document holds; every span is a source span.
#[derive(Clone, Debug, Default)]
pub(crate) struct Head<'t> {
    pub issuer: Option<Span>,
    pub urgency: Vec<Span>,
    pub number: Option<DocNumberItem<'t>>,
    pub title: Option<Span>,
    pub kind: Option<DocKind>,
    /// The 主送 list without its colon.
    pub recipients: Option<Span>,
    /// Where the body starts.
    pub body_start: usize,
    pub warnings: Vec<String>,
}

/// The head reader's patterns, built once.
#[derive(Clone, Debug)]
pub(crate) struct HeadReader {
    /// `鲁机发454号`: a telegram serial right after the 文号.
    serial: Regex,
    /// Adoption notes under a title (`…会议通过`).
    notes: TitleNotes,
    /// A 文号 with one stray char that OCR inserted (`鲁汛旱办明电[2020]的43号`).
    damaged_number: Regex,
}

/// Words that open a label line, never a 主送 list.
const LABELS: &[&str] = &[
    "联系人",
    "联系电话",
    "电话",
    "附件",
    "抄送",
    "主题词",
    "发送",
    "地址",
    "邮编",
    "注",
    "说明",
    "备注",
    "传真",
    "邮箱",
    "网址",
    "时间",
    "地点",
    "会议",
    "报送",
];

/// Chars after a 文种 word that show the title goes on (`…的通知的通知`,
/// `…意见的函`, `通知书`, `意见稿`).
fn continues_title(c: char) -> bool {
    matches!(
        c,
        '的' | '之'
            | '和'
            | '及'
            | '与'
            | '、'
            | '，'
            | ','
            | '暨'
            | '书'
            | '稿'
            | '单'
            | '表'
            | '精'
            | '》'
            | '〉'
            | '”'
            | '复'
            | '告'
            | '件'
    )
}

/// Words that open a body paragraph right after a title.
const BODY_OPENERS: &[&str] = &[
    "为",
    "根据",
    "按照",
    "依据",
    "经",
    "现将",
    "现就",
    "现",
    "近年来",
    "近期",
    "今年",
    "当前",
    "你",
    "我",
    "本",
];

fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{2060}')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// The first position at or after `at` that is neither blank nor an HTML
/// comment of a Markdown conversion (`<!-- INFO END -->`).
fn skip_blanks(source: &str, mut at: usize, end: usize) -> usize {
    loop {
        let Some(s) = source.get(at..end) else { return end };
        at += s.len() - s.trim_start_matches(is_blank).len();
        let rest = source.get(at..end).unwrap_or("");
        // A comment closes on its own line or soon after (not a scan to the end).
        let close = rest.strip_prefix("<!--").and_then(|r| {
            let line = r.find('\n').map_or(r.len(), |i| i);
            r.get(..line)?.find("-->")
        });
        match close {
            Some(i) => at += "<!--".len() + i + "-->".len(),
            None => return at,
        }
    }
}

/// Skip an attachment label on a line of its own before a forwarded or
/// attached text's title (`附件`, `附件1`, `附件二：`).
fn skip_attachment_label(source: &str, at: usize, end: usize) -> usize {
    let Some(rest) = source.get(at..end) else { return at };
    let Some(label) = rest.strip_prefix("附件") else { return at };
    let Some(nl) = label.find('\n') else { return at };
    let tail = label.get(..nl).unwrap_or("").trim_end_matches(['\r', ' ', '\u{3000}']);
    let numbered =
        tail.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十：:".contains(c));
    if tail.chars().count() <= 4 && numbered {
        skip_blanks(source, at + "附件".len() + nl, end)
    } else {
        at
    }
}

/// Text that can be a run of organ names: Han chars, blanks and the joiners
/// of joint names, ending like an organ.
fn is_organ_run(text: &str) -> bool {
    let t = text.trim_matches(is_blank);
    let n = t.chars().count();
    (2..=120).contains(&n)
        && t.chars().all(|c| is_han(c) || is_blank(c) || "、·（）()".contains(c))
        && header::ends_like_organ(t)
}

impl HeadReader {
    pub fn new() -> HeadReader {
        HeadReader {
            // `鲁机发454号`, and the empty serial of a form (`鲁机发号`).
            serial: Regex::new(
                r"^(?:\p{Han}{1,8}[ \t\u{3000}]*[0-9０-９]{2,6}|\p{Han}{1,6}机[发电][ \t\u{3000}]*)[ \t\u{3000}]*号",
            )
                .expect("valid serial pattern"),
            notes: TitleNotes::new(),
            damaged_number: Regex::new(
                r"^\p{Han}{2,12}[〔\[［(（【][0-9]{4}[〕\]］)）】]\p{Han}{1,2}[0-9]{1,6}[ \t\u{3000}]*号",
            )
            .expect("valid damaged number pattern"),
        }
    }

    /// Read the head of the document at `span` of `source`.
    pub fn read<'t>(
        &self,
        source: &'t str,
        span: Span,
        rules: &HeaderRules,
        numbers: &DocNumberFinder,
    ) -> Head<'t> {
        let end = span.end.min(source.len());
        let mut head = Head { body_start: span.start, ..Head::default() };
        let mut at = self.skip_noise_lines(source, span.start, end);
        at = skip_attachment_label(source, at, end);
        at = self.telegram_form(source, at, end, &mut head);
        at = self.urgency(source, at, end, rules, &mut head.urgency);
        let marked = !head.urgency.is_empty();
        at = self.telegram_tail(source, at, end, marked, &mut head.warnings);
        // The header part ends at the first full stop or colon.
        let win_end = window_end(source, at, end);
        let stop = source
            .get(at..win_end)
            .and_then(|w| w.find(['。', '：', ':']))
            .map_or(win_end, |i| at + i);

        let number = self.header_number(source, at, stop, numbers);
        let mark = source.get(at..stop).and_then(|w| w.find("文件")).map(|i| at + i);
        let mut cursor = at;
        let mut title_done = false;
        match (mark, &number) {
            (Some(m), n) if self.mark_ok(source, at, m, n.as_ref()) => {
                let organ_end = n.as_ref().map_or(m, |n| n.span.start.min(m));
                head.issuer = Some(trim_span(source, Span::new(at, organ_end)));
                cursor = m + "文件".len();
                if let Some(n) = n {
                    let between = source.get(m + "文件".len()..n.span.start).unwrap_or("x");
                    if n.span.start < m || between.trim_matches(is_blank).is_empty() {
                        cursor = cursor.max(n.span.end);
                        head.number = Some(n.clone());
                    }
                }
            }
            (_, Some(n)) => {
                // `（文号）` on its own line: the brackets are no part of the title.
                let open = source
                    .get(at..n.span.start)
                    .map_or(0, |p| p.len() - p.trim_end_matches(['（', '(']).len());
                let pre = trim_span(source, Span::new(at, n.span.start - open));
                let pre_text = pre.get(source).unwrap_or("");
                if pre.is_empty() {
                    head.number = Some(n.clone());
                    cursor = n.span.end;
                } else if let Some(kind) = kind_from_title(pre_text).filter(|_| {
                    !pre_text.contains(['：', ':', '。']) && pre_text.chars().count() <= TITLE_CHARS
                }) {
                    // Web layout: the title, then the 文号 under it.
                    head.title = Some(pre);
                    head.kind = Some(kind);
                    head.number = Some(n.clone());
                    cursor = n.span.end;
                    if open > 0
                        && let Some(c) = source.get(cursor..end).and_then(|r| r.chars().next())
                        && matches!(c, '）' | ')')
                    {
                        cursor += c.len_utf8();
                    }
                    title_done = true;
                } else if let Some(organ) = Some(pre_text)
                    .map(|p| header::strip_security_suffix(p).trim_end_matches(is_blank))
                    .filter(|p| is_organ_run(p))
                {
                    // `国家电网有限公司办公室内部事项办文档函〔2021〕1号`: a 密级
                    // mark between the organ and its number is no part of it.
                    head.issuer = Some(Span::new(pre.start, pre.start + organ.len()));
                    head.number = Some(n.clone());
                    cursor = n.span.end;
                }
            }
            _ => {
                if let Some(l) = repeated_letterhead(source, at, stop) {
                    head.issuer = Some(Span::new(at, at + l));
                    cursor = at + l;
                }
            }
        }
        if head.number.is_some() {
            cursor = self.skip_serial(source, cursor, end, &mut head.warnings);
            cursor = skip_empty_label(source, cursor, end);
            let issuer = head.issuer.and_then(|i| i.get(source));
            cursor = skip_signer(source, cursor, end, issuer);
        }
        cursor = skip_blanks(source, cursor, end);

        if !title_done && let Some((t, kind)) = self.title(source, cursor, end) {
            head.title = Some(t);
            head.kind = kind;
            cursor = t.end;
        }
        cursor = skip_blanks(source, cursor, end);
        if let Some(t) = head.title {
            cursor = self.skip_notes(source, cursor, end);
            cursor = self.repeated_title(source, t, cursor, end, numbers, &mut head);
        }
        // 主送: right after the title, or at the start of a body-only text.
        if let Some((list, after)) = recipients_at(source, cursor, end) {
            head.recipients = Some(list);
            cursor = after;
        }
        head.body_start = skip_blanks(source, cursor, end);
        head
    }

    /// The fields of a telegram (发电) form before its urgency marks:
    /// `山东省人民政府办公厅发电` (the mark), `发电单位 <organ>`, `签发`/`签批`/
    /// `盖章` with the signer's name, and an organ name run into `等级…`.
    /// The organ of `发电单位`, else of the mark, is the issuer.
    fn telegram_form(&self, source: &str, mut at: usize, end: usize, head: &mut Head<'_>) -> usize {
        const LABELS: &[&str] = &["签发人", "签发", "签批", "盖章", "核稿"];
        const NEXT: &[&str] = &["签发", "签批", "盖章", "等级", "紧急程度", "发电"];
        // The nearest of `words` within 40 chars after `from`.
        let nearest = |from: usize, words: &[&str]| -> Option<usize> {
            let rest = source.get(from..end)?;
            let lim = rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i);
            let w = rest.get(..lim)?;
            words.iter().filter_map(|x| w.find(x)).min().map(|i| from + i)
        };
        let organ_ok = |t: &str| {
            let t = t.trim_matches(is_blank);
            is_organ_run(t)
                || (t.chars().count() <= 12
                    && t.chars().all(is_han)
                    && t.ends_with(['省', '市', '县', '区', '州']))
        };
        for _ in 0..8 {
            at = skip_blanks(source, at, end);
            let Some(rest) = source.get(at..end) else { break };
            if let Some(r) = rest.strip_prefix("发电单位") {
                let from = end - r.len();
                let Some(stop) = nearest(from, NEXT) else { break };
                let organ = trim_span(source, Span::new(from, stop));
                if organ.get(source).is_some_and(organ_ok) {
                    head.issuer = Some(organ);
                }
                at = stop;
            } else if let Some(l) = LABELS.iter().find(|l| rest.starts_with(**l)) {
                at += l.len();
                // A signer's name (up to four chars) before the next field.
                if let Some(next) = nearest(at, &["等级", "紧急程度", "盖章", "签批"])
                    && source.get(at..next).is_some_and(|n| n.chars().count() <= 4)
                {
                    at = next;
                }
            } else if let Some(m) = nearest(at, &["发电", "等级"])
                .filter(|&m| m > at && source.get(at..m).is_some_and(organ_ok))
            {
                if head.issuer.is_none() {
                    head.issuer = Some(trim_span(source, Span::new(at, m)));
                }
                let is_mark = source.get(m..end).is_some_and(|r| r.starts_with("发电"));
                at = if is_mark { m + "发电".len() } else { m };
                if is_mark && source.get(at..end).is_some_and(|r| r.starts_with("单位")) {
                    // `…发电单位` is the field label, not a mark.
                    at = m;
                    break;
                }
            } else {
                break;
            }
        }
        at
    }

    /// After a telegram's urgency marks: a 文号 damaged beyond parsing
    /// (`鲁汛旱办明电[2020]的43号`), a 机要 serial (`鲁机发号`, `鲁机发589号`,
    /// also standing alone where the telegram has no 文号: `…特急·明电鲁机发532号
    /// 中共山东省委办公厅关于…`) and an empty `抄报:` field, all before the title.
    /// `marked` says urgency marks were read.
    fn telegram_tail(
        &self,
        source: &str,
        mut at: usize,
        end: usize,
        marked: bool,
        warnings: &mut Vec<String>,
    ) -> usize {
        at = skip_blanks(source, at, end);
        let Some(rest) = source.get(at..end) else { return at };
        if let Some(m) = self.damaged_number.find(rest) {
            warnings.push(format!("`{}` reads as a damaged 文号; not taken", m.as_str()));
            at = skip_blanks(source, at + m.end(), end);
            at = self.skip_serial(source, at, end, warnings);
        } else if marked {
            at = self.skip_serial(source, at, end, warnings);
        }
        skip_empty_label(source, at, end)
    }

    /// Skip the adoption notes that legal databases print under a title
    /// (`1997年9月24日 最高人民检察院…会议通过`), whole lines only.
    fn skip_notes(&self, source: &str, mut at: usize, end: usize) -> usize {
        for _ in 0..4 {
            let Some(rest) = source.get(at..end) else { break };
            let line_end = rest.find('\n').unwrap_or(rest.len());
            let line = rest.get(..line_end).unwrap_or("").trim_end_matches(is_blank);
            if line.is_empty() || !self.notes.is_note(line) || kind_from_title(line).is_some() {
                break;
            }
            at = skip_blanks(source, at + line_end, end);
        }
        at
    }

    /// A web page that prints the title as its heading and then the document
    /// itself, after page residue (a flattened metadata table: `索取号`,
    /// `发布机构`, …): the print header repeats the title, with the 文号 and
    /// the organ on the lines above it. Reads those and returns the position
    /// after the repeated title; `at` when the title is not repeated.
    fn repeated_title<'t>(
        &self,
        source: &'t str,
        title: Span,
        at: usize,
        end: usize,
        numbers: &DocNumberFinder,
        head: &mut Head<'t>,
    ) -> usize {
        let Some(t) = title.get(source).filter(|t| t.chars().count() >= 6) else { return at };
        let win_end = window_end(source, at, end);
        let Some(i) = source.get(at..win_end).and_then(|w| w.find(t)) else { return at };
        let rep = at + i;
        let block = source.get(at..rep).unwrap_or("");
        // Only page residue before it: no sentence.
        if block.contains(['。', '；']) || !source.get(..rep).is_some_and(|b| b.ends_with('\n')) {
            return at;
        }
        // The non-blank lines above it, as trimmed source spans.
        let mut above: Vec<Span> = Vec::new();
        let mut off = at;
        for piece in block.split_inclusive('\n') {
            let sp = trim_span(source, Span::new(off, off + piece.len()));
            if !sp.is_empty() {
                above.push(sp);
            }
            off += piece.len();
        }
        for &sp in above.iter().rev().take(3) {
            let line = sp.get(source).unwrap_or("");
            if head.number.is_none()
                && let Some(mut n) = numbers.find(line).filter(|n| n.text.len() + 2 >= line.len())
            {
                n.span = n.span.shift(sp.start);
                n.text = n.span.get(source).unwrap_or(n.text);
                head.number = Some(n);
            } else if head.issuer.is_none() && is_organ_run(line) {
                head.issuer = Some(sp);
            }
        }
        skip_blanks(source, rep + t.len(), end)
    }

    /// Skip leading lines without any Han char (exporter ids such as
    /// `JNCR—2022—0040001`, rules, page marks).
    fn skip_noise_lines(&self, source: &str, mut at: usize, end: usize) -> usize {
        for _ in 0..4 {
            let Some(rest) = source.get(at..end) else { break };
            let line_len = rest.find('\n').map_or(rest.len(), |i| i + 1);
            let line = rest.get(..line_len).unwrap_or("");
            if line.chars().any(is_han) || line.chars().count() > 80 || line_len == rest.len() {
                break;
            }
            at += line_len;
        }
        skip_blanks(source, at, end)
    }

    /// Urgency and transmission marks at the very start (`等级特急·明电`);
    /// 份号 and 密级 marks among them are skipped.
    fn urgency(
        &self,
        source: &str,
        mut at: usize,
        end: usize,
        rules: &HeaderRules,
        out: &mut Vec<Span>,
    ) -> usize {
        loop {
            at = skip_blanks(source, at, end);
            let Some(rest) = source.get(at..end) else { return at };
            // 份号 and 密级 stand before or beside the urgency: skipped.
            if let Some(n) = header::security_mark_len(rest) {
                at += n;
                continue;
            }
            if let Some(l) = ["等级", "紧急程度", "缓急"].iter().find(|l| rest.starts_with(**l))
            {
                at += l.len();
                continue;
            }
            if let Some(c) = rest.chars().next().filter(|c| "·•：:、".contains(*c)) {
                at += c.len_utf8();
                continue;
            }
            // `特急，明电`: a comma only between two marks.
            if !out.is_empty()
                && let Some(c) = rest.chars().next().filter(|c| matches!(c, '，' | ','))
                && let Some(after) = rest.get(c.len_utf8()..)
                && rules
                    .urgency(
                        after
                            .get(..after.char_indices().nth(4).map_or(after.len(), |(i, _)| i))
                            .unwrap_or(""),
                    )
                    .first()
                    .is_some_and(|u| u.start == 0)
            {
                at += c.len_utf8();
                continue;
            }
            let prefix_end = rest.char_indices().nth(4).map_or(rest.len(), |(i, _)| i);
            let first = rules.urgency(rest.get(..prefix_end).unwrap_or("")).first().copied();
            match first {
                Some(s) if s.start == 0 => {
                    out.push(s.shift(at));
                    at += s.end;
                }
                _ => return at,
            }
        }
    }

    /// The first 文号 between `at` and `stop` that is not inside 《》 or
    /// brackets of running text.
    fn header_number<'t>(
        &self,
        source: &'t str,
        at: usize,
        stop: usize,
        numbers: &DocNumberFinder,
    ) -> Option<DocNumberItem<'t>> {
        let window = source.get(at..stop)?;
        numbers.find_iter(window).find_map(|mut n| {
            let before = window.get(..n.span.start)?;
            let open = before.matches('《').count() > before.matches('》').count();
            // A number named in a title (`山东省自然资源厅关于商请会签鲁政发〔2017〕36号
            // 文件清理意见的函`) before the title is complete is not its own.
            let complete = kind_from_title(before.trim_end().trim_end_matches(['（', '(']));
            if (before.contains("关于") || n.text.contains("关于")) && complete.is_none() {
                return None;
            }
            let paren = before.trim_end().ends_with(['（', '(']);
            // `（科技发展函〔2021〕182号）` alone on its line under the title is
            // the number of a web copy, not a number cited in a sentence.
            let own_line = paren && {
                let pre = before.trim_end().trim_end_matches(['（', '(']);
                let after = window.get(n.span.end..).unwrap_or("");
                (pre.is_empty() || pre.ends_with('\n'))
                    && after
                        .strip_prefix(['）', ')'])
                        .is_some_and(|r| r.trim_start_matches([' ', '\t', '\r']).starts_with('\n'))
            };
            if open || (paren && !own_line) {
                return None;
            }
            n.span = n.span.shift(at);
            n.text = n.span.get(source)?;
            Some(n)
        })
    }

    /// True when the `文件` at `mark` ends a 发文机关标志: the text before it
    /// (leaving out a 文号 that PDF layout puts between the organs and
    /// `文件`) is a run of organ names.
    fn mark_ok(
        &self,
        source: &str,
        at: usize,
        mark: usize,
        number: Option<&DocNumberItem>,
    ) -> bool {
        let organs = match number {
            Some(n) if n.span.end <= mark => {
                let between = source.get(n.span.end..mark).unwrap_or("x");
                if !between.trim_matches(is_blank).is_empty() {
                    return false;
                }
                source.get(at..n.span.start)
            }
            _ => source.get(at..mark),
        };
        organs.is_some_and(is_organ_run)
    }

    /// Skip a telegram serial right after the 文号 (`鲁机发454号`).
    fn skip_serial(
        &self,
        source: &str,
        at: usize,
        end: usize,
        warnings: &mut Vec<String>,
    ) -> usize {
        let at = skip_blanks(source, at, end);
        let Some(rest) = source.get(at..end) else { return at };
        match self.serial.find(rest) {
            Some(m) => {
                warnings
                    .push(format!("telegram serial `{}` is not the document number", m.as_str()));
                at + m.end()
            }
            None => at,
        }
    }

    /// The title starting at `at`: up to the first 文种 word outside 《》
    /// that ends the title block; or a single line naming a plan or rule.
    fn title(&self, source: &str, at: usize, end: usize) -> Option<(Span, Option<DocKind>)> {
        let rest = source.get(at..end)?;
        let first = rest.chars().next()?;
        if (!is_han(first) && !"《“（(".contains(first)) || rest.starts_with('各') {
            return None;
        }
        let mut depth = 0i32;
        let mut quoted = 0i32;
        for (n, (i, c)) in rest.char_indices().enumerate() {
            if n > TITLE_CHARS || matches!(c, '。' | '：' | ':' | '；' | '！' | '？') {
                break;
            }
            // A comma outside quotes and 《》 is a sentence, not a title
            // (`近来，一些法院就…问题请示我院`); inside them it is quoted
            // (`民政部对“关于应对老龄社会，深化…的建议”的答复`).
            if matches!(c, '，' | ',') && depth <= 0 && quoted <= 0 {
                break;
            }
            match c {
                '《' | '〈' => depth += 1,
                '》' | '〉' => depth -= 1,
                '“' => quoted += 1,
                '”' => quoted -= 1,
                _ => {}
            }
            if depth > 0 || !is_han(c) {
                continue;
            }
            let e = i + c.len_utf8();
            let upto = rest.get(..e)?;
            let Some(&(word, kind)) = TITLE_ENDINGS.iter().find(|(w, _)| upto.ends_with(w)) else {
                continue;
            };
            if upto.chars().count() < word.chars().count() + 2 {
                continue;
            }
            if self.ends_title(source, at + e, end) {
                return Some((trim_span(source, Span::new(at, at + e)), Some(kind)));
            }
        }
        // A title line that names a plan or rule (`…推进方案`), in line layout.
        let line_end = rest.find('\n').unwrap_or(rest.len());
        let line = rest.get(..line_end)?.trim_end_matches(is_blank);
        (line_end < rest.len() && super::plan_title::is_plan_title(line))
            .then(|| (trim_span(source, Span::new(at, at + line.len())), None))
    }

    /// True when a 文种 word ending at `e` ends the title block.
    fn ends_title(&self, source: &str, e: usize, end: usize) -> bool {
        let next_at = skip_blanks(source, e, end);
        let Some(rest) = source.get(next_at..end) else { return true };
        let Some(next) = rest.chars().next() else { return true };
        let broke = source.get(e..next_at).is_some_and(|b| b.contains('\n'));
        // A digit on the next line opens a note or a number, not more title.
        if continues_title(next) || (next.is_ascii_alphanumeric() && !broke) {
            return false;
        }
        broke
            || recipients_at(source, next_at, end).is_some()
            || BODY_OPENERS.iter().any(|w| rest.starts_with(w))
    }
}

/// Skip an empty `抄报:` / `抄送:` field of a telegram form that runs into
/// the title (`抄报:关于印发…`).
fn skip_empty_label(source: &str, at: usize, end: usize) -> usize {
    let at = skip_blanks(source, at, end);
    let rest = source.get(at..end).unwrap_or("");
    for label in ["抄报", "抄送"] {
        if let Some(r) = rest.strip_prefix(label)
            && let Some(c) = r.chars().next().filter(|c| matches!(c, '：' | ':'))
            && r.get(c.len_utf8()..)
                .is_some_and(|t| t.trim_start_matches(is_blank).starts_with("关于"))
        {
            return at + label.len() + c.len_utf8();
        }
    }
    at
}

/// The 签发人 field of an upward document (请示, 报告) after its number:
/// `签发人：张三` on a line of its own, or run into the title on one-line
/// text (`…238号签发人：XXX国网湖北省电力有限公司关于…`). The name ends
/// where the issuer's name or `关于` begins within a few chars, else at the
/// line end, else after an ASCII run (`XXX`) or three chars. Returns the
/// offset after the field (`at` when there is none).
fn skip_signer(source: &str, at: usize, end: usize, issuer: Option<&str>) -> usize {
    let at = skip_blanks(source, at, end);
    let rest = source.get(at..end).unwrap_or("");
    let Some(r) = rest.strip_prefix("签发人") else { return at };
    let r = r.trim_start_matches(['：', ':', ' ', '\u{3000}']);
    let from = end - r.len();
    let near: String = r.chars().take(SIGNER_LOOK).collect();
    let stop = issuer
        .filter(|i| !i.is_empty())
        .and_then(|i| near.find(i))
        .or_else(|| near.find("关于"))
        .or_else(|| near.find('\n'))
        .unwrap_or_else(|| {
            let ascii = r.bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
            if ascii > 0 { ascii } else { r.char_indices().nth(3).map_or(r.len(), |(i, _)| i) }
        });
    skip_blanks(source, from + stop, end)
}

/// How many chars after `签发人：` a signer's name may take before the title.
const SIGNER_LOOK: usize = 12;

/// The byte offset `HEAD_CHARS` chars after `at`, at most `end`.
fn window_end(source: &str, at: usize, end: usize) -> usize {
    source
        .get(at..end)
        .and_then(|s| s.char_indices().nth(HEAD_CHARS).map(|(i, _)| at + i))
        .unwrap_or(end)
}

/// A letterhead that the title repeats (`山东省档案局山东省档案局山东省档案馆
/// 关于…`): the byte length of the first organ name X at `at` followed by X
/// again.
fn repeated_letterhead(source: &str, at: usize, stop: usize) -> Option<usize> {
    let rest = source.get(at..stop)?;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n > 40 || !is_han(c) {
            return None;
        }
        let l = i + c.len_utf8();
        let x = rest.get(..l)?;
        if n >= 3 && header::ends_like_organ(x) {
            let after = rest.get(l..)?.trim_start_matches(is_blank);
            if after.starts_with(x) {
                return Some(l);
            }
        }
    }
    None
}

/// A 主送 list at `at`: organ names up to a `：` or `:`, no full stop or
/// quotation, the last one ending like an organ or a group of addressees.
/// Returns the list span (without the colon) and the position after the colon.
pub(crate) fn recipients_at(source: &str, at: usize, end: usize) -> Option<(Span, usize)> {
    let rest = source.get(at..end)?;
    let first = rest.chars().next()?;
    // Labels and addresses to an audience (`同志们：`, `各位代表：`) are not 主送.
    if !is_han(first)
        || LABELS.iter().any(|l| rest.starts_with(l))
        || ["同志们", "各位", "朋友们"].iter().any(|a| rest.starts_with(a))
    {
        return None;
    }
    let mut colon = None;
    let mut breaks = 0;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n > RECIPIENT_CHARS {
            return None;
        }
        match c {
            '：' | ':' => {
                colon = Some(i);
                break;
            }
            '。' | '《' | '“' | '！' | '？' | '；' => return None,
            '\n' => {
                breaks += 1;
                if breaks > 2 {
                    return None;
                }
            }
            _ => {}
        }
    }
    let colon = colon?;
    let list = rest.get(..colon)?.trim_end_matches(is_blank);
    if list.chars().count() < 2 || list.contains("如下") || list.contains("通知") {
        return None;
    }
    // Some item, without a closing bracket group (`直属团总支（支部）`), ends
    // like an organ or a group of addressees.
    let ok = list.split(['，', ',', '、', '；']).any(|item| {
        let item = item.trim_matches(is_blank);
        let item = match item.rfind(['（', '(']) {
            Some(i) if item.ends_with(['）', ')']) => item.get(..i).unwrap_or(item),
            _ => item,
        };
        header::ends_like_organ(item) || header::GROUP_ENDINGS.iter().any(|g| item.ends_with(g))
    });
    let colon_len = rest.get(colon..)?.chars().next()?.len_utf8();
    ok.then(|| (Span::new(at, at + list.len()), at + colon + colon_len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(source: &str) -> Head<'_> {
        HeadReader::new().read(
            source,
            Span::new(0, source.len()),
            &HeaderRules::new(),
            &DocNumberFinder::new(),
        )
    }

    fn get(source: &str, s: Option<Span>) -> Option<&str> {
        s.and_then(|s| s.get(source))
    }

    #[test]
    fn one_line_print_header() {
        // d22 of the development set (OCR, one line).
        let s = "山东省财政厅文件鲁财会〔2021〕13号山东省财政厅关于做好2021年度会计专业技术人员继续教育有关工作的通知各市财政局、省直各部门(单位)、各省属企业:为促进会计专业技术人员知识更新。";
        let h = read(s);
        assert_eq!(get(s, h.issuer), Some("山东省财政厅"));
        assert_eq!(h.number.as_ref().map(|n| n.code.as_str()), Some("鲁财会"));
        assert_eq!(
            get(s, h.title),
            Some("山东省财政厅关于做好2021年度会计专业技术人员继续教育有关工作的通知")
        );
        assert_eq!(h.kind, Some(DocKind::Notice));
        assert_eq!(get(s, h.recipients), Some("各市财政局、省直各部门(单位)、各省属企业"));
        assert!(s[h.body_start..].starts_with("为促进"));
    }

    #[test]
    fn one_line_letterhead_and_joint_marks() {
        // Not from the set: a county letterhead glued to its number.
        let s = "某某县人民政府办公室某政办函〔2023〕8号某某县人民政府办公室关于报送统计资料的函各乡镇人民政府，县直有关单位：请于5月底前报送。";
        let h = read(s);
        assert_eq!(get(s, h.issuer), Some("某某县人民政府办公室"));
        assert_eq!(h.number.as_ref().map(|n| n.code.as_str()), Some("某政办函"));
        assert_eq!(h.kind, Some(DocKind::Letter));
        assert_eq!(get(s, h.recipients), Some("各乡镇人民政府，县直有关单位"));
        // d23: four organs before 文件, title starting with 关于.
        let s = "山东省发展和改革委员会山东省能源局山东省统计局国网山东省电力公司文件鲁发改能源〔2020〕1341号关于加强和规范电力统计工作的通知各市发展改革委(能源局)、统计局，各市供电公司:为完善电力统计体系。";
        let h = read(s);
        assert_eq!(
            get(s, h.issuer),
            Some("山东省发展和改革委员会山东省能源局山东省统计局国网山东省电力公司")
        );
        assert_eq!(get(s, h.title), Some("关于加强和规范电力统计工作的通知"));
    }

    #[test]
    fn attachment_label_before_a_title() {
        let s = "附件\n关于强化产学研融合创新的通知\n各市工业和信息化局：\n现将有关事项通知如下。";
        let h = read(s);
        assert_eq!(get(s, h.title), Some("关于强化产学研融合创新的通知"));
        let s = "附件2：\n某某实施方案\n一、总体要求";
        assert_eq!(get(s, read(s).title), Some("某某实施方案"));
        // A line that only starts with 附件 is no label.
        let s = "附件材料报送要求的通知\n各单位：\n请报送。";
        assert_eq!(get(s, read(s).title), Some("附件材料报送要求的通知"));
    }

    #[test]
    fn security_marks_before_an_enterprise_letterhead() {
        // Not from the sets: 份号, 密级 and urgency before a company's
        // department letterhead, on one line.
        let s = "000012机密★1年特急国家电网有限公司部门文件安监二〔2021〕9号国网安监部关于做好春季安全检查工作的通知各分部，各省电力公司:为做好春季安全检查。";
        let h = read(s);
        assert_eq!(get(s, h.issuer), Some("国家电网有限公司部门"));
        assert_eq!(h.number.as_ref().map(|n| n.code.as_str()), Some("安监二"));
        assert_eq!(get(s, h.title), Some("国网安监部关于做好春季安全检查工作的通知"));
        assert_eq!(h.urgency.iter().map(|&u| get(s, Some(u))).collect::<Vec<_>>(), [Some("特急")]);
        let s = "内部事项某某集团有限公司文件某集团办〔2020〕3号关于报送年报的通知各子公司:请按时报送。";
        let h = read(s);
        assert_eq!(get(s, h.issuer), Some("某某集团有限公司"));
        assert_eq!(get(s, h.title), Some("关于报送年报的通知"));
    }

    #[test]
    fn signer_of_an_upward_document() {
        // Not from the sets: a 请示 with its 签发人, on one line and on lines.
        for s in [
            "某某省交通运输厅文件某交发〔2020〕12号签发人：XXX某某省交通运输厅关于申请养护资金的请示省人民政府：现将有关情况请示如下。",
            "某某省交通运输厅文件\n某交发〔2020〕12号\n签发人：王某\n关于申请养护资金的请示\n省人民政府：\n现将有关情况请示如下。",
        ] {
            let h = read(s);
            let title = get(s, h.title).unwrap_or_default();
            assert!(title.ends_with("关于申请养护资金的请示"), "{s}: {title:?}");
            assert_eq!(get(s, h.recipients), Some("省人民政府"), "{s}");
        }
    }

    #[test]
    fn telegram_and_repeated_letterhead() {
        let s = "等级特急·明电鲁办发电〔2022〕20号鲁机发454号中共山东省委办公厅关于召开全省2021年工作动员大会的通知各市党委，省有关部门、单位党组(党委):省委定于2月18日召开大会。";
        let h = read(s);
        assert_eq!(h.urgency.len(), 2);
        assert_eq!(h.number.as_ref().map(|n| n.code.as_str()), Some("鲁办发电"));
        assert_eq!(h.issuer, None);
        assert_eq!(get(s, h.title), Some("中共山东省委办公厅关于召开全省2021年工作动员大会的通知"));
        let s =
            "某市档案局某市档案局某市档案馆关于开展档案检查的通知各县档案局:现将有关事项通知如下。";
        let h = read(s);
        assert_eq!(get(s, h.issuer), Some("某市档案局"));
        assert_eq!(get(s, h.title), Some("某市档案局某市档案馆关于开展档案检查的通知"));
    }

    #[test]
    fn telegram_forms() {
        // A form run together by OCR: mark, 发电单位, 签发/盖章 with a name,
        // urgency, the 文号, an empty 机要 serial, then the title.
        let s = "某某省人民政府办公厅发电发电单位某某省人民政府办公厅签发盖章张三等级特急·明电某政办发明电〔2022〕3号某机发号某某省人民政府办公厅关于做好防汛工作的通知各市人民政府:为做好防汛工作。";
        let h = read(s);
        assert_eq!(get(s, h.issuer), Some("某某省人民政府办公厅"));
        assert_eq!(h.number.as_ref().map(|n| n.text), Some("某政办发明电〔2022〕3号"));
        assert_eq!(get(s, h.title), Some("某某省人民政府办公厅关于做好防汛工作的通知"));
        assert_eq!(h.urgency.len(), 2);
        // An organ run into 等级, a comma between marks, （year） brackets.
        let s = "中共某某市委办公厅发电等级特急，明电某办发电（2019）77号某机发123号中共某某市委办公厅关于召开会议的通知各县区党委:市委决定召开会议。";
        let h = read(s);
        assert_eq!(get(s, h.issuer), Some("中共某某市委办公厅"));
        assert_eq!(h.number.as_ref().map(|n| n.serial), Some(77));
        assert_eq!(get(s, h.title), Some("中共某某市委办公厅关于召开会议的通知"));
        assert_eq!(get(s, h.recipients), Some("各县区党委"));
        // A damaged number and an empty 抄报 field before the title.
        let s = "某某省发电发电单位某某省防汛指挥部办公室签批盖章等级特提·明电某汛办明电[2021]之5号某机发号抄报:关于印发工作方案的通知各市防汛指挥部:现印发给你们。";
        let h = read(s);
        assert_eq!(h.number, None);
        assert_eq!(get(s, h.title), Some("关于印发工作方案的通知"));
        assert!(h.warnings.iter().any(|w| w.contains("damaged")));
        let s = "等级特提·明电某汛办明电〔2021〕5号某机发号抄报:关于印发工作方案的通知各市防汛指挥部:现印发给你们。";
        let h = read(s);
        assert_eq!(h.number.as_ref().map(|n| n.serial), Some(5));
        assert_eq!(get(s, h.title), Some("关于印发工作方案的通知"));
    }

    #[test]
    fn letter_with_issuer_repeated_and_number_in_title() {
        let s = "某市水务局某市水务局关于商请会签某政发〔2019〕12号文件清理意见的函市财政局、市发展改革委:按照要求，请予会签。";
        let h = read(s);
        assert_eq!(get(s, h.issuer), Some("某市水务局"));
        assert_eq!(h.number, None);
        assert_eq!(
            get(s, h.title),
            Some("某市水务局关于商请会签某政发〔2019〕12号文件清理意见的函")
        );
        assert_eq!(h.kind, Some(DocKind::Letter));
    }

    #[test]
    fn markdown_conversions() {
        // A legal-database export: heading title, adoption note, comment.
        let s = "最高人民法院关于审理案件若干问题的批复\n\n2021年3月2日 最高人民法院审判委员会第1830次会议通过\n\n<!-- INFO END -->\n\n某省高级人民法院：\n\n你院请示收悉。经研究，批复如下：";
        let h = read(s);
        assert_eq!(get(s, h.title), Some("最高人民法院关于审理案件若干问题的批复"));
        assert_eq!(h.kind, Some(DocKind::Reply));
        assert_eq!(get(s, h.recipients), Some("某省高级人民法院"));
        assert!(s[h.body_start..].starts_with("你院"));
        // A web page: heading title, a flattened metadata table, then the
        // print header repeating the title.
        let s = "关于开展2023年全市节水工作的函\n索引号\n0012/2023-01\n发布机构\n某市水务局\n某水函〔2023〕9号\n某市水务局\n关于开展2023年全市节水工作的函\n各区水务局：\n请做好工作。";
        let h = read(s);
        assert_eq!(h.number.as_ref().map(|n| n.text), Some("某水函〔2023〕9号"));
        assert_eq!(get(s, h.issuer), Some("某市水务局"));
        assert_eq!(get(s, h.recipients), Some("各区水务局"));
        // The number in brackets on its own line under the title.
        let s = "某部办公厅关于做好申报工作的通知\n（某办函〔2022〕31号）\n\n各有关单位：\n为做好申报。";
        let h = read(s);
        assert_eq!(h.number.as_ref().map(|n| n.serial), Some(31));
        assert_eq!(get(s, h.recipients), Some("各有关单位"));
        // A comment that never closes is text, not skipped to the end.
        let s = "关于加强管理的通知\n<!-- 未闭合\n各单位：\n正文。";
        assert_eq!(read(s).recipients, None);
    }

    #[test]
    fn line_layouts() {
        // Web publication: title, then the number, then the 主送.
        let s = "民政部对“关于应对老龄社会的建议”的答复\n\n民函〔2021〕742号\n\n刘庆峰等15位代表：\n\n你们提出的建议收悉。";
        let h = read(s);
        assert_eq!(get(s, h.title), Some("民政部对“关于应对老龄社会的建议”的答复"));
        assert_eq!(h.number.as_ref().map(|n| n.serial), Some(742));
        assert_eq!(get(s, h.recipients), Some("刘庆峰等15位代表"));
        // PDF: an exporter line, organ lines, the number, then 文件.
        let s = "JNCR—2022—0040001 \n济南市工业和信息化局\n济 南 市 公 安 局\n济工信装备字〔2022〕1号 \n文件\n关于印发《管理办法（试行）》的通知 \n各相关单位： \n为加快推进。";
        let h = read(s);
        assert_eq!(get(s, h.issuer), Some("济南市工业和信息化局\n济 南 市 公 安 局"));
        assert_eq!(get(s, h.title), Some("关于印发《管理办法（试行）》的通知"));
        assert_eq!(get(s, h.recipients), Some("各相关单位"));
        // A plan printed with its own title only.
        let s = "智能制造试点示范培育行动实施方案\n\n为全面贯彻落实，特制定本实施方案。";
        let h = read(s);
        assert_eq!(get(s, h.title), Some("智能制造试点示范培育行动实施方案"));
        assert_eq!(h.kind, None);
        // Body only: the 主送 first, ASCII colon, running on.
        let s = "各省、自治区、直辖市医疗保障局:为贯彻落实《条例》，现通知如下。";
        let h = read(s);
        assert_eq!(h.title, None);
        assert_eq!(get(s, h.recipients), Some("各省、自治区、直辖市医疗保障局"));
        // A first sentence is neither title nor 主送, even with a 文种 word.
        let s = "近来，一些法院就赔偿纠纷案件应如何适用法律问题请示我院。经研究，现解释如下：";
        let h = read(s);
        assert_eq!((h.title, h.recipients), (None, None));
        let s = "为深入贯彻落实重要论述，结合实际，制定如下措施\n一、强化统筹";
        let h = read(s);
        assert_eq!((h.title, h.recipients), (None, None));
    }
}
