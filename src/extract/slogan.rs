//! Numbered slogans (提法): `四风`, `三严三实`, `五个准确把握`, `1+9+1`.
//!
//! Known slogans come from the [`Lexicon`] through one Aho-Corasick automaton.
//! Unseen ones are discovered by shape: a quoted phrase (`“…”`, `"…"`, `「…」`)
//! that starts with a numeral (`九严格`, `五员`, `双基双治`, `五个一`), and is not
//! an outline marker (`一是`, `二、`), a plain count (`10个方面`) or an idiom
//! with a numeral (`一把手`, `两张皮`, `一窝蜂`).
//!
//! `numeral` is the **leading** numeral of the name: `四风` → 4, `三严三实` → 3,
//! `两不愁三保障` → 2, `1+9+1` → 1. The number of items the name announces
//! (`三严三实` → 6, see [`announced_items`]) is what a written expansion is
//! checked against.
//!
//! The expansion is taken, in this order, from a parenthesis beside the
//! slogan (`“五个准确把握”(准确把握总体要求、实践载体、…)`, also a few words
//! later in the same clause), from a 、-list written right before the quote
//! (`理论学习、…、建章立制“五项重点措施清单”`, only when its length matches),
//! and else from the lexicon. When a written expansion has a different
//! number of items than the name announces, the slogan carries a warning.

use std::borrow::Cow;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;
use serde::Serialize;

use crate::Span;
use crate::extract::Context;
use crate::lexicon::{Lexicon, announced_items, leading_numeral};

/// Quoted phrase of up to 16 chars without white space.
const QUOTED: &str = r#"[“"「『]([^“”"「」『』\s]{1,16})[”"」』]"#;
/// A parenthesis in the same clause, at most 16 chars after the slogan: the
/// pattern that [`paren_after`] matches by hand (its counted repetitions of
/// negated classes took 18M instructions to compile, issue 10).
#[cfg(test)]
const PAREN_AFTER: &str = r"^[^，。；：,;:\n（()）]{0,16}[（(]([^（()）\n]{2,300})[)）]";

/// The byte range in `after` of what a parenthesis in the same clause, at
/// most 16 chars after its start, holds: 2 to 300 chars, no bracket and no
/// line break. Group 1 of [`PAREN_AFTER`] at the start of `after`.
fn paren_after(after: &str) -> Option<std::ops::Range<usize>> {
    // Every char before the bracket is none of these, and the bracket is
    // one: the first of them within 17 chars must be the bracket.
    let (at, open) = after.char_indices().take(17).find(|&(_, c)| {
        matches!(c, '，' | '。' | '；' | '：' | ',' | ';' | ':' | '\n' | '（' | '(' | ')' | '）')
    })?;
    if !matches!(open, '（' | '(') {
        return None;
    }
    let start = at + open.len_utf8();
    // Likewise the closing bracket is the first bracket or line break after
    // the opening one, within 301 chars.
    let (n, (i, close)) = after
        .get(start..)?
        .char_indices()
        .enumerate()
        .take(301)
        .find(|&(_, (_, c))| matches!(c, '（' | '(' | ')' | '）' | '\n'))?;
    ((2..=300).contains(&n) && matches!(close, ')' | '）')).then_some(start..start + i)
}

/// Phrases that start with a numeral but are idioms or terms, not slogans.
const NOT_SLOGANS: &[&str] = &[
    "两张皮",
    "一窝蜂",
    "一把手",
    "两手抓",
    "一刀切",
    "一盘棋",
    // Holiday names: 双节 (中秋 + 国庆), 两节 (元旦 + 春节).
    "双节",
    "两节",
];

/// One occurrence of a numbered slogan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Slogan<'t> {
    /// `&source[span]`: the slogan as written, without its quotes.
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// Canonical name: the lexicon's name for known slogans (an alias maps to
    /// its canonical name), else the text.
    pub name: Cow<'t, str>,
    /// The leading numeral of the name (`三严三实` → 3).
    pub numeral: u32,
    /// The items, from the text beside the slogan or else from the lexicon;
    /// `None` when neither gives them.
    pub expansion: Option<Vec<&'t str>>,
    /// True when the slogan is in the lexicon, false when discovered by shape.
    pub known: bool,
    /// Set when a written expansion does not have as many items as the name
    /// announces.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

/// Forms per automaton: aho-corasick's packed prefilter, which does most of
/// the search, takes at most 64 patterns (with 79 forms in one automaton the
/// search cost five times as much).
const FORMS_PER_AUTOMATON: usize = 60;

