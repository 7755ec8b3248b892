//! `extract --format table` (for a person) and `--format csv` (for a
//! program): both built from the library's [`Rows`].

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use gongwen::corpus::link_table::{self, LinkRow};
use gongwen::corpus::record::ExtractRecord;
use gongwen::corpus::table::{Rows, Table};
use serde::Serialize;

use crate::output::terminal_safe;

/// Width of the document column of the human table, in terminal columns.
const DOC_WIDTH: usize = 36;
/// Longest finding text shown, in chars.
const TEXT_CHARS: usize = 40;

/// The header row of `--format table`.
pub fn table_header(out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "{}  {}  {}  {}  标题",
        pad("文档 (source#index)", DOC_WIDTH),
        pad("文种", 4),
        pad("发文字号", 22),
        pad("成文日期", 10)
    )?;
    Ok(())
}

/// One document of `--format table`: a row of header fields, then one
/// indented line per finding (directives are counted by modality). Every
/// field taken from a document goes through [`terminal_safe`].
pub fn table_document(out: &mut Vec<u8>, r: &ExtractRecord<'_, '_>) -> Result<()> {
    let doc = format!("{}#{}", r.source, r.index);
    let title: String = r.title.map_or("-", |t| t.as_str()).split_whitespace().collect();
    writeln!(
        out,
        "{}  {}  {}  {}  {}",
        pad(&terminal_safe(&shorten_left(&doc, DOC_WIDTH)), DOC_WIDTH),
        pad(r.kind.name_zh(), 4),
        pad(&terminal_safe(r.doc_number.map_or("-", |n| n.as_str())), 22),
        pad(&r.date.map_or_else(|| "-".to_string(), |d| d.value().to_string()), 10),
        terminal_safe(&shorten(&title, TEXT_CHARS)),
    )?;
    let line = |out: &mut Vec<u8>, what: &str, value: &str, text: &str| -> Result<()> {
        writeln!(
            out,
            "    {}  {}  {}",
            pad(what, 4),
            pad(&terminal_safe(value), 22),
            terminal_safe(&shorten(&one_line(text), TEXT_CHARS))
        )?;
        Ok(())
    };
    for d in r.deadlines {
        let value = match (d.start, d.end) {
            (Some(s), Some(e)) if s != e => format!("{s}..{e}"),
            (_, Some(e)) => e.to_string(),
            _ => "(未定)".to_string(),
        };
        line(out, "期限", &value, d.text)?;
    }
    for q in r.quotas {
        let value = match q.max {
            Some(max) => format!("{}-{}{}", number(q.value), number(max), q.unit),
            None => format!("{} {}{}", q.comparator.as_str(), number(q.value), q.unit),
        };
        line(out, "指标", &value, q.text)?;
    }
    for s in r.statistics {
        let value = format!("{}{}{}", if s.approx { "~" } else { "" }, number(s.value), s.unit);
        line(out, "统计", &value, s.text)?;
    }
    // A slogan once per name, with how often it occurs.
    let mut slogans: Vec<(&str, usize, String)> = Vec::new();
    for s in r.slogans {
        match slogans.iter_mut().find(|(name, _, _)| *name == s.name) {
            Some((_, n, _)) => *n += 1,
            None => {
                let expansion = s.expansion.as_ref().map(|e| e.join("、")).unwrap_or_default();
                slogans.push((&s.name, 1, expansion));
            }
        }
    }
    for (name, n, expansion) in &slogans {
        let value = if *n > 1 { format!("{name} ×{n}") } else { (*name).to_string() };
        line(out, "提法", &value, expansion)?;
    }
    for c in r.citations {
        let role = serde_json::to_value(c.role).ok();
        let role = role.as_ref().and_then(|v| v.as_str()).unwrap_or("-");
        line(out, "引用", role, c.text)?;
    }
    if !r.directives.is_empty() {
        let mut by: Vec<(String, usize)> = Vec::new();
        for d in r.directives {
            let m = serde_json::to_value(d.directive.modality).ok();
            let m = m.as_ref().and_then(|v| v.as_str()).unwrap_or("-").to_string();
            match by.iter_mut().find(|(k, _)| *k == m) {
                Some((_, n)) => *n += 1,
                None => by.push((m, 1)),
            }
        }
        let summary: Vec<String> = by.iter().map(|(m, n)| format!("{m} {n}")).collect();
        line(out, "要求", &r.directives.len().to_string(), &summary.join(", "))?;
    }
    for w in &r.warnings {
        line(out, "注意", "", w)?;
    }
    Ok(())
}

