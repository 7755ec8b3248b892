//! Flat tables of the extract records: one row type per record type, for
//! CSV, Parquet or a data frame.
//!
//! [`Rows::from_record`] flattens one [`ExtractRecord`] into rows of
//! [`Table::Documents`], [`Table::Deadlines`], … ; [`Rows::from_error`] turns
//! an [`ErrorRecord`] into one row of [`Table::Errors`]. Every row starts
//! with `doc_id` (the record's `source`, `#` and its `index`: `a.txt#0`,
//! `laws.jsonl#L12#0`) and `id` (the archive's id, empty when there is none),
//! so the tables join on `doc_id`. Spans are `span_start` and `span_end`,
//! UTF-8 byte offsets into the decoded source, end exclusive, like the
//! `span` arrays of the JSON Lines output.
//!
//! The row types derive `Serialize` with flat, scalar fields only, so the
//! `csv` crate writes them as they are; [`Table::fields`] is the one layout
//! of each table (name, [`ColumnType`], nullable, in field order), which
//! [`Table::columns`] (the CSV header) and, with the `arrow` feature, the
//! Arrow schemas of [`crate::corpus::arrow`] follow.
//!
//! # Examples
//!
//! ```
//! use gongwen::corpus::{Encoding, record::ExtractRecord, table::{Rows, Table}};
//! use gongwen::{Analyzer, Meta};
//! let text = "湘办发电〔2014〕35号\n\n关于做好工作的通知\n\n各地要在4月底前完成。\n\n2014年3月19日\n";
//! let analysis = Analyzer::new().analyze(text, &Meta::default());
//! let record = ExtractRecord::new("a.txt", Encoding::Utf8, None, &analysis.documents[0]);
//! let rows = Rows::from_record(&record);
//! assert_eq!(rows.documents[0].doc_id, "a.txt#0");
//! assert_eq!(rows.documents[0].kind_zh, "通知");
//! assert_eq!(rows.documents[0].doc_number_serial, Some(35));
//! let d = &rows.deadlines[0];
//! assert_eq!(d.end.map(|d| d.to_string()).as_deref(), Some("2014-04-30"));
//! assert_eq!(&text[d.span_start..d.span_end], d.text);
//! assert_eq!(Table::Deadlines.name(), "deadlines");
//! ```

use jiff::civil::Date;
use serde::Serialize;

use crate::corpus::record::{ErrorRecord, ExtractRecord, Stated};
use crate::document::DocKind;
use crate::extract::citation::{CitationKind, Role};
use crate::extract::directive::Modality;
use crate::extract::quota::Comparator;
use crate::extract::time::TimeKind;

/// The tables, in the order they are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Table {
    /// One row per logical document: header fields and counts.
    Documents,
    /// One row per deadline.
    Deadlines,
    /// One row per quota.
    Quotas,
    /// One row per statistic.
    Statistics,
    /// One row per slogan occurrence.
    Slogans,
    /// One row per directive.
    Directives,
    /// One row per citation.
    Citations,
    /// One row per warning of a document.
    Warnings,
    /// One row per source that could not be read.
    Errors,
}

impl Table {
    /// Every table, in output order.
    pub const ALL: [Table; 9] = [
        Table::Documents,
        Table::Deadlines,
        Table::Quotas,
        Table::Statistics,
        Table::Slogans,
        Table::Directives,
        Table::Citations,
        Table::Warnings,
        Table::Errors,
    ];

    /// The table's name (`documents`, `deadlines`, …), used as a file stem.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Deadlines => "deadlines",
            Table::Quotas => "quotas",
            Table::Statistics => "statistics",
            Table::Slogans => "slogans",
            Table::Directives => "directives",
            Table::Citations => "citations",
            Table::Warnings => "warnings",
            Table::Errors => "errors",
        }
    }

    /// The column names, in the order of the row type's fields: the names
    /// of [`Table::fields`].
    #[must_use]
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Documents => &DOCUMENT_NAMES,
            Table::Deadlines => &DEADLINE_NAMES,
            Table::Quotas => &QUOTA_NAMES,
            Table::Statistics => &STATISTIC_NAMES,
            Table::Slogans => &SLOGAN_NAMES,
            Table::Directives => &DIRECTIVE_NAMES,
            Table::Citations => &CITATION_NAMES,
            Table::Warnings => &WARNING_NAMES,
            Table::Errors => &ERROR_NAMES,
        }
    }

    /// The columns with their types, in the order of the row type's fields:
    /// the one definition of each table's layout, which CSV headers,
    /// Arrow schemas and Parquet files all follow.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::corpus::table::{Column, ColumnType, Table};
    /// let end = Table::Deadlines.fields().iter().find(|c| c.name == "end");
    /// assert_eq!(end, Some(&Column { name: "end", ty: ColumnType::Date, nullable: true }));
    /// ```
    #[must_use]
    pub fn fields(self) -> &'static [Column] {
        match self {
            Table::Documents => DOCUMENTS,
            Table::Deadlines => DEADLINES,
            Table::Quotas => QUOTAS,
            Table::Statistics => STATISTICS,
            Table::Slogans => SLOGANS,
            Table::Directives => DIRECTIVES,
            Table::Citations => CITATIONS,
            Table::Warnings => WARNINGS,
            Table::Errors => ERRORS,
        }
    }
}