/// One leftmost-longest reading of the hits of several automata: by start,
/// the longest first, none overlapping one kept before it.
fn leftmost_longest<T: Copy>(found: &mut [(Span, T)]) -> Vec<(Span, T)> {
    found.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut kept: Vec<(Span, T)> = Vec::with_capacity(found.len());
    for &(span, e) in found.iter() {
        if kept.last().is_none_or(|(h, _)| h.end <= span.start) {
            kept.push((span, e));
        }
    }
    kept
}

/// Finds numbered slogans. Build once, share by `&`.
#[derive(Clone, Debug)]
pub struct SloganExtractor {
    lexicon: Lexicon,
    /// The lexicon's forms in groups of at most [`FORMS_PER_AUTOMATON`],
    /// each with the index of its first form.
    acs: Vec<(AhoCorasick, usize)>,
    /// Form index → index into `lexicon.slogans()`.
    entry_of: Vec<usize>,
    quoted: Regex,
}

impl Default for SloganExtractor {
    fn default() -> SloganExtractor {
        SloganExtractor::new()
    }
}

impl SloganExtractor {
    /// An extractor over the embedded [`Lexicon`].
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::{Context, slogan::SloganExtractor};
    /// use gongwen::normalize::Normalizer;
    /// let text = "对“四风”的顽固性认识不足";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, None);
    /// let s: Vec<_> = SloganExtractor::new().find_iter(&cx).collect();
    /// assert_eq!(s[0].name, "四风");
    /// assert_eq!(s[0].numeral, 4);
    /// assert_eq!(s[0].expansion.as_ref().map(Vec::len), Some(4));
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> SloganExtractor {
        SloganExtractor::with_lexicon(Lexicon::new())
    }

    /// An extractor over `lexicon`.
    #[must_use]
    pub fn with_lexicon(lexicon: Lexicon) -> SloganExtractor {
        let (forms, entry_of): (Vec<&str>, Vec<usize>) = lexicon.slogan_forms().unzip();
        let acs = forms
            .chunks(FORMS_PER_AUTOMATON)
            .enumerate()
            .map(|(k, chunk)| {
                let ac = AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    // Its prefilter (a packed SIMD search, for at most 64
                    // forms) does most of the search; a DFA costs more to
                    // build than it saves.
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(chunk)
                    .expect("slogan forms build an automaton (unit-tested)");
                (ac, k * FORMS_PER_AUTOMATON)
            })
            .collect();
        let re = |p: &str| Regex::new(p).expect("valid slogan pattern (unit-tested)");
        SloganExtractor { lexicon, acs, entry_of, quoted: re(QUOTED) }
    }

