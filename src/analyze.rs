//! The analyser: every stage built once, run on one text at a time.
//!
//! [`Analyzer::analyze`] is a pure function of one text (and its [`Meta`]):
//! it normalises the text, splits it into logical documents, parses each
//! document's structure and runs every extractor on it. That is what makes
//! batch runs embarrassingly parallel (see [`crate::corpus::batch`]).

use std::sync::OnceLock;

use serde::Serialize;

use crate::Span;
use crate::document::{ArchiveDate, ArchiveFields, ArchiveItem, Document, DocumentParser};
use crate::extract::Context;
use crate::extract::citation::{Citation, CitationExtractor};
use crate::extract::deadline::{Deadline, DeadlineExtractor};
use crate::extract::directive::{Directive, DirectiveExtractor};
use crate::extract::genre::Reading;
use crate::extract::quota::{Quota, QuotaExtractor, Statistic};
use crate::extract::slogan::{Slogan, SloganExtractor};
use crate::lexicon::Lexicon;
use crate::normalize::{Normalized, Normalizer};
use crate::segment::{Segmenter, Token};

/// Optional facts about a text that its content may not give (an archive
/// record's id, date, title, 文号 and issuer).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// An identifier the caller uses for this text.
    pub id: Option<String>,
    /// The archive's date of the text, used when a document states none of
    /// its own: relative deadlines resolve against it, and the first
    /// document's record shows it as its date, marked `from_meta`.
    pub date: Option<jiff::civil::Date>,
    /// A date relative deadlines resolve against when neither the document
    /// nor the archive (`date`) gives one (`extract --date`); never shown as
    /// a document's date.
    pub reference_date: Option<jiff::civil::Date>,
    /// The title the archive records, for a text that does not state one.
    pub title: Option<String>,
    /// The 发文字号 the archive records (`晋政办发〔2017〕138号`).
    pub doc_number: Option<String>,
    /// The issuing organ the archive records.
    pub issuer: Option<String>,
}

impl Meta {
    /// The archive values that `document` (the first logical document of
    /// the text) does not state itself; the text always wins.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::{Analyzer, Meta};
    /// let meta = Meta { title: Some("关于做好工作的通知".into()), doc_number: Some("鲁政办字〔2020〕5号".into()), ..Meta::default() };
    /// let analysis = Analyzer::new().analyze("各市人民政府：\n现将有关事项通知如下。", &meta);
    /// let title = analysis.archive.title.as_ref().unwrap();
    /// assert_eq!((title.text.as_str(), title.span, title.from_meta), ("关于做好工作的通知", None, true));
    /// assert_eq!(analysis.archive.doc_number.as_ref().unwrap().doc_number.as_ref().unwrap().serial, 5);
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn archive_fields(&self, document: &Document<'_>) -> ArchiveFields {
        let take = |v: &Option<String>, stated: bool, f: fn(&str) -> Option<ArchiveItem>| {
            if stated { None } else { v.as_deref().and_then(f) }
        };
        ArchiveFields {
            issuer: take(&self.issuer, document.issuer.is_some(), ArchiveItem::new),
            doc_number: take(
                &self.doc_number,
                document.doc_number.is_some(),
                ArchiveItem::doc_number,
            ),
            title: take(&self.title, document.title.is_some(), ArchiveItem::new),
            date: self.date.filter(|_| document.date.is_none()).map(ArchiveDate::new),
        }
    }
}

