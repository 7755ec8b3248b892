//! Walking input paths, standard input and JSON Lines archives.
//!
//! Reading happens in two steps so that a batch can run in parallel and still
//! report in input order:
//!
//! 1. [`plan`] expands the inputs into [`Unit`]s: cheap, it only looks at
//!    metadata and directory listings. Each input yields its units, or one
//!    `io` error, in the order given; a directory yields its files sorted by
//!    path.
//! 2. [`read_unit`] (or the streaming [`records`]) reads one unit into
//!    [`SourceDoc`]s. A text file gives one result; a JSON Lines archive gives
//!    one result per non-blank line. Every failure is one `Err` item; the
//!    other units and lines still come out.
//!
//! # Examples
//!
//! ```
//! use gongwen::corpus::load::{plan, read_unit, LoadOptions};
//! let opts = LoadOptions::default();
//! let units = plan(&["corpus/docs"], &opts);
//! let docs: Vec<_> = units.iter().flatten().flat_map(|u| read_unit(u, &opts)).collect();
//! assert_eq!(docs.len(), 4);
//! let first = docs[0].as_ref().expect("the seeds decode");
//! assert_eq!(first.source, "corpus/docs/001_511e2be2b8386667.txt");
//! assert_eq!(first.encoding.as_str(), "UTF-8");
//! ```

use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};

use crate::corpus::decode::{Encoding, decode_vec};
use crate::{Error, ErrorKind, Result};

/// Default size limit of one input (or one JSON Lines record): 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// How inputs are found and read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadOptions {
    /// File extensions (without the dot, compared ignoring ASCII case) of
    /// the text files taken from a directory. Default `["txt"]`. A file
    /// named directly as an input is read whatever its extension.
    pub extensions: Vec<String>,
    /// Size limit in bytes of one text file or standard input (checked from
    /// the metadata before reading), and of one line of a JSON Lines
    /// archive (archives themselves are streamed and may be larger).
    /// Default [`DEFAULT_MAX_BYTES`].
    pub max_bytes: u64,
    /// When set, files ending in `.jsonl` (also inside directories) and
    /// standard input are read as JSON Lines archives with these fields.
    pub jsonl: Option<JsonlFields>,
    /// When set, only this shard's records of every JSON Lines archive are
    /// read (see [`Shard`]; text files are split by [`Shard::units`]).
    pub shard: Option<Shard>,
}

/// One of `count` deterministic parts of the inputs (`--shard K/N`), so that
/// N processes (a Slurm job array, GNU parallel) share a run without talking
/// to each other, and their outputs together are the records of one run.
///
/// Text files go by their place among the text-file inputs of the run
/// (after directories are walked and sorted), JSON Lines records by their
/// line number: item `i` (from 0) belongs to shard `i % count`. Every
/// process must be given the same inputs.
///
/// # Examples
///
/// ```
/// use gongwen::corpus::load::Shard;
/// let shard: Shard = "2/3".parse()?;
/// assert_eq!((shard.index(), shard.count()), (1, 3));
/// assert!(shard.keeps(1) && shard.keeps(4) && !shard.keeps(0));
/// assert!("0/3".parse::<Shard>().is_err() && "4/3".parse::<Shard>().is_err());
/// # Ok::<(), gongwen::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    index: usize,
    count: usize,
}

impl Shard {
    /// Shard `index` (from 0) of `count`; `None` unless `index < count`.
    #[must_use]
    pub fn new(index: usize, count: usize) -> Option<Shard> {
        (index < count).then_some(Shard { index, count })
    }

    /// This shard's number, from 0 (`K - 1` of `K/N`).
    #[must_use]
    pub fn index(self) -> usize {
        self.index
    }

    /// How many shards there are (`N`).
    #[must_use]
    pub fn count(self) -> usize {
        self.count
    }

    /// True when item `ordinal` (from 0) belongs to this shard.
    #[must_use]
    pub fn keeps(self, ordinal: usize) -> bool {
        ordinal % self.count == self.index
    }

    /// This shard's units of a planned run: every JSON Lines archive (its
    /// records are split line by line while reading), and the text files
    /// (and the paths that could not be read) whose place among them falls
    /// to this shard.
    #[must_use]
    pub fn units(self, units: Vec<Result<Unit>>) -> Vec<Result<Unit>> {
        let mut ordinal = 0;
        units
            .into_iter()
            .filter(|u| {
                if matches!(u, Ok(Unit { format: Format::Jsonl, .. })) {
                    return true;
                }
                ordinal += 1;
                self.keeps(ordinal - 1)
            })
            .collect()
    }
}

impl std::str::FromStr for Shard {
    type Err = Error;

    /// `K/N`, `K` from 1 to `N`.
    fn from_str(s: &str) -> Result<Shard> {
        let bad = || Error::config(format!("--shard wants K/N with 1 <= K <= N, not {s:?}"));
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let k: usize = k.trim().parse().map_err(|_| bad())?;
        let n: usize = n.trim().parse().map_err(|_| bad())?;
        k.checked_sub(1).and_then(|index| Shard::new(index, n)).ok_or_else(bad)
    }
}

impl Default for LoadOptions {
    fn default() -> LoadOptions {
        LoadOptions {
            extensions: vec!["txt".into()],
            max_bytes: DEFAULT_MAX_BYTES,
            jsonl: None,
            shard: None,
        }
    }
}

/// Which fields of a JSON Lines record hold the text, its id, its date and
/// the archive's header values (title, 文号, issuer) for body-only texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonlFields {
    /// The field with the document text (a JSON string). Required in every record.
    pub text: String,
    /// The field with an identifier (a string or a number), if any.
    pub id: Option<String>,
    /// The field with a date (see [`parse_date`]), if any.
    pub date: Option<String>,
    /// The field with the document's title (a string), if any.
    pub title: Option<String>,
    /// The field with the document's 发文字号 (a string), if any.
    pub doc_number: Option<String>,
    /// The field with the issuing organ (a string), if any.
    pub issuer: Option<String>,
    /// Further fields copied as they are (any JSON value) into the record's
    /// `meta` object (`--jsonl-keep`): an archive's level, region, URL, ….
    pub keep: Vec<String>,
}

