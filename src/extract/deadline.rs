//! Deadlines: time limits attached to a required action.
//!
//! Every time expression of the document (see [`crate::extract::time`],
//! recognised once per document) is read with what leads it and what follows
//! it in its sentence, at most 48 chars either side.
//!
//! A dated expression (a day, a period, an upper bound, a range) is never a
//! deadline inside a 《title》, as a signature or 印发 date, after a
//! recurrence in its sentence (`每年7月30日前…、11月30日前…`), as a reference
//! year or attribute (`2018年度`, `…之前的项目`, `…期间`, `…以来`), as a start
//! (`自`, `从`, `不早于`, `…起`), as a comparison (`达到2020年水平`), after
//! `已于`, before `了`, or when it lies before the reference date (the
//! document date, else the date the text makes clear) unless a hedge binds
//! it. Otherwise it is a deadline when
//!
//! - a hedge (`原则上`, `力争`, `确保`, `务必`, `争取`) or `到`/`至` leads it
//!   (`到2025年`: a year-level target);
//! - `于`/`在` leads it (`请于5月15日前报送`, `于12月下旬组织`); a bare year
//!   also needs a completion verb (`于2025年建成`);
//! - it is an upper bound (`X前`, `年内`) heading a clause or followed by a
//!   comma, bound by a modal in its sentence, or followed by a completion
//!   verb and ending after the reference date (`各区县12月底前报送总结`);
//! - it heads a clause (after punctuation, a bracket or an enumerator) and is
//!   followed by a modal (`9月份还要…`), or — a schedule sentence without a
//!   modal word — ends after the reference date and is followed by a comma,
//!   a closing bracket or a completion verb, or stands alone after a colon
//!   (`2018年12月下旬，组织…`, `第一阶段（2022年7月至12月）`,
//!   `受理时间为：7月10日至8月9日。`).
//!
//! A bare part of the year (`年末，`, no year, no `前`) heads a schedule only
//! with a modal; a whole year that names a plan or a report (`2026年计划报告`,
//! `2021年预算`) is never a deadline, nor is a year counted from an event
//! (`次年6月底前`).
//!
//! Vague timing, recurrences and windows need a hedge or a modal; vague
//! timing also a completion verb right after it (`尽快启动`, `限期整改到位`)
//! or the topic position (`近期，各级党委要…`). A window is a rule counted
//! from an event: no dates, its [`Duration`] and [`Event`] instead. No kind
//! is a deadline in a condition, a clause that ends with `的` before a comma
//! (`十五日内不能作出答复的，…`).
//!
//! **Lists.** Dated expressions set off only by `、`, `和`, `及`, `与`
//! share one lead and one tail (`分别于3月25日、6月25日、11月30日前上报`,
//! `于5月、10月组织`): each member is judged with the first member's lead and
//! the last member's tail and verb; before a last member that is an upper
//! bound, a day or period is one too; a yearless member takes the year
//! written on the first (`2022年3月、6月`).
//!
//! **Year rollover.** A yearless upper bound (`X前`) or target (led by
//! `于`/`在`/`到` or a hedge, and bound by a modal or a word of intent:
//! `将于`, `请于`) that ends before the reference date is next
//! year's when it falls more than half a year (183 days) before an exact
//! reference (`请于1月10日前报送` in December), at all before a lower bound
//! (a date taken from the text), or before the previous member of its list.
//! Narration (a clause whose first cue is a past one, `…完成了…`) never
//! rolls.
//!
//! The deadline's `text` runs from the hedge (or `在`/`于`/`到`) through the
//! time expression to the completion verb when one follows within a few chars
//! (`原则上3月中旬动员结束`, `确保在4月底前完成`); `sentence` is the source span
//! of the sentence holding it. A hedge counts only when it stands right before
//! the time expression: in `确保在4月底前完成…，6月底前完成…` the second
//! deadline has no hedge.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use jiff::civil::Date;
use serde::{Serialize, Serializer};

use crate::Span;
use crate::extract::Context;
use crate::extract::genre::Reading;
use crate::extract::time::{
    Duration, Event, Reference, TimeExpr, TimeKind, TimeRecognizer, TimeWarning, YearSource,
    is_signature,
};
use crate::normalize::numerals::{is_arabic_digit, is_chinese_numeral};

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
    /// The length of a window (`kind` `window`: `五个工作日内` → 5
    /// working days); a window has no calendar dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    /// The event a window runs from, when written (`自收到申请之日起`
    /// → `收到申请`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<Event<'t>>,
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

