//! Linking the seed corpus: forwards, cites, implements, reuses.

use gongwen::document::DocKind;
use gongwen::link::{self, DocRef, LinkDoc, LinkGraph, Linker, Node, NodeId, Relation, export};

use crate::common::{seed_path, seed_text};

fn date(y: i16, m: i8, d: i8) -> Option<jiff::civil::Date> {
    Some(jiff::civil::date(y, m, d))
}

/// The byte range of the first occurrence of `needle` in `hay`, from `from` on.
fn find(hay: &str, needle: &str, from: usize) -> (usize, usize) {
    let at = hay[from..].find(needle).unwrap_or_else(|| panic!("{needle:?} in seed")) + from;
    (at, at + needle.len())
}

struct Seeds {
    sources: Vec<(String, String)>, // (path, text)
    docs: Vec<LinkDoc>,
}

/// LinkDocs built by hand from what the seeds say (header fields read off the text).
fn seeds() -> Seeds {
    let mut sources = Vec::new();
    let mut docs = Vec::new();
    let mut add = |prefix: &str,
                   cuts: &[(usize, &str)],
                   fill: &dyn Fn(usize, &str, &mut LinkDoc)| {
        let path = seed_path(prefix).display().to_string();
        let text = seed_text(prefix);
        // cuts: (index, marker where the logical document starts)
        let starts: Vec<usize> =
            cuts.iter().map(|(_, m)| if m.is_empty() { 0 } else { find(&text, m, 0).0 }).collect();
        for (k, &(index, _)) in cuts.iter().enumerate() {
            let start = starts[k];
            let end = starts.get(k + 1).copied().unwrap_or(text.len());
            let mut d = LinkDoc::new(path.clone(), index, &text[start..end], start);
            fill(index, &text, &mut d);
            d.scan_citations();
            docs.push(d);
        }
        sources.push((path, text));
    };
    add("001", &[(0, "")], &|_, _, d| {
        d.kind = DocKind::Speech;
        d.date = date(2014, 4, 8);
    });
    add("002", &[(0, "")], &|_, t, d| {
        d.kind = DocKind::News;
        let (s, e) = find(t, "郑州实实在在抓好第二批主题教育", 0);
        d.title = Some(t[s..e].to_owned());
        d.title_span = Some(gongwen::Span::new(s, e));
    });
    add("003", &[(0, "")], &|_, t, d| {
        d.kind = DocKind::Notice;
        d.doc_number = DocRef::parse("湘办发电〔2014〕35号");
        d.issuer = Some("中共湖南省委办公厅".into());
        let (s, _) = find(t, "关于认真学习贯彻", 0);
        let (_, e) = find(t, "讲话的通知", s);
        d.title = Some(t[s..e].to_owned());
        d.title_span = Some(gongwen::Span::new(s, e));
        d.date = date(2014, 3, 19);
    });
    add(
        "004",
        &[(0, ""), (1, "中共河南省委党的群众路线教育实践活动")],
        &|index, t, d| {
            d.kind = DocKind::Notice;
            d.forwarding = true;
            if index == 0 {
                d.doc_number = DocRef::parse("郑群办发〔2014〕21号");
                d.issuer = Some("中共郑州市委党的群众路线教育实践活动 领导小组办公室".into());
                let (s, _) = find(t, "关于转发省活动办", 0);
                let (_, e) = find(t, "的通知》的通知", s);
                d.title = Some(t[s..e].to_owned());
                d.title_span = Some(gongwen::Span::new(s, e));
                d.date = date(2014, 3, 22);
            } else {
                d.doc_number = DocRef::parse("豫群办发〔2014〕5号");
                d.issuer = Some("中共河南省委党的群众路线教育实践活动 领导小组办公室".into());
                let (s, _) = find(t, "关于印发《第二批", 0);
                let (_, e) = find(t, "》的通知", s);
                d.title = Some(t[s..e].to_owned());
                d.title_span = Some(gongwen::Span::new(s, e));
                d.date = date(2014, 3, 14);
            }
        },
    );
    Seeds { sources, docs }
}

fn graph() -> (Seeds, LinkGraph) {
    let s = seeds();
    let g = Linker::new().link(s.docs.clone());
    (s, g)
}