    /// Every slogan occurrence of the document, in text order.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::{Context, slogan::SloganExtractor};
    /// use gongwen::normalize::Normalizer;
    /// let text = "严格遵守督导工作“九严格”“九不准”纪律要求";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, None);
    /// let names: Vec<_> = SloganExtractor::new().find_iter(&cx).map(|s| s.name.into_owned()).collect();
    /// assert_eq!(names, ["九严格", "九不准"]);
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    pub fn find_iter<'t>(&self, cx: &Context<'t, '_>) -> impl Iterator<Item = Slogan<'t>> {
        let text = cx.text();
        // (local span, lexicon entry or None)
        let mut found: Vec<(Span, usize)> = self
            .acs
            .iter()
            .flat_map(|(ac, base)| {
                ac.find_iter(text).filter_map(move |m| {
                    let e = self.entry_of.get(base + m.pattern().as_usize()).copied()?;
                    Some((Span::new(m.start(), m.end()), e))
                })
            })
            .collect();
        let mut hits: Vec<(Span, Option<usize>)> =
            leftmost_longest(&mut found).into_iter().map(|(s, e)| (s, Some(e))).collect();
        for c in self.quoted.captures_iter(text) {
            let Some(inner) = c.get(1) else { continue };
            let span = Span::new(inner.start(), inner.end());
            if hits.iter().any(|(h, _)| h.overlaps(span)) || !is_slogan_shape(inner.as_str()) {
                continue;
            }
            hits.push((span, None));
        }
        hits.sort_by_key(|(s, _)| s.start);
        let mut out = Vec::with_capacity(hits.len());
        for (local, entry) in hits {
            let (span, src) = cx.locate(local);
            if src.is_empty() {
                continue;
            }
            let entry = entry.and_then(|i| self.lexicon.slogans().get(i));
            let name: Cow<'t, str> = match entry {
                Some(e) => Cow::Borrowed(e.name),
                // Discovered: the name is the matched (normalised) text, so a
                // page break inside the source slice does not reach the name.
                None => match text.get(local.start..local.end) {
                    Some(matched) if matched != src => Cow::Owned(matched.to_owned()),
                    _ => Cow::Borrowed(src),
                },
            };
            let written = self.written_expansion(cx, text, local, &name);
            let announced = announced_items(&name);
            let warning = match (&written, announced) {
                (Some(items), Some(n)) if items.len() != n as usize => Some(format!(
                    "slogan {name} announces {n} items but {} are written beside it",
                    items.len()
                )),
                _ => None,
            };
            let expansion = written
                .or_else(|| entry.filter(|e| !e.expansion.is_empty()).map(|e| e.expansion.clone()));
            out.push(Slogan {
                text: src,
                span,
                numeral: leading_numeral(name.trim_start_matches(['新', '老'])).unwrap_or(0),
                name,
                expansion,
                known: entry.is_some(),
                warning,
            });
        }
        out.into_iter()
    }

    /// Items written beside the slogan at `local` (a parenthesis after it, or
    /// a 、-list right before its opening quote), as source slices.
    fn written_expansion<'t>(
        &self,
        cx: &Context<'t, '_>,
        text: &str,
        local: Span,
        name: &str,
    ) -> Option<Vec<&'t str>> {
        let after = text.get(local.end..)?;
        if let Some(inner) = paren_after(after)
            && let Some(items) = after.get(inner.clone())
            && items.contains('、')
        {
            return Some(split_items(items, local.end + inner.start, cx));
        }
        // A list right before the opening quote: `甲、乙、丙“三X”`.
        let before = text.get(..local.start)?;
        let mut chars = before.chars();
        let quote = chars.next_back()?;
        if !matches!(quote, '“' | '"' | '「' | '『') {
            return None;
        }
        let want = announced_items(name)? as usize;
        let list = chars.as_str();
        let clause_start = list
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '，' | '。' | '；' | '：' | ',' | ';' | ':' | '\n' | '”'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let clause = list.get(clause_start..)?;
        let parts: Vec<&str> = clause.split('、').collect();
        if parts.len() != want || want < 2 {
            return None;
        }
        // Every item but the first (which is cut below) is a short phrase, not
        // a count (`联系1个基层党组织、1个重点企业、1个“三个一批”` is no list of it).
        let plain = |p: &&str| {
            let n = p.chars().count();
            (2..=10).contains(&n) && !p.ends_with(|c: char| c == '个' || c == '项' || is_digit(c))
        };
        if !parts.iter().skip(1).all(plain) {
            return None;
        }
        // The first part runs back into the clause's verb: cut it to the
        // length (in chars) of the second item.
        let second_len = parts.get(1)?.chars().count();
        let first = parts.first()?;
        let cut = first.char_indices().rev().nth(second_len.checked_sub(1)?).map(|(i, _)| i)?;
        let start = clause_start + cut;
        let items_text = list.get(start..)?;
        Some(split_items(items_text, start, cx))
    }
}

