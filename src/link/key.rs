//! Keys that identify a document across texts: its 发文字号 and its
//! normalised title, and a small scanner for the citations a text makes.

use std::sync::LazyLock;

use serde::Serialize;

use crate::Span;
use crate::document::{DocNumberFinder, DocNumberItem};

/// A 发文字号 as cited or carried: `国发〔2014〕5号`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct DocRef {
    /// The text as written.
    pub text: String,
    /// 机关代字 (`郑群办发`), white space removed.
    pub code: String,
    /// 年份.
    pub year: u16,
    /// 发文顺序号.
    pub serial: u32,
}

/// The identity of a document number: code, year and serial.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocKey {
    /// 机关代字.
    pub code: String,
    /// 年份.
    pub year: u16,
    /// 发文顺序号.
    pub serial: u32,
}

/// The project's one document-number finder (`crate::document`), shared read-only.
static FINDER: LazyLock<DocNumberFinder> = LazyLock::new(DocNumberFinder::new);

impl DocRef {
    /// Parse a whole 发文字号 (`豫群办发〔2014〕5号`, `豫政办 〔2012〕149号`).
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::link::DocRef;
    /// let d = DocRef::parse("郑群办发〔2014〕21号").unwrap();
    /// assert_eq!((d.code.as_str(), d.year, d.serial), ("郑群办发", 2014, 21));
    /// ```
    #[must_use]
    pub fn parse(text: &str) -> Option<DocRef> {
        // The finder, not `DocNumber::parse`, so that lead words in running
        // text (`另见国发〔2012〕5号`) are cut off the code.
        FINDER.find(text.trim()).map(|n| DocRef::from_item(&n))
    }

    /// The reference of a document number found in a source.
    #[must_use]
    pub fn from_item(item: &DocNumberItem<'_>) -> DocRef {
        DocRef {
            text: item.text.to_owned(),
            code: item.code.clone(),
            year: item.year,
            serial: item.serial,
        }
    }

    /// The identity used to match citations to documents.
    #[must_use]
    pub fn key(&self) -> DocKey {
        DocKey { code: self.code.clone(), year: self.year, serial: self.serial }
    }
}

/// The matching key of a title: 〈〉 and 《》 nesting, quotation marks, white
/// space and punctuation removed, full-width digits and letters folded.
///
/// # Examples
///
/// ```
/// use gongwen::link::title_key;
/// assert_eq!(
///     title_key("关于印发《第二批教育实践活动 “学习教育、听取意见”环节需要把握的 10个方面重点问题》的通知"),
///     title_key("关于印发〈第二批教育实践活动“学习教育、听取意见”环节需要把握的10个方面重点问题〉的通知"),
/// );
/// ```
#[must_use]
pub fn title_key(title: &str) -> String {
    title
        .chars()
        .filter_map(|c| {
            let c = match c {
                '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
                    char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
                }
                _ => c,
            };
            (c.is_alphanumeric()).then_some(c)
        })
        .collect()
}

/// The core of a title key: without a leading 关于/印发/转发 frame and a
/// trailing 的通知/的意见…, so that an abbreviated citation still matches.
#[must_use]
pub fn title_core(key: &str) -> &str {
    let mut k = key;
    for p in ["关于转发", "关于印发", "关于", "转发", "印发"] {
        if let Some(rest) = k.strip_prefix(p) {
            k = rest;
            break;
        }
    }
    for s in ["的通知", "的意见", "的决定", "的通报", "的报告", "的批复", "的函", "通知"]
    {
        if let Some(rest) = k.strip_suffix(s) {
            k = rest;
            break;
        }
    }
    k
}

