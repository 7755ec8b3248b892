//! Candidate generation: every quantity of the view with the comparator
//! words around it attached.

use super::Comparator;
use super::prepared::Prepared;
use super::words::{BASE_GAP, PLAN_GAP, POSTFIX, RANGE_SEPS, SPANS_OF_TIME, VERB_GAP, Word};
use crate::Span;
use crate::extract::sentence::is_clause_end;
use crate::normalize::is_han;
use crate::normalize::numerals::{
    NUMERAL_BITS, Numeral, is_arabic_digit, is_chinese_numeral, scan_number, unit_at,
};

/// A quantity found in the view: number, unit and the comparator words
/// around it.
#[derive(Clone)]
pub(super) struct Found {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) num: Numeral,
    pub(super) unit: &'static str,
    /// `年` read as a duration: a quantity only next to a comparator.
    pub(super) years: bool,
    pub(super) cmp: Option<Comparator>,
    pub(super) cmp_start: Option<usize>,
    /// A window (`48小时以内`): a deadline's business, never a quota.
    pub(super) window: bool,
    /// The rate written between comparator and number (`家` of `上限为每家`).
    pub(super) per: Option<Span>,
    /// Counts the items of an enumeration before it (`等22个`).
    pub(super) summary: bool,
    /// The comparator comes from a verb (`达到`, `提高`), which a comparator
    /// after the unit overrides.
    pub(super) weak: bool,
    /// The comparator reports as readily as it requires (`超过`, `达到`,
    /// `以上`): a quota only under a requirement, else a statistic.
    pub(super) reported: bool,
    /// The comparator excludes its bound (`超过`, `不足`, `低于`: `>`/`<`).
    pub(super) strict: bool,
    /// Taken by a verb whose object follows the unit (`确定一名联络员`): the
    /// subject is the noun after, not the phrase before.
    pub(super) object_after: bool,
    /// Taken by a verb of change with its result or a value set by a rule
    /// ([`Word::ChangeTo`], [`Word::Set`]): a quota only where the document
    /// decides, under a requirement or in a task of a plan.
    pub(super) decided: bool,
}

/// Comparator words that exclude their bound: `超过5年` is more than 5
/// (`>`), `不足3人` fewer than 3 (`<`); `不超过`, `不少于`, `以上`, `以下`
/// include it.
const STRICT: &[&str] = &[
    "超过",
    "超出",
    "多于",
    "高于",
    "大于",
    "不足",
    "不满",
    "未满",
    "低于",
    "少于",
    "小于",
    "短于",
    "未达到",
    "不到",
];

/// The measure words of a head count, which an assigning verb takes
/// (`确定一名联络员`, `选派3人`).
const HEADS: &[&str] = &["名", "人", "位"];

/// Every quantity of the view, in order and without overlap, with the
/// comparator words before and after it attached.
pub(super) fn quantities(v: &str, p: &Prepared) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut next_free = 0;
    let mut prev: Option<char> = None;
    for (i, c) in v.char_indices() {
        let p_char = prev;
        prev = Some(c);
        if i < next_free || !(c.is_ascii_digit() || NUMERAL_BITS.may_contain(c)) {
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
        } else if c == '万' {
            // 万分之五: 万 opens a fraction, it multiplies nothing.
            v.get(i..).is_some_and(|r| r.starts_with("万分之"))
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
        let prev_end = found.last().map_or(0, |q| q.end);
        attach_before(v, p, prev_end, &mut f);
        attach_after(v, &mut f);
        next_free = f.end;
        found.push(f);
    }
    found
}

