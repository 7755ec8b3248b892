//! The extension module `gongwen._gongwen`: gongwen's analyser, batch runs
//! and linker for Python. The package `gongwen` (`python/gongwen/`) wraps it
//! and is the documented API; the names starting with `_` here are its
//! plumbing.
//!
//! Every function releases the GIL while Rust works (`Python::detach`), and
//! corpus runs spread documents over rayon's threads through the library's
//! batch API ([`gongwen::corpus::batch`]).

use std::convert::Infallible;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use gongwen::corpus::load::{self, JsonlFields, LoadOptions, SourceDoc};
use gongwen::corpus::record::ExtractRecord;
use gongwen::corpus::{Encoding, batch};
use gongwen::link::{LinkDoc, Linker};
use gongwen::{Analysis, Meta};
use jiff::civil::Date;
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use rayon::prelude::*;

create_exception!(
    _gongwen,
    GongwenError,
    PyException,
    "An error of the gongwen library; its message is the library's."
);

/// The analyser of the module-level functions, built on first use and then
/// only read (patterns compiled once, shared by every thread).
static ENGINE: LazyLock<gongwen::Analyzer> = LazyLock::new(gongwen::Analyzer::new);

fn library_error(e: &gongwen::Error) -> PyErr {
    GongwenError::new_err(e.to_string())
}

/// A date given by Python (`YYYY-MM-DD`, `YYYY年M月D日` or a year), parsed
/// as the CLI parses `--date` and JSON Lines date fields.
fn parse_date(s: Option<&str>, what: &str) -> PyResult<Option<Date>> {
    match s {
        None => Ok(None),
        Some(s) => load::parse_date(s).map(Some).ok_or_else(|| {
            PyValueError::new_err(format!(
                "{what}: {s:?} is not a date (give YYYY-MM-DD, YYYY年M月D日 or a year)"
            ))
        }),
    }
}

/// The JSON records of one analysed text, one per logical document, as
/// `gongwen extract` writes them (with the archive's values on the first).
fn extract_records(
    analysis: &Analysis<'_>,
    source: &str,
    encoding: Encoding,
    id: Option<&str>,
    read_warnings: &[String],
    kept: &serde_json::Map<String, serde_json::Value>,
) -> serde_json::Result<Vec<serde_json::Value>> {
    analysis
        .documents
        .iter()
        .map(|report| {
            let mut record = ExtractRecord::new(source, encoding, id, report)
                .with_read_warnings(read_warnings)
                .with_kept(kept);
            if report.index == 0 {
                record = record.with_archive(&analysis.archive);
            }
            serde_json::to_value(&record)
        })
        .collect()
}

/// A JSON text handed to Python's `json.loads` (a C parser: no Python-level
/// walk over the records).
fn json_to_py<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (json,))
}

/// gongwen's analyser: every pattern compiled once, shared by threads.
///
/// ``analyze`` returns the records ``gongwen extract`` writes for the text:
/// a list with one dict per logical document (a forwarding notice and the
/// notice it forwards are two), each with the fields of the CLI's JSON Lines
/// output. Spans are ``[start, end]`` UTF-8 **byte** offsets into the text.
#[pyclass(frozen, module = "gongwen")]
struct Analyzer {
    engine: gongwen::Analyzer,
}

#[pymethods]
impl Analyzer {
    #[new]
    fn new() -> Analyzer {
        Analyzer { engine: gongwen::Analyzer::new() }
    }

    /// Analyse one text; one dict per logical document, as ``gongwen
    /// extract`` writes it. ``date`` resolves relative deadlines when the
    /// text states no date of its own; ``title``, ``doc_number`` and
    /// ``issuer`` fill those fields of the first document when its text
    /// states none (marked ``from_meta``); ``id`` is copied to each record;
    /// ``source`` names the text in the records (``-`` by default, as for
    /// standard input).
    #[pyo3(signature = (text, date=None, title=None, doc_number=None, issuer=None, id=None, source="-".to_owned()))]
    #[allow(clippy::too_many_arguments)] // the keyword arguments of the Python API
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: String,
        date: Option<String>,
        title: Option<String>,
        doc_number: Option<String>,
        issuer: Option<String>,
        id: Option<String>,
        source: String,
    ) -> PyResult<Bound<'py, PyAny>> {
        let meta =
            Meta { id, date: parse_date(date.as_deref(), "date")?, title, doc_number, issuer };
        let json = py.detach(|| {
            let analysis = self.engine.analyze(&text, &meta);
            let records = extract_records(
                &analysis,
                &source,
                Encoding::Utf8,
                meta.id.as_deref(),
                &[],
                &serde_json::Map::new(),
            )?;
            serde_json::to_string(&records)
        });
        let json = json.map_err(|e| GongwenError::new_err(format!("cannot serialise: {e}")))?;
        json_to_py(py, &json)
    }

    fn __repr__(&self) -> &'static str {
        "gongwen.Analyzer()"
    }
}

