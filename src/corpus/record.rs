//! The JSON Lines records of the output contract (`SCHEMA.md`).
//!
//! These types are the contract researchers script against: the field names
//! and their order are fixed here, in one place, for the CLI, a Python
//! binding or a Spark job alike.

use serde::Serialize;

use crate::analyze::{DirectiveReport, DocumentReport};
use crate::corpus::decode::Encoding;
use crate::document::{
    ArchiveDate, ArchiveFields, ArchiveItem, DateItem, DocKind, DocNumberItem, Item, OutlineNode,
    StatuteEvent,
};
use crate::extract::citation::Citation;
use crate::extract::deadline::Deadline;
use crate::extract::quota::{Quota, Statistic};
use crate::extract::slogan::Slogan;
use crate::{Error, Span};

/// One line of `gongwen extract`: one logical document.
///
/// # Examples
///
/// ```
/// use gongwen::corpus::{Encoding, record::ExtractRecord};
/// use gongwen::{Analyzer, Meta};
/// let text = "湘办发电〔2014〕35号\n\n关于做好工作的通知\n\n2014年3月19日\n";
/// let analysis = Analyzer::new().analyze(text, &Meta::default());
/// let record = ExtractRecord::new("a.txt", Encoding::Utf8, None, &analysis.documents[0]);
/// let json = serde_json::to_value(&record)?;
/// assert_eq!(json["doc_number"]["code"], "湘办发电");
/// assert_eq!(json["date"]["value"], "2014-03-19");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct ExtractRecord<'a, 't> {
    /// The input path as given (`PATH#Lline` for a JSON Lines record).
    pub source: &'a str,
    /// The record's id, when the input gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    /// Logical document number inside the source, from 0.
    pub index: usize,
    /// Where this logical document lies in the source.
    pub span: Span,
    /// The encoding the source was decoded from.
    pub encoding: Encoding,
    /// 文种.
    pub kind: DocKind,
    /// True if this document forwards or issues another.
    pub forwarding: bool,
    /// 发文机关标志; from the archive (see [`ExtractRecord::with_archive`])
    /// when the text states none.
    pub issuer: Option<Stated<'a, Item<'t>>>,
    /// Its own 发文字号; from the archive when the text states none.
    pub doc_number: Option<Stated<'a, DocNumberItem<'t>>>,
    /// Title; from the archive when the text states none.
    pub title: Option<Stated<'a, Item<'t>>>,
    /// 成文日期; from the archive (`--jsonl-date`) when the text states none.
    pub date: Option<Stated<'a, DateItem<'t>, ArchiveDate>>,
    /// 主送机关.
    pub recipients: &'a [Item<'t>],
    /// Urgency and transmission marks.
    pub urgency: &'a [Item<'t>],
    /// Signature organs.
    pub signature: &'a [Item<'t>],
    /// The body span.
    pub body: Option<Span>,
    /// The attachment span (text after the date that belongs to the document).
    pub attachment: Option<Span>,
    /// Outline nodes.
    pub outline: &'a [OutlineNode],
    /// A statute's dated history (adopted, amended, …, effective); absent
    /// for other kinds and when the text states none.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub history: &'a [StatuteEvent<'t>],
    /// Deadlines.
    pub deadlines: &'a [Deadline<'t>],
    /// Quotas.
    pub quotas: &'a [Quota<'t>],
    /// Statistics.
    pub statistics: &'a [Statistic<'t>],
    /// Slogans.
    pub slogans: &'a [Slogan<'t>],
    /// Directives.
    pub directives: &'a [DirectiveReport<'t>],
    /// Citations.
    pub citations: &'a [Citation<'t>],
    /// What was odd but survivable (reading, normalising, parsing, extracting).
    pub warnings: Vec<&'a str>,
    /// Archive fields copied as they are (`--jsonl-keep`); absent when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<&'a serde_json::Map<String, serde_json::Value>>,
}

impl<'a, 't> ExtractRecord<'a, 't> {
    /// The record of one analysed logical document.
    #[must_use]
    pub fn new(
        source: &'a str,
        encoding: Encoding,
        id: Option<&'a str>,
        report: &'a DocumentReport<'t>,
    ) -> ExtractRecord<'a, 't> {
        let d = &report.document;
        let f = &report.findings;
        ExtractRecord {
            source,
            id,
            index: report.index,
            span: d.span,
            encoding,
            kind: d.kind,
            forwarding: d.forwarding,
            issuer: d.issuer.as_ref().map(Stated::Text),
            doc_number: d.doc_number.as_ref().map(Stated::Text),
            title: d.title.as_ref().map(Stated::Text),
            date: d.date.as_ref().map(Stated::Text),
            recipients: &d.recipients,
            urgency: &d.urgency,
            signature: &d.signature,
            body: d.body,
            attachment: d.attachment,
            outline: &d.outline,
            history: &d.history,
            deadlines: &f.deadlines,
            quotas: &f.quotas,
            statistics: &f.statistics,
            slogans: &f.slogans,
            directives: &f.directives,
            citations: &f.citations,
            warnings: report.warnings.iter().map(String::as_str).collect(),
            meta: None,
        }
    }