/// All of gongwen's engines, built once and shared by `&` across threads.
///
/// Building one parses the lexicon and compiles every pattern (a few
/// milliseconds); the jieba dictionary is loaded only the first time
/// [`Analyzer::tokens`] is called.
///
/// # Examples
///
/// ```
/// use gongwen::{Analyzer, Meta};
/// let analyzer = Analyzer::new();
/// let text = "郑群办发〔2014〕21号\n\n关于做好学习教育工作的通知\n\n\
///             各县（市）区：\n\n县处级以上领导干部集中学习不少于5天，原则上4月底前完成。\n\n\
///             2014年3月22日\n";
/// let analysis = analyzer.analyze(text, &Meta::default());
/// let doc = &analysis.documents[0];
/// assert_eq!(doc.document.doc_number.as_ref().map(|n| n.serial), Some(21));
/// let quota = &doc.findings.quotas[0];
/// assert_eq!(quota.value, 5.0);
/// assert_eq!(&text[quota.span], quota.text);
/// let deadline = &doc.findings.deadlines[0];
/// assert_eq!(deadline.end.map(|d| d.to_string()), Some("2014-04-30".to_string()));
/// # Ok::<(), gongwen::Error>(())
/// ```
#[derive(Debug)]
pub struct Analyzer {
    normalizer: Normalizer,
    parser: DocumentParser,
    lexicon: Lexicon,
    deadlines: DeadlineExtractor,
    quotas: QuotaExtractor,
    slogans: SloganExtractor,
    directives: DirectiveExtractor,
    citations: CitationExtractor,
    segmenter: OnceLock<Segmenter>,
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer::new()
    }
}

impl Analyzer {
    /// An analyser with the built-in lexicons and patterns.
    #[must_use]
    pub fn new() -> Analyzer {
        let lexicon = Lexicon::new();
        Analyzer {
            normalizer: Normalizer::new(),
            parser: DocumentParser::new(),
            deadlines: DeadlineExtractor::new(),
            quotas: QuotaExtractor::new(),
            slogans: SloganExtractor::with_lexicon(lexicon.clone()),
            directives: DirectiveExtractor::new(),
            citations: CitationExtractor::new(),
            segmenter: OnceLock::new(),
            lexicon,
        }
    }

    /// An analyser that uses `normalizer` for its matching view.
    #[must_use]
    pub fn with_normalizer(normalizer: Normalizer) -> Analyzer {
        Analyzer { normalizer, ..Analyzer::new() }
    }

    /// The normaliser every extractor matches through.
    #[must_use]
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The policy lexicon (slogans, terms, organ names).
    #[must_use]
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The segmenter, built (jieba dictionary loaded) on first use.
    pub fn segmenter(&self) -> &Segmenter {
        self.segmenter.get_or_init(|| Segmenter::with_lexicon(&self.lexicon))
    }

    /// Tokens of `text` with byte spans and part-of-speech tags; document
    /// numbers, 《titles》, dates and quantities stay whole.
    pub fn tokens<'t>(&self, text: &'t str) -> impl Iterator<Item = Token<'t>> {
        self.segmenter().tokens(text)
    }

    /// Analyse one decoded source text.
    #[must_use]
    pub fn analyze<'t>(&self, source: &'t str, meta: &Meta) -> Analysis<'t> {
        let norm = self.normalizer.normalize(source);
        let documents: Vec<DocumentReport<'t>> = self
            .parser
            .parse(source)
            .into_iter()
            .enumerate()
            .map(|(index, document)| self.report(source, &norm, index, document, meta))
            .collect();
        let archive =
            documents.first().map(|d| meta.archive_fields(&d.document)).unwrap_or_default();
        Analysis { documents, warnings: norm.warnings().to_vec(), archive }
    }

    fn report<'t>(
        &self,
        source: &'t str,
        norm: &Normalized,
        index: usize,
        document: Document<'t>,
        meta: &Meta,
    ) -> DocumentReport<'t> {
        let date = document.date.map(|d| d.value).or(meta.date).or(meta.reference_date);
        let cx = Context::new(source, norm, document.span, date);
        // The structure parser has already judged statutes and news; only a
        // document it left as a notice or unknown is looked at again (a
        // notice whose attachment is written in articles reads as a statute).
        let reading =
            Reading::of_kind(document.kind, cx.text(), document.title.as_ref().map(|t| t.text));
        let genre = reading.genre;
        let deadlines = self.deadlines.find_iter_in(&cx, reading);
        let (quotas, statistics) = self.quotas.find_all_as(&cx, reading);
        let slogans: Vec<Slogan<'t>> = self.slogans.find_iter(&cx).collect();
        let deadline_spans = Inside::new(deadlines.iter().map(|d| d.span));
        let quota_spans = Inside::new(quotas.iter().map(|q| q.span));
        let directives = self
            .directives
            .find_iter_as(&cx, genre)
            .map(|directive| DirectiveReport::attach(directive, &deadline_spans, &quota_spans))
            .collect();
        let citations = self.citations.find_iter(&cx).collect();

        let mut warnings = document.warnings.clone();
        // Noise lines inside this document (the normaliser reports one
        // warning per noise span, in the same order).
        for (span, warning) in norm.noise().iter().zip(norm.warnings()) {
            if document.span.contains(*span) {
                warnings.push(warning.clone());
            }
        }
        warnings.extend(
            deadlines.iter().filter_map(|d| Some(format!("deadline {}: {}", d.text, d.warning?))),
        );
        warnings.extend(slogans.iter().filter_map(|s| s.warning.clone()));

        DocumentReport {
            index,
            document,
            findings: Findings { deadlines, quotas, statistics, slogans, directives, citations },
            warnings,
        }
    }
}

