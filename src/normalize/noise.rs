//! Noise lines: advertising, contact spam and page numbers that are no part
//! of the document, recognised on normalised lines.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::char_bits::CharBits;

use crate::{Error, Result};

/// The built-in marker list (see its header for the format).
const MARKERS: &str = include_str!("../../data/noise/markers.txt");

/// Longest line, in chars, that can be a noise line. Longer lines are
/// paragraphs that may mention a marker word in passing.
pub(crate) const MAX_NOISE_CHARS: usize = 80;

/// Shortest digit run that counts as a phone, QQ or account number.
const CONTACT_DIGITS: usize = 5;

/// How much a marker proves on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strength {
    /// The marker alone makes a short line noise.
    Strong,
    /// The marker needs a contact detail on the same line.
    Contact,
}

/// Parse the marker file format: `[strong]` / `[contact]` section heads,
/// `#` comments, one marker per line.
pub(crate) fn parse_markers(data: &str) -> Result<Vec<(String, Strength)>> {
    let mut out = Vec::new();
    let mut section = None;
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line {
            "[strong]" => section = Some(Strength::Strong),
            "[contact]" => section = Some(Strength::Contact),
            _ => match section {
                Some(s) => out.push((line.to_owned(), s)),
                None => {
                    return Err(Error::config(format!(
                        "noise marker list line {}: marker {line:?} before any section",
                        n + 1
                    )));
                }
            },
        }
    }
    Ok(out)
}

/// One automaton over every marker, built once.
#[derive(Clone, Debug)]
pub(crate) struct NoiseMatcher {
    automaton: AhoCorasick,
    strength: Vec<Strength>,
    /// The first two chars of every marker (ASCII letters folded), as a
    /// 65,536-bit set: a line without such a pair holds no marker, and most
    /// lines are rejected by it without running the automaton. (With 4,096
    /// bits a third of the short lines of a statute passed it.)
    openings: Box<[u64; PAIR_WORDS]>,
    /// The first chars of those pairs: most chars of a line open no marker,
    /// and their pair is not hashed.
    firsts: CharBits,
    /// A marker of one char makes the pair set useless.
    single_char_marker: bool,
}

/// Words of 64 bits in [`NoiseMatcher`]'s pair set.
const PAIR_WORDS: usize = 1024;

/// The bit of the char pair `(a, b)` in [`NoiseMatcher`]'s pair set.
fn pair_bit(a: char, b: char) -> usize {
    let (a, b) = (u32::from(a.to_ascii_lowercase()), u32::from(b.to_ascii_lowercase()));
    let h = (a.wrapping_mul(0x9E37_79B1) ^ b).wrapping_mul(0x85EB_CA77);
    (h >> 16) as usize
}

impl NoiseMatcher {
    /// The built-in markers plus `extra`.
    pub(crate) fn new(extra: &[(String, Strength)]) -> Result<NoiseMatcher> {
        let mut markers = parse_markers(MARKERS)?;
        markers.extend(extra.iter().filter(|(m, _)| !m.is_empty()).cloned());
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(markers.iter().map(|(m, _)| m.as_str()))
            .map_err(|e| Error::config(format!("noise markers: {e}")))?;
        let mut openings = Box::new([0u64; PAIR_WORDS]);
        let mut firsts = Vec::new();
        let mut single_char_marker = false;
        for (m, _) in &markers {
            let mut chars = m.chars();
            match (chars.next(), chars.next()) {
                (Some(a), Some(b)) => {
                    let bit = pair_bit(a, b);
                    openings[bit / 64] |= 1 << (bit % 64);
                    firsts.push(a.to_ascii_lowercase());
                }
                _ => single_char_marker = true,
            }
        }
        let firsts = CharBits::new(&firsts);
        let strength = markers.into_iter().map(|(_, s)| s).collect();
        Ok(NoiseMatcher { automaton, strength, openings, firsts, single_char_marker })
    }

    /// True when the normalised line `line` (no newline) is noise.
    #[cfg(test)]
    pub(crate) fn is_noise(&self, line: &str) -> bool {
        line.chars().nth(MAX_NOISE_CHARS).is_none()
            && self.may_be_noise(line.chars())
            && self.is_noise_prefiltered(line)
    }