/// The type of a table column's values. Arrow and Parquet store them as
/// given here; CSV writes them as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnType {
    /// UTF-8 text (Arrow `Utf8`); enums are their JSON names (`notice`, `>=`).
    Text,
    /// `true` or `false` (Arrow `Boolean`).
    Bool,
    /// An unsigned 16-bit integer (Arrow `UInt16`): years.
    U16,
    /// An unsigned 32-bit integer (Arrow `UInt32`): serial numbers, numerals.
    U32,
    /// An unsigned 64-bit integer (Arrow `UInt64`): byte offsets, indexes, counts.
    U64,
    /// A 64-bit float (Arrow `Float64`): quota and statistic values.
    F64,
    /// A calendar date (Arrow `Date32`, days since 1970-01-01; CSV `YYYY-MM-DD`).
    Date,
}

/// One column of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Column {
    /// Its name, the CSV header and the Arrow field name.
    pub name: &'static str,
    /// The type of its values.
    pub ty: ColumnType,
    /// True when a value may be absent (an empty CSV cell, an Arrow null).
    pub nullable: bool,
}

const fn col(name: &'static str, ty: ColumnType) -> Column {
    Column { name, ty, nullable: false }
}

/// The same column, nullable.
const fn opt(c: Column) -> Column {
    Column { nullable: true, ..c }
}

/// The names of `N` columns, for [`Table::columns`].
pub(crate) const fn names<const N: usize>(columns: &[Column]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = columns[i].name;
        i += 1;
    }
    out
}

use ColumnType::{Bool, F64, Text, U16, U32, U64};
/// `jiff::civil::Date` already owns the name `Date` here.
const DATE: ColumnType = ColumnType::Date;

const DOC_ID: Column = col("doc_id", Text);
const ID: Column = opt(col("id", Text));
const SPAN_START: Column = col("span_start", U64);
const SPAN_END: Column = col("span_end", U64);

const DOCUMENTS: &[Column] = &[
    DOC_ID,
    ID,
    col("source", Text),
    col("index", U64),
    col("kind", Text),
    col("kind_zh", Text),
    col("forwarding", Bool),
    opt(col("issuer", Text)),
    col("issuer_from_meta", Bool),
    opt(col("doc_number", Text)),
    opt(col("doc_number_code", Text)),
    opt(col("doc_number_year", U16)),
    opt(col("doc_number_serial", U32)),
    col("doc_number_from_meta", Bool),
    opt(col("title", Text)),
    col("title_from_meta", Bool),
    opt(col("date", DATE)),
    col("date_from_meta", Bool),
    col("encoding", Text),
    SPAN_START,
    SPAN_END,
    col("deadlines", U64),
    col("quotas", U64),
    col("statistics", U64),
    col("slogans", U64),
    col("directives", U64),
    col("citations", U64),
    col("warnings", U64),
];
const DEADLINES: &[Column] = &[
    DOC_ID,
    ID,
    col("text", Text),
    opt(col("start", DATE)),
    opt(col("end", DATE)),
    opt(col("hedge", Text)),
    col("kind", Text),
    SPAN_START,
    SPAN_END,
    col("sentence_start", U64),
    col("sentence_end", U64),
];
const QUOTAS: &[Column] = &[
    DOC_ID,
    ID,
    col("text", Text),
    opt(col("subject", Text)),
    col("comparator", Text),
    col("strict", Bool),
    col("value", F64),
    opt(col("max", F64)),
    col("unit", Text),
    opt(col("per", Text)),
    SPAN_START,
    SPAN_END,
];
const STATISTICS: &[Column] = &[
    DOC_ID,
    ID,
    col("text", Text),
    col("value", F64),
    col("unit", Text),
    col("approx", Bool),
    SPAN_START,
    SPAN_END,
];
const SLOGANS: &[Column] = &[
    DOC_ID,
    ID,
    col("text", Text),
    col("name", Text),
    col("numeral", U32),
    opt(col("expansion", Text)),
    col("known", Bool),
    SPAN_START,
    SPAN_END,
];
const DIRECTIVES: &[Column] = &[
    DOC_ID,
    ID,
    col("modality", Text),
    col("cue", Text),
    opt(col("actor", Text)),
    col("text", Text),
    col("deadlines", U64),
    col("quotas", U64),
    SPAN_START,
    SPAN_END,
];
const CITATIONS: &[Column] = &[
    DOC_ID,
    ID,
    col("kind", Text),
    col("role", Text),
    col("text", Text),
    col("key", Text),
    opt(col("doc_number_code", Text)),
    opt(col("doc_number_year", U16)),
    opt(col("doc_number_serial", U32)),
    SPAN_START,
    SPAN_END,
];
const WARNINGS: &[Column] = &[DOC_ID, ID, col("warning", Text)];
const ERRORS: &[Column] = &[col("source", Text), ID, col("kind", Text), col("message", Text)];