/// Split `items` (a local slice of the context text starting at `base`) on
/// 、，,；; and map each item, without a leading 既/又/即/和, to the source.
fn split_items<'t>(items: &str, base: usize, cx: &Context<'t, '_>) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut push = |s: usize, e: usize| {
        let Some(raw) = items.get(s..e) else { return };
        let body = raw.trim_start();
        let mut lead = raw.len() - body.len();
        let body = match ["既", "又", "即", "以及", "和", "包括"]
            .iter()
            .find_map(|p| body.strip_prefix(p))
        {
            Some(rest) => {
                lead += body.len() - rest.len();
                rest
            }
            None => body,
        };
        let trimmed = body.trim();
        lead += body.len() - body.trim_start().len();
        if trimmed.is_empty() {
            return;
        }
        let ls = base + s + lead;
        let (_, src) = cx.locate(Span::new(ls, ls + trimmed.len()));
        if !src.is_empty() {
            out.push(src);
        }
    };
    for (i, c) in items.char_indices() {
        if matches!(c, '、' | '，' | ',' | '；' | ';') {
            push(start, i);
            start = i + c.len_utf8();
        }
    }
    push(start, items.len());
    out
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Whether a quoted phrase has the shape of a numbered slogan.
///
/// The numeral must count items (`四风`, `三严三实`, `双一流`); a qualifier
/// may stand before it (`新三样`, `老三届`). Not slogans: outline markers and
/// ordinals (`一是`), plain digit counts (`10个方面`), a lone 一 (`一窗受理`),
/// phrases of numerals only (`七一`, `五四`: dates and festivals), a
/// numeral before a magnitude (`千兆城市`: a measure, not a count), a
/// numeral before 年 (`百年恰是风华正茂`: a span of years) and 零 (`零碳园区`:
/// none of something counts no items).
fn is_slogan_shape(s: &str) -> bool {
    if s.chars().count() < 2 || NOT_SLOGANS.contains(&s) {
        return false;
    }
    // A one-char qualifier before the numeral: 新三样, 老三届.
    let counted = match s.strip_prefix(['新', '老']) {
        Some(rest) if leading_numeral(rest).is_some() => rest,
        _ => s,
    };
    let mut chars = counted.chars();
    let Some(first) = chars.next() else { return false };
    let second = chars.next();
    let Some(lead) = leading_numeral(counted) else { return false };
    // Outline markers (一是, 二、) and ordinals.
    if matches!(second, Some('是' | '、' | '.' | '．')) {
        return false;
    }
    // Plain counts in digits: 10个方面, 34项.
    if first.is_ascii_digit() && !counted.contains('+') {
        return false;
    }
    // Numerals only (七一, 十一, 五四), a magnitude or a span of years after
    // the first numeral (千兆, 百万, 百年), or zero (零碳, 零距离).
    if counted.chars().all(is_numeral_char)
        || matches!(second, Some('兆' | '万' | '亿' | '年'))
        || first == '零'
    {
        return false;
    }
    // 一窗受理, 一把手领学解读: a lone 一 is "one", not a count.
    if lead == 1 && announced_items(counted).is_none_or(|n| n <= 1) {
        return false;
    }
    // A list inside the quotes must be a list of numbered parts.
    counted.split('、').all(|part| leading_numeral(part).is_some())
}

