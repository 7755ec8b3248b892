//! Quotas (numeric requirements) and statistics (reported figures).
//!
//! A quantity is a numeral followed by a unit or measure word (the one list
//! of [`crate::normalize::numerals::units`], `data/units/units.txt`), a range
//! (`1—2个`, `5000元—5499元`, `5亿元到10亿元之间`, `X以上Y以下`) or a
//! percentage (`百分之五十`). It is a **quota** when the text requires it:
//!
//! - a comparator before it, with a short verb (`至少要开展1次`) or, before a
//!   ratio, a noun phrase between (`不超过项目总投资的30%`), including caps
//!   and strict bounds (`最高`, `上限为每家`, `超过`, `不满`); or after it
//!   (`以上`, `以内`, `左右`, `（含）`);
//! - a binding verb (`达到`, `控制在`, `设`, `各推荐`) or a verb of change
//!   before a ratio (`提高20%`), `一式` before copies;
//! - a requirement in its clause or the one before: a modal (`要`, `应`,
//!   `可`), a grant (`给予`, `奖励`, `补助`), a rate (`按照…的30%`); a future
//!   target in its sentence (`到2023年`, `年底前`, `每年`); a condition
//!   (`…者`, the clause after `…的，`); coordination with a quota just
//!   before (`至少要开展1次…、看1次…`).
//!
//! Otherwise, or after a past marker (`已`, `了`, `截至`, `同比`), an Arabic
//! quantity is a **statistic** (`签约重点项目51个`, `义诊4.3万多人次`).
//!
//! Never quantities: Chinese numerals outside a comparator (`一把手`, `一是`,
//! `三严三实`, `四风`, `两手抓`, `一批`), numbers inside 《titles》, parts of
//! time expressions, windows (`24小时内`), ordinals and ranks (`第十期`,
//! `前3名`), labels (`附件1`), outline markers (`1、`), document numbers
//! (`〔2014〕21号`: 号 is no unit), telephone numbers (no unit), grades
//! (`三级`), and counts of aspects (`10个方面`). A count after `等` closes an
//! enumeration and is a statistic at most.
//!
//! 万, 亿 and 万亿 are multiplied into `value` exactly (`579.6亿元` →
//! 57,960,000,000, unit `元`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::{Serialize, Serializer};

use crate::Span;
use crate::extract::Context;
use crate::extract::deadline::{Cue, Cues};
use crate::extract::sentence::{is_clause_end, is_sentence_end};
use crate::extract::time::{TimeKind, TimeRecognizer};
use crate::normalize::is_han;
use crate::normalize::numerals::{
    Numeral, is_arabic_digit, is_chinese_numeral, scan_number, unit_at,
};

/// How a quota bounds its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Comparator {
    /// `>=`: 不少于, 至少, 不低于, 以上.
    #[serde(rename = ">=")]
    AtLeast,
    /// `<=`: 不超过, 以内, 最多, 不高于.
    #[serde(rename = "<=")]
    AtMost,
    /// `=`: a plain required number.
    #[serde(rename = "=")]
    Exactly,
    /// `~`: 左右, 约, 上下.
    #[serde(rename = "~")]
    About,
    /// `range`: `value`..=`max` (`1—2个`).
    #[serde(rename = "range")]
    Range,
}

impl Comparator {
    /// The symbol used in JSON (`>=`, `<=`, `=`, `~`, `range`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Comparator::AtLeast => ">=",
            Comparator::AtMost => "<=",
            Comparator::Exactly => "=",
            Comparator::About => "~",
            Comparator::Range => "range",
        }
    }
}

/// A normative numeric requirement.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quota<'t> {
    /// `&source[span]`: the quantified subject, hedge, comparator, number and
    /// unit as written (`集中学习不少于5天`).
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// How the value bounds the requirement.
    pub comparator: Comparator,
    /// The value (lower bound of a range); 万/亿 multiplied in.
    #[serde(serialize_with = "number")]
    pub value: f64,
    /// Upper bound of a range.
    #[serde(serialize_with = "opt_number")]
    pub max: Option<f64>,
    /// The unit or measure word (`天`, `次`, `个`, `元`, `%`).
    pub unit: &'static str,
    /// What the value is counted per (`年` in `6万元/年`, `单位` in `每个单位…`).
    pub per: Option<&'t str>,
    /// What is quantified, when the sentence says (`集中学习`, `党课`).
    pub subject: Option<&'t str>,
}

/// A reported figure, not a requirement.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statistic<'t> {
    /// `&source[span]`: number and unit as written (`4.3万多人次`).
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// The value; 万/亿 multiplied in (`4.3万多人次` → 43000).
    #[serde(serialize_with = "number")]
    pub value: f64,
    /// The unit or measure word.
    pub unit: &'static str,
    /// True for `多`, `余`, `约`, `近`.
    pub approx: bool,
}

#[allow(clippy::cast_possible_truncation, reason = "checked integral and in range")]
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

/// A word of the quota grammar, found once per document by one automaton.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    /// A comparator before the number; a short verb (`至少要开展1次`) or, for
    /// a percentage, a noun phrase (`不超过项目总投资的30%`) may stand between.
    Before(Comparator),
    /// A verb whose object is the number within two chars after it (`达到`,
    /// `控制在`, `设`, `各推荐`).
    Bind(Comparator),
    /// A verb of change whose object is a ratio right after it (`提高20%`,
    /// `降低10%`, `实现100%`).
    Change,
    /// `一式`: the number of copies right after it.
    Copies,
    /// `按照` before a base and a ratio of it (`按照项目总投入的30%`).
    Rate,
    /// A requirement that the shared modals lack: a grant (`给予`, `奖励`,
    /// `补助`) or a rate rule (`按照每`).
    Require,
    /// A past marker that the shared cues lack (`截至`, `同比`, `比上年`).
    Past,
    /// A word that makes the number right after it a label (`附件1`, `序号3`).
    Label,
    /// `等` closing an enumeration: the number after it counts the items
    /// (`铁道等22个行业`), a statistic at most.
    Summary,
    /// A word that holds one of the above but is none (`最高人民法院`, `期限`).
    Decoy,
}