fn doc_id(g: &LinkGraph, prefix: &str, index: usize) -> NodeId {
    let path = seed_path(prefix).display().to_string();
    g.find_doc(&path, index).unwrap_or_else(|| panic!("{prefix}#{index} in graph"))
}

fn has(g: &LinkGraph, from: NodeId, to: NodeId, r: Relation) -> bool {
    g.outgoing(from).any(|l| l.to == to && l.relation == r)
}

#[test]
fn every_evidence_span_slices_its_source() {
    let (s, g) = graph();
    assert!(!g.links().is_empty());
    for l in g.links() {
        let Some(Node::Doc(from)) = g.node(l.from) else { panic!("from is a corpus doc") };
        let src = &s.sources.iter().find(|(p, _)| *p == from.source).unwrap().1;
        assert_eq!(&src.as_str()[l.evidence.span], l.evidence.text, "{l:?}");
        if let Some(ts) = l.evidence.to_span {
            let Some(Node::Doc(to)) = g.node(l.to) else { panic!("reuse target is a corpus doc") };
            let tsrc = &s.sources.iter().find(|(p, _)| *p == to.source).unwrap().1;
            assert!(tsrc.get(ts.start..ts.end).is_some(), "{l:?}");
        }
        assert!((0.0..=1.0).contains(&l.score));
    }
}

#[test]
fn seed_004_city_notice_forwards_the_provincial_notice() {
    let (_, g) = graph();
    let city = doc_id(&g, "004", 0);
    let prov = doc_id(&g, "004", 1);
    let l = g
        .outgoing(city)
        .find(|l| l.to == prov && l.relation == Relation::Forwards)
        .expect("郑群办发〔2014〕21号 forwards 豫群办发〔2014〕5号");
    assert!(l.evidence.text.contains("10个方面重点问题"), "{:?}", l.evidence);
    // The forwarded notice is not also counted as a plain citation.
    assert!(!has(&g, city, prov, Relation::Cites));
}

#[test]
fn seed_004_provincial_notice_cites_central_and_provincial_documents() {
    let (_, g) = graph();
    let prov = doc_id(&g, "004", 1);
    for number in ["中办发〔2014〕4号", "豫办〔2014〕3号", "豫群办发〔2014〕4号"]
    {
        let to = g.find_doc_number(number).unwrap_or_else(|| panic!("{number} is a node"));
        assert!(matches!(g.node(to), Some(Node::External(_))), "{number} is not in the corpus");
        let l = g
            .outgoing(prov)
            .find(|l| l.to == to && l.relation == Relation::Cites)
            .unwrap_or_else(|| panic!("豫群办发〔2014〕5号 cites {number}"));
        assert!(l.evidence.text.contains(number), "{:?}", l.evidence);
    }
    // 根据《…》（中办发〔2014〕4号）…精神: also implements.
    let central = g.find_doc_number("中办发〔2014〕4号").unwrap();
    assert!(has(&g, prov, central, Relation::Implements));
    // The chain from the city notice reaches the central document.
    let city = doc_id(&g, "004", 0);
    let chain: Vec<NodeId> = g.chain(city).iter().map(|l| l.to).collect();
    assert_eq!(chain.first(), Some(&prov));
    assert_eq!(chain.last(), Some(&central), "{chain:?}");
}

#[test]
fn seed_003_cites_the_central_office_and_implements_the_lankao_speech() {
    let (_, g) = graph();
    let hunan = doc_id(&g, "003", 0);
    let to = g.find_doc_number("群办发〔2014〕4号").expect("群办发〔2014〕4号 is a node");
    let l = g.outgoing(hunan).find(|l| l.to == to && l.relation == Relation::Cites).expect("cites");
    assert!(l.evidence.text.ends_with("（群办发〔2014〕4号）"), "{:?}", l.evidence);
    let speech = g
        .outgoing(hunan)
        .find(|l| {
            l.relation == Relation::Implements
                && matches!(g.node(l.to), Some(Node::External(e)) if e.title.as_deref().is_some_and(|t| t.contains("兰考")))
        })
        .expect("003 implements the 兰考 speech");
    assert!(speech.evidence.text.contains("学习贯彻习近平总书记"), "{:?}", speech.evidence);
}

