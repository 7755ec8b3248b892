//! Full calendar dates as written in documents: `2014年3月22日` or
//! `二〇一四年三月十四日` (成文日期 uses the latter in older documents).

use regex::Regex;

use super::DateItem;
use crate::Span;
use crate::normalize::numerals::parse_int;

const ARABIC: &str = r"(?<y>[0-9０-９]{4})[ \t\u{3000}]*年[ \t\u{3000}]*(?<m>[0-9０-９]{1,2})[ \t\u{3000}]*月[ \t\u{3000}]*(?<d>[0-9０-９]{1,2})[ \t\u{3000}]*日";
const CHINESE: &str = r"(?<cy>[〇零○Ｏ一二三四五六七八九]{4})年(?<cm>[一二三四五六七八九十]{1,2})月(?<cd>[一二三四五六七八九十]{1,3})日";

/// Finds full dates (year, month and day) in text. Build once.
#[derive(Clone, Debug)]
pub(crate) struct DateFinder {
    re: Regex,
}

impl DateFinder {
    pub fn new() -> DateFinder {
        // Compiled once per process; a clone shares the program.
        static BUILT: std::sync::LazyLock<DateFinder> = std::sync::LazyLock::new(|| DateFinder {
            re: Regex::new(&format!("{ARABIC}|{CHINESE}")).expect("valid date pattern"),
        });
        BUILT.clone()
    }

    /// Every valid full date in `text`, spans relative to `text`.
    ///
    /// The regex runs only over the runs of [`in_date`] chars that hold a
    /// `年`, which every match does: exactly the matches of the whole text.
    pub fn find_iter<'t>(&self, text: &'t str) -> impl Iterator<Item = DateItem<'t>> {
        super::runs::runs_holding(text, "年", in_date).flat_map(move |run| {
            let base = run.start;
            self.re.captures_iter(&text[run]).filter_map(move |c| {
                let d = Self::item(&c)?;
                Some(DateItem { span: d.span.shift(base), ..d })
            })
        })
    }

    /// The date of the match `c`, span relative to the searched text.
    fn item<'t>(c: &regex::Captures<'t>) -> Option<DateItem<'t>> {
        let m = c.get(0)?;
        let part = |a: &str, b: &str| {
            let s = c.name(a).or_else(|| c.name(b))?.as_str();
            // `○` (white circle) stands in for `〇` in many sources.
            let s: String = s.chars().map(|ch| if ch == '○' { '〇' } else { ch }).collect();
            parse_int(&s)
        };
        let year = i16::try_from(part("y", "cy")?).ok()?;
        let month = i8::try_from(part("m", "cm")?).ok()?;
        let day = i8::try_from(part("d", "cd")?).ok()?;
        let value = jiff::civil::Date::new(year, month, day).ok()?;
        Some(DateItem { text: m.as_str(), span: Span::new(m.start(), m.end()), value })
    }

    /// The date when `text` is nothing but one date (after trimming blanks
    /// and one pair of brackets).
    pub fn whole<'t>(&self, text: &'t str) -> Option<DateItem<'t>> {
        let outside = |c: char| c.is_whitespace() || matches!(c, '（' | '）' | '(' | ')');
        // The date is all that is left after trimming: it starts with a
        // year digit and ends with 日.
        let core = text.trim_matches(outside);
        if !core.ends_with('日') || !core.chars().next().is_some_and(starts_year) {
            return None;
        }
        let d = self.find_iter(text).next()?;
        let rest = |s: &str| s.trim_matches(outside).is_empty();
        (rest(text.get(..d.span.start)?) && rest(text.get(d.span.end..)?)).then_some(d)
    }
}

/// True for every char the date pattern can match: digits, blanks,
/// 年月日 and the Chinese numerals.
fn in_date(c: char) -> bool {
    matches!(c, '0'..='9' | '０'..='９' | ' ' | '\t' | '\u{3000}' | '年' | '月' | '日' | '十')
        || starts_year(c)
}