/// The cue words, read leftmost-longest (a decoy hides the cue inside it).
pub(crate) const CUES: &[(&str, Cue)] = &[
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
    // 可 as the prefix of an adjective (`政府可调度储备能力420万吨`, `可再生能源`):
    // no permission.
    ("可调度", Cue::Decoy),
    ("可再生", Cue::Decoy),
    ("可支配", Cue::Decoy),
    ("可比", Cue::Decoy),
    ("可控", Cue::Decoy),
    ("可视化", Cue::Decoy),
    ("可追溯", Cue::Decoy),
    ("可复制", Cue::Decoy),
    ("可推广", Cue::Decoy),
    ("可量化", Cue::Decoy),
    ("可观", Cue::Decoy),
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
            // A full DFA scans every byte of every document: worth its memory.
            .kind(Some(AhoCorasickKind::DFA))
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

/// How many chars may stand between a bare year and its verb (`2016年启动`,
/// `（2021年至2023年）全面完成`, but not `2021年预算预计完成`, where the
/// year qualifies a noun).
const YEAR_ACTION_GAP: usize = 2;

/// What a candidate is judged against: the reference date and whether the
/// document is a plan.
#[derive(Clone, Copy, Debug)]
struct Setting {
    reference: Option<Reference>,
    plan: bool,
    /// The document issues decisions ([`Reading::issued`]).
    issued: bool,
}

/// Verbs of a plan's tasks after a heading year or quarter, besides the
/// completion verbs (`2020年形成处置能力`, `2019年再新增18辆`).
const PLAN_VERBS: &[&str] =
    &["形成", "投产", "开工", "竣工", "新增", "实现", "建立", "创建", "启动", "投入使用"];

/// How many chars may stand between a heading year or quarter and the verb
/// of a plan's task (`2019年垃圾焚烧设施开工建设`).
const PLAN_VERB_GAP: usize = 8;

/// How many chars of subject may stand between a coming year heading a
/// clause and the modal that makes it an annual target (`2017年本区绿色账户要`).
const YEAR_SUBJECT_GAP: usize = 8;

/// A completion verb after a time expression.
#[derive(Clone, Copy, Debug)]
struct Action {
    /// Byte offset of the verb's end from the end of the expression.
    end: usize,
    /// Chars between the expression and the verb.
    gap: usize,
}

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
            // A full DFA scans every byte of every document: worth its memory.
            .kind(Some(AhoCorasickKind::DFA))
            .build(ACTIONS)
            .expect("valid action patterns");
        DeadlineExtractor { times: TimeRecognizer::new(), cues: Cues::new(), actions }
    }

    /// The deadlines of the document, in order. Returns a `Vec`: each
    /// candidate needs its sentence and the cues around it.
    #[must_use]
    pub fn find_iter<'t>(&self, cx: &Context<'t, '_>) -> Vec<Deadline<'t>> {
        self.find_iter_in(cx, Reading::detect(cx.text()))
    }

    /// The deadlines of a document read as `reading`: in one that is or
    /// issues a plan ([`Reading::plan`]) a coming year or quarter heading a
    /// clause with a verb of the plan in it (`2019年再新增18辆`,
    /// `2020年形成处置能力`, `一季度实现…更新到位`) is a task's deadline
    /// without a modal.
    #[must_use]
    pub fn find_iter_in<'t>(&self, cx: &Context<'t, '_>, reading: Reading) -> Vec<Deadline<'t>> {
        let plan = reading.plan;
        let view = cx.view();
        let v = view.text.as_str();
        let reference = cx.time_reference(&self.times);
        let times = cx.times(&self.times);
        let mut out = Vec::new();
        // End (view offset) of the last recurrence (每年, 每月): a limit in
        // the same sentence after it recurs too (每年7月30日前…、11月30日前…).
        let mut recurring_end: Option<usize> = None;
        let mut i = 0;
        while i < times.len() {
            let n = list_len(v, times.get(i..).unwrap_or_default());
            let list = times.get(i..i + n).unwrap_or_default();
            i += n;
            for t in list.iter().filter(|t| t.kind == TimeKind::Recurring) {
                recurring_end = Some(t.view.end);
            }
            self.judge_list(
                cx,
                list,
                Setting { reference, plan, issued: reading.issued },
                recurring_end,
                &mut out,
            );
        }
        out
    }

    /// Judges a list of time expressions that share one lead and one tail
    /// (`分别于3月25日、6月25日、9月25日、11月30日前上报`, `于5月、10月组织`; most
    /// lists have one member): the lead is the first member's, the tail and
    /// the completion verb the last member's, and a day or period before a
    /// last member that is an upper bound is an upper bound too.
    fn judge_list<'t>(
        &self,
        cx: &Context<'t, '_>,
        list: &[TimeExpr<'t>],
        reading: Setting,
        recurring_end: Option<usize>,
        out: &mut Vec<Deadline<'t>>,
    ) {
        let reference = reading.reference;
        let (Some(first), Some(last)) = (list.first(), list.last()) else { return };
        let view = cx.view();
        let v = view.text.as_str();
        let titles = cx.view_titles();
        let head = Around::new(v, first.view);
        let around = Around { before: head.before, tail: Around::new(v, last.view).tail };
        let recurs = recurring_end.is_some_and(|e| {
            e <= first.view.start
                && v.get(e..first.view.start).is_some_and(|g| g.len() <= around.before.len())
        });
        let lead = Lead::read(around.before, first.view.start);
        let action = self.action(around.tail);
        let last_end = action.map_or(last.view.end, |a| last.view.end + a.end);
        if v.get(last_end..).is_some_and(|r| r.starts_with('了')) || conditional(around.tail) {
            return;
        }
        // A clause reporting the past (`…，各地完成了排查`) is narration:
        // its yearless dates stay where they fall.
        let narration = matches!(self.first_cue(around.tail), Some(Cue::Past));
        // A day or period (not an upper bound) looks ahead only when a modal
        // or a word of intent binds it (`将于3月中旬组织`, `请于5月`);
        // `省厅于3月中旬组织抽查，发现…` in a year-end report is narration.
        let ahead_words = self.modal_in(&around) || intends(around.before);
        // The end of the previous member: a list runs forward in time.
        let mut floor: Option<Date> = None;
        for (k, m) in list.iter().enumerate() {
            let is_last = k + 1 == list.len();
            let mut t = m.clone();
            if !is_last && last.kind == TimeKind::Before && t.kind == TimeKind::Period {
                (t.kind, t.start) = (TimeKind::Before, None);
            }
            if k > 0 {
                inherit_year(&mut t, first);
            }
            if !narration {
                let bound = t.kind == TimeKind::Before || ahead_words;
                roll_forward(&mut t, &lead, reference, floor, bound);
            }
            floor = t.end.or(floor);
            let ts = t.view;
            let required = match t.kind {
                TimeKind::Vague | TimeKind::Recurring | TimeKind::Window => {
                    self.undated_rule(t.kind, &around, &lead, action.is_some())
                }
                TimeKind::After => false,
                _ => {
                    // Never a deadline: a recurrence, a year in a title, a
                    // signature or 印发 date, a year counted from an event
                    // (次年), the past (unless hedged).
                    let vetoed = recurs
                        || t.year == YearSource::Event
                        || in_title(titles, ts)
                        || (t.start == t.end && is_signature(cx, view, ts))
                        || (lead.hedge.is_none() && is_past(&t, &around, reference));
                    !vetoed && self.dated_rule(&t, &around, &lead, action, reading, v)
                }
            };
            if !required {
                continue;
            }
            let text_start = if k == 0 { lead.text_start } else { ts.start };
            let text_end = if is_last { last_end } else { ts.end };
            let local = view.to_local(ts);
            let (span, text) = cx.locate(view.to_local(Span::new(text_start, text_end)));
            let hedge = lead.hedge.map(|h| cx.locate(view.to_local(h)).1);
            let sentence = cx.sentence_at(local.start).map_or(span, |s| cx.locate(s).0);
            out.push(Deadline {
                text,
                span,
                end: t.end,
                start: t.start,
                hedge,
                sentence,
                kind: t.kind,
                duration: t.duration,
                event: t.event,
                warning: t.warning,
            });
        }
    }

    /// Byte length from the end of a time expression through the completion
    /// verb that follows it within [`ACTION_GAP`] chars of its clause.
    fn action(&self, tail: &str) -> Option<Action> {
        let clause_end =
            tail.char_indices().find(|&(_, c)| is_stop(c)).map_or(tail.len(), |(i, _)| i);
        let clause = tail.get(..clause_end)?;
        let m = self.actions.find(clause)?;
        let gap = clause.get(..m.start())?;
        // A closing bracket may stand between: （2021年至2023年）全面完成.
        let gap = gap.trim_start_matches(['）', ')']).chars().count();
        (gap <= ACTION_GAP).then_some(Action { end: m.end(), gap })
    }

    /// Vague timing, recurrences and windows: a hedge or a modal, and for
    /// vague timing a completion verb or the topic position (`近期，…要`).
    fn undated_rule(&self, kind: TimeKind, around: &Around<'_>, lead: &Lead, action: bool) -> bool {
        let before = around.before;
        let tail = around.tail;
        let last_before = self.cues.find(before).filter(|&(_, c)| c != Cue::Permit).last();
        let first_after = self.cues.find(tail).find(|&(_, c)| c != Cue::Permit);
        let required = lead.hedge.is_some()
            || matches!(last_before, Some((_, Cue::Modal)))
            || matches!(first_after, Some((_, Cue::Modal)));
        if !required {
            return false;
        }
        if kind != TimeKind::Vague {
            return true;
        }
        let topic = before.trim().trim_start_matches(['#', '*']).is_empty()
            && tail.starts_with(['，', ','])
            && matches!(first_after, Some((_, Cue::Modal)));
        action || topic
    }

    /// A dated expression (a day, a period, an upper bound, a range) that is
    /// not in a title, a signature, a recurrence or the past is a deadline
    /// when its clause makes it one:
    ///
    /// - a hedge (`原则上`, `争取`) or `到`/`至` before it (`到2025年`, a
    ///   year-level target);
    /// - `于`/`在` before it (`请于5月15日前报送`, `于12月下旬组织`); a bare
    ///   year also needs a completion verb;
    /// - an upper bound (`X前`, `年内`) at the head of a clause, or with a
    ///   modal in its sentence (`…要…，6月底前完成`);
    /// - a day, period or range heading a clause and followed by a comma, a
    ///   closing bracket, a completion verb or a modal (`2018年12月下旬，组织…`,
    ///   `第一阶段（2022年7月至12月）`, `9月份还要…`), or standing alone
    ///   after a colon (`受理时间为：7月10日至8月9日。`). Such schedule
    ///   sentences have no modal word: only the date tells them from a
    ///   narrated event or a dateline, so they need a reference date and must
    ///   end after it.
    fn dated_rule(
        &self,
        t: &TimeExpr<'_>,
        around: &Around<'_>,
        lead: &Lead,
        action: Option<Action>,
        reading: Setting,
        v: &str,
    ) -> bool {
        let reference = reading.reference;
        let tail = around.tail;
        // 2018年度, 到2019年12月31日之前的在研项目, 2019年至2020年期间.
        if tail.starts_with(['度', '的']) || tail.starts_with("期间") {
            return false;
        }
        let years = whole_years(t);
        if years && names_a_document(tail) {
            return false;
        }
        let verb = action.is_some_and(|a| !years || a.gap <= YEAR_ACTION_GAP);
        // Ends after an exact reference date: a coming event, not a narrated
        // one or the document's own date (`（2014年4月8日，根据录音整理）`).
        // A year from a document number cannot tell.
        let ahead = matches!((reference, t.end), (Some(r), Some(e)) if r.exact && e > r.date);
        let before = t.kind == TimeKind::Before;
        // 确保2022年发行专项债券资金8月底前…: the year is the context of the
        // month's limit in its clause, no limit of its own.
        if years && !before && month_limit_in_clause(tail) {
            return false;
        }
        match lead.marker {
            Marker::Start | Marker::Past => return false,
            Marker::To => return true,
            _ if lead.hedge.is_some() => return true,
            // 请于5月15日前; 于12月下旬组织 in a report may be narration.
            Marker::Prep => {
                return before || ((!years || verb) && (ahead || self.modal_in(around)));
            }
            Marker::Head | Marker::Plain => {}
        }
        let head = lead.marker == Marker::Head;
        // A cell of a task table's time column (`2019年`, `2019年6月`): a
        // month or a year standing alone on its line, in or after the
        // reference year. A day alone is a 成文日期 or a meeting date.
        // A cell next to another such cell is a row of column headers
        // (`1996年⏎1997年⏎1998年⏎总计`).
        let cell = head
            && around.before.trim().is_empty()
            && around.tail.trim().is_empty()
            && matches!((t.start, t.end), (Some(s), Some(e)) if s < e)
            && matches!((reference, t.end), (Some(r), Some(e)) if e.year() >= r.date.year());
        if cell {
            return !beside_time_cell(v, t.view);
        }
        if before {
            if t.text.starts_with('截') {
                // 截至3月31日: a status line unless a modal binds it or it
                // closes a period of application (`申报时间截至2023年8月20日`).
                return self.modal_in(around) || closes_application(around.before);
            }
            // `…良好环境2023年底前，实现…`: a comma sets the limit off as
            // the head of the next clause even where a full stop was lost.
            // `各市6月底前报送…` (a subject, no modal) is a requirement when
            // it ends after the reference date; a news report
            // (`领导班子9月13日前全面部署到位`) cannot be told from it.
            return head
                || tail.starts_with(['，', ','])
                || self.modal_in(around)
                || (ahead && verb);
        }
        if !head {
            // 政府可调度储备能力2021年确保达到800万吨: a coming year after its
            // subject, right before a modal and a figure, is an annual target.
            return years
                && ahead
                && t.year == YearSource::Written
                && self.modal_figure_after(tail, 0);
        }
        let modal_soon = self.cues.find(tail).next().is_some_and(|(sp, c)| {
            c == Cue::Modal && tail.get(..sp.start).is_some_and(|g| g.chars().count() <= 2)
        });
        // In a plan, a task: a verb of the plan in the clause after a
        // heading year or quarter (`2020年形成处置能力`); in a document that
        // issues decisions, a schedule sentence: the year set off by a comma
        // (`2019年，在全国启动三级公立医院绩效考核工作`).
        let after_comma = tail.strip_prefix(['，', ',']);
        let task = ahead
            && (reading.plan && self.plan_verb_in_clause(tail)
                || reading.issued && after_comma.is_some_and(|r| self.plan_verb_in_clause(r)));
        if years {
            if task {
                return true;
            }
            // 2017年本区绿色账户要新增覆盖14.3万户: a coming year, written
            // as a number, heading a clause whose short subject is followed
            // by a modal and a figure sets a measurable annual target
            // (`明年要坚持稳字当头` sets a direction, not a limit).
            let rest = tail.strip_prefix(['，', ',']).unwrap_or(tail);
            let annual_target =
                t.year == YearSource::Written && self.modal_figure_after(rest, YEAR_SUBJECT_GAP);
            return verb && (ahead || modal_soon) || ahead && annual_target;
        }
        // `年末，…` with no year and no 前 heads narration in a report as
        // often as a schedule: only a modal makes it one.
        if t.year == YearSource::Bare {
            return modal_soon || task;
        }
        let comma = tail.starts_with(['，', ',', '）', ')']);
        let alone = lead.colon && tail.chars().next().is_none_or(is_stop);
        modal_soon || (ahead && (comma || verb || alone))
    }

    /// True when a completion verb or a verb of a plan stands in the clause
    /// that `tail` opens, within [`PLAN_VERB_GAP`] chars.
    fn plan_verb_in_clause(&self, tail: &str) -> bool {
        let end =
            tail.char_indices().take(PLAN_VERB_GAP + 4).find(|&(_, c)| is_stop(c)).map_or_else(
                || tail.char_indices().nth(PLAN_VERB_GAP + 4).map_or(tail.len(), |(i, _)| i),
                |(i, _)| i,
            );
        let clause = tail.get(..end).unwrap_or(tail);
        self.actions.find(clause).is_some()
            || PLAN_VERBS.iter().any(|v| {
                clause
                    .find(v)
                    .and_then(|i| clause.get(..i))
                    .is_some_and(|g| g.chars().count() <= PLAN_VERB_GAP)
            })
    }

    /// True when the first cue of `tail` is a modal (`确保`, `要`) after at
    /// most `subject` chars of a subject (no stop, no figure), and its clause
    /// holds an Arabic figure (`确保达到800万吨`, `本区绿色账户要新增覆盖14.3万户`).
    fn modal_figure_after(&self, tail: &str, subject: usize) -> bool {
        self.cues.find(tail).next().is_some_and(|(sp, c)| {
            let clause = tail.get(sp.end..).unwrap_or("").split(is_stop).next().unwrap_or("");
            c == Cue::Modal
                && clause.contains(|c: char| c.is_ascii_digit())
                && tail.get(..sp.start).is_some_and(|g| {
                    g.chars().count() <= subject
                        && g.chars().all(|c| !is_stop(c) && !c.is_ascii_digit())
                })
        })
    }

    /// The first cue (not a permission) in `s`.
    fn first_cue(&self, s: &str) -> Option<Cue> {
        self.cues.find(s).map(|(_, c)| c).find(|&c| c != Cue::Permit)
    }

    /// A modal is the last cue before the expression or the first after it,
    /// in its sentence.
    fn modal_in(&self, around: &Around<'_>) -> bool {
        let last_before = self.cues.find(around.before).filter(|&(_, c)| c != Cue::Permit).last();
        let first_after = self.cues.find(around.tail).find(|&(_, c)| c != Cue::Permit);
        matches!(last_before, Some((_, Cue::Modal))) || matches!(first_after, Some((_, Cue::Modal)))
    }
}

