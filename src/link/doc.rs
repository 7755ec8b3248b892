//! The linker's own input: one logical document, owned, with the header
//! fields and citations the analyser found in it.

use crate::Span;
use crate::analyze::DocumentReport;
use crate::document::{DocKind, Document};
use crate::extract::citation::{self as extract, Role};

use super::key::{CitationKind, CitedRef, DocKey, DocRef, scan_citations};

/// The linker's reference for one of the analyser's citations: `None` for
/// the document's own number and for media (`《人民日报》`), which link to
/// nothing. `number` gives the parsed 文号 of a number citation.
pub(super) fn cited_ref(
    kind: extract::CitationKind,
    role: Role,
    text: &str,
    span: Span,
    key: &str,
    number: impl FnOnce() -> Option<DocRef>,
    own: Option<&DocKey>,
) -> Option<CitedRef> {
    if matches!(role, Role::Own | Role::Media) {
        return None;
    }
    let cited = match kind {
        extract::CitationKind::DocNumber => {
            let number = number()?;
            if own == Some(&number.key()) {
                return None;
            }
            CitedRef {
                kind: CitationKind::DocNumber,
                text: text.to_owned(),
                span,
                doc_number: Some(number),
                title: None,
                key: key.to_owned(),
            }
        }
        extract::CitationKind::Title => {
            let inner = text.strip_prefix('《').and_then(|t| t.strip_suffix('》'));
            CitedRef {
                kind: CitationKind::Title,
                text: text.to_owned(),
                span,
                doc_number: None,
                title: Some(inner.unwrap_or(text).to_owned()),
                key: key.to_owned(),
            }
        }
    };
    Some(cited)
}

/// One logical document as the linker takes it.
///
/// All spans (`title_span`, citation spans) are byte spans into the
/// document's *source*; `text` is the slice of the source the logical
/// document covers, starting at byte `offset` of the source.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkDoc {
    /// The source path as given.
    pub source: String,
    /// The logical document number inside the source, from 0.
    pub index: usize,
    /// The archive's id of its record (`--jsonl-id`), when there is one;
    /// set with [`LinkDoc::with_id`]. Carried to [`crate::link::DocNode::id`].
    pub id: Option<String>,
    /// Its own 发文字号.
    pub doc_number: Option<DocRef>,
    /// 发文机关 as written.
    pub issuer: Option<String>,
    /// Title as written.
    pub title: Option<String>,
    /// Where the title lies in the source.
    pub title_span: Option<Span>,
    /// 成文日期.
    pub date: Option<jiff::civil::Date>,
    /// 文种.
    pub kind: DocKind,
    /// True when the document forwards or issues another (转发, 印发, 批转).
    pub forwarding: bool,
    /// The citations it makes, with source spans.
    pub citations: Vec<CitedRef>,
    /// The logical document's source text.
    pub text: String,
    /// Byte offset of `text` in the source.
    pub offset: usize,
}

impl LinkDoc {
    /// A document with only its place and text known; fill the other fields
    /// by hand or from the analyser.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::link::LinkDoc;
    /// let source = "郑群办发〔2014〕21号\n关于转发……的通知";
    /// let mut doc = LinkDoc::new("004.txt", 0, source, 0);
    /// doc.scan_citations();
    /// assert_eq!(doc.citations[0].text, "郑群办发〔2014〕21号");
    /// ```
    #[must_use]
    pub fn new(
        source: impl Into<String>,
        index: usize,
        text: impl Into<String>,
        offset: usize,
    ) -> LinkDoc {
        LinkDoc {
            source: source.into(),
            index,
            id: None,
            doc_number: None,
            issuer: None,
            title: None,
            title_span: None,
            date: None,
            kind: DocKind::Unknown,
            forwarding: false,
            citations: Vec::new(),
            text: text.into(),
            offset,
        }
    }

    /// The linker's view of a parsed logical document: header fields from
    /// `doc`, text and offset from its span in `source_text`, and citations
    /// from [`scan_citations`]. With the analyser's report at hand, use
    /// [`LinkDoc::from_report`], which takes its citations instead.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::document::DocumentParser;
    /// use gongwen::link::LinkDoc;
    /// let text = "豫群办发〔2014〕5号\n\n关于做好有关工作的通知\n\n各省辖市：\n\n\
    ///             根据中办发〔2014〕4号文件精神，现就有关事项通知如下。\n\n2014年3月14日\n";
    /// let docs = DocumentParser::new().parse(text);
    /// let d = LinkDoc::from_document("a.txt", text, 0, &docs[0]);
    /// assert_eq!(d.doc_number.as_ref().map(|n| n.serial), Some(5));
    /// assert!(d.citations.iter().any(|c| c.text == "中办发〔2014〕4号"));
    /// ```
    #[must_use]
    pub fn from_document(
        source: &str,
        source_text: &str,
        index: usize,
        doc: &Document<'_>,
    ) -> LinkDoc {
        let mut d = LinkDoc::header(source, source_text, index, doc);
        d.scan_citations();
        d
    }