const WORDS: &[(&str, Word)] = &[
    ("不少于", Word::Before(Comparator::AtLeast)),
    ("不得少于", Word::Before(Comparator::AtLeast)),
    ("不应少于", Word::Before(Comparator::AtLeast)),
    ("应不少于", Word::Before(Comparator::AtLeast)),
    ("不低于", Word::Before(Comparator::AtLeast)),
    ("不得低于", Word::Before(Comparator::AtLeast)),
    ("不应低于", Word::Before(Comparator::AtLeast)),
    ("应不低于", Word::Before(Comparator::AtLeast)),
    ("不小于", Word::Before(Comparator::AtLeast)),
    ("不得小于", Word::Before(Comparator::AtLeast)),
    ("不应小于", Word::Before(Comparator::AtLeast)),
    ("不短于", Word::Before(Comparator::AtLeast)),
    ("不得短于", Word::Before(Comparator::AtLeast)),
    ("至少", Word::Before(Comparator::AtLeast)),
    ("最少", Word::Before(Comparator::AtLeast)),
    ("最低", Word::Before(Comparator::AtLeast)),
    ("超过", Word::Before(Comparator::AtLeast)),
    ("超出", Word::Before(Comparator::AtLeast)),
    ("多于", Word::Before(Comparator::AtLeast)),
    ("高于", Word::Before(Comparator::AtLeast)),
    ("大于", Word::Before(Comparator::AtLeast)),
    ("不超过", Word::Before(Comparator::AtMost)),
    ("不得超过", Word::Before(Comparator::AtMost)),
    ("不应超过", Word::Before(Comparator::AtMost)),
    ("不宜超过", Word::Before(Comparator::AtMost)),
    ("最多不超过", Word::Before(Comparator::AtMost)),
    ("最高不超过", Word::Before(Comparator::AtMost)),
    ("不多于", Word::Before(Comparator::AtMost)),
    ("不得多于", Word::Before(Comparator::AtMost)),
    ("不高于", Word::Before(Comparator::AtMost)),
    ("不得高于", Word::Before(Comparator::AtMost)),
    ("不大于", Word::Before(Comparator::AtMost)),
    ("不得大于", Word::Before(Comparator::AtMost)),
    ("最多", Word::Before(Comparator::AtMost)),
    ("最高", Word::Before(Comparator::AtMost)),
    ("上限为", Word::Before(Comparator::AtMost)),
    ("上限", Word::Before(Comparator::AtMost)),
    ("封顶", Word::Before(Comparator::AtMost)),
    ("限", Word::Before(Comparator::AtMost)),
    ("仅限", Word::Before(Comparator::AtMost)),
    ("只能有", Word::Before(Comparator::AtMost)),
    ("不足", Word::Before(Comparator::AtMost)),
    ("不满", Word::Before(Comparator::AtMost)),
    ("未满", Word::Before(Comparator::AtMost)),
    ("低于", Word::Before(Comparator::AtMost)),
    ("少于", Word::Before(Comparator::AtMost)),
    ("小于", Word::Before(Comparator::AtMost)),
    ("短于", Word::Before(Comparator::AtMost)),
    ("达到", Word::Bind(Comparator::AtLeast)),
    ("达", Word::Bind(Comparator::AtLeast)),
    ("控制在", Word::Bind(Comparator::AtMost)),
    ("保持在", Word::Bind(Comparator::Exactly)),
    ("稳定在", Word::Bind(Comparator::Exactly)),
    ("设", Word::Bind(Comparator::Exactly)),
    ("各", Word::Bind(Comparator::Exactly)),
    ("提高", Word::Change),
    ("提升", Word::Change),
    ("降低", Word::Change),
    ("下降", Word::Change),
    ("缩短", Word::Change),
    ("减少", Word::Change),
    ("压减", Word::Change),
    ("上浮", Word::Change),
    ("实现", Word::Change),
    ("一式", Word::Copies),
    ("按照", Word::Rate),
    ("按", Word::Rate),
    ("乘以", Word::Bind(Comparator::Exactly)),
    ("给予", Word::Require),
    ("奖励", Word::Require),
    ("补助", Word::Require),
    ("补贴", Word::Require),
    ("资助", Word::Require),
    ("奖补", Word::Require),
    ("按照每", Word::Require),
    ("按每", Word::Require),
    ("目标", Word::Require),
    ("截至", Word::Past),
    ("截止到", Word::Past),
    ("同比", Word::Past),
    ("比上年", Word::Past),
    ("较上年", Word::Past),
    ("比去年", Word::Past),
    ("较去年", Word::Past),
    ("去年", Word::Past),
    ("共有", Word::Past),
    ("现有", Word::Past),
    ("附件", Word::Label),
    ("序号", Word::Label),
    ("编号", Word::Label),
    ("代码", Word::Label),
    ("电话", Word::Label),
    ("传真", Word::Label),
    ("邮编", Word::Label),
    ("前", Word::Label),
    ("等", Word::Summary),
    ("最高人民", Word::Decoy),
    ("最高法", Word::Decoy),
    ("最高检", Word::Decoy),
    ("最低生活", Word::Decoy),
    ("期限", Word::Decoy),
    ("年限", Word::Decoy),
    ("时限", Word::Decoy),
    ("限期", Word::Decoy),
    ("权限", Word::Decoy),
    ("限制", Word::Decoy),
    ("界限", Word::Decoy),
    ("局限", Word::Decoy),
    ("无限", Word::Decoy),
    ("有限", Word::Decoy),
    ("建设", Word::Decoy),
    ("设施", Word::Decoy),
    ("设立", Word::Decoy),
    ("设置", Word::Decoy),
    ("设备", Word::Decoy),
    ("设计", Word::Decoy),
    ("设定", Word::Decoy),
    ("开设", Word::Decoy),
    ("增设", Word::Decoy),
    ("假设", Word::Decoy),
    ("铺设", Word::Decoy),
    ("架设", Word::Decoy),
    ("设区", Word::Decoy),
    ("各级", Word::Decoy),
    ("各类", Word::Decoy),
    ("各项", Word::Decoy),
    ("各种", Word::Decoy),
    ("各地", Word::Decoy),
    ("各方", Word::Decoy),
    ("各界", Word::Decoy),
    ("各自", Word::Decoy),
    ("下达", Word::Decoy),
    ("传达", Word::Decoy),
    ("到达", Word::Decoy),
    ("表达", Word::Decoy),
    ("发达", Word::Decoy),
    ("送达", Word::Decoy),
    ("抵达", Word::Decoy),
    ("直达", Word::Decoy),
    ("长达", Word::Decoy),
    ("高达", Word::Decoy),
    ("多达", Word::Decoy),
    ("实现了", Word::Decoy),
    ("达到了", Word::Decoy),
];

