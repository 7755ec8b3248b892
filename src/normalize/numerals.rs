//! Numerals: Arabic, full-width and Chinese (〇一二…十百千万亿, 二〇一四).
//!
//! The one place gongwen turns numeral text into numbers; extractors call it
//! rather than parsing numerals themselves. The one list of units and
//! measure words lives in `data/units/units.txt` ([`units`], [`unit_at`]).

use super::char_bits::CharBits;
use std::sync::LazyLock;

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

/// True for the chars that can make up a Chinese numeral (`〇零一二两三四五六七八九十百千万亿`).
#[must_use]
pub fn is_chinese_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
    )
}

/// The chars a number may start with besides the ASCII digits: the
/// full-width digits and the Chinese numerals, as a one-load filter
/// ([`is_arabic_digit`], [`is_chinese_numeral`] stay the exact tests).
pub(crate) const NUMERAL_BITS: CharBits = CharBits::new(&[
    '０', '１', '２', '３', '４', '５', '６', '７', '８', '９', '〇', '零', '一', '二', '两', '三',
    '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿',
]);

/// True for ASCII and full-width Arabic digits.
#[must_use]
pub fn is_arabic_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A numeral read from the start of a text by [`scan_number`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    /// Length of the numeral text in bytes (prefix marker, digits, 万/亿,
    /// 多/余 and a range's second number included).
    pub len: usize,
    /// The value (the lower bound of a range), with 万/亿 multiplied in.
    pub value: f64,
    /// The upper bound of a range (`1—2`, `一至两`, `三五`), else `None`.
    pub max: Option<f64>,
    /// True when the text marks the value as approximate: `约`/`近`/`大约`
    /// before it, `多`/`余` after it.
    pub approx: bool,
    /// True when the digits were Arabic (half- or full-width).
    pub arabic: bool,
}

/// Parse a decimal written in Arabic digits (`579.6`, `４.３`), optionally
/// followed by `万` or `亿` (`4.3万` = 43,000), or a Chinese numeral
/// (`十八万` = 180,000). `None` when `s` holds anything else.
///
/// # Examples
///
/// ```
/// use gongwen::normalize::numerals::parse_number;
/// assert_eq!(parse_number("4.3万"), Some(43_000.0));
/// assert_eq!(parse_number("579.6亿"), Some(57_960_000_000.0));
/// assert_eq!(parse_number("二十一"), Some(21.0));
/// assert_eq!(parse_number("一把手"), None);
/// ```
#[must_use]
pub fn parse_number(s: &str) -> Option<f64> {
    let n = scan_number(s)?;
    (n.len == s.len() && n.max.is_none() && !n.approx).then_some(n.value)
}

