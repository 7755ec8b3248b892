//! [`DocumentParser`]: the logical documents of a source and their
//! structure, read line by line from the decoded source itself.

use regex::Regex;

#[cfg(test)]
use super::MarkerKind;
use super::date::{DateFinder, compact_bracketed};
use super::head::{self, HeadReader};
use super::header::{self, HeaderRules};
use super::kind::{Formulas, kind_from_title, looks_like_news, looks_like_speech};
use super::lines::{Line, lines, trim_span};
use super::markup;
use super::outline::outline;
use super::page_meta::{PageMeta, Role as PageRole};
use super::split::{cut_run_in_documents, segments};
use super::statute;
use super::{DocKind, DocNumberFinder, DocNumberItem, Document, Item};
use crate::Span;

/// How many non-blank lines at the top of a document may hold header marks.
const HEADER_LINES: usize = 8;
/// How many lines a title may run over.
const TITLE_LINES: usize = 4;

/// Splits a source text into logical documents and parses their structure.
///
/// Works on the decoded source directly, line by line, so every span in the
/// result is a source span. All patterns are built in [`DocumentParser::new`].
///
/// # Examples
///
/// ```
/// use gongwen::document::{DocKind, DocumentParser};
/// let source = "国务院办公厅文件\n\n国办发〔2014〕4号\n\n关于加强基层治理的通知\n\n各省、自治区、直辖市人民政府，国务院各部委：\n\n一、总体要求\n\n要抓紧落实。\n\n国务院办公厅\n\n2014年3月22日\n";
/// let docs = DocumentParser::new().parse(source);
/// assert_eq!(docs.len(), 1);
/// let d = &docs[0];
/// assert_eq!(d.kind, DocKind::Notice);
/// assert_eq!(d.issuer.unwrap().text, "国务院办公厅");
/// assert_eq!(d.doc_number.as_ref().unwrap().serial, 4);
/// assert_eq!(d.title.unwrap().text, "关于加强基层治理的通知");
/// assert_eq!(d.recipients.len(), 2);
/// assert_eq!(d.date.unwrap().value.to_string(), "2014-03-22");
/// assert_eq!(d.outline[0].number, 1);
/// # Ok::<(), gongwen::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct DocumentParser {
    numbers: DocNumberFinder,
    dates: DateFinder,
    rules: HeaderRules,
    /// `湘机发 1220 号`: a telegram serial left in a header line.
    serial_only: Regex,
    /// The shape-based head reader for texts without a print header.
    head: HeadReader,
    /// Body formulas that name the 文种 or a forwarding.
    formulas: Formulas,
}

impl Default for DocumentParser {
    fn default() -> DocumentParser {
        DocumentParser::new()
    }
}

impl DocumentParser {
    /// A parser with the built-in patterns and data.
    #[must_use]
    pub fn new() -> DocumentParser {
        // Compiled once per process (its regexes cost more than parsing a
        // hundred documents); a clone shares the compiled programs.
        static BUILT: std::sync::LazyLock<DocumentParser> =
            std::sync::LazyLock::new(DocumentParser::build);
        BUILT.clone()
    }

    fn build() -> DocumentParser {
        DocumentParser {
            numbers: DocNumberFinder::new(),
            dates: DateFinder::new(),
            rules: HeaderRules::new(),
            serial_only: Regex::new(r"\p{Han}{1,8}[ \t\u{3000}]*[0-9０-９]{2,6}[ \t\u{3000}]*号")
                .expect("valid serial pattern"),
            head: HeadReader::new(),
            formulas: Formulas::new(),
        }
    }