/// How many chars before and after a time expression the rules read. The
/// look is bounded (and stops at sentence ends) so that a long one-line OCR
/// document costs the same per expression as a short one.
const LOOK: usize = 48;

/// True when the clause `tail` opens holds a month's limit (`8月底前`,
/// `6月前`), for the year before it to set the scene.
fn month_limit_in_clause(tail: &str) -> bool {
    let clause = tail.split(is_stop).next().unwrap_or("");
    clause.match_indices('月').any(|(i, _)| {
        let after = clause.get(i + '月'.len_utf8()..).unwrap_or("");
        ["底前", "前", "底", "上旬", "中旬", "下旬", "末"].iter().any(|w| after.starts_with(w))
    })
}

/// Words of a period of application (`申报时间`, `报名截止日期`): a limit
/// after them closes it.
const APPLICATION_WORDS: &[&str] =
    &["申报", "报名", "申请", "受理", "征集", "提交", "报送", "投稿", "截稿"];

/// True when `before`, the text before a `截至…` limit, ends with the
/// period of an application (`补贴申报时间`, `报名日期`).
fn closes_application(before: &str) -> bool {
    let b = before.trim_end();
    let Some(head) = ["时间", "日期", "期限", "时限"].iter().find_map(|w| b.strip_suffix(w))
    else {
        return false;
    };
    let from = head.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    let tail = head.get(from..).unwrap_or(head);
    APPLICATION_WORDS.iter().any(|w| tail.contains(w))
}

