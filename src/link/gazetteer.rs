//! China's administrative divisions: provinces, prefecture-level units and
//! county-level units, with their 6-digit codes, short names and parents.
//!
//! The table is `data/gazetteer/divisions.tsv` (see its header for the
//! source: the GB/T 2260 codes as carried by the `china-division` npm
//! package), embedded at build time.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Serialize;

use crate::Span;

const DIVISIONS: &str = include_str!("../../data/gazetteer/divisions.tsv");

/// The tier of an administrative division.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DivisionLevel {
    /// 省级: provinces, autonomous regions, municipalities under the centre.
    Province,
    /// 地级: prefecture-level cities, prefectures, autonomous prefectures, leagues.
    Prefecture,
    /// 县级: counties, county-level cities, districts, banners.
    County,
}

/// One administrative division.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Division {
    /// The 6-digit division code (`410100` for 郑州市).
    pub code: u32,
    /// The full name (`郑州市`).
    pub name: String,
    /// The name without its administrative suffix (`郑州`).
    pub short: String,
    /// The tier.
    pub level: DivisionLevel,
    /// The parent's code; `None` for provinces.
    pub parent: Option<u32>,
    /// The abbreviation (简称) of a province (`豫`), comma-separated when it
    /// has two (`黔,贵`).
    pub abbreviation: Option<String>,
}

/// Where a division name occurs in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte span of the name in the searched text.
    pub span: Span,
    /// The code of the division named.
    pub code: u32,
    /// True when the text is a county's short name (`兰考`), which is often
    /// also a plain word (`资源`, `延长`); see [`Gazetteer::mentions`].
    pub county_short: bool,
}

/// The gazetteer: look divisions up by code or name, walk up to parents and
/// find division names in text.
///
/// Built once from the embedded table; [`Gazetteer::builtin`] shares one.
#[derive(Debug)]
pub struct Gazetteer {
    divisions: Vec<Division>,
    by_code: HashMap<u32, usize>,
    by_name: HashMap<String, Vec<usize>>,
    by_abbreviation: HashMap<String, usize>,
    matcher: AhoCorasick,
    /// Pattern id → (division index, is a county's short name).
    patterns: Vec<(usize, bool)>,
}