    /// The logical documents of `source`, in order of appearance; at least one
    /// for any non-empty text. A forwarding notice followed by the full text
    /// of the document it forwards (its own `…文件` header block) gives two.
    #[must_use]
    pub fn parse<'t>(&self, source: &'t str) -> Vec<Document<'t>> {
        let mut all = lines(source);
        let run_in = cut_run_in_documents(source, &mut all, &self.dates);
        // A web page's metadata block stays out of the structure.
        let page = PageMeta::read(source, &all);
        let masked = page.masked(source, &all);
        let all = if page.is_empty() { all } else { page.visible(&all) };
        let page = Page { meta: &page, masked: masked.as_deref() };
        let segs = segments(source, &all, &run_in, &self.rules, &self.numbers, &self.dates);
        let mut docs: Vec<Document<'t>> =
            segs.iter().map(|r| self.parse_one(source, &all, r.clone(), &page)).collect();
        if docs.is_empty() {
            docs.push(self.parse_one(source, &all, 0..all.len(), &page));
        }
        for doc in docs.iter_mut().skip(1) {
            if doc.doc_number.is_none()
                && let Some(title) = doc.title.map(|t| t.text)
                && let Some(before) = source.get(..doc.span.start)
            {
                doc.doc_number = self.number_cited_with(source, before, title);
            }
        }
        docs
    }

    /// The 文号 a forwarding notice prints after the 《title》 of the text it
    /// forwards (`…联合下发了《关于强化产学研融合创新 加快培育…的通知》（鲁工信技﹝2019﹞56号）`)
    /// in `before` (the source before the forwarded text), for a forwarded
    /// text that prints none: the title compared without blanks.
    fn number_cited_with<'t>(
        &self,
        source: &'t str,
        before: &str,
        title: &str,
    ) -> Option<DocNumberItem<'t>> {
        let squeeze = |t: &str| -> String { t.chars().filter(|c| !c.is_whitespace()).collect() };
        let want = squeeze(title);
        if want.chars().count() < 8 {
            return None;
        }
        let mut from = 0;
        while let Some(open) = before.get(from..).and_then(|r| r.find('《')) {
            let inner_start = from + open + '《'.len_utf8();
            let Some(close) = before.get(inner_start..).and_then(|r| r.find('》')) else { break };
            let inner_end = inner_start + close;
            from = inner_end;
            if before.get(inner_start..inner_end).is_none_or(|t| squeeze(t) != want) {
                continue;
            }
            // The number in the brackets right after the title.
            let after = inner_end + '》'.len_utf8();
            let rest = before.get(after..)?;
            let open_len = rest.chars().next().filter(|&c| matches!(c, '（' | '('))?.len_utf8();
            let end = rest.find(['）', ')']).filter(|&e| e <= 60)?;
            if let Some(n) = self.number_in(source, Span::new(after + open_len, after + end)) {
                return Some(n);
            }
        }
        None
    }

    /// A web page printing the document under its page title: the title,
    /// or its tail after the site's name (`东莞市住房公积金管理中心网站-关于…的
    /// 通知`), repeated on a line of its own after the page's navigation and
    /// before any sentence, then, after at most [`PAGE_RESIDUE_LINES`] short
    /// lines of page residue (`字体大小： 大、小`, `[打印页面]`), the 主送
    /// list. The repeated line is the title; returns where the body starts
    /// after the 主送, `None` when the text has no such heading.
    fn page_heading<'t>(
        &self,
        source: &'t str,
        nonblank: &[Line],
        doc: &mut Document<'t>,
        title: Item<'t>,
    ) -> Option<usize> {
        let from = nonblank.iter().position(|l| l.content.end >= title.span.end)? + 1;
        let heading = nonblank
            .iter()
            .enumerate()
            .skip(from)
            .take(PAGE_NAVIGATION_LINES)
            .take_while(|(_, l)| !l.text(source).contains('。'))
            .find(|(_, l)| {
                let t = l.text(source);
                t == title.text
                    || (title.text.ends_with(t)
                        && t.chars().count() >= 8
                        && kind_from_title(t).is_some())
            })
            .map(|(i, _)| i)?;
        for k in heading + 1..(heading + 2 + PAGE_RESIDUE_LINES).min(nonblank.len()) {
            let l = nonblank[k];
            if let Some((list, _)) = head::recipients_at(source, l.content.start, l.content.end)
                && list.end + 3 >= l.content.end
            {
                doc.title = Item::new(source, nonblank[heading].content);
                doc.recipients = header::recipients(source, list);
                return Some(nonblank.get(k + 1).map_or(l.content.end, |n| n.content.start));
            }
            let t = l.text(source);
            if t.contains(['，', '。', '；']) || t.chars().count() > PAGE_RESIDUE_CHARS {
                return None;
            }
        }
        None
    }

    /// The 文号 a web page gives in the link to the document's file
    /// (`市政办发〔2022〕167号.pdf`, `PDF文件查看：东公积金委〔2020〕2号关于…的通知`)
    /// after `from`, when its year is the document's `year`: a link to
    /// another document's file names another year or is not taken.
    fn linked_number<'t>(
        &self,
        source: &'t str,
        nonblank: &[Line],
        from: usize,
        year: i16,
    ) -> Option<DocNumberItem<'t>> {
        const FILES: [&str; 6] = [".pdf", ".doc", ".docx", ".wps", ".ofd", ".PDF"];
        const LABELS: [&str; 5] = ["PDF文件查看", "文件下载", "附件下载", "原文下载", "下载"];
        nonblank
            .iter()
            .filter(|l| l.content.start >= from)
            .filter(|l| {
                let t = l.text(source);
                FILES.iter().any(|f| t.ends_with(f)) || LABELS.iter().any(|p| t.starts_with(p))
            })
            .filter_map(|l| self.number_in(source, l.content))
            .find(|n| i32::from(year) == i32::from(n.year))
    }

    /// The first 文号 inside `span` of `source` (a field's value).
    fn number_in<'t>(&self, source: &'t str, span: Span) -> Option<DocNumberItem<'t>> {
        let mut n = self.numbers.find(span.get(source)?)?;
        n.span = n.span.shift(span.start);
        n.text = n.span.get(source)?;
        Some(n)
    }

    fn parse_one<'t>(
        &self,
        source: &'t str,
        all_lines: &[Line],
        range: std::ops::Range<usize>,
        page: &Page<'_>,
    ) -> Document<'t> {
        let lines = all_lines.get(range.clone()).unwrap_or(&[]);
        let span = match (lines.first(), lines.last()) {
            (Some(a), Some(b)) => trim_span(source, Span::new(a.raw.start, b.raw.end)),
            _ => Span::new(0, 0),
        };
        let mut doc = Document {
            span,
            kind: DocKind::Unknown,
            forwarding: false,
            issuer: None,
            doc_number: None,
            title: None,
            date: None,
            recipients: Vec::new(),
            urgency: Vec::new(),
            signature: Vec::new(),
            body: None,
            attachment: None,
            outline: Vec::new(),
            history: Vec::new(),
            warnings: Vec::new(),
        };
        // Markdown conversions: front matter, block quotes and comments before
        // the document itself.
        let front = markup::front_matter(source, lines).map(|(f, _)| f).unwrap_or_default();
        let skip = markup::preamble_lines(source, lines);
        let nonblank: Vec<Line> = lines[skip..]
            .iter()
            .copied()
            .filter(|l| !l.is_blank() && !markup::is_residue_line(l.text(source)))
            .collect();
        let text = |l: Line| l.text(source);

        // 版头: issuer mark, urgency, document number.
        let mut next = 0;
        let mut has_header = false;
        while let Some(&l) = nonblank.get(next) {
            if next >= HEADER_LINES {
                break;
            }
            let t = text(l);
            if let Some(organ) = self.rules.issuer_mark(t) {
                if doc.issuer.is_none() {
                    doc.issuer = Item::new(source, organ.shift(l.content.start));
                }
            } else if let Some(rest) = t
                .strip_prefix("发电单位")
                // A telegram form on one line is read by shapes (head reader).
                .filter(|r| header::ends_like_organ(r.trim_start_matches([':', '：', ' '])))
            {
                let s = trim_span(source, Span::new(l.content.end - rest.len(), l.content.end));
                if doc.issuer.is_none() {
                    doc.issuer = Item::new(source, s);
                }
            } else if let Some(n) =
                self.numbers.find(t).filter(|_| !t.contains('《') && !t.contains("关于"))
            {
                if doc.doc_number.is_none() {
                    self.note_telegram_serial(t, n.span, &mut doc.warnings);
                    let mut n = n;
                    n.span = n.span.shift(l.content.start);
                    doc.doc_number = Some(n);
                }
                self.push_urgency(source, l, &mut doc.urgency);
            } else if self.rules.is_mark_line(t)
                || header::security_mark_len(t).is_some_and(|n| {
                    let rest = t.get(n..).unwrap_or("").trim();
                    rest.is_empty() || self.rules.is_mark_line(rest)
                })
            {
                self.push_urgency(source, l, &mut doc.urgency);
            } else if t.starts_with("签发人") || t.starts_with("份号") || t.starts_with("密级")
            {
                // Known header lines without a field of their own.
            } else {
                break;
            }
            has_header = true;
            next += 1;
        }

        // Title: the lines up to the first that ends with a 文种 word.
        let mut title_kind = None;
        if has_header {
            if let Some((title, kind, used)) =
                self.title(source, &nonblank[next.min(nonblank.len())..])
            {
                doc.title = Item::new(source, title);
                if kind.is_none() {
                    let t = doc.title.map_or("", |t| t.text);
                    doc.warnings.push(format!("title `{t}` names no 文种"));
                }
                title_kind = kind;
                next += used;
            } else {
                doc.warnings.push("no title found after the header".to_owned());
            }
        }

        // 主送机关.
        if (has_header || doc.title.is_some())
            && let Some(&l) = nonblank.get(next)
            && header::is_recipients_line(text(l))
        {
            doc.recipients = header::recipients(source, l.content);
            next += 1;
        }
        let mut body_start = nonblank.get(next).map_or(span.end, |l| l.content.start);

        // No print header line by line: read the head by shapes (web, PDF,
        // one-line OCR and body-only layouts).
        let mut head_found = has_header;
        if !has_header {
            let from = nonblank.first().map_or(span.start, |l| l.content.start);
            let head_span = Span::new(from.clamp(span.start, span.end), span.end);
            // Read on the masked text when a metadata block sits in the
            // head (`…的通知⏎信息来源：…⏎浏览次数：⏎各县、区人民政府：`);
            // its spans are spans of `source`.
            let read_on = page.masked.unwrap_or(source);
            let head = self.head.read(read_on, head_span, &self.rules, &self.numbers);
            let number: Option<DocNumberItem<'t>> = head.number.as_ref().and_then(|n| {
                let text = n.span.get(source)?;
                Some(DocNumberItem { text, ..n.clone() })
            });
            doc.issuer = head.issuer.and_then(|s| Item::new(source, s));
            doc.urgency = head.urgency.iter().filter_map(|&s| Item::new(source, s)).collect();
            doc.doc_number = number;
            doc.title = head.title.and_then(|s| Item::new(source, s));
            title_kind = head.kind;
            if let Some(r) = head.recipients {
                doc.recipients = header::recipients(source, r);
            }
            doc.warnings.extend(head.warnings);
            head_found = doc.title.is_some()
                || doc.doc_number.is_some()
                || doc.issuer.is_some()
                || !doc.recipients.is_empty();
            body_start = head.body_start;
            if doc.recipients.is_empty()
                && let Some(t) = doc.title
                && let Some(b) = self.page_heading(source, &nonblank, &mut doc, t)
            {
                body_start = b;
            }
        }

        // The crawler's front matter stands for fields the page does not print.
        if doc.doc_number.is_none()
            && let Some(v) = markup::field(source, &front, &["文号", "发文字号", "文件编号"])
        {
            doc.doc_number = self.number_in(source, v);
        }
        // The page's metadata block, then its download link.
        if doc.doc_number.is_none() {
            doc.doc_number = page
                .meta
                .values_in(PageRole::Number, range.clone())
                .find_map(|v| self.number_in(source, v));
        }
        if doc.title.is_none()
            && let Some(v) = page.meta.values_in(PageRole::Title, range.clone()).next()
        {
            doc.title = Item::new(source, v);
            title_kind = title_kind.or_else(|| doc.title.and_then(|t| kind_from_title(t.text)));
        }
        if doc.title.is_none()
            && let Some(v) = markup::field(source, &front, &["标题", "title"])
        {
            doc.title = Item::new(source, v);
            title_kind = title_kind.or_else(|| doc.title.and_then(|t| kind_from_title(t.text)));
        }

        // Speech or news openings: a dated line near the top (`(2014年4月8日,根据录音整理)`).
        let opening: Vec<&str> = nonblank.iter().take(15).map(|&l| text(l)).collect();
        if !head_found {
            for (i, &l) in nonblank.iter().enumerate().take(3) {
                let t = text(l);
                if t.contains('。') {
                    // A dated line of a speech comes before any sentence.
                    break;
                }
                let bracketed = t.starts_with(['(', '（']) && t.chars().count() <= 40;
                if let Some(d) = self
                    .dates
                    .whole(t)
                    .or_else(|| bracketed.then(|| self.dates.find_iter(t).next()).flatten())
                {
                    doc.date = Item::new(source, d.span.shift(l.content.start))
                        .map(|it| super::DateItem { text: it.text, span: it.span, value: d.value });
                    body_start =
                        body_start.max(nonblank.get(i + 1).map_or(span.end, |l| l.content.start));
                    break;
                }
            }
        }

        // 成文日期 and 署名.
        let mut body_end = span.end;
        let mut after_date: Option<usize> = None;
        if doc.date.is_none()
            && let Some(c) = self.closing(source, lines, body_start, span.end)
        {
            doc.date = Some(c.date);
            body_end = c.body_end;
            doc.signature = c.signature;
            after_date = c.after;
        }
        if doc.date.is_none() {
            doc.warnings.push(super::NO_DATE_WARNING.to_owned());
        }
        if doc.doc_number.is_none()
            && let Some(year) = doc.date.map(|d| d.value.year())
        {
            doc.doc_number = self.linked_number(source, &nonblank, body_start, year);
        }
        if body_start < body_end {
            let b = trim_span(source, Span::new(body_start, body_end));
            doc.body = (!b.is_empty()).then_some(b);
        }
        if let Some(a) = after_date.filter(|&a| a < span.end) {
            let a = trim_span(source, Span::new(a, span.end));
            doc.attachment = (!a.is_empty()).then_some(a);
        }
        let regions: Vec<Span> = doc.body.iter().chain(doc.attachment.iter()).copied().collect();
        doc.outline = outline(source, lines, &regions);

        // 文种 and forwarding.
        let body_text = doc.body.and_then(|b| b.get(source)).unwrap_or("");
        // A statute is laid out in articles from the top of its body (not in
        // an attachment after a 印发 notice's date).
        let statute = title_kind.is_none() && doc.recipients.is_empty() && {
            let body_lines: Vec<Line> = doc
                .body
                .map(|b| lines.iter().copied().filter(|l| b.contains(l.content)).collect())
                .unwrap_or_default();
            statute::is_statute(source, &body_lines)
        };
        let formula = self.formulas.kind(body_text);
        doc.kind = if let Some(k) = title_kind.or(formula) {
            k
        } else if statute {
            let whole = span.get(source).unwrap_or("");
            doc.title
                .and_then(|t| statute::form_from_title(t.text))
                .unwrap_or_else(|| statute::form_from_body(whole))
        } else if looks_like_speech(&opening) {
            DocKind::Speech
        } else if looks_like_news(&opening) {
            DocKind::News
        } else {
            DocKind::Unknown
        };
        if doc.kind.is_statute() {
            doc.history = super::history::history(source, span, &self.dates);
        }
        // A programme transcript prints its day in the heading: `(20220924)`.
        if doc.kind == DocKind::News && doc.date.is_none() {
            doc.date = nonblank.iter().take(3).find_map(|&l| {
                let d = compact_bracketed(text(l))?;
                let span = d.span.shift(l.content.start);
                Some(super::DateItem { text: span.get(source)?, span, value: d.value })
            });
            if doc.date.is_some() {
                doc.warnings.retain(|w| w != super::NO_DATE_WARNING);
            }
        }
        doc.forwarding = doc.title.is_some_and(|t| names_forwarding(t.text)) || {
            let head = body_text
                .char_indices()
                .nth(400)
                .map_or(body_text, |(i, _)| body_text.get(..i).unwrap_or(body_text));
            self.formulas.forwards(head)
        };
        doc
    }

    /// The 成文日期 after `from`: the first date that stands on a line of
    /// its own (the 署名 on the lines above it), or, in text whose lines are
    /// lost, a date right after a run of organ names (`…质量。山东省财政厅
    /// 2021年2月25日`) that no sentence goes on from. A 版记 date
    /// (`…2021年1月19日印发`) is never one.
    fn closing<'t>(
        &self,
        source: &'t str,
        all: &[Line],
        from: usize,
        end: usize,
    ) -> Option<Closing<'t>> {
        for (li, &l) in all.iter().enumerate() {
            if l.is_blank() || l.content.end <= from || l.content.start >= end {
                continue;
            }
            let t = l.text(source);
            if l.content.start >= from
                && let Some(d) = self.dates.whole(t)
            {
                let date = super::DateItem {
                    text: d.text,
                    span: d.span.shift(l.content.start),
                    value: d.value,
                };
                let sig = self.signature_lines(source, &all[..li], from);
                let body_end = sig.first().map_or(l.content.start, |s| s.start);
                let after = all[li + 1..].iter().find(|x| !x.is_blank()).map(|x| x.content.start);
                return Some(Closing {
                    date,
                    signature: self.rules.signature(source, &sig),
                    body_end,
                    after,
                });
            }
            let seg_start = l.content.start.max(from);
            let seg = source.get(seg_start..l.content.end.min(end))?;
            for d in self.dates.find_iter(seg) {
                let span = d.span.shift(seg_start);
                if let Some((run, after)) = inline_closing(source, span, l.content.end.min(end)) {
                    let date = super::DateItem { text: d.text, span, value: d.value };
                    return Some(Closing {
                        date,
                        signature: Item::new(source, run).into_iter().collect(),
                        body_end: run.start,
                        after: Some(after),
                    });
                }
            }
        }
        None
    }

    fn push_urgency<'t>(&self, source: &'t str, l: Line, out: &mut Vec<Item<'t>>) {
        for s in self.rules.urgency(l.text(source)) {
            out.extend(Item::new(source, s.shift(l.content.start)));
        }
    }

    fn note_telegram_serial(&self, line: &str, number: Span, warnings: &mut Vec<String>) {
        let rest = line.get(number.end..).unwrap_or("");
        if let Some(m) = self.serial_only.find(rest) {
            warnings.push(format!("telegram serial `{}` is not the document number", m.as_str()));
        }
    }

    /// The title span, its 文种 and the number of lines it takes.
    fn title(&self, source: &str, lines: &[Line]) -> Option<(Span, Option<DocKind>, usize)> {
        let first = *lines.first()?;
        let ok = |t: &str| !t.contains('。') && !header::is_recipients_line(t);
        if !ok(first.text(source)) {
            return None;
        }
        let mut used = 1;
        let mut kind = None;
        for (i, l) in lines.iter().enumerate().take(TITLE_LINES) {
            let t = l.text(source);
            if !ok(t) {
                break;
            }
            if let Some(k) = kind_from_title(t) {
                used = i + 1;
                kind = Some(k);
                break;
            }
        }
        let last = lines.get(used - 1)?;
        let first_text = first.text(source);
        // `中共湖南省委办公厅 中共湖南省委… 关于…的通知`: organ names laid out
        // as lines of the heading before the title proper, which starts at
        // 关于. `国务院关于…的通知` (no break before 关于) is kept whole.
        let start = first_text
            .find("关于")
            .filter(|&i| {
                first_text
                    .get(..i)
                    .is_some_and(|pre| !pre.contains('《') && pre.ends_with(char::is_whitespace))
            })
            .unwrap_or(0);
        Some((Span::new(first.content.start + start, last.content.end), kind, used))
    }

    /// The 署名 lines right above a date line (`above` ends just before
    /// it): short organ-like lines, up to the first blank line above them,
    /// never above `lowest`.
    fn signature_lines(&self, source: &str, above: &[Line], lowest: usize) -> Vec<Span> {
        let mut sig = Vec::new();
        for l in above.iter().rev() {
            if l.content.start < lowest {
                break;
            }
            if l.is_blank() {
                if sig.is_empty() {
                    continue;
                }
                break;
            }
            if !header::is_signature_line(l.text(source)) || sig.len() >= 6 {
                return Vec::new();
            }
            sig.push(l.content);
        }
        sig.reverse();
        sig
    }
}