/// True for a char that can begin a date: a year digit.
fn starts_year(c: char) -> bool {
    matches!(c, '0'..='9' | '０'..='９')
        || matches!(c, '〇' | '零' | '○' | 'Ｏ' | '一' | '二' | '三' | '四' | '五')
        || matches!(c, '六' | '七' | '八' | '九')
}

/// A compact date in brackets, `(20220924)` or `（20230103）`, as programme
/// transcripts print their broadcast day in the heading: the eight digits
/// (span relative to `text`) and the date.
pub(crate) fn compact_bracketed(text: &str) -> Option<DateItem<'_>> {
    for (i, c) in text.char_indices() {
        if !matches!(c, '(' | '（') {
            continue;
        }
        let start = i + c.len_utf8();
        let digits = text.get(start..start + 8).filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
        let Some(d) = digits else { continue };
        if !text.get(start + 8..).is_some_and(|r| r.starts_with([')', '）'])) {
            continue;
        }
        let num = |r: std::ops::Range<usize>| d.get(r).and_then(|x| x.parse::<i16>().ok());
        let (y, m, dd) = (num(0..4)?, num(4..6)?, num(6..8)?);
        let value =
            jiff::civil::Date::new(y, i8::try_from(m).ok()?, i8::try_from(dd).ok()?).ok()?;
        return Some(DateItem { text: d, span: Span::new(start, start + 8), value });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn compact_dates_in_brackets() {
        let t = "# 《新闻联播》 (20220924)";
        let d = compact_bracketed(t).unwrap();
        assert_eq!((d.text, d.value), ("20220924", date(2022, 9, 24)));
        assert_eq!(&t[d.span.start..d.span.end], "20220924");
        assert_eq!(compact_bracketed("焦点访谈（20191301）").map(|d| d.value), None);
        assert_eq!(compact_bracketed("编号(202209241)"), None);
        assert_eq!(compact_bracketed("（20230103）").map(|d| d.value), Some(date(2023, 1, 3)));
    }

    #[test]
    fn finds_dates() {
        let f = DateFinder::new();
        let rows: &[(&str, &[(&str, jiff::civil::Date)])] = &[
            ("2014年3月22日", &[("2014年3月22日", date(2014, 3, 22))]),
            ("二〇一四年三月十四日", &[("二〇一四年三月十四日", date(2014, 3, 14))]),
            ("二○一四年十二月三十一日印发", &[("二○一四年十二月三十一日", date(2014, 12, 31))]),
            ("(2014年4月8日,根据录音整理)", &[("2014年4月8日", date(2014, 4, 8))]),
            ("２０１４年 ３ 月 ９ 日", &[("２０１４年 ３ 月 ９ 日", date(2014, 3, 9))]),
            ("10月15日,全省", &[]),
            ("2014年2月30日", &[]),
            ("2014年3月", &[]),
        ];
        for &(text, want) in rows {
            let got: Vec<_> = f.find_iter(text).map(|d| (d.text, d.value)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn prefiltered_search_equals_the_plain_regex() {
        let f = DateFinder::new();
        let text = "于2014年3月22日和二〇一四年三月十四日，２０１４年 ３ 月 ９ 日2014年2月30日\
                    年年2015年1月1日日 一二三四年五月六日二○一四年十二月三十一日";
        let plain: Vec<_> = f.re.captures_iter(text).filter_map(|c| DateFinder::item(&c)).collect();
        let fast: Vec<_> = f.find_iter(text).collect();
        assert_eq!(fast, plain);
        assert_eq!(fast.len(), 6);
    }

    #[test]
    fn whole_line_dates() {
        let f = DateFinder::new();
        assert!(f.whole("2014年3月19日").is_some());
        assert!(f.whole("（2014年3月19日）").is_some());
        assert!(f.whole("(2014年4月8日,根据录音整理)").is_none());
        assert!(f.whole("于2014年3月19日召开").is_none());
    }
}
