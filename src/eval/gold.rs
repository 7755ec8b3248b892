//! The gold annotation format: plain serde types, one JSON file per text.
//!
//! The format is the development set's (`corpus/devset/README.md`): every
//! `start`/`end` is a **char** offset (Unicode scalar values, end-exclusive)
//! into the text decoded from UTF-8, and every item's `text` is that slice.
//! Fields the scorer does not read (`note`, `hedge`, `year_level`, …) are
//! kept so that a file round-trips; unknown fields are ignored.
//!
//! Two arrays are optional and scored only where a file has them:
//! `directives[]` (`text`, `start`, `end`, `modality`) and `statistics[]`
//! (`text`, `start`, `end`, `value`, `unit`). `negatives` lists strings a
//! test asserts are *not* reported; the scorer ignores it.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// One gold file: the annotations of one text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldFile {
    /// Identifier, used in error lists (usually the file stem).
    pub id: String,
    /// The text's file name, looked up in the set's `texts/` folder.
    pub file: String,
    /// Where the text comes from, with its checksum.
    pub source: GoldSource,
    /// Administrative level (`national`, `provincial`, …), informational.
    #[serde(default)]
    pub level: Option<String>,
    /// The date the source dataset gives; passed as the analysis date
    /// ([`crate::Meta::date`]) unless disabled.
    #[serde(default)]
    pub meta_date: Option<Date>,
    /// Free notes.
    #[serde(default)]
    pub note: Option<String>,
    /// One entry per logical document, in order.
    pub documents: Vec<GoldDocument>,
    /// Dated deadlines.
    #[serde(default)]
    pub deadlines: Vec<GoldDeadline>,
    /// Spans that are neither required nor forbidden as deadlines or quotas.
    #[serde(default)]
    pub neutral: Vec<GoldNeutral>,
    /// Normative numeric requirements.
    #[serde(default)]
    pub quotas: Vec<GoldQuota>,
    /// Document numbers and 《titles》.
    #[serde(default)]
    pub citations: GoldCitations,
    /// Numbered slogans, one entry per distinct name.
    #[serde(default)]
    pub slogans: Vec<GoldSlogan>,
    /// Directive sentences; scored only when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directives: Option<Vec<GoldDirective>>,
    /// Reported figures; scored only when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Vec<GoldStatistic>>,
    /// What must not be reported (for tests; not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negatives: Option<Negatives>,
}

/// Provenance of a text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldSource {
    /// Repository or collection the text comes from.
    #[serde(default)]
    pub repo: Option<String>,
    /// Pinned commit of that repository.
    #[serde(default)]
    pub commit: Option<String>,
    /// Path inside it.
    #[serde(default)]
    pub path: Option<String>,
    /// Which record of that path.
    #[serde(default)]
    pub record: Option<String>,
    /// Lower-case hex SHA-256 of the text's bytes; checked before scoring.
    pub sha256: String,
    /// Length of the text in bytes.
    #[serde(default)]
    pub bytes: Option<usize>,
    /// Length of the text in chars.
    #[serde(default)]
    pub chars: Option<usize>,
}

/// The structure of one logical document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldDocument {
    /// Position among the text's logical documents, from 0.
    pub index: usize,
    /// 文种 as gongwen names it (`notice`, `letter`, `unknown`, …).
    pub kind: String,
    /// True when the document forwards or issues another.
    pub forwarding: bool,
    /// Its own 发文字号, as printed.
    pub doc_number: Option<String>,
    /// Its title, as printed (white space is ignored when scoring).
    pub title: Option<String>,
    /// The issuing organ.
    pub issuer: Option<String>,
    /// Joint issuers, each of which a predicted issuer must contain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuers: Option<Vec<String>>,
    /// True when a 发文机关标志 is printed; only then is the issuer scored.
    #[serde(default)]
    pub issuer_in_header: bool,
    /// 成文日期 printed in the text.
    pub date: Option<Date>,
    /// 主送机关, one entry per organ or group as listed.
    #[serde(default)]
    pub recipients: Vec<String>,
    /// The 印发 date of the 版记, when printed (not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub print_date: Option<Date>,
    /// Char offset where this logical document starts, when annotated (not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// Char offset where it ends; `None` with `start` set: at the end of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// Issued attachments without a date of their own (not scored).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub embedded: Vec<GoldEmbedded>,
    /// Free notes.
    #[serde(default)]
    pub note: Option<String>,
}

/// An attachment issued by a document (a 办法 after its 印发 notice).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldEmbedded {
    /// 文种 of the attachment.
    pub kind: String,
    /// Its title.
    pub title: Option<String>,
    /// True when it should count as a logical document of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub separate_document: Option<bool>,
    /// Free notes.
    #[serde(default)]
    pub note: Option<String>,
}

