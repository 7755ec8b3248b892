//! 发文字号: the document number `代字〔年份〕序号号` of GB/T 9704-2012 §7.2.4.
//!
//! [`DocNumber::parse`] reads one number as written in a metadata field
//! (`发文字号：晋政办发〔2017〕138号`, `豫政办 〔2012〕149号`) and says why when
//! the text is not one (`国令第707号` is an order number without a year,
//! `湘机发 1220 号` a telegram serial without a year). [`DocNumberFinder`]
//! finds the numbers inside running text, with source spans.

use std::fmt;

use regex::{Captures, Regex};
use serde::Serialize;

use super::DocNumberItem;
use crate::Span;
use crate::normalize::numerals::parse_int;

/// The shape of a document number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocNumberKind {
    /// `代字〔年份〕序号号`, the form of GB/T 9704 (`郑群办发〔2014〕21号`).
    Standard,
    /// An order with a year: `上海市人民政府令2018年第8号`.
    Order,
    /// An announcement with a year: `国家税务总局公告2015年第41号`.
    Announcement,
    /// Another `名称＋年份＋第N号` form: `昆明市人民政府2015年第88号`.
    Ordinal,
}

/// The brackets around the year, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bracket {
    /// `〔〕`, the form GB/T 9704 prescribes (and its small form `﹝﹞`).
    Tortoise,
    /// `[]` (ASCII).
    Square,
    /// `［］` (full-width).
    FullwidthSquare,
    /// `()` (ASCII).
    Paren,
    /// `（）` (full-width).
    FullwidthParen,
    /// `【】`.
    Lenticular,
    /// `〈〉`.
    Angle,
    /// `{}` or `｛｝`.
    Curly,
    /// No bracket: `2015年第41号`.
    None,
}

impl Bracket {
    fn from_open(c: char) -> Bracket {
        match c {
            // ﹝﹞ (small form variants) print as 〔〕 in some fonts.
            '〔' | '﹝' => Bracket::Tortoise,
            '[' => Bracket::Square,
            '［' => Bracket::FullwidthSquare,
            '(' => Bracket::Paren,
            '（' => Bracket::FullwidthParen,
            '【' => Bracket::Lenticular,
            '〈' => Bracket::Angle,
            '{' | '｛' => Bracket::Curly,
            _ => Bracket::None,
        }
    }
}

/// A parsed 发文字号, owned (it outlives the text it came from).
///
/// # Examples
///
/// ```
/// use gongwen::document::{DocNumber, DocNumberKind};
/// let n = DocNumber::parse("发文字号：豫政办 〔2012〕149号").unwrap();
/// assert_eq!((n.code.as_str(), n.year, n.serial), ("豫政办", 2012, 149));
/// assert_eq!(n.kind, DocNumberKind::Standard);
/// assert_eq!(n.to_string(), "豫政办〔2012〕149号");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct DocNumber {
    /// 机关代字 without spaces, e.g. `郑群办发`, `湘办发电`.
    pub code: String,
    /// 年份, e.g. 2014.
    pub year: u16,
    /// 发文顺序号, e.g. 21.
    pub serial: u32,
    /// The shape of the number.
    pub kind: DocNumberKind,
    /// The brackets around the year as written.
    pub bracket: Bracket,
}

impl fmt::Display for DocNumber {
    /// The canonical spelling: `代字〔年〕N号`, or `名称Y年第N号`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            DocNumberKind::Standard => write!(f, "{}〔{}〕{}号", self.code, self.year, self.serial),
            _ => write!(f, "{}{}年第{}号", self.code, self.year, self.serial),
        }
    }
}

/// Why a text is not a 发文字号.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NotADocNumber {
    /// Nothing left after removing the `发文字号：` label and blanks.
    #[error("empty document number")]
    Empty,
    /// An order number without a year (`国令第707号`, `省政府令 第219号`):
    /// a real identifier, but not of the `代字〔年〕号` form.
    #[error("order number {code}第{serial}号 has no year: not a 代字〔年〕号 number")]
    Order {
        /// The issuing name up to and including `令`.
        code: String,
        /// The order's serial number.
        serial: u32,
    },
    /// A serial without a year, such as a telegram number (`湘机发 1220 号`).
    #[error("no year: a serial number without 〔年〕")]
    NoYear,
    /// A year but no serial before `号`.
    #[error("no serial number after the year")]
    NoSerial,
    /// A year but no 机关代字 before it.
    #[error("no organ code before the year")]
    NoCode,
    /// The year is outside 1949–2100.
    #[error("year {0} out of range")]
    BadYear(u32),
    /// Text that does not have the shape of a document number.
    #[error("not a document number")]
    Unrecognised,
}

impl NotADocNumber {
    /// A short stable name for counting reasons (`order`, `no_year`, …).
    #[must_use]
    pub fn reason(&self) -> &'static str {
        match self {
            NotADocNumber::Empty => "empty",
            NotADocNumber::Order { .. } => "order",
            NotADocNumber::NoYear => "no_year",
            NotADocNumber::NoSerial => "no_serial",
            NotADocNumber::NoCode => "no_code",
            NotADocNumber::BadYear(_) => "bad_year",
            NotADocNumber::Unrecognised => "unrecognised",
        }
    }
}