    /// Copy the archive fields kept as they are (`SourceDoc::kept`) into
    /// the record's `meta` object; nothing when there are none.
    #[must_use]
    pub fn with_kept(mut self, kept: &'a serde_json::Map<String, serde_json::Value>) -> Self {
        self.meta = (!kept.is_empty()).then_some(kept);
        self
    }

    /// Fill the header fields the text does not state from the archive
    /// values (`Analysis::archive`, for the first document of a text): they
    /// serialise as `{text, span: null, from_meta: true}`.
    #[must_use]
    pub fn with_archive(mut self, archive: &'a ArchiveFields) -> Self {
        if self.issuer.is_none() {
            self.issuer = archive.issuer.as_ref().map(Stated::Archive);
        }
        if self.doc_number.is_none() {
            self.doc_number = archive.doc_number.as_ref().map(Stated::Archive);
        }
        if self.title.is_none() {
            self.title = archive.title.as_ref().map(Stated::Archive);
        }
        if self.date.is_none()
            && let Some(date) = &archive.date
        {
            self.date = Some(Stated::Archive(date));
            // The archive gave the date the text lacks.
            self.warnings.retain(|w| *w != crate::document::NO_DATE_WARNING);
        }
        self
    }

    /// Put reading warnings (replaced bytes, bad dates) first.
    #[must_use]
    pub fn with_read_warnings(mut self, warnings: &'a [String]) -> Self {
        let mut all: Vec<&'a str> = warnings.iter().map(String::as_str).collect();
        all.append(&mut self.warnings);
        self.warnings = all;
        self
    }
}

/// A header field as the text states it, or as the archive gives it.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Stated<'a, T, A = ArchiveItem> {
    /// Found in the text, with its source span.
    Text(&'a T),
    /// Given by the archive record, `span: null, from_meta: true`.
    Archive(&'a A),
}

// Copy whatever `T` and `A` are: the variants hold references only.
impl<T, A> Clone for Stated<'_, T, A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, A> Copy for Stated<'_, T, A> {}

impl<T, A> Stated<'_, T, A> {
    /// True when the value comes from the archive.
    #[must_use]
    pub fn from_meta(self) -> bool {
        matches!(self, Stated::Archive(_))
    }
}

impl Stated<'_, DateItem<'_>, ArchiveDate> {
    /// The date, from the text or from the archive.
    #[must_use]
    pub fn value(self) -> jiff::civil::Date {
        match self {
            Stated::Text(d) => d.value,
            Stated::Archive(a) => a.value,
        }
    }
}

impl<'a> Stated<'a, Item<'_>> {
    /// The text of the field, from the source or from the archive.
    #[must_use]
    pub fn as_str(self) -> &'a str {
        match self {
            Stated::Text(t) => t.text,
            Stated::Archive(a) => &a.text,
        }
    }
}

impl<'a> Stated<'a, DocNumberItem<'_>> {
    /// The text of the field, from the source or from the archive.
    #[must_use]
    pub fn as_str(self) -> &'a str {
        match self {
            Stated::Text(t) => t.text,
            Stated::Archive(a) => &a.text,
        }
    }
}

/// The one line a source that cannot be read yields.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorRecord {
    /// The input path as given (`PATH#Lline` for a JSON Lines record).
    pub source: String,
    /// The archive's id of the record, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What went wrong.
    pub error: ErrorInfo,
}

/// The `error` object of an [`ErrorRecord`].
#[derive(Clone, Debug, Serialize)]
pub struct ErrorInfo {
    /// `io`, `decode`, `binary`, `empty`, `too_large` or `record`.
    pub kind: &'static str,
    /// A human-readable message.
    pub message: String,
}

impl ErrorRecord {
    /// The record of `error`; `fallback` names the source when the error does not.
    #[must_use]
    pub fn new(error: &Error, fallback: &str) -> ErrorRecord {
        ErrorRecord {
            source: error.source_name().unwrap_or_else(|| fallback.to_string()),
            id: error.archive_id().map(str::to_owned),
            error: ErrorInfo { kind: error.code(), message: error.to_string() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn error_record_shape() {
        let e = Error::new(ErrorKind::Empty { path: "x/empty.txt".into() });
        let v = serde_json::to_value(ErrorRecord::new(&e, "?")).expect("serialises");
        assert_eq!(v["source"], "x/empty.txt");
        assert_eq!(v["error"]["kind"], "empty");
        assert_eq!(v["error"]["message"], "x/empty.txt is empty");
    }
}
