//! Evaluation against hand-annotated documents: precision, recall and F1 per
//! category, and every miss and false finding with its context.
//!
//! An annotated set is a folder with `gold/*.json` (one [`GoldFile`] per
//! text, char offsets) and `texts/` (the texts each gold `file` names).
//! [`evaluate`] runs [`Analyzer::analyze`] on every text, with the gold's
//! `meta_date` as [`Meta::date`] unless [`EvalOptions::meta_dates`] is off,
//! and scores the result by the rules of the development set's reference
//! scorer (`corpus/devset/tools/score.py`), which it reproduces exactly.
//!
//! # Examples
//!
//! ```no_run
//! use gongwen::Analyzer;
//! use gongwen::eval::{Category, EvalOptions, evaluate};
//! let report = evaluate("corpus/devset".as_ref(), &Analyzer::new(), &EvalOptions::default())?;
//! let quotas = report.scores.tallies[&Category::Quotas];
//! println!("quotas F1 {:.3} ({} of {} found)", quotas.f1(), quotas.tp, quotas.gold);
//! print!("{}", report.to_table(5));
//! # Ok::<(), gongwen::Error>(())
//! ```

pub mod gold;
mod report;
pub mod score;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

pub use gold::{GoldFile, gold_paths};
pub use score::{Category, Field, FieldTally, Miss, Scorecard, Tally};

use crate::{Analyzer, Error, Meta, Result};

/// How an evaluation runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EvalOptions {
    /// Pass each gold file's `meta_date` as the analysis date (`--date`).
    /// Default true.
    pub meta_dates: bool,
}

impl Default for EvalOptions {
    fn default() -> EvalOptions {
        EvalOptions { meta_dates: true }
    }
}

/// The result of evaluating one annotated set.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EvalReport {
    /// Number of gold files scored.
    pub files: usize,
    /// Whether the gold `meta_date`s were passed as analysis dates.
    pub meta_dates: bool,
    /// Tallies and errors summed over the set.
    pub scores: Scorecard,
}

impl EvalReport {
    /// F1 of `cat`, or `None` when no file scored it.
    #[must_use]
    pub fn f1(&self, cat: Category) -> Option<f64> {
        self.scores.tallies.get(&cat).map(Tally::f1)
    }
}

/// A gold file read with its text.
#[derive(Clone, Debug)]
pub struct Annotated {
    /// Path of the gold file.
    pub gold_path: PathBuf,
    /// The gold annotations.
    pub gold: GoldFile,
    /// Path of the text.
    pub text_path: PathBuf,
    /// The text, decoded from UTF-8 (the gold's offsets are chars of it).
    pub text: String,
}

impl Annotated {
    /// Read the gold file at `gold_path` and its text from `texts_dir`,
    /// checking the text against the gold's SHA-256.
    ///
    /// # Errors
    ///
    /// `io` when a file cannot be read; `gold` when the gold file does not
    /// parse, its text is not UTF-8, or the text's SHA-256 differs.
    pub fn read(gold_path: &Path, texts_dir: &Path) -> Result<Annotated> {
        let gold = GoldFile::read(gold_path)?;
        let text_path = texts_dir.join(&gold.file);
        let bytes = std::fs::read(&text_path).map_err(|e| Error::io(&text_path, e))?;
        let digest = sha256_hex(&bytes);
        if !digest.eq_ignore_ascii_case(gold.source.sha256.trim()) {
            let reason = format!(
                "{} differs from the text it was written for (sha256 {digest}, gold {})",
                text_path.display(),
                gold.source.sha256
            );
            return Err(Error::gold(gold_path, reason));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            Error::gold(gold_path, format!("{} is not UTF-8: {e}", text_path.display()))
        })?;
        Ok(Annotated { gold_path: gold_path.to_path_buf(), gold, text_path, text })
    }

    /// Analyse the text and score it against the gold.
    #[must_use]
    pub fn score(&self, analyzer: &Analyzer, opts: &EvalOptions) -> Scorecard {
        let meta = Meta {
            id: Some(self.gold.id.clone()),
            date: if opts.meta_dates { self.gold.meta_date } else { None },
            ..Meta::default()
        };
        let analysis = analyzer.analyze(&self.text, &meta);
        score::score_file(&self.gold, &self.text, &analysis)
    }
}