/// One input as the package's wrapper hands it over: `(kind, value, id,
/// date, title, doc_number, issuer)` with kind `path` or `text`.
#[derive(FromPyObject)]
struct RawInput(
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// One input: a file, directory or archive, or a text given in Python.
enum Input {
    Path(PathBuf),
    Text(SourceDoc),
}

/// Reading and run options shared by `extract` and `link`.
struct Options {
    load: LoadOptions,
    /// `--date`: for documents that state none and whose record gives none.
    date: Option<Date>,
    threads: Option<NonZeroUsize>,
}

/// The options of the Python keyword arguments, as a dict.
#[derive(FromPyObject)]
#[pyo3(from_item_all)]
struct RawOptions {
    jsonl_text: Option<String>,
    jsonl_id: Option<String>,
    jsonl_date: Option<String>,
    jsonl_title: Option<String>,
    jsonl_doc_number: Option<String>,
    jsonl_issuer: Option<String>,
    jsonl_keep: Vec<String>,
    ext: Vec<String>,
    max_size_mib: u64,
    date: Option<String>,
    threads: Option<usize>,
}

impl RawOptions {
    fn validate(self) -> PyResult<Options> {
        let jsonl = self.jsonl_text.map(|text| JsonlFields {
            id: self.jsonl_id,
            date: self.jsonl_date,
            title: self.jsonl_title,
            doc_number: self.jsonl_doc_number,
            issuer: self.jsonl_issuer,
            keep: self.jsonl_keep,
            ..JsonlFields::new(text)
        });
        let load = LoadOptions {
            extensions: self.ext.iter().map(|e| e.trim_start_matches('.').to_owned()).collect(),
            max_bytes: self.max_size_mib.saturating_mul(1024 * 1024),
            jsonl,
        };
        let threads = match self.threads {
            None => None,
            Some(n) => Some(
                NonZeroUsize::new(n)
                    .ok_or_else(|| PyValueError::new_err("threads must be at least 1"))?,
            ),
        };
        Ok(Options { load, date: parse_date(self.date.as_deref(), "date")?, threads })
    }
}

impl RawInput {
    fn validate(self, index: usize, opts: &LoadOptions) -> PyResult<Input> {
        let RawInput(kind, value, id, date, title, doc_number, issuer) = self;
        match kind.as_str() {
            "path" => {
                let path = PathBuf::from(value);
                check_jsonl(&path, opts)?;
                Ok(Input::Path(path))
            }
            "text" => {
                let source = match &id {
                    Some(id) => id.clone(),
                    None => format!("<text {index}>"),
                };
                Ok(Input::Text(SourceDoc {
                    source,
                    line: None,
                    text: value,
                    encoding: Encoding::Utf8,
                    id,
                    date: parse_date(date.as_deref(), "date of a text")?,
                    title,
                    doc_number,
                    issuer,
                    kept: serde_json::Map::new(),
                    warnings: Vec::new(),
                }))
            }
            other => Err(PyValueError::new_err(format!("unknown input kind {other:?}"))),
        }
    }
}

/// A `.jsonl` file named without `jsonl_text` would be read as one huge
/// text: refuse it and name the string fields that could hold the text, as
/// the CLI does before a run.
fn check_jsonl(path: &Path, opts: &LoadOptions) -> PyResult<()> {
    let is_jsonl = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
    if opts.jsonl.is_some() || !is_jsonl || !path.is_file() {
        return Ok(());
    }
    let sample = load::sample_fields(path, 50, opts.max_bytes).map_err(|e| library_error(&e))?;
    let mut fields: Vec<_> = sample.fields.iter().filter(|f| f.string).collect();
    fields.sort_by_key(|f| std::cmp::Reverse(f.max_len));
    let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    Err(PyValueError::new_err(format!(
        "{} is a JSON Lines archive: give jsonl_text=FIELD (string fields, longest first: {})",
        path.display(),
        names.join(", ")
    )))
}

/// Every document of `inputs` through `work`, in parallel, each result handed
/// to `sink` in input order; files and archives go through the library's
/// batch run (streaming, chunked), texts given in Python through `par_iter`.
fn run_inputs<T, W, S>(inputs: Vec<Input>, opts: &Options, work: W, mut sink: S)
where
    T: Send,
    W: Fn(&SourceDoc) -> T + Sync,
    S: FnMut(Result<T, gongwen::Error>),
{
    let mut inputs = inputs.into_iter().peekable();
    while let Some(first) = inputs.next() {
        match first {
            Input::Path(path) => {
                let mut paths = vec![path];
                while let Some(Input::Path(_)) = inputs.peek() {
                    if let Some(Input::Path(p)) = inputs.next() {
                        paths.push(p);
                    }
                }
                let plan = load::plan(&paths, &opts.load);
                let done: Result<_, Infallible> =
                    batch::run(plan, &opts.load, batch::DEFAULT_CHUNK, &work, |_, r| {
                        sink(r);
                        Ok(())
                    });
                let _ = done;
            }
            Input::Text(doc) => {
                let mut docs = vec![doc];
                while let Some(Input::Text(_)) = inputs.peek() {
                    if let Some(Input::Text(d)) = inputs.next() {
                        docs.push(d);
                    }
                }
                for chunk in docs.chunks(batch::DEFAULT_CHUNK) {
                    let results: Vec<T> = chunk.par_iter().map(&work).collect();
                    results.into_iter().for_each(|r| sink(Ok(r)));
                }
            }
        }
    }
}

/// The analyser's facts for one document: its record's, else `date`.
fn meta_for(doc: &SourceDoc, date: Option<Date>) -> Meta {
    let mut meta = doc.meta();
    meta.date = meta.date.or(date);
    meta
}

fn prepare(inputs: Vec<RawInput>, options: RawOptions) -> PyResult<(Vec<Input>, Options)> {
    let opts = options.validate()?;
    let inputs = inputs
        .into_iter()
        .enumerate()
        .map(|(i, raw)| raw.validate(i, &opts.load))
        .collect::<PyResult<Vec<_>>>()?;
    Ok((inputs, opts))
}

/// The JSON records of every input (one per logical document; sources that
/// cannot be read give `{source, error}` records), as a JSON array.
#[pyfunction]
fn _records(
    py: Python<'_>,
    inputs: Vec<RawInput>,
    options: RawOptions,
) -> PyResult<Bound<'_, PyAny>> {
    let (inputs, opts) = prepare(inputs, options)?;
    let json = py.detach(|| {
        batch::with_threads(opts.threads, || {
            let mut out: Vec<serde_json::Value> = Vec::new();
            let mut failed = None;
            run_inputs(
                inputs,
                &opts,
                |doc| {
                    let analysis = ENGINE.analyze(&doc.text, &meta_for(doc, opts.date));
                    extract_records(
                        &analysis,
                        &doc.source,
                        doc.encoding,
                        doc.id.as_deref(),
                        &doc.warnings,
                        &doc.kept,
                    )
                },
                |r| match r {
                    Ok(Ok(mut records)) => out.append(&mut records),
                    Ok(Err(e)) => failed = Some(e),
                    Err(e) => match serde_json::to_value(gongwen::corpus::record::ErrorRecord::new(
                        &e, "-",
                    )) {
                        Ok(v) => out.push(v),
                        Err(e) => failed = Some(e),
                    },
                },
            );
            match failed {
                Some(e) => Err(e),
                None => serde_json::to_string(&out),
            }
        })
    });
    let json = json
        .map_err(|e| library_error(&e))?
        .map_err(|e| GongwenError::new_err(format!("cannot serialise: {e}")))?;
    json_to_py(py, &json)
}

