//! The links table: one flat row per link of a [`LinkGraph`], the content
//! of `gongwen link`'s JSON records (`from`, `to`, `relation`, `evidence`,
//! `score`) with the endpoints and the evidence spread over columns.
//!
//! `from_doc_id` and `to_doc_id` are `source#index`, the `doc_id` of the
//! extract tables ([`crate::corpus::table`]), so links join documents;
//! `to_doc_id` is empty when the target is a document cited but not in the
//! inputs (known by `to_doc_number` and/or `to_title` only). `from_id` and
//! `to_id` are the archive ids (`--jsonl-id`, [`crate::link::LinkDoc::with_id`]),
//! empty when there are none. Spans are UTF-8 byte offsets into the decoded
//! source, end exclusive: `evidence_start..evidence_end` in the `from`
//! document's source, `to_span_start..to_span_end` (for `reuses`) in the
//! `to` document's. [`FIELDS`] is the one layout, with types.
//!
//! # Examples
//!
//! ```
//! use gongwen::corpus::link_table::{self, LinkRow};
//! use gongwen::link::LinkGraph;
//! assert!(LinkRow::from_graph(&LinkGraph::default()).is_empty());
//! assert_eq!(link_table::columns()[0], "from_doc_id");
//! ```

use serde::Serialize;

use crate::corpus::table::{Column, ColumnType, names};
use crate::link::{LinkGraph, Node};

/// A row of the links table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LinkRow<'g> {
    /// `source#index` of the linking document.
    pub from_doc_id: String,
    /// Its archive id.
    pub from_id: Option<&'g str>,
    /// Its source path as given.
    pub from_source: &'g str,
    /// Its logical document number inside the source.
    pub from_index: usize,
    /// Its 发文字号.
    pub from_doc_number: Option<&'g str>,
    /// `source#index` of the linked document; `None` when it is not in the inputs.
    pub to_doc_id: Option<String>,
    /// Its archive id.
    pub to_id: Option<&'g str>,
    /// Its source path, when it is in the inputs.
    pub to_source: Option<&'g str>,
    /// Its logical document number, when it is in the inputs.
    pub to_index: Option<usize>,
    /// Its 发文字号 (as written, or as cited).
    pub to_doc_number: Option<&'g str>,
    /// The title it is cited by, for a document not in the inputs.
    pub to_title: Option<&'g str>,
    /// `forwards`, `cites`, `implements`, `reuses` or `version_of`.
    pub relation: &'static str,
    /// The evidence in the `from` document.
    pub evidence: &'g str,
    /// Byte span start of the evidence in the `from` source.
    pub evidence_start: usize,
    /// Byte span end (exclusive).
    pub evidence_end: usize,
    /// For `reuses`: byte span start of the passage in the `to` source.
    pub to_span_start: Option<usize>,
    /// Its end (exclusive).
    pub to_span_end: Option<usize>,
    /// Confidence in [0, 1].
    pub score: f64,
}

impl<'g> LinkRow<'g> {
    /// One row per link of the graph, in the order of [`LinkGraph::links`]
    /// (the order of `gongwen link`'s JSON lines). A link whose `from` is
    /// not a corpus document (never made by the linker) is left out.
    #[must_use]
    pub fn from_graph(graph: &'g LinkGraph) -> Vec<LinkRow<'g>> {
        graph
            .links()
            .iter()
            .filter_map(|link| {
                let Some(Node::Doc(from)) = graph.node(link.from) else { return None };
                let to = graph.node(link.to)?;
                let (to_doc_id, to_id, to_source, to_index, to_doc_number, to_title) = match to {
                    Node::Doc(d) => (
                        Some(format!("{}#{}", d.source, d.index)),
                        d.id.as_deref(),
                        Some(d.source.as_str()),
                        Some(d.index),
                        d.doc_number.as_deref(),
                        None,
                    ),
                    Node::External(e) => {
                        (None, None, None, None, e.doc_number.as_deref(), e.title.as_deref())
                    }
                };
                Some(LinkRow {
                    from_doc_id: format!("{}#{}", from.source, from.index),
                    from_id: from.id.as_deref(),
                    from_source: &from.source,
                    from_index: from.index,
                    from_doc_number: from.doc_number.as_deref(),
                    to_doc_id,
                    to_id,
                    to_source,
                    to_index,
                    to_doc_number,
                    to_title,
                    relation: link.relation.as_str(),
                    evidence: &link.evidence.text,
                    evidence_start: link.evidence.span.start,
                    evidence_end: link.evidence.span.end,
                    to_span_start: link.evidence.to_span.map(|s| s.start),
                    to_span_end: link.evidence.to_span.map(|s| s.end),
                    score: link.score,
                })
            })
            .collect()
    }
}

use ColumnType::{F64, Text, U64};

const fn col(name: &'static str, ty: ColumnType) -> Column {
    Column { name, ty, nullable: false }
}

const fn opt(name: &'static str, ty: ColumnType) -> Column {
    Column { name, ty, nullable: true }
}

/// The links table's columns with their types, in the order of
/// [`LinkRow`]'s fields: the one layout CSV, Arrow and Parquet follow.
pub const FIELDS: &[Column] = &[
    col("from_doc_id", Text),
    opt("from_id", Text),
    col("from_source", Text),
    col("from_index", U64),
    opt("from_doc_number", Text),
    opt("to_doc_id", Text),
    opt("to_id", Text),
    opt("to_source", Text),
    opt("to_index", U64),
    opt("to_doc_number", Text),
    opt("to_title", Text),
    col("relation", Text),
    col("evidence", Text),
    col("evidence_start", U64),
    col("evidence_end", U64),
    opt("to_span_start", U64),
    opt("to_span_end", U64),
    col("score", F64),
];

const NAMES: [&str; FIELDS.len()] = names(FIELDS);

/// The column names (the CSV header), in the order of [`FIELDS`].
#[must_use]
pub fn columns() -> &'static [&'static str] {
    &NAMES
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `FIELDS` is the field order of `LinkRow`, as serde sees it.
    #[test]
    fn columns_match_the_row_fields() {
        let row = LinkRow {
            from_doc_id: String::new(),
            from_id: None,
            from_source: "",
            from_index: 0,
            from_doc_number: None,
            to_doc_id: None,
            to_id: None,
            to_source: None,
            to_index: None,
            to_doc_number: None,
            to_title: None,
            relation: "cites",
            evidence: "",
            evidence_start: 0,
            evidence_end: 0,
            to_span_start: None,
            to_span_end: None,
            score: 1.0,
        };
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(&row).expect("serialises");
        let bytes = w.into_inner().expect("flushes");
        let text = String::from_utf8(bytes).expect("UTF-8");
        let header: Vec<&str> = text.lines().next().unwrap_or_default().split(',').collect();
        assert_eq!(header, columns());
    }
}
