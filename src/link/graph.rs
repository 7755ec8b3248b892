//! The link graph: documents (and the documents they cite that are not in
//! the corpus) as nodes, links as edges; a flat `Vec` with index ids.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::issuer::Level;
use crate::Span;

/// Index of a node in [`LinkGraph::nodes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The index as `usize`.
    #[must_use]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What links one document to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Relation {
    /// A 转发/印发/批转 notice and the document it forwards or issues.
    Forwards,
    /// A citation by 发文字号 or 《title》.
    Cites,
    /// 根据/按照/贯彻落实 … 精神/要求/部署: the document carries out the target.
    Implements,
    /// Passages taken from the target (`evidence.to_span` is the source passage).
    Reuses,
    /// A later version of the target: a statute of the same title with a
    /// later date, or an untitled text sharing most of both texts with an
    /// earlier one. Versions are not reuse: no `reuses` link joins them.
    VersionOf,
}

impl Relation {
    /// The name used in output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Forwards => "forwards",
            Relation::Cites => "cites",
            Relation::Implements => "implements",
            Relation::Reuses => "reuses",
            Relation::VersionOf => "version_of",
        }
    }
}

/// A document of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocNode {
    /// The source path as given.
    pub source: String,
    /// The logical document number inside the source.
    pub index: usize,
    /// The archive's id of its record, when there is one ([`crate::link::LinkDoc::id`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its 发文字号 as written.
    pub doc_number: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// Its date.
    pub date: Option<jiff::civil::Date>,
    /// The issuing organ's level.
    pub level: Option<Level>,
    /// The issuing organ's region: a gazetteer division code.
    pub region: Option<u32>,
    /// The region's name.
    pub region_name: Option<String>,
    /// The name of the division the region lies in (`河南省` for 郑州市).
    pub parent_region_name: Option<String>,
}

/// A document cited but not in the corpus, known by number or title.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExternalNode {
    /// Its 发文字号 as cited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// Its title as cited (or, for a speech, a description of it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The level its number's code gives, if any.
    #[serde(skip)]
    pub level: Option<Level>,
}

/// A node of the graph.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// A document of the corpus.
    Doc(DocNode),
    /// A document known only from citations.
    External(ExternalNode),
}

impl Node {
    /// The level of the node's issuer, if known.
    #[must_use]
    pub fn level(&self) -> Option<Level> {
        match self {
            Node::Doc(d) => d.level,
            Node::External(e) => e.level,
        }
    }

    /// A short human label: the number, else the title, else `source#index`.
    #[must_use]
    pub fn label(&self) -> String {
        match self {
            Node::Doc(d) => d
                .doc_number
                .clone()
                .or_else(|| d.title.as_ref().map(|t| t.chars().take(24).collect()))
                .unwrap_or_else(|| format!("{}#{}", short_path(&d.source), d.index)),
            Node::External(e) => {
                e.doc_number.clone().or_else(|| e.title.clone()).unwrap_or_default()
            }
        }
    }
}

fn short_path(p: &str) -> &str {
    p.rsplit(['/', '\\']).next().unwrap_or(p)
}

/// Why a link was made: a piece of the `from` document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// `&from_source[span]`.
    pub text: String,
    /// Byte span into the `from` document's decoded source.
    pub span: Span,
    /// For `reuses`: the byte span of the passage in the `to` document's source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_span: Option<Span>,
}

/// One link.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    /// The linking document (always a corpus document).
    pub from: NodeId,
    /// The linked document.
    pub to: NodeId,
    /// What kind of link.
    pub relation: Relation,
    /// Where the `from` document makes it.
    pub evidence: Evidence,
    /// Confidence in [0, 1].
    pub score: f64,
}

/// Documents and their links.
#[derive(Clone, Debug, Default)]
pub struct LinkGraph {
    pub(crate) nodes: Vec<Node>,
    pub(crate) links: Vec<Link>,
    pub(crate) docs: usize,
    pub(crate) reuse_candidates: usize,
    pub(crate) by_source: std::collections::HashMap<(String, usize), NodeId>,
}

/// One output line of `gongwen link`: a link with its endpoints spelled out.
#[derive(Clone, Copy, Debug)]
pub struct LinkRecord<'g> {
    graph: &'g LinkGraph,
    link: &'g Link,
}

impl LinkRecord<'_> {
    /// The link.
    #[must_use]
    pub fn link(&self) -> &Link {
        self.link
    }
}

struct Endpoint<'g>(&'g Node);

impl Serialize for Endpoint<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Node::Doc(d) => {
                let mut m = s.serialize_map(None)?;
                m.serialize_entry("source", &d.source)?;
                if let Some(id) = &d.id {
                    m.serialize_entry("id", id)?;
                }
                m.serialize_entry("index", &d.index)?;
                m.serialize_entry("doc_number", &d.doc_number)?;
                m.end()
            }
            Node::External(e) => e.serialize(s),
        }
    }
}

impl Serialize for LinkRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (Some(from), Some(to)) =
            (self.graph.node(self.link.from), self.graph.node(self.link.to))
        else {
            return Err(serde::ser::Error::custom("link endpoint outside the graph"));
        };
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("from", &Endpoint(from))?;
        m.serialize_entry("to", &Endpoint(to))?;
        m.serialize_entry("relation", &self.link.relation)?;
        m.serialize_entry("evidence", &self.link.evidence)?;
        m.serialize_entry("score", &self.link.score)?;
        m.end()
    }
}