/// The view text around one time expression, within its sentence and at
/// most [`LOOK`] chars either side.
struct Around<'v> {
    before: &'v str,
    tail: &'v str,
}

impl<'v> Around<'v> {
    fn new(v: &'v str, at: Span) -> Around<'v> {
        let head = v.get(..at.start).unwrap_or("");
        let mut start = at.start;
        for (n, (i, c)) in head.char_indices().rev().enumerate() {
            if n >= LOOK || is_sentence_stop(c) {
                break;
            }
            start = i;
        }
        let rest = v.get(at.end..).unwrap_or("");
        let mut end = rest.len();
        for (n, (i, c)) in rest.char_indices().enumerate() {
            if n >= LOOK || is_sentence_stop(c) {
                end = i;
                break;
            }
        }
        Around { before: v.get(start..at.start).unwrap_or(""), tail: rest.get(..end).unwrap_or("") }
    }
}

/// What stands right before a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    /// `于`, `在`: a point the action is bound to.
    Prep,
    /// `到`, `至`: a target (`到2025年`).
    To,
    /// `自`, `从`: a start, not a limit.
    Start,
    /// `已于`, `已在`: the past.
    Past,
    /// The start of a sentence or clause (after punctuation, a bracket or an
    /// enumerator such as `3.` or `（一）`).
    Head,
    /// Anything else (a subject: `领导班子9月13日前…`).
    Plain,
}

