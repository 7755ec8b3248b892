//! Who issued a document: the organ behind a 机关代字 (`豫群办发` → the Henan
//! provincial campaign office), its level and its region, and informal organ
//! names (`省委`, `市委活动办`) read relative to a document's own region.
//!
//! The table is `data/issuers/codes.txt`, embedded at build time.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

use super::gazetteer::{DivisionLevel, Gazetteer};

const CODES: &str = include_str!("../../data/issuers/codes.txt");

/// The administrative level of an organ or document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 中央: the party centre, the State Council and their offices.
    Central,
    /// 省级.
    Provincial,
    /// 地市级.
    Municipal,
    /// 县级.
    County,
}

impl Level {
    /// The level of organs of a division of this tier.
    #[must_use]
    pub fn of_division(level: DivisionLevel) -> Level {
        match level {
            DivisionLevel::Province => Level::Provincial,
            DivisionLevel::Prefecture => Level::Municipal,
            DivisionLevel::County => Level::County,
        }
    }

    /// Rank: 0 for central, 3 for county (smaller is higher).
    #[must_use]
    pub fn rank(self) -> u8 {
        self as u8
    }

    /// The name used in output (`central`, `provincial`, `municipal`, `county`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Provincial => "provincial",
            Level::Municipal => "municipal",
            Level::County => "county",
        }
    }
}

/// A resolved issuing organ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Issuer {
    /// The organ's name when the code tells it (`中共河南省委办公厅`).
    pub organ: Option<String>,
    /// Its level.
    pub level: Level,
    /// The code of its division in the gazetteer; `None` for central organs.
    pub region: Option<u32>,
}

/// Resolves 机关代字 and informal organ names. Build once, share by `&`.
#[derive(Debug)]
pub struct IssuerTable {
    codes: HashMap<String, (String, Level, Option<u32>)>,
    regions: HashMap<String, u32>,
    parts: HashMap<String, String>,
    max_code: usize,
    max_part: usize,
}

