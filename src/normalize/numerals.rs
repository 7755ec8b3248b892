//! Numerals: Arabic, full-width and Chinese (〇一二…十百千万亿, 二〇一四).
//!
//! The one place gongwen turns numeral text into numbers; extractors call it
//! rather than parsing numerals themselves.

/// The value of one Chinese or Arabic digit char (`〇`/`零`/`0`/`０` … `九`/`9`/`９`, and `两`).
#[must_use]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '〇' | '零' | 'O' | 'o' | 'Ｏ' => Some(0),
        '一' | '壹' => Some(1),
        '二' | '两' | '贰' => Some(2),
        '三' | '叁' => Some(3),
        '四' | '肆' => Some(4),
        '五' | '伍' => Some(5),
        '六' | '陆' => Some(6),
        '七' | '柒' => Some(7),
        '八' | '捌' => Some(8),
        '九' | '玖' => Some(9),
        _ => None,
    }
}

fn unit_value(c: char) -> Option<u64> {
    match c {
        '十' | '拾' => Some(10),
        '百' | '佰' => Some(100),
        '千' | '仟' => Some(1000),
        _ => None,
    }
}

/// Parse a whole number written in Arabic digits (half- or full-width), in
/// Chinese positional digits (`二〇一四` = 2014) or in Chinese numerals with
/// units (`二十一` = 21, `三千五百万` = 35,000,000). `None` when `s` is empty or
/// holds anything else.
///
/// # Examples
///
/// ```
/// use gongwen::normalize::numerals::parse_int;
/// assert_eq!(parse_int("２０１４"), Some(2014));
/// assert_eq!(parse_int("二〇一四"), Some(2014));
/// assert_eq!(parse_int("十四"), Some(14));
/// assert_eq!(parse_int("二十一"), Some(21));
/// assert_eq!(parse_int("一百零五"), Some(105));
/// assert_eq!(parse_int("三严"), None);
/// ```
#[must_use]
pub fn parse_int(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    if s.chars().all(|c| digit_value(c).is_some()) {
        // Positional: every char is a digit (2014, ２０１４, 二〇一四).
        return s
            .chars()
            .try_fold(0u64, |acc, c| acc.checked_mul(10)?.checked_add(u64::from(digit_value(c)?)));
    }
    let mut total: u64 = 0; // completed 亿/万 groups
    let mut section: u64 = 0; // below 万
    let mut digit: Option<u64> = None;
    for c in s.chars() {
        if let Some(d) = digit_value(c) {
            digit = Some(u64::from(d));
        } else if let Some(u) = unit_value(c) {
            section = section.checked_add(digit.unwrap_or(1).checked_mul(u)?)?;
            digit = None;
        } else if c == '万' || c == '亿' {
            let big = if c == '万' { 10_000 } else { 100_000_000 };
            let group = section.checked_add(digit.unwrap_or(0))?;
            if group == 0 && total == 0 {
                return None;
            }
            total = if c == '亿' {
                total.checked_add(group)?.checked_mul(big)?
            } else {
                total.checked_add(group.checked_mul(big)?)?
            };
            section = 0;
            digit = None;
        } else {
            return None;
        }
    }
    total.checked_add(section)?.checked_add(digit.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let rows: &[(&str, Option<u64>)] = &[
            ("0", Some(0)),
            ("21", Some(21)),
            ("２１", Some(21)),
            ("二〇一四", Some(2014)),
            ("二零二三", Some(2023)),
            ("十", Some(10)),
            ("十八", Some(18)),
            ("三十一", Some(31)),
            ("一百零五", Some(105)),
            ("两千", Some(2000)),
            ("三千五百万", Some(35_000_000)),
            ("一亿二千万", Some(120_000_000)),
            ("", None),
            ("四风", None),
            ("一把手", None),
            ("万", None),
        ];
        for (input, want) in rows {
            assert_eq!(parse_int(input), *want, "parse_int({input:?})");
        }
    }
}