/// A 成文日期 with its 署名.
/// Lines of a web page's navigation before the document's heading.
const PAGE_NAVIGATION_LINES: usize = 80;

/// Lines of page residue between the heading and the 主送 list, and their
/// length in chars.
const PAGE_RESIDUE_LINES: usize = 8;
const PAGE_RESIDUE_CHARS: usize = 30;

/// A text's web-page metadata, read once for all its documents.
struct Page<'p> {
    meta: &'p PageMeta,
    /// The text with the block's lines masked ([`PageMeta::masked`]).
    masked: Option<&'p str>,
}

struct Closing<'t> {
    date: super::DateItem<'t>,
    signature: Vec<Item<'t>>,
    /// Where the body ends: the start of the 署名, else of the date.
    body_end: usize,
    /// Where text after the date (and an `（此件…）` note) starts.
    after: Option<usize>,
}

/// A date inside a line (`span`) that closes a document whose lines are
/// lost: right after a run of organ names, and not followed by `印发` or by
/// anything that goes on with a sentence (`，`, `前`, `召开`, …). A date at the
/// very end of the text needs only a short run before it (OCR may damage the
/// organ's last char: `山东省财政2021年2月25日`). Returns the run and where the
/// text after the date starts.
fn inline_closing(source: &str, span: Span, line_end: usize) -> Option<(Span, usize)> {
    let is_han = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}');
    // A seal note between the organ and the date (`…办公室（山东省住房和城乡
    // 建设厅代章）2021年3月29日`) belongs to the closing block.
    let run_end = seal_note_start(source.get(..span.start)?).unwrap_or(span.start);
    let before = source.get(..run_end)?;
    let mut run_start = run_end;
    for (i, c) in before.char_indices().rev() {
        if is_han(c) || matches!(c, ' ' | '\t' | '\u{3000}' | '、') {
            run_start = i;
        } else {
            break;
        }
        if span.start - i > 240 {
            return None;
        }
    }
    let run = trim_span(source, Span::new(run_start, run_end));
    let run_text = run.get(source)?;
    if run.is_empty() {
        return None;
    }
    let rest = source.get(span.end..line_end)?;
    let rest_trim = rest.trim_start_matches([' ', '\t', '\u{3000}']);
    let after_at = span.end + (rest.len() - rest_trim.len());
    if let Some(c) = rest_trim.chars().next() {
        // Punctuation, time words and verbs that a date in a sentence takes
        // (`…2019年5月22日批复同意`, `…日前`, `…日起施行`, `…日的通知`).
        let goes_on =
            "，,、；;。：:前后起至到以上下晚时止内开召举批印发出下颁签审通公正的在由对向将经"
                .contains(c)
                || ["印发", "发布", "出台", "颁布", "施行", "实施"]
                    .iter()
                    .any(|w| rest_trim.starts_with(w));
        if goes_on {
            return None;
        }
    }
    let at_end =
        rest_trim.trim().is_empty() && source.get(line_end..).is_some_and(|t| t.trim().is_empty());
    let organ = header::ends_like_organ(run_text);
    if !(organ || (at_end && run_text.chars().count() <= 20)) {
        return None;
    }
    // An `（此件公开发布）` note belongs to the closing block.
    let mut after = after_at;
    for (open, close) in [("（此件", '）'), ("(此件", ')')] {
        if let Some(note) = rest_trim.strip_prefix(open)
            && let Some(i) = note.find(close)
        {
            after = after_at + open.len() + i + close.len_utf8();
        }
    }
    Some((run, after))
}

