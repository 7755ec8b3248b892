//! Graph export: Graphviz DOT and GraphML, hand-written with correct escaping.

use std::fmt::Write as _;

use super::graph::{LinkGraph, Node, Relation};

/// Escape a string for a DOT double-quoted ID (`"` and `\` escaped, line
/// breaks as `\n`).
#[must_use]
pub fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escape a string for XML text and attribute values.
#[must_use]
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids are dropped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn style(r: Relation) -> (&'static str, &'static str) {
    match r {
        Relation::Forwards => ("#1f77b4", "bold"),
        Relation::Cites => ("#555555", "solid"),
        Relation::Implements => ("#2ca02c", "dashed"),
        Relation::Reuses => ("#d62728", "dotted"),
        Relation::VersionOf => ("#9467bd", "bold"),
    }
}

fn node_label(n: &Node) -> String {
    match n {
        Node::Doc(d) => {
            let mut l = n.label();
            if let Some(r) = &d.region_name {
                l.push('\n');
                l.push_str(r);
            }
            if let Some(date) = d.date {
                let _ = write!(l, " {date}");
            }
            l
        }
        Node::External(_) => n.label(),
    }
}

/// The graph in Graphviz DOT: corpus documents as boxes (labelled with
/// number or title, region and date), external ones as dashed ellipses,
/// edges coloured by relation.
///
/// # Examples
///
/// ```
/// use gongwen::link::{export, LinkGraph};
/// let dot = export::to_dot(&LinkGraph::default());
/// assert!(dot.starts_with("digraph links {"));
/// ```
#[must_use]
pub fn to_dot(g: &LinkGraph) -> String {
    let mut out = String::from(
        "digraph links {\n  rankdir=BT;\n  node [fontname=\"sans-serif\", fontsize=11];\n  edge [fontname=\"sans-serif\", fontsize=9];\n",
    );
    for (i, n) in g.nodes().iter().enumerate() {
        let shape = match n {
            Node::Doc(_) => "shape=box",
            Node::External(_) => "shape=ellipse, style=dashed",
        };
        let _ = writeln!(out, "  n{i} [label=\"{}\", {shape}];", dot_escape(&node_label(n)));
    }
    // One edge per (from, to, relation); reuse passages are counted.
    let mut edges: Vec<(u32, u32, Relation, usize)> = Vec::new();
    for l in g.links() {
        match edges.iter_mut().find(|e| e.0 == l.from.0 && e.1 == l.to.0 && e.2 == l.relation) {
            Some(e) => e.3 += 1,
            None => edges.push((l.from.0, l.to.0, l.relation, 1)),
        }
    }
    for (f, t, r, count) in edges {
        let (color, st) = style(r);
        let label =
            if count > 1 { format!("{} ×{count}", r.as_str()) } else { r.as_str().to_owned() };
        let _ = writeln!(
            out,
            "  n{f} -> n{t} [label=\"{}\", color=\"{color}\", style={st}];",
            dot_escape(&label)
        );
    }
    out.push_str("}\n");
    out
}

/// The graph in GraphML, with node attributes `label`, `kind` (`doc` or
/// `external`), `source`, `index`, `doc_number`, `title`, `level`, `region`,
/// `date`, and edge attributes `relation`, `score`, `evidence`, `span`.
#[must_use]
pub fn to_graphml(g: &LinkGraph) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
    );
    for (id, target, ty) in [
        ("label", "node", "string"),
        ("kind", "node", "string"),
        ("source", "node", "string"),
        ("index", "node", "int"),
        ("doc_number", "node", "string"),
        ("title", "node", "string"),
        ("level", "node", "string"),
        ("region", "node", "string"),
        ("date", "node", "string"),
        ("relation", "edge", "string"),
        ("score", "edge", "double"),
        ("evidence", "edge", "string"),
        ("span", "edge", "string"),
        ("to_span", "edge", "string"),
    ] {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{target}\" attr.name=\"{id}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"links\" edgedefault=\"directed\">\n");
    let data = |out: &mut String, key: &str, v: &str| {
        let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", xml_escape(v));
    };
    for (i, n) in g.nodes().iter().enumerate() {
        let _ = writeln!(out, "    <node id=\"n{i}\">");
        data(&mut out, "label", &n.label());
        match n {
            Node::Doc(d) => {
                data(&mut out, "kind", "doc");
                data(&mut out, "source", &d.source);
                data(&mut out, "index", &d.index.to_string());
                if let Some(x) = &d.doc_number {
                    data(&mut out, "doc_number", x);
                }
                if let Some(x) = &d.title {
                    data(&mut out, "title", x);
                }
                if let Some(x) = d.level {
                    data(&mut out, "level", x.as_str());
                }
                if let Some(x) = &d.region_name {
                    data(&mut out, "region", x);
                }
                if let Some(x) = d.date {
                    data(&mut out, "date", &x.to_string());
                }
            }
            Node::External(e) => {
                data(&mut out, "kind", "external");
                if let Some(x) = &e.doc_number {
                    data(&mut out, "doc_number", x);
                }
                if let Some(x) = &e.title {
                    data(&mut out, "title", x);
                }
            }
        }
        out.push_str("    </node>\n");
    }
    for (k, l) in g.links().iter().enumerate() {
        let _ =
            writeln!(out, "    <edge id=\"e{k}\" source=\"n{}\" target=\"n{}\">", l.from.0, l.to.0);
        data(&mut out, "relation", l.relation.as_str());
        data(&mut out, "score", &format!("{:.3}", l.score));
        data(&mut out, "evidence", &l.evidence.text);
        data(&mut out, "span", &format!("{} {}", l.evidence.span.start, l.evidence.span.end));
        if let Some(t) = l.evidence.to_span {
            data(&mut out, "to_span", &format!("{} {}", t.start, t.end));
        }
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        let rows: &[(&str, &str, &str)] = &[
            ("a\"b", "a\\\"b", "a&quot;b"),
            ("x\\y", "x\\\\y", "x\\y"),
            ("<《通知》&>", "<《通知》&>", "&lt;《通知》&amp;&gt;"),
            ("一\n二", "一\\n二", "一\n二"),
            ("it's\u{1}", "it's\u{1}", "it&apos;s"),
        ];
        for (input, dot, xml) in rows {
            assert_eq!(dot_escape(input), *dot, "dot {input:?}");
            assert_eq!(xml_escape(input), *xml, "xml {input:?}");
        }
    }
}
