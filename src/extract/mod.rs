//! Extractors: deadlines, quotas, statistics, slogans, directives, citations.
//!
//! Every extractor is built once (patterns compiled in its constructor) and
//! run per logical document on a [`Context`]: it matches the normalised text
//! and reports spans into the source.

pub mod book_title;
pub mod citation;
pub mod deadline;
pub mod directive;
pub mod genre;
pub(crate) mod lead_bytes;
pub mod quota;
pub mod sentence;
pub mod slogan;
pub mod time;
pub(crate) mod view;
pub(crate) mod word_tables;

use std::cell::OnceCell;

use crate::Span;
use crate::extract::time::{Reference, TimeExpr, TimeRecognizer, Times};
use crate::extract::view::View;
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
///
/// A context is also the document's **prepared layer**: what more than one
/// extractor needs (the healed matching view, line and sentence starts, the
/// time expressions, the 《title》 spans) is computed the first time one
/// asks and then shared, so a document is prepared once whatever the number
/// of extractors. Build one context per logical document and pass it by `&`
/// to every extractor.
#[derive(Clone, Debug)]
pub struct Context<'t, 'n> {
    source: &'t str,
    norm: &'n Normalized,
    region: Span,
    date: Option<jiff::civil::Date>,
    layer: OnceCell<Layer>,
    times: OnceCell<Times<'t>>,
}

/// The per-document data shared by the extractors (all offsets local to
/// [`Context::text`], except `view_titles`, which are view offsets).
#[derive(Clone, Debug)]
struct Layer {
    view: View,
    /// Byte offset of the start of every line of the local text (the first is 0).
    line_starts: Vec<usize>,
    sentences: Vec<Span>,
    /// 《title》 spans of the local text.
    titles: Vec<Span>,
    /// 《title》 spans of the view text.
    view_titles: Vec<Span>,
}

impl Layer {
    fn new(text: &str) -> Layer {
        let view = View::new(text);
        // A vector search for the newlines (issue 10: `match_indices` stops
        // at every one with a slower search).
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        let view_titles = book_title::book_titles(&view.text);
        Layer {
            line_starts,
            sentences: sentence::sentences(text).collect(),
            titles: book_title::book_titles(text),
            view_titles,
            view,
        }
    }
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
        Context {
            source,
            norm,
            region: norm.from_original(doc_span),
            date,
            layer: OnceCell::new(),
            times: OnceCell::new(),
        }
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

    fn layer(&self) -> &Layer {
        self.layer.get_or_init(|| Layer::new(self.text()))
    }

    /// The healed matching view of [`Context::text`] (page breaks inside a
    /// sentence removed), built once.
    pub(crate) fn view(&self) -> &View {
        &self.layer().view
    }

    /// 《title》 spans of the view, built once.
    pub(crate) fn view_titles(&self) -> &[Span] {
        &self.layer().view_titles
    }

    /// The time expressions of this document, recognised once (by the first
    /// extractor that asks) and shared by the others. Every
    /// [`TimeRecognizer`] is built from the same patterns, so which one runs
    /// does not matter.
    pub(crate) fn times(&self, recognizer: &TimeRecognizer) -> &[TimeExpr<'t>] {
        &self.time_layer(recognizer).exprs
    }

    /// The date the time expressions were resolved against: the document
    /// date, else the date the text makes clear (its signature date or the
    /// year of its document number), if any.
    pub(crate) fn time_reference(&self, recognizer: &TimeRecognizer) -> Option<Reference> {
        self.time_layer(recognizer).reference
    }

    fn time_layer(&self, recognizer: &TimeRecognizer) -> &Times<'t> {
        self.times.get_or_init(|| recognizer.find_in_view(self, self.view()))
    }

    /// Local spans of the sentences of [`Context::text`] (see
    /// [`sentence::sentences`]), in order.
    #[must_use]
    pub fn sentences(&self) -> &[Span] {
        &self.layer().sentences
    }

    /// Local spans of the 《titles》 of [`Context::text`] (see
    /// [`book_title::book_titles`]), in order.
    #[must_use]
    pub fn titles(&self) -> &[Span] {
        &self.layer().titles
    }

    /// The sentence of [`Context::text`] that holds local offset `at`, by
    /// binary search.
    #[must_use]
    pub fn sentence_at(&self, at: usize) -> Option<Span> {
        let s = self.sentences();
        let i = s.partition_point(|x| x.end.max(x.start + 1) <= at);
        s.get(i).copied().filter(|x| x.start <= at)
    }

    /// The local span of the line of [`Context::text`] that holds local
    /// offset `at`, without its line break, by binary search.
    #[must_use]
    pub fn line_at(&self, at: usize) -> Span {
        let starts = &self.layer().line_starts;
        let i = starts.partition_point(|&s| s <= at).saturating_sub(1);
        let start = starts.get(i).copied().unwrap_or(0);
        let end = starts.get(i + 1).map_or(self.text().len(), |&n| n.saturating_sub(1));
        Span::new(start, end.max(start))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    #[test]
    fn lines_and_sentences_by_binary_search() {
        let text = "第一行。第二句\n第二行\n\n末行";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        let t = cx.text();
        let at = |needle: &str| t.find(needle).unwrap_or(usize::MAX);
        assert_eq!(&t[cx.line_at(at("第二句"))], "第一行。第二句");
        assert_eq!(&t[cx.line_at(at("第二行"))], "第二行");
        assert_eq!(&t[cx.line_at(at("末行"))], "末行");
        assert_eq!(cx.sentence_at(at("第二句")).map(|s| &t[s]), Some("第二句"));
        assert_eq!(cx.sentence_at(0).map(|s| &t[s]), Some("第一行。"));
    }

    #[test]
    fn times_are_recognised_once_and_shared() {
        let text = "请于4月10日前报送。";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        let a = TimeRecognizer::new();
        let first = cx.times(&a).as_ptr();
        assert_eq!(cx.times(&TimeRecognizer::new()).as_ptr(), first);
        assert_eq!(cx.times(&a).len(), 1);
    }
}
