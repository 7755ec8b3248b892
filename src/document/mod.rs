//! Official-document structure after GB/T 9704-2012: the header fields, the
//! outline of the body, and the logical documents inside one source text.
//!
//! - [`DocNumber`] / [`DocNumberFinder`]: the 发文字号 `代字〔年〕N号`, parsed
//!   from a field or found in running text.
//! - [`DocumentParser`]: splits a decoded source into logical [`Document`]s
//!   and reads, line by line on the source itself, the 版头 (发文机关标志,
//!   紧急程度, 发文字号), the title, the 主送机关, the body and its outline,
//!   the 署名 and the 成文日期, and any text attached after the date.
//!
//! Choices worth knowing:
//! - The issuer item is the organ as written without the `文件` / `发电` of
//!   the mark, so it compares with the 署名 and with cited organs.
//! - A telegram serial without a year (`湘机发 1220 号`) is never taken as
//!   the document's own number; a warning names it.
//! - A number cited in the body is not the document's own: only the header
//!   block is searched.
//! - Texts without an official header (speeches, news reports) get what
//!   they have: a date from a dated opening line such as
//!   `(2014年4月8日,根据录音整理)`, no guessed date otherwise.
//! - A scraped web page's metadata block (`索引号`, `发文字号`, `生成日期`,
//!   `信息来源`, `浏览次数` …, as `label：value` lines or one table cell per
//!   line) is no part of the document: its lines open no document and read
//!   as no header, and its 文号 or title stands in for one the text does not
//!   print. So does the 文号 in the link to the document's file, when its
//!   year is the document's.
//! - Documents run into one line (a forwarding chain recognised from
//!   scanned pages) are cut where a title with its 主送 follows a
//!   signature date.

mod date;
mod doc_number;
mod head;
mod header;
mod history;
mod kind;
mod lines;
mod markup;
mod outline;
mod page_meta;
mod parser;
mod plan_title;
mod runs;
mod split;
mod statute;

pub(crate) use doc_number::year_brackets_pair;
pub use doc_number::{Bracket, DocNumber, DocNumberFinder, DocNumberKind, NotADocNumber};
pub use history::{StatuteEvent, StatuteEventKind};
pub use kind::names_a_plan;

/// The warning of a document whose text states no 成文日期 (dropped when
/// another source, a programme heading or the archive, gives one).
pub const NO_DATE_WARNING: &str = "no date found";
pub use parser::DocumentParser;

use serde::Serialize;

use crate::Span;

/// A piece of the source as written: its text and where it lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Item<'t> {
    /// `&source[span]`.
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
}

impl<'t> Item<'t> {
    /// The item covering `span` of `source`; `None` when the span does not
    /// slice `source` on char boundaries.
    #[must_use]
    pub fn new(source: &'t str, span: Span) -> Option<Item<'t>> {
        Some(Item { text: span.get(source)?, span })
    }
}

/// A header field that the archive record gives (`--jsonl-title`,
/// `--jsonl-doc-number`, `--jsonl-issuer`) for a document whose text does not
/// state it. It has no place in the text: `span` is always `None` (JSON
/// `null`) and `from_meta` always true, so it reads like an [`Item`] that
/// says where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArchiveItem {
    /// The value as the archive gives it.
    pub text: String,
    /// Always `None`: the value is not in the text.
    pub span: Option<Span>,
    /// Always true.
    pub from_meta: bool,
    /// For a 文号, its parts (`code`, `year`, `serial`, `kind`, `bracket`)
    /// when the value parses as one.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<DocNumber>,
}

impl ArchiveItem {
    /// An archive value; `None` when blank.
    #[must_use]
    pub fn new(text: &str) -> Option<ArchiveItem> {
        let text = text.trim();
        (!text.is_empty()).then(|| ArchiveItem {
            text: text.to_owned(),
            span: None,
            from_meta: true,
            doc_number: None,
        })
    }

    /// An archive 文号, parsed when it is one (`发文字号：晋政办发〔2017〕138号`).
    #[must_use]
    pub fn doc_number(text: &str) -> Option<ArchiveItem> {
        ArchiveItem::new(text).map(|mut it| {
            it.doc_number = DocNumber::parse(&it.text).ok();
            it
        })
    }
}