/// A dated deadline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldDeadline {
    /// The text slice.
    pub text: String,
    /// Char offset of the first char.
    pub start: usize,
    /// Char offset one past the last char.
    pub end: usize,
    /// Last day allowed (inclusive).
    pub end_date: Option<Date>,
    /// First day of a window, when there is one.
    #[serde(default)]
    pub start_date: Option<Date>,
    /// The hedge before it (`原则上`, `力争`).
    #[serde(default)]
    pub hedge: Option<String>,
    /// Index of the logical document it belongs to.
    #[serde(default)]
    pub document: Option<usize>,
    /// True for targets such as `到2025年`.
    #[serde(default)]
    pub year_level: bool,
    /// Free notes.
    #[serde(default)]
    pub note: Option<String>,
}

/// A span that is neither required nor forbidden as a deadline or quota.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldNeutral {
    /// The text slice.
    pub text: String,
    /// Char offset of the first char.
    pub start: usize,
    /// Char offset one past the last char.
    pub end: usize,
    /// Why (`vague`, `recurring`, `past`, `window`, …).
    #[serde(default)]
    pub why: Option<String>,
}

/// A normative numeric requirement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldQuota {
    /// The text slice.
    pub text: String,
    /// Char offset of the first char.
    pub start: usize,
    /// Char offset one past the last char.
    pub end: usize,
    /// `>=`, `<=`, `=`, `~` or `range`.
    pub comparator: String,
    /// The value in base units (万/亿 folded in); a percentage as the number.
    pub value: Option<f64>,
    /// Upper bound of a range.
    #[serde(default)]
    pub max: Option<f64>,
    /// Unit or measure word.
    pub unit: String,
    /// What the value is counted per.
    #[serde(default)]
    pub per: Option<String>,
    /// What is quantified (kept for the seeds' tests; not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// True for eligibility thresholds (`营业收入50亿元以上`).
    #[serde(default)]
    pub threshold: bool,
    /// True for 超过/小于/不满.
    #[serde(default)]
    pub strict: bool,
    /// Comparators accepted besides `comparator`.
    #[serde(default)]
    pub comparator_alt: Vec<String>,
    /// The hedge before it.
    #[serde(default)]
    pub hedge: Option<String>,
    /// Index of the logical document it belongs to.
    #[serde(default)]
    pub document: Option<usize>,
    /// Free notes.
    #[serde(default)]
    pub note: Option<String>,
}

/// The citations of a text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldCitations {
    /// Every 文号 occurrence (own, forwarded, cited).
    #[serde(default)]
    pub doc_numbers: Vec<GoldDocNumber>,
    /// Every outer 《title》, one entry per distinct text.
    #[serde(default)]
    pub titles: Vec<GoldTitle>,
}

/// A 文号 occurrence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldDocNumber {
    /// The text slice.
    pub text: String,
    /// Char offset of the first char.
    pub start: usize,
    /// Char offset one past the last char.
    pub end: usize,
    /// `own`, `forwarded`, `cited`, …
    #[serde(default)]
    pub role: Option<String>,
    /// False for irregular forms, which are not scored.
    #[serde(default = "yes")]
    pub standard: bool,
    /// The number as it should read where the text is cut (a page marker inside it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_normalized: Option<String>,
    /// Index of the logical document it belongs to.
    #[serde(default)]
    pub document: Option<usize>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn yes() -> bool {
    true
}

/// A 《title》 and where it occurs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldTitle {
    /// The title with its 《》, as printed.
    pub text: String,
    /// `cited`, `forwarded`, `reading`, `film`, …
    #[serde(default)]
    pub role: Option<String>,
    /// gongwen's matching key (kept for the seeds' tests; not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Index of the logical document it belongs to.
    #[serde(default)]
    pub document: Option<usize>,
    /// Where it occurs.
    #[serde(default)]
    pub occurrences: Vec<GoldOccurrence>,
}

/// A char span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldOccurrence {
    /// Char offset of the first char.
    pub start: usize,
    /// Char offset one past the last char.
    pub end: usize,
}

/// A numbered slogan, one entry per distinct name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldSlogan {
    /// The canonical name (`四风`, `三严三实`).
    pub name: String,
    /// The leading numeral.
    #[serde(default)]
    pub numeral: Option<u32>,
    /// Neither required nor counted false (plan names such as 十四五).
    #[serde(default)]
    pub optional: bool,
    /// The items, when known.
    #[serde(default)]
    pub expansion: Option<Vec<String>>,
    /// True when the text spells the items out.
    #[serde(default)]
    pub expansion_in_text: bool,
    /// True when gongwen's lexicon holds the name (kept for the seeds' tests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known: Option<bool>,
    /// Free notes.
    #[serde(default)]
    pub note: Option<String>,
    /// Where it occurs (the slice may be an alias such as `全国两会`).
    #[serde(default)]
    pub occurrences: Vec<GoldOccurrence>,
}

/// A directive sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldDirective {
    /// The text slice.
    pub text: String,
    /// Char offset of the first char.
    pub start: usize,
    /// Char offset one past the last char.
    pub end: usize,
    /// `must`, `prohibit`, `should` or `encourage`.
    pub modality: String,
    /// The cue word (kept for the seeds' tests; not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Who is addressed, as written (kept for the seeds' tests; not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
}