/// An error line of `--format table`.
pub fn table_error(out: &mut dyn Write, source: &str, message: &str) -> Result<()> {
    writeln!(
        out,
        "{}  error: {}",
        pad(&terminal_safe(&shorten_left(source, DOC_WIDTH)), DOC_WIDTH),
        terminal_safe(message)
    )?;
    Ok(())
}

/// A number without a needless `.0`.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 { format!("{}", v as i64) } else { format!("{v}") }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `n` chars, with `…` when cut.
fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// At most `width` terminal columns, cut at the start (the end of a path
/// names the file).
fn shorten_left(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_string();
    }
    let mut kept = Vec::new();
    let mut used = 1;
    for c in s.chars().rev() {
        used += char_width(c);
        if used > width {
            break;
        }
        kept.push(c);
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

/// `s` padded with spaces to `width` terminal columns.
fn pad(s: &str, width: usize) -> String {
    let w = display_width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Terminal columns of a char: 2 for East Asian wide and full-width chars.
fn char_width(c: char) -> usize {
    match u32::from(c) {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// The CSV files of `--format csv`, one per [`Table`], in a folder.
pub struct CsvTables {
    files: Vec<(PathBuf, BufWriter<File>)>,
}

/// The CSV lines (no header) of one source's rows, per table.
pub type CsvChunk = [Vec<u8>; Table::ALL.len()];

impl CsvTables {
    /// Create `dir` (and its parents) and one `NAME.csv` per table, each
    /// with its header row. Existing tables of the same names are replaced.
    pub fn create(dir: &Path) -> Result<CsvTables> {
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let mut files = Vec::new();
        for table in Table::ALL {
            let path = dir.join(format!("{}.csv", table.name()));
            let file =
                File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
            let mut w = csv::Writer::from_writer(BufWriter::new(file));
            w.write_record(table.columns())?;
            let file = w.into_inner().map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            files.push((path, file));
        }
        Ok(CsvTables { files })
    }

    /// Append one chunk, table by table.
    pub fn append(&mut self, chunk: &CsvChunk) -> Result<()> {
        for ((path, file), bytes) in self.files.iter_mut().zip(chunk) {
            file.write_all(bytes).with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }

    /// Flush every file.
    pub fn finish(mut self) -> Result<()> {
        for (path, file) in &mut self.files {
            file.flush().with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }
}

/// `dir/name`, after creating `dir` (and its parents).
pub fn table_path(dir: &Path, name: &str) -> Result<PathBuf> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir.join(name))
}

/// Write the links table `dir/links.csv` (replacing it), header first;
/// returns its path.
pub fn write_links_csv(dir: &Path, rows: &[LinkRow<'_>]) -> Result<PathBuf> {
    let path = table_path(dir, "links.csv")?;
    let file = File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
    // The header from the one layout, so an empty table has it too.
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(BufWriter::new(file));
    w.write_record(link_table::columns())?;
    for row in rows {
        w.serialize(row)?;
    }
    w.flush().with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

/// Append the rows to `chunk` as CSV lines.
pub fn csv_rows(chunk: &mut CsvChunk, rows: &Rows<'_>) -> Result<()> {
    let [
        documents,
        deadlines,
        quotas,
        statistics,
        slogans,
        directives,
        citations,
        warnings,
        errors,
    ] = chunk;
    append(documents, &rows.documents)?;
    append(deadlines, &rows.deadlines)?;
    append(quotas, &rows.quotas)?;
    append(statistics, &rows.statistics)?;
    append(slogans, &rows.slogans)?;
    append(directives, &rows.directives)?;
    append(citations, &rows.citations)?;
    append(warnings, &rows.warnings)?;
    append(errors, &rows.errors)?;
    Ok(())
}

fn append<T: Serialize>(buf: &mut Vec<u8>, rows: &[T]) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(buf);
    for row in rows {
        w.serialize(row)?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_and_cuts() {
        assert_eq!(display_width("通知ab"), 6);
        assert_eq!(pad("通知", 6), "通知  ");
        assert_eq!(shorten("一二三四五", 3), "一二…");
        assert_eq!(shorten_left("corpus/docs/003.txt#0", 10), "…003.txt#0");
        assert_eq!(number(5.0), "5");
        assert_eq!(number(0.5), "0.5");
    }
}