/// The result of analysing one source text.
#[derive(Clone, Debug, Serialize)]
pub struct Analysis<'t> {
    /// The logical documents, in order of appearance.
    pub documents: Vec<DocumentReport<'t>>,
    /// Warnings about the text as a whole (noise lines removed from matching, …).
    pub warnings: Vec<String>,
    /// Archive values (see [`Meta`]) for header fields the first document
    /// does not state.
    #[serde(skip_serializing_if = "ArchiveFields::is_empty")]
    pub archive: ArchiveFields,
}

/// One logical document with everything extracted from it.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentReport<'t> {
    /// Position of this logical document inside its source, from 0.
    pub index: usize,
    /// Its structure: header fields and outline.
    pub document: Document<'t>,
    /// What the extractors found in it.
    pub findings: Findings<'t>,
    /// Everything odd but survivable about this document: structure,
    /// noise lines, unresolved deadlines, slogan expansions that miscount.
    pub warnings: Vec<String>,
}

impl DocumentReport<'_> {
    /// Where this logical document lies in the source.
    #[must_use]
    pub fn span(&self) -> Span {
        self.document.span
    }
}

/// Everything the extractors found in one logical document, each list in
/// source order.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Findings<'t> {
    /// Time limits attached to required actions.
    pub deadlines: Vec<Deadline<'t>>,
    /// Normative numeric requirements.
    pub quotas: Vec<Quota<'t>>,
    /// Reported figures.
    pub statistics: Vec<Statistic<'t>>,
    /// Numbered formulations (数字式提法), one per occurrence.
    pub slogans: Vec<Slogan<'t>>,
    /// Requirements, prohibitions and encouragements.
    pub directives: Vec<DirectiveReport<'t>>,
    /// Document numbers and 《titles》.
    pub citations: Vec<Citation<'t>>,
}

/// A directive with the deadlines and quotas found inside it.
///
/// Serialises as the directive's fields followed by `deadlines` and
/// `quotas` (what `#[serde(flatten)]` would write, without its detour
/// through a map of unknown length: every directive of every record).
#[derive(Clone, Debug)]
pub struct DirectiveReport<'t> {
    /// The directive.
    pub directive: Directive<'t>,
    /// Indices into [`Findings::deadlines`] of the deadlines inside its span.
    pub deadlines: Vec<usize>,
    /// Indices into [`Findings::quotas`] of the quotas inside its span.
    pub quotas: Vec<usize>,
}

impl Serialize for DirectiveReport<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let d = &self.directive;
        let mut s = serializer.serialize_struct("DirectiveReport", 7)?;
        s.serialize_field("text", d.text)?;
        s.serialize_field("span", &d.span)?;
        s.serialize_field("modality", &d.modality)?;
        s.serialize_field("cue", &d.cue)?;
        s.serialize_field("actor", &d.actor)?;
        s.serialize_field("deadlines", &self.deadlines)?;
        s.serialize_field("quotas", &self.quotas)?;
        s.end()
    }
}

impl<'t> DirectiveReport<'t> {
    fn attach(directive: Directive<'t>, deadlines: &Inside, quotas: &Inside) -> Self {
        DirectiveReport {
            deadlines: deadlines.within(directive.span),
            quotas: quotas.within(directive.span),
            directive,
        }
    }
}