impl Gazetteer {
    /// The built-in gazetteer, parsed on first use and shared.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::link::Gazetteer;
    /// let g = Gazetteer::builtin();
    /// let zhengzhou = g.lookup("郑州").unwrap();
    /// assert_eq!(zhengzhou.code, 410100);
    /// assert!(g.contains(g.lookup("河南省").unwrap().code, zhengzhou.code));
    /// ```
    #[must_use]
    pub fn builtin() -> &'static Gazetteer {
        static G: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::parse(DIVISIONS));
        &G
    }

    /// A gazetteer from a table in the format of `data/gazetteer/divisions.tsv`
    /// (lines starting with `#` and malformed lines are skipped).
    #[must_use]
    pub fn parse(table: &str) -> Gazetteer {
        let mut divisions = Vec::new();
        for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            let (Some(code), Some(name), Some(short), Some(level)) =
                (f.first(), f.get(1), f.get(2), f.get(3))
            else {
                continue;
            };
            let Ok(code) = code.parse::<u32>() else { continue };
            let level = match *level {
                "province" => DivisionLevel::Province,
                "prefecture" => DivisionLevel::Prefecture,
                "county" => DivisionLevel::County,
                _ => continue,
            };
            let parent = f.get(4).and_then(|p| p.parse::<u32>().ok());
            let abbreviation = f.get(5).filter(|a| !a.is_empty()).map(|a| (*a).to_owned());
            divisions.push(Division {
                code,
                name: (*name).to_owned(),
                short: (*short).to_owned(),
                level,
                parent,
                abbreviation,
            });
        }
        let mut by_code = HashMap::new();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_abbreviation = HashMap::new();
        for (i, d) in divisions.iter().enumerate() {
            by_code.insert(d.code, i);
            by_name.entry(d.name.clone()).or_default().push(i);
            if d.short != d.name {
                by_name.entry(d.short.clone()).or_default().push(i);
            }
            for a in d.abbreviation.iter().flat_map(|a| a.split(',')) {
                by_abbreviation.insert(a.to_owned(), i);
            }
        }
        // Names searched in running text: every full name, and short names of
        // provinces, prefectures and counties proper (not districts, whose
        // short names are often plain words), when unambiguous.
        let mut names: Vec<(String, usize, bool)> = Vec::new();
        for (i, d) in divisions.iter().enumerate() {
            names.push((d.name.clone(), i, false));
            // A shared short name goes to its one highest-tier holder
            // (河南 → 河南省, not 河南蒙古族自治县), if there is one.
            let unique_top = by_name.get(&d.short).is_some_and(|v| {
                let top = v.iter().filter_map(|&j| divisions.get(j)).map(|x| x.level).min();
                let at_top: Vec<usize> = v
                    .iter()
                    .copied()
                    .filter(|&j| divisions.get(j).map(|x| x.level) == top)
                    .collect();
                at_top == [i]
            });
            let short_ok = d.short.chars().count() >= 2
                && d.short != d.name
                && (d.level != DivisionLevel::County || !d.name.ends_with('区'))
                && unique_top;
            if short_ok {
                names.push((d.short.clone(), i, d.level == DivisionLevel::County));
            }
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names.iter().map(|(n, _, _)| n.as_str()))
            .expect("division names form a valid automaton");
        let patterns = names.into_iter().map(|(_, i, short)| (i, short)).collect();
        Gazetteer { divisions, by_code, by_name, by_abbreviation, matcher, patterns }
    }

    /// Number of divisions.
    #[must_use]
    pub fn len(&self) -> usize {
        self.divisions.len()
    }

    /// True when the table is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.divisions.is_empty()
    }

    /// The division with this 6-digit code.
    #[must_use]
    pub fn get(&self, code: u32) -> Option<&Division> {
        self.by_code.get(&code).and_then(|&i| self.divisions.get(i))
    }

    /// The division of this full or short name; when a short name is shared,
    /// the highest tier wins (`吉林` → 吉林省).
    #[must_use]
    pub fn lookup(&self, name: &str) -> Option<&Division> {
        let ids = self.by_name.get(name)?;
        ids.iter().filter_map(|&i| self.divisions.get(i)).min_by_key(|d| (d.level, d.code))
    }

    /// The province whose 简称 is `abbreviation` (`豫` → 河南省).
    #[must_use]
    pub fn by_abbreviation(&self, abbreviation: &str) -> Option<&Division> {
        self.by_abbreviation.get(abbreviation).and_then(|&i| self.divisions.get(i))
    }

    /// The parent division.
    #[must_use]
    pub fn parent(&self, d: &Division) -> Option<&Division> {
        d.parent.and_then(|p| self.get(p))
    }

    /// The province a division lies in (itself for a province).
    #[must_use]
    pub fn province_of(&self, code: u32) -> Option<&Division> {
        let mut d = self.get(code)?;
        for _ in 0..4 {
            match self.parent(d) {
                Some(p) => d = p,
                None => break,
            }
        }
        Some(d)
    }

    /// The prefecture a county lies in (itself for a prefecture; `None` for a
    /// province or a county directly under its province).
    #[must_use]
    pub fn prefecture_of(&self, code: u32) -> Option<&Division> {
        let d = self.get(code)?;
        match d.level {
            DivisionLevel::Province => None,
            DivisionLevel::Prefecture => Some(d),
            DivisionLevel::County => {
                self.parent(d).filter(|p| p.level == DivisionLevel::Prefecture)
            }
        }
    }

    /// True when `inner` lies in `outer` (or is it).
    #[must_use]
    pub fn contains(&self, outer: u32, inner: u32) -> bool {
        let mut cur = self.get(inner);
        for _ in 0..4 {
            match cur {
                Some(d) if d.code == outer => return true,
                Some(d) => cur = self.parent(d),
                None => return false,
            }
        }
        false
    }

    /// Division names in `text`, leftmost-longest, as byte spans of `text`.
    /// Includes every county short name; [`Gazetteer::mentions`] filters them.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Mention> + 'a {
        self.matcher.find_iter(text).filter_map(|m| {
            let &(i, county_short) = self.patterns.get(m.pattern().as_usize())?;
            Some(Mention {
                span: Span::new(m.start(), m.end()),
                code: self.divisions.get(i)?.code,
                county_short,
            })
        })
    }

    /// Division names in `text` that are meant as places: a county's short
    /// name counts only right after its province or prefecture (`河南兰考`)
    /// or when the text also names that county in full (`兰考县`).
    #[must_use]
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let raw: Vec<Mention> = self.find_iter(text).collect();
        let full: Vec<u32> = raw.iter().filter(|m| !m.county_short).map(|m| m.code).collect();
        let mut out: Vec<Mention> = Vec::with_capacity(raw.len());
        for m in &raw {
            if m.county_short {
                let after_parent = out
                    .last()
                    .is_some_and(|p| p.span.end == m.span.start && self.contains(p.code, m.code));
                if !after_parent && !full.contains(&m.code) {
                    continue;
                }
            }
            out.push(*m);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containment() {
        let g = Gazetteer::builtin();
        let code = |n: &str| g.lookup(n).unwrap_or_else(|| panic!("{n} in gazetteer")).code;
        let rows: &[(&str, &str, bool)] = &[
            ("河南省", "郑州市", true),
            ("湖南", "岳阳", true),
            ("开封市", "兰考县", true),
            ("河南省", "兰考县", true),
            ("湖南省", "郑州市", false),
            ("岳阳市", "君山区", true),
            ("郑州", "兰考", false),
        ];
        for (outer, inner, want) in rows {
            assert_eq!(g.contains(code(outer), code(inner)), *want, "{inner} ⊂ {outer}");
        }
        assert_eq!(code("兰考县"), 410225);
        assert_eq!(g.province_of(410225).map(|d| d.name.as_str()), Some("河南省"));
        assert_eq!(g.prefecture_of(410225).map(|d| d.name.as_str()), Some("开封市"));
        assert_eq!(g.by_abbreviation("湘").map(|d| d.code), Some(430000));
        assert_eq!(g.by_abbreviation("黔").map(|d| d.code), Some(520000));
        assert_eq!(g.by_abbreviation("贵").map(|d| d.code), Some(520000));
        assert_eq!(g.get(430600).map(|d| d.short.as_str()), Some("岳阳"));
        assert!(g.len() > 3000);
    }

    #[test]
    fn mentions() {
        let g = Gazetteer::builtin();
        let text = "习近平总书记在河南兰考调研";
        let found: Vec<(&str, u32)> =
            g.mentions(text).iter().map(|m| (&text[m.span], m.code)).collect();
        assert_eq!(found, vec![("河南", 410000), ("兰考", 410225)]);
        // Plain words that are also county short names are not places.
        let text = "整合好组织资源，延长时间，和政府沟通";
        assert_eq!(g.mentions(text), vec![]);
        let text = "在兰考调研。兰考县";
        assert_eq!(g.mentions(text).len(), 2);
    }
}