/// Read the numeral at the start of `text`: Arabic or Chinese digits with
/// 万/亿, approximation markers (`约`, `近`, `大约` before; `多`, `余` after) and
/// ranges (`1—2`, `1-2`, `一至两`, `三五`). `None` when `text` does not start
/// with a numeral. The caller decides whether a unit must follow: this
/// function only reads digits.
///
/// # Examples
///
/// ```
/// use gongwen::normalize::numerals::scan_number;
/// let n = scan_number("4.3万多人次").unwrap();
/// assert_eq!((n.value, n.approx, &"4.3万多人次"[..n.len]), (43_000.0, true, "4.3万多"));
/// let r = scan_number("1—2个").unwrap();
/// assert_eq!((r.value, r.max), (1.0, Some(2.0)));
/// assert_eq!(scan_number("一至两个").unwrap().max, Some(2.0));
/// ```
#[must_use]
pub fn scan_number(text: &str) -> Option<Numeral> {
    let mut pos = 0;
    let mut approx = false;
    for p in ["大约", "约", "近"] {
        if text.starts_with(p) {
            pos = p.len();
            approx = true;
            break;
        }
    }
    let (len, mut value, arabic) = scan_plain(text.get(pos..)?)?;
    pos += len;
    let mut max = None;
    // 三五天, 两三个, 七八人: two adjacent small Chinese digits, a range.
    if !arabic && len == 6 {
        let mut cs = text.get(pos - 6..pos)?.chars();
        if let (Some(a), Some(b)) = (cs.next(), cs.next())
            && let (Some(x), Some(y)) = (small_digit(a), small_digit(b))
            && y > x
            && y - x <= 2
            && !text.get(pos..)?.starts_with('年')
        {
            return Some(Numeral {
                len: pos,
                value: f64::from(x),
                max: Some(f64::from(y)),
                approx,
                arabic,
            });
        }
    }
    let (p, a) = approx_suffix(text, pos);
    // 3600多万: the multiplier after the approximation marker.
    if a && arabic
        && let Some((l, e)) = text.get(p..).and_then(big_multiplier)
        && !text.get(..p - 3).is_some_and(|b| b.ends_with(['万', '亿', '千', '百']))
    {
        value *= 10f64.powi(e.cast_signed());
        pos = p + l;
    } else {
        pos = p;
    }
    approx |= a;
    let rest = text.get(pos..)?;
    for sep in ["—", "–", "－", "-", "~", "～", "至", "到"] {
        if let Some(after) = rest.strip_prefix(sep) {
            if let Some((l2, v2, ar2)) = scan_plain(after)
                && ar2 == arabic
                && v2 > value
            {
                pos += sep.len() + l2;
                max = Some(v2);
                let (p, a) = approx_suffix(text, pos);
                pos = p;
                approx |= a;
            }
            break;
        }
    }
    Some(Numeral { len: pos, value, max, approx, arabic })
}

fn small_digit(c: char) -> Option<u32> {
    match c {
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn approx_suffix(text: &str, pos: usize) -> (usize, bool) {
    match text.get(pos..) {
        Some(r) if r.starts_with('多') || r.starts_with('余') => (pos + 3, true),
        _ => (pos, false),
    }
}

/// One plain number (no range, no markers): `(len, value, arabic)`.
fn scan_plain(text: &str) -> Option<(usize, f64, bool)> {
    let first = text.chars().next()?;
    if is_arabic_digit(first) {
        let (mut end, mantissa, decimals) = scan_decimal(text)?;
        let mut exp = 0u32;
        if let Some((len, e)) = text.get(end..).and_then(big_multiplier) {
            end += len;
            exp = e;
        }
        return Some((end, fold(mantissa, decimals, exp), true));
    }
    if !is_chinese_numeral(first) {
        return None;
    }
    let end =
        text.char_indices().find(|&(_, c)| !is_chinese_numeral(c)).map_or(text.len(), |(i, _)| i);
    let run = text.get(..end)?;
    let value = parse_int(run)?;
    #[allow(clippy::cast_precision_loss, reason = "counts in policy text are far below 2^52")]
    Some((end, value as f64, false))
}

/// Arabic digits with at most one decimal point: `(len, mantissa, decimals)`,
/// so that `0.57` is `(4, 57, 2)`. Recognition noise is read through: one
/// space after the point (`1. 5`) and one space between two digits (`2 0`).
fn scan_decimal(text: &str) -> Option<(usize, u64, u32)> {
    let mut end = 0;
    let mut mantissa: u64 = 0;
    let mut decimals: Option<u32> = None;
    let mut spaced = false;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next_is_digit = |skip: usize| {
            text.get(i + c.len_utf8() + skip..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_arabic_digit)
        };
        if let Some(d) = digit_value(c).filter(|_| is_arabic_digit(c)) {
            mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(d))?;
            decimals = decimals.map(|k| k + 1);
            end = i + c.len_utf8();
        } else if (c == '.' || c == '．') && decimals.is_none() {
            if next_is_digit(0) {
                decimals = Some(0);
                end = i + c.len_utf8();
            } else if !spaced
                && next_is_digit(1)
                && text.get(end + c.len_utf8()..)?.starts_with(' ')
            {
                // `1. 5米`: a recognised decimal with a stray space.
                spaced = true;
                decimals = Some(0);
                end = i + c.len_utf8() + 1;
                it.next();
            } else {
                break;
            }
        } else if c == ' ' && !spaced && end == i && next_is_digit(0) {
            // `2 0%`: one stray space inside a number.
            spaced = true;
            end = i + 1;
        } else {
            break;
        }
    }
    (end > 0).then_some((end, mantissa, decimals.unwrap_or(0)))
}