const OPEN: &str = r"[〔﹝\[［(（【〈{｛]";
const CLOSE: &str = r"[〕﹞\]］)）】〉}｝]";
const DIGITS: &str = r"[0-9０-９]";
/// Horizontal blanks that may sit inside a number (not line breaks).
const BLANK: &str = r"[ \t\u{3000}\u{A0}]*";

fn standard_pattern(code: &str, hao: &str) -> String {
    format!(
        r"(?<code>{code}){BLANK}(?<open>{OPEN}){BLANK}(?<year>{DIGITS}{{4}}){BLANK}{CLOSE}{BLANK}(?:\r?\n{BLANK})?第?{BLANK}(?<serial>{DIGITS}{{1,6}}){BLANK}{hao}"
    )
}

fn ordinal_pattern(code: &str) -> String {
    format!(
        r"(?<ocode>{code}){BLANK}(?<oyear>{DIGITS}{{4}}){BLANK}年{BLANK}第{BLANK}(?<oserial>{DIGITS}{{1,6}}){BLANK}号"
    )
}

/// Parses one document number as written in a metadata field.
struct Patterns {
    standard: Regex,
    ordinal: Regex,
    order: Regex,
    no_year: Regex,
    no_serial: Regex,
}

impl Patterns {
    fn new() -> Patterns {
        let re = |p: &str| Regex::new(p).expect("valid document-number pattern");
        Patterns {
            standard: re(&format!(
                r"^{}$",
                standard_pattern(
                    r"[^\s〔\[［(（【〈{｛]*?(?:[(（]\p{Han}{1,3}[)）][^\s〔\[［(（【〈{｛]+?)?",
                    "号?"
                )
            )),
            ordinal: re(&format!(r"^{}$", ordinal_pattern(r"\p{Han}+?"))),
            order: re(&format!(
                r"^(?<code>\p{{Han}}*令){BLANK}第?{BLANK}(?<serial>{DIGITS}{{1,6}}){BLANK}号$"
            )),
            no_year: re(&format!(r"^\p{{Han}}*{BLANK}第?{BLANK}{DIGITS}+{BLANK}号$")),
            no_serial: re(&format!(r"{OPEN}{BLANK}{DIGITS}{{4}}{BLANK}{CLOSE}{BLANK}号?$")),
        }
    }
}

static PATTERNS: std::sync::LazyLock<Patterns> = std::sync::LazyLock::new(Patterns::new);

/// Zero-width and format characters that web pages leave in copied numbers.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
}