const POSTFIX: &[(&str, Comparator)] = &[
    ("及以上", Comparator::AtLeast),
    ("以上", Comparator::AtLeast),
    ("及以下", Comparator::AtMost),
    ("以下", Comparator::AtMost),
    ("以内", Comparator::AtMost),
    ("之内", Comparator::AtMost),
    ("范围内", Comparator::AtMost),
    ("左右", Comparator::About),
    ("上下", Comparator::About),
];

/// Range separators between two quantities (`5000元—5499元`, `5亿元到10亿元`).
const RANGE_SEPS: &[&str] = &["—", "–", "－", "-", "~", "～", "至", "到"];

/// Where the subject before a comparator starts: after the last of these.
const SUBJECT_CUT: &[&str] = &[
    "的",
    "要",
    "应",
    "须",
    "可",
    "都",
    "干部",
    "书记",
    "班子",
    "成员",
    "单位",
    "组织",
    "党员",
    "同志",
    "联系点",
    "按照",
];

const HEDGES: &[&str] = &["原则上", "力争", "确保", "务必"];

/// How many chars of verb may stand between a comparator and its number
/// (`至少要开展1次`).
const VERB_GAP: usize = 4;

/// How many chars of noun phrase may stand between a comparator and a
/// percentage (`不得少于团员实交团费总数的60%`).
const BASE_GAP: usize = 24;

/// How far back (bytes) a clause scope may reach: bounds the work per number
/// on one-line documents whose clauses run long.
const SCOPE_MAX: usize = 360;

/// Finds quotas and statistics. Build once, share by `&`.
#[derive(Clone, Debug)]
pub struct QuotaExtractor {
    times: TimeRecognizer,
    cues: Cues,
    words: AhoCorasick,
}

impl Default for QuotaExtractor {
    fn default() -> Self {
        QuotaExtractor::new()
    }
}

/// Units of spans of time: with `内`/`以内` after them they make a window
/// counted from an event (`24小时内`), which is a deadline, not a quota.
const SPANS_OF_TIME: &[&str] = &["秒", "分钟", "小时", "天", "周", "个月", "个工作日", "年"];

/// A quantity found in the view: number, unit and the comparator words
/// around it.
#[derive(Clone)]
struct Found {
    start: usize,
    end: usize,
    num: Numeral,
    unit: &'static str,
    /// `年` read as a duration: a quantity only next to a comparator.
    years: bool,
    cmp: Option<Comparator>,
    cmp_start: Option<usize>,
    /// A window (`48小时以内`): a deadline's business, never a quota.
    window: bool,
    /// The rate written between comparator and number (`家` of `上限为每家`).
    per: Option<Span>,
    /// Counts the items of an enumeration before it (`等22个`).
    summary: bool,
    /// The comparator comes from a verb (`达到`, `提高`), which a comparator
    /// after the unit overrides.
    weak: bool,
}

/// What governs a clause: the shared cues and the quota words merged, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gov {
    Require,
    Past,
    /// 累计, 共计: past in a report, but a cumulative target after `到2025年`.
    SoftPast,
}

/// The per-document lookups, all sorted by offset for binary search.
struct Prepared {
    /// Times and 《titles》, merged into disjoint spans.
    blocked: Vec<Span>,
    /// Future time points (`到2023年`, `年底前`) and recurrences (`每年`).
    targets: Vec<Span>,
    words: Vec<(Span, Word)>,
    gov: Vec<(Span, Gov)>,
    /// Offsets just after each sentence end.
    sentence_ends: Vec<usize>,
    /// Offsets just after each clause end (，：) inside sentences.
    clause_ends: Vec<usize>,
}

impl Prepared {
    fn is_blocked(&self, s: usize, e: usize) -> bool {
        let i = self.blocked.partition_point(|b| b.end <= s);
        self.blocked.get(i).is_some_and(|b| b.start < e)
    }

    fn sentence_start(&self, at: usize) -> usize {
        let i = self.sentence_ends.partition_point(|&p| p <= at);
        i.checked_sub(1).and_then(|k| self.sentence_ends.get(k)).copied().unwrap_or(0)
    }

    /// The start of the clause before the one holding `at` (or of the
    /// sentence), no further back than [`SCOPE_MAX`].
    fn scope_start(&self, sent_start: usize, at: usize) -> usize {
        let i = self.clause_ends.partition_point(|&p| p <= at);
        let s = i.checked_sub(2).and_then(|k| self.clause_ends.get(k)).copied().unwrap_or(0);
        s.max(sent_start).max(at.saturating_sub(SCOPE_MAX))
    }

    /// True when the clause holding `at` follows a condition clause
    /// (`…者，`, `…的，`) of the same sentence.
    fn after_condition(&self, v: &str, at: usize) -> bool {
        let i = self.clause_ends.partition_point(|&p| p <= at);
        let Some(&c) = i.checked_sub(1).and_then(|k| self.clause_ends.get(k)) else {
            return false;
        };
        c > self.sentence_start(at)
            && v.get(..c).is_some_and(|b| {
                let mut cs = b.chars().rev();
                cs.next();
                matches!(cs.next(), Some('者' | '的'))
            })
    }

    /// The last word ending at or before `at`.
    fn word_before(&self, at: usize) -> Option<(Span, Word)> {
        let i = self.words.partition_point(|(s, _)| s.end <= at);
        i.checked_sub(1).and_then(|k| self.words.get(k)).copied()
    }

    /// The last governing cue in `from..to`.
    fn gov_in(&self, from: usize, to: usize) -> Option<(Span, Gov)> {
        let i = self.gov.partition_point(|(s, _)| s.end <= to);
        i.checked_sub(1).and_then(|k| self.gov.get(k)).copied().filter(|(s, _)| s.start >= from)
    }