impl JsonlFields {
    /// Records whose text is in the field `text`, with no id or date field.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::corpus::load::JsonlFields;
    /// let fields = JsonlFields { date: Some("date".into()), ..JsonlFields::new("text") };
    /// assert_eq!(fields.text, "text");
    /// ```
    #[must_use]
    pub fn new(text: impl Into<String>) -> JsonlFields {
        JsonlFields {
            text: text.into(),
            id: None,
            date: None,
            title: None,
            doc_number: None,
            issuer: None,
            keep: Vec::new(),
        }
    }
}

impl JsonlFields {
    /// The configured fields that no record of `sample` has, each with the
    /// role it plays (`text`, `id`, `date`, `title`, `doc_number`, `issuer`,
    /// `keep`):
    /// most likely misspelt. Empty when every field is present somewhere.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::corpus::load::{FieldSample, JsonlFields};
    /// let sample = FieldSample::from_lines([r#"{"body": "通知", "pub": "2014"}"#]);
    /// let fields = JsonlFields { date: Some("date".into()), ..JsonlFields::new("body") };
    /// assert_eq!(fields.missing_in(&sample), [("date", "date")]);
    /// ```
    #[must_use]
    pub fn missing_in(&self, sample: &FieldSample) -> Vec<(&'static str, &str)> {
        let roles = [
            ("text", Some(self.text.as_str())),
            ("id", self.id.as_deref()),
            ("date", self.date.as_deref()),
            ("title", self.title.as_deref()),
            ("doc_number", self.doc_number.as_deref()),
            ("issuer", self.issuer.as_deref()),
        ];
        let kept = self.keep.iter().map(|name| ("keep", Some(name.as_str())));
        roles
            .into_iter()
            .chain(kept)
            .filter_map(|(role, name)| Some((role, name?)))
            .filter(|(_, name)| !sample.fields.iter().any(|f| f.name == *name))
            .collect()
    }
}

/// The field names of the first records of a JSON Lines archive, to check
/// `--jsonl-*` options against before a long run (see [`sample_fields`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldSample {
    /// Records (JSON objects) read.
    pub records: usize,
    /// Every field name seen, sorted.
    pub fields: Vec<SampledField>,
}

/// One field name of a [`FieldSample`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SampledField {
    /// The field name.
    pub name: String,
    /// True when the field held a JSON string in every sampled record that has it.
    pub string: bool,
    /// The longest string value seen, in bytes (0 for other values).
    pub max_len: usize,
}

impl FieldSample {
    /// The sample of these lines; lines that are not JSON objects are skipped.
    pub fn from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> FieldSample {
        let mut sample = FieldSample::default();
        for line in lines {
            sample.add(line.as_bytes());
        }
        sample
    }

    fn add(&mut self, line: &[u8]) {
        // As in a run: valid UTF-8 checked at once, not string by string.
        let value = match simdutf8::basic::from_utf8(line) {
            Ok(text) => serde_json::from_str(text),
            Err(_) => serde_json::from_slice(line),
        };
        let Ok(serde_json::Value::Object(map)) = value else { return };
        self.records += 1;
        for (name, value) in map {
            let len = value.as_str().map_or(0, str::len);
            match self.fields.iter_mut().find(|f| f.name == name) {
                Some(f) => {
                    f.string &= value.is_string();
                    f.max_len = f.max_len.max(len);
                }
                None => {
                    self.fields.push(SampledField { name, string: value.is_string(), max_len: len })
                }
            }
        }
    }

    /// The names of the string fields, longest values first: the likely
    /// text field leads.
    #[must_use]
    pub fn string_fields(&self) -> Vec<&str> {
        let mut strings: Vec<&SampledField> = self.fields.iter().filter(|f| f.string).collect();
        strings.sort_by_key(|f| std::cmp::Reverse(f.max_len));
        strings.into_iter().map(|f| f.name.as_str()).collect()
    }

    /// Every field name, sorted.
    #[must_use]
    pub fn names(&self) -> Vec<&str> {
        self.fields.iter().map(|f| f.name.as_str()).collect()
    }
}

/// Read the first `max_records` non-blank lines of a JSON Lines file (each
/// at most `max_bytes`) and list their field names. Cheap: an archive of
/// millions of records is not read past its first lines.
///
/// # Errors
///
/// An `io` error when the file cannot be read.
pub fn sample_fields(path: &Path, max_records: usize, max_bytes: u64) -> Result<FieldSample> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut reader = BufReader::new(file);
    let mut sample = FieldSample::default();
    let mut buf = Vec::new();
    let mut seen = 0;
    while seen < max_records {
        buf.clear();
        let n = (&mut reader)
            .take(max_bytes.saturating_add(1))
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::io(path, e))?;
        if n == 0 || (buf.len() as u64 > max_bytes && !buf.ends_with(b"\n")) {
            break;
        }
        let line = buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&buf);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        seen += 1;
        sample.add(line);
    }
    Ok(sample)
}

/// The extensions of the files under `dir` (walked as [`plan`] walks it,
/// skipping names that start with `.`), with how many files have each, most
/// frequent first; files without an extension count under `""`. For a
/// message when a directory yields no input.
#[must_use]
pub fn extension_counts(dir: &Path) -> Vec<(String, usize)> {
    fn visit(dir: &Path, counts: &mut Vec<(String, usize)>, depth: usize) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            if entry.file_name().as_encoded_bytes().starts_with(b".") {
                continue;
            }
            let Ok(file_type) = entry.file_type() else { continue };
            let path = entry.path();
            if file_type.is_dir() {
                if depth < 32 {
                    visit(&path, counts, depth + 1);
                }
                continue;
            }
            let ext =
                path.extension().map_or_else(String::new, |e| e.to_string_lossy().to_lowercase());
            match counts.iter_mut().find(|(e, _)| *e == ext) {
                Some((_, n)) => *n += 1,
                None => counts.push((ext, 1)),
            }
        }
    }
    let mut counts = Vec::new();
    visit(dir, &mut counts, 0);
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