fn strip_blanks(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn number(s: &str) -> Option<u32> {
    parse_int(s).and_then(|n| u32::try_from(n).ok())
}

fn check_year(y: u32) -> Result<u16, NotADocNumber> {
    if (1949..=2100).contains(&y) {
        u16::try_from(y).map_err(|_| NotADocNumber::BadYear(y))
    } else {
        Err(NotADocNumber::BadYear(y))
    }
}

fn kind_of_ordinal(code: &str) -> DocNumberKind {
    if code.ends_with('令') {
        DocNumberKind::Order
    } else if code.ends_with("公告") || code.ends_with("通告") {
        DocNumberKind::Announcement
    } else {
        DocNumberKind::Ordinal
    }
}

impl DocNumber {
    /// Parse one 发文字号 as written in a metadata field or a header line.
    ///
    /// Accepts the bracket variants `〔〕 [] ［］ () （） 【】 〈〉`, blanks
    /// anywhere, full-width digits, a leading `发文字号：` or `文号：` label,
    /// zero-width characters, a missing final `号`, and the `名称2015年第41号`
    /// form of orders and announcements. The whole text must be the number.
    ///
    /// # Errors
    ///
    /// [`NotADocNumber`] says why the text is not one: an order number
    /// without a year ([`NotADocNumber::Order`]), a serial without a year
    /// such as a telegram number ([`NotADocNumber::NoYear`]), and so on.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::document::{DocNumber, NotADocNumber};
    /// let n = DocNumber::parse("湘办发电〔2014〕35号")?;
    /// assert_eq!((n.code.as_str(), n.year, n.serial), ("湘办发电", 2014, 35));
    /// assert!(matches!(DocNumber::parse("国令第707号"), Err(NotADocNumber::Order { serial: 707, .. })));
    /// assert_eq!(DocNumber::parse("湘机发 1220 号"), Err(NotADocNumber::NoYear));
    /// # Ok::<(), NotADocNumber>(())
    /// ```
    pub fn parse(text: &str) -> Result<DocNumber, NotADocNumber> {
        let cleaned: String = text.chars().filter(|&c| !is_invisible(c)).collect();
        let mut s = cleaned.trim();
        // Every leading label, however many (`文号发文字号国发〔2014〕5号`
        // must not keep the second one in its code).
        while let Some(rest) =
            ["发文字号", "文号", "发文编号"].iter().find_map(|label| s.strip_prefix(label))
        {
            s = rest.trim_start();
            s = s.strip_prefix(['：', ':']).unwrap_or(s).trim_start();
        }
        // A stray empty bracket pair after the number (`48号〔〕`).
        for junk in ["〔〕", "[]", "［］", "()", "（）"] {
            s = s.strip_suffix(junk).unwrap_or(s).trim_end();
        }
        if s.is_empty() {
            return Err(NotADocNumber::Empty);
        }
        let p = &*PATTERNS;
        if let Some(c) = p.standard.captures(s) {
            return Self::from_standard(&c);
        }
        if let Some(c) = p.ordinal.captures(s) {
            return Self::from_ordinal(&c);
        }
        if let Some(c) = p.order.captures(s) {
            return Err(NotADocNumber::Order {
                code: strip_blanks(&c["code"]),
                serial: number(&c["serial"]).ok_or(NotADocNumber::Unrecognised)?,
            });
        }
        if p.no_year.is_match(s) {
            return Err(NotADocNumber::NoYear);
        }
        if p.no_serial.is_match(s) {
            return Err(NotADocNumber::NoSerial);
        }
        Err(NotADocNumber::Unrecognised)
    }

    fn from_standard(c: &Captures<'_>) -> Result<DocNumber, NotADocNumber> {
        let code = strip_blanks(c.name("code").map_or("", |m| m.as_str()));
        if code.is_empty() {
            return Err(NotADocNumber::NoCode);
        }
        let year =
            c.name("year").and_then(|m| number(m.as_str())).ok_or(NotADocNumber::Unrecognised)?;
        let serial =
            c.name("serial").and_then(|m| number(m.as_str())).ok_or(NotADocNumber::NoSerial)?;
        let bracket = c
            .name("open")
            .and_then(|m| m.as_str().chars().next())
            .map_or(Bracket::None, Bracket::from_open);
        Ok(DocNumber {
            code,
            year: check_year(year)?,
            serial,
            kind: DocNumberKind::Standard,
            bracket,
        })
    }

    fn from_ordinal(c: &Captures<'_>) -> Result<DocNumber, NotADocNumber> {
        let code = strip_blanks(c.name("ocode").map_or("", |m| m.as_str()));
        if code.is_empty() {
            return Err(NotADocNumber::NoCode);
        }
        let year =
            c.name("oyear").and_then(|m| number(m.as_str())).ok_or(NotADocNumber::Unrecognised)?;
        let serial =
            c.name("oserial").and_then(|m| number(m.as_str())).ok_or(NotADocNumber::NoSerial)?;
        Ok(DocNumber {
            kind: kind_of_ordinal(&code),
            code,
            year: check_year(year)?,
            serial,
            bracket: Bracket::None,
        })
    }
}

impl std::str::FromStr for DocNumber {
    type Err = NotADocNumber;
    fn from_str(s: &str) -> Result<DocNumber, NotADocNumber> {
        DocNumber::parse(s)
    }
}

/// Words that run into a 机关代字 from the left in running text
/// (`根据国办发〔2014〕4号`), cut off the code.
const LEAD_WORDS: &[&str] = &[
    "根据", "按照", "依照", "依据", "参照", "对照", "贯彻", "落实", "执行", "印发", "转发", "批转",
    "下发", "详见", "参见", "附件", "原文", "文件", "见", "和", "及", "与", "或", "即", "据",
    // What is left of 按照 after the break at 按.
    "照",
    // Urgency and transmission marks stand right before the number in a
    // telegram header; the normaliser removes the space between them.
    "特提", "特急", "加急", "平急", "明电", "密电", "急件", "现将", "现",
];

/// Words that may end a title run into its number beside the 文种 words of
/// [`super::kind::TITLE_ENDINGS`]: `复函` (which that list reads as its
/// last char 函) and the forms of an issued text.
const ISSUED_FORMS: &[&str] = &["复函", "办法", "规定", "细则", "方案"];

/// Chars that never occur inside a 机关代字; the code starts after the last one.
fn breaks_code(c: char) -> bool {
    matches!(
        c,
        '的' | '和'
            | '及'
            | '与'
            | '或'
            | '即'
            | '是'
            | '了'
            | '在'
            | '将'
            | '把'
            | '对'
            | '按'
            | '见'
            | '为'
    )
}

/// Finds 发文字号 in running text. Build once, share by `&`.
///
/// Finds the `代字〔年〕N号` form with any bracket style, and orders or
/// announcements with a year (`国家税务总局公告2015年第41号`). Numbers without
/// a year (`国令第707号`, telegram serials `湘机发 1220 号`) are not yielded.
///
/// # Examples
///
/// ```
/// use gongwen::document::DocNumberFinder;
/// let finder = DocNumberFinder::new();
/// let text = "根据《意见》（中办发〔2014〕4号）和豫群办发 [2014] 4号";
/// let found: Vec<_> = finder.find_iter(text).collect();
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].text, "中办发〔2014〕4号");
/// assert_eq!(&text[found[0].span], found[0].text);
/// assert_eq!((found[1].code.as_str(), found[1].year, found[1].serial), ("豫群办发", 2014, 4));
/// # Ok::<(), gongwen::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct DocNumberFinder {
    re: Regex,
}