    /// A target time or recurrence in `from..to`, with no hard past cue
    /// after it.
    fn target_in(&self, from: usize, to: usize) -> bool {
        let i = self.targets.partition_point(|s| s.end <= to);
        let Some(t) = i.checked_sub(1).and_then(|k| self.targets.get(k)) else { return false };
        t.start >= from && !matches!(self.gov_in(t.end, to), Some((_, Gov::Past)))
    }
}

impl QuotaExtractor {
    /// An extractor with the built-in patterns.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::Context;
    /// use gongwen::extract::quota::{Comparator, QuotaExtractor};
    /// use gongwen::normalize::Normalizer;
    /// let text = "县处级以上领导干部集中学习不少于5天。";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, None);
    /// let q = &QuotaExtractor::new().find_iter(&cx)[0];
    /// assert_eq!((q.text, q.comparator, q.value, q.unit), ("集中学习不少于5天", Comparator::AtLeast, 5.0, "天"));
    /// assert_eq!(q.subject, Some("集中学习"));
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> QuotaExtractor {
        let words = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(WORDS.iter().map(|(p, _)| p))
            .expect("valid quota words");
        QuotaExtractor { times: TimeRecognizer::new(), cues: Cues::new(), words }
    }

    /// The quotas of the document, in order. Returns a `Vec` (see
    /// [`QuotaExtractor::find_all`]).
    #[must_use]
    pub fn find_iter<'t>(&self, cx: &Context<'t, '_>) -> Vec<Quota<'t>> {
        self.find_all(cx).0
    }

    /// The statistics of the document, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::Context;
    /// use gongwen::extract::quota::QuotaExtractor;
    /// use gongwen::normalize::Normalizer;
    /// let text = "组织开展帮扶义诊活动,义诊4.3万多人次。";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, None);
    /// let s = &QuotaExtractor::new().statistics(&cx)[0];
    /// assert_eq!((s.text, s.value, s.unit, s.approx), ("4.3万多人次", 43_000.0, "人次", true));
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn statistics<'t>(&self, cx: &Context<'t, '_>) -> Vec<Statistic<'t>> {
        self.find_all(cx).1
    }

    fn prepare(&self, cx: &Context<'_, '_>, v: &str) -> Prepared {
        let times = cx.times(&self.times);
        let mut blocked: Vec<Span> =
            times.iter().map(|t| t.view).chain(cx.view_titles().iter().copied()).collect();
        blocked.sort_unstable();
        let mut merged: Vec<Span> = Vec::with_capacity(blocked.len());
        for b in blocked {
            match merged.last_mut() {
                Some(m) if b.start < m.end => m.end = m.end.max(b.end),
                _ => merged.push(b),
            }
        }
        let date = cx.date();
        let mut targets: Vec<Span> = times
            .iter()
            .filter(|t| {
                let future = match (t.end, date) {
                    (Some(end), Some(d)) => end >= d,
                    _ => t.text.contains('年'),
                };
                let by = v.get(..t.view.start).is_some_and(|b| b.ends_with(['到', '至']));
                match t.kind {
                    TimeKind::Recurring | TimeKind::Window => true,
                    TimeKind::Before => future,
                    TimeKind::Period => future && by,
                    _ => false,
                }
            })
            .map(|t| t.view)
            .collect();
        targets.sort_unstable();
        let words: Vec<(Span, Word)> = self
            .words
            .find_iter(v)
            .filter_map(|m| {
                let w = WORDS.get(m.pattern().as_usize())?.1;
                (w != Word::Decoy).then(|| (Span::new(m.start(), m.end()), w))
            })
            .collect();
        let mut gov: Vec<(Span, Gov)> = self
            .cues
            .find(v)
            .filter_map(|(s, c)| match c {
                Cue::Modal | Cue::Permit => Some((s, Gov::Require)),
                Cue::Past if matches!(v.get(s.start..s.end), Some("累计" | "共计" | "总共")) => {
                    Some((s, Gov::SoftPast))
                }
                Cue::Past => Some((s, Gov::Past)),
                _ => None,
            })
            .chain(words.iter().filter_map(|&(s, w)| match w {
                Word::Require => Some((s, Gov::Require)),
                Word::Past => Some((s, Gov::Past)),
                _ => None,
            }))
            .collect();
        gov.sort_unstable_by_key(|(s, _)| (s.end, s.start));
        let mut sentence_ends = Vec::new();
        let mut clause_ends = Vec::new();
        for (i, c) in v.char_indices() {
            if is_sentence_end(c) {
                sentence_ends.push(i + c.len_utf8());
            } else if matches!(c, '，' | ',' | '：' | ':') {
                clause_ends.push(i + c.len_utf8());
            }
        }
        Prepared { blocked: merged, targets, words, gov, sentence_ends, clause_ends }
    }

