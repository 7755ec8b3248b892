//! Requirement or report: each candidate quantity becomes a quota, a
//! statistic, or nothing.

use super::prepared::{Gov, Prepared};
use super::quantity::Found;
use super::words::{BOUND_JOINTS, GOAL_AFTER, HEDGES, PENALTIES, SPANS_OF_TIME, SUBJECT_CUT};
use super::{Comparator, Quota, Statistic};
use crate::Span;
use crate::extract::Context;
use crate::normalize::is_han;

/// Quotas and statistics of the candidates `found`, in order.
pub(super) fn classify<'t>(
    cx: &Context<'t, '_>,
    p: &Prepared,
    found: &[Found],
) -> (Vec<Quota<'t>>, Vec<Statistic<'t>>) {
    let view = cx.view();
    let v = view.text.as_str();
    let mut quotas: Vec<Quota<'t>> = Vec::new();
    let mut stats = Vec::new();
    let mut last: Option<(usize, Comparator, Option<&'t str>)> = None; // end, cmp, per
    let mut last_view: Option<(usize, usize)> = None; // the last quota's view span
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
            // …/同期全部医疗服务量×100%: a term of a formula.
            || v.get(..f.start).is_some_and(|b| b.ends_with(['×', '÷', '*', '＊']))
            || tail.starts_with(['×', '÷'])
            // 1000千伏特高压, 500千伏变电站: a voltage class naming equipment.
            || (matches!(f.unit, "千伏" | "伏") && tail.starts_with(|c: char| is_han(c) && c != '以'))
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
        // …、看1次…; 一名办公室成员及一名联络员: a second object of the same verb.
        let coord = last.filter(|&(pe, _, _)| {
            pe >= sent_start
                && v.get(pe..f.start).is_some_and(|g| {
                    (g.starts_with('、') && g.chars().skip(1).all(is_han) && g.chars().count() <= 5)
                        || CONJUNCTIONS.contains(&g)
                })
        });
        let target = p.target_in(sent_start, head);
        // 收入为5000元—5499元者: a condition on who a rule applies to;
        // 者,交纳10元 / …的，给予…: the rule that follows a condition;
        // 超过8000元的，: a threshold closing a condition clause.
        let condition = tail.starts_with('者')
            || ["的，", "的,", "的；"].iter().any(|c| tail.starts_with(c))
            || p.after_condition(v, head);
        let past = match p.gov_in(sent_start, head) {
            Some((_, Gov::Past)) => true,
            // 要新增覆盖14.3万户，累计达到30.3万户: a running total under a
            // requirement is a cumulative target.
            Some((soft, Gov::SoftPast)) => {
                !target && !p.requirement_in(p.scope_start(sent_start, soft.start), soft.start)
            }
            _ => false,
        };
        // 由7.5%降为3%, 从54.5%提升到: the starting value is a fact.
        let start_value = before.ends_with(['由', '从']);
        let goal = GOAL_AFTER.iter().find(|(w, _)| tail.starts_with(w));
        let penalty = PENALTIES.iter().find(|w| tail.starts_with(*w));
        let scope_start = p.scope_start(sent_start, head);
        let cue = p.gov_in(scope_start, head);
        // 选取3—5个重点领域, 支持1~2项: a document that requires gives
        // ranges when it prescribes; a fact is reported as one figure.
        let range = f.num.max.is_some() && !p.registers.report_at(f.start) && p.may_plan;
        let required = matches!(cue, Some((_, Gov::Require)))
            || range
            || p.intro_in(sent_start, head)
            || target
            || condition
            || goal.is_some()
            || penalty.is_some();
        if let Some((_, Some(c))) = goal {
            f.cmp = Some(*c);
        }
        let mut text_start;
        let mut subject = None;
        let mut subject_after = false;
        let cmp;
        if let Some((pe, c, pr)) = coord.filter(|_| f.cmp.is_none() || f.num.arabic) {
            cmp = f.cmp.unwrap_or(c);
            per = per.or(pr);
            text_start = pe + '、'.len_utf8();
            subject_after = true;
        } else if let Some(c) = f.cmp.filter(|_| {
            // In a report, 超过/达到/以上 need a requirement to make a quota.
            let unrequired = f.reported && p.registers.report_at(f.start) && !required;
            // 增加到121万亿元, 覆盖率为45%: a change's result or a set value
            // is a quota under a requirement, in a document that issues
            // decisions or in a task of a plan, else a review's figure.
            let decides = required || p.issued || (p.may_plan && p.in_task(f.end));
            let unrequired = unrequired || (f.decided && !decides);
            !(f.summary || start_value || past && f.num.arabic && penalty.is_none() || unrequired)
        }) {
            cmp = c;
            text_start = head;
            for h in HEDGES {
                if before.ends_with(h) {
                    text_start -= h.len();
                    break;
                }
            }
            // 可明确1名联络员: the modal belongs to the assignment.
            if f.object_after
                && let Some((cs, Gov::Require)) = cue
                && cs.end == text_start
            {
                text_start = cs.start;
            }
            let (sb, pb, ps) = if f.object_after {
                (None, None, text_start)
            } else {
                subject_before(v, sent_start, text_start)
            };
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
            let governed = (!before.ends_with('的') || penalty.is_some())
                && !past
                && !f.summary
                && !start_value
                && required
                && (f.num.arabic || penalty.is_some());
            if !governed {
                if f.num.arabic
                    && !f.years
                    && !in_ratio(v, p.clause_start(sent_start, f.start), f.start)
                {
                    // 超过19亿件: a comparator word right before the figure is
                    // part of it; a verb (达到) is not.
                    let start = f
                        .cmp_start
                        .filter(|&s| {
                            !f.weak && v.get(s..f.start).is_some_and(|g| g.chars().count() <= 3)
                        })
                        .unwrap_or(f.start);
                    let (span, text) = cx.locate(view.to_local(Span::new(start, f.end)));
                    stats.push(Statistic {
                        text,
                        span,
                        value: f.num.value,
                        unit: f.unit,
                        approx: f.num.approx || (f.cmp.is_some() && !f.weak),
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
        // 处二百元罚款: the amount through the penalty noun, subject 罚款.
        if let Some(w) = penalty {
            let noun = w.trim_start_matches('的');
            end = f.end + w.len();
            subject = Some(cx.locate(view.to_local(Span::new(end - noun.len(), end))).1);
            subject_after = false;
        }
        if subject_after && subject.is_none() {
            let after = v.get(end..).unwrap_or("");
            if !after.starts_with('的') {
                // The noun ends where a coordinated object begins (`及`, `和`).
                let len: usize = after
                    .chars()
                    .take_while(|&c| is_han(c) && !matches!(c, '及' | '和' | '与' | '并'))
                    .take(8)
                    .map(char::len_utf8)
                    .sum();
                if len >= 3 {
                    subject = Some(cx.locate(view.to_local(Span::new(end, end + len))).1);
                    end += len;
                }
            }
        }
        let cmp = if f.num.max.is_some() { Comparator::Range } else { cmp };
        // 不得少于1年且不得超过3年: two bounds of one range.
        if let Some((ls, le)) = last_view
            && cmp == Comparator::AtMost
            && let Some(prev) = quotas.last_mut()
            && prev.comparator == Comparator::AtLeast
            && prev.unit == f.unit
            && prev.value < f.num.value
            && v.get(le..head).is_some_and(|g| {
                BOUND_JOINTS.iter().any(|j| g.starts_with(j)) && g.chars().count() <= 4
            })
        {
            let (span, text) = cx.locate(view.to_local(Span::new(ls, end)));
            prev.comparator = Comparator::Range;
            prev.max = Some(f.num.value);
            prev.span = span;
            prev.text = text;
            last = Some((end, Comparator::Range, per));
            last_view = Some((ls, end));
            continue;
        }
        let (span, text) = cx.locate(view.to_local(Span::new(text_start, end)));
        last = Some((end, cmp, per));
        last_view = Some((text_start, end));
        quotas.push(Quota {
            text,
            span,
            comparator: cmp,
            value: f.num.value,
            max: f.num.max,
            unit: f.unit,
            per,
            subject,
            strict: f.strict && matches!(cmp, Comparator::AtLeast | Comparator::AtMost),
        });
    }
    (quotas, stats)
}

/// Conjunctions that join two objects of one verb of requirement.
const CONJUNCTIONS: &[&str] = &["及", "和", "与", "以及"];

/// True when the figure at `at` is a term of a ratio in its clause
/// (`每5辆车就有2个充电桩`): right after 每, or after a 每 figure and 就.
fn in_ratio(v: &str, clause_start: usize, at: usize) -> bool {
    let Some(c) = v.get(clause_start..at) else { return false };
    c.ends_with('每')
        || c.rfind('每').is_some_and(|i| {
            let r = c.get(i + '每'.len_utf8()..).unwrap_or("");
            r.starts_with(|ch: char| ch.is_ascii_digit()) && r.contains('就')
        })
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
    use super::super::tests::run;
    use super::in_ratio;

    /// Reported figures are statistics, never quotas.
    #[test]
    fn strict_comparators_exclude_their_bound() {
        use crate::extract::{Context, quota::QuotaExtractor};
        use crate::normalize::Normalizer;
        let rows: &[(&str, bool)] = &[
            ("项目总投资应超过5000万元。", true),
            ("补助资金原则上不超过项目总投资的30%。", false),
            ("申报企业职工人数不得少于50人。", false),
            ("连续停产不满6个月的，应当报告。", true),
            ("年主营业务收入10亿元以上的企业。", false),
        ];
        let extractor = QuotaExtractor::new();
        for &(text, strict) in rows {
            let norm = Normalizer::new().normalize(text);
            let cx = Context::whole(text, &norm, None);
            let q = extractor.find_iter(&cx);
            assert_eq!(q.first().map(|q| q.strict), Some(strict), "{text}: {q:?}");
        }
    }

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
            // An assignment already made is reported.
            ("会议确定了5名代表。", &[("5名", 5.0, "名", false)]),
        ];
        for (input, want) in rows {
            let got = run(input);
            assert!(got.0.is_empty(), "{input:?}: {:?}", got.0);
            let want: Vec<_> = want.iter().map(|&(t, v, u, a)| (t.to_string(), v, u, a)).collect();
            assert_eq!(got.1, want, "{input:?}");
        }
    }

    /// Issue 11: penalties, bound pairs, goals, caps and plans are quotas, as
    /// (input, quotas as (comparator, value, max, unit, subject)). Rows are
    /// written from reading; none is a sentence of the annotated sets.
    #[test]
    fn issue_11_quota_families() {
        type Row = (
            &'static str,
            &'static [(&'static str, f64, Option<f64>, &'static str, Option<&'static str>)],
        );
        let rows: &[Row] = &[
            (
                "违反规定的，处2万元以上20万元以下罚款。",
                &[("range", 20_000.0, Some(200_000.0), "元", Some("罚款"))],
            ),
            (
                "情节严重的，处一万元以上五万元以下罚款。",
                &[("range", 10_000.0, Some(50_000.0), "元", Some("罚款"))],
            ),
            ("拒不改正的，处二百元罚款。", &[("=", 200.0, None, "元", Some("罚款"))]),
            (
                "并处违法所得三倍以上五倍以下的罚款。",
                &[("range", 3.0, Some(5.0), "倍", Some("罚款"))],
            ),
            (
                "培训时间不得少于2天且不得超过5天。",
                &[("range", 2.0, Some(5.0), "天", Some("培训时间"))],
            ),
            (
                "今年计划改造老旧小区500个以上。",
                &[(">=", 500.0, None, "个", Some("今年计划改造老旧小区"))],
            ),
            (
                "全年粮食产量实现1.3万亿斤以上目标。",
                &[(">=", 1.3e12, None, "斤", Some("全年粮食产量实现"))],
            ),
        ];
        for (input, want) in rows {
            let got: Vec<_> = run(input).0.into_iter().map(|q| (q.1, q.2, q.3, q.4, q.6)).collect();
            let want: Vec<_> =
                want.iter().map(|&(c, v, m, u, s)| (c, v, m, u, s.map(String::from))).collect();
            assert_eq!(got, want, "{input:?}");
        }
    }

    /// Issue 11: in a report (more past cues than requirements) a figure
    /// after a comparator that reports as readily as it requires is a
    /// statistic; anniversaries and the terms of a ratio are no figures.
    #[test]
    fn issue_11_reports_are_statistics() {
        let report = "截至9月底，全市已建成基站1200个，同比增长2%。前三季度，覆盖面超过95%，出口额达1.62万亿元，同比增长8%。缓缴规模530多亿元。居民人均可支配收入增长5%，事故已造成至少15名游客受伤，每4辆车就有1个充电桩。今年是建市50周年。";
        let (q, s) = run(report);
        assert!(q.is_empty(), "{q:?}");
        let want: &[(&str, f64, &str, bool)] = &[
            ("1200个", 1200.0, "个", false),
            ("2%", 2.0, "%", false),
            ("超过95%", 95.0, "%", true),
            ("1.62万亿元", 1_620_000_000_000.0, "元", false),
            ("8%", 8.0, "%", false),
            ("530多亿元", 53_000_000_000.0, "元", true),
            ("5%", 5.0, "%", false),
            ("至少15名", 15.0, "名", true),
        ];
        let want: Vec<_> = want.iter().map(|&(t, v, u, a)| (t.to_string(), v, u, a)).collect();
        assert_eq!(s, want);
    }

    /// A work report reviews the past year, then sets this year's targets:
    /// the review paragraph reads as a report even where the whole text
    /// reads as a requirement.
    #[test]
    fn a_review_paragraph_reports() {
        let text = "过去一年，地区生产总值达到5000亿元，同比增长6%，比上年提高1个百分点，已完成全年任务。\n\
                    今年要确保地区生产总值增长6%左右，城镇新增就业达到10万人以上。\n\
                    各区要抓好落实，务必按期完成，确保不出问题。";
        let (q, s) = run(text);
        let q: Vec<_> = q.iter().map(|q| (q.0.as_str(), q.1, q.2)).collect();
        assert_eq!(
            q,
            [
                ("确保地区生产总值增长6%左右", "~", 6.0),
                ("城镇新增就业达到10万人以上", ">=", 100_000.0)
            ]
        );
        let s: Vec<_> = s.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(s, ["5000亿元", "6%", "1个百分点"]);
    }

    #[test]
    fn ratio_terms() {
        for (input, at, want) in [
            ("每5辆车就有2个充电桩", "2个", true),
            ("每5辆车", "5辆", true),
            ("共有2个充电桩", "2个", false),
        ] {
            let i = input.find(at).unwrap_or(0);
            assert_eq!(in_ratio(input, 0, i), want, "{input:?}");
        }
    }
}