/// `mantissa × 10^(exp − decimals)` without binary noise: an integral result
/// is computed in integers, a fractional one by one correctly rounded division.
fn fold(mantissa: u64, decimals: u32, exp: u32) -> f64 {
    #[allow(clippy::cast_precision_loss, reason = "exact below 2^53, nearest above")]
    if exp >= decimals {
        match 10u64.checked_pow(exp - decimals).and_then(|p| mantissa.checked_mul(p)) {
            Some(v) => v as f64,
            None => mantissa as f64 * 10f64.powi((exp - decimals).cast_signed()),
        }
    } else {
        mantissa as f64 / 10f64.powi((decimals - exp).cast_signed())
    }
}

/// A multiplier written after Arabic digits: `(len, power of ten)`. 万亿
/// (10^12), 亿, 千万, 百万, 万, and 千 or 百 alone (`3千元`).
fn big_multiplier(rest: &str) -> Option<(usize, u32)> {
    const BIG: &[(&str, u32)] = &[
        ("万亿", 12),
        ("千亿", 11),
        ("百亿", 10),
        ("亿", 8),
        ("千万", 7),
        ("百万", 6),
        ("万", 4),
        ("千", 3),
        ("百", 2),
    ];
    BIG.iter().find(|(w, _)| rest.starts_with(w)).map(|&(w, e)| (w.len(), e))
}

/// Parse a ratio: a percentage (`30%`, `３０％`, `百分之五十`), a fraction
/// (`三分之一`) or tenths (`5成`, `五成`). Returns the ratio (0.5 for 50%).
///
/// # Examples
///
/// ```
/// use gongwen::normalize::numerals::parse_ratio;
/// assert_eq!(parse_ratio("百分之五十"), Some(0.5));
/// assert_eq!(parse_ratio("30%"), Some(0.3));
/// assert_eq!(parse_ratio("5成"), Some(0.5));
/// ```
#[must_use]
pub fn parse_ratio(s: &str) -> Option<f64> {
    if let Some(rest) = s.strip_prefix("百分之") {
        return parse_number(rest).map(|v| v / 100.0);
    }
    if let Some((den, num)) = s.split_once("分之") {
        let (d, n) = (parse_number(den)?, parse_number(num)?);
        return (d > 0.0).then(|| n / d);
    }
    if let Some(v) = s.strip_suffix('%').or_else(|| s.strip_suffix('％')) {
        return parse_number(v).map(|v| v / 100.0);
    }
    if let Some(v) = s.strip_suffix('成') {
        return parse_number(v).filter(|&v| v <= 10.0).map(|v| v / 10.0);
    }
    None
}

const UNITS: &str = include_str!("../../data/units/units.txt");

/// The unit list of `data/units/units.txt`: `(spelling, canonical)`, longest
/// spelling first, read once.
static UNIT_LIST: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut list: Vec<(&str, &str)> = UNITS
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('\t') {
            Some((u, c)) => (u.trim(), c.trim()),
            None => (l.trim(), l.trim()),
        })
        .filter(|(u, _)| !u.is_empty())
        .collect();
    list.sort_by_key(|(u, _)| std::cmp::Reverse(u.len()));
    list
});