    /// Every quantity of the view, in order and without overlap, with the
    /// comparator words before and after it attached.
    fn quantities(&self, v: &str, p: &Prepared) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        let mut next_free = 0;
        let mut prev: Option<char> = None;
        for (i, c) in v.char_indices() {
            let p_char = prev;
            prev = Some(c);
            if i < next_free {
                continue;
            }
            let fresh = if is_arabic_digit(c) {
                !p_char.is_some_and(|p| {
                    is_arabic_digit(p)
                        || matches!(p, '.' | '．' | '第' | '+' | '#' | '-' | '_' | '/')
                        || p.is_ascii_alphabetic()
                })
            } else if is_chinese_numeral(c) {
                !p_char.is_some_and(|p| is_chinese_numeral(p) || p == '第')
            } else {
                false
            };
            if !fresh {
                continue;
            }
            let mut start = i;
            for pre in ["大约", "约", "近"] {
                if v.get(..i).is_some_and(|b| b.ends_with(pre)) {
                    start = i - pre.len();
                    break;
                }
            }
            let Some(mut f) = quantity(v, start) else { continue };
            match p.word_before(start) {
                Some((s, Word::Label)) if s.end == start => {
                    next_free = f.end;
                    continue;
                }
                Some((s, Word::Summary)) if s.end == start => f.summary = true,
                _ => {}
            }
            attach_before(v, p, &mut f);
            attach_after(v, &mut f);
            next_free = f.end;
            found.push(f);
        }
        found
    }

    /// Quotas and statistics in one pass.
    #[must_use]
    pub fn find_all<'t>(&self, cx: &Context<'t, '_>) -> (Vec<Quota<'t>>, Vec<Statistic<'t>>) {
        let view = cx.view();
        let v = view.text.as_str();
        let p = self.prepare(cx, v);
        let mut quotas: Vec<Quota<'t>> = Vec::new();
        let mut stats = Vec::new();
        let mut last: Option<(usize, Comparator, Option<&'t str>)> = None; // end, cmp, per
        let found = self.quantities(v, &p);
        for (k, f) in found.iter().enumerate() {
            let mut f = f.clone();
            let tail = v.get(f.end..).unwrap_or("");
            if p.is_blocked(f.start, f.end)
                || tail.starts_with("方面")
                || tail.starts_with('+')
                || f.window
                || (tail.starts_with('内') && SPANS_OF_TIME.contains(&f.unit))
                || (f.years && f.cmp.is_none())
                // 三级, 万亿级: a grade or an order of magnitude, not a count.
                || (f.unit == "级" && !(f.num.arabic && f.num.value < 100.0))
            {
                continue;
            }
            // 50岁、45岁以下: a bare figure shares the comparator after the next.
            if f.cmp.is_none()
                && let Some(n) = found.get(k + 1)
                && n.unit == f.unit
                && n.cmp_start.is_none()
                && v.get(f.end..n.start) == Some("、")
            {
                f.cmp = n.cmp;
            }
            let mut end = f.end;
            let mut per = f.per.map(|s| cx.locate(view.to_local(s)).1);
            if per.is_none()
                && let Some(r) =
                    v.get(end..).and_then(|t| t.strip_prefix('/').or_else(|| t.strip_prefix('／')))
                && let Some(c) = r.chars().next().filter(|&c| is_han(c))
            {
                let s = v.len() - r.len();
                per = Some(cx.locate(view.to_local(Span::new(s, s + c.len_utf8()))).1);
                end = s + c.len_utf8();
            }
            let sent_start = p.sentence_start(f.start);
            let head = f.cmp_start.unwrap_or(f.start);
            let before = v.get(sent_start..head).unwrap_or("");
            // Coordination with the quota just before: 、看1次…
            let coord = last.filter(|&(pe, _, _)| {
                pe >= sent_start
                    && v.get(pe..f.start).is_some_and(|g| {
                        g.starts_with('、')
                            && g.chars().skip(1).all(is_han)
                            && g.chars().count() <= 5
                    })
            });
            let target = p.target_in(sent_start, head);
            // 收入为5000元—5499元者: a condition on who a rule applies to;
            // 者,交纳10元 / …的，给予…: the rule that follows a condition.
            let condition = tail.starts_with('者') || p.after_condition(v, head);
            let past = match p.gov_in(sent_start, head) {
                Some((_, Gov::Past)) => true,
                Some((_, Gov::SoftPast)) => !target,
                _ => false,
            };
            let mut text_start;
            let mut subject = None;
            let mut subject_after = false;
            let cmp;
            if let Some((pe, c, pr)) = coord.filter(|_| f.cmp.is_none() || f.num.arabic) {
                cmp = f.cmp.unwrap_or(c);
                per = per.or(pr);
                text_start = pe + '、'.len_utf8();
                subject_after = true;
            } else if let Some(c) = f.cmp.filter(|_| !(f.summary || past && f.num.arabic)) {
                cmp = c;
                text_start = head;
                for h in HEDGES {
                    if before.ends_with(h) {
                        text_start -= h.len();
                        break;
                    }
                }
                let (sb, pb, ps) = subject_before(v, sent_start, text_start);
                match sb {
                    Some(s) => {
                        subject = Some(cx.locate(view.to_local(s)).1);
                        text_start = s.start;
                    }
                    None => subject_after = f.cmp_start.is_some(),
                }
                if let Some(pp) = pb {
                    per = per.or(Some(cx.locate(view.to_local(pp)).1));
                    text_start = ps;
                }
            } else {
                let scope_start = p.scope_start(sent_start, head);
                let cue = p.gov_in(scope_start, head);
                let governed = !before.ends_with('的')
                    && !past
                    && !f.summary
                    && (matches!(cue, Some((_, Gov::Require))) || target || condition)
                    && f.num.arabic;
                if !governed {
                    if f.num.arabic && !f.years {
                        let (span, text) = cx.locate(view.to_local(Span::new(f.start, f.end)));
                        stats.push(Statistic {
                            text,
                            span,
                            value: f.num.value,
                            unit: f.unit,
                            approx: f.num.approx || f.cmp.is_some(),
                        });
                    }
                    continue;
                }
                cmp = if f.num.max.is_some() {
                    Comparator::Range
                } else if f.num.approx {
                    Comparator::About
                } else {
                    Comparator::Exactly
                };
                text_start = f.start;
                if let Some((cs, Gov::Require)) = cue {
                    let gap = v.get(cs.end..f.start).unwrap_or("");
                    if gap.chars().count() <= 2 && gap.chars().all(is_han) {
                        text_start = cs.start;
                        subject_after = true;
                    }
                }
            }
            if subject_after && subject.is_none() {
                let after = v.get(end..).unwrap_or("");
                if !after.starts_with('的') {
                    let len: usize =
                        after.chars().take_while(|&c| is_han(c)).take(8).map(char::len_utf8).sum();
                    if len >= 3 {
                        subject = Some(cx.locate(view.to_local(Span::new(end, end + len))).1);
                        end += len;
                    }
                }
            }
            let cmp = if f.num.max.is_some() { Comparator::Range } else { cmp };
            let (span, text) = cx.locate(view.to_local(Span::new(text_start, end)));
            last = Some((end, cmp, per));
            quotas.push(Quota {
                text,
                span,
                comparator: cmp,
                value: f.num.value,
                max: f.num.max,
                unit: f.unit,
                per,
                subject,
            });
        }
        (quotas, stats)
    }
}

