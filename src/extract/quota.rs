//! Quotas (numeric requirements) and statistics (reported figures).
//!
//! A quantity is a numeral followed by a unit or measure word
//! ([`crate::normalize::numerals::UNITS`]). It is a **quota** when the text
//! requires it: a comparator (`不少于`, `至少`, `不超过`, `以上`, `左右`, …), a
//! modal (`要`, `应`, `可`, …) governing it in its sentence, or coordination
//! with a quota just before (`至少要开展1次…、看1次…`). Otherwise an Arabic
//! quantity is a **statistic** (`签约重点项目51个`, `义诊4.3万多人次`).
//!
//! Never quantities: Chinese numerals outside a comparator (`一把手`, `一是`,
//! `三严三实`, `四风`, `两手抓`, `一批`), numbers inside 《titles》, parts of
//! time expressions, ordinals (`第十期`), outline markers (`1、`), document
//! numbers (`〔2014〕21号`: 号 is no unit), telephone numbers (no unit), and
//! counts of aspects (`10个方面`).
//!
//! 万 and 亿 are multiplied into `value` (`579.6亿元` → 57,960,000,000, unit
//! `元`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::{Serialize, Serializer};

use crate::Span;
use crate::extract::Context;
use crate::extract::deadline::{Cue, Cues};
use crate::extract::time::TimeRecognizer;
use crate::normalize::is_han;
use crate::normalize::numerals::{Numeral, is_arabic_digit, scan_number, unit_at};

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

const PREFIX: &[(&str, Comparator)] = &[
    ("不少于", Comparator::AtLeast),
    ("不得少于", Comparator::AtLeast),
    ("不低于", Comparator::AtLeast),
    ("不得低于", Comparator::AtLeast),
    ("不小于", Comparator::AtLeast),
    ("至少", Comparator::AtLeast),
    ("最少", Comparator::AtLeast),
    ("不超过", Comparator::AtMost),
    ("不得超过", Comparator::AtMost),
    ("不多于", Comparator::AtMost),
    ("不高于", Comparator::AtMost),
    ("最多", Comparator::AtMost),
];

const POSTFIX: &[(&str, Comparator)] = &[
    ("左右", Comparator::About),
    ("上下", Comparator::About),
    ("以上", Comparator::AtLeast),
    ("以内", Comparator::AtMost),
    ("以下", Comparator::AtMost),
];

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

/// Finds quotas and statistics. Build once, share by `&`.
#[derive(Clone, Debug)]
pub struct QuotaExtractor {
    times: TimeRecognizer,
    cues: Cues,
    prefix: AhoCorasick,
}

impl Default for QuotaExtractor {
    fn default() -> Self {
        QuotaExtractor::new()
    }
}

fn is_sentence_stop(c: char) -> bool {
    crate::extract::sentence::is_sentence_end(c)
}

struct Found {
    start: usize,
    end: usize,
    num: Numeral,
    unit: &'static str,
    cmp: Option<Comparator>,
    cmp_start: Option<usize>,
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
        let prefix = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(PREFIX.iter().map(|(p, _)| p))
            .expect("valid comparator patterns");
        QuotaExtractor { times: TimeRecognizer::new(), cues: Cues::new(), prefix }
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