#[test]
fn seed_001_city_speech_takes_up_the_provincial_notice() {
    let (_, g) = graph();
    let yueyang = doc_id(&g, "001", 0);
    let hunan = doc_id(&g, "003", 0);
    let Some(Node::Doc(node)) = g.node(yueyang) else { panic!("001 is a document") };
    assert_eq!(node.region_name.as_deref(), Some("岳阳市"));
    assert_eq!(node.parent_region_name.as_deref(), Some("湖南省"));
    assert_eq!(node.level, Some(link::Level::Municipal));
    let l = g
        .outgoing(yueyang)
        .find(|l| l.to == hunan && l.relation == Relation::Implements)
        .expect("001 implements 003 (省委 read as the Hunan provincial committee)");
    assert!(l.evidence.text.contains("省委"), "{:?}", l.evidence);
    // Partly in its very words.
    let reused: Vec<&str> = g
        .outgoing(yueyang)
        .filter(|l| l.to == hunan && l.relation == Relation::Reuses)
        .map(|l| l.evidence.text.as_str())
        .collect();
    assert!(reused.contains(&"把学习弘扬焦裕禄精神作为一条红线贯穿教育实践活动始终"), "{reused:?}");
    // Both documents implement the same speech.
    let speech_of = |id| {
        g.outgoing(id)
            .filter(|l| l.relation == Relation::Implements)
            .find(|l| matches!(g.node(l.to), Some(Node::External(_))))
            .map(|l| l.to)
    };
    assert!(speech_of(yueyang).is_some());
    assert_eq!(speech_of(yueyang), speech_of(hunan));
    // Its chain climbs to the province, then to the central office.
    let chain: Vec<NodeId> = g.chain(yueyang).iter().map(|l| l.to).collect();
    assert_eq!(chain, vec![hunan, g.find_doc_number("群办发〔2014〕4号").unwrap()]);
}

#[test]
fn seed_002_news_has_no_link_to_the_2014_documents() {
    let (_, g) = graph();
    let news = doc_id(&g, "002", 0);
    let old: Vec<NodeId> = [("001", 0), ("003", 0), ("004", 0), ("004", 1)]
        .iter()
        .map(|(p, i)| doc_id(&g, p, *i))
        .collect();
    for l in g.links() {
        let bad =
            (l.from == news && old.contains(&l.to)) || (l.to == news && old.contains(&l.from));
        assert!(!bad, "false link {l:?}");
    }
}

#[test]
fn records_follow_the_schema() {
    let (_, g) = graph();
    let lines: Vec<serde_json::Value> =
        g.records().map(|r| serde_json::to_value(r).expect("serialises")).collect();
    assert_eq!(lines.len(), g.links().len());
    for v in &lines {
        for field in ["from", "to", "relation", "evidence", "score"] {
            assert!(v.get(field).is_some(), "{field} in {v}");
        }
        assert!(v["from"]["source"].is_string() && v["from"]["index"].is_u64());
        assert!(v["evidence"]["span"].is_array());
    }
    let external = lines
        .iter()
        .find(|v| v["to"]["doc_number"] == "中办发〔2014〕4号")
        .expect("a link to 中办发〔2014〕4号");
    assert!(external["to"].get("source").is_none(), "external targets carry no source");
}

#[test]
fn exports_are_well_formed() {
    let (_, g) = graph();
    let dot = export::to_dot(&g);
    assert!(dot.contains("->") && dot.trim_end().ends_with('}'));
    let xml = export::to_graphml(&g);
    assert_eq!(xml.matches("<edge ").count(), g.links().len());
    // Every data value is escaped: no raw markup, every & starts an entity.
    let mut values = 0;
    for line in xml.lines().filter(|l| l.trim_start().starts_with("<data key=")) {
        let inner = &line[line.find('>').unwrap() + 1..line.rfind("</data>").unwrap()];
        assert!(!inner.contains('<') && !inner.contains('>'), "{line}");
        for (at, _) in inner.match_indices('&') {
            let rest = &inner[at..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].iter().any(|e| rest.starts_with(e)),
                "{line}"
            );
        }
        values += 1;
    }
    assert!(values > 50);
    // DOT labels: quotes inside a label are escaped.
    for line in dot.lines().filter(|l| l.contains("label=\"")) {
        let label = &line[line.find("label=\"").unwrap() + 7..];
        let end = label.find("\",").or_else(|| label.find("\"]")).unwrap();
        let body = &label[..end];
        let mut prev = ' ';
        for c in body.chars() {
            assert!(c != '"' || prev == '\\', "{line}");
            prev = c;
        }
    }
    if std::env::var_os("GONGWEN_WRITE_GRAPH").is_some() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("link-graph.dot"), dot).unwrap();
        std::fs::write(dir.join("link-graph.graphml"), xml).unwrap();
    }
}