/// A quantity at view offset `at`: a numeral (`百分之` included) and a unit,
/// a second quantity of the same unit making a range (`5000元—5499元`,
/// `5亿元到10亿元之间`), or `年` after a small integer as a duration.
fn quantity(v: &str, at: usize) -> Option<Found> {
    let rest = v.get(at..)?;
    if let Some(r) = rest.strip_prefix("百分之") {
        let num = scan_number(r)?;
        let end = at + "百分之".len() + num.len;
        return Some(Found {
            start: at,
            end,
            num,
            unit: "%",
            years: false,
            cmp: None,
            cmp_start: None,
            weak: false,
            window: false,
            per: None,
            summary: false,
        });
    }
    let mut num = scan_number(rest)?;
    let after = rest.get(num.len..)?;
    let (ulen, unit, years) = match unit_at(after) {
        Some((l, u)) => (l, u, false),
        None if after.starts_with('年')
            && num.value < 100.0
            && num.value.fract() == 0.0
            && !after.get(3..).is_some_and(|a| {
                a.starts_with([
                    '度', '底', '初', '末', '中', '前', '后', '起', '来', '间', '级', '内',
                ])
            }) =>
        {
            (3, "年", true)
        }
        None => return None,
    };
    let mut end = at + num.len + ulen;
    let mut between = false;
    // 5000元—5499元, 5亿元到10亿元之间
    if num.max.is_none() {
        let tail = v.get(end..)?;
        for sep in RANGE_SEPS {
            let Some(r) = tail.strip_prefix(sep) else { continue };
            if let Some(n2) = scan_number(r)
                && n2.max.is_none()
                && n2.arabic == num.arabic
                && n2.value > num.value
                && r.get(n2.len..).and_then(unit_at).is_some_and(|(_, u2)| u2 == unit)
                && let Some((l2, _)) = r.get(n2.len..).and_then(unit_at)
            {
                end += sep.len() + n2.len + l2;
                num.max = Some(n2.value);
                if v.get(end..).is_some_and(|t| t.starts_with("之间")) {
                    end += "之间".len();
                    between = true;
                }
            }
            break;
        }
    }
    Some(Found {
        start: at,
        end,
        num,
        unit,
        years,
        cmp: between.then_some(Comparator::Range),
        cmp_start: None,
        weak: between,
        window: false,
        per: None,
        summary: false,
    })
}

/// Attach the comparator word before `f`: a comparator with a short verb
/// gap (or a noun phrase before a percentage), a binding verb with at most
/// two chars between, a verb of change right before a ratio, or `一式`.
fn attach_before(v: &str, p: &Prepared, f: &mut Found) {
    let Some((w, word)) = p.word_before(f.start) else { return };
    let Some(gap) = v.get(w.end..f.start) else { return };
    let n = gap.chars().count();
    let han = gap.chars().all(|c| is_han(c) && c != '每');
    // 上限为每家100万元: a rate phrase between comparator and number.
    let per = gap
        .strip_prefix('每')
        .map(|r| ["个", "名", "位"].iter().find_map(|m| r.strip_prefix(m)).unwrap_or(r))
        .filter(|r| (1..=3).contains(&r.chars().count()) && r.chars().all(is_han));
    let ratio = matches!(f.unit, "%" | "‰" | "个百分点" | "倍");
    let cmp = match word {
        Word::Before(c) => {
            let verb = (han || per.is_some()) && n <= VERB_GAP;
            let base = ratio
                && n <= BASE_GAP
                && !gap.chars().any(|c| is_arabic_digit(c) || is_clause_end(c) || c == '每');
            (verb || base).then_some(c)
        }
        Word::Bind(c) => {
            let each = v.get(w.start..w.end) == Some("各");
            (han && n <= 2 && (n >= 1 || !each) && f.num.arabic).then_some(c)
        }
        Word::Rate => {
            let base = ratio
                && n <= BASE_GAP
                && gap.ends_with('的')
                && !gap.chars().any(|c| is_arabic_digit(c) || is_clause_end(c));
            base.then_some(Comparator::Exactly)
        }
        Word::Change => (n == 0 && ratio).then_some(Comparator::Exactly),
        Word::Copies => (n == 0 && f.unit == "份").then_some(Comparator::Exactly),
        _ => None,
    };
    if cmp.is_some() {
        f.cmp = cmp;
        f.cmp_start = Some(w.start);
        f.weak = !matches!(word, Word::Before(_));
        f.per = per.map(|r| Span::new(f.start - r.len(), f.start));
    }
}

/// Attach a comparator written after the unit (`以上`, `以内`, `左右`), with
/// a following `（含）`/`（不含…）`, and read `X以上Y以下` as a range. A
/// comparator after the unit overrides a binding verb before it (`达到2000万元以上`).
fn attach_after(v: &str, f: &mut Found) {
    let Some(tail) = v.get(f.end..) else { return };
    let Some(&(w, c)) = POSTFIX.iter().find(|(w, _)| tail.starts_with(w)) else { return };
    let mut end = f.end + w.len();
    // X以上Y以下: a range.
    if c == Comparator::AtLeast
        && let Some(n2) = v.get(end..).and_then(scan_number)
        && n2.value > f.num.value
        && let Some(r) = v.get(end + n2.len..)
        && let Some((ul, u2)) = unit_at(r)
        && u2 == f.unit
        && let Some(r2) = r.get(ul..)
        && (r2.starts_with("以下") || r2.starts_with("以内"))
    {
        end += n2.len + ul + "以下".len();
        f.num.max = Some(n2.value);
    }
    if let Some(paren) = v.get(end..).and_then(inclusion_note) {
        end += paren;
    }
    f.end = end;
    f.window = matches!(w, "以内" | "之内") && SPANS_OF_TIME.contains(&f.unit);
    if f.cmp.is_none() || f.weak {
        f.cmp = Some(c);
    }
}

/// The length of a `（含）`, `(含2000元)` or `（不含2000元）` note at the start
/// of `s`.
fn inclusion_note(s: &str) -> Option<usize> {
    let open = s.chars().next().filter(|&c| c == '（' || c == '(')?;
    let inner = s.get(open.len_utf8()..)?;
    if !(inner.starts_with('含') || inner.starts_with("不含")) {
        return None;
    }
    let (i, close) = inner.char_indices().take(16).find(|&(_, c)| c == '）' || c == ')')?;
    Some(open.len_utf8() + i + close.len_utf8())
}