    /// Quotas and statistics in one pass.
    #[must_use]
    pub fn find_all<'t>(&self, cx: &Context<'t, '_>) -> (Vec<Quota<'t>>, Vec<Statistic<'t>>) {
        let view = cx.view();
        let v = view.text.as_str();
        let times = cx.times(&self.times);
        let titles = cx.view_titles();
        let blocked = |s: usize, e: usize| {
            let x = Span::new(s, e);
            times.iter().map(|t| &t.view).chain(titles.iter()).any(|t| t.overlaps(x))
        };
        let mut found: Vec<Found> = Vec::new();
        // Comparator-first quantities (Chinese numerals allowed).
        for m in self.prefix.find_iter(v) {
            let cmp = PREFIX.get(m.pattern().as_usize()).map(|p| p.1);
            let mut at = m.end();
            for _ in 0..=VERB_GAP {
                let Some(rest) = v.get(at..) else { break };
                if let Some(f) = quantity(rest, at) {
                    found.push(Found { cmp, cmp_start: Some(m.start()), ..f });
                    break;
                }
                match rest.chars().next() {
                    Some(c) if is_han(c) && c != '每' => at += c.len_utf8(),
                    _ => break,
                }
            }
        }
        // Arabic quantities.
        let mut prev: Option<char> = None;
        for (i, c) in v.char_indices() {
            let fresh = is_arabic_digit(c)
                && !prev.is_some_and(|p| {
                    is_arabic_digit(p)
                        || p == '.'
                        || p == '第'
                        || p.is_ascii_alphabetic()
                        || p == '+'
                });
            prev = Some(c);
            if !fresh || found.iter().any(|f| f.start <= i && i < f.end) {
                continue;
            }
            let mut start = i;
            for p in ["大约", "约", "近"] {
                if v.get(..i).is_some_and(|b| b.ends_with(p)) {
                    start = i - p.len();
                    break;
                }
            }
            let Some(rest) = v.get(start..) else { continue };
            if let Some(f) = quantity(rest, start).filter(|f| f.num.arabic) {
                found.push(f);
            }
        }
        found.sort_by_key(|f| f.start);
        let mut quotas: Vec<Quota<'t>> = Vec::new();
        let mut stats = Vec::new();
        let mut last: Option<(usize, Comparator, Option<&'t str>)> = None; // end, cmp, per
        for mut f in found {
            let tail = v.get(f.end..).unwrap_or("");
            if blocked(f.start, f.end) || tail.starts_with("方面") || tail.starts_with('+') {
                continue;
            }
            if f.cmp.is_none() {
                for (p, c) in POSTFIX {
                    if tail.starts_with(p) {
                        f.cmp = Some(*c);
                        f.end += p.len();
                        break;
                    }
                }
            }
            let mut end = f.end;
            let mut per = None;
            if let Some(r) =
                v.get(end..).and_then(|t| t.strip_prefix('/').or_else(|| t.strip_prefix('／')))
                && let Some(c) = r.chars().next().filter(|&c| is_han(c))
            {
                let s = v.len() - r.len();
                per = Some(cx.locate(view.to_local(Span::new(s, s + c.len_utf8()))).1);
                end = s + c.len_utf8();
            }
            let sent_start = v
                .get(..f.start)
                .and_then(|p| p.char_indices().rev().find(|&(_, c)| is_sentence_stop(c)))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let head = f.cmp_start.unwrap_or(f.start);
            let before = v.get(sent_start..head).unwrap_or("");
            // Coordination with the quota just before: 、看1次…
            let coord = last.filter(|&(pe, _, _)| {
                pe >= sent_start
                    && v.get(pe..f.start).is_some_and(|g| {
                        g.starts_with('、')
                            && g.chars().skip(1).all(is_han)
                            && g.chars().count() <= 4
                    })
            });
            let mut text_start;
            let mut subject = None;
            let mut subject_after = false;
            let cmp;
            if let Some((pe, c, p)) = coord.filter(|_| f.cmp.is_none()) {
                cmp = c;
                per = per.or(p);
                text_start = pe + '、'.len_utf8();
                subject_after = true;
            } else if f.cmp.is_some()
                && f.num.arabic
                && matches!(self.cues.find(before).last(), Some((_, Cue::Past)))
            {
                // 已造成至少153人, 目前…98%以上: a reported figure with a bound.
                let (span, text) = cx.locate(view.to_local(Span::new(f.start, f.end)));
                stats.push(Statistic {
                    text,
                    span,
                    value: f.num.value,
                    unit: f.unit,
                    approx: true,
                });
                continue;
            } else if let Some(c) = f.cmp {
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
                if let Some(p) = pb {
                    per = per.or(Some(cx.locate(view.to_local(p)).1));
                    text_start = ps;
                }
            } else {
                // A modal governs a plain number in its own clause or the one
                // before (要带头抓，确定1—2个).
                let mut stops = before
                    .char_indices()
                    .filter(|&(_, c)| matches!(c, '，' | ',' | '；' | ';' | '：' | ':'));
                let scope_start = {
                    let v: Vec<usize> = stops.by_ref().map(|(i, c)| i + c.len_utf8()).collect();
                    v.len().checked_sub(2).and_then(|k| v.get(k)).copied().unwrap_or(0)
                };
                let scope = before.get(scope_start..).unwrap_or("");
                let last_cue =
                    self.cues.find(scope).last().map(|(sp, c)| (sp.shift(scope_start), c));
                let governed = matches!(last_cue, Some((_, Cue::Modal | Cue::Permit)))
                    && !before.ends_with('的');
                if !governed {
                    if f.num.arabic {
                        let (span, text) = cx.locate(view.to_local(Span::new(f.start, f.end)));
                        stats.push(Statistic {
                            text,
                            span,
                            value: f.num.value,
                            unit: f.unit,
                            approx: f.num.approx,
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
                if let Some((cs, _)) = last_cue {
                    let gap = before.get(cs.end..).unwrap_or("");
                    if gap.chars().count() <= 2 && gap.chars().all(is_han) {
                        text_start = sent_start + cs.start;
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
            let cmp = if f.num.max.is_some() && cmp == Comparator::Exactly {
                Comparator::Range
            } else {
                cmp
            };
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

/// A numeral plus unit at the start of `rest` (which starts at view offset `at`).
fn quantity(rest: &str, at: usize) -> Option<Found> {
    let num = scan_number(rest)?;
    let unit = unit_at(rest.get(num.len..)?)?;
    Some(Found { start: at, end: at + num.len + unit.len(), num, unit, cmp: None, cmp_start: None })
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
