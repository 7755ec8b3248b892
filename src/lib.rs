//! gongwen (公文) turns Chinese party and government documents into
//! structured, verifiable data: the header fields of GB/T 9704-2012
//! (issuer, 发文字号, title, recipients, date), the outline of the body, the
//! documents embedded in a forwarding notice, and the deadlines, quotas,
//! statistics, numbered slogans, directives and citations of every logical
//! document — each with the exact byte span of its text in the source.
//!
//! ```
//! use gongwen::{Analyzer, Meta};
//!
//! let analyzer = Analyzer::new(); // build once, share by & across threads
//! let text = "中共郑州市委党的群众路线教育实践活动 领导小组办公室文件\n\n\
//!             郑群办发〔2014〕21号\n\n\
//!             关于做好“四风”问题整改工作的通知\n\n\
//!             各县（市）区，市直各单位：\n\n\
//!             县处级以上领导干部集中学习不少于5天。整顿工作原则上5月底结束。\n\n\
//!             2014年3月22日\n";
//! let analysis = analyzer.analyze(text, &Meta::default());
//! let doc = &analysis.documents[0];
//!
//! let number = doc.document.doc_number.as_ref().expect("a document number");
//! assert_eq!((number.code.as_str(), number.year, number.serial), ("郑群办发", 2014, 21));
//! assert_eq!(doc.document.date.map(|d| d.value.to_string()), Some("2014-03-22".into()));
//!
//! let quota = &doc.findings.quotas[0];
//! assert_eq!((quota.text, quota.value), ("集中学习不少于5天", 5.0));
//! let deadline = &doc.findings.deadlines[0];
//! assert_eq!(deadline.end.map(|d| d.to_string()), Some("2014-05-31".into()));
//! assert_eq!(deadline.hedge, Some("原则上"));
//! assert_eq!(doc.findings.slogans[0].name, "四风");
//!
//! // Spans are byte offsets into the text given, whatever normalisation did.
//! assert_eq!(&text[quota.span], quota.text);
//! # Ok::<(), gongwen::Error>(())
//! ```
//!
//! # Pipeline
//!
//! Modules depend downward only, in this order:
//!
//! - [`span`](Span): byte spans into the decoded source; [`CharIndex`] for char offsets.
//! - [`normalize`]: the matching view (full-width folding, punctuation,
//!   page-break joins, markup and noise lines removed) with a map back to
//!   source offsets; [`normalize::numerals`] parses every kind of numeral.
//! - [`document`]: logical documents and their structure; [`document::DocNumber`].
//! - [`lexicon`] and [`segment`]: the policy lexicon and jieba-rs segmentation
//!   that keeps slogans, document numbers, titles, dates and quantities whole.
//! - [`extract`]: deadlines, quotas and statistics, slogans, directives, citations.
//! - [`analyze`]: the [`Analyzer`] that runs all of the above on one text.
//! - [`link`]: forwards, cites, implements and reuses links across documents.
//! - [`corpus`]: decoding (UTF-8, UTF-16, GB18030/GBK), walking inputs and
//!   JSON Lines archives, the ordered rayon batch and the output records.
//! - [`eval`]: precision, recall and F1 against hand-annotated documents
//!   (`gongwen eval`), by the rules of the development set's scorer.
//!
//! # Offsets
//!
//! Every public span is a half-open range of UTF-8 **byte** offsets into the
//! decoded source text (after removing a BOM and decoding GBK or UTF-16,
//! before any normalisation), and `&source[span] == item.text` holds for every
//! item. Extractors match on normalised text and map hits back; a span whose
//! text crosses a page break covers the break in the source.
//!
//! # Crate features
//!
//! - `cli` (default): the `gongwen` binary (clap, anyhow, indicatif, csv);
//!   it turns on `arrow` and `parquet`. The library builds without it:
//!   `default-features = false`.
//! - `arrow`: [`corpus::arrow`], the tables of [`corpus::table`] as Arrow
//!   record batches with a fixed schema per table (arrow-array,
//!   arrow-schema, serde_arrow), and the links table
//!   ([`corpus::link_table`]) likewise.
//! - `parquet`: [`corpus::parquet`], those batches streamed to Parquet files
//!   (parquet with Snappy only; implies `arrow`).
//!
//! # Performance
//!
//! Build an [`Analyzer`] once: it parses the lexicon and compiles every
//! pattern. The jieba dictionary is loaded only when tokens are first asked
//! for ([`Analyzer::tokens`]); extraction itself never segments. Analysis is a
//! pure function of one document, so [`corpus::batch`] spreads documents over
//! rayon's threads. Figures are in the README.

pub mod analyze;
pub mod corpus;
pub mod document;
mod error;
pub mod eval;
pub mod extract;
pub mod lexicon;
pub mod link;
pub mod normalize;
pub mod segment;
mod span;
#[cfg(test)]
mod test_rng;

pub use analyze::{Analysis, Analyzer, DocumentReport, Meta};
pub use error::{Error, ErrorKind, Result};
pub use span::{CharIndex, Span};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    #[test]
    fn engines_are_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<crate::Analyzer>();
        ok::<crate::Error>();
        ok::<crate::normalize::Normalizer>();
        ok::<crate::document::DocumentParser>();
        ok::<crate::segment::Segmenter>();
    }
}