const DOCUMENT_NAMES: [&str; DOCUMENTS.len()] = names(DOCUMENTS);
const DEADLINE_NAMES: [&str; DEADLINES.len()] = names(DEADLINES);
const QUOTA_NAMES: [&str; QUOTAS.len()] = names(QUOTAS);
const STATISTIC_NAMES: [&str; STATISTICS.len()] = names(STATISTICS);
const SLOGAN_NAMES: [&str; SLOGANS.len()] = names(SLOGANS);
const DIRECTIVE_NAMES: [&str; DIRECTIVES.len()] = names(DIRECTIVES);
const CITATION_NAMES: [&str; CITATIONS.len()] = names(CITATIONS);
const WARNING_NAMES: [&str; WARNINGS.len()] = names(WARNINGS);
const ERROR_NAMES: [&str; ERRORS.len()] = names(ERRORS);

/// A row of [`Table::Documents`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentRow<'a> {
    /// `source#index`.
    pub doc_id: String,
    /// The archive's id.
    pub id: Option<&'a str>,
    /// The input path as given (`PATH#Lline` for a JSON Lines record).
    pub source: &'a str,
    /// Logical document number inside the source, from 0.
    pub index: usize,
    /// 文种, as in the JSON output (`notice`).
    pub kind: DocKind,
    /// 文种 in Chinese (`通知`); see [`DocKind::name_zh`].
    pub kind_zh: &'static str,
    /// True if this document forwards or issues another.
    pub forwarding: bool,
    /// 发文机关.
    pub issuer: Option<&'a str>,
    /// True when the issuer comes from the archive, not the text.
    pub issuer_from_meta: bool,
    /// 发文字号 as written.
    pub doc_number: Option<&'a str>,
    /// 机关代字.
    pub doc_number_code: Option<&'a str>,
    /// 年份.
    pub doc_number_year: Option<u16>,
    /// 发文顺序号.
    pub doc_number_serial: Option<u32>,
    /// True when the 文号 comes from the archive.
    pub doc_number_from_meta: bool,
    /// Title.
    pub title: Option<&'a str>,
    /// True when the title comes from the archive.
    pub title_from_meta: bool,
    /// 成文日期, `YYYY-MM-DD`.
    pub date: Option<Date>,
    /// True when the date comes from the archive.
    pub date_from_meta: bool,
    /// The encoding the source was decoded from.
    pub encoding: &'static str,
    /// Byte offset where the document starts in its source.
    pub span_start: usize,
    /// Byte offset where it ends (exclusive).
    pub span_end: usize,
    /// Number of deadlines.
    pub deadlines: usize,
    /// Number of quotas.
    pub quotas: usize,
    /// Number of statistics.
    pub statistics: usize,
    /// Number of slogans.
    pub slogans: usize,
    /// Number of directives.
    pub directives: usize,
    /// Number of citations.
    pub citations: usize,
    /// Number of warnings.
    pub warnings: usize,
}

