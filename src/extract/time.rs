//! Time expressions: recognition and resolution against the document date.
//!
//! Recognises full dates (`2014年3月19日`, `二〇一四年三月十四日`), months and
//! days without a year (year from the document date), `上旬/中旬/下旬`,
//! `月初/月中/月底/月末`, `年初/年中/年底/年末/年内`, quarters and half-years,
//! upper bounds (`4月底前`, `截至3月31日`, `…为止`), windows (`10日内`,
//! `5个工作日内`, `3个月内`, `24小时内`), ranges (`3月28日至31日`), the first
//! months of a year (`今年前4个月`, `前三季度`: a period, not a bound),
//! relative months and years (`这个月中旬`, `今年`, `明年`), vague timing
//! (`尽快`, `近期`, `及时`, `限期`, `规定时间内`) and recurrences (`每年`,
//! `每个月`, `每季度`, `每周`), which take the limit after them
//! (`每年1月31日前`: one recurring expression, no dates).
//!
//! A window runs from an event (`自收到申请之日起三十日内`, `结束后10日内`,
//! or one the context implies: `应当在五个工作日内`), never from the
//! document date: it has no dates, but a [`Duration`] and, when the event is
//! written before it, an [`Event`]. A year counted from an event (`次年`,
//! `翌年`, `第二年`) leaves the dates unknown, without a warning.
//!
//! Calendar arithmetic uses `jiff`.
//!
//! Conventions for periods: 上旬/月初 = days 1–10, 中旬/月中 = 11–20,
//! 下旬/月底/月末 = 21–month end; 年初 = January, 年中 = June–July,
//! 年底/年末 = December, 年内 = up to 31 December; `X前` includes day X.
//! `年中` is a part of the year only as a whole word (`2025年中，`, not
//! `今年中秋`).
//!
//! A day may carry a weekday and a time of day (`3日（星期三）`,
//! `20日18：00`, `11日下午5时`), and an Arabic day may drop 日 before 前
//! (`5月10前`). Range ends may be set off by blanks (`6 月 3 日— 10 日`), and
//! two bare numbers before one unit are a range of months or years (`4―6月`,
//! `2017-2020年`). OCR may split a year with one blank (`2 021年`).
//!
//! Relative expressions resolve against the document date; without one,
//! against the date the text makes clear: its first signature or 印发 date
//! (alone on its line, before `印发` but not `印发的`, at the very end, or
//! glued to an issuer name on one-line OCR text), else a lower bound: the
//! latest of 1 January of the years of its document numbers (its own, and
//! cited ones, which are older) and of the days it narrates as past
//! (`2019年12月12日省政府办公厅印发的《…》`, `…以来`). Those carry
//! [`TimeWarning::DateFromText`]; a lower bound is not exact, and the
//! deadline rules roll yearless limits before it forward a year.
//!
//! A document number (`〔2014〕21号`) or a telephone number is never a time:
//! years need `年`, days need a month, and digits glued to other digits are
//! skipped. Neither is a numeral run with 月 in it (`一月一主题`) nor `月度`.

use crate::normalize::char_bits::CharBits;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;
use serde::Serialize;

use crate::Span;
use crate::document::DocNumberFinder;
use crate::extract::Context;
use crate::extract::view::View;
use crate::normalize::numerals::{is_arabic_digit, is_chinese_numeral, parse_int};

mod anchored;

use anchored::{
    Anchored, opens_day, opens_first_months, opens_month, opens_mpart, opens_plan_end,
    opens_window, opens_word, opens_year, opens_ypart,
};

/// What kind of time expression was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TimeKind {
    /// A day or a period (`3月中旬`, `9月份`, `2014年3月14日`): `start`..=`end`.
    Period,
    /// An upper bound (`4月底前`, `截至3月31日`): `end` only.
    Before,
    /// A lower bound (`4月1日起`): `start` only.
    After,
    /// A window from the document date (`10日内`, `3个工作日内`).
    Window,
    /// A range between two points (`3月28日至31日`).
    Range,
    /// Vague timing with no date (`尽快`, `近期`, `及时`, `限期`).
    Vague,
    /// A recurrence (`每年`, `每个月`, `每季度`, `每周`).
    Recurring,
}

/// Why a time expression could not be resolved to dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TimeWarning {
    /// The expression is relative (no year, `这个月`, `10日内`) and the
    /// document date is unknown.
    NoDocumentDate,
    /// The document date is unknown: the expression was resolved against a
    /// date the text makes clear (its signature or 印发 date, else the year
    /// of its document number).
    DateFromText,
}

impl TimeWarning {
    /// A short English description, for a record's `warnings`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            TimeWarning::NoDocumentDate => {
                "relative time expression left unresolved: document date unknown"
            }
            TimeWarning::DateFromText => {
                "relative time expression resolved against a date found in the text"
            }
        }
    }
}

impl std::fmt::Display for TimeWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One time expression, with the dates it resolves to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TimeExpr<'t> {
    /// `&source[span]`.
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// The kind of expression.
    pub kind: TimeKind,
    /// First day covered (inclusive), if any and known.
    pub start: Option<Date>,
    /// Last day covered (inclusive), if any and known.
    pub end: Option<Date>,
    /// Set when dates could not be resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<TimeWarning>,
    /// The length of a window (`十五日内` → 15 days); windows only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    /// The event a window runs from, when written before it
    /// (`自收到申请之日起三十日内` → `收到申请`); windows only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<Event<'t>>,
    /// Where the year came from (crate-internal: the deadline rules roll
    /// yearless upper bounds forward and drop event-relative years).
    #[serde(skip)]
    pub(crate) year: YearSource,
    /// Local span in the matching view (crate-internal bookkeeping).
    #[serde(skip)]
    pub(crate) view: Span,
}

/// The length of a window, as written (`15日`, `7个工作日`, `6个月`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Duration {
    /// How many units.
    pub count: u32,
    /// The unit.
    pub unit: DurationUnit,
}

/// The unit of a [`Duration`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DurationUnit {
    /// `小时`.
    Hour,
    /// `日`, `天`.
    Day,
    /// `工作日`, `个工作日`: Monday to Friday.
    WorkingDay,
    /// `周`, `星期`.
    Week,
    /// `个月`.
    Month,
    /// `年`.
    Year,
}

/// The event a window is counted from, as written in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Event<'t> {
    /// `&source[span]`.
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
}

/// Where the year of a time expression comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) enum YearSource {
    /// Written as a number (`2024年3月`), or no year is involved (vague
    /// timing, recurrences, windows).
    #[default]
    Written,
    /// A word relative to the reference year (`今年`, `明年`, `这个月`).
    Relative,
    /// A bare part of the year with no year word (`年底前`, `年末`).
    Bare,
    /// A month or day with no year (`11月10日前`): the reference year.
    Missing,
    /// Relative to an event, not to the document (`次年6月底前`,
    /// `翌年`): the dates are unknown.
    Event,
}

/// The time expressions of one document, and the date they were read against.
#[derive(Clone, Debug, Default)]
pub(crate) struct Times<'t> {
    pub(crate) exprs: Vec<TimeExpr<'t>>,
    /// The document date, else the date the text makes clear, if any.
    pub(crate) reference: Option<Reference>,
}

/// The date a document's time expressions are read against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reference {
    /// The date; 1 January when only the year is known.
    pub(crate) date: Date,
    /// False when only the year is known (from a document number): the date
    /// then cannot tell a coming event from a past one within that year.
    pub(crate) exact: bool,
}