impl Default for JsonlFields {
    /// Text in `text`, id in `id`, date in `date`; no title, 文号 or issuer field.
    fn default() -> JsonlFields {
        JsonlFields { id: Some("id".into()), date: Some("date".into()), ..JsonlFields::new("text") }
    }
}

/// Where a unit's bytes come from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    /// Standard input (given as `-`).
    Stdin,
    /// A file.
    Path(PathBuf),
}

/// How a unit is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// One text document, in any encoding [`decode()`](crate::corpus::decode()) reads.
    Text,
    /// A JSON Lines archive (UTF-8), one document per line.
    Jsonl,
}

/// One thing to read: a file or standard input, as text or as JSON Lines.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Unit {
    /// Where the bytes come from.
    pub input: Input,
    /// How to read them.
    pub format: Format,
}

impl Unit {
    /// The path used in output and errors: the path as given (or as joined
    /// while walking a directory), `-` for standard input.
    #[must_use]
    pub fn path(&self) -> &Path {
        match &self.input {
            Input::Stdin => Path::new("-"),
            Input::Path(p) => p,
        }
    }

    /// The `source` string of the output contract for this unit.
    #[must_use]
    pub fn source(&self) -> String {
        self.path().display().to_string()
    }
}

/// A `source` of the output split into its path and, for a JSON Lines
/// record (`laws.jsonl#L12`), its 1-based line; the inverse of how
/// [`SourceDoc::source`] is written.
///
/// # Examples
///
/// ```
/// use gongwen::corpus::load::split_source;
/// assert_eq!(split_source("laws.jsonl#L12"), ("laws.jsonl", Some(12)));
/// assert_eq!(split_source("a#Lb.txt"), ("a#Lb.txt", None));
/// ```
#[must_use]
pub fn split_source(source: &str) -> (&str, Option<usize>) {
    match source.rsplit_once("#L") {
        Some((path, line)) if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) => {
            (path, line.parse().ok())
        }
        _ => (source, None),
    }
}

/// One document read from an input, ready to analyse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceDoc {
    /// The output's `source`: the path as given (`-` for standard input);
    /// for a JSON Lines record, the path, `#L` and the 1-based line number
    /// (`laws.jsonl#L12`).
    pub source: String,
    /// The 1-based line of a JSON Lines record; `None` for a text file.
    pub line: Option<usize>,
    /// The decoded text. Spans point into it.
    pub text: String,
    /// The encoding the text was decoded from (`UTF-8` for JSON Lines).
    pub encoding: Encoding,
    /// The record's id field, when the archive has one.
    pub id: Option<String>,
    /// The record's date field, when it parses (see [`parse_date`]).
    pub date: Option<Date>,
    /// The record's title field, when the archive has one.
    pub title: Option<String>,
    /// The record's 发文字号 field, when the archive has one.
    pub doc_number: Option<String>,
    /// The record's issuer field, when the archive has one.
    pub issuer: Option<String>,
    /// The fields kept as they are ([`JsonlFields::keep`]), by name; empty
    /// for a text file.
    pub kept: serde_json::Map<String, serde_json::Value>,
    /// What was odd but survivable (replaced bytes, an unparsable date, …).
    pub warnings: Vec<String>,
}

impl SourceDoc {
    /// The facts the analyser takes besides the text: the record's id,
    /// date, title, 文号 and issuer.
    #[must_use]
    pub fn meta(&self) -> crate::Meta {
        crate::Meta {
            id: self.id.clone(),
            date: self.date,
            title: self.title.clone(),
            doc_number: self.doc_number.clone(),
            issuer: self.issuer.clone(),
            reference_date: None,
        }
    }
}

/// Expand inputs into units, in input order.
///
/// - `-` is standard input: a JSON Lines archive when [`LoadOptions::jsonl`]
///   is set, else one text.
/// - A file is one unit whatever its extension; it is a JSON Lines archive
///   when its name ends in `.jsonl` and [`LoadOptions::jsonl`] is set.
/// - A directory is walked recursively. Its files are taken when their
///   extension is in [`LoadOptions::extensions`] (or is `jsonl` with
///   [`LoadOptions::jsonl`] set), sorted by path (byte order of each name,
///   depth first). Entries whose names start with `.` are skipped, and
///   symbolic links to directories are not followed (no cycles).
/// - A path that cannot be read yields one `io` error in its place.
///
/// # Examples
///
/// ```
/// use gongwen::corpus::load::{plan, LoadOptions};
/// let units = plan(&["corpus/docs/003_63d90eecb302d396.txt", "no/such/file.txt"], &LoadOptions::default());
/// assert!(units[0].is_ok());
/// assert_eq!(units[1].as_ref().map_err(|e| e.code()).err(), Some("io"));
/// ```
#[must_use]
pub fn plan<P: AsRef<Path>>(inputs: &[P], opts: &LoadOptions) -> Vec<Result<Unit>> {
    let mut out = Vec::new();
    for input in inputs {
        let path = input.as_ref();
        if path.as_os_str() == "-" {
            let format = if opts.jsonl.is_some() { Format::Jsonl } else { Format::Text };
            out.push(Ok(Unit { input: Input::Stdin, format }));
            continue;
        }
        match fs::metadata(path) {
            Err(e) => out.push(Err(Error::io(path, e))),
            Ok(meta) if meta.is_dir() => walk(path, opts, &mut out),
            Ok(_) => {
                let format = if is_jsonl(path, opts) { Format::Jsonl } else { Format::Text };
                out.push(Ok(Unit { input: Input::Path(path.to_path_buf()), format }));
            }
        }
    }
    out
}