/// A row of [`Table::Deadlines`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DeadlineRow<'a> {
    /// `source#index`.
    pub doc_id: String,
    /// The archive's id.
    pub id: Option<&'a str>,
    /// The deadline as written.
    pub text: &'a str,
    /// First day of the window.
    pub start: Option<Date>,
    /// Last day allowed (inclusive).
    pub end: Option<Date>,
    /// The hedge before it (`原则上`, `力争`).
    pub hedge: Option<&'a str>,
    /// The shape of the time expression.
    pub kind: TimeKind,
    /// Byte span start.
    pub span_start: usize,
    /// Byte span end (exclusive).
    pub span_end: usize,
    /// Byte span start of the sentence.
    pub sentence_start: usize,
    /// Byte span end of the sentence (exclusive).
    pub sentence_end: usize,
}

/// A row of [`Table::Quotas`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuotaRow<'a> {
    /// `source#index`.
    pub doc_id: String,
    /// The archive's id.
    pub id: Option<&'a str>,
    /// The quota as written.
    pub text: &'a str,
    /// What is quantified.
    pub subject: Option<&'a str>,
    /// `>=`, `<=`, `=`, `~` or `range`.
    pub comparator: Comparator,
    /// The bound itself is excluded (`超过`, `不足`).
    pub strict: bool,
    /// The value (lower bound of a range); 万/亿 multiplied in.
    pub value: f64,
    /// Upper bound of a range.
    pub max: Option<f64>,
    /// The unit or measure word.
    pub unit: &'static str,
    /// What the value is counted per.
    pub per: Option<&'a str>,
    /// Byte span start.
    pub span_start: usize,
    /// Byte span end (exclusive).
    pub span_end: usize,
}

/// A row of [`Table::Statistics`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatisticRow<'a> {
    /// `source#index`.
    pub doc_id: String,
    /// The archive's id.
    pub id: Option<&'a str>,
    /// The figure as written.
    pub text: &'a str,
    /// The value; 万/亿 multiplied in.
    pub value: f64,
    /// The unit or measure word.
    pub unit: &'static str,
    /// True for `多`, `余`, `约`, `近`.
    pub approx: bool,
    /// Byte span start.
    pub span_start: usize,
    /// Byte span end (exclusive).
    pub span_end: usize,
}

/// A row of [`Table::Slogans`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SloganRow<'a> {
    /// `source#index`.
    pub doc_id: String,
    /// The archive's id.
    pub id: Option<&'a str>,
    /// The slogan as written.
    pub text: &'a str,
    /// Its canonical name.
    pub name: &'a str,
    /// The number in it.
    pub numeral: u32,
    /// The expansion's items joined by `；`, when known.
    pub expansion: Option<String>,
    /// True when the slogan is in the lexicon.
    pub known: bool,
    /// Byte span start.
    pub span_start: usize,
    /// Byte span end (exclusive).
    pub span_end: usize,
}

/// A row of [`Table::Directives`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DirectiveRow<'a> {
    /// `source#index`.
    pub doc_id: String,
    /// The archive's id.
    pub id: Option<&'a str>,
    /// What the sentence asks for.
    pub modality: Modality,
    /// The cue word as written.
    pub cue: &'a str,
    /// Who is addressed.
    pub actor: Option<&'a str>,
    /// The sentence.
    pub text: &'a str,
    /// Number of deadlines inside it.
    pub deadlines: usize,
    /// Number of quotas inside it.
    pub quotas: usize,
    /// Byte span start.
    pub span_start: usize,
    /// Byte span end (exclusive).
    pub span_end: usize,
}

/// A row of [`Table::Citations`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CitationRow<'a> {
    /// `source#index`.
    pub doc_id: String,
    /// The archive's id.
    pub id: Option<&'a str>,
    /// Number or title.
    pub kind: CitationKind,
    /// Why it is named.
    pub role: Role,
    /// The number, or the title with its 《》.
    pub text: &'a str,
    /// Normalised form for matching across documents.
    pub key: &'a str,
    /// 机关代字 of a cited number.
    pub doc_number_code: Option<&'a str>,
    /// 年份 of a cited number.
    pub doc_number_year: Option<u16>,
    /// 发文顺序号 of a cited number.
    pub doc_number_serial: Option<u32>,
    /// Byte span start.
    pub span_start: usize,
    /// Byte span end (exclusive).
    pub span_end: usize,
}

/// A row of [`Table::Warnings`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WarningRow<'a> {
    /// `source#index`.
    pub doc_id: String,
    /// The archive's id.
    pub id: Option<&'a str>,
    /// The warning.
    pub warning: &'a str,
}

