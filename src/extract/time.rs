//! Time expressions: recognition and resolution against the document date.
//!
//! Recognises full dates (`2014年3月19日`, `二〇一四年三月十四日`), months and
//! days without a year (year from the document date), `上旬/中旬/下旬`,
//! `月初/月中/月底/月末`, `年初/年中/年底/年末/年内`, quarters and half-years,
//! upper bounds (`4月底前`, `截至3月31日`, `…为止`), windows from the
//! document date (`10日内`, `5个工作日内`, `3个月内`), ranges
//! (`3月28日至31日`), relative months and years (`这个月中旬`, `今年`, `明年`),
//! vague timing (`尽快`, `近期`, `及时`, `限期`, `规定时间内`) and recurrences
//! (`每年`, `每个月`, `每季度`, `每周`). A window that runs from an event
//! (`收到申请之日起三十日内`, `结束后10日内`) has no dates.
//!
//! Calendar arithmetic uses `jiff`. Working days skip Saturdays and Sundays
//! only: public holidays and 调休 make-up days are not known.
//!
//! Conventions for periods: 上旬/月初 = days 1–10, 中旬/月中 = 11–20,
//! 下旬/月底/月末 = 21–month end; 年初 = January, 年中 = June–July,
//! 年底/年末 = December, 年内 = up to 31 December; `X前` includes day X.
//!
//! A day may carry a weekday and a time of day (`3日（星期三）`,
//! `20日18：00`, `11日下午5时`), and an Arabic day may drop 日 before 前
//! (`5月10前`). Range ends may be set off by blanks (`6 月 3 日— 10 日`), and
//! two bare numbers before one unit are a range of months or years (`4―6月`,
//! `2017-2020年`). OCR may split a year with one blank (`2 021年`).
//!
//! Relative expressions resolve against the document date; without one,
//! against the date the text makes clear: its first signature or 印发 date
//! (alone on its line, before `印发`, at the very end, or glued to an issuer
//! name on one-line OCR text), else 1 January of the year of its first
//! document number (its own or a forwarded one). Those carry
//! [`TimeWarning::DateFromText`].
//!
//! A document number (`〔2014〕21号`) or a telephone number is never a time:
//! years need `年`, days need a month, and digits glued to other digits are
//! skipped. Neither is a numeral run with 月 in it (`一月一主题`) nor `月度`.

use jiff::civil::{Date, Weekday};
use regex::Regex;
use serde::Serialize;

use crate::Span;
use crate::document::DocNumberFinder;
use crate::extract::Context;
use crate::extract::view::View;
use crate::normalize::numerals::{is_arabic_digit, is_chinese_numeral, parse_int};

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
    /// Local span in the matching view (crate-internal bookkeeping).
    #[serde(skip)]
    pub(crate) view: Span,
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
    if after.is_empty() || after.starts_with("印发") {
        return true;
    }
    let prev = v.get(..at.start).and_then(|b| b.trim_end().chars().next_back());
    prev.is_some_and(|c| ISSUER_ENDS.contains(c))
}

/// Recognises and resolves time expressions. Build once, share by `&`.
#[derive(Clone, Debug)]
pub struct TimeRecognizer {
    year: Regex,
    month: Regex,
    day: Regex,
    mpart: Regex,
    ypart: Regex,
    window: Regex,
    word: Regex,
    /// A time of day after a day (`下午5时`, `18：00`, `8:00`), with an
    /// optional weekday before it (`（星期三）`).
    clock: Regex,
    /// A range of bare numbers before one unit: `4―6月`, `2017-2020年`.
    span_range: Regex,
    /// The document's own number, the year of last resort.
    doc_numbers: DocNumberFinder,
}

impl Default for TimeRecognizer {
    fn default() -> Self {
        TimeRecognizer::new()
    }
}

const D: &str = "[0-9０-９]";

/// True for every char that can begin a time expression of [`TimeRecognizer`]'s
/// patterns (digits, numerals, and the first chars of its words); the scan
/// tries the anchored patterns only there. Keep in step with the patterns.
fn may_start(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || "〇零一二两三四五六七八九十百今本当明去这下上尽近及限按如规每第年截初中底末内"
            .contains(c)
}
const CN_DAY: &str = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