#[test]
fn print_links_for_review() {
    let (_, g) = graph();
    for r in g.records() {
        eprintln!("{}", serde_json::to_string(&r).unwrap());
    }
}

/// The shared corpora folder, from the worktree or the main checkout.
fn corpora_dir() -> Option<std::path::PathBuf> {
    crate::common::shared_corpus("laws.jsonl")
        .and_then(|p| p.parent().map(std::path::Path::to_path_buf))
        .or_else(|| {
            let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora");
            p.join("laws.jsonl").exists().then_some(p)
        })
}

#[test]
fn synthetic_archive_links_are_found_with_high_precision_and_recall() {
    use gongwen::link::synth::{self, SynthConfig};
    let Some(dir) = corpora_dir() else {
        eprintln!("shared corpora absent: skipping the synthetic archive test");
        return;
    };
    let archive = synth::generate(&SynthConfig::new(2_000, &dir))
        .expect("generates")
        .expect("corpora present");
    assert_eq!(archive.docs.len(), 2_000);
    let graph = Linker::new().link(archive.docs.clone());
    // Sub-quadratic: far fewer aligned pairs than all pairs.
    assert!(graph.reuse_candidate_pairs() < 2_000 * 20, "{}", graph.reuse_candidate_pairs());
    for s in synth::evaluate(&archive.truth, &graph) {
        eprintln!("{s:?}");
        assert!(s.planted > 20, "{s:?}");
        assert!(s.precision >= 0.95 && s.recall >= 0.95, "{s:?}");
    }
}

/// Coverage of the issuer table on real 发文字号 (`doc_numbers.jsonl`): the
/// share of parsed codes that resolve to an organ's level and region, and the
/// share whose region agrees with the publishing government of the record.
#[test]
fn issuer_codes_cover_real_document_numbers() {
    use gongwen::link::{IssuerTable, Level};
    let Some(dir) = corpora_dir() else {
        eprintln!("shared corpora absent: skipping the issuer coverage test");
        return;
    };
    let text = std::fs::read_to_string(dir.join("doc_numbers.jsonl")).expect("readable");
    let expected = |organ: &str| -> Option<Option<u32>> {
        let table: &[(&str, Option<u32>)] = &[
            ("State Council", None),
            ("Henan", Some(410000)),
            ("Shanghai", Some(310000)),
            ("Guangdong", Some(440000)),
            ("Shanxi", Some(140000)),
            ("Yunnan", Some(530000)),
            ("Sichuan", Some(510000)),
            ("Liaoning", Some(210000)),
            ("Hubei", Some(420000)),
            ("Chongqing", Some(500000)),
            ("Ningxia", Some(640000)),
        ];
        table.iter().find(|(k, _)| organ.starts_with(k)).map(|(_, v)| *v)
    };
    let t = IssuerTable::builtin();
    let (mut parsed, mut resolved, mut agree) = (0usize, 0usize, 0usize);
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let Some(number) = v["doc_number"].as_str().and_then(DocRef::parse) else { continue };
        parsed += 1;
        let Some(issuer) = t.resolve_code(&number.code) else { continue };
        resolved += 1;
        let want = v["organ"].as_str().and_then(expected);
        let ok = match (want, issuer.level) {
            (Some(None), Level::Central) => true,
            (Some(Some(p)), _) => issuer.region == Some(p),
            _ => false,
        };
        agree += usize::from(ok);
    }
    let share = |a: usize| a as f64 / parsed.max(1) as f64;
    eprintln!(
        "doc_numbers.jsonl: {parsed} parsed, {resolved} resolve ({:.3}), {agree} agree with the publisher ({:.3})",
        share(resolved),
        share(agree)
    );
    assert!(parsed > 30_000);
    assert!(share(resolved) >= 0.95, "{:.3}", share(resolved));
    assert!(share(agree) >= 0.90, "{:.3}", share(agree));
}
