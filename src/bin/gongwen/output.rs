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
use gongwen::corpus::json;

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

/// Write `value` as JSON (no newline): serde_json's compact output, with
/// U+2028, U+2029 (JavaScript's and Python's `splitlines` line breaks) and
/// U+0085 (NEL, another `splitlines` break) written as `\u` escapes as well
/// (see [`json::LineJson`]).
pub fn to_writer<W: ?Sized + Write>(out: &mut W, value: &impl serde::Serialize) -> Result<()> {
    value.serialize(&mut json::LineJson::new(out))?;
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

    /// The former writer, kept as the reference [`json::LineJson`] must match:
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
    fn reference_to_writer<W: ?Sized + Write>(
        out: &mut W,
        value: &impl serde::Serialize,
    ) -> Result<()> {
        let mut ser = serde_json::Serializer::with_formatter(out, LineSafe);
        value.serialize(&mut ser)?;
        Ok(())
    }

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

    /// Strings that stress the escaping scan: C0 controls, DEL, quotes,
    /// backslashes, the three line breaks, chars sharing their lead bytes
    /// (`C2 A0`, `E2 80 94`, `E2 80 A7`, `E2 80 AA`), a lone lead byte's
    /// neighbours, CJK, a four-byte emoji.
    const PIECES: &[&str] = &[
        "关", "\u{2028}", "\u{2029}", "\u{85}", "—", "“", "”", "·", "a", "\u{2027}", "\u{202a}",
        "\u{c2}", "\u{a0}", "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{c}", "\u{0}", "\u{1f}",
        "\u{1b}", "\u{7f}", "😀", "\u{80}", "/", "\u{e2}",
    ];

    /// What serde_json writes for `s`, plus the three line breaks as `\u` escapes.
    fn escaped_by_chars(s: &str) -> String {
        let mut want = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => want.push_str("\\\""),
                '\\' => want.push_str("\\\\"),
                '\n' => want.push_str("\\n"),
                '\r' => want.push_str("\\r"),
                '\t' => want.push_str("\\t"),
                '\u{8}' => want.push_str("\\b"),
                '\u{c}' => want.push_str("\\f"),
                '\u{0}'..='\u{1f}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                    want.push_str(&format!("\\u{:04x}", u32::from(c)));
                }
                _ => want.push(c),
            }
        }
        want.push('"');
        want
    }

    #[test]
    fn escaping_agrees_with_a_char_scan_and_serde_json() {
        // Every string of up to three pieces, then pseudo-random longer ones.
        let mut strings = vec![String::new()];
        for _ in 0..3 {
            let next: Vec<String> = strings
                .iter()
                .flat_map(|s| PIECES.iter().map(move |p| format!("{s}{p}")))
                .collect();
            strings.extend(next);
        }
        let mut next = crate::test_rng::xorshift(0x5EED_0007);
        for _ in 0..20_000 {
            let len = next() % 40;
            let s: String = (0..len)
                .map(|_| PIECES[usize::try_from(next() % PIECES.len() as u64).expect("small")])
                .collect();
            strings.push(s);
        }
        for s in &strings {
            let mut got = Vec::new();
            json::write_escaped(&mut got, s).expect("writes");
            let got = String::from_utf8(got).expect("UTF-8");
            assert_eq!(got, escaped_by_chars(s), "{s:?}");
            let mut reference = Vec::new();
            reference_to_writer(&mut reference, &s).expect("writes");
            assert_eq!(got.as_bytes(), reference, "{s:?}");
        }
    }

    /// Every shape serde can ask for, with awkward strings in keys and values.
    #[derive(serde::Serialize)]
    enum Shape<'a> {
        Unit,
        Newtype(&'a str),
        Tuple(u8, &'a str),
        Struct { a: Option<f64>, b: char },
    }

    #[derive(serde::Serialize)]
    struct Shapes<'a> {
        shapes: Vec<Shape<'a>>,
        numbers: (i8, i64, u64, i128, u128, f32, f64, f64, f64),
        empty: (Vec<u8>, std::collections::BTreeMap<String, u8>, ()),
        bytes: &'a [u8],
        #[serde(with = "serde_bytes_free")]
        raw: &'a [u8],
        int_keys: std::collections::BTreeMap<i32, bool>,
        bool_keys: std::collections::BTreeMap<bool, Option<()>>,
        char_keys: std::collections::BTreeMap<char, Shape<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        unit: Unit,
        newtype: Newtype<'a>,
    }

    mod serde_bytes_free {
        pub fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(v)
        }
    }

    #[derive(serde::Serialize)]
    struct Unit;

    #[derive(serde::Serialize)]
    struct Newtype<'a>(&'a str);

    #[test]
    fn writer_agrees_with_serde_json_on_every_shape() {
        for (i, s) in PIECES.iter().enumerate() {
            let value = Shapes {
                shapes: vec![
                    Shape::Unit,
                    Shape::Newtype(s),
                    Shape::Tuple(7, s),
                    Shape::Struct { a: Some(0.1 * i as f64), b: s.chars().next().unwrap_or('x') },
                    Shape::Struct { a: None, b: '\u{2028}' },
                ],
                numbers: (
                    -8,
                    i64::MIN,
                    u64::MAX,
                    i128::MIN,
                    u128::MAX,
                    1.5e-7,
                    1e300,
                    f64::NAN,
                    -0.0,
                ),
                empty: (Vec::new(), std::collections::BTreeMap::new(), ()),
                bytes: s.as_bytes(),
                raw: s.as_bytes(),
                int_keys: [(-1, true), (i32::MAX, false)].into(),
                bool_keys: [(true, None), (false, Some(()))].into(),
                char_keys: s.chars().map(|c| (c, Shape::Newtype(s))).collect(),
                skipped: None,
                unit: Unit,
                newtype: Newtype(s),
            };
            let (mut got, mut want) = (Vec::new(), Vec::new());
            to_writer(&mut got, &value).expect("writes");
            reference_to_writer(&mut want, &value).expect("writes");
            assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&want));
            let mut map = serde_json::Map::new();
            map.insert((*s).to_owned(), serde_json::json!([s, {"k": s, "n": -3, "f": 2.5}]));
            let value = serde_json::Value::Object(map);
            let (mut got, mut want) = (Vec::new(), Vec::new());
            to_writer(&mut got, &value).expect("writes");
            reference_to_writer(&mut want, &value).expect("writes");
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn writer_agrees_with_serde_json_on_real_records() {
        use gongwen::corpus::{Encoding, record::ExtractRecord};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut paths = Vec::new();
        for dir in ["docs", "devset/texts", "genres/texts"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
            paths.extend(entries.filter_map(|e| Some(e.ok()?.path())));
        }
        paths.sort();
        assert!(paths.len() >= 4, "the seeds are there");
        let analyzer = gongwen::Analyzer::new();
        for path in &paths {
            let text = std::fs::read_to_string(path).expect("UTF-8 text");
            let analysis = analyzer.analyze(&text, &gongwen::Meta::default());
            for report in &analysis.documents {
                let record = ExtractRecord::new("a\u{2028}.txt", Encoding::Utf8, None, report);
                let (mut got, mut want) = (Vec::new(), Vec::new());
                to_writer(&mut got, &record).expect("writes");
                reference_to_writer(&mut want, &record).expect("writes");
                assert!(got == want, "{}", path.display());
                let (mut got, mut want) = (Vec::new(), Vec::new());
                write_line(&mut got, &record, Offsets::Chars, &text).expect("writes");
                let mut v = serde_json::to_value(&record).expect("a value");
                to_char_offsets(&mut v, &CharIndex::new(&text));
                reference_to_writer(&mut want, &v).expect("writes");
                want.push(b'\n');
                assert!(got == want, "{} (chars)", path.display());
            }
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