impl Default for DocNumberFinder {
    fn default() -> DocNumberFinder {
        DocNumberFinder::new()
    }
}

impl DocNumberFinder {
    /// A finder with the built-in patterns.
    #[must_use]
    pub fn new() -> DocNumberFinder {
        // Compiled once per process: the parser, the citation extractor and
        // the time recogniser each hold a finder; a clone shares the program.
        static BUILT: std::sync::LazyLock<DocNumberFinder> =
            std::sync::LazyLock::new(DocNumberFinder::build);
        BUILT.clone()
    }

    fn build() -> DocNumberFinder {
        // A code may run over one line break (`（工信部联\n通装〔2021〕97号）`
        // in PDF text); `find_iter` keeps the part before the break only
        // after an opening bracket.
        // A joint code may carry the second organ's 代字 in brackets
        // (`鲁密办(局)函`, `法（研）发`).
        let std = standard_pattern(
            r"(?:\p{Han}{1,16}[ \t]*\r?\n[ \t]*)?\p{Han}{1,16}(?:[(（]\p{Han}{1,3}[)）]\p{Han}{1,4})?",
            "号",
        );
        let ord = ordinal_pattern(r"\p{Han}{0,16}(?:令|公告|通告)");
        DocNumberFinder { re: Regex::new(&format!("{std}|{ord}")).expect("valid finder pattern") }
    }

    /// Every document number in `text`, left to right, with byte spans
    /// into `text`.
    ///
    /// The regex runs only over the runs of chars not `separates_numbers`
    /// that hold a `号` (every number ends with one) and four digits in a
    /// row (its year); a match never crosses a run's edge, so this yields
    /// exactly what the regex over the whole text would.
    pub fn find_iter<'t>(&self, text: &'t str) -> impl Iterator<Item = DocNumberItem<'t>> {
        super::runs::runs_holding(text, "号", |c| !separates_numbers(c))
            .filter(|run| text.get(run.clone()).is_some_and(holds_year))
            .flat_map(move |run| {
                let base = run.start;
                self.re.captures_iter(&text[run]).map(move |c| (base, c))
            })
            .filter_map(move |(base, c)| self.item(text, base, &c))
    }

    /// The item for the match `c` of the run starting at byte `base`.
    fn item<'t>(&self, text: &'t str, base: usize, c: &Captures<'_>) -> Option<DocNumberItem<'t>> {
        let whole = c.get(0)?;
        let (code_m, number) = if let Some(m) = c.name("code") {
            (m, DocNumber::from_standard(c))
        } else {
            (c.name("ocode")?, DocNumber::from_ordinal(c))
        };
        let (code_at, code_end, whole_end) =
            (base + code_m.start(), base + code_m.end(), base + whole.end());
        let code_start = code_at + code_offset(text, code_at, code_m.as_str())?;
        let code_start =
            code_start + letterhead_len(text.get(code_start..code_end)?, text.get(whole_end..)?);
        let code_start = code_start + glued_organ_len(text.get(code_start..code_end)?);
        let span = Span::new(code_start, whole_end);
        let mut number = number.ok()?;
        if !year_brackets_pair(text.get(code_end..whole_end)?) {
            return None;
        }
        number.code = strip_blanks(text.get(code_start..code_end)?);
        Some(DocNumberItem::from_parts(text.get(span.start..span.end)?, span, number))
    }

    /// The first document number in `text`.
    #[must_use]
    pub fn find<'t>(&self, text: &'t str) -> Option<DocNumberItem<'t>> {
        self.find_iter(text).next()
    }
}

/// The family of a year bracket: the square shapes OCR confuses with
/// `〔〕` (`[]`, `［］`, `【】`, `﹝﹞`), the round ones, the curly ones, the
/// angle ones; `None` for any other char.
fn bracket_family(c: char) -> Option<u8> {
    match c {
        '〔' | '〕' | '[' | ']' | '［' | '］' | '【' | '】' | '﹝' | '﹞' => Some(0),
        '(' | ')' | '（' | '）' => Some(1),
        '{' | '}' | '｛' | '｝' => Some(2),
        '〈' | '〉' => Some(3),
        _ => None,
    }
}

