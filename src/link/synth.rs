//! Synthetic archives with planted links, and their evaluation.
//!
//! [`generate`] builds an archive of official-looking documents whose body
//! text is real: paragraphs of `laws.jsonl` and `xwlb.jsonl` (the shared
//! corpora), each used by at most one document, so that no two documents
//! share a passage by accident. Onto this it plants links whose truth is
//! known:
//!
//! - **forwards**: `现将《parent title》转发给你们` in a forwarding notice;
//! - **cites**: `《title》（number）` or the number alone, to a document of the
//!   archive, or to a number no document of the archive carries (an
//!   external target);
//! - **implements**: `根据《title》（number）精神` (which also cites);
//! - **reuses**: a paragraph of the parent copied into the child.
//!
//! Parents are earlier documents of a higher level (central → provincial →
//! municipal → county). Every document also carries a few boilerplate
//! sentences (请认真贯彻执行, 特此通知…) drawn from a small shared set, which
//! must not produce links. [`evaluate`] compares a [`LinkGraph`] with the
//! planted truth and gives precision and recall per relation.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::doc::LinkDoc;
use super::graph::{LinkGraph, Node, Relation};
use super::key::{DocKey, DocRef};
use crate::Result;
use crate::document::DocKind;

/// What to generate.
#[derive(Clone, Debug, PartialEq)]
pub struct SynthConfig {
    /// Number of documents.
    pub docs: usize,
    /// Seed of the pseudo-random generator (same seed, same archive).
    pub seed: u64,
    /// JSON Lines files whose `text` field supplies the paragraphs.
    pub corpora: Vec<PathBuf>,
    /// Share of documents that forward a parent.
    pub forwards: f64,
    /// Share of documents that cite a parent.
    pub cites: f64,
    /// Share of documents that implement a parent (and cite it).
    pub implements: f64,
    /// Share of documents that cite a number absent from the archive.
    pub external: f64,
    /// Share of documents that reuse a paragraph of a parent.
    pub reuses: f64,
}

impl SynthConfig {
    /// `docs` documents from `laws.jsonl` and `xwlb.jsonl` in `dir`, with the
    /// default mix (12% forwards, 20% cites, 10% implements, 8% external
    /// citations, 10% reuses).
    #[must_use]
    pub fn new(docs: usize, dir: &Path) -> SynthConfig {
        SynthConfig {
            docs,
            seed: 2014,
            corpora: vec![dir.join("laws.jsonl"), dir.join("xwlb.jsonl")],
            forwards: 0.12,
            cites: 0.20,
            implements: 0.10,
            external: 0.08,
            reuses: 0.10,
        }
    }
}

/// The target of a planted link.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlantedTarget {
    /// A document of the archive, by position.
    Doc(usize),
    /// A document number no document of the archive carries.
    External(DocKey),
}

/// One planted link.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Planted {
    /// The linking document, by position.
    pub from: usize,
    /// The linked document.
    pub to: PlantedTarget,
    /// The relation planted.
    pub relation: Relation,
}

/// A generated archive and its truth.
#[derive(Clone, Debug, Default)]
pub struct Archive {
    /// The documents, in date order.
    pub docs: Vec<LinkDoc>,
    /// The planted links.
    pub truth: Vec<Planted>,
    /// Paragraphs read from the corpora and kept (unique ones).
    pub paragraphs: usize,
}

/// splitmix64: small, seedable, good enough for sampling.
#[derive(Clone, Debug)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> Option<&'a T> {
        xs.get(self.below(xs.len()))
    }
}

/// A Bloom filter over 64-bit hashes (double hashing, 4 probes, about 32
/// bits an item: a false "seen" rejects a paragraph, so keep them rare).
struct Bloom {
    bits: Vec<u64>,
    mask: u64,
}