/// Length, kind, start, end and warning of one parsed expression.
type Parsed = (usize, TimeKind, Option<Date>, Option<Date>, Option<TimeWarning>);

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
    Rel(i16),
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
        let re = |p: String| Regex::new(&p).expect("valid time pattern");
        TimeRecognizer {
            // `2 021年`: OCR may split a year with one blank.
            year: re(format!(
                "^(?:({D}(?: ?{D}){{3}}|[〇零一二三四五六七八九]{{4}})年|(今年|本年|当年|明年|去年))"
            )),
            month: re(format!(
                "^(?:({D}{{1,2}}|十[一二]?|[一二三四五六七八九])月(?:份)?|(这个月|本月|当月|下个月|下月|上个月))"
            )),
            // `5月10前`: an Arabic day may drop 日 before 前 (checked in `point`).
            day: re(format!("^({D}{{1,2}}|{CN_DAY})([日号]?)")),
            mpart: re("^(上旬|中旬|下旬|初|中|底|末)".into()),
            ypart: re("^年?(上半年|下半年|第?[一二三四1-4]季度|初|中|底|末|内)".into()),
            window: re(format!(
                "^({D}{{1,3}}|[一二两三四五六七八九十百]{{1,4}})(个工作日|工作日|日|天|个?周|个?星期|个月|年)(?:之内|以内|内)"
            )),
            word: re(
                "^(?:(尽快|尽早|近期|及时|限期|按时|如期|规定的?(?:时间|期限|时限)内)|(每年|每个?月|每个?季度|每周|每个?星期|每半年|每天|每日)|(上半年|下半年|第?[一二三四]季度|年(?:初|中|底|末|内)))"
                    .into(),
            ),
            clock: re(format!(
                "^(?:[（(](?:星期|周)[一二三四五六日天][）)])?(?: ?(?:上午|下午|中午|晚上|早上|凌晨)? ?(?:{D}{{1,2}}[:：]{D}{{2}}|(?:{D}{{1,2}}|十[一二]?|[一二三四五六七八九])[时点](?:(?:{D}{{1,2}}|[一二三四五]十[一二三四五六七八九]?)分|半)?))?"
            )),
            span_range: re(format!(
                "^(?:({D}{{4}})年)?({D}{{1,4}}) ?[―—–\\-－~～至到] ?({D}{{1,4}})(月份|月|年)"
            )),
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
                if let Some((len, kind, start, end, None)) = self.parse_at(s, t.view.start, Some(d))
                    && len == t.view.len()
                {
                    (t.kind, t.start, t.end) = (kind, start, end);
                    t.warning = Some(TimeWarning::DateFromText);
                }
            }
        }
        Times { exprs, reference }
    }

    /// The date a document without a known date is read against: its first
    /// signature date (see [`is_signature`]), else 1 January of the year of
    /// its first document number (its own, or the one it forwards).
    fn text_date(
        &self,
        cx: &Context<'_, '_>,
        view: &View,
        exprs: &[TimeExpr<'_>],
    ) -> Option<Reference> {
        let signed = exprs.iter().find(|t| {
            t.kind == TimeKind::Period
                && t.warning.is_none()
                && t.start.is_some()
                && t.start == t.end
                && is_signature(cx, view, t.view)
        });
        if let Some(date) = signed.and_then(|t| t.start) {
            return Some(Reference { date, exact: true });
        }
        let n = self.doc_numbers.find(cx.text())?;
        let date = Date::new(i16::try_from(n.year).ok()?, 1, 1).ok()?;
        Some(Reference { date, exact: false })
    }

    fn scan<'t>(&self, cx: &Context<'t, '_>, view: &View, doc: Option<Date>) -> Vec<TimeExpr<'t>> {
        let s = view.text.as_str();
        let mut out = Vec::new();
        let mut pos = 0;
        let mut prev: Option<char> = None;
        while pos < s.len() {
            let Some(rest) = s.get(pos..) else { break };
            let Some(c) = rest.chars().next() else { break };
            let glued = prev.is_some_and(|p| {
                is_arabic_digit(p) || (is_chinese_numeral(p) && is_chinese_numeral(c)) || p == '第'
            });
            if !glued
                && may_start(c)
                && let Some((len, kind, start, end, warn)) = self.parse_at(s, pos, doc)
            {
                let local = Span::new(pos, pos + len);
                let (span, text) = cx.locate(view.to_local(local));
                out.push(TimeExpr { text, span, kind, start, end, warning: warn, view: local });
                pos += len;
                prev = s.get(..pos).and_then(|p| p.chars().next_back());
                continue;
            }
            prev = Some(c);
            pos += c.len_utf8();
        }
        out
    }

    fn parse_at(&self, s: &str, pos: usize, doc: Option<Date>) -> Option<Parsed> {
        let rest = s.get(pos..)?;
        // Words: vague, recurring, bare year parts.
        if let Some(c) = self.word.captures(rest) {
            let len = c.get(0)?.end();
            if c.get(1).is_some() {
                return Some((len, TimeKind::Vague, None, None, None));
            }
            if c.get(2).is_some() {
                return Some((len, TimeKind::Recurring, None, None, None));
            }
            let word = c.get(3)?.as_str();
            // 一年中, 三年内 (a duration), 全年中心: not a part of this year.
            let prev = s.get(..pos).and_then(|b| b.chars().next_back());
            if (word.starts_with('年') && prev.is_some_and(|p| is_chinese_numeral(p) || p == '多'))
                || !part_ends_word(rest, len)
            {
                return None;
            }
            let part = ypart(word.trim_start_matches('年'))?;
            let p = Point { year: Some(Rel::Rel(0)), part: Some(part), ..Point::default() };
            let kind =
                if matches!(part, Part::UpTo12) { TimeKind::Before } else { TimeKind::Period };
            return finish(len, kind, resolve(&p, doc), rest);
        }
        if let Some(c) = self.window.captures(rest) {
            let len = c.get(0)?.end();
            let n = parse_int(c.get(1)?.as_str())?;
            let unit = c.get(2)?.as_str();
            // 自收到申请之日起三十日内, 结束后十日内: the window runs from an
            // event, not from the document date, so its dates are unknown.
            let lead: String = s.get(..pos).unwrap_or("").chars().rev().take(3).collect();
            if lead.contains(['起', '后']) {
                return Some((len, TimeKind::Window, None, None, None));
            }
            let Some(d) = doc else {
                return Some((
                    len,
                    TimeKind::Window,
                    None,
                    None,
                    Some(TimeWarning::NoDocumentDate),
                ));
            };
            let end = add_window(d, n, unit);
            return Some((len, TimeKind::Window, Some(d), end, None));
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
        let (plen, first) = self.point(rest.get(pre..)?, None)?;
        let mut len = pre + plen;
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
                    _ => (None, None, Some(TimeWarning::NoDocumentDate)),
                };
                return Some((len, TimeKind::Range, lo, hi, warn));
            }
        }
        let kind = if before { TimeKind::Before } else { TimeKind::Period };
        let (mut l, mut k, s0, e0, w) = finish(len, kind, r1, rest)?;
        let tail = rest.get(l..)?;
        if k == TimeKind::Before && tail.starts_with("为止") {
            l += "为止".len();
        }
        if k == TimeKind::Period {
            for suf in ["以后", "之后", "起"] {
                if tail.starts_with(suf) {
                    l += suf.len();
                    k = TimeKind::After;
                    return Some((l, k, s0, None, w));
                }
            }
        }
        Some((l, k, s0, e0, w))
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
                Some(y) => Rel::Abs(year_value(y.as_str())?),
                None => Rel::Rel(0),
            };
            let m = |m| Point { year: Some(year), month: Some(Rel::Abs(m)), ..Point::default() };
            (m(a), m(b))
        };
        Some(match (resolve(&lo, doc), resolve(&hi, doc)) {
            (Ok((s, _)), Ok((_, e))) => (len, TimeKind::Range, Some(s), Some(e), None),
            _ => (len, TimeKind::Range, None, None, Some(TimeWarning::NoDocumentDate)),
        })
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
                (None, Some("明年")) => Rel::Rel(1),
                (None, Some("去年")) => Rel::Rel(-1),
                _ => Rel::Rel(0),
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
                (None, Some("下个月" | "下月")) => Rel::Rel(1),
                (None, Some("上个月")) => Rel::Rel(-1),
                _ => Rel::Rel(0),
            });
            let rest = s.get(pos..)?;
            let numeral_month =
                c.get(1).is_some_and(|x| x.as_str().chars().all(is_chinese_numeral));
            if let Some(len) = self.day_at(rest, &mut p) {
                pos += len;
            } else if numeral_month && rest.starts_with(is_chinese_numeral) {
                return None; // 一月一主题: a run of numerals, not a month
            } else if let Some(c) = self.mpart.captures(rest)
                && part_ends_word(rest, c.get(0)?.end())
            {
                pos += c.get(0)?.end();
                p.part = Some(mpart(c.get(1)?.as_str())?);
            }
        } else if p.year.is_some() {
            if let Some(c) = self.ypart.captures(rest)
                && part_ends_word(rest, c.get(0)?.end())
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
fn part_ends_word(s: &str, end: usize) -> bool {
    let Some(last) = s.get(..end).and_then(|w| w.chars().next_back()) else { return true };
    let Some(next) = s.get(end..).and_then(|r| r.chars().next()) else { return true };
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
) -> Option<Parsed> {
    let tail = rest.get(len..)?;
    let mut l = len;
    let mut k = kind;
    for suf in BEFORE {
        if tail.starts_with(suf) {
            l += suf.len();
            k = TimeKind::Before;
            break;
        }
    }
    Some(match r {
        Ok((_, e)) if k == TimeKind::Before => (l, k, None, Some(e), None),
        Ok((s, e)) => (l, k, Some(s), Some(e), None),
        Err(w) => (l, k, None, None, Some(w)),
    })
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
        Some(Rel::Rel(k)) => doc.ok_or(need)?.year().saturating_add(k),
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
        Rel::Rel(k) => i16::from(doc.ok_or(need)?.month()).saturating_add(k),
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

fn add_window(d: Date, n: u64, unit: &str) -> Option<Date> {
    let n32 = i32::try_from(n).ok()?;
    match unit.trim_start_matches('个') {
        "工作日" => {
            let mut x = d;
            let mut left = n;
            while left > 0 {
                x = x.tomorrow().ok()?;
                if !matches!(x.weekday(), Weekday::Saturday | Weekday::Sunday) {
                    left -= 1;
                }
            }
            Some(x)
        }
        "日" | "天" => d.checked_add(jiff::Span::new().days(n32)).ok(),
        "周" | "星期" => d.checked_add(jiff::Span::new().weeks(n32)).ok(),
        "月" => d.checked_add(jiff::Span::new().months(n32)).ok(),
        "年" => d.checked_add(jiff::Span::new().years(n32)).ok(),
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity, reason = "table-driven test rows")]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

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
            ("10日内", "10日内", Window, s("2014-04-08"), s("2014-04-18")),
            ("5个工作日内", "5个工作日内", Window, s("2014-04-08"), s("2014-04-15")),
            ("3个月内", "3个月内", Window, s("2014-04-08"), s("2014-07-08")),
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
            ("年内培育50家", "年内", Before, None, s("2014-12-31")),
            ("三月十四日", "三月十四日", Period, s("2014-03-14"), s("2014-03-14")),
            ("到2025年初步建成", "2025年", Period, s("2025-01-01"), s("2025-12-31")),
            ("到2025年中心城区", "2025年", Period, s("2025-01-01"), s("2025-12-31")),
            ("到2025年中，完成", "2025年中", Period, s("2025-06-01"), s("2025-07-31")),
            ("3月底动员结束", "3月底", Period, s("2014-03-21"), s("2014-03-31")),
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
