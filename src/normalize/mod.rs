//! A matching view of the source text, with a map back to source offsets.
//!
//! Extractors never match on the raw source: they match on [`Normalized`]
//! text and map every hit back with [`Normalized::to_original`], so spans
//! always point into the decoded source.

pub mod numerals;
mod offsets;

pub use offsets::{OffsetMap, OffsetMapBuilder};

use crate::Span;

/// Builds [`Normalized`] views of source texts. Build once, share by `&`.
#[derive(Clone, Debug, Default)]
pub struct Normalizer {}

impl Normalizer {
    /// A normaliser with the default rules.
    #[must_use]
    pub fn new() -> Normalizer {
        Normalizer {}
    }

    /// The matching view of `source`.
    #[must_use]
    pub fn normalize(&self, source: &str) -> Normalized {
        let mut b = OffsetMapBuilder::with_capacity(source.len());
        b.push_verbatim(source, 0);
        let (text, map) = b.finish();
        Normalized { text, map, noise: Vec::new(), warnings: Vec::new() }
    }
}

/// Normalised text plus the way back to the source.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    text: String,
    map: OffsetMap,
    noise: Vec<Span>,
    warnings: Vec<String>,
}

impl Normalized {
    /// The normalised text that matchers run on.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Map a span of the normalised text back to the source.
    #[must_use]
    pub fn to_original(&self, span: Span) -> Span {
        self.map.to_original(span)
    }

    /// Map a source span to the normalised span made from inside it.
    #[must_use]
    pub fn from_original(&self, span: Span) -> Span {
        self.map.from_original(span)
    }

    /// Source spans of lines recognised as noise (advertisements, page
    /// furniture) and kept out of the normalised text.
    #[must_use]
    pub fn noise(&self) -> &[Span] {
        &self.noise
    }

    /// What was odd but survivable.
    #[must_use]
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }
}
