//! The policy lexicon: numbered slogans (提法), campaign and institution
//! terms, and organ abbreviations.
//!
//! The data lives in plain files under `data/lexicon/` (each with a header
//! naming its sources) and is embedded at build time. [`Lexicon::new`] parses
//! the embedded files; [`Lexicon::parse`] parses any text in the same format.

use std::collections::HashMap;

use crate::normalize::numerals::{digit_value, parse_int};
use crate::{Error, Result};

const SLOGANS: &str = include_str!("../data/lexicon/slogans.txt");
const TERMS: &str = include_str!("../data/lexicon/terms.txt");
const ORGANS: &str = include_str!("../data/lexicon/organs.txt");

/// Separator of items and aliases inside a column of `slogans.txt`.
const ITEM_SEP: char = '；';

/// A numbered slogan of the lexicon (`四风`, `三严三实`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SloganEntry {
    /// Canonical name as officially written, without quotes.
    pub name: &'static str,
    /// Other written forms (`两不愁、三保障` for `两不愁三保障`).
    pub aliases: Vec<&'static str>,
    /// The leading numeral of the name: `四风` → 4, `三严三实` → 3,
    /// `两不愁三保障` → 2.
    pub numeral: u32,
    /// The items the slogan stands for, as officially stated; empty when the
    /// lexicon does not know them.
    pub expansion: Vec<&'static str>,
    /// The document or speech that set the slogan.
    pub source: &'static str,
}

/// An organ name or abbreviation (`省活动办`, `中办`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct OrganEntry {
    /// The name as written in documents.
    pub abbr: &'static str,
    /// The full name, when the abbreviation has one fixed expansion.
    pub full: Option<&'static str>,
}

/// A campaign or institution term with its jieba part-of-speech tag.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct TermEntry {
    /// The term.
    pub term: &'static str,
    /// jieba part-of-speech tag (`n`, `nz`, `nt`, `v`, `vn`, `l`).
    pub tag: &'static str,
}

/// The parsed policy lexicon. Build once and share by `&`.
#[derive(Clone, Debug)]
pub struct Lexicon {
    slogans: Vec<SloganEntry>,
    terms: Vec<TermEntry>,
    organs: Vec<OrganEntry>,
    /// Slogan name or alias → index into `slogans`.
    by_name: HashMap<&'static str, usize>,
}

impl Lexicon {
    /// The lexicon embedded in the crate (`data/lexicon/*.txt`).
    ///
    /// # Panics
    ///
    /// Never in a released crate: the embedded files are parsed by a unit
    /// test, so a malformed line fails CI.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::lexicon::Lexicon;
    /// let lex = Lexicon::new();
    /// let s = lex.slogan("四风").expect("四风 is in the lexicon");
    /// assert_eq!(s.numeral, 4);
    /// assert_eq!(s.expansion, ["形式主义", "官僚主义", "享乐主义", "奢靡之风"]);
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> Lexicon {
        Lexicon::parse(SLOGANS, TERMS, ORGANS).expect("embedded lexicon parses (unit-tested)")
    }