/// The lead of a time expression: its marker, its hedge and where the
/// deadline's text starts (view byte offset).
struct Lead {
    marker: Marker,
    hedge: Option<Span>,
    /// The clause head is a colon (`受理时间为：`).
    colon: bool,
    text_start: usize,
}

impl Lead {
    fn read(before: &str, at: usize) -> Lead {
        let mut b = before;
        let mut text_start = at;
        let mut marker = Marker::Plain;
        let mut strip = |b: &mut &str, p: &str| -> bool {
            match b.strip_suffix(p) {
                Some(x) => {
                    *b = x;
                    text_start -= p.len();
                    true
                }
                None => false,
            }
        };
        // 高于2020年水平, 达到2020年水平: a comparison, not a time bound.
        let compared = |b: &str, p: [char; 2], verbs: &str| {
            b.strip_suffix(p).and_then(|x| x.chars().next_back()).is_some_and(|c| verbs.contains(c))
        };
        if compared(b, ['于', '在'], "等大小高低多少")
            || compared(b, ['到', '至'], "达高增加降低减少升长延迟")
        {
            // Plain.
        } else if strip(&mut b, "在") || strip(&mut b, "于") {
            marker = match b.chars().next_back() {
                Some('已') => Marker::Past,
                Some('早') => Marker::Start, // 不早于
                _ => Marker::Prep,           // 于, 在, 不晚于
            };
        } else if strip(&mut b, "到") || strip(&mut b, "至") {
            marker = Marker::To;
        } else if b.ends_with(['自', '从']) {
            marker = Marker::Start;
        }
        let mut hedge = None;
        for h in HEDGES {
            if strip(&mut b, h) {
                hedge = Some(Span::new(text_start, text_start + h.len()));
                break;
            }
        }
        let trimmed = b.trim_end();
        let colon = trimmed.ends_with(['：', ':']);
        if marker == Marker::Plain && clause_head(trimmed) {
            marker = Marker::Head;
        }
        Lead { marker, hedge, colon, text_start }
    }
}

/// True when `b` (the text before an expression, trailing blanks removed)
/// ends a clause: nothing, a stop, an opening bracket, or an enumerator
/// (`3.`, `2、`, `三、`, `（一）`, `(2)`) after one.
fn clause_head(b: &str) -> bool {
    let Some(c) = b.chars().next_back() else { return true };
    if is_stop(c) || matches!(c, '（' | '(' | '【' | '「') {
        return true;
    }
    let body = b.get(..b.len() - c.len_utf8()).unwrap_or("");
    let numeral = |x: char| is_arabic_digit(x) || is_chinese_numeral(x);
    match c {
        '.' | '．' | '、' => {
            let rest = body.trim_end_matches(numeral);
            rest.len() < body.len() && clause_head(rest)
        }
        '）' | ')' => {
            let rest = body.trim_end_matches(numeral);
            rest.len() < body.len()
                && rest.strip_suffix(['（', '(']).is_some_and(|r| clause_head(r.trim_end()))
        }
        _ => false,
    }
}

/// True for a period of whole years (`2016年`, `到2025年`, `2021年至2023年`).
fn whole_years(t: &TimeExpr<'_>) -> bool {
    matches!((t.start, t.end), (Some(s), Some(e))
        if (s.month(), s.day(), e.month(), e.day()) == (1, 1, 12, 31))
}

/// True when the expression lies in the past: `以来` follows it closely
/// (`于2021年4月组建以来`) or `已` stands in the next 8 chars of its clause
/// (`至1月7日巡视组已下达…`), or it ends before the reference date, or (a
/// range) starts before it at the precision written, so that
/// `2018年10月至2021年7月底` in a July 2021 text is a data period.
fn is_past(t: &TimeExpr<'_>, around: &Around<'_>, reference: Option<Reference>) -> bool {
    let near: String = around.tail.chars().take_while(|&c| !is_stop(c)).take(8).collect();
    if near.starts_with("以来") || near.get(..12).is_some_and(|n| n.contains("以来")) {
        return true;
    }
    // 至2021年1月7日巡视组已正式下达…: 已 soon after, in the same clause.
    if near.contains('已') {
        return true;
    }
    let Some(r) = reference.map(|r| r.date) else { return false };
    if t.end.is_some_and(|e| e < r) {
        return true;
    }
    match (t.kind, t.start) {
        (TimeKind::Range, Some(s)) if (s.month(), s.day()) == (1, 1) => s.year() < r.year(),
        (TimeKind::Range, Some(s)) if s.day() == 1 => (s.year(), s.month()) < (r.year(), r.month()),
        (TimeKind::Range, Some(s)) => s < r,
        _ => false,
    }
}

/// Separators of a list of dates that share one lead and one tail
/// (`3月25日、6月25日`, `5月和10月`).
const LIST_SEPS: [&str; 5] = ["、", "和", "及", "与", "以及"];