/// Where a bracketed seal note (`（…代章）`, `（盖章）`) that ends `before`
/// (blanks aside) opens; `None` when there is none.
fn seal_note_start(before: &str) -> Option<usize> {
    let t = before.trim_end_matches([' ', '\t', '\u{3000}']);
    let inner = t.strip_suffix(['）', ')'])?;
    if !["代章", "盖章", "印章"].iter().any(|w| inner.ends_with(w)) {
        return None;
    }
    let open = inner.rfind(['（', '('])?;
    // A short note of one organ name: no sentence inside.
    let note = inner.get(open..)?;
    (note.chars().count() <= 40 && !note.contains(['，', '。', '；'])).then_some(open)
}

/// True when a title forwards or issues another document: 转发, 印发 or 批转
/// outside the quoted title it names.
fn names_forwarding(title: &str) -> bool {
    let mut depth = 0i32;
    let mut top = String::new();
    for c in title.chars() {
        match c {
            '《' | '〈' => depth += 1,
            '》' | '〉' => depth -= 1,
            _ if depth <= 0 => top.push(c),
            _ => {}
        }
    }
    ["转发", "印发", "批转"].iter().any(|w| top.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engines_are_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<DocumentParser>();
        ok::<DocNumberFinder>();
    }

    #[test]
    fn title_over_lines_and_chinese_date() {
        let source = "特急\n\n××省人民政府办公厅文件\n\n×政办发〔2012〕7号\n\n关于加强\n基层治理工作的\n意见\n\n各市人民政府：\n\n现提出如下意见。\n\n××省人民政府办公厅\n\n二〇一二年三月十四日\n";
        let docs = DocumentParser::new().parse(source);
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(d.urgency.iter().map(|u| u.text).collect::<Vec<_>>(), ["特急"]);
        assert_eq!(d.issuer.map(|i| i.text), Some("××省人民政府办公厅"));
        assert_eq!(d.title.map(|t| t.text), Some("关于加强\n基层治理工作的\n意见"));
        assert_eq!(d.kind, DocKind::Opinion);
        assert_eq!(d.recipients.iter().map(|r| r.text).collect::<Vec<_>>(), ["各市人民政府"]);
        assert_eq!(
            d.date.map(|x| (x.text, x.value)),
            Some(("二〇一二年三月十四日", jiff::civil::date(2012, 3, 14)))
        );
        assert_eq!(d.signature.iter().map(|r| r.text).collect::<Vec<_>>(), ["××省人民政府办公厅"]);
        assert_eq!(d.body.and_then(|b| b.get(source)), Some("现提出如下意见。"));
        assert!(!d.forwarding);
        assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    }

    #[test]
    fn title_keeps_its_organ_unless_laid_out_apart() {
        let p = DocumentParser::new();
        let t = |s: &'static str| p.parse(s).first().and_then(|d| d.title).map(|t| t.text);
        assert_eq!(
            t("国务院文件\n国发〔2014〕1号\n国务院关于加强工作的通知\n"),
            Some("国务院关于加强工作的通知")
        );
        assert_eq!(
            t("国务院文件\n国发〔2014〕1号\n## 国务院 关于加强工作的通知\n"),
            Some("关于加强工作的通知")
        );
    }

    #[test]
    fn forwarding_titles() {
        assert!(names_forwarding("关于转发省活动办《关于印发〈…〉的通知》的通知"));
        assert!(names_forwarding("关于印发《第二批教育实践活动…重点问题》的通知"));
        assert!(!names_forwarding("关于学习《关于印发…的通知》精神的通知"));
        assert!(!names_forwarding("关于认真学习贯彻习近平总书记讲话的通知"));
    }

    #[test]
    fn scraped_page_with_metadata_block() {
        // Not from the sets: the shapes of a county portal's page (page
        // title with the site's name, navigation, a metadata table one cell
        // per line, the heading again, page residue, the document, a link
        // to its file).
        let source = "某某县政务网-关于做好秋季防火工作的通知\n首页\n政府信息公开\n政府文件\n索引号\n001-2022-0023\n发文字号\n\
某政办〔2022〕31号\n生成日期\n2022年9月1日\n废止日期\n关于做好秋季防火工作的通知\n字体大小： 大、小\n[打印页面]\n\
各乡镇人民政府，县直有关单位：\n现就做好秋季防火工作通知如下。\n一、加强巡查。\n某某县人民政府办公室\n2022年9月1日\n\
某政办〔2022〕31号.pdf\n";
        let docs = DocumentParser::new().parse(source);
        assert_eq!(docs.len(), 1, "the metadata cells open no second document");
        let d = &docs[0];
        assert_eq!(d.title.map(|t| t.text), Some("关于做好秋季防火工作的通知"));
        assert_eq!(d.doc_number.as_ref().map(|n| n.text), Some("某政办〔2022〕31号"));
        assert_eq!(d.doc_number.as_ref().map(|n| n.span.start), source.find("某政办"));
        assert_eq!(
            d.recipients.iter().map(|r| r.text).collect::<Vec<_>>(),
            ["各乡镇人民政府", "县直有关单位"]
        );
        assert_eq!(d.date.map(|x| x.text), Some("2022年9月1日"));
        assert_eq!(d.kind, DocKind::Notice);
    }

    #[test]
    fn forwarded_text_takes_the_number_its_notice_cites() {
        // Not from the sets: a body-only forwarding notice and the text it
        // forwards, which prints no 文号 of its own.
        let source = "各区工业和信息化局：\n近日，省工信厅下发了《关于加快培育 人工智能领军企业的通知》（鲁工信技﹝2019﹞56号），现转发给你们，请遵照执行。\n青岛市工业和信息化局\n2019年5月6日\n附件\n关于加快培育人工智能领军企业的通知\n各市工业和信息化局：\n现将有关事项通知如下。\n一、加强培育。\n山东省工业和信息化厅\n2019年4月11日\n";
        let docs = DocumentParser::new().parse(source);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].title.map(|t| t.text), Some("关于加快培育人工智能领军企业的通知"));
        let n = docs[1].doc_number.as_ref().expect("the cited number");
        assert_eq!(n.text, "鲁工信技﹝2019﹞56号");
        assert_eq!(&source[n.span], n.text);
        assert!(docs[0].doc_number.is_none());
    }

    #[test]
    fn number_from_the_link_to_the_file() {
        let page = "关于调整公积金提取规定的通知\n发布日期：\n2020-09-23\n来源： 本网\n各缴存职工：\n现将有关事项通知如下。\n一、调整额度。\n某市住房公积金管理委员会\n2020年9月22日\n";
        let source =
            format!("{page}PDF文件查看：某公积金委〔2020〕2号关于调整公积金提取规定的通知\n");
        let d = &DocumentParser::new().parse(&source)[0];
        assert_eq!(d.doc_number.as_ref().map(|n| n.text), Some("某公积金委〔2020〕2号"));
        // A link to a file of another year is another document's.
        let source = format!("{page}某公积金委〔2018〕5号.pdf\n");
        let d = &DocumentParser::new().parse(&source)[0];
        assert!(d.doc_number.is_none());
    }

    #[test]
    fn one_line_ocr_document() {
        // Shaped like d28 of the development set, with other organs.
        let source = "某某市交通运输局某某市公安局文件某交发〔2023〕12号某某市交通运输局某某市公安局关于加强道路运输安全管理的通知各县(区)交通运输局、公安局，市直有关单位:为加强管理，现就有关事项通知如下:一、落实责任。各单位要于2023年6月30日前完成自查。某某市交通运输局某某市公安局2023年5月8日某某市交通运输局办公室2023年5月9日印发\n";
        let d = &DocumentParser::new().parse(source)[0];
        assert_eq!(d.issuer.map(|i| i.text), Some("某某市交通运输局某某市公安局"));
        assert_eq!(d.doc_number.as_ref().map(|n| n.code.as_str()), Some("某交发"));
        assert_eq!(d.kind, DocKind::Notice);
        assert_eq!(
            d.recipients.iter().map(|r| r.text).collect::<Vec<_>>(),
            ["各县(区)交通运输局、公安局", "市直有关单位"]
        );
        // The 成文日期 of the signature, not the deadline nor the 版记 date.
        assert_eq!(d.date.map(|x| x.value), Some(jiff::civil::date(2023, 5, 8)));
        assert_eq!(
            d.signature.iter().map(|r| r.text).collect::<Vec<_>>(),
            ["某某市交通运输局某某市公安局"]
        );
        for it in d.recipients.iter().chain(d.issuer.iter()).chain(d.title.iter()) {
            assert_eq!(&source[it.span], it.text);
        }
    }

    #[test]
    fn one_line_closing_with_a_seal_note() {
        // Shaped like b05 of the blind set: an office signs, a department seals for it.
        let source = "某某省某某专项小组办公室关于调整专项小组成员的通知各成员单位:请于2021年3月31日前反馈。附件:成员表某某省某某专项小组办公室（某某省住房和城乡建设厅代章）2021年3月29日附件成员名单组长:XXX";
        let d = &DocumentParser::new().parse(source)[0];
        assert_eq!(d.date.map(|x| x.value), Some(jiff::civil::date(2021, 3, 29)));
        // The organ before the note signs (the run also takes the attachment
        // list's last words, which the lost line breaks glue to it).
        assert!(d.signature.first().is_some_and(|s| s.text.ends_with("专项小组办公室")));
        assert_eq!(seal_note_start("办公室（盖章，见附件说明）"), None);
    }

    #[test]
    fn body_only_texts_take_kind_and_forwarding_from_formulas() {
        let p = DocumentParser::new();
        let source = "各区县人民政府，市政府各部门：\n《某某市工作要点》已经市政府同意，现印发你们，请认真贯彻执行。\n某某市人民政府办公厅\n2020年4月1日\n某某市工作要点\n一、总体要求";
        let docs = p.parse(source);
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!((d.kind, d.forwarding), (DocKind::Notice, true));
        assert_eq!(d.title, None);
        assert_eq!(d.date.map(|x| x.value), Some(jiff::civil::date(2020, 4, 1)));
        assert!(
            d.attachment
                .and_then(|a| a.get(source))
                .is_some_and(|a| a.starts_with("某某市工作要点"))
        );
        let d = &p.parse("某某县人民政府：\n你县《关于设立产业园的请示》收悉。经研究，现函复如下。\n同意设立。\n专此函复。")[0];
        assert_eq!((d.kind, d.date), (DocKind::Letter, None));
        let d = &p.parse("为推动产业发展，结合我市实际，制定本方案。\n一、总体要求")[0];
        assert_eq!((d.kind, d.title, d.recipients.len()), (DocKind::Unknown, None, 0));
    }

    #[test]
    fn markdown_front_matter_and_heading_title() {
        let source = "---\n标题: 关于转发《关于做好工作的通知》的通知\n文号: 某发改〔2023〕12号\n发布日期: 2023-05-06\n---\n\n> 本文正文由脚本提取。\n\n# 关于转发《关于做好工作的通知》的通知\n\n各区发展改革委：\n\n现转发给你们，请遵照执行。\n\n某市发展和改革委员会\n\n2023年5月5日\n";
        let d = &DocumentParser::new().parse(source)[0];
        assert_eq!(d.title.map(|t| t.text), Some("关于转发《关于做好工作的通知》的通知"));
        // The heading, not the front-matter field.
        assert!(d.title.is_some_and(|t| source[..t.span.start].ends_with("# ")));
        let n = d.doc_number.as_ref().unwrap();
        assert_eq!((n.text, &source[n.span]), ("某发改〔2023〕12号", "某发改〔2023〕12号"));
        assert_eq!((d.kind, d.forwarding), (DocKind::Notice, true));
        assert_eq!(d.recipients.iter().map(|r| r.text).collect::<Vec<_>>(), ["各区发展改革委"]);
        assert_eq!(d.date.map(|x| x.value), Some(jiff::civil::date(2023, 5, 5)));
    }

    #[test]
    fn statutes_and_news() {
        let p = DocumentParser::new();
        let d = &p.parse("第十二条 经营者应当明码标价。\n\n第十三条 违反本规定的，由市场监督管理部门处罚。\n（一）警告；")[0];
        assert_eq!(d.kind, DocKind::Rules);
        assert_eq!(
            d.outline.iter().map(|n| n.marker).collect::<Vec<_>>(),
            [MarkerKind::Article, MarkerKind::Article, MarkerKind::ChineseParen]
        );
        let d = &p.parse("# 中华人民共和国某某法\n\n第一章 总则\n\n第一条 为了规范管理，制定本法。\n\n第二条 本法适用于全国。")[0];
        assert_eq!(d.kind, DocKind::Law);
        let d = &p.parse("### 国务院召开常务会议\n\n<p><strong>央视网消息</strong>（新闻联播）：国务院总理主持召开会议。</p>")[0];
        assert_eq!(d.kind, DocKind::News);
        let d = &p.parse("# 《新闻联播》 (20230103)\n\n## 新闻摘要\n\n本期节目主要内容：")[0];
        assert_eq!(d.date.map(|x| x.value), Some(jiff::civil::date(2023, 1, 3)));
        // A 印发 notice with its rules attached stays a notice.
        let d = &p.parse("《某某办法》已经审议通过，现印发给你们，请遵照执行。\n某局\n2022年3月30日\n某某办法\n第一章 总则\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于全市。")[0];
        assert_eq!(d.kind, DocKind::Notice);
    }

    #[test]
    fn speech_addresses_are_not_recipients() {
        let d = &DocumentParser::new().parse("各位代表、各位来宾：\n大家好！今天我们召开会议。")[0];
        assert!(d.recipients.is_empty());
    }

    #[test]
    fn empty_and_odd_sources_do_not_panic() {
        let p = DocumentParser::new();
        for s in [
            "",
            "\n\n",
            "文件",
            "**",
            "#",
            "一、",
            "2014年3月19日",
            "同志们：\n（1）",
            "\u{3000}\r\n",
        ] {
            for d in p.parse(s) {
                assert!(d.span.get(s).is_some());
            }
        }
    }
}