/// Dice similarity of the character bigrams of two keys, in [0, 1].
#[must_use]
pub fn bigram_dice(a: &str, b: &str) -> f64 {
    let grams = |s: &str| {
        let cs: Vec<char> = s.chars().collect();
        let mut v: Vec<(char, char)> =
            cs.windows(2).filter_map(|w| Some((*w.first()?, *w.get(1)?))).collect();
        v.sort_unstable();
        v
    };
    let (ga, gb) = (grams(a), grams(b));
    if ga.is_empty() || gb.is_empty() {
        return if a == b { 1.0 } else { 0.0 };
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (ga.get(i), gb.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (ga.len() + gb.len()) as f64
}

/// True when a cited title names an official document (a 通知, 意见, 条例,
/// 讲话…) rather than a book or a film (《焦裕禄》, 《论群众路线——重要论述摘编》).
#[must_use]
pub fn is_document_title(title: &str) -> bool {
    const TYPES: &[&str] = &[
        "通知", "意见", "决定", "办法", "规定", "条例", "方案", "纲要", "报告", "讲话", "规划",
        "细则", "法", "决议", "通报", "批复", "公告", "通告", "纪要", "指南", "标准", "准则", "函",
        "请示", "要点", "制度", "规则", "计划", "命令", "公报", "议案",
    ];
    let key = title_key(title);
    key.chars().count() >= 6 && TYPES.iter().any(|w| key.ends_with(w))
}

/// True when a title names a statute that is revised in versions under one
/// name (a 法, 条例, 规定, 办法, 细则, 规则, 章程, 准则 or 司法解释), rather
/// than a one-off notice.
#[must_use]
pub fn is_statute_title(key: &str) -> bool {
    const TYPES: &[&str] =
        &["法", "条例", "规定", "办法", "细则", "规则", "章程", "准则", "解释", "典"];
    key.chars().count() >= 4 && TYPES.iter().any(|w| key.ends_with(w))
}

/// The kind of a citation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CitationKind {
    /// By 发文字号: `中办发〔2014〕4号`.
    DocNumber,
    /// By title in 《》.
    Title,
}

/// One citation a document makes, with a source span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CitedRef {
    /// How the document is cited.
    pub kind: CitationKind,
    /// `&source[span]`.
    pub text: String,
    /// Byte span into the decoded source.
    pub span: Span,
    /// The cited number, for `kind == DocNumber`.
    pub doc_number: Option<DocRef>,
    /// The cited title without its outer 《》, for `kind == Title`.
    pub title: Option<String>,
    /// The citation's matching key: for a title, the key the analyser's
    /// citation extractor gives (`extract` output's `key`; see
    /// [`LinkDoc::from_report`](super::LinkDoc::from_report)), which the
    /// linker folds with [`title_key`]; for a number, `代字〔年〕N号`.
    pub key: String,
}

/// Scan `text` (which starts at byte `offset` of its source) for 发文字号 and
/// 《title》 citations; spans are source spans. Nested 〈〉 and 《》 inside a
/// title stay part of it.
///
/// This is a self-contained scanner for callers without the crate's citation
/// extractor (synthetic archives, tests).
///
/// # Examples
///
/// ```
/// use gongwen::link::{scan_citations, CitationKind};
/// let text = "根据《关于印发〈意见〉的通知》（中办发〔2014〕4号）精神";
/// let c = scan_citations(text, 0);
/// assert_eq!(c.len(), 2);
/// assert_eq!(c[0].kind, CitationKind::Title);
/// assert_eq!(c[0].title.as_deref(), Some("关于印发〈意见〉的通知"));
/// assert_eq!(c[1].doc_number.as_ref().unwrap().code, "中办发");
/// ```
#[must_use]
pub fn scan_citations(text: &str, offset: usize) -> Vec<CitedRef> {
    let mut out = Vec::new();
    // Titles: outermost 《…》, nesting counted over 《》 and 〈〉.
    let mut depth = 0usize;
    let mut start = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '《' | '〈' => {
                if depth == 0 {
                    if c == '〈' {
                        continue;
                    }
                    start = i;
                }
                depth += 1;
            }
            '》' | '〉' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let end = i + c.len_utf8();
                    let (Some(whole), Some(inner)) =
                        (text.get(start..end), text.get(start + '《'.len_utf8()..i))
                    else {
                        continue;
                    };
                    out.push(CitedRef {
                        kind: CitationKind::Title,
                        text: whole.to_owned(),
                        span: Span::new(start + offset, end + offset),
                        doc_number: None,
                        title: Some(inner.to_owned()),
                        key: title_key(inner),
                    });
                }
            }
            '\n' if depth > 0 && text.get(i + 1..).is_some_and(|r| r.starts_with('\n')) => {
                depth = 0; // an unclosed 《 does not run past a blank line
            }
            _ => {}
        }
    }
    for n in FINDER.find_iter(text) {
        out.push(CitedRef {
            kind: CitationKind::DocNumber,
            text: n.text.to_owned(),
            span: n.span.shift(offset),
            doc_number: Some(DocRef::from_item(&n)),
            title: None,
            key: n.number().to_string(),
        });
    }
    out.sort_by_key(|c| c.span);
    out
}

/// A view of a text with white space removed, remembering where each char
/// came from, so matches on the squeezed text map back to source spans.
#[derive(Clone, Debug, Default)]
pub(crate) struct Squeezed {
    pub(crate) text: String,
    /// For each byte of `text` that starts a char: the source byte offset.
    starts: Vec<(usize, usize, usize)>, // (squeezed byte, source byte, char len)
}