/// True when the year brackets of the 文号 `number` as written (the last
/// two brackets: `档办函〔2021]31号`, `鲁密办(局)函〔2021〕5号`) are of one
/// family. Mixed ones (`〔2020)67号`, `(2021〕71号`, `〔2018 }`) are the
/// irregular forms of the annotation conventions, not standard 文号;
/// `〔2021]` and `〔2023】` are one family (the development set counts them
/// standard). A number read through the normaliser, which folds brackets,
/// is checked on its source text.
pub(crate) fn year_brackets_pair(number: &str) -> bool {
    let mut found = number.chars().rev().filter_map(bracket_family);
    match (found.next(), found.next()) {
        (Some(close), Some(open)) => open == close,
        // The ordinal form (`公告2015年第41号`) has none.
        _ => true,
    }
}

/// True for a char that no [`DocNumberFinder`] match can hold: the
/// pattern admits only Han, digits, blanks, line breaks and the brackets.
/// A subset is enough for exactness (a longer run costs only time);
/// `separators_are_outside_the_pattern` checks every char listed here.
fn separates_numbers(c: char) -> bool {
    match c {
        '0'..='9' | ' ' | '\t' | '\r' | '\n' | '[' | ']' | '(' | ')' | '{' | '}' => false,
        '\0'..='\x7f' => true,
        '\u{2000}'..='\u{206f}'
        | '\u{3001}'..='\u{3003}'
        | '\u{300a}'..='\u{300f}'
        | '\u{ff01}'..='\u{ff07}'
        | '\u{ff0a}'..='\u{ff0f}'
        | '\u{ff1a}'..='\u{ff20}'
        | '\u{ff41}'..='\u{ff5a}'
        | '\u{b7}' => true,
        _ => false,
    }
}

/// True when `run` holds four digits in a row, as the year of every
/// number that [`DocNumberFinder`] finds does.
fn holds_year(run: &str) -> bool {
    let mut digits = 0;
    for c in run.chars() {
        digits = if matches!(c, '0'..='9' | '０'..='９') { digits + 1 } else { 0 };
        if digits == 4 {
            return true;
        }
    }
    false
}

/// Byte offset inside the code match `code` (at `at` in `text`) where the
/// 机关代字 starts. A code broken over a line break keeps its first part
/// only right after an opening bracket (`（工信部联\n通装〔2021〕97号）`);
/// otherwise the line before is another text (`…的通知\n国发〔2014〕1号`).
fn code_offset(text: &str, at: usize, code: &str) -> Option<usize> {
    if let Some(nl) = code.find('\n') {
        let bracketed = text.get(..at).is_some_and(|pre| pre.ends_with(['（', '(']));
        let after = nl + 1 + (code.len() - nl - 1 - code.get(nl + 1..)?.trim_start().len());
        if !bracketed {
            return Some(after + trim_code(code.get(after..)?)?);
        }
        // Inside brackets the first part is the start of the code.
        let first = code.get(..nl)?.trim_end();
        let start = trim_code(first).unwrap_or(first.len());
        return (start < first.len()).then_some(start).or(Some(after));
    }
    trim_code(code)
}

/// Byte length of a 发文机关标志 glued before the code and repeated by the
/// title right after the number (`山东省市场监督管理局鲁市监标函〔2021〕33号
/// 山东省市场监督管理局关于…`): the longest common prefix of `code` and
/// `after` that ends like an organ name, when at least two chars of code
/// remain. 0 otherwise.
fn letterhead_len(code: &str, after: &str) -> usize {
    let after = after.trim_start();
    let mut best = 0;
    for ((i, a), b) in code.char_indices().zip(after.chars()) {
        if a != b {
            break;
        }
        let common = i + a.len_utf8();
        let head = code.get(..common).unwrap_or("");
        let rest = code.get(common..).unwrap_or("");
        if rest.chars().filter(|c| !c.is_whitespace()).count() >= 2
            && head.chars().count() >= 4
            && super::header::ends_like_organ(head)
        {
            best = common;
        }
    }
    best
}

/// Codes of at least this many chars (inner bracket excluded) are taken to
/// carry an organ name glued before them. Real 机关代字 run 2 to 8 chars
/// (38,038 numbers of `doc_numbers.jsonl`: none longer than 8).
const GLUED_CODE_CHARS: usize = 9;

/// Byte length of an organ name glued before the code in a layout that
/// runs the 发文机关标志 and the 文号 together without `文件`
/// (`中共山东省委保密委员会办公室山东省国家保密局鲁密办(局)函`): when the
/// code is implausibly long, the longest prefix that ends like an organ
/// name, is at least 4 chars and leaves 2 to 6 chars of code. 0 otherwise.
fn glued_organ_len(code: &str) -> usize {
    let chars = code.chars().filter(|c| !c.is_whitespace() && !"()（）".contains(*c)).count();
    if chars < GLUED_CODE_CHARS {
        return 0;
    }
    let mut best = 0;
    for (i, c) in code.char_indices() {
        let cut = i + c.len_utf8();
        let (head, rest) = (code.get(..cut).unwrap_or(""), code.get(cut..).unwrap_or(""));
        let rest_chars =
            rest.chars().filter(|c| !c.is_whitespace() && !"()（）".contains(*c)).count();
        if head.chars().count() >= 4
            && (2..=6).contains(&rest_chars)
            && !rest.starts_with(['(', '（'])
            && super::header::ends_like_organ(head)
            && !head.contains(['(', '（'])
        {
            best = cut;
        }
    }
    best
}