/// The subject right before `at` (after the last [`SUBJECT_CUT`] word of the
/// CJK run ending there), the `per` phrase after a 每 in that run, and where
/// that 每 starts.
fn subject_before(v: &str, floor: usize, at: usize) -> (Option<Span>, Option<Span>, usize) {
    let run_start = v.get(floor..at).map_or(at, |b| {
        at - b.chars().rev().take_while(|&c| is_han(c)).take(14).map(char::len_utf8).sum::<usize>()
    });
    let run = v.get(run_start..at).unwrap_or("");
    let cut =
        SUBJECT_CUT.iter().filter_map(|w| run.rfind(w).map(|i| i + w.len())).max().unwrap_or(0);
    let subject = (run.get(cut..).is_some_and(|s| s.chars().count() >= 2))
        .then(|| Span::new(run_start + cut, at));
    let mut per = None;
    let mut per_start = at;
    if let Some(i) = run.get(..cut).and_then(|r| r.rfind('每')) {
        let mut s = i + '每'.len_utf8();
        for m in ["个", "名", "位"] {
            if run.get(s..).is_some_and(|r| r.starts_with(m)) {
                s += m.len();
                break;
            }
        }
        if s < cut {
            per = Some(Span::new(run_start + s, run_start + cut));
            per_start = run_start + i;
        }
    }
    let subject = subject.filter(|s| s.start >= run_start);
    (subject, per, per_start.min(subject.map_or(at, |s| s.start)))
}