fn is_jsonl(path: &Path, opts: &LoadOptions) -> bool {
    opts.jsonl.is_some() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

/// The format of a file found while walking, or `None` to skip it.
fn walked_format(path: &Path, opts: &LoadOptions) -> Option<Format> {
    if is_jsonl(path, opts) {
        return Some(Format::Jsonl);
    }
    let ext = path.extension()?;
    opts.extensions
        .iter()
        .any(|want| ext.eq_ignore_ascii_case(want.trim_start_matches('.')))
        .then_some(Format::Text)
}

fn walk(dir: &Path, opts: &LoadOptions, out: &mut Vec<Result<Unit>>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return out.push(Err(Error::io(dir, e))),
    };
    let mut children = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => children.push(entry),
            Err(e) => out.push(Err(Error::io(dir, e))),
        }
    }
    children.sort_by_key(|e| e.file_name());
    for entry in children {
        if entry.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = entry.path();
        let file_type = match entry.file_type() {
            Ok(t) => t,
            Err(e) => {
                out.push(Err(Error::io(&path, e)));
                continue;
            }
        };
        if file_type.is_dir() {
            walk(&path, opts, out);
            continue;
        }
        let Some(format) = walked_format(&path, opts) else { continue };
        // Follow a symbolic link to a file, not to a directory.
        let regular = if file_type.is_symlink() {
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => continue,
                Ok(meta) => meta.is_file(),
                Err(e) => {
                    out.push(Err(Error::io(&path, e)));
                    continue;
                }
            }
        } else {
            file_type.is_file()
        };
        // A FIFO, socket or device found in a directory is never opened: a
        // FIFO without a writer would block the run forever.
        if !regular {
            let e = io::Error::new(io::ErrorKind::InvalidInput, "not a regular file");
            out.push(Err(Error::io(&path, e)));
            continue;
        }
        out.push(Ok(Unit { input: Input::Path(path), format }));
    }
}

/// Read one unit completely: one result for a text, one per non-blank line
/// for a JSON Lines archive. Equivalent to `records(unit, opts).collect()`;
/// prefer [`records`] to stream a large archive.
///
/// # Examples
///
/// ```
/// use gongwen::corpus::load::{plan, read_unit, LoadOptions};
/// let opts = LoadOptions::default();
/// let units = plan(&["corpus/docs/003_63d90eecb302d396.txt"], &opts);
/// let docs = read_unit(units[0].as_ref().expect("exists"), &opts);
/// let doc = docs[0].as_ref().expect("decodes");
/// assert!(doc.text.contains("湘办发电〔2014〕35号"));
/// ```
#[must_use]
pub fn read_unit(unit: &Unit, opts: &LoadOptions) -> Vec<Result<SourceDoc>> {
    records(unit, opts).collect()
}

/// Read one unit lazily. A JSON Lines archive is streamed line by line
/// through a buffered reader, so only one record is held at a time.
#[must_use]
pub fn records(unit: &Unit, opts: &LoadOptions) -> Records {
    let inner = match unit.format {
        Format::Text => Inner::One(Box::new(Some(read_text(unit, opts.max_bytes)))),
        Format::Jsonl => {
            let reader: io::Result<Box<dyn BufRead + Send>> = match &unit.input {
                Input::Stdin => Ok(Box::new(BufReader::new(io::stdin()))),
                Input::Path(p) => File::open(p).map(|f| Box::new(BufReader::new(f)) as _),
            };
            match reader {
                Err(e) => Inner::One(Box::new(Some(Err(Error::io(unit.path(), e))))),
                Ok(reader) => Inner::Lines(Box::new(Lines {
                    reader,
                    path: unit.path().to_path_buf(),
                    fields: opts.jsonl.clone().unwrap_or_default(),
                    max_bytes: opts.max_bytes,
                    shard: opts.shard,
                    line: 0,
                    buf: Vec::new(),
                    done: false,
                    finite: match &unit.input {
                        Input::Stdin => false,
                        Input::Path(p) => fs::metadata(p).is_ok_and(|m| m.is_file()),
                    },
                })),
            }
        }
    };
    Records { inner }
}

/// The documents of one unit, in order; see [`records`].
pub struct Records {
    inner: Inner,
}

enum Inner {
    One(Box<Option<Result<SourceDoc>>>),
    Lines(Box<Lines>),
}

impl fmt::Debug for Records {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            Inner::One(_) => f.write_str("Records(text)"),
            Inner::Lines(l) => write!(f, "Records({} line {})", l.path.display(), l.line),
        }
    }
}

impl Iterator for Records {
    type Item = Result<SourceDoc>;

    fn next(&mut self) -> Option<Result<SourceDoc>> {
        match &mut self.inner {
            Inner::One(one) => one.take(),
            Inner::Lines(lines) => lines.next_record(),
        }
    }
}

fn read_text(unit: &Unit, limit: u64) -> Result<SourceDoc> {
    let path = unit.path();
    let too_large =
        |size| Error::new(ErrorKind::TooLarge { path: path.to_path_buf(), size, limit });
    let bytes = match &unit.input {
        Input::Path(p) => {
            let meta = fs::metadata(p).map_err(|e| Error::io(p, e))?;
            if meta.is_dir() {
                return Err(Error::io(p, io::Error::from(io::ErrorKind::IsADirectory)));
            }
            if meta.len() > limit {
                return Err(too_large(Some(meta.len())));
            }
            let file = File::open(p).map_err(|e| Error::io(p, e))?;
            let capacity = usize::try_from(meta.len()).unwrap_or(0);
            read_limited(file, limit, capacity).map_err(|e| Error::io(p, e))?
        }
        Input::Stdin => read_limited(io::stdin(), limit, 0).map_err(|e| Error::io(path, e))?,
    };
    let bytes = match bytes {
        Limited::Within(bytes) => bytes,
        Limited::Over => return Err(too_large(None)),
    };
    let decoded = decode_vec(bytes).map_err(|e| e.into_error(path))?;
    Ok(SourceDoc {
        source: unit.source(),
        line: None,
        text: decoded.text,
        encoding: decoded.encoding,
        id: None,
        date: None,
        title: None,
        doc_number: None,
        issuer: None,
        kept: serde_json::Map::new(),
        warnings: decoded.warnings,
    })
}