/// Every unit and measure word that makes a numeral a quantity, as reported
/// (canonical spellings, each once), from `data/units/units.txt`. Calendar
/// words (年, 月, 日, 号) are not units: `4月` is a date and `21号` a
/// document serial.
#[must_use]
pub fn units() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = UNIT_LIST.iter().map(|&(_, c)| c).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The unit at the start of `text`, if any: the longest listed spelling,
/// as `(byte length as written, canonical unit)` (`％` is reported as `%`).
///
/// # Examples
///
/// ```
/// use gongwen::normalize::numerals::unit_at;
/// assert_eq!(unit_at("平方米以上"), Some((9, "平方米")));
/// assert_eq!(unit_at("％"), Some((3, "%")));
/// assert_eq!(unit_at("月底"), None);
/// ```
#[must_use]
pub fn unit_at(text: &str) -> Option<(usize, &'static str)> {
    let first = text.chars().next()?;
    let bucket = UNIT_INDEX.binary_search_by_key(&first, |(c, _)| *c).ok()?;
    UNIT_INDEX.get(bucket)?.1.iter().find(|(u, _)| text.starts_with(u)).map(|&(u, c)| (u.len(), c))
}

/// The units opening with one char: `(spelling, canonical)`.
type UnitBucket = Vec<(&'static str, &'static str)>;

/// [`UNIT_LIST`] by first char (sorted for binary search), each bucket
/// longest spelling first: a unit test looks at the few units that can
/// match instead of all of them (issue 10: 40M instructions on 150 laws).
static UNIT_INDEX: LazyLock<Vec<(char, UnitBucket)>> = LazyLock::new(|| {
    let mut index: Vec<(char, Vec<(&str, &str)>)> = Vec::new();
    for &(u, c) in UNIT_LIST.iter() {
        let Some(first) = u.chars().next() else { continue };
        match index.iter_mut().find(|(f, _)| *f == first) {
            Some((_, bucket)) => bucket.push((u, c)),
            None => index.push((first, vec![(u, c)])),
        }
    }
    index.sort_by_key(|(f, _)| *f);
    index
});

