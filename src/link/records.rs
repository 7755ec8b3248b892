//! Linking from `gongwen extract` output: the records of a run (or of the
//! part files of a sharded run, `extract --shard K/N`) read back as the
//! linker's documents, so that linking does not analyse the texts again.
//!
//! A record carries everything the linker takes from the analyser (header
//! fields, kind, forwarding, citations with their keys); only the text, which
//! reuse detection aligns, is read again from the record's `source`
//! ([`RecordDoc::into_link_doc`] takes it).

use serde::Deserialize;

use super::doc::{LinkDoc, cited_ref};
use super::key::DocRef;
use crate::document::DocKind;
use crate::extract::citation::{CitationKind, Role};
use crate::{Error, Result, Span};

/// The parts of one `gongwen extract` record that linking uses.
#[derive(Clone, Debug, Deserialize)]
pub struct RecordDoc {
    /// The record's `source` (`PATH` or `PATH#Lline`).
    pub source: String,
    /// The archive's id, when the run had one.
    #[serde(default)]
    pub id: Option<String>,
    /// The logical document's number inside its source.
    pub index: usize,
    /// Where the logical document lies in its source.
    pub span: (usize, usize),
    /// 文种.
    pub kind: DocKind,
    /// True when it forwards or issues another document.
    pub forwarding: bool,
    /// 发文机关.
    #[serde(default)]
    pub issuer: Option<RecordField>,
    /// 发文字号.
    #[serde(default)]
    pub doc_number: Option<RecordField>,
    /// Title.
    #[serde(default)]
    pub title: Option<RecordField>,
    /// 成文日期.
    #[serde(default)]
    pub date: Option<RecordDate>,
    /// Citations.
    #[serde(default)]
    pub citations: Vec<RecordCitation>,
}

/// A header field of a record: its text, and its span when the text states it
/// (`null` for a value from the archive).
#[derive(Clone, Debug, Deserialize)]
pub struct RecordField {
    /// The value.
    pub text: String,
    /// Its byte span in the source; `None` when it comes from the archive.
    #[serde(default)]
    pub span: Option<(usize, usize)>,
}

/// The date of a record.
#[derive(Clone, Debug, Deserialize)]
pub struct RecordDate {
    /// The date.
    pub value: jiff::civil::Date,
}

/// A citation of a record.
#[derive(Clone, Debug, Deserialize)]
pub struct RecordCitation {
    /// A 文号 or a 《title》.
    pub kind: CitationKind,
    /// The citation as written.
    pub text: String,
    /// Its byte span in the source.
    pub span: (usize, usize),
    /// What the citation does (`own`, `forwarded`, `cited`, `media`, …).
    pub role: Role,
    /// The matching key.
    pub key: String,
}

/// One line of `gongwen extract` output: the record, or `None` for an error
/// record (a source that could not be read has nothing to link).
///
/// # Errors
///
/// A `record` error when the line is not an extract record.
///
/// # Examples
///
/// ```
/// use gongwen::link::records::parse_record;
/// let line = r#"{"source":"a.txt","index":0,"span":[0,9],"kind":"notice","forwarding":false,"citations":[]}"#;
/// assert_eq!(parse_record(line, "part-1.jsonl", 1)?.map(|r| r.span), Some((0, 9)));
/// assert!(parse_record(r#"{"source":"b.txt","error":{"kind":"io","message":"x"}}"#, "p", 2)?.is_none());
/// # Ok::<(), gongwen::Error>(())
/// ```
pub fn parse_record(line: &str, path: &str, line_no: usize) -> Result<Option<RecordDoc>> {
    let bad = |reason: String| {
        Error::new(crate::error::ErrorKind::Record { path: path.into(), line: line_no, reason })
    };
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| bad(format!("invalid JSON: {e}")))?;
    if value.get("error").is_some() {
        return Ok(None);
    }
    serde_json::from_value(value)
        .map(Some)
        .map_err(|e| bad(format!("not a gongwen extract record: {e}")))
}

impl RecordDoc {
    /// The linker's document, as [`LinkDoc::from_report`] would build it from
    /// the analysis the record came from; `source_text` is the record's
    /// decoded source (`None` when it cannot be read again: the document
    /// then links by its numbers and titles, but takes part in no `reuses`).
    #[must_use]
    pub fn into_link_doc(self, source_text: Option<&str>) -> LinkDoc {
        let span = Span::new(self.span.0, self.span.1);
        let text = source_text.and_then(|t| span.get(t)).unwrap_or("");
        let offset = if text.is_empty() { 0 } else { span.start };
        let mut d = LinkDoc::new(self.source, self.index, text, offset);
        d.id = self.id;
        // The text's own 文号 only, as the analyser's document has it.
        d.doc_number =
            self.doc_number.filter(|n| n.span.is_some()).and_then(|n| DocRef::parse(&n.text));
        d.issuer = self.issuer.map(|i| i.text);
        d.title_span = self.title.as_ref().and_then(|t| t.span).map(|(a, b)| Span::new(a, b));
        d.title = self.title.map(|t| t.text);
        d.date = self.date.map(|x| x.value);
        d.kind = self.kind;
        d.forwarding = self.forwarding;
        let own = d.doc_number.as_ref().map(DocRef::key);
        d.citations = self
            .citations
            .into_iter()
            .filter_map(|c| {
                let span = Span::new(c.span.0, c.span.1);
                let number = || DocRef::parse(&c.text);
                cited_ref(c.kind, c.role, &c.text, span, &c.key, number, own.as_ref())
            })
            .collect();
        d
    }
}