enum Limited {
    Within(Vec<u8>),
    /// More than the limit: reading stopped there.
    Over,
}

/// Read at most `limit` bytes and stop one byte past it, never reading the
/// rest: a file that grew since its metadata was read, standard input or a
/// device such as `/dev/zero` ends with [`Limited::Over`] instead of a hang.
fn read_limited(reader: impl Read, limit: u64, capacity: usize) -> io::Result<Limited> {
    let mut bytes = Vec::with_capacity(capacity);
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 <= limit { Ok(Limited::Within(bytes)) } else { Ok(Limited::Over) }
}

/// The line-by-line reader of a JSON Lines archive.
struct Lines {
    reader: Box<dyn BufRead + Send>,
    path: PathBuf,
    fields: JsonlFields,
    max_bytes: u64,
    /// Only this shard's lines are parsed; the others are skipped unparsed.
    shard: Option<Shard>,
    /// 1-based number of the last line read.
    line: usize,
    buf: Vec<u8>,
    done: bool,
    /// A regular file, whose end is known to come: an over-long line is
    /// skipped to its end. On a stream (standard input, a pipe, a device)
    /// an over-long line ends the archive instead, since its end may never come.
    finite: bool,
}

impl Lines {
    fn record_error(&self, reason: impl Into<String>) -> Error {
        Error::new(ErrorKind::Record {
            path: self.path.clone(),
            line: self.line,
            reason: reason.into(),
        })
    }

    /// True when the current line belongs to this run's shard.
    fn in_shard(&self) -> bool {
        self.shard.is_none_or(|s| s.keeps(self.line - 1))
    }

    fn next_record(&mut self) -> Option<Result<SourceDoc>> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            let limit = self.max_bytes.saturating_add(1);
            let read = (&mut self.reader).take(limit).read_until(b'\n', &mut self.buf);
            match read {
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::io(&self.path, e)));
                }
                Ok(0) => self.done = true,
                Ok(_) if self.buf.len() as u64 > self.max_bytes && !self.buf.ends_with(b"\n") => {
                    let skipped = self.skip_long_line();
                    if self.in_shard() {
                        return Some(skipped);
                    }
                }
                Ok(_) if !self.in_shard() => {}
                Ok(_) => {
                    let mut line = self.buf.as_slice();
                    if self.line == 1 {
                        line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
                    }
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(self.parse(line));
                }
            }
        }
        None
    }

    /// The current line is over the limit: drop the rest of it, unread, and
    /// report it.
    fn skip_long_line(&mut self) -> Result<SourceDoc> {
        if !self.finite {
            self.done = true;
            return Err(self.record_error(format!(
                "line is over the limit of {} bytes; the rest of the stream was not read",
                self.max_bytes
            )));
        }
        let mut size = self.buf.len() as u64;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) => {
                    self.done = true;
                    return Err(Error::io(&self.path, e));
                }
            };
            if chunk.is_empty() {
                break;
            }
            let (used, end) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            self.reader.consume(used);
            size += used as u64;
            if end {
                break;
            }
        }
        Err(self.record_error(format!(
            "line is {size} bytes, over the limit of {} bytes",
            self.max_bytes
        )))
    }

    /// The configured fields of the one JSON object `de` reads.
    fn raw_record<'de, R: serde_json::de::Read<'de>>(
        &self,
        mut de: serde_json::Deserializer<R>,
    ) -> serde_json::Result<RawRecord> {
        let raw = RecordSeed(&self.fields).deserialize(&mut de)?;
        de.end()?;
        Ok(raw)
    }

    fn parse(&self, line: &[u8]) -> Result<SourceDoc> {
        let raw = match simdutf8::basic::from_utf8(line) {
            // Checked at once with a vector search (issue 10): serde_json
            // need not check every string again.
            Ok(text) => self.raw_record(serde_json::Deserializer::from_str(text)),
            // serde_json says where the bad bytes are.
            Err(_) => self.raw_record(serde_json::Deserializer::from_slice(line)),
        }
        .map_err(|e| self.record_error(format!("invalid JSON: {e}")))?;
        let mut warnings = Vec::new();
        let id = match raw.id {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) => Some(s),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            Some(_) => {
                let name = self.fields.id.as_deref().unwrap_or_default();
                warnings.push(format!("field `{name}` is not a string or number: ignored"));
                None
            }
        };
        // A record that cannot be analysed still names its archive id.
        let record_error = |reason: String| self.record_error(reason).with_archive_id(id.clone());
        let text = match raw.text {
            None => return Err(record_error(format!("no `{}` field", self.fields.text))),
            Some(serde_json::Value::String(s)) => s,
            Some(_) => {
                return Err(record_error(format!("field `{}` is not a string", self.fields.text)));
            }
        };
        if text.trim().is_empty() {
            return Err(record_error(format!("field `{}` is empty", self.fields.text)));
        }
        // The same binary/control check as a file's text (issue 10).
        warnings.extend(
            super::decode::check_text(&text)
                .map_err(|e| record_error(format!("field `{}`: {e}", self.fields.text)))?,
        );
        let date = raw.date.and_then(|value| {
            let name = self.fields.date.as_deref().unwrap_or_default();
            let date = match &value {
                serde_json::Value::Null => return None,
                serde_json::Value::String(s) if is_null_word(s) => return None,
                serde_json::Value::String(s) => parse_date(s),
                serde_json::Value::Number(n) => {
                    n.as_u64().and_then(|y| i16::try_from(y).ok()).and_then(year_start)
                }
                _ => None,
            };
            if date.is_none() {
                warnings.push(format!("field `{name}` is not a date: {value}"));
            }
            date
        });
        let mut string_field = |value: Option<serde_json::Value>, name: &Option<String>| match value
        {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) if is_null_word(&s) => None,
            Some(serde_json::Value::String(s)) => Some(s.trim().to_owned()),
            Some(_) => {
                let name = name.as_deref().unwrap_or_default();
                warnings.push(format!("field `{name}` is not a string: ignored"));
                None
            }
        };
        let title = string_field(raw.title, &self.fields.title);
        let doc_number = string_field(raw.doc_number, &self.fields.doc_number);
        let issuer = string_field(raw.issuer, &self.fields.issuer);
        Ok(SourceDoc {
            source: format!("{}#L{}", self.path.display(), self.line),
            line: Some(self.line),
            text,
            encoding: Encoding::Utf8,
            id,
            date,
            title,
            doc_number,
            issuer,
            kept: raw.kept,
            warnings,
        })
    }
}