/// A quantity written as a whole string: a numeral followed by a unit
/// (`18.3万名`, `1—2个`, `5天`, `30%`). `None` for anything else, in
/// particular for words that merely contain a numeral (`一把手`, `一是`,
/// `三严三实`, `四风`, `统一`, `一些`).
///
/// Chinese numerals count only before a unit and are still ambiguous in
/// running text (`一道` is "together"); extractors accept them only after a
/// comparator such as `不少于`.
///
/// # Examples
///
/// ```
/// use gongwen::normalize::numerals::parse_quantity;
/// assert_eq!(parse_quantity("18.3万名").map(|q| (q.0.value, q.1)), Some((183_000.0, "名")));
/// assert_eq!(parse_quantity("一把手"), None);
/// ```
#[must_use]
pub fn parse_quantity(s: &str) -> Option<(Numeral, &'static str)> {
    let n = scan_number(s)?;
    let rest = s.get(n.len..)?;
    let (len, unit) = unit_at(rest)?;
    (rest.len() == len).then_some((n, unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_at_equals_the_scan_of_the_whole_list() {
        let linear = |text: &str| {
            UNIT_LIST.iter().find(|(u, _)| text.starts_with(u)).map(|&(u, c)| (u.len(), c))
        };
        for &(u, _) in UNIT_LIST.iter() {
            for text in
                [u.to_owned(), format!("{u}以上"), format!("{u}x"), u.chars().take(1).collect()]
            {
                assert_eq!(unit_at(&text), linear(&text), "{text}");
            }
        }
        for text in ["", "月底", "a", "。", "个月内", "千伏安以上", "平方公里"] {
            assert_eq!(unit_at(text), linear(text), "{text}");
        }
    }

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

    #[test]
    fn numbers_table() {
        let rows: &[(&str, Option<f64>)] = &[
            ("4.3万", Some(43_000.0)),
            ("18.3万", Some(183_000.0)),
            ("579.6亿", Some(57_960_000_000.0)),
            ("１４.５万", Some(145_000.0)),
            ("二〇一四", Some(2014.0)),
            ("十八万", Some(180_000.0)),
            ("4.", None),
            ("一把手", None),
            ("约5", None),
        ];
        for (input, want) in rows {
            assert_eq!(parse_number(input), *want, "parse_number({input:?})");
        }
    }

    #[test]
    fn scan_table() {
        // input, consumed text, value, max, approx
        let rows: &[(&str, &str, f64, Option<f64>, bool)] = &[
            ("4.3万多人次", "4.3万多", 43_000.0, None, true),
            ("9600多个", "9600多", 9600.0, None, true),
            ("3600多万元", "3600多万", 36_000_000.0, None, true),
            ("0.57万元", "0.57万", 5700.0, None, false),
            ("1.2万亿元", "1.2万亿", 1_200_000_000_000.0, None, false),
            ("3千万元", "3千万", 30_000_000.0, None, false),
            ("1. 5米", "1. 5", 1.5, None, false),
            ("2 0%", "2 0", 20.0, None, false),
            ("1. 项目", "1", 1.0, None, false),
            ("100余种", "100余", 100.0, None, true),
            ("1—2个", "1—2", 1.0, Some(2.0), false),
            ("1-2个", "1-2", 1.0, Some(2.0), false),
            ("一至两个", "一至两", 1.0, Some(2.0), false),
            ("三五天", "三五", 3.0, Some(5.0), false),
            ("约5天", "约5", 5.0, None, true),
            ("近3万人", "近3万", 30_000.0, None, true),
            ("5天左右", "5", 5.0, None, false),
            ("二〇一四年", "二〇一四", 2014.0, None, false),
            ("3至2个", "3", 3.0, None, false),
        ];
        for &(input, eaten, value, max, approx) in rows {
            let n = scan_number(input).unwrap_or_else(|| panic!("scan_number({input:?})"));
            assert_eq!(&input[..n.len], eaten, "{input:?}");
            assert_eq!((n.value, n.max, n.approx), (value, max, approx), "{input:?}");
        }
        for input in ["", "把手", "是", "年"] {
            assert_eq!(scan_number(input), None, "{input:?}");
        }
    }

    #[test]
    fn ratios() {
        let rows: &[(&str, Option<f64>)] = &[
            ("百分之五十", Some(0.5)),
            ("30%", Some(0.3)),
            ("３０％", Some(0.3)),
            ("5成", Some(0.5)),
            ("五成", Some(0.5)),
            ("三分之一", Some(1.0 / 3.0)),
            ("12成", None),
            ("五", None),
        ];
        for (input, want) in rows {
            assert_eq!(parse_ratio(input), *want, "parse_ratio({input:?})");
        }
    }

    #[test]
    fn quantities_need_a_unit() {
        let yes: &[(&str, f64, &str)] = &[
            ("5天", 5.0, "天"),
            ("18.3万名", 183_000.0, "名"),
            ("506场次", 506.0, "场次"),
            ("3个月", 3.0, "个月"),
            ("579.6亿元", 57_960_000_000.0, "元"),
        ];
        for &(input, value, unit) in yes {
            let (n, u) = parse_quantity(input).unwrap_or_else(|| panic!("{input:?}"));
            assert_eq!((n.value, u), (value, unit), "{input:?}");
        }
        let no = [
            "一把手",
            "一是",
            "三严三实",
            "四风",
            "两张皮",
            "统一",
            "一律",
            "一些",
            "一起",
            "一方面",
            "五个准确把握",
            "21号",
            "4月",
            "2014年",
            "13258028938",
        ];
        for input in no {
            assert_eq!(parse_quantity(input), None, "{input:?}");
        }
    }

    #[test]
    fn the_quick_filter_keeps_every_numeral() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            if is_arabic_digit(c) || is_chinese_numeral(c) {
                assert!(c.is_ascii_digit() || NUMERAL_BITS.may_contain(c), "{c:?}");
            }
        }
    }
}