impl Bloom {
    fn new(items: usize) -> Bloom {
        let bits = (items.saturating_mul(32)).next_power_of_two().max(1 << 16);
        Bloom { bits: vec![0; bits / 64], mask: bits as u64 - 1 }
    }
    fn probes(&self, h: u64) -> impl Iterator<Item = (usize, u64)> + use<> {
        let (a, b) = (h, h.rotate_left(29) | 1);
        let mask = self.mask;
        (0..4u64).map(move |i| {
            let bit = a.wrapping_add(i.wrapping_mul(b)) & mask;
            ((bit / 64) as usize, 1u64 << (bit % 64))
        })
    }
    fn contains(&self, h: u64) -> bool {
        self.probes(h).all(|(w, m)| self.bits.get(w).is_some_and(|x| x & m != 0))
    }
    fn insert(&mut self, h: u64) {
        for (w, m) in self.probes(h).collect::<Vec<_>>() {
            if let Some(x) = self.bits.get_mut(w) {
                *x |= m;
            }
        }
    }
}

fn hash_chars(cs: &[char]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in cs {
        h ^= u64::from(c as u32);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^ (h >> 29)
}

/// Length of the passages that must not repeat between paragraphs, in
/// content chars (the reuse detector's shortest passage is 14).
const UNIQUE_GRAM: usize = 12;

/// Reads unique paragraphs from the corpora, lazily, until `want` are kept.
fn paragraphs(corpora: &[PathBuf], want: usize) -> Result<Vec<String>> {
    let mut out = Vec::with_capacity(want);
    let mut bloom = Bloom::new(want.saturating_mul(120));
    let banned =
        ["讲话", "省委", "市委", "县委", "省政府", "市政府", "中央", "转发", "印发", "批转"];
    for path in corpora {
        let file = std::fs::File::open(path).map_err(|e| crate::Error::io(path, e))?;
        for line in BufReader::new(file).lines() {
            if out.len() >= want {
                return Ok(out);
            }
            let Ok(line) = line else { break };
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
            let Some(text) = v.get("text").and_then(|t| t.as_str()) else { continue };
            for raw in text.split('\n') {
                for p in chunks(raw.trim()) {
                    if out.len() >= want {
                        return Ok(out);
                    }
                    let p: String = p
                        .chars()
                        .map(|c| match c {
                            '《' | '〈' => '“',
                            '》' | '〉' => '”',
                            '〔' | '［' | '[' | '【' => '（',
                            '〕' | '］' | ']' | '】' => '）',
                            c => c,
                        })
                        .collect();
                    let content: Vec<char> = p.chars().filter(|c| c.is_alphanumeric()).collect();
                    if content.len() < 30
                        || banned.iter().any(|b| p.contains(b))
                        || p.contains('号')
                    {
                        continue;
                    }
                    let grams: Vec<u64> = content.windows(UNIQUE_GRAM).map(hash_chars).collect();
                    if grams.iter().any(|&g| bloom.contains(g)) {
                        continue;
                    }
                    for g in grams {
                        bloom.insert(g);
                    }
                    out.push(p);
                }
            }
        }
    }
    Ok(out)
}

/// Pieces of at most ~200 chars, cut after a 。 where possible.
fn chunks(p: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = p;
    while rest.chars().count() > 200 {
        let limit = rest.char_indices().nth(200).map_or(rest.len(), |(i, _)| i);
        let head = rest.get(..limit).unwrap_or(rest);
        let cut = head
            .char_indices()
            .filter(|&(i, c)| c == '。' && i >= 90)
            .map(|(i, c)| i + c.len_utf8())
            .next_back()
            .unwrap_or(limit);
        out.push(rest.get(..cut).unwrap_or(""));
        rest = rest.get(cut..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

const BOILERPLATE: &[&str] = &[
    "请认真贯彻执行。",
    "特此通知。",
    "请结合实际认真贯彻落实。",
    "各地各部门要高度重视，加强组织领导，确保各项工作落到实处。",
    "执行中遇到的问题，请及时报告。",
    "本通知自印发之日起施行。",
    "请各单位认真组织学习，抓好贯彻落实。",
    "各级各部门要切实加强领导，精心组织实施。",
    "要加强宣传引导，营造良好氛围。",
    "请于每月底前报送工作进展情况。",
    "要强化督促检查，确保取得实效。",
    "联系人及电话另行通知。",
];

struct Meta {
    organ: String,
    number: DocRef,
    title: String,
    paragraphs: Vec<usize>,
}

const CENTRAL: &[(&str, &str)] = &[
    ("国发", "国务院"),
    ("国办发", "国务院办公厅"),
    ("中办发", "中共中央办公厅"),
    ("中发", "中共中央"),
];
const PROVINCES: &[(&str, &str)] = &[
    ("豫", "河南省"),
    ("湘", "湖南省"),
    ("鄂", "湖北省"),
    ("粤", "广东省"),
    ("鲁", "山东省"),
    ("浙", "浙江省"),
    ("苏", "江苏省"),
    ("川", "四川省"),
    ("晋", "山西省"),
    ("辽", "辽宁省"),
];
const CITIES: &[(&str, &str)] = &[
    ("郑", "郑州市"),
    ("洛", "洛阳市"),
    ("岳", "岳阳市"),
    ("长", "长沙市"),
    ("株", "株洲市"),
    ("衡", "衡阳市"),
    ("汉", "武汉市"),
    ("穗", "广州市"),
    ("深", "深圳市"),
    ("杭", "杭州市"),
];
const PARTS: &[(&str, &str)] =
    &[("政办发", "人民政府办公厅"), ("办发", "委办公厅"), ("政发", "人民政府")];

/// Generate an archive; `Ok(None)` when a corpus file is absent (callers skip).
///
/// # Errors
///
/// An `io` error when a corpus file exists but cannot be read.
pub fn generate(cfg: &SynthConfig) -> Result<Option<Archive>> {
    if cfg.corpora.iter().any(|p| !p.exists()) {
        return Ok(None);
    }
    let n = cfg.docs;
    let pool = paragraphs(&cfg.corpora, n.saturating_mul(2))?;
    if pool.len() < n {
        return Err(crate::Error::config(format!(
            "the corpora hold {} unique paragraphs, fewer than the {n} documents asked for",
            pool.len()
        )));
    }
    let mut rng = Rng(cfg.seed);
    let per_doc_extra = pool.len() - n; // docs that get a second paragraph
    let mut next_para = 0usize;
    let mut reused_paragraphs: HashSet<usize> = HashSet::new();
    let mut metas: Vec<Meta> = Vec::with_capacity(n);
    let mut by_level: [Vec<usize>; 4] = Default::default();
    let mut serials: std::collections::HashMap<(String, u16), u32> = Default::default();
    let mut docs = Vec::with_capacity(n);
    let mut truth = Vec::new();
    let start = jiff::civil::date(2010, 1, 1);
    for i in 0..n {
        let days = i64::try_from(i * 5000 / n.max(1)).unwrap_or(0);
        let date = start.checked_add(jiff::Span::new().days(days)).unwrap_or(start);
        let year = u16::try_from(date.year()).unwrap_or(2010);
        let r = rng.below(100);
        let level: u8 = if i < 20 || r < 3 {
            0
        } else if r < 20 {
            1
        } else if r < 55 {
            2
        } else {
            3
        };
        let (code, organ) = match level {
            0 => {
                let (c, o) = *rng.pick(CENTRAL).unwrap_or(&("国发", "国务院"));
                (c.to_owned(), o.to_owned())
            }
            1 | 2 => {
                let (abbr, region) = *rng
                    .pick(if level == 1 { PROVINCES } else { CITIES })
                    .unwrap_or(&("豫", "河南省"));
                let (part, name) = *rng.pick(PARTS).unwrap_or(&("政发", "人民政府"));
                let organ = if name.starts_with('委') {
                    format!("中共{region}{name}")
                } else {
                    format!("{region}{name}")
                };
                (format!("{abbr}{part}"), organ)
            }
            _ => {
                let (_, region) = *rng.pick(CITIES).unwrap_or(&("郑", "郑州市"));
                ("县政发".to_owned(), format!("{region}所辖县人民政府"))
            }
        };
        let serial = serials.entry((code.clone(), year)).or_insert(0);
        *serial += 1;
        let number_text = format!("{code}〔{year}〕{serial}号");
        let number =
            DocRef { text: number_text.clone(), code: code.clone(), year, serial: *serial };
        let mut paras = vec![next_para];
        next_para += 1;
        if i < per_doc_extra && rng.chance(0.9) && next_para < pool.len() {
            paras.push(next_para);
            next_para += 1;
        }
        let first = pool.get(paras[0]).map_or("", String::as_str);
        let topic: String =
            first.chars().filter(|c| c.is_alphanumeric()).skip(2).take(12).collect();
        // Parent: an earlier document of a higher level, recent if possible.
        let parent = (level > 0)
            .then(|| {
                let lv = rng.below(level as usize);
                let list = by_level.get(lv)?;
                let recent = list.len().saturating_sub(3000);
                let k = recent + rng.below(list.len() - recent);
                list.get(k).copied()
            })
            .flatten();
        let mut body: Vec<String> = Vec::new();
        let mut forwarding = false;
        let mut title = format!("关于{topic}的通知");
        if let Some(p) = parent
            && let Some(pm) = metas.get(p)
        {
            let pm: &Meta = pm;
            if rng.chance(cfg.forwards) {
                forwarding = true;
                title = format!("关于转发《{}》的通知", pm.title);
                body.push(format!(
                    "现将{}《{}》转发给你们，请结合实际认真贯彻落实。",
                    pm.organ, pm.title
                ));
                truth.push(Planted {
                    from: i,
                    to: PlantedTarget::Doc(p),
                    relation: Relation::Forwards,
                });
            } else if rng.chance(cfg.implements / (1.0 - cfg.forwards)) {
                if rng.chance(0.5) {
                    body.push(format!(
                        "根据《{}》（{}）精神，结合本地实际，现就有关事项通知如下。",
                        pm.title, pm.number.text
                    ));
                } else {
                    body.push(format!(
                        "为贯彻落实{}文件要求，现就有关事项通知如下。",
                        pm.number.text
                    ));
                }
                truth.push(Planted {
                    from: i,
                    to: PlantedTarget::Doc(p),
                    relation: Relation::Implements,
                });
                truth.push(Planted {
                    from: i,
                    to: PlantedTarget::Doc(p),
                    relation: Relation::Cites,
                });
            } else if rng.chance(cfg.cites / (1.0 - cfg.forwards - cfg.implements)) {
                if rng.chance(0.5) {
                    body.push(format!(
                        "{}《{}》（{}）对此已有明确规定。",
                        pm.organ, pm.title, pm.number.text
                    ));
                } else {
                    body.push(format!("有关事项另见{}。", pm.number.text));
                }
                truth.push(Planted {
                    from: i,
                    to: PlantedTarget::Doc(p),
                    relation: Relation::Cites,
                });
            }
            if rng.chance(cfg.reuses) {
                let src = pm.paragraphs.iter().copied().find(|x| !reused_paragraphs.contains(x));
                if let Some(src) = src
                    && let Some(text) = pool.get(src)
                {
                    reused_paragraphs.insert(src);
                    body.push(text.clone());
                    truth.push(Planted {
                        from: i,
                        to: PlantedTarget::Doc(p),
                        relation: Relation::Reuses,
                    });
                }
            }
        }
        if rng.chance(cfg.external) {
            let (c, _) = *rng.pick(CENTRAL).unwrap_or(&("国发", "国务院"));
            let ext_year = year.saturating_sub(1 + rng.below(3) as u16);
            let ext_serial = 9000 + rng.below(999) as u32;
            body.push(format!("参照{c}〔{ext_year}〕{ext_serial}号执行。"));
            truth.push(Planted {
                from: i,
                to: PlantedTarget::External(DocKey {
                    code: c.to_owned(),
                    year: ext_year,
                    serial: ext_serial,
                }),
                relation: Relation::Cites,
            });
        }
        for &k in &paras {
            if let Some(p) = pool.get(k) {
                body.insert(rng.below(body.len() + 1), p.clone());
            }
        }
        for _ in 0..2 + rng.below(2) {
            if let Some(b) = rng.pick(BOILERPLATE) {
                body.push((*b).to_owned());
            }
        }
        let header = format!("{organ}文件\n\n{number_text}\n\n");
        let text = format!(
            "{header}{title}\n\n各有关单位：\n\n{}\n\n{organ}\n{}年{}月{}日\n",
            body.join("\n\n"),
            date.year(),
            date.month(),
            date.day()
        );
        let title_start = header.len();
        let mut doc = LinkDoc::new(format!("synth/{i:06}.txt"), 0, text, 0);
        doc.doc_number = Some(number.clone());
        doc.issuer = Some(organ.clone());
        doc.title_span = Some(crate::Span::new(title_start, title_start + title.len()));
        doc.title = Some(title.clone());
        doc.date = Some(date);
        doc.kind = DocKind::Notice;
        doc.forwarding = forwarding;
        doc.scan_citations();
        docs.push(doc);
        if let Some(list) = by_level.get_mut(level as usize) {
            list.push(i);
        }
        metas.push(Meta { organ, number, title, paragraphs: paras });
    }
    truth.sort();
    truth.dedup();
    Ok(Some(Archive { docs, truth, paragraphs: pool.len() }))
}

/// Precision and recall of one relation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelationScore {
    /// The relation.
    pub relation: Relation,
    /// Links planted.
    pub planted: usize,
    /// Links found by the linker (distinct `from`, `to` pairs).
    pub found: usize,
    /// Found links that were planted.
    pub correct: usize,
    /// `correct / found` (1 when nothing was found).
    pub precision: f64,
    /// `correct / planted` (1 when nothing was planted).
    pub recall: f64,
}

/// Compare a graph of an archive with the archive's planted truth.
///
/// Links to external targets that carry no document number (speeches,
/// titles alone) count as found and wrong.
#[must_use]
pub fn evaluate(truth: &[Planted], graph: &LinkGraph) -> Vec<RelationScore> {
    let target_of = |id: super::graph::NodeId| -> Option<PlantedTarget> {
        match graph.node(id)? {
            Node::Doc(_) => Some(PlantedTarget::Doc(id.index())),
            Node::External(e) => {
                let n = DocRef::parse(e.doc_number.as_deref()?)?;
                Some(PlantedTarget::External(n.key()))
            }
        }
    };
    let mut found: HashSet<Planted> = HashSet::new();
    let mut unresolvable: HashSet<(usize, Relation, super::graph::NodeId)> = HashSet::new();
    for l in graph.links() {
        match target_of(l.to) {
            Some(to) => {
                found.insert(Planted { from: l.from.index(), to, relation: l.relation });
            }
            None => {
                unresolvable.insert((l.from.index(), l.relation, l.to));
            }
        }
    }
    let truth: HashSet<&Planted> = truth.iter().collect();
    [Relation::Forwards, Relation::Cites, Relation::Implements, Relation::Reuses]
        .into_iter()
        .map(|relation| {
            let planted = truth.iter().filter(|p| p.relation == relation).count();
            let extra = unresolvable.iter().filter(|u| u.1 == relation).count();
            let mine: Vec<&Planted> = found.iter().filter(|p| p.relation == relation).collect();
            let correct = mine.iter().filter(|p| truth.contains(**p)).count();
            let found = mine.len() + extra;
            let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
            RelationScore {
                relation,
                planted,
                found,
                correct,
                precision: ratio(correct, found),
                recall: ratio(correct, planted),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_and_bloom() {
        let mut r = Rng(1);
        let a: Vec<usize> = (0..5).map(|_| r.below(10)).collect();
        let mut r = Rng(1);
        let b: Vec<usize> = (0..5).map(|_| r.below(10)).collect();
        assert_eq!(a, b);
        let mut bloom = Bloom::new(100);
        bloom.insert(42);
        assert!(bloom.contains(42));
        assert!(!bloom.contains(43));
    }

    #[test]
    fn chunks_cut_after_full_stops() {
        let long = "一二三四五六七八九十。".repeat(40);
        let parts = chunks(&long);
        assert!(parts.len() >= 2);
        assert!(parts.iter().all(|p| p.chars().count() <= 200 && p.ends_with('。')));
        assert_eq!(parts.concat(), long);
    }

    #[test]
    fn missing_corpora_skip() {
        let cfg = SynthConfig::new(10, Path::new("/nonexistent"));
        assert!(generate(&cfg).unwrap().is_none());
    }
}
