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
//!   before a ratio (`提高20%`), `一式` before copies; a verb that assigns
//!   people right before a head count (`确定一名联络员`, `选派3名干部`,
//!   Chinese numerals included; the noun after is the subject, and a second
//!   object joined by `及`/`和` is a quota too); a comparator right before
//!   such a verb makes the verb its short verb (`至少明确2-3个`, `各推荐5个`);
//!   a verb of a plan right before an Arabic count (`建设30个电气化项目`) in
//!   a task paragraph, one that names the units responsible
//!   (`（省发展改革委负责）`), outside news;
//! - a range in a document that requires, outside news and reports
//!   (`选取3—5个重点领域`, `支持1~2项`): prescriptions give ranges, facts are
//!   reported as one figure;
//! - a requirement in its clause or the one before: a modal (`要`, `应`,
//!   `可`), a grant (`给予`, `奖励`, `补助`), a rate (`按照…的30%`); a future
//!   target in its sentence (`到2023年`, `年底前`, `每年`); a condition
//!   (`…者`, the clause after `…的，`); coordination with a quota just
//!   before (`至少要开展1次…、看1次…`).
//!
//! In a document that reads as a report (more past cues than cues of
//! requirement: news, reviews), or in a paragraph that does (at least three
//! cues, more of them past: the review of the past year in a work report,
//! the background of a notice), comparators that report as readily as they
//! require (`超过`, `达到`, `以上`, `提高`) make a quota only under a
//! requirement; `将` is no plan cue there and `前4个月`/`每年` set no target.
//! A penalty amount (`处二百元罚款`, Chinese numerals included), a figure
//! before `目标` or `的限额`, and two bounds joined by `且` (`不得少于1年且不得
//! 超过3年`, one range) are quotas; a starting value (`由7.5%降为`), the terms
//! of a ratio (`每5辆车就有2个`) and `N周年` are not.
//!
//! Otherwise, or after a past marker (`已`, `了`, `截至`, `同比`), an Arabic
//! quantity is a **statistic** (`签约重点项目51个`, `义诊4.3万多人次`).
//!
//! Never quantities: Chinese numerals outside a comparator or an assigning
//! verb (`一把手`, `一是`,
//! `三严三实`, `四风`, `两手抓`, `一批`), numbers inside 《titles》, parts of
//! time expressions, windows (`24小时内`), ordinals and ranks (`第十期`,
//! `前3名`), labels (`附件1`), outline markers (`1、`), document numbers
//! (`〔2014〕21号`: 号 is no unit), telephone numbers (no unit), grades
//! (`三级`), and counts of aspects (`10个方面`). A count after `等` closes an
//! enumeration and is a statistic at most.
//!
//! 万, 亿 and 万亿 are multiplied into `value` exactly (`579.6亿元` →
//! 57,960,000,000, unit `元`).
//!
//! The pipeline, one file a stage: `words` (the word table, found with
//! the shared cues in one pass of `extract::word_tables`), `prepared` (per-document lookups, sorted for binary search),
//! `quantity` (candidates with their comparators), `classify` (quota,
//! statistic or nothing).

mod classify;
mod prepared;
mod quantity;
mod words;

use serde::{Serialize, Serializer};

use crate::Span;
use crate::extract::Context;
use crate::extract::deadline::CUES;
use crate::extract::genre::Reading;
use crate::extract::time::TimeRecognizer;
use crate::extract::word_tables::WordTables;
use classify::classify;
use prepared::Prepared;
use quantity::quantities;
use words::WORDS;

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
    /// The bound itself is excluded (`超过5年`: more than 5; `不足3人`: fewer
    /// than 3); `comparator` then reads `>` for `>=` and `<` for `<=`.
    pub strict: bool,
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

/// Finds quotas and statistics. Build once, share by `&`.
#[derive(Clone, Debug)]
pub struct QuotaExtractor {
    times: TimeRecognizer,
    /// The shared cues ([`CUES`]) and the quota words ([`WORDS`]), found
    /// in one pass over the view.
    tables: WordTables,
}

impl Default for QuotaExtractor {
    fn default() -> Self {
        QuotaExtractor::new()
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
        let cues: Vec<&str> = CUES.iter().map(|(w, _)| *w).collect();
        let words: Vec<&str> = WORDS.iter().map(|(w, _)| *w).collect();
        QuotaExtractor { times: TimeRecognizer::new(), tables: WordTables::new(&[&cues, &words]) }
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

    /// Quotas and statistics in one pass, the text read as
    /// [`Reading::detect`] reads it.
    #[must_use]
    pub fn find_all<'t>(&self, cx: &Context<'t, '_>) -> (Vec<Quota<'t>>, Vec<Statistic<'t>>) {
        self.find_all_as(cx, Reading::detect(cx.text()))
    }