/// A reported figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldStatistic {
    /// The text slice.
    pub text: String,
    /// Char offset of the first char.
    pub start: usize,
    /// Char offset one past the last char.
    pub end: usize,
    /// The value in base units.
    pub value: f64,
    /// Unit or measure word; `null` in a gold file (a figure written without
    /// one, `过百亿`) reads as empty.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub unit: String,
    /// True for `多`, `余`, `约`, `近` (kept for the seeds' tests; not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approx: Option<bool>,
}

/// Strings that must not start a reported item (for tests; not scored).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Negatives {
    /// Not slogans (`一把手`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slogans: Vec<String>,
    /// Not citations (`湘机发 1220 号`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<String>,
    /// Sentences with a cue-like word that direct nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub directives: Vec<String>,
    /// Sentences that direct action without any cue word (a known limit).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imperatives_without_cue: Vec<String>,
    /// Non-directives the extractor is known to report.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub known_false_directives: Vec<String>,
}

impl GoldFile {
    /// Parse a gold file from JSON; `path` names it in the error.
    ///
    /// # Errors
    ///
    /// A [`crate::ErrorKind::Gold`] error when `json` is not a gold file.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::eval::GoldFile;
    /// let json = r#"{"id": "a", "file": "a.txt", "source": {"sha256": "00"},
    ///                "meta_date": "2021-07-12",
    ///                "documents": [{"index": 0, "kind": "notice", "forwarding": false,
    ///                               "doc_number": null, "title": null, "issuer": null,
    ///                               "date": null, "recipients": []}]}"#;
    /// let gold = GoldFile::from_json("a.json", json)?;
    /// assert_eq!(gold.documents[0].kind, "notice");
    /// assert!(gold.directives.is_none());
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    pub fn from_json(path: impl AsRef<Path>, json: &str) -> Result<GoldFile> {
        serde_json::from_str(json).map_err(|e| Error::gold(path.as_ref(), e.to_string()))
    }

    /// Read and parse a gold file.
    ///
    /// # Errors
    ///
    /// An `io` error when the file cannot be read, a `gold` error when it
    /// is not a gold file.
    pub fn read(path: impl AsRef<Path>) -> Result<GoldFile> {
        let path = path.as_ref();
        let json = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        GoldFile::from_json(path, &json)
    }
}

/// The gold files of an annotated set: `DIR/gold/*.json`, sorted by name,
/// skipping names that do not start with a letter or digit (`_schema.json`).
///
/// # Errors
///
/// An `io` error when `DIR/gold` cannot be listed, a `gold` error when it
/// holds no gold file.
pub fn gold_paths(dir: &Path) -> Result<Vec<PathBuf>> {
    let gold = dir.join("gold");
    let entries = std::fs::read_dir(&gold).map_err(|e| Error::io(&gold, e))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::io(&gold, e))?.path();
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let is_json = path.extension().is_some_and(|e| e == "json");
        if is_json && stem.chars().next().is_some_and(char::is_alphanumeric) {
            paths.push(path);
        }
    }
    paths.sort();
    if paths.is_empty() {
        return Err(Error::gold(gold, "no gold files (*.json)"));
    }
    Ok(paths)
}

fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(<Option<String> as serde::Deserialize>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"id": "x", "file": "x.txt", "source": {"sha256": "ab"},
        "documents": [{"index": 0, "kind": "letter", "forwarding": true, "doc_number": "民函〔2021〕742号",
                       "title": null, "issuer": "民政部", "issuer_in_header": true,
                       "date": "2021-07-12", "recipients": ["各省"]}],
        "deadlines": [{"text": "到2021年底前", "start": 3, "end": 11, "end_date": "2021-12-31"}],
        "quotas": [{"text": "50%以上", "start": 0, "end": 5, "comparator": ">=", "value": 50, "unit": "%"}],
        "directives": [{"text": "要加强", "start": 0, "end": 3, "modality": "must"}]}"#;

    #[test]
    fn parses_the_minimal_form() {
        let g = GoldFile::from_json("x.json", MINIMAL).expect("parses");
        assert_eq!(g.documents[0].date, Some(jiff::civil::date(2021, 7, 12)));
        assert_eq!(g.deadlines[0].end_date, Some(jiff::civil::date(2021, 12, 31)));
        assert_eq!(g.quotas[0].value, Some(50.0));
        assert!(g.quotas[0].comparator_alt.is_empty());
        assert_eq!(g.directives.as_ref().map(Vec::len), Some(1));
        assert!(g.statistics.is_none());
        assert!(g.citations.doc_numbers.is_empty());
    }

    #[test]
    fn bad_gold_names_its_file() {
        let e = GoldFile::from_json("gold/bad.json", r#"{"id": "x"}"#).expect_err("no file field");
        assert_eq!(e.code(), "gold");
        assert!(e.to_string().contains("gold/bad.json"), "{e}");
        let e = GoldFile::from_json("gold/bad.json", &MINIMAL.replace("2021-12-31", "2021-13-31"))
            .expect_err("bad date");
        assert!(e.to_string().contains("gold/bad.json"), "{e}");
    }
}