/// A row of [`Table::Errors`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ErrorRow<'a> {
    /// The source that could not be read.
    pub source: &'a str,
    /// The archive's id of the record, when it could be read.
    pub id: Option<&'a str>,
    /// `io`, `decode`, `binary`, `empty`, `too_large` or `record`.
    pub kind: &'static str,
    /// A human-readable message.
    pub message: &'a str,
}

/// The rows of one record (or one error), per table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rows<'a> {
    /// [`Table::Documents`].
    pub documents: Vec<DocumentRow<'a>>,
    /// [`Table::Deadlines`].
    pub deadlines: Vec<DeadlineRow<'a>>,
    /// [`Table::Quotas`].
    pub quotas: Vec<QuotaRow<'a>>,
    /// [`Table::Statistics`].
    pub statistics: Vec<StatisticRow<'a>>,
    /// [`Table::Slogans`].
    pub slogans: Vec<SloganRow<'a>>,
    /// [`Table::Directives`].
    pub directives: Vec<DirectiveRow<'a>>,
    /// [`Table::Citations`].
    pub citations: Vec<CitationRow<'a>>,
    /// [`Table::Warnings`].
    pub warnings: Vec<WarningRow<'a>>,
    /// [`Table::Errors`].
    pub errors: Vec<ErrorRow<'a>>,
}