/// A Chinese or Arabic numeral char (digits, 〇零一…十百千万亿, 两双).
fn is_numeral_char(c: char) -> bool {
    is_digit(c) || "〇零一二两三四五六七八九十百千万亿双".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    /// The groups of forms find what one automaton over all forms finds,
    /// leftmost-longest, on pseudo-random texts of forms and filler.
    #[test]
    fn grouped_automata_equal_one() {
        let ex = SloganExtractor::new();
        let (forms, _): (Vec<&str>, Vec<usize>) = ex.lexicon.slogan_forms().unzip();
        assert!(ex.acs.len() > 1, "the lexicon spans more than one group");
        let one = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&forms)
            .expect("builds");
        let filler = ["，", "要", "三", "一", "两个", "四", "风", "实", "的"];
        let mut next = crate::test_rng::xorshift(0x5106_a17e);
        for _ in 0..2_000 {
            let mut text = String::new();
            for _ in 0..(next() % 12) {
                let r = next() as usize;
                if r.is_multiple_of(3) {
                    text.push_str(forms[r / 3 % forms.len()]);
                } else {
                    text.push_str(filler[r % filler.len()]);
                }
            }
            let want: Vec<Span> =
                one.find_iter(&text).map(|m| Span::new(m.start(), m.end())).collect();
            let mut found: Vec<(Span, ())> = ex
                .acs
                .iter()
                .flat_map(|(ac, _)| {
                    ac.find_iter(&text)
                        .map(|m| (Span::new(m.start(), m.end()), ()))
                        .collect::<Vec<_>>()
                })
                .collect();
            let got: Vec<Span> =
                leftmost_longest(&mut found).into_iter().map(|(s, ())| s).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn paren_after_equals_the_regex() {
        let re = Regex::new(PAREN_AFTER).unwrap();
        // Pseudo-random texts of brackets, clause ends, line breaks and runs
        // long enough to reach both limits (16 and 300 chars).
        let long = |n: usize| "字".repeat(n);
        let pieces: Vec<String> = [
            "（", "(", "）", ")", "，", "。", "；", "：", ",", ";", ":", "\n", "、", "a", "甲乙",
            " ",
        ]
        .iter()
        .map(|p| (*p).to_owned())
        .chain([long(7), long(14), long(15), long(16), long(17), long(149), long(150), long(299)])
        .collect();
        let mut next = crate::test_rng::xorshift(0x6A09_E667_F3BC_C908u64);
        let mut matched = 0;
        for _ in 0..200_000 {
            let len = (next() % 7) as usize;
            let text: String = (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize].as_str())
                .collect();
            let want = re.captures(&text).and_then(|c| c.get(1)).map(|m| m.range());
            assert_eq!(paren_after(&text), want, "{text:?}");
            matched += usize::from(want.is_some());
        }
        assert!(matched > 500, "{matched}");
    }

    /// (text, name, numeral, expansion, warned)
    type Row = (String, String, u32, Option<Vec<String>>, bool);

    fn run(text: &str) -> Vec<Row> {
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        SloganExtractor::new()
            .find_iter(&cx)
            .map(|s| {
                assert_eq!(s.span.get(text), Some(s.text));
                (
                    s.text.to_owned(),
                    s.name.to_string(),
                    s.numeral,
                    s.expansion.map(|v| v.iter().map(|x| (*x).to_owned()).collect()),
                    s.warning.is_some(),
                )
            })
            .collect()
    }

    #[test]
    fn shapes_table() {
        let rows: &[(&str, bool)] = &[
            ("九严格", true),
            ("九不准", true),
            ("五员", true),
            ("双基双治", true),
            ("五个一", true),
            ("1+9+1", true),
            ("五项重点措施清单", true),
            ("四高地、一枢纽、一重地、一中心", true),
            ("一是", false),
            ("二、", false),
            ("10个方面", false),
            ("一把手", false),
            ("一窝蜂", false),
            ("一窗受理", false),
            ("两张皮", false),
            ("大走访", false),
            ("第一责任人", false),
            ("四高地、枢纽", false),
            // Issue 11 families: qualifiers, dates, measures, spans of years, zero.
            ("新三样", true),
            ("老三届", true),
            ("百城万站", true),
            ("四个体系", true),
            ("七一", false),
            ("五四", false),
            ("十一", false),
            ("千兆城市", false),
            ("百万英才", false),
            ("百年大计", false),
            ("十年磨一剑", false),
            ("零距离", false),
        ];
        for &(s, want) in rows {
            assert_eq!(is_slogan_shape(s), want, "{s}");
        }
    }

    #[test]
    fn expansion_in_parenthesis_half_and_full_width() {
        for text in [
            "提出的\"五个准确把握\"(准确把握总体要求、实践载体、重点对象、组织指导原则、特点规律)的要求",
            "提出的“五个准确把握”（准确把握总体要求、实践载体、重点对象、组织指导原则、特点规律）的要求",
        ] {
            let got = run(text);
            assert_eq!(got.len(), 1, "{text}");
            let (t, name, n, exp, warn) = &got[0];
            assert_eq!(
                (t.as_str(), name.as_str(), *n, *warn),
                ("五个准确把握", "五个准确把握", 5, false)
            );
            assert_eq!(
                exp.as_deref(),
                Some(
                    &["准确把握总体要求", "实践载体", "重点对象", "组织指导原则", "特点规律"]
                        .map(String::from)[..]
                )
            );
        }
    }

    #[test]
    fn expansion_a_few_words_later_with_ji_you() {
        let text = "践行\"三严三实\"要求贯穿教育实践活动全过程(既严以修身、严以用权、严以律己,又谋事要实、创业要实、做人要实),争当";
        let got = run(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "三严三实");
        assert_eq!(
            got[0].3.as_deref(),
            Some(
                &["严以修身", "严以用权", "严以律己", "谋事要实", "创业要实", "做人要实"]
                    .map(String::from)[..]
            )
        );
    }

    #[test]
    fn list_before_the_quote_and_mismatch_warning() {
        let got = run(
            "认真制定理论学习、调查研究、推动发展、检视整改、建章立制“五项重点措施清单”，共确定",
        );
        assert_eq!(got[0].2, 5);
        assert_eq!(
            got[0].3.as_deref(),
            Some(
                &["理论学习", "调查研究", "推动发展", "检视整改", "建章立制"].map(String::from)[..]
            )
        );
        let got = run("联系1个基层党组织、1个重点企业、1个“三个一批”重点项目");
        assert_eq!(got[0].3.as_ref().map(Vec::len), Some(3), "lexicon expansion, not the counts");
        assert_eq!(got[0].3.as_ref().and_then(|v| v.first().cloned()).as_deref(), Some("签约一批"));
        let got = run("落实“三严三实”（严以修身、严以用权）要求");
        assert!(got[0].4, "2 items for 6 announced must warn");
    }

    #[test]
    fn lexicon_hits_without_quotes_and_no_false_counts() {
        let got = run("各级领导干部践行三严三实要求，确定10个方面、34项专项整治任务，组成5个小组");
        let names: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(names, ["三严三实"]);
        assert_eq!(got[0].3.as_ref().map(Vec::len), Some(6));
        let got = run("一是对“四风”的顽固性认识不足；二是“一把手”重视不够");
        let names: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(names, ["四风"]);
    }

    #[test]
    fn extractor_is_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<SloganExtractor>();
    }
}