/// Strings that stand for "no value" in exported tables.
fn is_null_word(s: &str) -> bool {
    let s = s.trim();
    s.is_empty() || ["none", "null", "nan", "n/a", "-"].iter().any(|w| s.eq_ignore_ascii_case(w))
}

/// The fields of one record that gongwen wants; the others are skipped
/// unparsed.
#[derive(Default)]
struct RawRecord {
    text: Option<serde_json::Value>,
    id: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    doc_number: Option<serde_json::Value>,
    issuer: Option<serde_json::Value>,
    kept: serde_json::Map<String, serde_json::Value>,
}

/// Deserialises a record object, keeping only the configured fields.
struct RecordSeed<'a>(&'a JsonlFields);

/// Which configured roles a key plays (one key may play several).
#[derive(Clone, Copy)]
struct Roles {
    text: bool,
    id: bool,
    date: bool,
    title: bool,
    doc_number: bool,
    issuer: bool,
    keep: bool,
}

impl Roles {
    fn any(self) -> bool {
        self.text
            || self.id
            || self.date
            || self.title
            || self.doc_number
            || self.issuer
            || self.keep
    }
}

struct KeySeed<'a>(&'a JsonlFields);

/// A key's roles, and the key itself when it is kept (allocated only then).
type KeyRoles = (Roles, Option<String>);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = KeyRoles;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<KeyRoles, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = KeyRoles;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> std::result::Result<KeyRoles, E> {
        let f = self.0;
        let keep = f.keep.iter().any(|k| k == key);
        let roles = Roles {
            text: f.text == key,
            id: f.id.as_deref() == Some(key),
            date: f.date.as_deref() == Some(key),
            title: f.title.as_deref() == Some(key),
            doc_number: f.doc_number.as_deref() == Some(key),
            issuer: f.issuer.as_deref() == Some(key),
            keep,
        };
        Ok((roles, keep.then(|| key.to_owned())))
    }
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = RawRecord;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<RawRecord, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = RawRecord;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<RawRecord, A::Error> {
        let mut raw = RawRecord::default();
        while let Some((roles, kept_key)) = map.next_key_seed(KeySeed(self.0))? {
            if !roles.any() {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let value: serde_json::Value = map.next_value()?;
            if let Some(key) = kept_key {
                raw.kept.insert(key, value.clone());
            }
            if roles.id {
                raw.id = Some(value.clone());
            }
            if roles.date {
                raw.date = Some(value.clone());
            }
            if roles.title {
                raw.title = Some(value.clone());
            }
            if roles.doc_number {
                raw.doc_number = Some(value.clone());
            }
            if roles.issuer {
                raw.issuer = Some(value.clone());
            }
            if roles.text {
                raw.text = Some(value);
            }
        }
        Ok(raw)
    }
}

fn year_start(year: i16) -> Option<Date> {
    (1000..=9999).contains(&year).then(|| Date::new(year, 1, 1).ok()).flatten()
}

/// Parse a metadata date: `YYYY-MM-DD` (also with `/` or `.`, and with a
/// time after `T` or a space, which is dropped), `YYYY年M月D日`, a year and
/// month (`YYYY-MM`, `YYYY年M月`) or a bare year (`YYYY`, `YYYY年`).
///
/// A year-month stands for the first day of the month and a bare year for
/// January 1 (the output has only full dates). Digits may be full-width.
/// `None` for anything else, including impossible dates.
///
/// # Examples
///
/// ```
/// use gongwen::corpus::load::parse_date;
/// use jiff::civil::date;
/// assert_eq!(parse_date("2014-03-19"), Some(date(2014, 3, 19)));
/// assert_eq!(parse_date("2014年3月19日"), Some(date(2014, 3, 19)));
/// assert_eq!(parse_date("2014"), Some(date(2014, 1, 1)));
/// assert_eq!(parse_date("2014-02-30"), None);
/// ```
#[must_use]
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let s = s.split_once(['T', ' ']).map_or(s, |(day, _)| day);
    let parts = if s.contains('年') {
        chinese_date_parts(s)?
    } else {
        match s.chars().find(|c| matches!(c, '-' | '/' | '.')) {
            Some(sep) => s.split(sep).collect(),
            None => vec![s],
        }
    };
    let (year, month, day) = match parts.as_slice() {
        [y] => (*y, None, None),
        [y, m] => (*y, Some(*m), None),
        [y, m, d] => (*y, Some(*m), Some(*d)),
        _ => return None,
    };
    let year = i16::try_from(date_number(year, 4, 4)?).ok()?;
    let month = month.map_or(Some(1), |m| date_number(m, 1, 2))?;
    let day = day.map_or(Some(1), |d| date_number(d, 1, 2))?;
    if year < 1000 {
        return None;
    }
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// `2014年`, `2014年3月`, `2014年3月19日` → the digit runs.
fn chinese_date_parts(s: &str) -> Option<Vec<&str>> {
    let (year, rest) = s.split_once('年')?;
    let mut parts = vec![year];
    if rest.is_empty() {
        return Some(parts);
    }
    let (month, rest) = rest.split_once('月')?;
    parts.push(month);
    if rest.is_empty() {
        return Some(parts);
    }
    parts.push(rest.strip_suffix('日')?);
    Some(parts)
}