    /// [`NoiseMatcher::is_noise`] for a line of at most [`MAX_NOISE_CHARS`]
    /// chars that passed [`NoiseMatcher::may_be_noise`] (the engine asks
    /// both on its units first).
    pub(crate) fn is_noise_prefiltered(&self, line: &str) -> bool {
        if is_page_number(line) {
            return true;
        }
        let mut contact_marker = false;
        for m in self.automaton.find_overlapping_iter(line) {
            // An ASCII marker ("QQ") must not sit inside a Latin word or URL.
            let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            let part = |r: std::ops::Range<usize>| line.get(r).unwrap_or("");
            let (before, hit, after) =
                (part(0..m.start()), part(m.start()..m.end()), part(m.end()..line.len()));
            if (alnum(hit.chars().next()) && alnum(before.chars().next_back()))
                || (alnum(hit.chars().next_back()) && alnum(after.chars().next()))
            {
                continue;
            }
            match self.strength.get(m.pattern().as_usize()) {
                Some(Strength::Strong) => return true,
                Some(Strength::Contact) => contact_marker = true,
                None => {}
            }
        }
        contact_marker && has_contact_detail(line)
    }
}

impl NoiseMatcher {
    /// False when the line of `chars` cannot be noise: it neither opens like
    /// a page number nor holds a marker. The engine asks this on its units
    /// before it builds the line's text for [`NoiseMatcher::is_noise`].
    pub(crate) fn may_be_noise(&self, chars: impl Iterator<Item = char> + Clone) -> bool {
        self.single_char_marker
            || may_be_page_number(chars.clone())
            || self.pairs_hold_marker(chars)
    }

    /// False when no two adjacent chars of `line` open a marker.
    #[cfg(test)]
    fn may_hold_marker(&self, line: &str) -> bool {
        self.pairs_hold_marker(line.chars())
    }

    fn pairs_hold_marker(&self, mut chars: impl Iterator<Item = char>) -> bool {
        let Some(mut a) = chars.next() else { return false };
        for b in chars {
            if self.firsts.may_contain(a.to_ascii_lowercase()) {
                let bit = pair_bit(a, b);
                if self.openings[bit / 64] & (1 << (bit % 64)) != 0 {
                    return true;
                }
            }
            a = b;
        }
        false
    }
}

/// A run of [`CONTACT_DIGITS`] ASCII digits, a URL or an e-mail sign.
fn has_contact_detail(line: &str) -> bool {
    let mut run = 0;
    for b in line.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run >= CONTACT_DIGITS {
            return true;
        }
    }
    let lower = line.to_ascii_lowercase();
    lower.contains("http") || lower.contains("www") || line.contains('@')
}

/// False when the line of `chars` cannot be a page number. Both forms
/// start with a dash or 第 after the blanks; most lines do not. A dash form
/// has at most six chars besides blanks (dash, four digits, dash) and the
/// 第 form a digit after 第, which every article heading (第一条) lacks.
fn may_be_page_number(chars: impl Iterator<Item = char>) -> bool {
    let mut solid = chars.filter(|c| !c.is_whitespace());
    match (solid.next(), solid.next()) {
        (Some('第'), Some(d)) => d.is_ascii_digit(),
        (Some('-' | '—' | '–' | '―'), _) => solid.nth(4).is_none(),
        _ => false,
    }
}

/// A page number on its own line: `- 3 -`, `—3—`, `第3页`, `第 3 页 共 10 页`.
fn is_page_number(line: &str) -> bool {
    let dashes = |c: char| matches!(c, '-' | '—' | '–' | '―');
    if !may_be_page_number(line.chars()) {
        return false;
    }
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    // - 3 -
    if let Some(inner) = compact.strip_prefix(dashes).and_then(|s| s.strip_suffix(dashes)) {
        return is_number(inner);
    }
    // 第3页, 第3页共10页, 第3页/共10页
    let Some(rest) = compact.strip_prefix('第') else { return false };
    let Some((n, rest)) = rest.split_once('页') else { return false };
    if !is_number(n) {
        return false;
    }
    let rest = rest.trim_start_matches(['/', '，', ',']);
    rest.is_empty()
        || rest.strip_prefix('共').and_then(|r| r.strip_suffix('页')).is_some_and(is_number)
}