/// Labels that may stand glued before a number without a colon
/// (`发文字号晋政发〔2009〕7号`), the 发文机关标志 ending `文件` of a header
/// run together with its number (`山东省财政厅文件鲁财会〔2021〕13号`), and
/// an internal-circulation mark printed between the organ and its number
/// (`…办公室内部事项办文档函〔2021〕1号`).
const CODE_CUTS: &[&str] = &["发文字号", "发文编号", "文号", "文件", "内部事项", "内部资料"];

/// Byte offset inside `code` where the 机关代字 really starts; `None` when
/// nothing is left.
fn trim_code(code: &str) -> Option<usize> {
    let code_len = code.len();
    let cut = CODE_CUTS
        .iter()
        .filter_map(|w| code.rfind(w).map(|i| i + w.len()))
        .filter(|&e| e < code_len)
        .max()
        .unwrap_or(0);
    let code = code.get(cut..)?;
    trim_code_words(code).map(|s| s + cut)
}

fn trim_code_words(code: &str) -> Option<usize> {
    let mut start =
        code.char_indices().rfind(|&(_, c)| breaks_code(c)).map_or(0, |(i, c)| i + c.len_utf8());
    loop {
        let rest = code.get(start..)?;
        // The 文种 word ending a title that runs into its number on one-line
        // text (`…的批复国函〔2016〕178号`, `…意见的通知国办发〔2016〕9号`).
        let title_end = super::kind::TITLE_ENDINGS.iter().map(|(w, _)| *w);
        let mut words =
            LEAD_WORDS.iter().copied().chain(title_end).chain(ISSUED_FORMS.iter().copied());
        match words.find(|w| rest.starts_with(*w) && rest.len() > w.len()) {
            Some(w) => start += w.len(),
            None => break,
        }
    }
    (start < code.len()).then_some(start)
}