/// A quantity at view offset `at`: a numeral (`百分之` included) and a unit,
/// a second quantity of the same unit making a range (`5000元—5499元`,
/// `5亿元到10亿元之间`), or `年` after a small integer as a duration.
fn quantity(v: &str, at: usize) -> Option<Found> {
    let rest = v.get(at..)?;
    // 百分之五十; 千分之五 (5‰); 万分之五 (0.05%).
    let fraction = [("百分之", "%", 1.0), ("千分之", "‰", 1.0), ("万分之", "%", 0.01)]
        .into_iter()
        .find_map(|(p, u, scale)| rest.strip_prefix(p).map(|r| (p, u, scale, r)));
    if let Some((prefix, unit, scale, r)) = fraction {
        let mut num = scan_number(r)?;
        num.value *= scale;
        num.max = num.max.map(|m| m * scale);
        let end = at + prefix.len() + num.len;
        return Some(Found {
            start: at,
            end,
            num,
            unit,
            years: false,
            cmp: None,
            cmp_start: None,
            weak: false,
            strict: false,
            reported: false,
            window: false,
            per: None,
            summary: false,
            object_after: false,
            decided: false,
        });
    }
    let mut num = scan_number(rest)?;
    // 2千瓦, 10千伏安: the 千 starts the unit, not a multiplier of the number.
    if unit_at(rest.get(num.len..)?).is_none()
        && let Some(head) = rest.get(..num.len).and_then(|h| h.strip_suffix('千'))
        && rest.get(head.len()..).and_then(unit_at).is_some()
        && let Some(n) = scan_number(head).filter(|n| n.len == head.len())
    {
        num = n;
    }
    let after = rest.get(num.len..)?;
    let (ulen, unit, years) = match unit_at(after) {
        // 50周年: an anniversary, not 50 weeks.
        Some((_, "周")) if after.get("周".len()..).is_some_and(|a| a.starts_with('年')) => {
            return None;
        }
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
        // 3倍（含3倍）至4倍: the lower bound's inclusion note before the separator.
        let note = inclusion_note(tail).unwrap_or(0);
        let tail = tail.get(note..)?;
        for sep in RANGE_SEPS {
            let Some(r) = tail.strip_prefix(sep) else { continue };
            if let Some(n2) = scan_number(r)
                && n2.max.is_none()
                && n2.arabic == num.arabic
                && n2.value > num.value
                && r.get(n2.len..).and_then(unit_at).is_some_and(|(_, u2)| u2 == unit)
                && let Some((l2, _)) = r.get(n2.len..).and_then(unit_at)
            {
                end += note + sep.len() + n2.len + l2;
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
        strict: false,
        reported: false,
        window: false,
        per: None,
        summary: false,
        object_after: false,
        decided: false,
    })
}

/// Attach the comparator word before `f`: a comparator with a short verb
/// gap (or a noun phrase before a percentage), a binding verb with at most
/// two chars between, a verb of change right before a ratio, `一式`, or a
/// verb of a plan right before the count. A comparator right before a verb
/// of the grammar makes that verb its short verb and wins over it
/// (`至少明确2-3个`, `各推荐5个`, `至少确定1名`). The words looked at are the
/// last four before the number (a verb of a plan that takes no count is
/// not counted: `按…建设预算费用的一至三倍`).
fn attach_before(v: &str, p: &Prepared, prev_end: usize, f: &mut Found) {
    let mut verb: Option<Span> = None;
    let mut counted = 0;
    for (w, word) in p.words_before(f.start) {
        if let Some(vb) = verb {
            if w.end == vb.start
                && matches!(
                    word,
                    Word::Before(_) | Word::Report(_) | Word::Bind(_) | Word::ChangeTo
                )
            {
                // 最高达到900人: a verb that reports keeps the number a
                // report's, whatever the comparator before it.
                let (object_after, reported) = (f.object_after, f.reported);
                if try_attach(v, p, prev_end, w, word, f) {
                    f.object_after |= object_after;
                    f.reported |= reported;
                }
            }
            return;
        }
        if word != Word::Plan {
            counted += 1;
            if counted > 4 {
                return;
            }
        }
        if matches!(word, Word::Require | Word::Past | Word::Future) {
            continue;
        }
        let attached = try_attach(v, p, prev_end, w, word, f);
        match word {
            Word::Plan if !attached => continue,
            Word::Plan
            | Word::Assign
            | Word::Bind(_)
            | Word::ChangeTo
            | Word::Set
            | Word::Change
            | Word::Copies => {
                verb = Some(w);
            }
            _ => return,
        }
    }
}

/// Attach the grammar word `word` at `w` to `f` if it takes `f`'s number.
fn try_attach(v: &str, p: &Prepared, prev_end: usize, w: Span, word: Word, f: &mut Found) -> bool {
    let Some(gap) = v.get(w.end..f.start) else { return false };
    let n = gap.chars().count();
    let han = gap.chars().all(|c| is_han(c) && c != '每');
    // 上限为每家100万元: a rate phrase between comparator and number.
    let per = gap
        .strip_prefix('每')
        .map(|r| ["个", "名", "位"].iter().find_map(|m| r.strip_prefix(m)).unwrap_or(r))
        .filter(|r| (1..=3).contains(&r.chars().count()) && r.chars().all(is_han));
    let ratio = matches!(f.unit, "%" | "‰" | "个百分点" | "倍");
    // 不超过2021年度出让地价的12%, 达到自身容量80%: the base of a ratio
    // between the word and the number (a year may name it, no other figure).
    let base = ratio && n <= BASE_GAP && is_ratio_base(gap);
    let cmp = match word {
        Word::Before(c) | Word::Report(c) => {
            let verb = (han || per.is_some()) && n <= VERB_GAP;
            (verb || base).then_some(c)
        }
        Word::Bind(c) => {
            let each = v.get(w.start..w.end) == Some("各");
            let verb = han && n <= 2 && (n >= 1 || !each);
            // A one-char verb (设, 达, 各) takes no base: 新设外资企业增长近70%.
            let word_chars = v.get(w.start..w.end).map_or(0, |x| x.chars().count());
            // A Chinese numeral is a figure only as a fraction (万分之五).
            ((verb || base && word_chars >= 2) && (f.num.arabic || ratio)).then_some(c)
        }
        Word::ChangeTo => (han && n <= 2 && f.num.arabic).then_some(Comparator::Exactly),
        Word::Set => (n == 0 && f.num.arabic).then_some(Comparator::Exactly),
        // 按照项目总投入的30%, 减按50%收取.
        Word::Rate => {
            (ratio && (n == 0 || base && gap.ends_with('的'))).then_some(Comparator::Exactly)
        }
        Word::Change => (n == 0 && ratio).then_some(Comparator::Exactly),
        Word::Copies => (n == 0 && f.unit == "份").then_some(Comparator::Exactly),
        Word::Assign => (n == 0 && HEADS.contains(&f.unit)).then_some(Comparator::Exactly),
        // 建设30个电气化项目; 建成1000亩以上开放休闲林地5个，: the count of
        // the object closing the verb's clause.
        Word::Plan => {
            // 待改造升级的…177处: a verb before 的 qualifies a noun, it
            // does not plan.
            let closes = n <= PLAN_GAP
                && !gap.chars().any(|c| is_clause_end(c) || matches!(c, '的' | '(' | '（'))
                && v.get(f.end..)
                    .is_none_or(|t| t.chars().next().is_none_or(|c| is_clause_end(c) || c == '、'));
            (p.may_plan && f.num.arabic && (n == 0 || closes) && p.in_task(f.end))
                .then_some(Comparator::Exactly)
        }
        _ => None,
    };
    if cmp.is_some() {
        f.cmp = cmp;
        f.cmp_start = Some(w.start);
        f.strict = v.get(w.start..w.end).is_some_and(|word| STRICT.contains(&word));
        f.weak = !matches!(word, Word::Before(_) | Word::Report(_));
        f.reported = !matches!(word, Word::Before(_) | Word::Rate | Word::Copies);
        f.per = per.map(|r| Span::new(f.start - r.len(), f.start));
        f.object_after = matches!(word, Word::Assign | Word::Plan);
        f.decided = matches!(word, Word::ChangeTo | Word::Set);
        if word == Word::Plan && n > 0 {
            // The quota is the object noun and its count, after the verb
            // and any quantity before it (`1000亩以上`).
            f.cmp_start = Some(w.end.max(prev_end).min(f.start));
        }
    }
    cmp.is_some()
}

/// True when `gap`, between a comparator and a ratio, can be the ratio's
/// base: no clause end, no rate (`每`), no figure but a year
/// (`2021年度出让地价的`).
fn is_ratio_base(gap: &str) -> bool {
    let mut chars = gap.chars().peekable();
    while let Some(c) = chars.next() {
        if is_clause_end(c) || c == '每' {
            return false;
        }
        if is_arabic_digit(c) {
            let mut digits = 1;
            while chars.peek().is_some_and(|&d| is_arabic_digit(d)) {
                chars.next();
                digits += 1;
            }
            if digits != 4 || chars.next() != Some('年') {
                return false;
            }
        }
    }
    true
}

/// Attach a comparator written after the unit (`以上`, `以内`, `左右`), with
/// a following `（含）`/`（不含…）`, and read `X以上Y以下` as a range. A
/// comparator after the unit overrides a binding verb before it (`达到2000万元以上`).
fn attach_after(v: &str, f: &mut Found) {
    let Some(tail) = v.get(f.end..) else { return };
    // 2倍（含2倍）以上, 3年（含）以上: the inclusion note may come first.
    let note = inclusion_note(tail).unwrap_or(0);
    let Some(tail) = tail.get(note..) else { return };
    let Some(&(w, c)) = POSTFIX.iter().find(|(w, _)| tail.starts_with(w)) else { return };
    let mut end = f.end + note + w.len();
    // X以上Y以下 (千分之五以上千分之十以下): a range.
    if c == Comparator::AtLeast
        && let Some(q2) = quantity(v, end)
        && q2.num.max.is_none()
        && q2.num.value > f.num.value
        && q2.unit == f.unit
        && let Some(r2) = v.get(q2.end..)
        && (r2.starts_with("以下") || r2.starts_with("以内"))
    {
        end = q2.end + "以下".len();
        f.num.max = Some(q2.num.value);
    }
    if let Some(paren) = v.get(end..).and_then(inclusion_note) {
        end += paren;
    }
    f.end = end;
    f.window = matches!(w, "以内" | "之内") && SPANS_OF_TIME.contains(&f.unit);
    if f.cmp.is_none() || f.weak {
        f.cmp = Some(c);
        f.weak = false;
        f.reported = true;
        f.strict = false; // 以上, 以下, 以内 include their bound
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

#[cfg(test)]
mod tests {
    use super::super::tests::run;

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
}