/// How many expressions of `times` (from the first) form one list: dated
/// expressions (days, periods, upper bounds, ranges) set off only by a
/// [`LIST_SEPS`] separator.
fn list_len(v: &str, times: &[TimeExpr<'_>]) -> usize {
    let dated =
        |t: &TimeExpr<'_>| matches!(t.kind, TimeKind::Period | TimeKind::Before | TimeKind::Range);
    let mut n = 1;
    while let (Some(a), Some(b)) = (times.get(n - 1), times.get(n)) {
        let joined = dated(a)
            && dated(b)
            && a.kind != TimeKind::Before
            && v.get(a.view.end..b.view.start).is_some_and(|g| LIST_SEPS.contains(&g.trim()));
        if !joined {
            break;
        }
        n += 1;
    }
    n.min(times.len())
}

/// True when the clause after an expression is a condition (`十五日内不能作出
/// 答复的，经批准…`, `…前未完成整改的，`): it ends with `的` before a comma,
/// so it names a case, not a requirement.
fn conditional(tail: &str) -> bool {
    let Some((i, c)) = tail.char_indices().find(|&(_, c)| is_stop(c)) else { return false };
    matches!(c, '，' | ',') && tail.get(..i).is_some_and(|x| x.ends_with('的'))
}

/// How far before an exact reference date a yearless limit may fall and
/// still be read as this year's (past) one; further back, it is next year's
/// (`请于1月10日前报送` in a December document).
const ROLL_DAYS: i32 = 183;

/// Rolls a yearless upper bound or target (`11月10日前`, `将于1月`, not
/// narration; `bound` when an upper bound or a modal or word of intent binds
/// it) forward a year when it would end before the reference date:
/// by more than [`ROLL_DAYS`] days before an exact date, or at all before a
/// lower bound (a date from the text that the document may be later than).
/// In a list, a member before the previous one's end (`floor`) rolls too.
fn roll_forward(
    t: &mut TimeExpr<'_>,
    lead: &Lead,
    reference: Option<Reference>,
    floor: Option<Date>,
    bound: bool,
) {
    let (Some(r), Some(end)) = (reference, t.end) else { return };
    let target = t.kind == TimeKind::Before
        || matches!(lead.marker, Marker::Prep | Marker::To)
        || lead.hedge.is_some();
    if t.year != YearSource::Missing || !target || !bound || end >= r.date {
        return;
    }
    let behind_list = floor.is_some_and(|f| end < f);
    if r.exact && !behind_list && (r.date - end).get_days() <= ROLL_DAYS {
        return;
    }
    let next = |d: Date| -> Option<Date> {
        let y = Date::new(d.year().checked_add(1)?, d.month(), 1).ok()?;
        let last = y.last_of_month();
        Some(if d == d.last_of_month() || d.day() > last.day() {
            last
        } else {
            y.with().day(d.day()).build().ok()?
        })
    };
    t.start = t.start.and_then(next);
    t.end = next(end);
}

/// True when the text before an expression ends with a word of intent and
/// `于`/`在` (`将于`, `拟于`, `定于`, `请于`, `计划在`).
fn intends(before: &str) -> bool {
    let Some(b) = before.strip_suffix(['于', '在']) else { return false };
    ["将", "拟", "定", "请", "计划", "预计"].iter().any(|w| b.ends_with(w))
}

/// A yearless member of a list takes the year written on its first member
/// (`2022年3月、6月`: June 2022).
fn inherit_year(t: &mut TimeExpr<'_>, first: &TimeExpr<'_>) {
    let year = first.start.or(first.end).map(|d| d.year());
    let (Some(y), YearSource::Written, YearSource::Missing) = (year, first.year, t.year) else {
        return;
    };
    let set = |d: Date| -> Option<Date> {
        let m = Date::new(y, d.month(), 1).ok()?;
        let last = m.last_of_month();
        Some(if d == d.last_of_month() || d.day() > last.day() {
            last
        } else {
            m.with().day(d.day()).build().ok()?
        })
    };
    t.start = t.start.and_then(set);
    t.end = t.end.and_then(set);
    t.year = YearSource::Written;
}

/// True when a whole year names a plan, a budget or a report
/// (`2026年计划报告`, `2021年预算`), which no completion verb after it binds.
fn names_a_document(tail: &str) -> bool {
    ["计划", "预算", "决算", "报告", "规划", "工作要点", "工作报告", "目标任务"]
        .iter()
        .any(|w| tail.starts_with(w))
}

/// True when the non-blank line before or after the line of `at` is a
/// bare time cell (`1997年`, `2019年6月`, `三季度`): only digits, numerals
/// and the words of a date. Reads at most [`CELL_LOOK`] bytes either side.
fn beside_time_cell(v: &str, at: Span) -> bool {
    let is_cell = |line: &str| {
        let line = line.trim();
        line.contains(['年', '月', '季'])
            && line.chars().count() <= 12
            && line.chars().all(|c| c.is_ascii_digit() || "年月日季度上下半一二三四".contains(c))
    };
    let mut lo = at.start.saturating_sub(CELL_LOOK);
    while !v.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (at.end + CELL_LOOK).min(v.len());
    while !v.is_char_boundary(hi) {
        hi -= 1;
    }
    let before = v.get(lo..at.start).unwrap_or("");
    let after = v.get(at.end..hi).unwrap_or("");
    // The first line in each direction is the rest of the expression's own.
    let prev = before.split('\n').rev().skip(1).find(|l| !l.trim().is_empty());
    let next = after.split('\n').skip(1).find(|l| !l.trim().is_empty());
    prev.is_some_and(is_cell) || next.is_some_and(is_cell)
}

/// How many bytes either side [`beside_time_cell`] reads.
const CELL_LOOK: usize = 64;

/// True when view span `at` lies inside a 《title》 (`titles` sorted).
fn in_title(titles: &[Span], at: Span) -> bool {
    let i = titles.partition_point(|s| s.end <= at.start);
    titles.get(i).is_some_and(|s| s.start <= at.start && at.end <= s.end)
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
            ("要加强对活动进展的整体把握和研判，及时发现并研究解决问题。", vec![]),
            ("贯彻落实中央、省委近期关于教育实践活动的有关要求。", vec![]),
            ("2014年3月14日\n\n第二批问题需要把握", vec![]),
            ("有的单位一哄而上，尽早“敲锣开张”、尽快“鸣金收兵”。", vec![]),
        ];
        for (input, want) in rows {
            assert_eq!(run(input), want, "{input:?}");
        }
    }

    /// In a plan, a coming year or quarter heading a clause with a verb of
    /// the plan is a task's deadline; outside a plan it needs a modal.
    #[test]
    fn plan_tasks() {
        let text = "1.推进焚烧设施建设。2015年焚烧设施开工建设。2016年形成处置能力。";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, Date::new(2014, 4, 8).ok());
        let ex = DeadlineExtractor::new();
        let ends = |plan| -> Vec<String> {
            let reading =
                Reading { genre: crate::extract::genre::Genre::Notice, plan, issued: true };
            ex.find_iter_in(&cx, reading)
                .iter()
                .filter_map(|d| d.end.map(|e| e.to_string()))
                .collect()
        };
        assert_eq!(ends(true), ["2015-12-31", "2016-12-31"]);
        assert!(ends(false).is_empty());
    }

    /// Schedules of a document that issues decisions, the period of an
    /// application, and a year that only sets the scene of a month's limit.
    #[test]
    fn schedules_applications_and_scene_years() {
        let ex = DeadlineExtractor::new();
        let ends = |text: &str, issued: bool| -> Vec<String> {
            let norm = Normalizer::new().normalize(text);
            let cx = Context::whole(text, &norm, Date::new(2019, 1, 30).ok());
            let genre = crate::extract::genre::Genre::Notice;
            ex.find_iter_in(&cx, Reading { genre, plan: false, issued })
                .iter()
                .filter_map(|d| d.end.map(|e| e.to_string()))
                .collect()
        };
        let schedule = "2019年，在全国启动三级公立医院绩效考核工作。";
        assert_eq!(ends(schedule, true), ["2019-12-31"]);
        assert!(ends(schedule, false).is_empty(), "an untitled text may review");
        assert_eq!(ends("本措施补贴申报时间截至2019年8月20日。", true), ["2019-08-20"]);
        assert!(ends("截至2019年8月20日，全市共受理申请12件。", true).is_empty());
        assert_eq!(ends("确保2019年发行专项债券资金8月底前全部使用。", true), ["2019-08-31"]);
        // A coming year after its subject, then a modal and a figure.
        assert_eq!(ends("其中，政府可调度储备能力2020年确保达到800万吨。", true), ["2020-12-31"]);
        assert!(ends("其中，政府可调度储备能力2018年达到800万吨。", true).is_empty());
    }

    /// Issue 8 families, each with a sentence that is not from the devset.
    #[test]
    fn families() {
        let s = |x: &str| Some(x.to_string());
        type Row = (&'static str, Option<String>, Option<String>);
        let rows: Vec<(&str, Vec<Row>)> = vec![
            // A coming year heading a clause, a short subject, a modal and a
            // figure: a measurable annual target; a direction is none.
            (
                "2014年全县农村改厕要新增覆盖3000户。",
                vec![("2014年", s("2014-12-31"), s("2014-01-01"))],
            ),
            ("2014年，要继续加大对小微企业的支持。", vec![]),
            ("今年全县要新增覆盖3000户。", vec![]),
            // A month or a year alone on its line: a cell of a task table's
            // time column; a row of such cells is a header, a past one none.
            (
                "完成箱房改造\n\n区绿化市容局\n\n2014年6月\n\n2\n\n推进分类收运",
                vec![("2014年6月", s("2014-06-30"), s("2014-06-01"))],
            ),
            ("分年度任务\n2014年\n2015年\n2016年\n总计\n1445", vec![]),
            ("完成箱房改造\n2013年\n2", vec![]),
            // 请于…前, 前 without 日, weekday, time of day.
            (
                "请各单位于2022年5月15日前报送。",
                vec![("于2022年5月15日前报送", s("2022-05-15"), None)],
            ),
            ("各县区于5月10前报送材料。", vec![("于5月10前报送", s("2014-05-10"), None)]),
            ("请于6月3日（星期二）前反馈。", vec![("于6月3日（星期二）前", s("2014-06-03"), None)]),
            (
                "名单请于9月1日上午十时前传真至省厅。",
                vec![("于9月1日上午十时前", s("2014-09-01"), None)],
            ),
            ("请于5月6日17:30前上传。", vec![("于5月6日17:30前", s("2014-05-06"), None)]),
            // 于 + a day or a period and an action, without 前.
            (
                "由市卫健委于6月中旬组织抽查。",
                vec![("于6月中旬", s("2014-06-20"), s("2014-06-11"))],
            ),
            // Schedule sentences without a modal word.
            (
                "2025年6月底前，市发展改革委牵头完成评估。",
                vec![("2025年6月底前", s("2025-06-30"), None)],
            ),
            (
                "（三）验收。2014年11月下旬，省里组织专家评审。",
                vec![("2014年11月下旬", s("2014-11-30"), s("2014-11-21"))],
            ),
            ("各区县12月底前报送总结。", vec![("12月底前报送", s("2014-12-31"), None)]),
            ("年内完成首批试点。", vec![("年内完成", s("2014-12-31"), None)]),
            // Year-level targets, with a hedge.
            (
                "到2027年，全市建成30个示范园区。",
                vec![("到2027年", s("2027-12-31"), s("2027-01-01"))],
            ),
            (
                "力争到2026年底，实现全覆盖。",
                vec![("力争到2026年底", s("2026-12-31"), s("2026-12-01"))],
            ),
            // Ranges: months, years in brackets with a verb, spaced, after a colon.
            ("全省7―9月开展专项检查，", vec![]),
            (
                "（一）排查阶段。7―9月，各地开展排查。",
                vec![("7―9月", s("2014-09-30"), s("2014-07-01"))],
            ),
            (
                "计划用两年（2015年至2016年）全部完成改造。",
                vec![("2015年至2016年）全部完成", s("2016-12-31"), s("2015-01-01"))],
            ),
            (
                "申报时间：6 月 3 日— 10 日。",
                vec![("6 月 3 日— 10 日", s("2014-06-10"), s("2014-06-03"))],
            ),
            (
                "第二阶段（2014年8月至12月）。",
                vec![("2014年8月至12月", s("2014-12-31"), s("2014-08-01"))],
            ),
            ("请于2 014年6月30日前完成。", vec![("于2 014年6月30日前完成", s("2014-06-30"), None)]),
            // Never: titles, reference years, the past, starts, recurrences,
            // comparisons, attributive dates, a plan name.
            ("按照《关于2014年底前完成清理工作的通知》要求，", vec![]),
            ("申报企业2013年度营业收入不低于5000万元。", vec![]),
            ("该项工作已于2014年3月底前完成。", vec![]),
            ("2014年3月，省委召开专题会议。", vec![]),
            ("截至2013年底，全省累计建成基站5万个。", vec![]),
            ("每年6月底前报送年度报告。", vec![]),
            ("本办法自2014年5月1日起施行。", vec![]),
            ("各项指标达到2020年水平。", vec![]),
            ("不早于2014年6月1日开展。", vec![]),
            ("执行期到2014年12月31日之前的项目可以申报。", vec![]),
            ("2014年全市农村工作要点", vec![]),
            ("结合常态长效“一月一主题”工作部署，", vec![]),
            ("（2014年4月8日，根据录音整理）", vec![]),
            // Narration in reports: 以来, a year qualifying a noun.
            ("公司于2014年4月组建以来，已完成工商注册。", vec![]),
            ("（一）2014年预算预计完成情况", vec![]),
            ("至2014年5月7日巡视组已正式下达意见。", vec![]),
            (
                "到2025年初步建成全省统一平台。",
                vec![("到2025年初步建成", s("2025-12-31"), s("2025-01-01"))],
            ),
            (
                "测试分别于2014年12月16日完成。",
                vec![("于2014年12月16日完成", s("2014-12-16"), s("2014-12-16"))],
            ),
        ];
        let mut failures = Vec::new();
        for (input, want) in rows {
            let got: Vec<Row> = run(input)
                .into_iter()
                .map(|(text, end, start, _)| {
                    (&input[input.find(&text).unwrap_or(0)..][..text.len()], end, start)
                })
                .collect();
            if got != want {
                failures.push(format!("{input:?}\n  want {want:?}\n  got  {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Issue 11 families (year rollover, lists sharing one lead, news
    /// periods, statute windows), each with sentences not from the sets.
    #[test]
    fn issue_11_families() {
        type Row = (&'static str, Option<String>, TimeKind);
        let s = |x: &str| Some(x.to_string());
        #[allow(clippy::items_after_statements, reason = "test helper next to its rows")]
        fn go(text: &'static str, date: Option<Date>) -> Vec<Row> {
            let norm = Normalizer::new().normalize(text);
            let cx = Context::whole(text, &norm, date);
            DeadlineExtractor::new()
                .find_iter(&cx)
                .into_iter()
                .map(|d| {
                    let at = text.find(d.text).unwrap_or(0);
                    (&text[at..at + d.text.len()], d.end.map(|x| x.to_string()), d.kind)
                })
                .collect()
        }
        use TimeKind::{Before, Period, Window};
        let dec = Date::new(2023, 12, 18).ok();
        let may = Date::new(2023, 5, 9).ok();
        let rows: Vec<(&str, Option<Date>, Vec<Row>)> = vec![
            // Year rollover: a yearless limit far behind the date is next year's.
            ("请于1月10日前报送总结。", dec, vec![("于1月10日前报送", s("2024-01-10"), Before)]),
            ("各区县2月底前完成自查。", dec, vec![("2月底前完成", s("2024-02-29"), Before)]),
            ("省厅将于3月中旬组织抽查。", dec, vec![("于3月中旬", s("2024-03-20"), Period)]),
            ("省厅于3月中旬组织专项抽查，发现问题12个。", dec, vec![]),
            // … but not narration, nor a limit just past, nor a written year.
            ("1月10日前，各地完成了排查。", dec, vec![]),
            ("请于4月30日前报送。", may, vec![]),
            ("请于2023年1月10日前报送。", dec, vec![]),
            // Lists sharing one lead and one 前/verb.
            (
                "请分别于4月5日、7月5日和10月5日前报送季度报告。",
                dec,
                vec![
                    ("于4月5日", s("2024-04-05"), Before),
                    ("7月5日", s("2024-07-05"), Before),
                    ("10月5日前报送", s("2024-10-05"), Before),
                ],
            ),
            (
                "省厅将于6月、9月组织督导。",
                may,
                vec![("于6月", s("2023-06-30"), Period), ("9月", s("2023-09-30"), Period)],
            ),
            ("2022年3月、6月，省厅组织了督导。", may, vec![]),
            // News: reporting periods, year-end narration, plan names, the past.
            ("今年前4个月，我国出口增长。", may, vec![]),
            ("今年前三季度，全省完成投资1万亿元。", Date::new(2023, 10, 20).ok(), vec![]),
            ("年末，全国城镇化率达到66%。", Date::new(2024, 1, 17).ok(), vec![]),
            ("会议审查了2024年计划报告和2024年预算草案。", may, vec![]),
            ("淘汰2005年底前注册的黄标车。", may, vec![]),
            ("次年6月底前报送年度报告。", may, vec![]),
            // Statutes: windows from an event have no dates; a condition is no
            // rule; a recurrence is one item.
            (
                "行政机关应当自受理申请之日起二十日内作出决定。",
                may,
                vec![("二十日内", None, Window)],
            ),
            ("二十日内不能作出决定的，经批准可以延长十日。", may, vec![]),
            (
                "用人单位应当于每年3月31日前报送上年度情况。",
                may,
                vec![("于每年3月31日前报送", None, TimeKind::Recurring)],
            ),
        ];
        let mut failures = Vec::new();
        for (input, date, want) in rows {
            let got = go(input, date);
            if got != want {
                failures.push(format!("{input:?}\n  want {want:?}\n  got  {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A document without a date: the date the text makes clear resolves
    /// years, and a news report with no date at all yields no schedule.
    #[test]
    fn date_from_the_text() {
        let go = |text: &str| -> Vec<(String, Option<String>, Option<TimeWarning>)> {
            let norm = Normalizer::new().normalize(text);
            let cx = Context::whole(text, &norm, None);
            DeadlineExtractor::new()
                .find_iter(&cx)
                .into_iter()
                .map(|d| (d.text.to_string(), d.end.map(|x| x.to_string()), d.warning))
                .collect()
        };
        let from_text = Some(TimeWarning::DateFromText);
        let want = vec![("于5月10日前报送".to_string(), Some("2021-05-10".to_string()), from_text)];
        assert_eq!(go("各单位于5月10日前报送。\n省教育厅\n2021年4月2日\n"), want);
        // One-line OCR text: the signature date is glued to the issuer.
        assert_eq!(go("各单位于5月10日前报送。省教育厅2021年4月2日抄送：省政府办公厅。"), want);
        assert_eq!(go("各单位于5月10日前报送。省教育厅办公室2021年4月6日印发"), want);
        // The year of the document's own number, else of the forwarded one.
        let want = vec![("于5月10日前报送".to_string(), Some("2019-05-10".to_string()), from_text)];
        assert_eq!(go("鲁教发〔2019〕3号\n各单位于5月10日前报送。"), want);
        // A year from a document number cannot tell a coming event from a
        // narrated one, nor can a report without any date.
        assert_eq!(go("陕电发〔2022〕5号\n2月7日，市政府新闻办发布通报。"), vec![]);
        assert_eq!(go("测试分别于2021年12月16日、17日完成。"), vec![]);
        // The signature date is not a deadline, and news without a date
        // yields none.
        assert_eq!(go("特此通知。\n省教育厅\n2021年4月2日"), vec![]);
        // A cited number's year is only a lower bound: a day narrated as past
        // is a later one, and a yearless limit before it rolls forward.
        let want = vec![("于11月10日前".to_string(), Some("2021-11-10".to_string()), from_text)];
        assert_eq!(
            go("根据豫政发〔2018〕9号和2020年12月1日印发的《方案》，请于11月10日前反馈。"),
            want
        );
        assert_eq!(
            go("9月9日召开全市工作会议进行安排,全市169个县处级领导班子9月13日前全面部署到位。"),
            vec![]
        );
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
