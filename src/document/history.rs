//! A statute's history: when it was adopted, approved, amended, revised,
//! promulgated and when it takes effect, as its preamble and its closing
//! article state them.
//!
//! A statute printed whole opens with its history in brackets before the
//! first chapter or article:
//!
//! ```text
//! （2010年7月30日山东省第十一届人民代表大会常务委员会第十八次会议通过　根据2020年11月27日
//! 山东省第十三届人民代表大会常务委员会第二十四次会议《关于修改……的决定》修正）
//! ```
//!
//! Each full date of that preamble opens an event that runs to the first
//! event verb after it (`通过` adopted, `批准` approved, `修正` amended,
//! `修订` revised, `公布`/`发布` promulgated, `施行` effective); `自…起施行`
//! is the effective date. The closing article's `本条例自2018年1月1日起施行`
//! gives the effective date when the preamble does not. A date with no verb
//! before the next date is no event; an event with no date
//! (`…会议通过` after a court's meeting number, `自公布之日起施行`) is not
//! reported, since the output has dates only.

use serde::Serialize;

use super::date::DateFinder;
use super::statute::statute_marker;
use crate::Span;

/// How far into a statute (bytes) the preamble may run when the outline
/// gives no first article.
const PREAMBLE_BYTES: usize = 2048;
/// How far before `起施行` the `自` and its date may stand (bytes).
const EFFECTIVE_WINDOW: usize = 48;

/// What happened to a statute on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StatuteEventKind {
    /// 通过: adopted by a congress, a standing committee or a council meeting.
    Adopted,
    /// 批准: approved by a higher body (a city's 条例 by its province).
    Approved,
    /// 修正: amended (by a 修改决定 or a 修正案).
    Amended,
    /// 修订: revised as a whole.
    Revised,
    /// 公布 or 发布: promulgated.
    Promulgated,
    /// 施行: takes effect.
    Effective,
}

/// One dated event of a statute's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatuteEvent<'t> {
    /// What happened.
    pub event: StatuteEventKind,
    /// On which day; serialises as ISO `YYYY-MM-DD`.
    pub date: jiff::civil::Date,
    /// The clause, from the date (or the `自` before it) to the verb:
    /// `2010年7月30日山东省第十一届人民代表大会常务委员会第十八次会议通过`.
    pub text: &'t str,
    /// Byte span of `text` in the decoded source.
    pub span: Span,
}

/// How a statute names itself before `自…起施行`: `本法`, `本条例`, ….
const SELF_NAMES: [&str; 9] =
    ["法", "条例", "办法", "规定", "解释", "细则", "决定", "规则", "规程"];

/// The event verb that ends a clause, and the event it names.
const VERBS: [(&str, StatuteEventKind); 7] = [
    ("通过", StatuteEventKind::Adopted),
    ("批准", StatuteEventKind::Approved),
    ("修正", StatuteEventKind::Amended),
    ("修订", StatuteEventKind::Revised),
    ("公布", StatuteEventKind::Promulgated),
    ("发布", StatuteEventKind::Promulgated),
    ("施行", StatuteEventKind::Effective),
];

/// The dated events of the statute `doc` (its span) of `source`, in
/// source order.
pub(crate) fn history<'t>(source: &'t str, doc: Span, dates: &DateFinder) -> Vec<StatuteEvent<'t>> {
    let Some(text) = doc.get(source) else { return Vec::new() };
    let preamble_end = first_marker_line(text).unwrap_or_else(|| floor_char(text, PREAMBLE_BYTES));
    let preamble = text.get(..preamble_end).unwrap_or("");
    let mut events = preamble_events(preamble, dates);
    if !events.iter().any(|e| e.event == StatuteEventKind::Effective)
        && let Some(e) = closing_effective(text, preamble_end, dates)
    {
        events.push(e);
    }
    for e in &mut events {
        e.span = e.span.shift(doc.start);
    }
    events
}

/// The events of the preamble, spans relative to it.
fn preamble_events<'t>(preamble: &'t str, dates: &DateFinder) -> Vec<StatuteEvent<'t>> {
    let found: Vec<_> = dates.find_iter(preamble).collect();
    let mut events = Vec::new();
    for (i, d) in found.iter().enumerate() {
        let until = found.get(i + 1).map_or(preamble.len(), |next| next.span.start);
        let Some(after) = preamble.get(d.span.end..until) else { continue };
        let Some((at, verb, event)) = first_verb(after) else { continue };
        // One clause naming a meeting or an organ, not a sentence that
        // mentions a date (`2015年11月1日以后审理的案件，适用修正…`).
        if after.get(..at).is_none_or(|between| between.contains(['，', '。', '；', ','])) {
            continue;
        }
        if !in_history_block(preamble, d.span.start) {
            continue;
        }
        let end = d.span.end + at + verb.len();
        // `自2002年8月23日起施行`: the clause starts at 自.
        let start = if event == StatuteEventKind::Effective {
            preamble
                .get(..d.span.start)
                .and_then(|b| b.strip_suffix('自'))
                .map_or(d.span.start, str::len)
        } else {
            d.span.start
        };
        let Some(text) = preamble.get(start..end) else { continue };
        events.push(StatuteEvent { event, date: d.value, text, span: Span::new(start, end) });
    }
    events
}

/// True when the date at `at` stands where a statute prints its history:
/// inside the brackets of the preamble, or on a line of its own that opens
/// with the date (or with `根据` before it), as archives that drop the
/// brackets print it. An interpretation's opening sentence that cites
/// another law's revision is not its history.
fn in_history_block(preamble: &str, at: usize) -> bool {
    let before = preamble.get(..at).unwrap_or("");
    let open = before.matches(['（', '(']).count();
    let close = before.matches(['）', ')']).count();
    if open > close {
        return true;
    }
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let opening =
        before.get(line_start..).unwrap_or("").trim_start_matches([' ', '\t', '\u{3000}']);
    opening.is_empty() || opening == "根据"
}

