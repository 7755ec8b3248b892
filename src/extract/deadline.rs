//! Deadlines: time limits attached to a required action.
//!
//! A time expression (see [`crate::extract::time`]) becomes a deadline when
//! its sentence makes it a requirement and it is not about the past:
//!
//! - a hedge right before it (`原则上`, `力争`, `确保`, `务必`, `争取`), or a
//!   modal (`要`, `应`, `必须`, `须`, `需要`, …) before it in the sentence, or
//!   right after it with no past marker (`了`, `已`) in between;
//! - vague timing (`尽快`, `及时`, `近期`, `限期`) needs more: a completion
//!   verb right after it (`尽快启动`, `及时报`, `限期整改到位`), or it opens the
//!   sentence as its topic (`近期，各级党委要…`).
//!
//! `3月17日至18日，习近平总书记深入…` (no requirement) and
//! `3月28日至31日，市委活动办…进行了抽查` (past) are not deadlines.
//!
//! The deadline's `text` runs from the hedge (or `在`/`于`) through the time
//! expression to the completion verb when one follows within a few chars
//! (`原则上3月中旬动员结束`, `确保在4月底前完成`); `sentence` is the source span
//! of the sentence holding it. A hedge counts only when it stands right before
//! the time expression: in `确保在4月底前完成…，6月底前完成…` the second
//! deadline has no hedge.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use jiff::civil::Date;
use serde::{Serialize, Serializer};

use crate::Span;
use crate::extract::Context;
use crate::extract::time::{TimeKind, TimeRecognizer, TimeWarning};

/// A time limit attached to a required action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline<'t> {
    /// `&source[span]`.
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// Last day allowed (inclusive), ISO in JSON; `null` when vague, recurring
    /// or unresolved.
    #[serde(serialize_with = "iso")]
    pub end: Option<Date>,
    /// First day of the window, when the expression gives one.
    #[serde(serialize_with = "iso")]
    pub start: Option<Date>,
    /// The hedge before it, as written (`原则上`, `力争`, `确保`, `务必`, `争取`).
    pub hedge: Option<&'t str>,
    /// Source span of the sentence that carries the deadline.
    pub sentence: Span,
    /// The shape of the time expression.
    pub kind: TimeKind,
    /// Set when the dates could not be resolved (no document date).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<TimeWarning>,
}

fn iso<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

/// Cue words that decide whether a clause states a requirement or a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// 要, 应, 必须, …
    Modal,
    /// 可: permission, counts for quotas only.
    Permit,
    /// 了, 已, 已经: the clause reports the past.
    Past,
    /// A word that contains a cue char but is not one (要求, 重要, 了解).
    Decoy,
}

const CUES: &[(&str, Cue)] = &[
    ("要", Cue::Modal),
    ("应", Cue::Modal),
    ("应当", Cue::Modal),
    ("应该", Cue::Modal),
    ("必须", Cue::Modal),
    ("须", Cue::Modal),
    ("需", Cue::Modal),
    ("需要", Cue::Modal),
    ("务必", Cue::Modal),
    ("确保", Cue::Modal),
    ("力争", Cue::Modal),
    ("争取", Cue::Modal),
    ("原则上", Cue::Modal),
    ("限期", Cue::Modal),
    ("可", Cue::Permit),
    ("可以", Cue::Permit),
    ("了", Cue::Past),
    ("已", Cue::Past),
    ("已经", Cue::Past),
    ("曾经", Cue::Past),
    ("目前", Cue::Past),
    ("累计", Cue::Past),
    ("共计", Cue::Past),
    ("总共", Cue::Past),
    ("同比", Cue::Past),
    ("造成", Cue::Past),
    ("要求", Cue::Decoy),
    ("重要", Cue::Decoy),
    ("主要", Cue::Decoy),
    ("只要", Cue::Decoy),
    ("纪要", Cue::Decoy),
    ("摘要", Cue::Decoy),
    ("要点", Cue::Decoy),
    ("首要", Cue::Decoy),
    ("必要", Cue::Decoy),
    ("要务", Cue::Decoy),
    ("需求", Cue::Decoy),
    ("应用", Cue::Decoy),
    ("响应", Cue::Decoy),
    ("适应", Cue::Decoy),
    ("相应", Cue::Decoy),
    ("反应", Cue::Decoy),
    ("供应", Cue::Decoy),
    ("效应", Cue::Decoy),
    ("对应", Cue::Decoy),
    ("可能", Cue::Decoy),
    ("可是", Cue::Decoy),
    ("认可", Cue::Decoy),
    ("不可", Cue::Decoy),
    ("可靠", Cue::Decoy),
    ("许可", Cue::Decoy),
    ("可行", Cue::Decoy),
    ("可持续", Cue::Decoy),
    ("了解", Cue::Decoy),
    ("为了", Cue::Decoy),
    ("除了", Cue::Decoy),
    ("不了", Cue::Decoy),
    ("了事", Cue::Decoy),
    ("明了", Cue::Decoy),
    ("不得已", Cue::Decoy),
    ("而已", Cue::Decoy),
];