impl<'a> Rows<'a> {
    /// The rows of one logical document.
    #[must_use]
    pub fn from_record(r: &ExtractRecord<'a, '_>) -> Rows<'a> {
        let doc_id = format!("{}#{}", r.source, r.index);
        let id = r.id;
        let key = || doc_id.clone();
        let (doc_number_code, doc_number_year, doc_number_serial) = match r.doc_number {
            Some(Stated::Text(n)) => (Some(n.code.as_str()), Some(n.year), Some(n.serial)),
            Some(Stated::Archive(a)) => match &a.doc_number {
                Some(n) => (Some(n.code.as_str()), Some(n.year), Some(n.serial)),
                None => (None, None, None),
            },
            None => (None, None, None),
        };
        let documents = vec![DocumentRow {
            doc_id: key(),
            id,
            source: r.source,
            index: r.index,
            kind: r.kind,
            kind_zh: r.kind.name_zh(),
            forwarding: r.forwarding,
            issuer: r.issuer.map(|s| s.as_str()),
            issuer_from_meta: matches!(r.issuer, Some(Stated::Archive(_))),
            doc_number: r.doc_number.map(|s| s.as_str()),
            doc_number_code,
            doc_number_year,
            doc_number_serial,
            doc_number_from_meta: matches!(r.doc_number, Some(Stated::Archive(_))),
            title: r.title.map(|s| s.as_str()),
            title_from_meta: matches!(r.title, Some(Stated::Archive(_))),
            date: r.date.map(Stated::value),
            date_from_meta: r.date.is_some_and(Stated::from_meta),
            encoding: r.encoding.as_str(),
            span_start: r.span.start,
            span_end: r.span.end,
            deadlines: r.deadlines.len(),
            quotas: r.quotas.len(),
            statistics: r.statistics.len(),
            slogans: r.slogans.len(),
            directives: r.directives.len(),
            citations: r.citations.len(),
            warnings: r.warnings.len(),
        }];
        Rows {
            deadlines: r
                .deadlines
                .iter()
                .map(|d| DeadlineRow {
                    doc_id: key(),
                    id,
                    text: d.text,
                    start: d.start,
                    end: d.end,
                    hedge: d.hedge,
                    kind: d.kind,
                    span_start: d.span.start,
                    span_end: d.span.end,
                    sentence_start: d.sentence.start,
                    sentence_end: d.sentence.end,
                })
                .collect(),
            quotas: r
                .quotas
                .iter()
                .map(|q| QuotaRow {
                    doc_id: key(),
                    id,
                    text: q.text,
                    subject: q.subject,
                    comparator: q.comparator,
                    strict: q.strict,
                    value: q.value,
                    max: q.max,
                    unit: q.unit,
                    per: q.per,
                    span_start: q.span.start,
                    span_end: q.span.end,
                })
                .collect(),
            statistics: r
                .statistics
                .iter()
                .map(|s| StatisticRow {
                    doc_id: key(),
                    id,
                    text: s.text,
                    value: s.value,
                    unit: s.unit,
                    approx: s.approx,
                    span_start: s.span.start,
                    span_end: s.span.end,
                })
                .collect(),
            slogans: r
                .slogans
                .iter()
                .map(|s| SloganRow {
                    doc_id: key(),
                    id,
                    text: s.text,
                    name: &s.name,
                    numeral: s.numeral,
                    expansion: s.expansion.as_ref().map(|items| items.join("；")),
                    known: s.known,
                    span_start: s.span.start,
                    span_end: s.span.end,
                })
                .collect(),
            directives: r
                .directives
                .iter()
                .map(|d| DirectiveRow {
                    doc_id: key(),
                    id,
                    modality: d.directive.modality,
                    cue: d.directive.cue.text,
                    actor: d.directive.actor.map(|a| a.text),
                    text: d.directive.text,
                    deadlines: d.deadlines.len(),
                    quotas: d.quotas.len(),
                    span_start: d.directive.span.start,
                    span_end: d.directive.span.end,
                })
                .collect(),
            citations: r
                .citations
                .iter()
                .map(|c| CitationRow {
                    doc_id: key(),
                    id,
                    kind: c.kind,
                    role: c.role,
                    text: c.text,
                    key: &c.key,
                    doc_number_code: c.doc_number.as_ref().map(|n| n.code.as_str()),
                    doc_number_year: c.doc_number.as_ref().map(|n| n.year),
                    doc_number_serial: c.doc_number.as_ref().map(|n| n.serial),
                    span_start: c.span.start,
                    span_end: c.span.end,
                })
                .collect(),
            warnings: r
                .warnings
                .iter()
                .map(|&warning| WarningRow { doc_id: key(), id, warning })
                .collect(),
            errors: Vec::new(),
            documents,
        }
    }

    /// Move every row of `other` to the end of these rows, table by table,
    /// leaving `other` empty (as [`Vec::append`]): the rows of many records
    /// in one [`Rows`].
    pub fn append(&mut self, other: &mut Rows<'a>) {
        self.documents.append(&mut other.documents);
        self.deadlines.append(&mut other.deadlines);
        self.quotas.append(&mut other.quotas);
        self.statistics.append(&mut other.statistics);
        self.slogans.append(&mut other.slogans);
        self.directives.append(&mut other.directives);
        self.citations.append(&mut other.citations);
        self.warnings.append(&mut other.warnings);
        self.errors.append(&mut other.errors);
    }

    /// The one row of a source that could not be read.
    #[must_use]
    pub fn from_error(e: &'a ErrorRecord) -> Rows<'a> {
        Rows {
            errors: vec![ErrorRow {
                source: &e.source,
                id: e.id.as_deref(),
                kind: e.error.kind,
                message: &e.error.message,
            }],
            ..Rows::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Encoding;
    use crate::{Analyzer, Meta};

    /// `Table::columns` is the field order of each row type, as serde sees it.
    #[test]
    fn columns_match_the_row_fields() {
        fn keys(v: &impl Serialize) -> Vec<String> {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.serialize(v).expect("serialises");
            let bytes = w.into_inner().expect("flushes");
            let text = String::from_utf8(bytes).expect("UTF-8");
            text.lines().next().unwrap_or_default().split(',').map(str::to_owned).collect()
        }
        let text = std::fs::read_to_string("corpus/docs/004_e907807627828fc0.txt").expect("seed");
        let analysis = Analyzer::new().analyze(&text, &Meta::default());
        let record =
            ExtractRecord::new("004.txt", Encoding::Utf8, Some("x"), &analysis.documents[1]);
        let rows = Rows::from_record(&record);
        let check = |table: Table, got: Option<Vec<String>>| {
            let got = got.unwrap_or_else(|| panic!("no {} row in seed 004#1", table.name()));
            assert_eq!(got, table.columns(), "{}", table.name());
        };
        check(Table::Documents, rows.documents.first().map(keys));
        check(Table::Deadlines, rows.deadlines.first().map(keys));
        check(Table::Quotas, rows.quotas.first().map(keys));
        check(Table::Slogans, rows.slogans.first().map(keys));
        check(Table::Directives, rows.directives.first().map(keys));
        check(Table::Citations, rows.citations.first().map(keys));
        let stat = StatisticRow {
            doc_id: String::new(),
            id: None,
            text: "",
            value: 0.0,
            unit: "",
            approx: false,
            span_start: 0,
            span_end: 0,
        };
        check(Table::Statistics, Some(keys(&stat)));
        check(
            Table::Warnings,
            Some(keys(&WarningRow { doc_id: String::new(), id: None, warning: "" })),
        );
        check(
            Table::Errors,
            Some(keys(&ErrorRow { source: "", id: None, kind: "io", message: "" })),
        );
    }
}