/// The first event verb in `s`: its offset, the verb and the event.
fn first_verb(s: &str) -> Option<(usize, &'static str, StatuteEventKind)> {
    VERBS
        .iter()
        .filter_map(|&(verb, event)| s.find(verb).map(|at| (at, verb, event)))
        .min_by_key(|&(at, ..)| at)
}

/// `本条例自2018年1月1日起施行` in the articles: the statute's own effective
/// date (the last such clause, which is the closing article's).
fn closing_effective<'t>(
    text: &'t str,
    from: usize,
    dates: &DateFinder,
) -> Option<StatuteEvent<'t>> {
    let body = text.get(from..)?;
    let mut found = None;
    for (at, _) in body.match_indices("起施行") {
        let window_start = floor_char(body, at.saturating_sub(EFFECTIVE_WINDOW));
        let before = body.get(window_start..at)?;
        let Some(d) = dates.find_iter(before).last() else { continue };
        // The date must run up to 起施行 and follow 自 directly.
        if d.span.end != before.len() {
            continue;
        }
        let Some(head) = before.get(..d.span.start).and_then(|b| b.strip_suffix('自')) else {
            continue;
        };
        // Its own: `本法/本条例/本办法/…自`, not a date another law takes effect.
        let own =
            head.rfind('本').and_then(|i| head.get(i + '本'.len_utf8()..)).is_some_and(|name| {
                name.chars().count() <= 4 && SELF_NAMES.iter().any(|w| name.ends_with(w))
            });
        if !own {
            continue;
        }
        let start = from + window_start + head.len();
        let end = from + at + "起施行".len();
        found = Some(StatuteEvent {
            event: StatuteEventKind::Effective,
            date: d.value,
            text: text.get(start..end)?,
            span: Span::new(start, end),
        });
    }
    found
}

/// Where the first line that opens with `第X编/章/节/条` starts (a Markdown
/// heading's `#` and indentation skipped), within the preamble's reach.
fn first_marker_line(text: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if at > PREAMBLE_BYTES {
            return None;
        }
        let opening = line.trim_start_matches(['#', ' ', '\t', '\u{3000}']);
        if statute_marker(opening).is_some() {
            return Some(at);
        }
        at += line.len();
    }
    None
}

/// The largest char boundary of `s` at or below `at`.
fn floor_char(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(text: &str) -> Vec<(StatuteEventKind, String, &str)> {
        let doc = Span::new(0, text.len());
        history(text, doc, &DateFinder::new())
            .into_iter()
            .map(|e| {
                assert_eq!(&text[e.span.start..e.span.end], e.text);
                (e.event, e.date.to_string(), e.text)
            })
            .collect()
    }

    #[test]
    fn a_provincial_regulation_adopted_then_amended() {
        let text = "（\n\n2010年7月30日山东省第十一届人民代表大会常务委员会第十八次会议通过 根据2020年11月27日山东省第十三届人民代表大会常务委员会第二十四次会议《关于修改〈山东省清洁生产促进条例〉等六件地方性法规的决定》修正）\n\n第一条 为了促进清洁生产，制定本条例。\n\n第二条 本条例自2011年1月1日起施行。";
        let got = events(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, StatuteEventKind::Adopted);
        assert_eq!(got[0].1, "2010-07-30");
        assert_eq!(got[0].2, "2010年7月30日山东省第十一届人民代表大会常务委员会第十八次会议通过");
        assert_eq!(got[1].0, StatuteEventKind::Amended);
        assert_eq!(got[1].1, "2020-11-27");
        assert!(got[1].2.ends_with("的决定》修正"));
        // The closing article, since the preamble names no effective date.
        assert_eq!(
            got[2],
            (StatuteEventKind::Effective, "2011-01-01".into(), "自2011年1月1日起施行")
        );
    }

    #[test]
    fn a_judicial_interpretation_promulgated_and_effective() {
        let text = "（最高人民法院审判委员会第1237次会议、最高人民检察院第九届检察委员会第109次会议通过 2002年8月16日最高人民法院、最高人民检察院公告公布 自2002年8月23日起施行）\n\n为依法惩治……，现就有关问题解释如下：\n\n第一条 未取得药品生产许可证件的，依照刑法处罚。";
        let got = events(text);
        // The adoption has no date of its own: not reported.
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, StatuteEventKind::Promulgated);
        assert_eq!(got[0].1, "2002-08-16");
        assert_eq!(
            got[1],
            (StatuteEventKind::Effective, "2002-08-23".into(), "自2002年8月23日起施行")
        );
    }

    #[test]
    fn another_laws_effective_date_is_not_this_ones() {
        let text = "第一条 为了规范管理，制定本办法。\n\n第二条 《某某条例》自2015年1月1日起施行后，按其规定执行。\n\n第三条 本办法自2016年3月1日起施行。";
        let got = events(text);
        assert_eq!(
            got,
            vec![(StatuteEventKind::Effective, "2016-03-01".into(), "自2016年3月1日起施行")]
        );
        assert!(events("第一条 本规定自公布之日起施行。").is_empty());
        assert!(events("第九条 本市自2015年1月1日起施行居住证制度。").is_empty());
        // An interpretation's opening sentence cites another law's revision.
        let text = "为正确适用法律，根据2009年2月28日第十一届全国人大常委会第七次会议修订的《中华人民共和国保险法》，现就有关问题解释如下：\n\n第一条 对于2015年11月1日以后审理的刑事案件，具体适用修正后的规定。";
        assert!(events(text).is_empty(), "{:?}", events(text));
    }
}