/// The cue automaton, shared by the deadline and quota extractors.
#[derive(Clone, Debug)]
pub(crate) struct Cues {
    ac: AhoCorasick,
}

impl Cues {
    pub(crate) fn new() -> Cues {
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(CUES.iter().map(|(p, _)| p))
            .expect("valid cue patterns");
        Cues { ac }
    }

    /// Cues (not decoys) in `s`, with their byte spans in `s`.
    pub(crate) fn find<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (Span, Cue)> + 'a {
        self.ac.find_iter(s).filter_map(|m| {
            let cue = CUES.get(m.pattern().as_usize())?.1;
            (cue != Cue::Decoy).then(|| (Span::new(m.start(), m.end()), cue))
        })
    }
}

const HEDGES: &[&str] = &["原则上", "力争", "确保", "务必", "争取"];

/// Verbs of completion that a deadline binds (`完成`, `结束`, `到位`, …).
const ACTIONS: &[&str] = &[
    "完成", "结束", "到位", "报送", "上报", "报到", "报", "上交", "提交", "启动", "播出", "办结",
    "建成", "出台", "交账",
];

/// How many chars may stand between a time expression and its verb
/// (`3月中旬动员结束`, `限期整改到位`).
const ACTION_GAP: usize = 4;

/// Finds deadlines. Build once, share by `&`.
#[derive(Clone, Debug)]
pub struct DeadlineExtractor {
    times: TimeRecognizer,
    cues: Cues,
    actions: AhoCorasick,
}

impl Default for DeadlineExtractor {
    fn default() -> Self {
        DeadlineExtractor::new()
    }
}

fn is_stop(c: char) -> bool {
    matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '？' | '!' | '?' | '\n' | '、')
}

fn is_sentence_stop(c: char) -> bool {
    crate::extract::sentence::is_sentence_end(c)
}

impl DeadlineExtractor {
    /// An extractor with the built-in patterns.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::Context;
    /// use gongwen::extract::deadline::DeadlineExtractor;
    /// use gongwen::normalize::Normalizer;
    /// let text = "整顿工作原则上5月底结束。";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, jiff::civil::Date::new(2014, 3, 14).ok());
    /// let d = &DeadlineExtractor::new().find_iter(&cx)[0];
    /// assert_eq!((d.text, d.hedge), ("原则上5月底结束", Some("原则上")));
    /// assert_eq!(d.end.map(|d| d.to_string()).as_deref(), Some("2014-05-31"));
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> DeadlineExtractor {
        let actions = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(ACTIONS)
            .expect("valid action patterns");
        DeadlineExtractor { times: TimeRecognizer::new(), cues: Cues::new(), actions }
    }