#[cfg(test)]
#[allow(clippy::type_complexity, reason = "table-driven test rows")]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    type Q = (String, &'static str, f64, Option<f64>, &'static str, Option<String>, Option<String>);

    fn run(text: &str) -> (Vec<Q>, Vec<(String, f64, &'static str, bool)>) {
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        let (q, s) = QuotaExtractor::new().find_all(&cx);
        let q = q
            .into_iter()
            .map(|q| {
                assert_eq!(&text[q.span], q.text);
                (
                    q.text.to_string(),
                    q.comparator.as_str(),
                    q.value,
                    q.max,
                    q.unit,
                    q.per.map(str::to_string),
                    q.subject.map(str::to_string),
                )
            })
            .collect();
        let s = s
            .into_iter()
            .map(|s| {
                assert_eq!(&text[s.span], s.text);
                (s.text.to_string(), s.value, s.unit, s.approx)
            })
            .collect();
        (q, s)
    }

    fn q(
        text: &str,
        cmp: &'static str,
        value: f64,
        max: Option<f64>,
        unit: &'static str,
        per: Option<&str>,
        subject: Option<&str>,
    ) -> Q {
        (text.into(), cmp, value, max, unit, per.map(Into::into), subject.map(Into::into))
    }

    #[test]
    fn quotas_table() {
        let rows: Vec<(&str, Vec<Q>)> = vec![
            (
                "党委（党组）书记讲党课至少1次，",
                vec![q("讲党课至少1次", ">=", 1.0, None, "次", None, Some("讲党课"))],
            ),
            (
                "每个单位听取意见方式原则上不少\n\n于2种。",
                vec![q(
                    "每个单位听取意见方式原则上不少\n\n于2种",
                    ">=",
                    2.0,
                    None,
                    "种",
                    Some("单位"),
                    Some("听取意见方式"),
                )],
            ),
            (
                "市、县领导班子要集中学习5天左右，",
                vec![q("集中学习5天左右", "~", 5.0, None, "天", None, Some("集中学习"))],
            ),
            (
                "要按省里规定6万元/年的标准足额安排",
                vec![q("6万元/年", "=", 60_000.0, None, "元", Some("年"), None)],
            ),
            (
                "可明确1名联络员。",
                vec![q("可明确1名联络员", "=", 1.0, None, "名", None, Some("联络员"))],
            ),
            (
                "干部要带头抓，确定1—2个软弱涣散村",
                vec![q("1—2个", "range", 1.0, Some(2.0), "个", None, None)],
            ),
            ("至少每两个月召开一次会议。", vec![]),
            (
                "用房按照不低于三十平方米",
                vec![q("不低于三十平方米", ">=", 30.0, None, "平方米", None, None)],
            ),
            ("事故已造成至少153人遇难。", vec![]),
            ("要坚持原则，做好各项工作，深入基层，确定3个联系点", vec![]),
            (
                "会议不得超过三天。",
                vec![q("会议不得超过三天", "<=", 3.0, None, "天", None, Some("会议"))],
            ),
            (
                "每个基层党组织至少要开展1次集中学习讨论、看1次专题教育片。",
                vec![
                    q(
                        "每个基层党组织至少要开展1次集中学习讨论",
                        ">=",
                        1.0,
                        None,
                        "次",
                        Some("基层党组织"),
                        Some("集中学习讨论"),
                    ),
                    q(
                        "看1次专题教育片",
                        ">=",
                        1.0,
                        None,
                        "次",
                        Some("基层党组织"),
                        Some("专题教育片"),
                    ),
                ],
            ),
        ];
        for (input, want) in rows {
            assert_eq!(run(input).0, want, "{input:?}");
        }
    }

    /// One row per rule family: (input, quotas as (comparator, value, max,
    /// unit)). Rows are written from reading; none is a devset sentence.
    #[test]
    fn families_table() {
        type Row = (&'static str, &'static [(&'static str, f64, Option<f64>, &'static str)]);
        let rows: &[Row] = &[
            // comparator, noun phrase, percentage
            ("地方配套资金不得低于项目总投资的40%。", &[(">=", 40.0, None, "%")]),
            ("奖补资金不超过核定投资额的15%，", &[("<=", 15.0, None, "%")]),
            // Chinese numerals after a comparator or 一式
            ("村党组织书记连任不超过三届。", &[("<=", 3.0, None, "届")]),
            ("申请材料一式四份，", &[("=", 4.0, None, "份")]),
            // caps and thresholds
            ("补助上限为每家80万元。", &[("<=", 800_000.0, None, "元")]),
            ("对年产值5亿元以上的企业给予支持。", &[(">=", 500_000_000.0, None, "元")]),
            ("单个项目最高不超过30万元。", &[("<=", 300_000.0, None, "元")]),
            ("每批次原则上不超过5人。", &[("<=", 5.0, None, "人")]),
            ("年龄未满18周岁的，", &[("<=", 18.0, None, "周岁")]),
            ("从事相关工作3年以上。", &[(">=", 3.0, None, "年")]),
            ("电阻应小于4欧。", &[("<=", 4.0, None, "欧")]),
            // ranges
            (
                "投资规模在3亿元到8亿元之间。",
                &[("range", 300_000_000.0, Some(800_000_000.0), "元")],
            ),
            ("每村至少配备2-3名网格员。", &[("range", 2.0, Some(3.0), "名")]),
            ("养殖面积50亩以上200亩以下的，", &[("range", 50.0, Some(200.0), "亩")]),
            ("月收入为3000元—3999元者，", &[("range", 3000.0, Some(3999.0), "元")]),
            // units of a real archive and exact folding
            ("新增装机容量达到120万千瓦。", &[(">=", 1_200_000.0, None, "千瓦")]),
            ("每年取得继续教育学分不少于90学分。", &[(">=", 90.0, None, "学分")]),
            ("滞纳金按日加收0.5‰。", &[]),
            ("单笔补贴不超过0.57万元。", &[("<=", 5700.0, None, "元")]),
            ("规模达到1.2万亿元。", &[(">=", 1_200_000_000_000.0, None, "元")]),
            // recognition noise
            ("两杆间距不小于1. 5米。", &[(">=", 1.5, None, "米")]),
            ("覆盖率不低于9 0%。", &[(">=", 90.0, None, "%")]),
            // verbs that bind a number, verbs of change
            ("综合能耗降低15%，", &[("=", 15.0, None, "%")]),
            ("失业率控制在5.5%以内。", &[("<=", 5.5, None, "%")]),
            ("每个乡镇设3名专职人员。", &[("=", 3.0, None, "名")]),
            // grants, rates and targets
            ("对新认定的企业给予50万元奖励。", &[("=", 500_000.0, None, "元")]),
            ("按照实际投资额的20%给予补助。", &[("=", 20.0, None, "%")]),
            ("力争到2027年，培育30家领军企业。", &[("=", 30.0, None, "家")]),
            ("2026年底前，建成15个示范园区。", &[("=", 15.0, None, "个")]),
            // the rule after a condition, a figure sharing the next comparator
            (
                "月收入超过8000元的，缴纳50元。",
                &[(">=", 8000.0, None, "元"), ("=", 50.0, None, "元")],
            ),
            (
                "男性、女性年龄分别在60岁、55岁以下。",
                &[("<=", 60.0, None, "岁"), ("<=", 55.0, None, "岁")],
            ),
            // windows are deadlines; grades and orders of magnitude are no counts
            ("应在72小时以内上报。", &[]),
            ("发现问题后2天内整改。", &[]),
            ("产业规模达到千亿级，培育三级以上企业。", &[]),
        ];
        for (input, want) in rows {
            let got: Vec<_> = run(input).0.into_iter().map(|q| (q.1, q.2, q.3, q.4)).collect();
            let want: Vec<_> = want.to_vec();
            assert_eq!(got, want, "{input:?}");
        }
    }

    /// Reported figures are statistics, never quotas.
    #[test]
    fn reported_figures_are_statistics() {
        for (input, value, unit) in [
            ("2022年完成投资3600多万元。", 36_000_000.0, "元"),
            ("全市共有规上企业1200家。", 1200.0, "家"),
            ("截至2023年底，已建成5G基站12万个。", 120_000.0, "个"),
            ("涵盖教育、卫生等18个领域。", 18.0, "个"),
            ("营业收入同比增长8%。", 8.0, "%"),
        ] {
            let (q, s) = run(input);
            assert!(q.is_empty(), "{input:?}: {q:?}");
            assert!(s.iter().any(|s| s.1 == value && s.2 == unit), "{input:?}: {s:?}");
        }
    }

    #[test]
    fn statistics_table() {
        let rows: &[(&str, &[(&str, f64, &str, bool)])] = &[
            (
                "义诊4.3万多人次,减免患者费用14.5万元。",
                &[("4.3万多人次", 43_000.0, "人次", true), ("14.5万元", 145_000.0, "元", false)],
            ),
            (
                "现场集中签约重点项目51个、总投资579.6亿元;",
                &[("51个", 51.0, "个", false), ("579.6亿元", 57_960_000_000.0, "元", false)],
            ),
            ("全市已全面启动了34项专项整治任务", &[("34项", 34.0, "项", false)]),
        ];
        for (input, want) in rows {
            let got = run(input);
            assert!(got.0.is_empty(), "{input:?}: {:?}", got.0);
            let want: Vec<_> = want.iter().map(|&(t, v, u, a)| (t.to_string(), v, u, a)).collect();
            assert_eq!(got.1, want, "{input:?}");
        }
    }

    #[test]
    fn never_quantities() {
        for input in [
            "要发挥一把手作用，一是要学习，践行三严三实，反对四风，防止两张皮，要统一部署，一律从严，一些问题一起解决，要一道研究，一方面要学。",
            "要按照五个准确把握的要求，做到两个维护。",
            "郑群办发〔2014〕21号",
            "文章代写:13258028938(同微信)",
            "要防止出现1、2、3这样的编号",
            "要学习《关于组织观看〈焦裕禄〉等8部影片的通知》",
            "需要着力把握 10 个方面重点问题",
            "要在10日内完成",
            "全省第十期活动",
            "依照本条例第12条处理",
            "按附件3所列格式填报",
            "咨询电话：0531-86123456",
            "鲁政办发〔2021〕15号",
            "要学习《关于做好2023年10项重点工作的通知》",
            "应建设5G基站",
            "评审排名前3名的项目",
        ] {
            assert_eq!(run(input), (vec![], vec![]), "{input:?}");
        }
    }

    #[test]
    fn engines_are_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<QuotaExtractor>();
        ok::<crate::extract::deadline::DeadlineExtractor>();
        ok::<crate::extract::time::TimeRecognizer>();
    }

    #[test]
    fn serialises_integral_values_as_integers() {
        let text = "集中学习不少于5天";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        let q = &QuotaExtractor::new().find_iter(&cx)[0];
        let json = serde_json::to_value(q).unwrap_or_default();
        assert_eq!(json["value"], serde_json::json!(5));
        assert_eq!(json["comparator"], ">=");
        assert_eq!(json["max"], serde_json::Value::Null);
    }
}
