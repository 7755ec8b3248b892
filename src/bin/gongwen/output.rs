//! Writing JSON Lines, tables, progress and the summary line.

use std::borrow::Cow;
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

/// JSON text that line-splitting readers cannot split: serde_json's compact
/// output, with U+2028, U+2029 (JavaScript's and Python's `splitlines` line
/// breaks) and U+0085 (NEL, another `splitlines` break) written as `\u`
/// escapes. C0 controls are escaped by serde_json already.
struct LineSafe;

impl serde_json::ser::Formatter for LineSafe {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let bytes = fragment.as_bytes();
        let mut last = 0;
        let mut from = 0;
        while let Some((at, len, code)) = next_line_break(bytes, from) {
            writer.write_all(bytes.get(last..at).unwrap_or_default())?;
            write!(writer, "\\u{code:04x}")?;
            last = at + len;
            from = last;
        }
        writer.write_all(bytes.get(last..).unwrap_or_default())
    }
}

/// The next char at or after byte `from` that some readers take for a line
/// break and serde_json leaves raw (U+0085, U+2028, U+2029), as (byte offset,
/// byte length, code point). A byte scan for their lead bytes (`C2`, `E2`):
/// most strings hold neither, and this runs over every string of the output.
fn next_line_break(bytes: &[u8], from: usize) -> Option<(usize, usize, u32)> {
    let rest = bytes.get(from..)?;
    let mut i = 0;
    while let Some(k) = rest.get(i..)?.iter().position(|&b| b == 0xC2 || b == 0xE2) {
        let at = i + k;
        match rest.get(at..at + 3) {
            Some([0xC2, 0x85, ..]) => return Some((from + at, 2, 0x85)),
            Some([0xE2, 0x80, b @ (0xA8 | 0xA9)]) => {
                return Some((from + at, 3, 0x2000 + u32::from(*b - 0x80)));
            }
            // A two-byte tail: `C2 85` at the very end.
            None if rest.get(at..) == Some(&[0xC2, 0x85][..]) => {
                return Some((from + at, 2, 0x85));
            }
            _ => i = at + 1,
        }
    }
    None
}

/// Write `value` as JSON (no newline) with the line breaks of [`LineSafe`] escaped.
pub fn to_writer<W: ?Sized + Write>(out: &mut W, value: &impl serde::Serialize) -> Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, LineSafe);
    value.serialize(&mut ser)?;
    Ok(())
}

/// `s` made safe to print on a terminal: C0 and C1 controls (escape
/// sequences start with ESC or CSI), DEL, tab and line breaks, and the
/// bidirectional formatting chars that can reorder what a terminal shows
/// (Trojan Source, CVE-2021-42574) are shown as `\u{..}` escapes instead.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe_on_terminal) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe_on_terminal(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn is_unsafe_on_terminal(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// Keys whose `[start, end]` values are byte spans into the source.
const SPAN_KEYS: &[&str] =
    &["span", "sentence", "to_span", "marker_span", "heading", "body", "attachment"];

/// Write `value` as one JSON line, converting spans to char offsets when asked.
pub fn write_line<W: ?Sized + Write>(
    out: &mut W,
    value: &impl serde::Serialize,
    offsets: Offsets,
    source: &str,
) -> Result<()> {
    match offsets {
        Offsets::Bytes => to_writer(&mut *out, value)?,
        Offsets::Chars => {
            let mut v = serde_json::to_value(value)?;
            to_char_offsets(&mut v, &CharIndex::new(source));
            to_writer(&mut *out, &v)?;
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
        eprintln!("{}", summary_line(stats, self.started, records, what));
    }
}

/// The one-line summary every command prints on standard error: inputs,
/// documents, `count` things called `what`, errors, MB and MB/s since `started`.
pub fn summary_line(
    stats: &BatchStats,
    started: std::time::Instant,
    count: usize,
    what: &str,
) -> String {
    let secs = started.elapsed().as_secs_f64();
    let mb = stats.bytes as f64 / 1e6;
    format!(
        "gongwen: {} inputs, {} documents, {count} {what}, {} errors, {mb:.2} MB in {secs:.2} s ({:.2} MB/s)",
        stats.units,
        stats.documents,
        stats.errors,
        if secs > 0.0 { mb / secs } else { 0.0 },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_line_breaks_that_serde_json_keeps() {
        let mut out = Vec::new();
        let value = serde_json::json!({ "t\u{2028}k": "a\u{2028}b\u{2029}c\u{85}d\n关\u{1b}" });
        to_writer(&mut out, &value).expect("writes");
        let line = String::from_utf8(out).expect("UTF-8");
        assert_eq!(line, r#"{"t\u2028k":"a\u2028b\u2029c\u0085d\n关\u001b"}"#);
        let back: serde_json::Value = serde_json::from_str(&line).expect("parses");
        assert_eq!(back, value);
    }

    #[test]
    fn line_break_scan_agrees_with_a_char_scan() {
        let pieces = [
            "关", "\u{2028}", "\u{2029}", "\u{85}", "—", "“", "”", "·", "a", "\u{2027}",
            "\u{202a}", "\u{c2}",
        ];
        // Every string of up to four pieces.
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let next: Vec<String> = strings
                .iter()
                .flat_map(|s| pieces.iter().map(move |p| format!("{s}{p}")))
                .collect();
            strings.extend(next);
        }
        for s in &strings {
            let mut want = String::new();
            for c in s.chars() {
                match c {
                    '\u{85}' | '\u{2028}' | '\u{2029}' => {
                        want.push_str(&format!("\\u{:04x}", u32::from(c)));
                    }
                    _ => want.push(c),
                }
            }
            let mut got = Vec::new();
            serde_json::ser::Formatter::write_string_fragment(&mut LineSafe, &mut got, s)
                .expect("writes");
            assert_eq!(String::from_utf8(got).expect("UTF-8"), want, "{s:?}");
        }
    }

    #[test]
    fn terminal_safe_escapes_controls_and_bidi() {
        assert!(matches!(terminal_safe("关于印发《通知》"), Cow::Borrowed(_)));
        assert_eq!(terminal_safe("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(terminal_safe("\u{9b}2J\u{7f}\t"), "\\u{9b}2J\\u{7f}\\u{9}");
        assert_eq!(terminal_safe("x\u{202e}y\u{2066}"), "x\\u{202e}y\\u{2066}");
    }
}