/// A run of `min..=max` ASCII or full-width digits.
fn date_number(s: &str, min: usize, max: usize) -> Option<u32> {
    let mut value = 0u32;
    let mut count = 0;
    for c in s.chars() {
        let digit = match c {
            '0'..='9' => u32::from(c) - u32::from('0'),
            '０'..='９' => u32::from(c) - u32::from('０'),
            _ => return None,
        };
        value = value * 10 + digit;
        count += 1;
        if count > max {
            return None;
        }
    }
    (count >= min).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_parse_by_rule() {
        let rows: &[(&str, Option<Date>)] = &[
            ("2014-03-19", Some(date(2014, 3, 19))),
            ("2014/3/19", Some(date(2014, 3, 19))),
            ("2014.03.19", Some(date(2014, 3, 19))),
            (" 2020-05-14T08:00:00+08:00 ", Some(date(2020, 5, 14))),
            ("2020-05-14 08:00", Some(date(2020, 5, 14))),
            ("2014年3月19日", Some(date(2014, 3, 19))),
            ("２０１４年３月１９日", Some(date(2014, 3, 19))),
            ("2014年3月", Some(date(2014, 3, 1))),
            ("2014-03", Some(date(2014, 3, 1))),
            ("2014年", Some(date(2014, 1, 1))),
            ("2025", Some(date(2025, 1, 1))),
            ("2014-02-30", None),
            ("2014-13-01", None),
            ("2014-3/19", None),
            ("20140319", None),
            ("14-03-19", None),
            ("999", None),
            ("3月19日", None),
            ("2014年3月19", None),
            ("None", None),
            ("", None),
            ("-", None),
            ("2014--19", None),
        ];
        for (input, expected) in rows {
            assert_eq!(parse_date(input), *expected, "{input:?}");
        }
    }

    #[test]
    fn formats_by_extension() {
        let mut opts = LoadOptions::default();
        assert_eq!(walked_format(Path::new("a/b.txt"), &opts), Some(Format::Text));
        assert_eq!(walked_format(Path::new("a/b.TXT"), &opts), Some(Format::Text));
        assert_eq!(walked_format(Path::new("a/b.md"), &opts), None);
        assert_eq!(walked_format(Path::new("a/b.jsonl"), &opts), None);
        assert_eq!(walked_format(Path::new("a/txt"), &opts), None);
        opts.extensions = vec![".md".into()];
        opts.jsonl = Some(JsonlFields::new("text"));
        assert_eq!(walked_format(Path::new("a/b.md"), &opts), Some(Format::Text));
        assert_eq!(walked_format(Path::new("a/b.jsonl"), &opts), Some(Format::Jsonl));
        assert_eq!(walked_format(Path::new("a/b.txt"), &opts), None);
    }

    fn lines(input: &str, fields: JsonlFields, max_bytes: u64) -> Vec<Result<SourceDoc>> {
        let mut lines = Lines {
            reader: Box::new(io::Cursor::new(input.as_bytes().to_vec())),
            path: "a.jsonl".into(),
            fields,
            max_bytes,
            shard: None,
            line: 0,
            buf: Vec::new(),
            done: false,
            finite: true,
        };
        std::iter::from_fn(|| lines.next_record()).collect()
    }

    #[test]
    fn jsonl_records() {
        let input = concat!(
            "\u{feff}{\"id\": 7, \"text\": \"关于认真学习的通知\", \"date\": \"2014年3月19日\", \"x\": [1, {\"y\": 2}]}\n",
            "\n",
            "{\"text\": \"第一条\", \"date\": \"None\", \"id\": \"a\"}\r\n",
            "{\"text\": 5}\n",
            "not json\n",
            "{\"id\": 1}\n",
            "{\"text\": \"x\", \"date\": \"soon\", \"id\": [1]}\n",
            "[1, 2]\n",
            "{\"text\": \"  \"}\n",
            "{\"text\": \"x\"} trailing\n",
            "{\"text\": \"last\", \"date\": 2014}",
        );
        let out = lines(input, JsonlFields::default(), 1000);
        let codes: Vec<&str> =
            out.iter().map(|r| r.as_ref().map_or_else(|e| e.code(), |_| "ok")).collect();
        assert_eq!(
            codes,
            ["ok", "ok", "record", "record", "record", "ok", "record", "record", "record", "ok"]
        );
        let first = out[0].as_ref().expect("ok");
        assert_eq!(first.source, "a.jsonl#L1");
        assert_eq!((first.line, first.id.as_deref()), (Some(1), Some("7")));
        assert_eq!(first.text, "关于认真学习的通知");
        assert_eq!(first.date, Some(date(2014, 3, 19)));
        let second = out[1].as_ref().expect("ok");
        assert_eq!((second.line, second.date, second.id.as_deref()), (Some(3), None, Some("a")));
        assert!(second.warnings.is_empty());
        let odd = out[5].as_ref().expect("ok");
        assert_eq!(
            odd.warnings,
            [
                "field `id` is not a string or number: ignored",
                "field `date` is not a date: \"soon\""
            ]
        );
        let last = out[9].as_ref().expect("ok");
        assert_eq!((last.line, last.date), (Some(11), Some(date(2014, 1, 1))));
        let messages: Vec<String> =
            out.iter().filter_map(|r| r.as_ref().err()).map(|e| e.to_string()).collect();
        assert_eq!(messages[0], "a.jsonl line 4: field `text` is not a string");
        assert!(messages[1].starts_with("a.jsonl line 5: invalid JSON: "), "{}", messages[1]);
        assert_eq!(messages[2], "a.jsonl line 6: no `text` field");
        assert_eq!(messages[4], "a.jsonl line 9: field `text` is empty");
    }

    #[test]
    fn str_and_slice_readers_agree_on_every_line() {
        // Pseudo-random JSON-ish lines, some of them not JSON or not UTF-8:
        // a line read as checked text (the fast path) gives what serde_json
        // gives reading its bytes.
        let pieces: [&[u8]; 16] = [
            b"{",
            b"}",
            b"\"text\"",
            b"\"id\"",
            b"\"date\"",
            b":",
            b",",
            b"\"",
            "字".as_bytes(),
            b"\\n",
            b"\\u5b57",
            b"7",
            b"null",
            b"[1]",
            b" ",
            b"\"2014-03-19\"",
        ];
        let lines = Lines {
            reader: Box::new(io::Cursor::new(Vec::new())),
            path: "a.jsonl".into(),
            fields: JsonlFields {
                id: Some("id".into()),
                date: Some("date".into()),
                ..JsonlFields::new("text")
            },
            max_bytes: 1 << 20,
            shard: None,
            line: 0,
            buf: Vec::new(),
            done: false,
            finite: true,
        };
        let shape = |r: serde_json::Result<RawRecord>| {
            r.map(|r| format!("{:?}", (r.text, r.id, r.date))).map_err(|e| e.to_string())
        };
        let mut next = crate::test_rng::xorshift(0x2F69_3A1C_5E0B_8D47u64);
        let mut parsed = 0;
        for _ in 0..20_000 {
            let mut line = b"{\"text\":\"".to_vec();
            for _ in 0..(next() % 8) {
                line.extend_from_slice(pieces[(next() % pieces.len() as u64) as usize]);
            }
            if next().is_multiple_of(4) {
                line.push(0xFF); // not UTF-8
            }
            line.extend_from_slice(b"\"}");
            let want = shape(lines.raw_record(serde_json::Deserializer::from_slice(&line)));
            let got = match simdutf8::basic::from_utf8(&line) {
                Ok(text) => shape(lines.raw_record(serde_json::Deserializer::from_str(text))),
                Err(_) => shape(lines.raw_record(serde_json::Deserializer::from_slice(&line))),
            };
            assert_eq!(got, want, "{}", String::from_utf8_lossy(&line));
            parsed += usize::from(want.is_ok());
        }
        assert!(parsed > 1_000, "{parsed}");
    }

    #[test]
    fn jsonl_long_lines_are_skipped() {
        let long = format!("{{\"text\": \"{}\"}}", "字".repeat(100));
        let input = format!("{{\"text\": \"a\"}}\n{long}\n{{\"text\": \"b\"}}\n{long}");
        let out = lines(&input, JsonlFields::new("text"), 64);
        let texts: Vec<&str> =
            out.iter().map(|r| r.as_ref().map_or("error", |d| d.text.as_str())).collect();
        assert_eq!(texts, ["a", "error", "b", "error"]);
        let Err(e) = &out[1] else { panic!("line 2 is an error") };
        assert_eq!(
            e.to_string(),
            format!("a.jsonl line 2: line is {} bytes, over the limit of 64 bytes", long.len() + 1)
        );
        assert_eq!(out[2].as_ref().map(|d| d.line).ok(), Some(Some(3)));
    }

    #[test]
    fn archive_header_fields() {
        let fields = JsonlFields {
            title: Some("name".into()),
            doc_number: Some("wh".into()),
            issuer: Some("org".into()),
            ..JsonlFields::new("body")
        };
        let input = concat!(
            "{\"body\": \"正文。\", \"name\": \" 关于做好工作的通知 \", \"wh\": \"鲁政办字〔2020〕5号\", \"org\": \"NaN\"}\n",
            "{\"body\": \"正文。\", \"name\": 7}\n",
        );
        let out = lines(input, fields, 1000);
        let first = out[0].as_ref().expect("ok");
        let meta = first.meta();
        assert_eq!(meta.title.as_deref(), Some("关于做好工作的通知"));
        assert_eq!(meta.doc_number.as_deref(), Some("鲁政办字〔2020〕5号"));
        assert_eq!(meta.issuer, None, "null words are no value");
        let second = out[1].as_ref().expect("ok");
        assert_eq!(second.title, None);
        assert_eq!(second.warnings, ["field `name` is not a string: ignored"]);
    }

    #[test]
    fn one_key_may_play_two_roles() {
        let fields = JsonlFields { id: Some("t".into()), ..JsonlFields::new("t") };
        let out = lines("{\"t\": \"通知\"}\n", fields, 100);
        let doc = out[0].as_ref().expect("ok");
        assert_eq!((doc.text.as_str(), doc.id.as_deref()), ("通知", Some("通知")));
    }

    #[test]
    fn types_are_send() {
        fn ok<T: Send>() {}
        ok::<Records>();
        ok::<SourceDoc>();
        fn sync<T: Send + Sync>() {}
        sync::<Unit>();
        sync::<LoadOptions>();
    }

    #[test]
    fn read_limited_stops_past_the_limit() {
        let r = read_limited(io::Cursor::new(vec![b'a'; 10]), 4, 0).expect("reads");
        assert!(matches!(r, Limited::Over));
        // An endless stream ends too (issue 10: `yes | gongwen extract -`).
        let r = read_limited(io::repeat(b'y'), 1 << 16, 0).expect("reads");
        assert!(matches!(r, Limited::Over));
        let r = read_limited(io::Cursor::new(vec![b'a'; 4]), 4, 0).expect("reads");
        assert!(matches!(r, Limited::Within(v) if v.len() == 4));
    }
}