impl IssuerTable {
    /// The built-in table (`data/issuers/codes.txt`), parsed on first use.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::link::{IssuerTable, Level};
    /// let t = IssuerTable::builtin();
    /// let i = t.resolve_code("郑群办发").unwrap();
    /// assert_eq!(i.level, Level::Municipal);
    /// assert_eq!(i.region, Some(410100));
    /// assert_eq!(t.resolve_code("中办发").unwrap().level, Level::Central);
    /// ```
    #[must_use]
    pub fn builtin() -> &'static IssuerTable {
        static T: LazyLock<IssuerTable> =
            LazyLock::new(|| IssuerTable::parse(CODES, Gazetteer::builtin()));
        &T
    }

    /// A table from text in the format of `data/issuers/codes.txt`; division
    /// names resolve through `gazetteer`, unknown ones are skipped.
    #[must_use]
    pub fn parse(table: &str, gazetteer: &Gazetteer) -> IssuerTable {
        let mut codes = HashMap::new();
        let mut regions = HashMap::new();
        let mut parts = HashMap::new();
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            match f.as_slice() {
                ["code", code, organ, level, region] => {
                    let level = match *level {
                        "central" => Level::Central,
                        "provincial" => Level::Provincial,
                        "municipal" => Level::Municipal,
                        "county" => Level::County,
                        _ => continue,
                    };
                    let region = gazetteer.lookup(region).map(|d| d.code);
                    codes.insert((*code).to_owned(), ((*organ).to_owned(), level, region));
                }
                ["region", abbr, division] => {
                    if let Some(d) = gazetteer.lookup(division) {
                        regions.insert((*abbr).to_owned(), d.code);
                    }
                }
                ["part", part, organ] => {
                    parts.insert((*part).to_owned(), (*organ).to_owned());
                }
                _ => {}
            }
        }
        let max_code = codes.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        let max_part = parts.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        IssuerTable { codes, regions, parts, max_code, max_part }
    }

    /// The organ behind a 机关代字: an exact entry of the table, else a region
    /// abbreviation (`豫`, `郑`, …) followed by an organ part (`群办发`).
    /// A known region with an unknown organ part still resolves (organ `None`).
    #[must_use]
    pub fn resolve_code(&self, code: &str) -> Option<Issuer> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some((organ, level, region)) = self.codes.get(&code) {
            return Some(Issuer { organ: Some(organ.clone()), level: *level, region: *region });
        }
        let g = Gazetteer::builtin();
        // Region prefix: a province 简称 (one char, or 内蒙古) or a city abbreviation.
        let chars: Vec<(usize, char)> = code.char_indices().collect();
        for n in (1..=3.min(chars.len())).rev() {
            let end = chars.get(n).map_or(code.len(), |&(i, _)| i);
            let Some(prefix) = code.get(..end) else { continue };
            let region = g
                .by_abbreviation(prefix)
                .map(|d| d.code)
                .or_else(|| self.regions.get(prefix).copied());
            let Some(region) = region else { continue };
            let division = g.get(region)?;
            let rest = code.get(end..).unwrap_or("");
            let organ = self.organ_part(rest).map(|o| o.replace("{region}", &division.name));
            return Some(Issuer {
                organ,
                level: Level::of_division(division.level),
                region: Some(region),
            });
        }
        // A longer exact prefix (国办发明电 → 国办发).
        let mut best: Option<Issuer> = None;
        for n in (2..=self.max_code.min(chars.len())).rev() {
            let end = chars.get(n).map_or(code.len(), |&(i, _)| i);
            if let Some((organ, level, region)) = code.get(..end).and_then(|p| self.codes.get(p)) {
                best = Some(Issuer { organ: Some(organ.clone()), level: *level, region: *region });
                break;
            }
        }
        best
    }

    fn organ_part(&self, rest: &str) -> Option<&str> {
        if let Some(o) = self.parts.get(rest) {
            return Some(o);
        }
        // Longest known part that starts the rest (`政办发电` → `政办发`…).
        let chars: Vec<usize> = rest.char_indices().map(|(i, _)| i).collect();
        for n in (1..=self.max_part.min(chars.len())).rev() {
            let end = chars.get(n).copied().unwrap_or(rest.len());
            if let Some(o) = rest.get(..end).and_then(|p| self.parts.get(p)) {
                return Some(o);
            }
        }
        None
    }

    /// The region and level of an issuer written out in full
    /// (`中共郑州市委党的群众路线教育实践活动领导小组办公室` → 郑州市,
    /// municipal; `国务院办公厅` → central).
    #[must_use]
    pub fn resolve_name(&self, name: &str) -> Option<Issuer> {
        let squeezed: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        if squeezed.starts_with("中共中央")
            || squeezed.starts_with("国务院")
            || squeezed.starts_with("中央")
        {
            return Some(Issuer { organ: Some(squeezed), level: Level::Central, region: None });
        }
        let g = Gazetteer::builtin();
        // The most specific division named near the start of the organ name.
        let head: String = squeezed.chars().take(12).collect();
        let d = g.mentions(&head).iter().filter_map(|m| g.get(m.code)).max_by_key(|d| d.level)?;
        Some(Issuer {
            organ: Some(squeezed),
            level: Level::of_division(d.level),
            region: Some(d.code),
        })
    }

    /// An informal organ name (`省委`, `省活动办`, `市委`, `县政府`, `中央`)
    /// read relative to a document of region `home`: the organ of the
    /// division at that tier containing `home`.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::link::{IssuerTable, Level};
    /// let t = IssuerTable::builtin();
    /// // 省活动办 written in a 郑州 document is the Henan provincial office.
    /// let i = t.resolve_informal("省活动办", Some(410100)).unwrap();
    /// assert_eq!((i.level, i.region), (Level::Provincial, Some(410000)));
    /// ```
    #[must_use]
    pub fn resolve_informal(&self, name: &str, home: Option<u32>) -> Option<Issuer> {
        let g = Gazetteer::builtin();
        let first = name.chars().next()?;
        let (level, region) = match first {
            '中' | '党' => (Level::Central, None),
            '省' => (Level::Provincial, Some(g.province_of(home?)?.code)),
            '市' | '州' => (Level::Municipal, Some(g.prefecture_of(home?)?.code)),
            '县' | '区' => {
                let d = g.get(home?)?;
                (d.level == DivisionLevel::County).then_some(())?;
                (Level::County, Some(d.code))
            }
            _ => return None,
        };
        Some(Issuer { organ: Some(name.to_owned()), level, region })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        let t = IssuerTable::builtin();
        let rows: &[(&str, Level, Option<u32>, Option<&str>)] = &[
            ("中办发", Level::Central, None, Some("中共中央办公厅")),
            ("国办发", Level::Central, None, Some("国务院办公厅")),
            ("群办发", Level::Central, None, Some("中央党的群众路线教育实践活动领导小组办公室")),
            (
                "豫群办发",
                Level::Provincial,
                Some(410000),
                Some("中共河南省委党的群众路线教育实践活动领导小组办公室"),
            ),
            ("豫办", Level::Provincial, Some(410000), Some("中共河南省委办公厅")),
            ("湘办发电", Level::Provincial, Some(430000), Some("中共湖南省委办公厅")),
            (
                "郑群办发",
                Level::Municipal,
                Some(410100),
                Some("中共郑州市委党的群众路线教育实践活动领导小组办公室"),
            ),
            ("豫政办", Level::Provincial, Some(410000), Some("河南省人民政府办公厅")),
            ("宁政办明电发", Level::Provincial, Some(640000), Some("宁夏回族自治区人民政府办公厅")),
            ("国办发明电", Level::Central, None, Some("国务院办公厅")),
            ("岳办发", Level::Municipal, Some(430600), Some("中共岳阳市委办公厅")),
            ("豫新奇代字", Level::Provincial, Some(410000), None),
        ];
        for (code, level, region, organ) in rows {
            let i = t.resolve_code(code).unwrap_or_else(|| panic!("{code} resolves"));
            assert_eq!(
                (i.level, i.region, i.organ.as_deref()),
                (*level, *region, *organ),
                "{code}"
            );
        }
        assert_eq!(t.resolve_code("某某发"), None);
    }

    #[test]
    fn names_and_informal() {
        let t = IssuerTable::builtin();
        let i = t.resolve_name("中共郑州市委党的群众路线教育实践活动 领导小组办公室").unwrap();
        assert_eq!((i.level, i.region), (Level::Municipal, Some(410100)));
        let i = t.resolve_name("中共湖南省委办公厅").unwrap();
        assert_eq!((i.level, i.region), (Level::Provincial, Some(430000)));
        assert_eq!(t.resolve_name("中共中央办公厅").unwrap().level, Level::Central);
        type Row<'a> = (&'a str, Option<u32>, Option<(Level, Option<u32>)>);
        let rows: &[Row<'_>] = &[
            ("省委", Some(430600), Some((Level::Provincial, Some(430000)))),
            ("市委活动办", Some(430600), Some((Level::Municipal, Some(430600)))),
            ("省活动办", Some(410100), Some((Level::Provincial, Some(410000)))),
            ("市委", Some(410225), Some((Level::Municipal, Some(410200)))),
            ("中央", None, Some((Level::Central, None))),
            ("省委", None, None),
        ];
        for (name, home, want) in rows {
            let got = t.resolve_informal(name, *home).map(|i| (i.level, i.region));
            assert_eq!(got, *want, "{name} from {home:?}");
        }
    }
}