/// Read every gold file of the annotated set in `dir` with its text.
///
/// # Errors
///
/// The first gold file or text that cannot be used (see [`Annotated::read`]).
pub fn read_set(dir: &Path) -> Result<Vec<Annotated>> {
    let texts = dir.join("texts");
    gold_paths(dir)?.iter().map(|p| Annotated::read(p, &texts)).collect()
}

/// Evaluate `analyzer` on the annotated set in `dir` (`gold/`, `texts/`).
///
/// Texts are analysed in parallel; the tallies and error lists come out in
/// gold file order whatever the scheduling.
///
/// # Errors
///
/// When a gold file or text cannot be used (see [`Annotated::read`]);
/// nothing is scored then.
pub fn evaluate(dir: &Path, analyzer: &Analyzer, opts: &EvalOptions) -> Result<EvalReport> {
    let set = read_set(dir)?;
    let cards: Vec<Scorecard> = set.par_iter().map(|a| a.score(analyzer, opts)).collect();
    let mut scores = Scorecard::default();
    for card in cards {
        scores.merge(card);
    }
    Ok(EvalReport { files: set.len(), meta_dates: opts.meta_dates, scores })
}

/// Lower-case hex SHA-256 of `bytes` (the `sha2` crate).
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_set(name: &str, text: &str, gold: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("gongwen-eval-{name}-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("gold")).expect("temp gold dir");
        std::fs::create_dir_all(dir.join("texts")).expect("temp texts dir");
        std::fs::write(dir.join("texts/a.txt"), text).expect("write text");
        std::fs::write(dir.join("gold/a.json"), gold).expect("write gold");
        dir
    }

    const TEXT: &str = "郑群办发〔2014〕21号\n\n关于做好学习教育工作的通知\n\n各县（市）区：\n\n\
                        县处级以上领导干部集中学习不少于5天，原则上4月底前完成。\n\n2014年3月22日\n";

    fn gold_json(sha: &str) -> String {
        let chars = |s: &str| TEXT.find(s).map(|b| TEXT[..b].chars().count()).expect("in text");
        let (q, d) = (chars("集中学习不少于5天"), chars("4月底前"));
        serde_json::json!({
            "id": "a", "file": "a.txt", "source": {"sha256": sha}, "meta_date": null,
            "documents": [{"index": 0, "kind": "notice", "forwarding": false,
                "doc_number": "郑群办发〔2014〕21号", "title": "关于做好学习教育工作的通知",
                "issuer": null, "issuer_in_header": false, "date": "2014-03-22",
                "recipients": ["各县（市）区"]}],
            "deadlines": [{"text": "4月底前", "start": d, "end": d + 4, "end_date": "2014-04-30"}],
            "quotas": [{"text": "集中学习不少于5天", "start": q, "end": q + 9, "comparator": ">=",
                "value": 5, "max": null, "unit": "天"}],
            "citations": {"doc_numbers": [{"text": "郑群办发〔2014〕21号", "start": 0, "end": 14}]},
            "statistics": []
        })
        .to_string()
    }

    #[test]
    fn scores_a_small_set() {
        let dir = temp_set("ok", TEXT, &gold_json(&sha256_hex(TEXT.as_bytes())));
        let report = evaluate(&dir, &Analyzer::new(), &EvalOptions::default()).expect("evaluates");
        let t = &report.scores.tallies;
        assert_eq!(report.files, 1);
        assert_eq!(t[&Category::Quotas], Tally { tp: 1, pred: 1, gold: 1 });
        assert_eq!(t[&Category::Deadlines], Tally { tp: 1, pred: 1, gold: 1 });
        assert_eq!(t[&Category::CitationsDocno], Tally { tp: 1, pred: 1, gold: 1 });
        assert_eq!(t[&Category::Statistics], Tally { tp: 0, pred: 0, gold: 0 });
        assert!(!t.contains_key(&Category::Directives), "no directives[] in the gold");
        assert_eq!(report.scores.fields[&Field::DocNumber], FieldTally { ok: 1, total: 1 });
        assert!(!report.scores.fields.contains_key(&Field::Issuer));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_changed_text_is_refused() {
        let dir = temp_set("sha", TEXT, &gold_json("00"));
        let err = evaluate(&dir, &Analyzer::new(), &EvalOptions::default()).expect_err("sha");
        assert_eq!(err.code(), "gold");
        assert!(err.to_string().contains("a.json"), "{err}");
        let _ = std::fs::remove_dir_all(dir);
    }
}