fn is_number(s: &str) -> bool {
    (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_list_parses_and_builds() {
        let markers = parse_markers(MARKERS).unwrap();
        assert!(markers.len() > 20);
        assert!(markers.contains(&("文章代写".to_owned(), Strength::Strong)));
        assert!(markers.contains(&("公众号".to_owned(), Strength::Contact)));
        NoiseMatcher::new(&[]).unwrap();
    }

    #[test]
    fn pair_set_lets_every_marker_through() {
        let extra = [("Vx号".to_owned(), Strength::Contact)];
        let m = NoiseMatcher::new(&extra).unwrap();
        let mut markers = parse_markers(MARKERS).unwrap();
        markers.extend(extra);
        for (marker, _) in &markers {
            for spelling in
                [marker.clone(), marker.to_ascii_uppercase(), marker.to_ascii_lowercase()]
            {
                assert!(m.may_hold_marker(&format!("前文{spelling}后文")), "{spelling}");
            }
        }
        assert!(!m.may_hold_marker("第一条 为了规范行政机关的行为，制定本条例。"));
        let single = NoiseMatcher::new(&[("广".to_owned(), Strength::Strong)]).unwrap();
        assert!(single.is_noise("推广"));
    }

    #[test]
    fn marker_before_section_is_an_error() {
        assert_eq!(parse_markers("# c\n代写\n").unwrap_err().code(), "config");
    }

    #[test]
    fn noise_lines() {
        let m = NoiseMatcher::new(&[]).unwrap();
        let rows = [
            // seed 001, last line (normalised form)
            ("文章代写：13258028938（同微信）", true),
            ("扫码关注我们", true),
            ("免责声明：本文来源于网络", true),
            ("代写各类材料 QQ 123456789", true),
            ("代写各类材料 qq123456", true),
            ("- 3 -", true),
            ("—12—", true),
            ("第 3 页 共 10 页", true),
            ("第3页", true),
            // real content
            ("三、加强政务公众号建设", false),
            ("要防止代写代抄学习笔记。", false),
            ("2014年3月19日", false),
            ("第二批教育实践活动", false),
            ("第3页内容", false),
            // "qQ" inside a URL is not a QQ number (xwlb transcripts)
            (
                "[查看原文](https://tv.cctv.com/2022/10/04/VIDEWEqqiFnbxYmWTHYR4gbI221004.shtml)",
                false,
            ),
            ("-", false),
            ("一、关于提高对活动的认识问题", false),
        ];
        for (line, want) in rows {
            assert_eq!(m.is_noise(line), want, "{line}");
        }
        let long = format!("{}文章代写", "各级党委要切实加强组织领导。".repeat(7));
        assert!(!m.is_noise(&long), "long lines are paragraphs");
    }

    /// The page-number test as it was before its early refusals, built on
    /// the compacted line alone.
    fn page_number_by_compacting(line: &str) -> bool {
        let dashes = |c: char| matches!(c, '-' | '—' | '–' | '―');
        let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        if !compact.starts_with(['-', '—', '–', '―', '第']) {
            return false;
        }
        if let Some(inner) = compact.strip_prefix(dashes).and_then(|s| s.strip_suffix(dashes)) {
            return is_number(inner);
        }
        let Some(rest) = compact.strip_prefix('第') else { return false };
        let Some((n, rest)) = rest.split_once('页') else { return false };
        if !is_number(n) {
            return false;
        }
        let rest = rest.trim_start_matches(['/', '，', ',']);
        rest.is_empty()
            || rest.strip_prefix('共').and_then(|r| r.strip_suffix('页')).is_some_and(is_number)
    }

    #[test]
    fn page_numbers_equal_the_compacting_test() {
        // Pseudo-random lines over the chars the test looks at.
        let alphabet = [
            ' ', '\u{3000}', '第', '页', '共', '-', '—', '–', '1', '2', '0', '/', '，', ',', '条',
            'a',
        ];
        let mut next = crate::test_rng::xorshift(0x2545_F491_4F6C_DD1Du64);
        let matcher = NoiseMatcher::new(&[]).unwrap();
        let mut pages = 0;
        for _ in 0..200_000 {
            let len = (next() % 12) as usize;
            let line: String =
                (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            let want = page_number_by_compacting(&line);
            assert_eq!(is_page_number(&line), want, "{line:?}");
            // The engine asks this before it builds the line's text.
            assert!(!want || matcher.may_be_noise(line.chars()), "{line:?}");
            pages += usize::from(want);
        }
        assert!(pages > 100, "the lines hold page numbers: {pages}");
        for line in ["第3页", "- 3 -", "—12—", "第 3 页 共 10 页", "第3页/共10页"] {
            assert!(is_page_number(line), "{line}");
        }
    }

    #[test]
    fn extra_markers() {
        let m = NoiseMatcher::new(&[("本站整理".to_owned(), Strength::Strong)]).unwrap();
        assert!(m.is_noise("本站整理，仅供参考"));
    }
}