impl Squeezed {
    /// Squeeze `text`, whose byte 0 is `offset` in the source.
    pub(crate) fn new(text: &str, offset: usize) -> Squeezed {
        let mut s = Squeezed { text: String::with_capacity(text.len()), starts: Vec::new() };
        for (i, c) in text.char_indices() {
            if c.is_whitespace() || c == '*' || c == '#' {
                continue;
            }
            s.starts.push((s.text.len(), i + offset, c.len_utf8()));
            s.text.push(c);
        }
        s
    }

    /// The source span covering squeezed bytes `start..end`.
    pub(crate) fn to_source(&self, start: usize, end: usize) -> Option<Span> {
        if start >= end {
            return None;
        }
        let a = self.starts.binary_search_by_key(&start, |x| x.0).ok()?;
        let b = self.starts.partition_point(|x| x.0 < end).checked_sub(1)?;
        let (_, s, _) = *self.starts.get(a)?;
        let (_, e, len) = *self.starts.get(b)?;
        Span::try_new(s, e + len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_keys() {
        let rows: &[(&str, &str)] = &[
            (
                "关于印发《第二批教育实践活动 “学习教育、听取意见”环节需要把握的 10个方面重点问题》的通知",
                "关于印发第二批教育实践活动学习教育听取意见环节需要把握的10个方面重点问题的通知",
            ),
            ("《关于印发〈焦裕禄〉的通知》", "关于印发焦裕禄的通知"),
            ("１０个方面", "10个方面"),
            ("", ""),
        ];
        for (input, want) in rows {
            assert_eq!(title_key(input), *want, "{input}");
        }
        assert_eq!(title_core("关于印发河南省实施意见的通知"), "河南省实施意见");
        assert!(bigram_dice("第二批教育实践活动指导意见", "第二批教育实践活动的指导意见") > 0.8);
        assert!(bigram_dice("第二批教育实践活动指导意见", "焦裕禄") < 0.2);
    }

    #[test]
    fn document_titles() {
        assert!(is_document_title("关于在第二批教育实践活动中组织观看〈焦裕禄〉等8部影片的通知"));
        assert!(!is_document_title("焦裕禄"));
        assert!(!is_document_title("论群众路线——重要论述摘编"));
        assert!(!is_document_title("讲话"));
        assert!(!is_document_title("习近平关于党的群众路线教育实践活动论述摘编"));
        assert!(is_document_title("中华人民共和国安全生产法"));
        assert!(is_statute_title("道路运输条例"));
        assert!(is_statute_title("中华人民共和国民法典"));
        assert!(!is_statute_title("关于做好春耕工作的通知"));
    }

    #[test]
    fn doc_numbers() {
        type Row<'a> = (&'a str, Option<(&'a str, u16, u32)>);
        let rows: &[Row<'_>] = &[
            ("豫群办发〔2014〕5号", Some(("豫群办发", 2014, 5))),
            ("豫政办 〔2012〕149号", Some(("豫政办", 2012, 149))),
            ("发文字号：晋政办发〔2017〕138号", Some(("晋政办发", 2017, 138))),
            ("国令第707号", None),
            ("湘办发电[2014]35号", Some(("湘办发电", 2014, 35))),
            ("另见国发〔2012〕5号", Some(("国发", 2012, 5))),
            ("为贯彻落实县政发〔2012〕5号", Some(("县政发", 2012, 5))),
            ("根据豫政办〔2012〕149号", Some(("豫政办", 2012, 149))),
        ];
        for (input, want) in rows {
            let got = DocRef::parse(input);
            let got = got.as_ref().map(|d| (d.code.as_str(), d.year, d.serial));
            assert_eq!(got, *want, "{input}");
        }
    }

    #[test]
    fn scanner_spans_slice_the_source() {
        let src = "前言\n按照中央《关于在第二批教育实践活动中组织观看〈焦裕禄〉等8部影片的通知》（群办发〔2014〕4号）要求";
        let body = &src[7..];
        let cites = scan_citations(body, 7);
        assert_eq!(cites.len(), 2);
        for c in &cites {
            assert_eq!(&src[c.span], c.text);
        }
        assert_eq!(cites[1].text, "群办发〔2014〕4号");
        let cites = scan_citations("有关事项另见国发〔2012〕5号。", 0);
        assert_eq!(cites[0].text, "国发〔2012〕5号");
    }

    #[test]
    fn squeezed_maps_back() {
        let src = "ab关于 认真\n学习";
        let s = Squeezed::new(&src[2..], 2);
        assert_eq!(s.text, "关于认真学习");
        let at = s.text.find("认真学习").unwrap();
        let span = s.to_source(at, s.text.len()).unwrap();
        assert_eq!(&src[span], "认真\n学习");
    }
}
