//! The analyser: every stage built once, run on one text at a time.

use serde::Serialize;

use crate::Span;
use crate::document::{Document, DocumentParser};
use crate::normalize::Normalizer;

/// Optional facts about a text that its content may not give.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// An identifier the caller uses for this text.
    pub id: Option<String>,
    /// A known date, used when a document states none of its own.
    pub date: Option<jiff::civil::Date>,
}

/// All of gongwen's engines, built once and shared by `&` across threads.
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    normalizer: Normalizer,
    parser: DocumentParser,
}

impl Analyzer {
    /// An analyser with the built-in lexicons and patterns.
    #[must_use]
    pub fn new() -> Analyzer {
        Analyzer { normalizer: Normalizer::new(), parser: DocumentParser::new() }
    }

    /// Analyse one decoded source text.
    #[must_use]
    pub fn analyze<'t>(&self, source: &'t str, meta: &Meta) -> Analysis<'t> {
        let norm = self.normalizer.normalize(source);
        let _ = meta;
        let documents = self
            .parser
            .parse(source)
            .into_iter()
            .enumerate()
            .map(|(index, document)| DocumentReport { index, document })
            .collect();
        Analysis { documents, warnings: norm.warnings().to_vec() }
    }
}

/// The result of analysing one source text.
#[derive(Clone, Debug, Serialize)]
pub struct Analysis<'t> {
    /// The logical documents, in order of appearance.
    pub documents: Vec<DocumentReport<'t>>,
    /// Warnings about the text as a whole.
    pub warnings: Vec<String>,
}

/// One logical document with everything extracted from it.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentReport<'t> {
    /// Position of this logical document inside its source, from 0.
    pub index: usize,
    /// Its structure.
    #[serde(flatten)]
    pub document: Document<'t>,
}

impl DocumentReport<'_> {
    /// Where this logical document lies in the source.
    #[must_use]
    pub fn span(&self) -> Span {
        self.document.span
    }
}