/// Last chars of an issuer name that a signature date follows directly on
/// one-line OCR text (`…办公厅2021年2月24日`, `…工作委员会2021年3月1日`).
const ISSUER_ENDS: &str = "厅局委会府室院部组馆司处社办署政";

/// True when the date at view span `at` is a signature or 印发 date: alone
/// on its line, followed by `印发` or by nothing more, or glued to the end of
/// an issuer name (one-line OCR text, where the date is not alone on a line).
pub(crate) fn is_signature(cx: &Context<'_, '_>, view: &View, at: Span) -> bool {
    let v = view.text.as_str();
    let local = view.to_local(at);
    if cx.line_at(local.start).get(cx.text()).is_some_and(|l| l.trim().len() == local.len()) {
        return true;
    }
    let after = v.get(at.end..).unwrap_or("").trim_start();
    // `…印发` closes a document; `…印发的《方案》` cites another one.
    if after.is_empty() || (after.starts_with("印发") && !after.starts_with("印发的")) {
        return true;
    }
    let prev = v.get(..at.start).and_then(|b| b.trim_end().chars().next_back());
    prev.is_some_and(|c| ISSUER_ENDS.contains(c))
}

/// Recognises and resolves time expressions. Build once, share by `&`.
#[derive(Clone, Debug)]
pub struct TimeRecognizer {
    year: Anchored,
    month: Anchored,
    day: Anchored,
    mpart: Anchored,
    ypart: Anchored,
    window: Anchored,
    word: Anchored,
    /// A time of day after a day (`下午5时`, `18：00`, `8:00`), with an
    /// optional weekday before it (`（星期三）`).
    clock: Regex,
    /// A range of bare numbers before one unit: `4―6月`, `2017-2020年`.
    span_range: Anchored,
    /// `前4个月`, `前三季度` after a bare year: the first months of it.
    first_months: Anchored,
    /// The end of a five-year plan period: `十四五末`, `“十四五”期末`,
    /// `“九五”末`.
    plan_end: Anchored,
    /// The document numbers, whose years bound the document's date.
    doc_numbers: DocNumberFinder,
}

impl Default for TimeRecognizer {
    fn default() -> Self {
        TimeRecognizer::new()
    }
}

const D: &str = "[0-9０-９]";

/// True where a time expression of [`TimeRecognizer`]'s patterns can begin,
/// judged from its first char `c` and the char after it: the scan tries the
/// anchored patterns only there. Common chars such as 一, 上, 中, 年 start a
/// time expression only before a few chars (`一季度`, `上半年`, `年底`), so
/// looking one char ahead keeps the regexes off most of the text. Keep in
/// step with the patterns.
fn may_start(c: char, next: Option<char>) -> bool {
    // The sets of next chars are patterns, not `str::contains` searches
    // (issue 10: this runs at every candidate char).
    match c {
        '0'..='9' | '０'..='９' => true,
        // Numerals: years (二〇一四年), months, days, windows (十日内,
        // 三个工作日内, 两小时内), quarters (一季度).
        '〇' | '零' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
        | '十' | '百' => next.is_some_and(|n| {
            is_chinese_numeral(n)
                || matches!(
                    n,
                    '月' | '日' | '号' | '天' | '个' | '周' | '星' | '小' | '工' | '年' | '季'
                )
        }),
        '今' | '本' | '当' | '明' | '去' | '次' | '翌' => matches!(next, Some('年' | '月')),
        '这' => next == Some('个'),
        '下' | '上' => matches!(next, Some('个' | '月' | '半')),
        '尽' => matches!(next, Some('快' | '早')),
        '近' | '限' => next == Some('期'),
        '及' | '按' => next == Some('时'),
        '如' => next == Some('期'),
        '规' => next == Some('定'),
        '每' => matches!(next, Some('年' | '个' | '月' | '季' | '周' | '星' | '半' | '天' | '日')),
        '第' => matches!(next, Some('一' | '二' | '三' | '四' | '1'..='4')),
        '截' => matches!(next, Some('至' | '止')),
        '年' => matches!(
            next,
            Some(
                '初' | '中'
                    | '底'
                    | '末'
                    | '内'
                    | '上'
                    | '下'
                    | '第'
                    | '一'
                    | '二'
                    | '三'
                    | '四'
                    | '1'..='4'
            )
        ),
        // “十四五”末, “九五”期间: a plan period in quotes.
        '“' | '"' => matches!(next, Some('十' | '六' | '七' | '八' | '九')),
        _ => false,
    }
}
/// Every char [`may_start`] can accept, besides the ASCII digits.
const START_CHARS: [char; 47] = [
    '０', '１', '２', '３', '４', '５', '６', '７', '８', '９', '〇', '零', '一', '二', '两', '三',
    '四', '五', '六', '七', '八', '九', '十', '百', '今', '本', '当', '明', '去', '次', '翌', '这',
    '下', '上', '尽', '近', '限', '及', '按', '如', '规', '每', '第', '截', '年', '“', '"',
];

/// A 4,096-bit set keyed by the low 12 bits of a code point, holding every
/// char of [`START_CHARS`]: a one-load test that rejects almost every char
/// [`may_start`] would (it lets a few others through).
const START_BITS: CharBits = CharBits::new(&START_CHARS);

/// False only when [`may_start`] is false for `c` whatever follows it.
fn may_start_quick(c: char) -> bool {
    c.is_ascii_digit() || START_BITS.may_contain(c)
}

const CN_DAY: &str = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

/// One parsed expression: its length in the view, kind, dates and
/// warning, where its year comes from, and a window's length.
#[derive(Clone, Copy, Debug)]
struct Parsed {
    len: usize,
    kind: TimeKind,
    start: Option<Date>,
    end: Option<Date>,
    warning: Option<TimeWarning>,
    year: YearSource,
    duration: Option<Duration>,
}