    /// Parse lexicon files in the format of `data/lexicon/` (TAB-separated
    /// columns, `#` comments, `；` between items).
    ///
    /// # Errors
    ///
    /// A config error naming the file and line of the first malformed line:
    /// a missing column, a slogan name without a leading numeral, or a
    /// name given twice.
    pub fn parse(
        slogans: &'static str,
        terms: &'static str,
        organs: &'static str,
    ) -> Result<Lexicon> {
        let mut lex = Lexicon {
            slogans: Vec::new(),
            terms: Vec::new(),
            organs: Vec::new(),
            by_name: HashMap::new(),
        };
        for (n, line) in data_lines(slogans) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let (name, expansion, source, aliases) = match cols.as_slice() {
                [a, b, c] => (*a, *b, *c, ""),
                [a, b, c, d] => (*a, *b, *c, *d),
                _ => return Err(bad("slogans", n, "expected 3 or 4 TAB-separated columns")),
            };
            let name = name.trim();
            // 双一流: 双 counts two, the 一 after it is no count.
            let numeral = leading_numeral(name)
                .or_else(|| name.starts_with('双').then_some(2))
                .ok_or_else(|| bad("slogans", n, "no leading numeral"))?;
            let entry = SloganEntry {
                name,
                aliases: split_items(aliases),
                numeral,
                expansion: split_items(expansion),
                source: source.trim(),
            };
            let idx = lex.slogans.len();
            for key in std::iter::once(name).chain(entry.aliases.iter().copied()) {
                if lex.by_name.insert(key, idx).is_some() {
                    return Err(bad("slogans", n, "name given twice"));
                }
            }
            lex.slogans.push(entry);
        }
        for (n, line) in data_lines(terms) {
            let (term, tag) = line.split_once('\t').unwrap_or((line, "n"));
            if term.trim().is_empty() {
                return Err(bad("terms", n, "empty term"));
            }
            lex.terms.push(TermEntry { term: term.trim(), tag: tag.trim() });
        }
        for (n, line) in data_lines(organs) {
            let (abbr, full) = line.split_once('\t').unwrap_or((line, ""));
            if abbr.trim().is_empty() {
                return Err(bad("organs", n, "empty organ name"));
            }
            let full = Some(full.trim()).filter(|f| !f.is_empty());
            lex.organs.push(OrganEntry { abbr: abbr.trim(), full });
        }
        Ok(lex)
    }

    /// The slogan named `name` (canonical name or alias).
    #[must_use]
    pub fn slogan(&self, name: &str) -> Option<&SloganEntry> {
        self.by_name.get(name).and_then(|&i| self.slogans.get(i))
    }

    /// All slogans, in file order.
    #[must_use]
    pub fn slogans(&self) -> &[SloganEntry] {
        &self.slogans
    }

    /// Every written form of every slogan (names, then aliases) with the
    /// index of its entry in [`Lexicon::slogans`].
    pub fn slogan_forms(&self) -> impl Iterator<Item = (&'static str, usize)> {
        self.slogans.iter().enumerate().flat_map(|(i, s)| {
            std::iter::once(s.name).chain(s.aliases.iter().copied()).map(move |f| (f, i))
        })
    }

    /// Campaign and institution terms.
    #[must_use]
    pub fn terms(&self) -> &[TermEntry] {
        &self.terms
    }

    /// The term entry for `term`, if listed.
    #[must_use]
    pub fn term(&self, term: &str) -> Option<&TermEntry> {
        self.terms.iter().find(|t| t.term == term)
    }

    /// Organ names and abbreviations.
    #[must_use]
    pub fn organs(&self) -> &[OrganEntry] {
        &self.organs
    }

    /// The organ entry for `abbr`, if listed.
    #[must_use]
    pub fn organ(&self, abbr: &str) -> Option<&OrganEntry> {
        self.organs.iter().find(|o| o.abbr == abbr)
    }
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        Lexicon::new()
    }
}

/// The leading numeral of a slogan name: `四风` → 4, `十四个坚持` → 14,
/// `双基双治` → 2, `1+9+1` → 1. `None` when the name does not start with a
/// numeral.
#[must_use]
pub fn leading_numeral(name: &str) -> Option<u32> {
    numeral_groups(name).next().filter(|&(start, _, _)| start == 0).map(|(_, _, v)| v)
}

/// How many items a slogan name announces: the leading numeral plus every
/// later one-digit numeral that heads a part of the same shape (`三严三实` → 6,
/// `两不愁三保障` → 5, `三去一降一补` → 5, `1+9+1` → 11,
/// `一个中心两个基本点` → 3). When the leading numeral takes the classifier 个,
/// later numerals count only with 个 too (`三个一批` → 3, `两个一百年` → 2).
/// Names like `五位一体` whose second numeral is not a count are the known
/// exception.
#[must_use]
pub fn announced_items(name: &str) -> Option<u32> {
    let mut groups = numeral_groups(name);
    let (start, end, first) = groups.next()?;
    if start != 0 {
        return None;
    }
    let takes_ge = |e: usize| name.get(e..).is_some_and(|r| r.starts_with('个'));
    let with_ge = takes_ge(end);
    Some(
        groups
            .filter(|&(_, e, v)| v < 10 && (!with_ge || takes_ge(e)))
            .fold(first, |acc, (_, _, v)| acc.saturating_add(v)),
    )
}

