//! Rendering an [`EvalReport`]: the human table and the JSON summary.

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use crate::eval::{Category, EvalReport, Miss};

/// `x` rounded to 3 decimals, as the reference scorer rounds.
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

impl EvalReport {
    /// The scores as the reference scorer's `--json` prints them: per
    /// category `p`, `r`, `f1` (rounded to 3 decimals), `tp`, `pred`,
    /// `gold`; `cmp_ok` and `unit_ok` for quotas; `fields` for structure.
    #[must_use]
    pub fn categories_json(&self) -> Value {
        let s = &self.scores;
        let mut out = Map::new();
        for (cat, t) in &s.tallies {
            let mut v = json!({"p": round3(t.precision()), "r": round3(t.recall()),
                               "f1": round3(t.f1()), "tp": t.tp, "pred": t.pred, "gold": t.gold});
            if *cat == Category::Quotas {
                v["cmp_ok"] = json!(s.cmp_ok);
                v["unit_ok"] = json!(s.unit_ok);
            }
            if *cat == Category::Structure {
                let fields: Map<String, Value> = s
                    .fields
                    .iter()
                    .map(|(f, x)| (f.as_str().to_string(), json!(format!("{}/{}", x.ok, x.total))))
                    .collect();
                v["fields"] = Value::Object(fields);
            }
            out.insert(cat.as_str().to_string(), v);
        }
        Value::Object(out)
    }

    /// The whole report as JSON: `files`, `meta_dates`, `categories` (see
    /// [`EvalReport::categories_json`]) and the first `errors` errors per
    /// category with their totals.
    #[must_use]
    pub fn to_json(&self, errors: usize) -> Value {
        let errs: Map<String, Value> = self
            .scores
            .errors
            .iter()
            .map(|(cat, list)| {
                let shown: Vec<&Miss> = list.iter().take(errors).collect();
                (cat.as_str().to_string(), json!({"count": list.len(), "first": shown}))
            })
            .collect();
        json!({
            "files": self.files,
            "meta_dates": self.meta_dates,
            "categories": self.categories_json(),
            "errors": errs,
        })
    }

    /// A table: one line per category (`P`, `R`, `F1`, `tp`, `pred`,
    /// `gold`), the structure fields, then the first `errors` errors of
    /// each category. The score lines read as the reference scorer's.
    #[must_use]
    pub fn to_table(&self, errors: usize) -> String {
        let s = &self.scores;
        let mut out = String::new();
        let on = if self.meta_dates { "on" } else { "off" };
        let _ = writeln!(out, "annotated set: {} files, meta dates {on}", self.files);
        for (cat, t) in &s.tallies {
            let _ = write!(
                out,
                "{:16} P={:.3} R={:.3} F1={:.3} tp={} pred={} gold={}",
                cat.as_str(),
                round3(t.precision()),
                round3(t.recall()),
                round3(t.f1()),
                t.tp,
                t.pred,
                t.gold
            );
            if *cat == Category::Quotas {
                let _ = write!(out, " cmp_ok={} unit_ok={}", s.cmp_ok, s.unit_ok);
            }
            out.push('\n');
        }
        let fields: Vec<String> =
            s.fields.iter().map(|(f, x)| format!("{}={}/{}", f.as_str(), x.ok, x.total)).collect();
        let _ = writeln!(out, "structure fields: {}", fields.join(" "));
        if errors > 0 {
            for (cat, list) in &s.errors {
                let shown = errors.min(list.len());
                let _ = writeln!(out, "-- {}: {} errors, first {shown}", cat.as_str(), list.len());
                for miss in &list[..shown] {
                    let _ = writeln!(out, "   {}", miss_line(miss));
                }
            }
        }
        out
    }
}

/// One error on one line: `doc  what  context  got …  gold …`.
fn miss_line(m: &Miss) -> String {
    let mut line = format!("{}  {}", m.doc, m.what);
    if let Some(text) = &m.text {
        let _ = write!(line, "  {text}");
    }
    let show = |v: &Value| serde_json::to_string(v).unwrap_or_default();
    if let Some(got) = &m.got {
        let _ = write!(line, "  got {}", show(got));
    }
    if let Some(kind) = &m.kind {
        let _ = write!(line, " ({})", kind.as_str().unwrap_or_default());
    }
    if let Some(gold) = &m.gold {
        let _ = write!(line, "  gold {}", show(gold));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{Field, FieldTally, Scorecard, Tally};

    fn report() -> EvalReport {
        let mut scores = Scorecard::default();
        scores.tallies.insert(Category::Quotas, Tally { tp: 92, pred: 98, gold: 216 });
        scores.tallies.insert(Category::Structure, Tally { tp: 1, pred: 2, gold: 2 });
        scores.fields.insert(Field::Title, FieldTally { ok: 1, total: 2 });
        scores.cmp_ok = 90;
        scores.unit_ok = 92;
        let miss = Miss {
            doc: "d01".into(),
            what: "missed".into(),
            text: Some("推荐[1名]科研".into()),
            got: None,
            gold: Some(json!(["=", 1, null, "名"])),
            kind: None,
        };
        scores.errors.insert(Category::Quotas, vec![miss.clone(), miss]);
        EvalReport { files: 2, meta_dates: true, scores }
    }

    #[test]
    fn table_lines() {
        let table = report().to_table(1);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines[0], "annotated set: 2 files, meta dates on");
        assert_eq!(lines[1], "structure        P=0.500 R=0.500 F1=0.500 tp=1 pred=2 gold=2");
        assert_eq!(
            lines[2],
            "quotas           P=0.939 R=0.426 F1=0.586 tp=92 pred=98 gold=216 cmp_ok=90 unit_ok=92"
        );
        assert_eq!(lines[3], "structure fields: title=1/2");
        assert_eq!(lines[4], "-- quotas: 2 errors, first 1");
        assert_eq!(lines[5], r#"   d01  missed  推荐[1名]科研  gold ["=",1,null,"名"]"#);
        assert_eq!(lines.len(), 6);
    }

    #[test]
    fn json_summary() {
        let v = report().to_json(5);
        assert_eq!(v["categories"]["quotas"]["f1"], json!(0.586));
        assert_eq!(v["categories"]["structure"]["fields"]["title"], "1/2");
        assert_eq!(v["errors"]["quotas"]["count"], 2);
        assert_eq!(v["errors"]["quotas"]["first"][0]["text"], "推荐[1名]科研");
    }
}
