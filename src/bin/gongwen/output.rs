//! Writing JSON Lines, tables, progress and the summary line.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::time::Instant;

use anyhow::{Context as _, Result};
use gongwen::CharIndex;
use gongwen::corpus::batch::BatchStats;
use serde_json::Value;

use crate::args::{Offsets, OutputArgs};

/// Where output lines go.
pub fn writer(args: &OutputArgs) -> Result<Box<dyn Write>> {
    writer_to(args.output.as_deref())
}

/// A buffered writer to `path`, or to standard output when `None`.
pub fn writer_to(path: Option<&std::path::Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// True when `err` is a closed pipe (`gongwen extract … | head`): not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Keys whose `[start, end]` values are byte spans into the source.
const SPAN_KEYS: &[&str] =
    &["span", "sentence", "to_span", "marker_span", "heading", "body", "attachment"];

/// Write `value` as one JSON line, converting spans to char offsets when asked.
pub fn write_line(
    out: &mut dyn Write,
    value: &impl serde::Serialize,
    offsets: Offsets,
    source: &str,
) -> Result<()> {
    match offsets {
        Offsets::Bytes => serde_json::to_writer(&mut *out, value)?,
        Offsets::Chars => {
            let mut v = serde_json::to_value(value)?;
            to_char_offsets(&mut v, &CharIndex::new(source));
            serde_json::to_writer(&mut *out, &v)?;
        }
    }
    out.write_all(b"\n")?;
    Ok(())
}

fn to_char_offsets(v: &mut Value, idx: &CharIndex) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if SPAN_KEYS.contains(&k.as_str())
                    && let Some(pair) = as_span(child)
                    && let Some(s) = idx.char_span(pair)
                {
                    *child = serde_json::json!([s.start, s.end]);
                } else {
                    to_char_offsets(child, idx);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| to_char_offsets(c, idx)),
        _ => {}
    }
}

fn as_span(v: &Value) -> Option<gongwen::Span> {
    let a = v.as_array()?;
    match a.as_slice() {
        [s, e] => gongwen::Span::try_new(
            usize::try_from(s.as_u64()?).ok()?,
            usize::try_from(e.as_u64()?).ok()?,
        ),
        _ => None,
    }
}

/// Progress on standard error, when it is a terminal and not `--quiet`.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
    quiet: bool,
}

impl Progress {
    /// Start timing; show a spinner when standard error is a terminal.
    pub fn new(quiet: bool) -> Progress {
        let bar = (!quiet && io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {pos} documents, {msg} [{elapsed}]",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar
        });
        Progress { bar, started: Instant::now(), quiet }
    }

    /// One more document (or error) done.
    pub fn tick(&self, bytes: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            if bar.position().is_multiple_of(64) {
                bar.set_message(format!("{:.1} MB", bytes as f64 / 1e6));
            }
        }
    }

    /// Clear the spinner and print the one-line summary.
    pub fn finish(self, stats: &BatchStats, records: usize, what: &str) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.quiet {
            return;
        }
        let secs = self.started.elapsed().as_secs_f64();
        let mb = stats.bytes as f64 / 1e6;
        eprintln!(
            "gongwen: {} inputs, {} documents, {} {what}, {} errors, {mb:.2} MB in {secs:.2} s ({:.2} MB/s)",
            stats.units,
            stats.documents,
            records,
            stats.errors,
            if secs > 0.0 { mb / secs } else { 0.0 },
        );
    }
}
