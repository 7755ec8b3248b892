//! Extractors: deadlines, quotas, statistics, slogans, directives, citations.
//!
//! Every extractor is built once (patterns compiled in its constructor) and
//! run per logical document on a [`Context`]: it matches the normalised text
//! and reports spans into the source.

pub mod citation;
pub mod deadline;
pub mod directive;
pub mod quota;
pub mod sentence;
pub mod slogan;
pub mod time;

use crate::Span;
use crate::normalize::Normalized;

/// One logical document prepared for matching.
///
/// Extractors match on [`Context::text`] (normalised) and turn a hit into a
/// source span and source text with [`Context::locate`], so that
/// `&source[span] == text` always holds.
///
/// Two lifetimes: `'t` is the source text that findings borrow, `'n` the
/// normalised view that only matchers see, so no finding can hold a slice of
/// normalised text by mistake.
#[derive(Clone, Copy, Debug)]
pub struct Context<'t, 'n> {
    source: &'t str,
    norm: &'n Normalized,
    region: Span,
    date: Option<jiff::civil::Date>,
}

impl<'t, 'n> Context<'t, 'n> {
    /// The context for the logical document at `doc_span` (source byte span)
    /// of `source`, whose normalised view is `norm`. `date` is the date that
    /// relative time expressions resolve against.
    #[must_use]
    pub fn new(
        source: &'t str,
        norm: &'n Normalized,
        doc_span: Span,
        date: Option<jiff::civil::Date>,
    ) -> Context<'t, 'n> {
        Context { source, norm, region: norm.from_original(doc_span), date }
    }

    /// The context covering the whole of `source`.
    #[must_use]
    pub fn whole(source: &'t str, norm: &'n Normalized, date: Option<jiff::civil::Date>) -> Self {
        Context::new(source, norm, Span::new(0, source.len()), date)
    }

    /// The decoded source text (all of it, not only this document).
    #[must_use]
    pub fn source(&self) -> &'t str {
        self.source
    }

    /// The normalised text of this document, which matchers run on.
    /// Offsets into it are *local*: pass them to [`Context::locate`].
    #[must_use]
    pub fn text(&self) -> &'n str {
        self.norm.as_str().get(self.region.start..self.region.end).unwrap_or("")
    }

    /// The date relative expressions resolve against, if known.
    #[must_use]
    pub fn date(&self) -> Option<jiff::civil::Date> {
        self.date
    }

    /// Map a local span of [`Context::text`] to its source span and source text.
    #[must_use]
    pub fn locate(&self, local: Span) -> (Span, &'t str) {
        let span = self.norm.to_original(local.shift(self.region.start));
        // to_original always yields char boundaries of the source; the
        // fallback keeps the invariant even if it did not.
        match span.get(self.source) {
            Some(text) => (span, text),
            None => (Span::new(span.start, span.start), ""),
        }
    }
}