impl LinkGraph {
    /// All nodes: the corpus documents first, in input order, then external ones.
    #[must_use]
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// All links, grouped by `from` in input order.
    #[must_use]
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    /// The node with this id.
    #[must_use]
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id.index())
    }

    /// Number of corpus documents (their ids are `0..doc_count()`).
    #[must_use]
    pub fn doc_count(&self) -> usize {
        self.docs
    }

    /// The id of the corpus document `index` of `source`.
    #[must_use]
    pub fn find_doc(&self, source: &str, index: usize) -> Option<NodeId> {
        self.by_source.get(&(source.to_owned(), index)).copied()
    }

    /// The id of the first logical document of the archive record with this
    /// archive id (`--jsonl-id`).
    #[must_use]
    pub fn find_archive_id(&self, archive_id: &str) -> Option<NodeId> {
        self.nodes[..self.docs.min(self.nodes.len())]
            .iter()
            .position(|n| matches!(n, Node::Doc(d) if d.id.as_deref() == Some(archive_id)))
            .and_then(|i| u32::try_from(i).ok())
            .map(NodeId)
    }

    /// The id of the node (corpus or external) with this 发文字号 as written.
    #[must_use]
    pub fn find_doc_number(&self, doc_number: &str) -> Option<NodeId> {
        self.nodes
            .iter()
            .position(|n| match n {
                Node::Doc(d) => d.doc_number.as_deref() == Some(doc_number),
                Node::External(e) => e.doc_number.as_deref() == Some(doc_number),
            })
            .map(|i| NodeId(i as u32))
    }

    /// Document pairs the reuse detector aligned (its LSH candidates): the
    /// measure of its cost, which grows with the corpus, not its square.
    #[must_use]
    pub fn reuse_candidate_pairs(&self) -> usize {
        self.reuse_candidates
    }

    /// Links leaving `id` (a binary search: links are sorted by `from`).
    pub fn outgoing(&self, id: NodeId) -> impl Iterator<Item = &Link> {
        let start = self.links.partition_point(|l| l.from < id);
        self.links.get(start..).unwrap_or(&[]).iter().take_while(move |l| l.from == id)
    }

    /// Links reaching `id`.
    pub fn incoming(&self, id: NodeId) -> impl Iterator<Item = &Link> {
        self.links.iter().filter(move |l| l.to == id)
    }

    /// The links as output records, in order.
    pub fn records(&self) -> impl Iterator<Item = LinkRecord<'_>> {
        self.links.iter().map(|link| LinkRecord { graph: self, link })
    }

    /// A document's path up to its highest source: from `doc`, follow at each
    /// step the outgoing link whose target stands highest (central before
    /// provincial before municipal …; unknown levels last), preferring
    /// forwards, then implements, cites and reuses among equals, until a node
    /// has no outgoing link or would repeat.
    ///
    /// Returns the links followed, in order (empty when `doc` links nowhere).
    #[must_use]
    pub fn chain(&self, doc: NodeId) -> Vec<&Link> {
        let mut path: Vec<&Link> = Vec::new();
        let mut seen = vec![doc];
        let mut cur = doc;
        while let Some(next) =
            self.outgoing(cur).filter(|l| !seen.contains(&l.to)).min_by_key(|l| {
                let level = self.node(l.to).and_then(Node::level).map_or(9, Level::rank);
                (level, l.relation, std::cmp::Reverse((l.score * 1000.0) as i64))
            })
        {
            path.push(next);
            seen.push(next.to);
            cur = next.to;
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(i: usize, level: Option<Level>) -> Node {
        Node::Doc(DocNode {
            source: format!("d{i}"),
            index: 0,
            id: None,
            doc_number: None,
            title: None,
            date: None,
            level,
            region: None,
            region_name: None,
            parent_region_name: None,
        })
    }

    fn link(from: u32, to: u32, relation: Relation) -> Link {
        Link {
            from: NodeId(from),
            to: NodeId(to),
            relation,
            evidence: Evidence { text: String::new(), span: Span::new(0, 0), to_span: None },
            score: 0.9,
        }
    }

    #[test]
    fn chain_climbs_to_the_highest_source_without_looping() {
        // county 0 → (reuses) municipal 1, (forwards) provincial 2; 2 → central 3; 3 → 0 (a loop).
        let nodes = vec![
            doc(0, Some(Level::County)),
            doc(1, Some(Level::Municipal)),
            doc(2, Some(Level::Provincial)),
            doc(3, Some(Level::Central)),
        ];
        let mut links = vec![
            link(0, 1, Relation::Reuses),
            link(0, 2, Relation::Forwards),
            link(2, 3, Relation::Cites),
            link(3, 0, Relation::Cites),
        ];
        links.sort_by_key(|l| l.from);
        let by_source = (0..4).map(|i| ((format!("d{i}"), 0), NodeId(i))).collect();
        let g = LinkGraph { nodes, links, docs: 4, reuse_candidates: 0, by_source };
        let path: Vec<u32> = g.chain(NodeId(0)).iter().map(|l| l.to.0).collect();
        assert_eq!(path, vec![2, 3]);
        assert_eq!(g.outgoing(NodeId(0)).count(), 2);
        assert_eq!(g.outgoing(NodeId(1)).count(), 0);
        assert_eq!(g.incoming(NodeId(0)).count(), 1);
        assert_eq!(g.find_doc("d2", 0), Some(NodeId(2)));
        assert!(g.chain(NodeId(1)).is_empty());
    }
}