    /// The linker's view of one logical document of the analyser's report:
    /// header fields from its structure, text and offset from its span in
    /// `source_text`, and the citations the analyser found (each with the
    /// `key` users see in `extract` output); the document's own number is
    /// left out. No second scan of the text.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::link::{CitationKind, LinkDoc};
    /// use gongwen::{Analyzer, Meta};
    /// let text = "豫群办发〔2014〕5号\n\n关于做好有关工作的通知\n\n各省辖市：\n\n\
    ///             根据《关于印发〈实施意见〉的通知》（中办发〔2014〕4号）精神，现就有关事项通知如下。\n\n2014年3月14日\n";
    /// let analysis = Analyzer::new().analyze(text, &Meta::default());
    /// let d = LinkDoc::from_report("a.txt", text, &analysis.documents[0]);
    /// assert_eq!(d.doc_number.as_ref().map(|n| n.serial), Some(5));
    /// let title = d.citations.iter().find(|c| c.kind == CitationKind::Title).unwrap();
    /// assert_eq!(title.key, "关于印发〈实施意见〉的通知");
    /// assert!(d.citations.iter().all(|c| c.text != "豫群办发〔2014〕5号"));
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn from_report(source: &str, source_text: &str, report: &DocumentReport<'_>) -> LinkDoc {
        let mut d = LinkDoc::header(source, source_text, report.index, &report.document);
        let own = d.doc_number.as_ref().map(DocRef::key);
        d.citations = report
            .findings
            .citations
            .iter()
            .filter_map(|c| {
                let number = || c.doc_number.as_ref().map(DocRef::from_item);
                cited_ref(c.kind, c.role, c.text, c.span, &c.key, number, own.as_ref())
            })
            .collect();
        d
    }

    /// The header fields of a parsed logical document, no citations.
    fn header(source: &str, source_text: &str, index: usize, doc: &Document<'_>) -> LinkDoc {
        let span = doc.span;
        let text = span.get(source_text).unwrap_or("");
        let offset = if text.is_empty() && span.start > source_text.len() { 0 } else { span.start };
        let mut d = LinkDoc::new(source, index, text, offset);
        d.doc_number = doc.doc_number.as_ref().map(DocRef::from_item);
        d.issuer = doc.issuer.map(|i| i.text.to_owned());
        d.title = doc.title.map(|t| t.text.to_owned());
        d.title_span = doc.title.map(|t| t.span);
        d.date = doc.date.map(|x| x.value);
        d.kind = doc.kind;
        d.forwarding = doc.forwarding;
        d
    }

    /// Fill the title and issuer that the text does not state from the
    /// archive's fields (`--jsonl-title`, `--jsonl-issuer`), so that records
    /// of a statute archive whose texts print no title still link by title
    /// and as versions. Only for the first logical document of a record, which
    /// the archive describes.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::link::LinkDoc;
    /// use gongwen::{Analyzer, Meta};
    /// let text = "第一条 为了规范供热，制定本条例。\n第二条 本条例适用于本市。";
    /// let meta = Meta { title: Some("滨州市供热条例".into()), ..Meta::default() };
    /// let analysis = Analyzer::new().analyze(text, &meta);
    /// let doc = LinkDoc::from_report("laws.jsonl#L7", text, &analysis.documents[0])
    ///     .with_archive(&analysis.archive);
    /// assert_eq!(doc.title.as_deref(), Some("滨州市供热条例"));
    /// ```
    #[must_use]
    pub fn with_archive(mut self, archive: &crate::document::ArchiveFields) -> LinkDoc {
        if self.index == 0 {
            if self.title.is_none() {
                self.title = archive.title.as_ref().map(|t| t.text.clone());
            }
            if self.issuer.is_none() {
                self.issuer = archive.issuer.as_ref().map(|t| t.text.clone());
            }
        }
        self
    }

    /// The same document with the archive's id of its record (the
    /// `--jsonl-id` field), which the links table reports.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::link::LinkDoc;
    /// let doc = LinkDoc::new("laws.jsonl#L7", 0, "第一条 为了规范供热。", 0).with_id(Some("law-7"));
    /// assert_eq!(doc.id.as_deref(), Some("law-7"));
    /// ```
    #[must_use]
    pub fn with_id(mut self, id: Option<&str>) -> LinkDoc {
        self.id = id.map(str::to_owned);
        self
    }

    /// The logical document's span in its source.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.offset, self.offset + self.text.len())
    }

    /// The source text at a source `span` inside this document.
    #[must_use]
    pub fn slice(&self, span: Span) -> Option<&str> {
        let start = span.start.checked_sub(self.offset)?;
        let end = span.end.checked_sub(self.offset)?;
        self.text.get(start..end)
    }

    /// Fill `citations` with [`scan_citations`] over the text, leaving out the
    /// document's own number. For callers without the citation extractor.
    pub fn scan_citations(&mut self) {
        let own = self.doc_number.as_ref().map(DocRef::key);
        self.citations = scan_citations(&self.text, self.offset)
            .into_iter()
            .filter(|c| own.is_none() || c.doc_number.as_ref().map(DocRef::key) != own)
            .collect();
    }
}