impl Parsed {
    fn undated(len: usize, kind: TimeKind) -> Parsed {
        Parsed {
            len,
            kind,
            start: None,
            end: None,
            warning: None,
            year: YearSource::Written,
            duration: None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Point {
    /// Absolute year, or offset from the document year.
    year: Option<Rel>,
    month: Option<Rel>,
    day: Option<i8>,
    part: Option<Part>,
}

#[derive(Clone, Copy, Debug)]
enum Rel {
    Abs(i16),
    Shift(i16),
    /// The year after an event (`次年`, `翌年`): unknown.
    Event,
}

impl Point {
    fn year_source(&self) -> YearSource {
        match (self.year, self.month) {
            (Some(Rel::Abs(_)), _) => YearSource::Written,
            (Some(Rel::Event), _) => YearSource::Event,
            (Some(Rel::Shift(_)), _) | (None, Some(Rel::Shift(_))) => YearSource::Relative,
            (None, _) => YearSource::Missing,
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Part {
    Days(i8, i8), // within a month; 31 means month end
    Months(i8, i8),
    UpTo12,
}

impl TimeRecognizer {
    /// A recogniser with the built-in patterns.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::Context;
    /// use gongwen::extract::time::TimeRecognizer;
    /// use gongwen::normalize::Normalizer;
    /// let text = "乡镇、街道原则上3月底动员结束";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, jiff::civil::Date::new(2014, 3, 14).ok());
    /// let t = &TimeRecognizer::new().find_iter(&cx)[0];
    /// assert_eq!(t.text, "3月底");
    /// assert_eq!(t.end.map(|d| d.to_string()).as_deref(), Some("2014-03-31"));
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> TimeRecognizer {
        // Compiled once per process: the deadline and quota extractors each
        // hold a recognizer, and a clone shares the compiled regexes.
        static BUILT: LazyLock<TimeRecognizer> = LazyLock::new(TimeRecognizer::build);
        BUILT.clone()
    }

    fn build() -> TimeRecognizer {
        let re = |p: String| Regex::new(&p).expect("valid time pattern");
        let anchor = |p: String, opens| Anchored::new(&p, opens);
        TimeRecognizer {
            // `2 021年`: OCR may split a year with one blank.
            year: anchor(
                format!(
                    "^(?:({D}(?: ?{D}){{3}}|[〇零一二三四五六七八九]{{4}})年|(今年|本年|当年|明年|去年|次年|翌年|第二年))"
                ),
                opens_year,
            ),
            month: anchor(
                format!(
                    "^(?:({D}{{1,2}}|十[一二]?|[一二三四五六七八九])月(?:份)?|(这个月|本月|当月|下个月|下月|上个月))"
                ),
                opens_month,
            ),
            // `5月10前`: an Arabic day may drop 日 before 前 (checked in `point`).
            day: anchor(format!("^({D}{{1,2}}|{CN_DAY})([日号]?)"), opens_day),
            mpart: anchor("^(上旬|中旬|下旬|初|中|底|末)".into(), opens_mpart),
            ypart: anchor(
                "^年?(上半年|下半年|第?[一二三四1-4]季度|初|中|底|末|内)".into(),
                opens_ypart,
            ),
            window: anchor(
                format!(
                    "^({D}{{1,3}}|[一二两三四五六七八九十百]{{1,4}})(个工作日|工作日|日|天|个?小时|个?周|个?星期|个月|年)(?:之内|以内|内)"
                ),
                opens_window,
            ),
            word: anchor(
                "^(?:(尽快|尽早|近期|及时|限期|按时|如期|规定的?(?:时间|期限|时限)内)|(每年|每个?月|每个?季度|每周|每个?星期|每半年|每天|每日)|(上半年|下半年|第?[一二三四]季度|年(?:初|中|底|末|内)))"
                    .into(),
                opens_word,
            ),
            clock: re(format!(
                "^(?:[（(](?:星期|周)[一二三四五六日天][）)])?(?: ?(?:上午|下午|中午|晚上|早上|凌晨)? ?(?:{D}{{1,2}}[:：]{D}{{2}}|(?:{D}{{1,2}}|十[一二]?|[一二三四五六七八九])[时点](?:(?:{D}{{1,2}}|[一二三四五]十[一二三四五六七八九]?)分|半)?))?"
            )),
            span_range: anchor(
                format!(
                    "^(?:({D}{{4}})年)?({D}{{1,4}}) ?[―—–\\-－~～至到] ?({D}{{1,4}})(月份|月|年)"
                ),
                anchored::digit,
            ),
            first_months: anchor(
                "^前([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(个月|个季度|季度)".into(),
                opens_first_months,
            ),
            plan_end: anchor(
                "^[“\"]?(?:十([一二三四五六七八九])|([六七八九十]))五[”\"’]?(?:规划|时期)?(?:期末|末)".into(),
                opens_plan_end,
            ),
            doc_numbers: DocNumberFinder::new(),
        }
    }

    /// All time expressions of the document, in order, not overlapping.
    /// Returns a `Vec` (the scan keeps a lookahead state that an iterator
    /// adaptor would make awkward).
    #[must_use]
    pub fn find_iter<'t>(&self, cx: &Context<'t, '_>) -> Vec<TimeExpr<'t>> {
        cx.times(self).to_vec()
    }

    /// Recognise the expressions of `view` and resolve them against the
    /// document date; without one, against the date the text makes clear
    /// (see [`TimeRecognizer::text_date`]): only the expressions left
    /// unresolved are parsed again, and they carry
    /// [`TimeWarning::DateFromText`].
    pub(crate) fn find_in_view<'t>(&self, cx: &Context<'t, '_>, view: &View) -> Times<'t> {
        let mut exprs = self.scan(cx, view, cx.date());
        if let Some(date) = cx.date() {
            return Times { exprs, reference: Some(Reference { date, exact: true }) };
        }
        let reference = self.text_date(cx, view, &exprs);
        if let Some(Reference { date: d, .. }) = reference {
            let s = view.text.as_str();
            for t in exprs.iter_mut().filter(|t| t.warning == Some(TimeWarning::NoDocumentDate)) {
                if let Some(p) = self.parse_at(s, t.view.start, Some(d))
                    && p.warning.is_none()
                    && p.len == t.view.len()
                {
                    (t.kind, t.start, t.end) = (p.kind, p.start, p.end);
                    t.warning = Some(TimeWarning::DateFromText);
                }
            }
        }
        Times { exprs, reference }
    }

    /// The date a document without a known date is read against: its first
    /// signature date (see [`is_signature`]); else a lower bound, the latest
    /// of the years of its document numbers (its own, and the cited ones,
    /// which are older) and of the days it narrates as past (`2019年12月12日
    /// 省政府办公厅印发的《…》`, `…以来`). A lower bound is not exact: the
    /// document may be later, so yearless limits before it roll forward (see
    /// the deadline rules).
    fn text_date(
        &self,
        cx: &Context<'_, '_>,
        view: &View,
        exprs: &[TimeExpr<'_>],
    ) -> Option<Reference> {
        let day = |t: &&TimeExpr<'_>| {
            t.kind == TimeKind::Period
                && t.warning.is_none()
                && t.start.is_some()
                && t.start == t.end
        };
        let signed = exprs.iter().filter(day).find(|t| is_signature(cx, view, t.view));
        if let Some(date) = signed.and_then(|t| t.start) {
            return Some(Reference { date, exact: true });
        }
        let numbered = self
            .doc_numbers
            .find_iter(cx.text())
            .filter_map(|n| Date::new(i16::try_from(n.year).ok()?, 1, 1).ok())
            .max();
        let v = view.text.as_str();
        let narrated = exprs
            .iter()
            .filter(day)
            .filter(|t| t.year == YearSource::Written && narrated_past(v, t.view))
            .filter_map(|t| t.start)
            .max();
        let date = numbered.max(narrated)?;
        Some(Reference { date, exact: false })
    }

    fn scan<'t>(&self, cx: &Context<'t, '_>, view: &View, doc: Option<Date>) -> Vec<TimeExpr<'t>> {
        let s = view.text.as_str();
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < s.len() {
            // Jump to the next char that may start an expression (issue 10:
            // most chars cannot, and this scan visits every char).
            let Some(rest) = s.get(pos..) else { break };
            let Some(skip) = rest.char_indices().find(|&(_, c)| may_start_quick(c)).map(|(i, _)| i)
            else {
                break;
            };
            pos += skip;
            let Some(rest) = s.get(pos..) else { break };
            let Some(c) = rest.chars().next() else { break };
            // The char before: the last one scanned, or the last of the
            // expression just read.
            let prev = s.get(..pos).and_then(|p| p.chars().next_back());
            let glued = prev.is_some_and(|p| {
                is_arabic_digit(p) || (is_chinese_numeral(p) && is_chinese_numeral(c)) || p == '第'
            });
            if !glued
                && may_start(c, rest.get(c.len_utf8()..).and_then(|r| r.chars().next()))
                && let Some(p) = self.parse_at(s, pos, doc)
            {
                let local = Span::new(pos, pos + p.len);
                let (span, text) = cx.locate(view.to_local(local));
                let event = p.duration.and_then(|_| window_event(s, pos)).map(|e| {
                    let (span, text) = cx.locate(view.to_local(e));
                    Event { text, span }
                });
                out.push(TimeExpr {
                    text,
                    span,
                    kind: p.kind,
                    start: p.start,
                    end: p.end,
                    warning: p.warning,
                    duration: p.duration,
                    event,
                    year: p.year,
                    view: local,
                });
                pos += p.len;
                continue;
            }
            pos += c.len_utf8();
        }
        out
    }

    fn parse_at(&self, s: &str, pos: usize, doc: Option<Date>) -> Option<Parsed> {
        let rest = s.get(pos..)?;
        // 到“十四五”末, “九五”末: the last year of the N-th five-year plan
        // (the third ran 1966-1970, each after it five years on), December
        // of it.
        if let Some(c) = self.plan_end.captures(rest) {
            let n = match (c.get(1), c.get(2)) {
                (Some(d), _) => i16::try_from(parse_int(d.as_str())?).ok()? + 10,
                (None, Some(d)) => i16::try_from(parse_int(d.as_str())?).ok()?,
                (None, None) => return None,
            };
            let last = 1966 + 5 * (n - 3) + 4;
            let p = Point {
                year: Some(Rel::Abs(last)),
                part: Some(Part::Months(12, 12)),
                ..Point::default()
            };
            return finish(
                c.get(0)?.end(),
                TimeKind::Period,
                resolve(&p, doc),
                rest,
                YearSource::Written,
            );
        }
        // Words: vague, recurring, bare year parts.
        if let Some(c) = self.word.captures(rest) {
            let len = c.get(0)?.end();
            if c.get(1).is_some() {
                return Some(Parsed::undated(len, TimeKind::Vague));
            }
            if c.get(2).is_some() {
                // 每年1月31日前: one recurring limit, no dates of its own.
                // 每月5日前: a bare day after a monthly recurrence.
                let after = rest.get(len..)?;
                let point = self.point(after, None).map(|(l, _)| l);
                let more =
                    point.or_else(|| self.day_at(after, &mut Point::default())).map_or(0, |l| {
                        let tail = after.get(l..).unwrap_or("");
                        l + BEFORE.iter().find(|b| tail.starts_with(**b)).map_or(0, |b| b.len())
                    });
                return Some(Parsed::undated(len + more, TimeKind::Recurring));
            }
            let word = c.get(3)?.as_str();
            // 一年中, 三年内 (a duration), 全年中心: not a part of this year.
            let prev = s.get(..pos).and_then(|b| b.chars().next_back());
            if (word.starts_with('年') && prev.is_some_and(|p| is_chinese_numeral(p) || p == '多'))
                || !part_ends_word(rest, len, true)
            {
                return None;
            }
            let part = ypart(word.trim_start_matches('年'))?;
            let p = Point { year: Some(Rel::Shift(0)), part: Some(part), ..Point::default() };
            let kind =
                if matches!(part, Part::UpTo12) { TimeKind::Before } else { TimeKind::Period };
            let year =
                if word.starts_with('年') { YearSource::Bare } else { YearSource::Relative };
            return finish(len, kind, resolve(&p, doc), rest, year);
        }
        if let Some(c) = self.window.captures(rest) {
            // A window runs from an event (收到申请之日起, 结束后, or one the
            // context implies), never from the document date: no dates.
            let len = c.get(0)?.end();
            let count = u32::try_from(parse_int(c.get(1)?.as_str())?).ok()?;
            let unit = duration_unit(c.get(2)?.as_str())?;
            let mut p = Parsed::undated(len, TimeKind::Window);
            p.duration = Some(Duration { count, unit });
            return Some(p);
        }
        if let Some(r) = self.span_range_at(rest, doc) {
            return Some(r);
        }
        let mut pre = 0;
        let mut before = false;
        for p in ["截至", "截止到", "截止"] {
            if rest.starts_with(p) {
                pre = p.len();
                before = true;
                break;
            }
        }
        let (plen, mut first) = self.point(rest.get(pre..)?, None)?;
        let mut len = pre + plen;
        let year = first.year_source();
        // 今年前4个月, 前三季度: the first months of the year, a period.
        if first.month.is_none()
            && first.part.is_none()
            && let Some(c) = self.first_months.captures(rest.get(len..)?)
        {
            let n = i8::try_from(parse_int(c.get(1)?.as_str())?).ok()?;
            let months = if c.get(2)?.as_str().ends_with('月') { n } else { n.checked_mul(3)? };
            if !(1..=12).contains(&months) {
                return None;
            }
            first.part = Some(Part::Months(1, months));
            len += c.get(0)?.end();
            let mut p = Parsed::undated(len, TimeKind::Period);
            p.year = year;
            match resolve(&first, doc) {
                Ok((a, b)) => (p.start, p.end) = (Some(a), Some(b)),
                Err(_) => p.warning = unresolved(year),
            }
            return Some(p);
        }
        let r1 = resolve(&first, doc);
        // Range: 3月28日至31日.
        let tail = rest.get(len..)?;
        for sep in RANGE_SEPS {
            let Some(after) = tail.trim_start_matches(' ').strip_prefix(sep) else { continue };
            let pad = after.len() - after.trim_start_matches(' ').len();
            if let Some((l2, second)) = self.point(after.get(pad..)?, Some(&first)) {
                let r2 = resolve(&second, doc);
                len = rest.len() - after.len() + pad + l2;
                let (lo, hi, warn) = match (r1, r2) {
                    (Ok((a, _)), Ok((_, b))) => (Some(a), Some(b), None),
                    _ => (None, None, unresolved(year)),
                };
                let mut p = Parsed::undated(len, TimeKind::Range);
                (p.start, p.end, p.warning, p.year) = (lo, hi, warn, year);
                return Some(p);
            }
        }
        let kind = if before { TimeKind::Before } else { TimeKind::Period };
        let mut p = finish(len, kind, r1, rest, year)?;
        let tail = rest.get(p.len..)?;
        if p.kind == TimeKind::Before && tail.starts_with("为止") {
            p.len += "为止".len();
        }
        if p.kind == TimeKind::Period {
            for suf in ["以后", "之后", "起"] {
                if tail.starts_with(suf) {
                    p.len += suf.len();
                    p.kind = TimeKind::After;
                    p.end = None;
                    return Some(p);
                }
            }
        }
        Some(p)
    }

    /// `4―6月`, `2021年4-6月份`, `2017-2020年`: two bare numbers before one
    /// unit, as a range of months or years.
    fn span_range_at(&self, rest: &str, doc: Option<Date>) -> Option<Parsed> {
        let c = self.span_range.captures(rest)?;
        let len = c.get(0)?.end();
        let a = i16::try_from(parse_int(c.get(2)?.as_str())?).ok()?;
        let b = i16::try_from(parse_int(c.get(3)?.as_str())?).ok()?;
        if a >= b {
            return None;
        }
        let (lo, hi) = if c.get(4)?.as_str() == "年" {
            if c.get(1).is_some() || a < 1000 {
                return None;
            }
            let y = |y| Point { year: Some(Rel::Abs(y)), ..Point::default() };
            (y(a), y(b))
        } else {
            if !(1..=12).contains(&a) || !(1..=12).contains(&b) {
                return None;
            }
            let year = match c.get(1) {
                Some(y) => Some(Rel::Abs(year_value(y.as_str())?)),
                None => None,
            };
            let m = |m| Point { year, month: Some(Rel::Abs(m)), ..Point::default() };
            (m(a), m(b))
        };
        let mut p = Parsed::undated(len, TimeKind::Range);
        p.year = lo.year_source();
        match (resolve(&lo, doc), resolve(&hi, doc)) {
            (Ok((s, _)), Ok((_, e))) => (p.start, p.end) = (Some(s), Some(e)),
            _ => p.warning = unresolved(p.year),
        }
        Some(p)
    }

    /// A point: [year][month[day|part]] or year+ypart; with `base`, a bare
    /// day or month inherits the missing parts (the second half of a range).
    fn point(&self, s: &str, base: Option<&Point>) -> Option<(usize, Point)> {
        let mut p = Point::default();
        let mut pos = 0;
        if let Some(c) = self.year.captures(s) {
            pos = c.get(0)?.end();
            p.year = Some(match (c.get(1), c.get(2).map(|m| m.as_str())) {
                (Some(y), _) => Rel::Abs(year_value(y.as_str())?),
                (None, Some("明年")) => Rel::Shift(1),
                (None, Some("去年")) => Rel::Shift(-1),
                (None, Some("次年" | "翌年" | "第二年")) => Rel::Event,
                _ => Rel::Shift(0),
            });
        }
        let rest = s.get(pos..)?;
        if let Some(c) = self.month.captures(rest) {
            pos += c.get(0)?.end();
            p.month = Some(match (c.get(1), c.get(2).map(|m| m.as_str())) {
                (Some(m), _) => {
                    let m = i16::try_from(parse_int(m.as_str())?).ok()?;
                    if !(1..=12).contains(&m) {
                        return None;
                    }
                    if s.get(pos..).is_some_and(|r| r.starts_with('度')) {
                        return None; // 月度: monthly, not a month
                    }
                    Rel::Abs(m)
                }
                (None, Some("下个月" | "下月")) => Rel::Shift(1),
                (None, Some("上个月")) => Rel::Shift(-1),
                _ => Rel::Shift(0),
            });
            let rest = s.get(pos..)?;
            let numeral_month =
                c.get(1).is_some_and(|x| x.as_str().chars().all(is_chinese_numeral));
            if let Some(len) = self.day_at(rest, &mut p) {
                pos += len;
            } else if numeral_month && rest.starts_with(is_chinese_numeral) {
                return None; // 一月一主题: a run of numerals, not a month
            } else if let Some(c) = self.mpart.captures(rest)
                && part_ends_word(rest, c.get(0)?.end(), false)
            {
                pos += c.get(0)?.end();
                p.part = Some(mpart(c.get(1)?.as_str())?);
            }
        } else if p.year.is_some() {
            if let Some(c) = self.ypart.captures(rest)
                && part_ends_word(rest, c.get(0)?.end(), true)
            {
                pos += c.get(0)?.end();
                p.part = Some(ypart(c.get(1)?.as_str())?);
            }
        } else if base.is_some() {
            // Second half of a range: a bare day (28日至31日).
            pos += self.day_at(rest, &mut p)?;
        }
        if p.year.is_none() && p.month.is_none() && p.day.is_none() {
            return None;
        }
        // A bare relative year (今年) is fine; a bare absolute year needs 年 (it has it).
        if let Some(b) = base {
            p.year = p.year.or(b.year);
            p.month = p.month.or(b.month);
        }
        Some((pos, p))
    }

    /// A day at the start of `s` with its weekday and time of day
    /// (`20日18：00`, `3日（星期三）`, `11日下午5时`); sets `p.day` and returns
    /// the length. An Arabic day may drop 日 right before 前 (`5月10前`; the
    /// suffix itself is taken by `finish`).
    fn day_at(&self, s: &str, p: &mut Point) -> Option<usize> {
        let c = self.day.captures(s)?;
        let num = c.get(1)?.as_str();
        let mut len = c.get(0)?.end();
        if c.get(2).is_none_or(|m| m.is_empty())
            && !(num.chars().all(is_arabic_digit) && s.get(len..)?.starts_with('前'))
        {
            return None;
        }
        p.day = Some(day_value(num)?);
        if let Some(m) = self.clock.find(s.get(len..)?) {
            len += m.end();
        }
        Some(len)
    }
}

/// False when the part word (`初`, `中`, `底`, `末`) ending at `end` of `s`
/// is the first char of another word: `2025年初步建成`, `到2025年中心城区`,
/// `月中央`, `年底线`.
fn part_ends_word(s: &str, end: usize, of_year: bool) -> bool {
    let Some(last) = s.get(..end).and_then(|w| w.chars().next_back()) else { return true };
    let Some(next) = s.get(end..).and_then(|r| r.chars().next()) else { return true };
    // 年中 ends a word only before punctuation or a bound (`2025年中，`,
    // `年中前`): `今年中秋`, `年中考`, `今年中部` are other words.
    if of_year && last == '中' {
        return !('\u{4e00}'..='\u{9fff}').contains(&next) || "前后以之时".contains(next);
    }
    let words = match last {
        '初' => "步期次始心衷",
        '中' => "心央小期国间华层等",
        '底' => "线数子部蕴层",
        '末' => "期端梢尾",
        _ => "",
    };
    !words.contains(next)
}

/// What may stand between the two ends of a range (blanks around it allowed).
const RANGE_SEPS: [&str; 9] = ["至", "到", "—", "―", "–", "－", "-", "~", "～"];

/// Suffixes that make an upper bound.
const BEFORE: [&str; 3] = ["以前", "之前", "前"];

/// An absolute year: four digits or numerals, one OCR blank allowed inside
/// (`2 021`) when the year is plausible for a document (1949–2100).
fn year_value(y: &str) -> Option<i16> {
    let spaced = y.contains(' ');
    let v = i16::try_from(parse_int(&y.replace(' ', ""))?).ok()?;
    (!spaced || (1949..=2100).contains(&v)).then_some(v)
}

fn finish(
    len: usize,
    kind: TimeKind,
    r: Result<(Date, Date), TimeWarning>,
    rest: &str,
    year: YearSource,
) -> Option<Parsed> {
    let tail = rest.get(len..)?;
    let mut p = Parsed::undated(len, kind);
    p.year = year;
    for suf in BEFORE {
        if tail.starts_with(suf) {
            p.len += suf.len();
            p.kind = TimeKind::Before;
            break;
        }
    }
    match r {
        Ok((_, e)) if p.kind == TimeKind::Before => p.end = Some(e),
        Ok((a, e)) => (p.start, p.end) = (Some(a), Some(e)),
        Err(_) => p.warning = unresolved(year),
    }
    Some(p)
}

/// The warning of an expression whose dates are unknown: none when its year
/// runs from an event (`次年`), which no document date would resolve.
fn unresolved(year: YearSource) -> Option<TimeWarning> {
    (year != YearSource::Event).then_some(TimeWarning::NoDocumentDate)
}

fn duration_unit(u: &str) -> Option<DurationUnit> {
    Some(match u.trim_start_matches('个') {
        "小时" => DurationUnit::Hour,
        "日" | "天" => DurationUnit::Day,
        "工作日" => DurationUnit::WorkingDay,
        "周" | "星期" => DurationUnit::Week,
        "月" => DurationUnit::Month,
        "年" => DurationUnit::Year,
        _ => return None,
    })
}

/// How many chars before a window its event may start.
const EVENT_LOOK: usize = 40;

/// The view span of the event a window at `pos` of `s` runs from, when the
/// text before it in its clause ends with `之日起`, `起`, `后` or `前`
/// (`自收到申请之日起`, `在装修完毕后`, `在转移活动实施前`): from after the
/// last lead word (`自`, `在`, `于`, `或者`, a modal) to that suffix.
fn window_event(s: &str, pos: usize) -> Option<Span> {
    let head = s.get(..pos)?;
    let mut start = pos;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= EVENT_LOOK || crate::extract::sentence::is_clause_end(c) {
            break;
        }
        start = i;
    }
    let clause = s.get(start..pos)?;
    let body = ["之日起", "日起", "起", "以后", "之后", "后", "以前", "之前", "前"]
        .iter()
        .find_map(|suf| clause.strip_suffix(suf))?;
    let mut from = 0;
    for lead in ["自", "在", "于", "应当", "必须", "须", "并"] {
        if let Some(i) = body.rfind(lead) {
            from = from.max(i + lead.len());
        }
    }
    let mut event = body.get(from..)?;
    // 自收到决定书之日起或者复议期满之日起: alternatives; the last one binds.
    if let Some(i) = event.rfind("之日起或者") {
        event = event.get(i + "之日起或者".len()..)?;
        from = body.len() - event.len();
    }
    let trimmed = event.trim_start();
    let from = from + event.len() - trimmed.len();
    (!trimmed.trim_end().is_empty())
        .then(|| Span::new(start + from, start + from + trimmed.trim_end().len()))
}

/// Words after a day, in its clause, that narrate it as past: the day a
/// cited document was issued or a meeting held (`…印发的《…》`), or a
/// starting point (`…以来`).
const NARRATED: [&str; 7] = ["印发的", "发布的", "颁布的", "下发的", "出台的", "召开的", "以来"];

/// True when the day at view span `at` of `v` is narrated as past (see
/// [`NARRATED`]), within 24 chars of its clause.
fn narrated_past(v: &str, at: Span) -> bool {
    let tail = v.get(at.end..).unwrap_or("");
    let end = tail
        .char_indices()
        .take(24)
        .find(|&(_, c)| crate::extract::sentence::is_clause_end(c))
        .map_or_else(|| tail.char_indices().nth(24).map_or(tail.len(), |(i, _)| i), |(i, _)| i);
    let clause = tail.get(..end).unwrap_or("");
    NARRATED.iter().any(|w| clause.contains(w))
}

fn day_value(s: &str) -> Option<i8> {
    i8::try_from(parse_int(s)?).ok().filter(|d| (1..=31).contains(d))
}

fn mpart(w: &str) -> Option<Part> {
    Some(match w {
        "上旬" | "初" => Part::Days(1, 10),
        "中旬" | "中" => Part::Days(11, 20),
        "下旬" | "底" | "末" => Part::Days(21, 31),
        _ => return None,
    })
}

fn ypart(w: &str) -> Option<Part> {
    let q = |n: i8| Part::Months(3 * n - 2, 3 * n);
    Some(match w.trim_start_matches('第') {
        "初" => Part::Months(1, 1),
        "中" => Part::Months(6, 7),
        "底" | "末" => Part::Months(12, 12),
        "内" => Part::UpTo12,
        "上半年" => Part::Months(1, 6),
        "下半年" => Part::Months(7, 12),
        "一季度" | "1季度" => q(1),
        "二季度" | "2季度" => q(2),
        "三季度" | "3季度" => q(3),
        "四季度" | "4季度" => q(4),
        _ => return None,
    })
}

/// The first and last day a point covers.
fn resolve(p: &Point, doc: Option<Date>) -> Result<(Date, Date), TimeWarning> {
    let need = TimeWarning::NoDocumentDate;
    let year = match p.year {
        Some(Rel::Abs(y)) => y,
        Some(Rel::Shift(k)) => doc.ok_or(need)?.year().saturating_add(k),
        Some(Rel::Event) => return Err(need),
        None => doc.ok_or(need)?.year(),
    };
    let ymd = |y: i16, m: i16, d: i8| -> Result<Date, TimeWarning> {
        // Month arithmetic with year carry (下个月 in December).
        let total = i32::from(y) * 12 + (i32::from(m) - 1);
        let (yy, mm) = (total.div_euclid(12), total.rem_euclid(12) + 1);
        let yy = i16::try_from(yy).map_err(|_| need)?;
        let mm = i8::try_from(mm).map_err(|_| need)?;
        let first = Date::new(yy, mm, 1).map_err(|_| need)?;
        let last = first.last_of_month();
        Ok(if d >= last.day() { last } else { Date::new(yy, mm, d.max(1)).map_err(|_| need)? })
    };
    let Some(month) = p.month else {
        return match p.part {
            Some(Part::Months(a, b)) => Ok((ymd(year, a.into(), 1)?, ymd(year, b.into(), 31)?)),
            Some(Part::UpTo12) => Ok((ymd(year, 1, 1)?, ymd(year, 12, 31)?)),
            _ => Ok((ymd(year, 1, 1)?, ymd(year, 12, 31)?)),
        };
    };
    let m = match month {
        Rel::Abs(m) => m,
        Rel::Shift(k) => i16::from(doc.ok_or(need)?.month()).saturating_add(k),
        Rel::Event => return Err(need),
    };
    match (p.day, p.part) {
        (Some(d), _) => {
            let x = ymd(year, m, d)?;
            if x.day() != d {
                return Err(need);
            }
            Ok((x, x))
        }
        (None, Some(Part::Days(a, b))) => Ok((ymd(year, m, a)?, ymd(year, m, b)?)),
        _ => Ok((ymd(year, m, 1)?, ymd(year, m, 31)?)),
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity, reason = "table-driven test rows")]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    /// [`may_start`] as it was, with its sets of next chars as strings.
    fn may_start_by_sets(c: char, next: Option<char>) -> bool {
        let next_in = |set: &str| next.is_some_and(|n| set.contains(n));
        match c {
            '0'..='9' | '０'..='９' => true,
            '〇' | '零' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
            | '十' | '百' => {
                next.is_some_and(|n| is_chinese_numeral(n) || "月日号天个周星小工年季".contains(n))
            }
            '今' | '本' | '当' | '明' | '去' | '次' | '翌' => next_in("年月"),
            '这' => next_in("个"),
            '下' | '上' => next_in("个月半"),
            '尽' => next_in("快早"),
            '近' | '限' => next_in("期"),
            '及' | '按' => next_in("时"),
            '如' => next_in("期"),
            '规' => next_in("定"),
            '每' => next_in("年个月季周星半天日"),
            '第' => next_in("一二三四1234"),
            '截' => next_in("至止"),
            '年' => next_in("初中底末内上下第一二三四1234"),
            '“' | '"' => next_in("十六七八九"),
            _ => false,
        }
    }

    #[test]
    fn may_start_equals_its_string_sets() {
        let chars: Vec<char> =
            "0９〇零一二两三四五六七八九十百今本当明去次翌这下上尽近限及按如规每第截年“\"\
                                月日号天个周星小工季快早期时定半至止初中底末内1234567a，"
                .chars()
                .collect();
        for &c in &chars {
            for next in chars.iter().copied().map(Some).chain([None]) {
                assert_eq!(may_start(c, next), may_start_by_sets(c, next), "{c:?} {next:?}");
            }
        }
    }

    #[test]
    fn anchored_patterns_equal_their_bare_regexes() {
        let r = TimeRecognizer::new();
        let patterns = [
            &r.year,
            &r.month,
            &r.day,
            &r.mpart,
            &r.ypart,
            &r.window,
            &r.word,
            &r.span_range,
            &r.first_months,
            &r.plan_end,
        ];
        // Pseudo-random texts of the pieces the patterns are made of, and
        // every char that any pattern names, plus a few that none does.
        let mut pieces: Vec<String> = [
            "2014",
            "２０１４",
            "2 021",
            "二〇一四",
            "12",
            "3",
            "１",
            "十",
            "十一",
            "今年",
            "明年",
            "第二年",
            "这个月",
            "下个月",
            "上个月",
            "本月",
            "上旬",
            "上半年",
            "下半年",
            "季度",
            "个工作日",
            "个月",
            "小时",
            "星期",
            "之内",
            "以内",
            "规定的",
            "时限",
            "期末",
            "规划",
            "“",
            "”",
            "\"",
            "’",
            "-",
            "—",
            "至",
            "到",
            " ",
            "月份",
            "前",
            "百",
            "两",
            "a",
            "，",
            "4-6月",
            "2017—2020年",
            "前4个月",
            "前三季度",
            "“十四五”末",
            "十三五期末",
            "“九五”末",
            "十五时期末",
            "10日内",
        ]
        .iter()
        .map(|p| (*p).to_owned())
        .collect();
        let named = "〇零一二三四五六七八九十百两今本当明去次翌第这下上中初底末内年月日号旬季度\
                     尽快早近期及时限按如规定每个周天半工作小星之以规划末0123456789０９";
        pieces.extend(named.chars().map(String::from));
        let mut next = crate::test_rng::xorshift(0x0123_4567_89AB_CDEFu64);
        let mut matched = vec![0usize; patterns.len()];
        for _ in 0..100_000 {
            let len = (next() % 6) as usize;
            let text: String = (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize].as_str())
                .collect();
            for (k, p) in patterns.iter().enumerate() {
                let span =
                    |c: Option<regex::Captures<'_>>| c.and_then(|c| c.get(0)).map(|m| m.range());
                let want = span(p.regex().captures(&text));
                assert_eq!(span(p.captures(&text)), want, "pattern {k} on {text:?}");
                matched[k] += usize::from(want.is_some());
            }
        }
        assert!(matched.iter().all(|&n| n > 20), "every pattern matches some texts: {matched:?}");
    }

    #[test]
    fn quick_start_test_keeps_every_start() {
        let nexts: Vec<char> =
            "月日号天个周星小工年季半快早期时定至止初中底末内上下第一二三四五六七八九十百〇零两1234０"
                .chars()
                .collect();
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            if !may_start_quick(c) {
                assert!(!nexts.iter().any(|&n| may_start(c, Some(n))), "{c:?} may start");
            }
        }
    }

    fn run(
        text: &str,
        date: Option<Date>,
    ) -> Vec<(String, TimeKind, Option<String>, Option<String>)> {
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, date);
        TimeRecognizer::new()
            .find_iter(&cx)
            .into_iter()
            .map(|t| {
                assert_eq!(&text[t.span], t.text);
                (
                    t.text.to_string(),
                    t.kind,
                    t.start.map(|d| d.to_string()),
                    t.end.map(|d| d.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn table() {
        use TimeKind::*;
        let doc = Date::new(2014, 4, 8).ok();
        let s = |x: &str| Some(x.to_string());
        let rows: &[(&str, &str, TimeKind, Option<String>, Option<String>)] = &[
            ("2014年3月19日", "2014年3月19日", Period, s("2014-03-19"), s("2014-03-19")),
            (
                "二〇一四年三月十四日",
                "二〇一四年三月十四日",
                Period,
                s("2014-03-14"),
                s("2014-03-14"),
            ),
            ("原则上3月中旬动员结束", "3月中旬", Period, s("2014-03-11"), s("2014-03-20")),
            ("3月上旬", "3月上旬", Period, s("2014-03-01"), s("2014-03-10")),
            ("2月下旬", "2月下旬", Period, s("2014-02-21"), s("2014-02-28")),
            ("月底", "", Period, None, None),
            ("确保在4月底前完成", "4月底前", Before, None, s("2014-04-30")),
            ("9月13日前", "9月13日前", Before, None, s("2014-09-13")),
            ("9月份还要进行一次", "9月份", Period, s("2014-09-01"), s("2014-09-30")),
            ("这个月中旬要专门", "这个月中旬", Period, s("2014-04-11"), s("2014-04-20")),
            ("下个月初", "下个月初", Period, s("2014-05-01"), s("2014-05-10")),
            ("明年上半年", "明年上半年", Period, s("2015-01-01"), s("2015-06-30")),
            ("今年年底前", "今年年底前", Before, None, s("2014-12-31")),
            ("今年", "今年", Period, s("2014-01-01"), s("2014-12-31")),
            ("年底前完成", "年底前", Before, None, s("2014-12-31")),
            ("一季度", "一季度", Period, s("2014-01-01"), s("2014-03-31")),
            ("截至3月31日", "截至3月31日", Before, None, s("2014-03-31")),
            ("3月28日至31日", "3月28日至31日", Range, s("2014-03-28"), s("2014-03-31")),
            // Windows run from an event, never from the document date.
            ("10日内", "10日内", Window, None, None),
            ("应当在五个工作日内办结", "五个工作日内", Window, None, None),
            ("3个月内", "3个月内", Window, None, None),
            ("提前24小时内通知", "24小时内", Window, None, None),
            ("自收到申请之日起三十日内", "三十日内", Window, None, None),
            ("会议结束后10日内", "10日内", Window, None, None),
            ("要尽快启动", "尽快", Vague, None, None),
            ("限期整改到位", "限期", Vague, None, None),
            ("在规定时间内上报", "规定时间内", Vague, None, None),
            ("每年为社区安排", "每年", Recurring, None, None),
            ("每个月要", "每个月", Recurring, None, None),
            // Issue 8: 前 without 日, weekday, time of day, OCR-split years,
            // bare-number ranges, blanks around a range dash.
            ("5月10前报送", "5月10前", Before, None, s("2014-05-10")),
            ("6月3日（星期二）前", "6月3日（星期二）前", Before, None, s("2014-06-03")),
            ("6月20日18：00前报送", "6月20日18：00前", Before, None, s("2014-06-20")),
            ("2021年3月11日下午5时前", "2021年3月11日下午5时前", Before, None, s("2021-03-11")),
            ("9月1日上午十时三十分前", "9月1日上午十时三十分前", Before, None, s("2014-09-01")),
            (
                "7月10日8:00至8月9日16:00",
                "7月10日8:00至8月9日16:00",
                Range,
                s("2014-07-10"),
                s("2014-08-09"),
            ),
            ("4―6月", "4―6月", Range, s("2014-04-01"), s("2014-06-30")),
            ("2023年7-9月份", "2023年7-9月份", Range, s("2023-07-01"), s("2023-09-30")),
            ("（2017-2020年）", "2017-2020年", Range, s("2017-01-01"), s("2020-12-31")),
            ("6 月 3 日— 10 日", "6 月 3 日— 10 日", Range, s("2014-06-03"), s("2014-06-10")),
            ("2 021年12月31日前", "2 021年12月31日前", Before, None, s("2021-12-31")),
            ("2025 年底前", "2025 年底前", Before, None, s("2025-12-31")),
            ("附件1 2021年工作要点", "2021年", Period, s("2021-01-01"), s("2021-12-31")),
            ("到2025年底", "2025年底", Period, s("2025-12-01"), s("2025-12-31")),
            // the end of a five-year plan period
            ("到“十四五”末，", "“十四五”末", Period, s("2025-12-01"), s("2025-12-31")),
            ("到“九五”末，", "“九五”末", Period, s("2000-12-01"), s("2000-12-31")),
            ("十五期末", "十五期末", Period, s("2005-12-01"), s("2005-12-31")),
            ("“十一五”期间", "", Period, None, None),
            ("至十三五期末", "十三五期末", Period, s("2020-12-01"), s("2020-12-31")),
            ("年内培育50家", "年内", Before, None, s("2014-12-31")),
            ("三月十四日", "三月十四日", Period, s("2014-03-14"), s("2014-03-14")),
            ("到2025年初步建成", "2025年", Period, s("2025-01-01"), s("2025-12-31")),
            ("到2025年中心城区", "2025年", Period, s("2025-01-01"), s("2025-12-31")),
            ("到2025年中，完成", "2025年中", Period, s("2025-06-01"), s("2025-07-31")),
            ("3月底动员结束", "3月底", Period, s("2014-03-21"), s("2014-03-31")),
            // Issue 11: the first months of a year are a period, not a bound.
            ("今年前4个月，进出口", "今年前4个月", Period, s("2014-01-01"), s("2014-04-30")),
            ("2013年前10个月", "2013年前10个月", Period, s("2013-01-01"), s("2013-10-31")),
            ("今年前三季度", "今年前三季度", Period, s("2014-01-01"), s("2014-09-30")),
            ("去年前两个月", "去年前两个月", Period, s("2013-01-01"), s("2013-02-28")),
            // A year after an event is unknown; a recurrence takes its limit.
            ("次年6月底前报送", "次年6月底前", Before, None, None),
            ("于翌年3月", "翌年3月", Period, None, None),
            ("每年1月31日前报送", "每年1月31日前", Recurring, None, None),
            ("每月5日前上报", "每月5日前", Recurring, None, None),
            // 年中 only as a whole word.
            ("今年中秋节前", "今年", Period, s("2014-01-01"), s("2014-12-31")),
            ("年中前完成", "年中前", Before, None, s("2014-07-31")),
        ];
        for (input, text, kind, start, end) in rows {
            let got = run(input, doc);
            if text.is_empty() {
                assert!(got.is_empty(), "{input:?}: {got:?}");
                continue;
            }
            let first = got.first().unwrap_or_else(|| panic!("nothing in {input:?}"));
            assert_eq!(first, &(text.to_string(), *kind, start.clone(), end.clone()), "{input:?}");
        }
    }

    /// Windows carry their length and, when written, their event.
    #[test]
    fn window_duration_and_event() {
        let rows: &[(&str, u32, DurationUnit, Option<&str>)] = &[
            ("应当自收到申请之日起二十日内作出决定", 20, DurationUnit::Day, Some("收到申请")),
            ("应当在取得营业执照后15日内备案", 15, DurationUnit::Day, Some("取得营业执照")),
            ("在转移活动实施前十日内报告", 10, DurationUnit::Day, Some("转移活动实施")),
            (
                "自收到决定书之日起或者复议期满之日起十五日内",
                15,
                DurationUnit::Day,
                Some("复议期满"),
            ),
            ("应当在五个工作日内办结", 5, DurationUnit::WorkingDay, None),
            ("十五日内不能作出答复的", 15, DurationUnit::Day, None),
            ("自本条例施行之日起6个月内", 6, DurationUnit::Month, Some("本条例施行")),
        ];
        for &(input, count, unit, event) in rows {
            let norm = Normalizer::new().normalize(input);
            let cx = Context::whole(input, &norm, Date::new(2014, 4, 8).ok());
            let all = TimeRecognizer::new().find_iter(&cx);
            let t = all.iter().find(|t| t.kind == TimeKind::Window);
            let t = t.unwrap_or_else(|| panic!("no window in {input:?}"));
            assert_eq!(t.duration, Some(Duration { count, unit }), "{input:?}");
            assert_eq!(t.event.map(|e| e.text), event, "{input:?}");
            assert_eq!((t.start, t.end), (None, None), "{input:?}");
            if let Some(e) = t.event {
                assert_eq!(&input[e.span], e.text);
            }
        }
    }

    /// Without a document date or a signature, the reference is a lower
    /// bound: the latest year of a document number or of a day narrated as
    /// past.
    #[test]
    fn reference_is_a_lower_bound_from_the_text() {
        let rows: &[(&str, &str, bool)] = &[
            (
                "鲁政发〔2017〕36号文件。依据2019年12月12日省政府印发的《分工》。",
                "2019-12-12",
                false,
            ),
            ("根据国发〔2016〕3号和鲁政发〔2018〕5号文件。", "2018-01-01", false),
            ("自2020年5月以来，各地推进。鲁政发〔2017〕36号", "2017-01-01", false),
            (
                "鲁政发〔2017〕36号
请于5月1日前报送。
省政府
2021年3月2日
",
                "2021-03-02",
                true,
            ),
        ];
        for &(input, date, exact) in rows {
            let norm = Normalizer::new().normalize(input);
            let cx = Context::whole(input, &norm, None);
            let r = cx.time_reference(&TimeRecognizer::new());
            assert_eq!(
                r.map(|r| (r.date.to_string(), r.exact)),
                Some((date.into(), exact)),
                "{input:?}"
            );
        }
    }

    #[test]
    fn never_times() {
        for input in [
            "湘办发电〔2014〕35号",
            "郑群办发〔2014〕21号",
            "文章代写:13258028938(同微信)",
            "湘机发 1220 号",
            "递减一分",
            "一是思想认识存在偏差",
            "第十期",
            "“一月一主题”",
            "倒排下一月度工作计划",
            "联系电话：0531-86061234",
            "1 2 3 4年",
            "一年中有三个月",
            "全年中心工作",
        ] {
            assert_eq!(run(input, Date::new(2014, 1, 1).ok()), vec![], "{input:?}");
        }
    }

    #[test]
    fn extreme_years_do_not_overflow() {
        let got = run("9999年12月底前，0000年1月", Date::new(9999, 12, 31).ok());
        assert_eq!(got.first().map(|g| g.3.clone()), Some(Some("9999-12-31".to_string())));
        let _ = run("明年下个月", Date::new(9999, 12, 31).ok());
    }

    #[test]
    fn no_date_warns() {
        let text = "原则上3月中旬动员结束";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        let t = &TimeRecognizer::new().find_iter(&cx)[0];
        assert_eq!((t.start, t.end, t.warning), (None, None, Some(TimeWarning::NoDocumentDate)));
        let cx = Context::whole("2014年3月14日", &norm, None);
        let _ = cx; // absolute dates need no document date:
        let text = "2014年3月14日";
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        assert_eq!(TimeRecognizer::new().find_iter(&cx)[0].warning, None);
    }
}
