//! Anchored patterns that refuse a text by its first char before the regex
//! runs (issue 10: the scan tries up to a dozen of them at every candidate
//! position, and a failing `captures` still costs its setup).

use regex::{Captures, Regex};

/// An anchored pattern (`^…`, never matching the empty string) and the
/// chars its matches can start with. Keep `opens` in step with the pattern:
/// the tests compare it with the bare regex.
#[derive(Clone, Debug)]
pub(super) struct Anchored {
    re: Regex,
    opens: fn(char) -> bool,
}

impl Anchored {
    /// # Panics
    ///
    /// When `pattern` is not a valid regex (the patterns are constants).
    pub(super) fn new(pattern: &str, opens: fn(char) -> bool) -> Anchored {
        Anchored { re: Regex::new(pattern).expect("valid time pattern"), opens }
    }

    /// The regex's captures at the start of `s`: what `Regex::captures`
    /// gives, without running it when `s` cannot start a match.
    pub(super) fn captures<'h>(&self, s: &'h str) -> Option<Captures<'h>> {
        if s.chars().next().is_some_and(self.opens) { self.re.captures(s) } else { None }
    }

    #[cfg(test)]
    pub(super) fn regex(&self) -> &Regex {
        &self.re
    }
}

/// An ASCII or full-width digit (the pattern class `D`).
pub(super) fn digit(c: char) -> bool {
    matches!(c, '0'..='9' | '０'..='９')
}

/// A Chinese numeral one to nine.
fn one_to_nine(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九')
}

pub(super) fn opens_year(c: char) -> bool {
    digit(c)
        || one_to_nine(c)
        || matches!(c, '〇' | '零' | '今' | '本' | '当' | '明' | '去' | '次' | '翌' | '第')
}

pub(super) fn opens_month(c: char) -> bool {
    digit(c) || one_to_nine(c) || matches!(c, '十' | '这' | '本' | '当' | '下' | '上')
}

pub(super) fn opens_day(c: char) -> bool {
    digit(c) || one_to_nine(c) || c == '十'
}

pub(super) fn opens_mpart(c: char) -> bool {
    matches!(c, '上' | '中' | '下' | '初' | '底' | '末')
}

pub(super) fn opens_ypart(c: char) -> bool {
    matches!(c, '年' | '上' | '下' | '第' | '一' | '二' | '三' | '四' | '1'..='4')
        || matches!(c, '初' | '中' | '底' | '末' | '内')
}

pub(super) fn opens_window(c: char) -> bool {
    digit(c) || one_to_nine(c) || matches!(c, '两' | '十' | '百')
}

pub(super) fn opens_word(c: char) -> bool {
    matches!(c, '尽' | '近' | '及' | '限' | '按' | '如' | '规' | '每' | '上' | '下' | '第' | '年')
        || matches!(c, '一' | '二' | '三' | '四')
}

pub(super) fn opens_first_months(c: char) -> bool {
    c == '前'
}

pub(super) fn opens_plan_end(c: char) -> bool {
    matches!(c, '“' | '"' | '十' | '六' | '七' | '八' | '九')
}