/// A date an archive record gives for a document whose text states none
/// (`--jsonl-date`): serialises as `{text, span: null, value, from_meta: true}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArchiveDate {
    /// The date, `YYYY-MM-DD`.
    pub text: String,
    /// Always `None`: the date is not in the text.
    pub span: Option<Span>,
    /// The date.
    pub value: jiff::civil::Date,
    /// Always true.
    pub from_meta: bool,
}

impl ArchiveDate {
    /// The archive's date `value`.
    #[must_use]
    pub fn new(value: jiff::civil::Date) -> ArchiveDate {
        ArchiveDate { text: value.to_string(), span: None, value, from_meta: true }
    }
}

/// The archive values a document's text leaves unstated: each is `Some`
/// only when the archive gives it and the text does not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ArchiveFields {
    /// 发文机关 from the archive.
    pub issuer: Option<ArchiveItem>,
    /// 发文字号 from the archive.
    pub doc_number: Option<ArchiveItem>,
    /// Title from the archive.
    pub title: Option<ArchiveItem>,
    /// 成文日期 from the archive.
    pub date: Option<ArchiveDate>,
}

impl ArchiveFields {
    /// True when the archive fills nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.issuer.is_none()
            && self.doc_number.is_none()
            && self.title.is_none()
            && self.date.is_none()
    }
}

/// 文种: the document type.
///
/// The fifteen types of the 党政机关公文处理工作条例 (2012), the four legal
/// forms of statutes (by legal form, not by the title word), plus speeches,
/// news reports and unknown texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocKind {
    /// 决议
    Resolution,
    /// 决定
    Decision,
    /// 命令（令）
    Order,
    /// 公报
    Communique,
    /// 公告
    Announcement,
    /// 通告
    PublicNotice,
    /// 意见
    Opinion,
    /// 通知
    Notice,
    /// 通报
    Circular,
    /// 报告
    Report,
    /// 请示
    Request,
    /// 批复
    Reply,
    /// 议案
    Motion,
    /// 函
    Letter,
    /// 纪要
    Minutes,
    /// 法律: a law of the NPC or its Standing Committee (`…法`, `本法`).
    Law,
    /// 法规: an administrative regulation (行政法规) or a local regulation
    /// (地方性法规), mostly titled `…条例`.
    Regulation,
    /// 规章: rules of a ministry or a local government (部门规章, 政府规章),
    /// mostly titled `…办法`, `…规定`, `…细则`.
    Rules,
    /// 司法解释: a judicial interpretation of the Supreme People's Court or
    /// Procuratorate, whatever its title word (规定, 解释, 批复).
    Interpretation,
    /// A speech (讲话), often transcribed.
    Speech,
    /// A news report.
    News,
    /// Not recognised.
    Unknown,
}

impl DocKind {
    /// True for the legal forms: `law`, `regulation`, `rules`, `interpretation`.
    #[must_use]
    pub fn is_statute(self) -> bool {
        matches!(
            self,
            DocKind::Law | DocKind::Regulation | DocKind::Rules | DocKind::Interpretation
        )
    }

    /// The 文种's name in Chinese, as a person reads it (`通知`, `意见`;
    /// `法律`, `法规`, `规章`, `司法解释` for statutes; `未知` when unknown).
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::document::DocKind;
    /// assert_eq!(DocKind::Opinion.name_zh(), "意见");
    /// ```
    #[must_use]
    pub fn name_zh(self) -> &'static str {
        match self {
            DocKind::Resolution => "决议",
            DocKind::Decision => "决定",
            DocKind::Order => "命令",
            DocKind::Communique => "公报",
            DocKind::Announcement => "公告",
            DocKind::PublicNotice => "通告",
            DocKind::Opinion => "意见",
            DocKind::Notice => "通知",
            DocKind::Circular => "通报",
            DocKind::Report => "报告",
            DocKind::Request => "请示",
            DocKind::Reply => "批复",
            DocKind::Motion => "议案",
            DocKind::Letter => "函",
            DocKind::Minutes => "纪要",
            DocKind::Law => "法律",
            DocKind::Regulation => "法规",
            DocKind::Rules => "规章",
            DocKind::Interpretation => "司法解释",
            DocKind::Speech => "讲话",
            DocKind::News => "新闻",
            DocKind::Unknown => "未知",
        }
    }
}