    /// The deadlines of the document, in order. Returns a `Vec`: each
    /// candidate needs its sentence and the cues around it.
    #[must_use]
    pub fn find_iter<'t>(&self, cx: &Context<'t, '_>) -> Vec<Deadline<'t>> {
        let view = cx.view();
        let v = view.text.as_str();
        let mut out = Vec::new();
        for t in cx.times(&self.times) {
            let ts = t.view;
            // The view sentence around the expression.
            let sent_start = v
                .get(..ts.start)
                .and_then(|p| p.char_indices().rev().find(|&(_, c)| is_sentence_stop(c)))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let sent_end = v
                .get(ts.end..)
                .and_then(|p| p.char_indices().find(|&(_, c)| is_sentence_stop(c)))
                .map_or(v.len(), |(i, _)| ts.end + i);
            let before = v.get(sent_start..ts.start).unwrap_or("");
            // Hedge / 在 right before.
            let mut text_start = ts.start;
            let mut b = before;
            for p in ["在", "于"] {
                if let Some(x) = b.strip_suffix(p) {
                    b = x;
                    text_start -= p.len();
                    break;
                }
            }
            let mut hedge = None;
            for h in HEDGES {
                if b.ends_with(h) {
                    text_start -= h.len();
                    hedge = Some(Span::new(text_start, text_start + h.len()));
                    break;
                }
            }
            // A completion verb within the gap, same clause.
            let tail = v.get(ts.end..sent_end).unwrap_or("");
            let clause_end =
                tail.char_indices().find(|&(_, c)| is_stop(c)).map_or(tail.len(), |(i, _)| i);
            let gap_end = tail
                .char_indices()
                .nth(ACTION_GAP + 2)
                .map_or(clause_end, |(i, _)| i.min(clause_end));
            let action = self
                .actions
                .find(tail.get(..clause_end).unwrap_or(""))
                .filter(|m| tail.get(..m.start()).is_some_and(|g| g.chars().count() <= ACTION_GAP))
                .filter(|m| m.end() <= gap_end.max(m.end()));
            let text_end = action.map_or(ts.end, |m| ts.end + m.end());
            let after_action = v.get(text_end..sent_end).unwrap_or("");
            if after_action.starts_with('了') {
                continue;
            }
            let last_before = self.cues.find(before).filter(|&(_, c)| c != Cue::Permit).last();
            let first_after = self.cues.find(tail).find(|&(_, c)| c != Cue::Permit);
            let required = hedge.is_some()
                || matches!(last_before, Some((_, Cue::Modal)))
                || matches!(first_after, Some((_, Cue::Modal)));
            if !required {
                continue;
            }
            let ok = match t.kind {
                TimeKind::Vague => {
                    let topic = before.trim().trim_start_matches(['#', '*']).is_empty()
                        && tail.starts_with(['，', ','])
                        && matches!(first_after, Some((_, Cue::Modal)));
                    action.is_some() || topic
                }
                _ => true,
            };
            if !ok {
                continue;
            }
            // A date standing alone on its line is a signature date (落款), even
            // when the view healed the line break after it.
            let local = view.to_local(ts);
            if cx.line_at(local.start).get(cx.text()).is_some_and(|l| l.trim().len() == local.len())
            {
                continue;
            }
            let (span, text) = cx.locate(view.to_local(Span::new(text_start, text_end)));
            let hedge = hedge.map(|h| cx.locate(view.to_local(h)).1);
            let sentence = cx.sentence_at(local.start).map_or(span, |s| cx.locate(s).0);
            out.push(Deadline {
                text,
                span,
                end: t.end,
                start: t.start,
                hedge,
                sentence,
                kind: t.kind,
                warning: t.warning,
            });
        }
        out
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity, reason = "table-driven test rows")]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    fn run(text: &str) -> Vec<(String, Option<String>, Option<String>, Option<String>)> {
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, Date::new(2014, 4, 8).ok());
        DeadlineExtractor::new()
            .find_iter(&cx)
            .into_iter()
            .map(|d| {
                assert_eq!(&text[d.span], d.text);
                assert!(d.sentence.contains(d.span), "{d:?}");
                (
                    d.text.to_string(),
                    d.end.map(|x| x.to_string()),
                    d.start.map(|x| x.to_string()),
                    d.hedge.map(str::to_string),
                )
            })
            .collect()
    }

    #[test]
    fn table() {
        let s = |x: &str| Some(x.to_string());
        type Row = (String, Option<String>, Option<String>, Option<String>);
        let rows: Vec<(&str, Vec<Row>)> = vec![
            (
                "乡镇、街道原则上3月底动员结束；",
                vec![(
                    s("原则上3月底动员结束").unwrap_or_default(),
                    s("2014-03-31"),
                    s("2014-03-21"),
                    s("原则上"),
                )],
            ),
            (
                "各级领导干部要带头抓，确保在4月底前完成整顿任务，6月底前完成突出问题的专项整治。",
                vec![
                    ("确保在4月底前完成".into(), s("2014-04-30"), None, s("确保")),
                    ("6月底前完成".into(), s("2014-06-30"), None, None),
                ],
            ),
            (
                "市政府政务服务中心要尽快启动电话问政工作，",
                vec![("尽快启动".into(), None, None, None)],
            ),
            ("近期，各级党委（党组）要按照要求观看影片。", vec![("近期".into(), None, None, None)]),
            // Past, news, no requirement, vague without a verb.
            ("3月28日至31日，市委活动办组成5个小组，进行了抽查，需要认真解决。", vec![]),
            ("3月17日至18日，习近平总书记深入兰考县调研。", vec![]),
            (
                "9月9日召开全市工作会议进行安排,全市169个县处级领导班子9月13日前全面部署到位。",
                vec![],
            ),
            ("要加强对活动进展的整体把握和研判，及时发现并研究解决问题。", vec![]),
            ("贯彻落实中央、省委近期关于教育实践活动的有关要求。", vec![]),
            ("2014年3月14日\n\n第二批问题需要把握", vec![]),
            ("有的单位一哄而上，尽早“敲锣开张”、尽快“鸣金收兵”。", vec![]),
        ];
        for (input, want) in rows {
            assert_eq!(run(input), want, "{input:?}");
        }
    }

    #[test]
    fn without_date_end_is_null_and_warns() {
        let text = "原则上4月中旬动员结束";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        let d = &DeadlineExtractor::new().find_iter(&cx)[0];
        assert_eq!((d.end, d.warning), (None, Some(TimeWarning::NoDocumentDate)));
        let json = serde_json::to_value(d).unwrap_or_default();
        assert_eq!(json["end"], serde_json::Value::Null);
    }

    #[test]
    fn serialises_iso() {
        let text = "原则上3月中旬动员结束";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, Date::new(2014, 3, 14).ok());
        let d = &DeadlineExtractor::new().find_iter(&cx)[0];
        let json = serde_json::to_value(d).unwrap_or_default();
        assert_eq!(json["end"], "2014-03-20");
        assert_eq!(json["start"], "2014-03-11");
        assert_eq!(json["hedge"], "原则上");
        assert_eq!(json["sentence"], serde_json::json!([0, text.len()]));
    }
}