/// The spans of one kind of finding, asked which lie inside a directive.
///
/// The spans are indexed by start once, so the ones inside a span are found
/// by binary search and a short scan, not by testing every finding against
/// every directive (issue 10: quadratic on a 16 MiB text).
struct Inside {
    /// `(start, end, index)` of every span, sorted.
    by_start: Vec<(usize, usize, usize)>,
}

impl Inside {
    fn new(spans: impl Iterator<Item = Span>) -> Inside {
        let mut by_start: Vec<_> = spans.enumerate().map(|(i, s)| (s.start, s.end, i)).collect();
        by_start.sort_unstable();
        Inside { by_start }
    }

    /// Indices of the spans inside `outer`, in increasing order.
    fn within(&self, outer: Span) -> Vec<usize> {
        let from = self.by_start.partition_point(|&(s, _, _)| s < outer.start);
        let mut found: Vec<usize> = self
            .by_start
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&(s, _, _)| s <= outer.end)
            .filter(|&&(_, e, _)| e <= outer.end)
            .map(|&(_, _, i)| i)
            .collect();
        found.sort_unstable();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyzer_is_send_sync_and_reusable() {
        fn ok<T: Send + Sync>() {}
        ok::<Analyzer>();
        let a = Analyzer::new();
        assert!(a.analyze("", &Meta::default()).documents.len() <= 1);
        let r = a.analyze("要在4月底前完成。", &Meta::default());
        // No document date and none given: the deadline stays unresolved and says so.
        let doc = &r.documents[0];
        assert_eq!(doc.findings.deadlines.len(), 1);
        assert_eq!(doc.findings.deadlines[0].end, None);
        assert!(
            doc.warnings.iter().any(|w| w.starts_with("deadline ") && w.contains("4月底前")),
            "{:?}",
            doc.warnings
        );
    }

    #[test]
    fn meta_date_resolves_when_the_text_has_none() {
        let a = Analyzer::new();
        let meta = Meta { date: Some(jiff::civil::date(2014, 3, 14)), ..Meta::default() };
        let r = a.analyze("整顿工作原则上5月底结束。", &meta);
        let d = &r.documents[0].findings.deadlines[0];
        assert_eq!(d.end, Some(jiff::civil::date(2014, 5, 31)));
        assert_eq!(d.hedge, Some("原则上"));
    }

    #[test]
    fn issue_10_inside_matches_testing_every_span() {
        // Out of order and overlapping, as quotas can be.
        let spans = [(5, 9), (0, 4), (5, 7), (3, 12), (9, 9), (10, 11), (8, 10), (2, 3)]
            .map(|(a, b)| Span::new(a, b));
        let inside = Inside::new(spans.iter().copied());
        for a in 0..14 {
            for b in a..14 {
                let outer = Span::new(a, b);
                let want: Vec<usize> =
                    (0..spans.len()).filter(|&i| outer.contains(spans[i])).collect();
                assert_eq!(inside.within(outer), want, "{outer:?}");
            }
        }
    }

    #[test]
    fn directives_carry_their_deadlines_and_quotas() {
        let a = Analyzer::new();
        let meta = Meta { date: Some(jiff::civil::date(2014, 3, 14)), ..Meta::default() };
        let r = a.analyze("县处级以上领导干部要集中学习不少于5天，原则上4月底前完成。", &meta);
        let f = &r.documents[0].findings;
        let d = &f.directives[0];
        assert_eq!(d.quotas, [0]);
        assert_eq!(d.deadlines, [0]);
    }

    #[test]
    fn directive_report_serialises_as_its_directive_flattened() {
        let a = Analyzer::new();
        let r = a.analyze("各单位要在4月底前完成，每人不少于5天。", &Meta::default());
        let d = &r.documents[0].findings.directives[0];
        let got = serde_json::to_string(d).unwrap_or_default();
        // The directive's own fields, in order, then the two index lists.
        let mut want = serde_json::to_string(&d.directive).unwrap_or_default();
        want.pop();
        let tail = serde_json::json!({ "deadlines": d.deadlines, "quotas": d.quotas }).to_string();
        want.push(',');
        want.push_str(tail.get(1..).unwrap_or_default());
        assert_eq!(got, want);
        assert!(got.contains("\"actor\""), "{got}");
    }
}