/// A document's own calendar date (成文日期) as written in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DateItem<'t> {
    /// `&source[span]`, e.g. `2014年3月19日` or `二〇一四年三月十四日`.
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// The date; serialises as ISO `YYYY-MM-DD`.
    pub value: jiff::civil::Date,
}

/// One logical document: a notice, the notice it forwards, a speech, …
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document<'t> {
    /// Where this logical document lies in the source.
    pub span: Span,
    /// 文种.
    pub kind: DocKind,
    /// True if this document forwards or issues another (转发, 印发, 批转).
    pub forwarding: bool,
    /// 发文机关标志 as written: the organ name only, without the `文件` or
    /// `发电` that follows it in the mark (`中共湖南省委办公厅发电` →
    /// `中共湖南省委办公厅`); from `发电单位 …` when there is no mark.
    pub issuer: Option<Item<'t>>,
    /// The document's own 发文字号.
    pub doc_number: Option<DocNumberItem<'t>>,
    /// Title; a title broken over lines keeps its whole source span.
    pub title: Option<Item<'t>>,
    /// 成文日期.
    pub date: Option<DateItem<'t>>,
    /// 主送机关, one item per organ or group as listed.
    pub recipients: Vec<Item<'t>>,
    /// Urgency and transmission marks (特提, 特急, 加急, 平急, 明电, …).
    pub urgency: Vec<Item<'t>>,
    /// Signature organs (发文机关署名), one item per organ; an organ name
    /// broken over lines keeps one span from its first to its last char.
    pub signature: Vec<Item<'t>>,
    /// The body (正文), between the recipients and the signature.
    pub body: Option<Span>,
    /// Text after the 成文日期 that belongs to this document (an attached
    /// text, 附件), e.g. the rules a 印发 notice issues.
    pub attachment: Option<Span>,
    /// The outline of the body and attachment, a flat list in source order.
    pub outline: Vec<OutlineNode>,
    /// A statute's dated history (adopted, amended, …, effective) from its
    /// preamble and closing article; empty for other kinds.
    pub history: Vec<StatuteEvent<'t>>,
    /// What was odd but survivable while parsing the structure.
    pub warnings: Vec<String>,
}

/// A parsed 发文字号 as it stands in a source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocNumberItem<'t> {
    /// `&source[span]`.
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// 机关代字, e.g. `郑群办发`.
    pub code: String,
    /// 年份, e.g. 2014.
    pub year: u16,
    /// 发文顺序号, e.g. 21.
    pub serial: u32,
    /// The shape of the number (`standard` for `代字〔年〕N号`).
    pub kind: DocNumberKind,
    /// The brackets around the year as written.
    pub bracket: Bracket,
}

/// Index of a node in [`Document::outline`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SectionId(pub u32);

/// One heading or list item of the body outline (一、 （一） 1. （1） 一是).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutlineNode {
    /// Depth, 1 for the top level.
    pub level: u8,
    /// The marker style.
    pub marker: MarkerKind,
    /// The number the marker gives (一 → 1, （3） → 3).
    pub number: u32,
    /// The span of the marker itself (`一、`).
    pub marker_span: Span,
    /// The heading text after the marker up to the end of its sentence or line.
    pub heading: Span,
    /// The whole node: from its marker to where the next node of the same or a
    /// higher level begins (or the body ends).
    pub span: Span,
    /// The enclosing node.
    pub parent: Option<SectionId>,
}

/// The styles of outline marker that GB/T 9704 and common practice use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MarkerKind {
    /// 一、
    ChineseComma,
    /// （一）
    ChineseParen,
    /// 1. or 1、 or 1．
    ArabicDot,
    /// （1）
    ArabicParen,
    /// 一是 / 二是
    Enumeration,
    /// ① ②
    Circled,
    /// 第一编: a part of a statute.
    Part,
    /// 第一章: a chapter of a statute or rules.
    Chapter,
    /// 第一节: a section inside a chapter.
    Section,
    /// 第一条: an article.
    Article,
}