/// The links between the logical documents of every input, as the JSON
/// array of `gongwen link`'s records, and the messages of the sources that
/// could not be read.
#[pyfunction]
fn _link(
    py: Python<'_>,
    inputs: Vec<RawInput>,
    options: RawOptions,
) -> PyResult<(Bound<'_, PyAny>, Vec<String>)> {
    let (inputs, opts) = prepare(inputs, options)?;
    let done = py.detach(|| {
        batch::with_threads(opts.threads, || {
            let mut docs: Vec<LinkDoc> = Vec::new();
            let mut errors = Vec::new();
            run_inputs(
                inputs,
                &opts,
                |doc| {
                    let analysis = ENGINE.analyze(&doc.text, &meta_for(doc, opts.date));
                    analysis
                        .documents
                        .iter()
                        .map(|r| {
                            let mut d = LinkDoc::from_report(&doc.source, &doc.text, r)
                                .with_archive(&analysis.archive);
                            d.date = d.date.or(doc.date);
                            d.id.clone_from(&doc.id);
                            d
                        })
                        .collect::<Vec<_>>()
                },
                |r| match r {
                    Ok(mut found) => docs.append(&mut found),
                    Err(e) => errors.push(e.to_string()),
                },
            );
            let graph = Linker::new().link(docs);
            let records: Vec<_> = graph.records().collect();
            serde_json::to_string(&records).map(|json| (json, errors))
        })
    });
    let (json, errors) = done
        .map_err(|e| library_error(&e))?
        .map_err(|e| GongwenError::new_err(format!("cannot serialise: {e}")))?;
    Ok((json_to_py(py, &json)?, errors))
}

/// gongwen's analyser, batch runs and linker (the extension module of the
/// `gongwen` package).
#[pymodule]
fn _gongwen(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add("GongwenError", m.py().get_type::<GongwenError>())?;
    m.add_function(wrap_pyfunction!(_records, m)?)?;
    m.add_function(wrap_pyfunction!(_link, m)?)?;
    Ok(())
}