    /// Quotas and statistics in one pass, the document read as `reading`
    /// (what the analyser settles from the parsed kind and title): news
    /// plans nothing, so a count after a verb of a plan (`新建4家`) is a
    /// plan number in a notice and a statistic in news; in a document that
    /// is or issues a plan ([`Reading::plan`]) such a count is a target
    /// anywhere, elsewhere only in a task paragraph; the result of a change
    /// (`调整为90万元`) is a quota without a modal only in a document that
    /// issues decisions ([`Reading::issued`]) or in a task of a plan.
    #[must_use]
    pub fn find_all_as<'t>(
        &self,
        cx: &Context<'t, '_>,
        reading: Reading,
    ) -> (Vec<Quota<'t>>, Vec<Statistic<'t>>) {
        let view = cx.view();
        let v = view.text.as_str();
        let p = Prepared::new(cx, v, &self.times, &self.tables, reading);
        let found = quantities(v, &p);
        classify(cx, &p, &found)
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity, reason = "table-driven test rows")]
mod tests {
    use super::*;
    use crate::extract::genre::Genre;
    use crate::normalize::Normalizer;

    type Q = (String, &'static str, f64, Option<f64>, &'static str, Option<String>, Option<String>);

    pub(super) fn run(text: &str) -> (Vec<Q>, Vec<(String, f64, &'static str, bool)>) {
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
            // head counts after a verb that assigns people, Chinese numerals
            // included; two objects of one verb (blind set b02, b07)
            ("各市安委会办公室分别确定1名联络员，主动对接。", &[("=", 1.0, None, "名")]),
            (
                "请各成员单位明确一名办公室成员及一名联络员，于11月4日前报送。",
                &[("=", 1.0, None, "名"), ("=", 1.0, None, "名")],
            ),
            ("各县选派两名干部参加培训。", &[("=", 2.0, None, "名")]),
            // reaching a threshold: 满 (`未满` is below it)
            ("任职满3年的干部可以申请交流。", &[(">=", 3.0, None, "年")]),
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
            // a levy set by a rule (`加收`, `征收`, `收取`)
            ("滞纳金按日加收0.5‰。", &[("=", 0.5, None, "‰")]),
            ("吨煤征收20元能源基地建设基金。", &[("=", 20.0, None, "元")]),
            // an inclusion note before the bound, and before a range's separator
            ("均价2倍（含2倍）以上的住房。", &[(">=", 2.0, None, "倍")]),
            (
                "3倍（含3倍）至4倍的，按1%缴纳。",
                &[("range", 3.0, Some(4.0), "倍"), ("=", 1.0, None, "%")],
            ),
            ("户均配变容量不低于2千伏安。", &[(">=", 2.0, None, "千伏安")]),
            // the base of a ratio after a verb or a comparator, a year naming it
            ("替代关停机组的容量要达到自身容量80%。", &[(">=", 80.0, None, "%")]),
            ("涨幅控制目标为不超过2021年度出让地价的12%。", &[("<=", 12.0, None, "%")]),
            ("新设外资企业增长近70%。", &[]),
            // 千分之, 万分之; a rate right after 按
            ("处合同金额千分之五以上千分之十以下的罚款。", &[("range", 5.0, Some(10.0), "‰")]),
            ("按日加收滞纳税款万分之五的滞纳金。", &[("=", 0.05, None, "%")]),
            ("检验收费减按50%收取。", &[("=", 50.0, None, "%")]),
            // a term of a formula
            ("占比=特需医疗服务量/同期全部医疗服务量×100%。", &[]),
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
            // a comparator right before a verb of the grammar (the verb is
            // its short verb)
            ("每个试点至少明确2-3个阶段目标。", &[("range", 2.0, Some(3.0), "个")]),
            ("各区县各推荐3个典型案例。", &[("=", 3.0, None, "个")]),
            ("每个乡镇至少确定1名联络员。", &[(">=", 1.0, None, "名")]),
            ("请于5月10日前报送一名联系人。", &[("=", 1.0, None, "名")]),
            // a count right after a verb of a plan in a task paragraph
            // (one naming the units responsible), outside news
            (
                "在沿河乡镇新建20个污水处理站和3个示范点。（县水利局牵头负责）",
                &[("=", 20.0, None, "个"), ("=", 3.0, None, "个")],
            ),
            ("棚户区住房改造620多万套，农村危房改造190万户。", &[]),
            (
                "建成500亩以上生态林地3个。(牵头单位：区林业局)",
                &[(">=", 500.0, None, "亩"), ("=", 3.0, None, "个")],
            ),
            ("确认待改造升级的林场场部177处，列入改造计划。(牵头单位：区林业局)", &[]),
            ("央视网消息（新闻联播）：今年以来，全省新建20个污水处理站。", &[]),
            ("央视网消息（新闻联播）：春运期间，车站单日客流最高达到9000人次，同比增长12%。", &[]),
            // a penalty is a rule whatever narration comes before it
            (
                "已经取得许可证但逾期未年检的，处以1万元以上5万元以下的罚款。",
                &[("range", 10_000.0, Some(50_000.0), "元")],
            ),
            // a running total under a requirement is a cumulative target
            (
                "今年全县要新建充电桩200个，累计达到1500个。",
                &[("=", 200.0, None, "个"), (">=", 1500.0, None, "个")],
            ),
            // a range in a document that requires
            ("每个区选取2～4个社区开展试点。", &[("range", 2.0, Some(4.0), "个")]),
            ("年满18岁至35岁的男性公民参加民兵组织。", &[("range", 18.0, Some(35.0), "岁")]),
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

    /// In a document that is or issues a plan, a count after a verb of a
    /// plan is a target in any paragraph; elsewhere it needs a task note.
    #[test]
    fn plan_documents() {
        let text = "建成“两网融合”服务点670个、中转站12座、集散场1个。创建达标小区518个。";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        let extractor = QuotaExtractor::new();
        let plan = |plan| -> Vec<(f64, &str)> {
            let reading = Reading { genre: Genre::Notice, plan, issued: true };
            let (q, _) = extractor.find_all_as(&cx, reading);
            q.iter().map(|q| (q.value, q.unit)).collect()
        };
        assert_eq!(plan(true), [(670.0, "个"), (12.0, "座"), (1.0, "个"), (518.0, "个")]);
        assert_eq!(plan(false), []);
        let news = Reading { genre: Genre::News, plan: true, issued: false };
        let (q, _) = extractor.find_all_as(&cx, news);
        assert!(q.is_empty());
    }

    /// A change's result and a value set by a rule are quotas where the
    /// document decides (a notice, a statute) or in a task of a plan; a
    /// review writes the same verbs.
    #[test]
    fn decided_values() {
        let text =
            "首套房最高贷款额度由120万元调整为90万元。税率为0.5%。常住人口城镇化率提高到65.2%。";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        let extractor = QuotaExtractor::new();
        let values = |issued| -> Vec<(f64, &str)> {
            let reading = Reading { genre: Genre::Notice, plan: false, issued };
            let (q, _) = extractor.find_all_as(&cx, reading);
            q.iter().map(|q| (q.value, q.unit)).collect()
        };
        assert_eq!(values(true), [(900_000.0, "元"), (0.5, "%"), (65.2, "%")]);
        // An untitled text reads as issued only when written in articles.
        assert_eq!(extractor.find_all(&cx).0.len(), 0);
        let statute = "第五条 免税面积为180平方米。\n第六条 养老保险单位费率从19%降低到16%。";
        let norm = Normalizer::new().normalize(statute);
        let cx = Context::whole(statute, &norm, None);
        let (q, _) = extractor.find_all(&cx);
        let got: Vec<(f64, &str)> = q.iter().map(|q| (q.value, q.unit)).collect();
        assert_eq!(got, [(180.0, "平方米"), (16.0, "%")]);
        assert_eq!(values(false), []);
        // Under a requirement, any document.
        let text = "要将审批时间压减至40个工作日。";
        let (q, _) = run(text);
        assert_eq!(q.len(), 1, "{q:?}");
    }

    /// (input, the quota words found as (text, word)): decoys hide the
    /// words inside them.
    #[test]
    fn words_table() {
        use words::Word;
        let words: Vec<&str> = WORDS.iter().map(|(w, _)| *w).collect();
        let tables = WordTables::new(&[&words]);
        let rows: &[(&str, &[(&str, Word)])] = &[
            ("不得少于", &[("不得少于", Word::Before(Comparator::AtLeast))]),
            ("最高人民法院", &[]),
            ("设区的市", &[]),
            ("控制在", &[("控制在", Word::Bind(Comparator::AtMost))]),
            ("同比增长", &[("同比", Word::Past)]),
        ];
        for (input, want) in rows {
            let got: Vec<_> = tables
                .find(input)
                .concat()
                .into_iter()
                .filter_map(|(s, i)| Some((&input[s.start..s.end], WORDS.get(i)?.1)))
                .filter(|&(_, w)| w != Word::Decoy)
                .collect();
            assert_eq!(got, want.to_vec(), "{input:?}");
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