/// Maximal runs of numeral chars (digits, 十百千, 双) as (byte start, byte
/// end, value).
fn numeral_groups(name: &str) -> impl Iterator<Item = (usize, usize, u32)> + '_ {
    let is_num = |c: char| digit_value(c).is_some() || matches!(c, '十' | '百' | '千' | '双');
    let mut chars = name.char_indices().peekable();
    std::iter::from_fn(move || {
        loop {
            let (start, c) = chars.next()?;
            if !is_num(c) {
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if !is_num(d) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            let run = name.get(start..end)?;
            let value = if run == "双" { Some(2) } else { parse_int(run) };
            if let Some(v) = value.and_then(|v| u32::try_from(v).ok()) {
                return Some((start, end, v));
            }
        }
    })
}

/// Non-comment, non-blank lines with their 1-based line numbers.
fn data_lines(text: &'static str) -> impl Iterator<Item = (usize, &'static str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

fn split_items(col: &'static str) -> Vec<&'static str> {
    col.split(ITEM_SEP).map(str::trim).filter(|s| !s.is_empty()).collect()
}

fn bad(file: &str, line: usize, why: &str) -> Error {
    Error::config(format!("lexicon {file}.txt line {line}: {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_parses() {
        let lex = Lexicon::parse(SLOGANS, TERMS, ORGANS).expect("embedded data parses");
        assert!(lex.slogans().len() >= 50, "{} slogans", lex.slogans().len());
        assert!(lex.terms().len() >= 30);
        assert!(lex.organs().len() >= 20);
        for s in lex.slogans() {
            assert!(!s.source.is_empty(), "{} names no source", s.name);
        }
    }

    #[test]
    fn lookup_by_name_and_alias() {
        let lex = Lexicon::new();
        let rows: &[(&str, &str, u32, usize)] = &[
            ("四风", "四风", 4, 4),
            ("三严三实", "三严三实", 3, 6),
            ("新发展理念", "五大发展理念", 5, 5),
            ("两不愁、三保障", "两不愁三保障", 2, 5),
            ("六问六带头", "六问六带头", 6, 0),
            ("两个确立", "两个确立", 2, 2),
        ];
        for &(key, name, numeral, items) in rows {
            let s = lex.slogan(key).unwrap_or_else(|| panic!("{key} missing"));
            assert_eq!((s.name, s.numeral, s.expansion.len()), (name, numeral, items), "{key}");
        }
        assert!(lex.slogan("十个方面").is_none());
        assert_eq!(lex.organ("中办").and_then(|o| o.full), Some("中共中央办公厅"));
        assert_eq!(lex.term("督导组").map(|t| t.tag), Some("nt"));
    }

    #[test]
    fn expansions_match_announced_counts() {
        // 五位一体, 一岗双责 and 双一流 have a second numeral that is not a
        // count; 一个中心两个基本点 counts as 1 + 2 = 3.
        let exceptions = ["五位一体", "双一流"];
        for s in Lexicon::new().slogans() {
            if s.expansion.is_empty() || exceptions.contains(&s.name) {
                continue;
            }
            let want = announced_items(s.name).expect("leading numeral");
            assert_eq!(s.expansion.len(), want as usize, "{}: {:?}", s.name, s.expansion);
        }
    }

    #[test]
    fn numerals_table() {
        let rows: &[(&str, Option<u32>, Option<u32>)] = &[
            ("四风", Some(4), Some(4)),
            ("三严三实", Some(3), Some(6)),
            ("两不愁三保障", Some(2), Some(5)),
            ("两个一百年", Some(2), Some(2)),
            ("十四个坚持", Some(14), Some(14)),
            ("双基双治", Some(2), Some(4)),
            ("1+9+1", Some(1), Some(11)),
            ("三去一降一补", Some(3), Some(5)),
            ("三个一批", Some(3), Some(3)),
            ("一个中心两个基本点", Some(1), Some(3)),
            ("群众路线", None, None),
            ("", None, None),
        ];
        for &(name, lead, items) in rows {
            assert_eq!(leading_numeral(name), lead, "leading_numeral({name})");
            assert_eq!(announced_items(name), items, "announced_items({name})");
        }
    }

    #[test]
    fn malformed_lines_are_errors() {
        assert!(Lexicon::parse("四风\n", "", "").is_err());
        assert!(Lexicon::parse("群众\t\tsrc\n", "", "").is_err());
        assert!(Lexicon::parse("四风\t\ta\n四风\t\tb\n", "", "").is_err());
        assert!(Lexicon::parse("# only a comment\n\n", "", "").is_ok());
    }
}