impl<'t> DocNumberItem<'t> {
    /// An item from its source slice, span and parsed value.
    #[must_use]
    pub fn from_parts(text: &'t str, span: Span, number: DocNumber) -> DocNumberItem<'t> {
        DocNumberItem {
            text,
            span,
            code: number.code,
            year: number.year,
            serial: number.serial,
            kind: number.kind,
            bracket: number.bracket,
        }
    }

    /// The parsed number, owned.
    #[must_use]
    pub fn number(&self) -> DocNumber {
        DocNumber {
            code: self.code.clone(),
            year: self.year,
            serial: self.serial,
            kind: self.kind,
            bracket: self.bracket,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_table() {
        use Bracket as B;
        let rows: &[(&str, &str, u16, u32, Bracket)] = &[
            ("郑群办发〔2014〕21号", "郑群办发", 2014, 21, B::Tortoise),
            ("豫政办 〔2012〕149号", "豫政办", 2012, 149, B::Tortoise),
            ("湘办发电〔2014〕35号", "湘办发电", 2014, 35, B::Tortoise),
            ("中办发〔2014〕4号", "中办发", 2014, 4, B::Tortoise),
            ("群办发〔2014〕4号", "群办发", 2014, 4, B::Tortoise),
            ("发文字号：晋政办发〔2017〕138号", "晋政办发", 2017, 138, B::Tortoise),
            ("发文字号：渝府发〔2022〕32 号", "渝府发", 2022, 32, B::Tortoise),
            ("宁政办明电发[2017]78号", "宁政办明电发", 2017, 78, B::Square),
            ("国发［2016］３号", "国发", 2016, 3, B::FullwidthSquare),
            ("京政发(2015)12号", "京政发", 2015, 12, B::Paren),
            ("京政发（2015）第12号", "京政发", 2015, 12, B::FullwidthParen),
            ("粤府【2019】1号", "粤府", 2019, 1, B::Lenticular),
            ("鲁政字〈2018〉7号", "鲁政字", 2018, 7, B::Angle),
            ("\u{200b}渝府办发〔2019〕103号", "渝府办发", 2019, 103, B::Tortoise),
            ("发文字号：渝府发〔2000〕48号〔〕", "渝府发", 2000, 48, B::Tortoise),
            ("国家税务总局公告2015年第41号", "国家税务总局公告", 2015, 41, B::None),
            ("上海市人民政府令2018年第8号", "上海市人民政府令", 2018, 8, B::None),
            ("发文字号：晋政办发〔2012〕18", "晋政办发", 2012, 18, B::Tortoise),
            // A joint code with the second organ's 代字 in brackets.
            ("鲁密办(局)函〔2021〕5号", "鲁密办(局)函", 2021, 5, B::Tortoise),
            ("法（研）发〔1987〕32号", "法（研）发", 1987, 32, B::Tortoise),
        ];
        for &(input, code, year, serial, bracket) in rows {
            let n = DocNumber::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(
                (n.code.as_str(), n.year, n.serial, n.bracket),
                (code, year, serial, bracket),
                "{input}"
            );
        }
        assert_eq!(
            DocNumber::parse("上海市人民政府令2018年第8号").unwrap().kind,
            DocNumberKind::Order
        );
        assert_eq!(
            DocNumber::parse("国家税务总局公告2015年第41号").unwrap().kind,
            DocNumberKind::Announcement
        );
    }

    #[test]
    fn refuses_with_reasons() {
        let rows: &[(&str, &str)] = &[
            ("", "empty"),
            ("发文字号：", "empty"),
            ("国令第707号", "order"),
            ("省政府令 第219号", "order"),
            ("重庆市人民政府令第 359 号", "order"),
            ("湘机发 1220 号", "no_year"),
            ("豫政 第24号", "no_year"),
            ("渝府发〔2023〕号", "no_serial"),
            ("〔2023〕5号", "no_code"),
            ("豫政〔1066〕5号", "bad_year"),
            ("关于印发的通知", "unrecognised"),
        ];
        for &(input, reason) in rows {
            let got = DocNumber::parse(input).map_err(|e| e.reason());
            assert_eq!(got, Err(reason), "{input}");
        }
        assert_eq!(
            DocNumber::parse("国令第707号"),
            Err(NotADocNumber::Order { code: "国令".into(), serial: 707 })
        );
    }

    #[test]
    fn display_is_canonical() {
        let n = DocNumber::parse("豫群办发 [2014] 5 号").unwrap();
        assert_eq!(n.to_string(), "豫群办发〔2014〕5号");
        assert_eq!(DocNumber::parse("公告2020年第1号").unwrap().to_string(), "公告2020年第1号");
    }

    #[test]
    fn finds_in_running_text() {
        let f = DocNumberFinder::new();
        let rows: &[(&str, &[&str])] = &[
            ("等级特提·明电 湘办发电〔2014〕35号 湘机发 1220 号", &["湘办发电〔2014〕35号"]),
            ("根据国办发〔2014〕4号文件", &["国办发〔2014〕4号"]),
            ("按照国办发〔2014〕4号文件", &["国办发〔2014〕4号"]),
            (
                "《通知》（中办发〔2014〕4号）和《通知》（豫办〔2014〕3号）",
                &["中办发〔2014〕4号", "豫办〔2014〕3号"],
            ),
            ("的通知》（豫群办发〔2014〕4号）", &["豫群办发〔2014〕4号"]),
            ("豫政办 〔2012〕149号", &["豫政办 〔2012〕149号"]),
            ("见国家税务总局公告2015年第41号。", &["国家税务总局公告2015年第41号"]),
            ("国令第707号", &[]),
            // A one-line title runs into its number (blind4 f06–f09 shapes).
            ("国务院关于某规划的批复国函〔2016〕178号国土资源部：", &["国函〔2016〕178号"]),
            ("转发某委意见的通知国办发〔2016〕9号各省：", &["国办发〔2016〕9号"]),
            ("有关问题的复函国办函〔1997〕23号某省人民政府：", &["国办函〔1997〕23号"]),
            ("转发鲁工信技﹝2019﹞56号文件", &["鲁工信技﹝2019﹞56号"]),
            // PDF text breaks a line after the year (`（济经信装备字〔2018〕⏎7 号）`).
            ("（济经信装备字〔2018〕\n7 号）同时废止", &["济经信装备字〔2018〕\n7 号"]),
            // Brackets of two families are an irregular form; 〔] and 〔】 are one.
            ("《意见》(鲁政字〔2020)67号)", &[]),
            ("人社厅发(2021〕71号", &[]),
            ("档办函〔2021]31号和国办发〔2023】17号", &["档办函〔2021]31号", "国办发〔2023】17号"]),
            ("2014年3月22日", &[]),
            ("〔2014〕4号", &[]),
        ];
        for &(text, want) in rows {
            let got: Vec<&str> = f.find_iter(text).map(|m| m.text).collect();
            assert_eq!(got, want, "{text}");
            for m in f.find_iter(text) {
                assert_eq!(&text[m.span], m.text);
            }
        }
        let m = f.find("根据国办发〔2014〕4号文件").unwrap();
        assert_eq!((m.code.as_str(), m.year, m.serial), ("国办发", 2014, 4));
    }

    #[test]
    fn issue_8_codes_glued_to_headers_and_labels() {
        let f = DocNumberFinder::new();
        let rows: &[(&str, &str)] = &[
            // The 发文机关标志 run together with its number (OCR, d22).
            ("山东省财政厅文件鲁财会〔2021〕13号山东省财政厅关于", "鲁财会"),
            ("某某县人民政府文件某政发〔2019〕2号关于", "某政发"),
            // A label without its colon.
            ("发文字号晋政发〔2009〕7号", "晋政发"),
            ("文号京政办发〔2018〕3号", "京政办发"),
            // A letterhead without 文件 that the title repeats (d25, d27).
            ("山东省市场监督管理局鲁市监标函〔2021〕33号山东省市场监督管理局关于", "鲁市监标函"),
            ("山东省人民政府办公厅办公厅便函〔2021〕68号山东省人民政府办公厅关于", "办公厅便函"),
            ("某某市卫生健康委员会某卫函〔2022〕8号某某市卫生健康委员会关于", "某卫函"),
            // Damaged brackets and a blank before the serial.
            ("陕发改能电力[2021] 634号", "陕发改能电力"),
            // A code broken over a line inside brackets (PDF text, d15).
            ("《规范》（工信部联\n通装〔2021〕97号）", "工信部联通装"),
            ("（国办\r\n发〔2020〕2号）", "国办发"),
            // Outside brackets the line before is another text.
            ("关于做好工作的通知\n国发〔2014〕1号", "国发"),
            // Two organs' letterhead run into a joint code with a bracketed
            // 代字, no 文件, a title that repeats neither (OCR).
            (
                "中共山东省委保密委员会办公室山东省国家保密局鲁密办(局)函〔2021〕5号关于组织开展",
                "鲁密办(局)函",
            ),
            ("山东省人民政府办公厅鲁政办发〔2020〕9号关于", "鲁政办发"),
            // Long real codes stay whole.
            ("国中医药办医政函〔2020〕3号", "国中医药办医政函"),
            ("联防联控机制综发〔2020〕1号", "联防联控机制综发"),
        ];
        for &(text, code) in rows {
            let m = f.find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(m.code, code, "{text}");
            assert_eq!(&text[m.span], m.text);
        }
    }

    #[test]
    fn separators_are_outside_the_pattern() {
        let class =
            Regex::new(r"^[\p{Han}0-9０-９ \t\u{3000}\u{A0}\r\n〔\[［(（【〈{｛〕\]］)）】〉}｝]$")
                .unwrap();
        for c in (0..=0x10ffff).filter_map(char::from_u32).filter(|&c| separates_numbers(c)) {
            assert!(!class.is_match(c.encode_utf8(&mut [0; 4])), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn prefiltered_search_equals_the_plain_regex() {
        let f = DocNumberFinder::new();
        let texts = [
            "根据国办发〔2014〕4号文件，和豫群办发 [2014] 4号。见国家税务总局公告2015年第41号",
            "号号〔2014〕1号号国发〔2014〕2号，号",
            "《规范》（工信部联\n通装〔2021〕97号）（国办\r\n发〔2020〕2号）",
            "关于做好工作的通知\n国发〔2014〕1号 abc 国发 \u{3000}〔２０１４〕１号",
            "上海市人民政府令2018年第8号、令2014年第号",
        ];
        for text in texts {
            let plain: Vec<(usize, usize)> =
                f.re.captures_iter(text)
                    .filter_map(|c| f.item(text, 0, &c))
                    .map(|m| (m.span.start, m.span.end))
                    .collect();
            let fast: Vec<(usize, usize)> =
                f.find_iter(text).map(|m| (m.span.start, m.span.end)).collect();
            assert_eq!(fast, plain, "{text}");
        }
    }

    #[test]
    fn prefiltered_search_equals_the_plain_regex_on_pseudo_random_text() {
        let f = DocNumberFinder::new();
        let pieces = [
            "国发",
            "办",
            "〔",
            "〕",
            "[",
            "]",
            "（",
            "）",
            "2014",
            "２０１４",
            "201",
            "1",
            "35",
            "号",
            "第",
            "年",
            "令",
            "公告",
            "的",
            "，",
            "。",
            " ",
            "\n",
            "\u{3000}",
            "a",
            "国发〔2014〕1号",
            "湘办发 [2014] 4号",
            "公告2015年第41号",
            "2014〕",
            "〔２０１４〕",
        ];
        let mut next = crate::test_rng::xorshift(0x9E37_79B9_7F4A_7C15u64);
        let mut found = 0;
        for _ in 0..20_000 {
            let len = (next() % 16) as usize;
            let text: String =
                (0..len).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect();
            let plain: Vec<(usize, usize)> =
                f.re.captures_iter(&text)
                    .filter_map(|c| f.item(&text, 0, &c))
                    .map(|m| (m.span.start, m.span.end))
                    .collect();
            let fast: Vec<(usize, usize)> =
                f.find_iter(&text).map(|m| (m.span.start, m.span.end)).collect();
            assert_eq!(fast, plain, "{text:?}");
            found += fast.len();
        }
        assert!(found > 50, "the texts hold numbers: {found}");
    }

    #[test]
    fn finder_never_panics_on_odd_text() {
        let f = DocNumberFinder::new();
        for text in [
            "〔〕号",
            "的〔2014〕1号",
            "和与〔2014〕1号",
            "令2014年第号",
            "\u{3000}〔２０１４〕１号",
        ] {
            for m in f.find_iter(text) {
                assert_eq!(&text[m.span], m.text);
            }
        }
    }
}
