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

use std::collections::HashMap;

use arrow_pyarrow::{FromPyArrow, ToPyArrow};
use gongwen::corpus::arrow::arrow_array::cast::AsArray;
use gongwen::corpus::arrow::arrow_array::types::{Int32Type, Int64Type, UInt32Type, UInt64Type};
use gongwen::corpus::arrow::arrow_array::{ArrayRef, RecordBatch};
use gongwen::corpus::arrow::arrow_schema::DataType;
use gongwen::corpus::arrow::{self as garrow};
use gongwen::corpus::link_table::LinkRow;
use gongwen::corpus::load::{self, JsonlFields, LoadOptions, SourceDoc};
use gongwen::corpus::record::{ErrorRecord, ExtractRecord};
use gongwen::corpus::table::{Rows, Table};
use gongwen::corpus::{Encoding, batch};
use gongwen::link::{LinkDoc, Linker};
use gongwen::{Analysis, Meta};
use jiff::civil::Date;
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
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
        let meta = Meta {
            id,
            date: parse_date(date.as_deref(), "date")?,
            title,
            doc_number,
            issuer,
            ..Meta::default()
        };
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
            ..LoadOptions::default()
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
                let Ok(_stats) =
                    batch::run(plan, &opts.load, batch::DEFAULT_CHUNK, &work, |_, r| {
                        sink(r);
                        Ok::<(), Infallible>(())
                    });
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

/// The analyser's facts for one document: its record's, and `date` to
/// resolve relative deadlines against when neither text nor record dates it.
fn meta_for(doc: &SourceDoc, date: Option<Date>) -> Meta {
    Meta { reference_date: date, ..doc.meta() }
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
                    Err(e) => match serde_json::to_value(ErrorRecord::new(&e, "-")) {
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

/// The links between the logical documents of every input, and the messages
/// of the sources that could not be read: the JSON array of `gongwen link`'s
/// records as Python objects, or with `table` the links table
/// (`gongwen::corpus::link_table`) as a `pyarrow.Table`.
#[pyfunction]
fn _link(
    py: Python<'_>,
    inputs: Vec<RawInput>,
    options: RawOptions,
    table: bool,
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
                            d.with_id(doc.id.as_deref())
                        })
                        .collect::<Vec<_>>()
                },
                |r| match r {
                    Ok(mut found) => docs.append(&mut found),
                    Err(e) => errors.push(e.to_string()),
                },
            );
            let graph = Linker::new().link(docs);
            let links = if table {
                let rows = LinkRow::from_graph(&graph);
                Links::Table(garrow::links_record_batch(&rows).map_err(|e| library_error(&e))?)
            } else {
                let records: Vec<_> = graph.records().collect();
                let json = serde_json::to_string(&records)
                    .map_err(|e| GongwenError::new_err(format!("cannot serialise: {e}")))?;
                Links::Json(json)
            };
            Ok::<_, PyErr>((links, errors))
        })
    });
    let (links, errors) = done.map_err(|e| library_error(&e))??;
    let links = match links {
        Links::Json(json) => json_to_py(py, &json)?,
        Links::Table(batch) => arrow_table(py, batch)?,
    };
    Ok((links, errors))
}

/// What `_link` hands back, built without the GIL.
enum Links {
    Json(String),
    Table(RecordBatch),
}

/// One record batch as a `pyarrow.Table`.
fn arrow_table(py: Python<'_>, batch: RecordBatch) -> PyResult<Bound<'_, PyAny>> {
    let table = py.import("pyarrow")?.getattr("Table")?;
    table.call_method1("from_batches", (vec![batch.to_pyarrow(py)?],))
}

/// The table called `name` (`documents`, `deadlines`, …).
fn table_named(name: &str) -> PyResult<Table> {
    Table::ALL.into_iter().find(|t| t.name() == name).ok_or_else(|| {
        let names: Vec<&str> = Table::ALL.iter().map(|t| t.name()).collect();
        PyValueError::new_err(format!("no table {name:?} (tables: {})", names.join(", ")))
    })
}

fn arrow_error(e: impl std::fmt::Display) -> PyErr {
    GongwenError::new_err(format!("arrow: {e}"))
}

/// The rows of one analysed text, every logical document's appended, as
/// `gongwen extract --format csv` writes them.
fn text_rows<'a>(
    analysis: &'a Analysis<'a>,
    source: &'a str,
    encoding: Encoding,
    id: Option<&'a str>,
    read_warnings: &'a [String],
    kept: &'a serde_json::Map<String, serde_json::Value>,
) -> Rows<'a> {
    let mut rows = Rows::default();
    for report in &analysis.documents {
        let mut record = ExtractRecord::new(source, encoding, id, report)
            .with_read_warnings(read_warnings)
            .with_kept(kept);
        if report.index == 0 {
            record = record.with_archive(&analysis.archive);
        }
        rows.append(&mut Rows::from_record(&record));
    }
    rows
}

/// The batches of `tables` for one source document.
fn doc_batches(
    doc: &SourceDoc,
    date: Option<Date>,
    tables: &[Table],
) -> gongwen::Result<Vec<(Table, RecordBatch)>> {
    let analysis = ENGINE.analyze(&doc.text, &meta_for(doc, date));
    let rows = text_rows(
        &analysis,
        &doc.source,
        doc.encoding,
        doc.id.as_deref(),
        &doc.warnings,
        &doc.kept,
    );
    tables.iter().map(|&t| garrow::record_batch(t, &rows).map(|b| (t, b))).collect()
}

/// The tables of every input, built in Rust: `{name: pyarrow.Table}` for the
/// tables asked for (each one record batch with the table's fixed schema).
#[pyfunction]
fn _tables<'py>(
    py: Python<'py>,
    inputs: Vec<RawInput>,
    options: RawOptions,
    tables: Vec<String>,
) -> PyResult<Bound<'py, PyDict>> {
    let tables = tables.iter().map(|t| table_named(t)).collect::<PyResult<Vec<_>>>()?;
    let (inputs, opts) = prepare(inputs, options)?;
    let done = py.detach(|| {
        batch::with_threads(opts.threads, || {
            let mut parts: HashMap<Table, Vec<RecordBatch>> = HashMap::new();
            let mut failed = None;
            let wants_errors = tables.contains(&Table::Errors);
            run_inputs(
                inputs,
                &opts,
                |doc| doc_batches(doc, opts.date, &tables),
                |r| {
                    let found = match r {
                        Ok(found) => found,
                        Err(e) if wants_errors => {
                            let record = ErrorRecord::new(&e, "-");
                            garrow::record_batch(Table::Errors, &Rows::from_error(&record))
                                .map(|b| vec![(Table::Errors, b)])
                        }
                        Err(_) => Ok(Vec::new()),
                    };
                    match found {
                        Ok(found) => {
                            for (t, b) in found {
                                parts.entry(t).or_default().push(b);
                            }
                        }
                        Err(e) => failed = Some(e),
                    }
                },
            );
            if let Some(e) = failed {
                return Err(library_error(&e));
            }
            tables
                .iter()
                .map(|&t| {
                    let schema = garrow::schema(t);
                    let batches = parts.remove(&t).unwrap_or_default();
                    arrow_select::concat::concat_batches(&schema, &batches)
                        .map(|b| (t, b))
                        .map_err(arrow_error)
                })
                .collect::<PyResult<Vec<_>>>()
        })
    });
    let batches = done.map_err(|e| library_error(&e))??;
    let out = PyDict::new(py);
    for (t, b) in batches {
        let table = py
            .import("pyarrow")?
            .getattr("Table")?
            .call_method1("from_batches", (vec![b.to_pyarrow(py)?],))?;
        out.set_item(t.name(), table)?;
    }
    Ok(out)
}

/// The values of a text column, borrowed: `Utf8`, `LargeUtf8` or `Utf8View`.
fn str_column<'a>(col: &'a ArrayRef, name: &str) -> PyResult<Vec<Option<&'a str>>> {
    let col = col.as_ref();
    if let Some(a) = col.as_string_opt::<i32>() {
        Ok(a.iter().collect())
    } else if let Some(a) = col.as_string_opt::<i64>() {
        Ok(a.iter().collect())
    } else if let Some(a) = col.as_string_view_opt() {
        Ok(a.iter().collect())
    } else {
        Err(PyTypeError::new_err(format!(
            "column {name:?} is {}, not a string column",
            col.data_type()
        )))
    }
}

/// The values of an id column as strings: text or integers.
fn id_column(col: &ArrayRef, name: &str) -> PyResult<Vec<Option<String>>> {
    fn ints<T: ToString>(it: impl Iterator<Item = Option<T>>) -> Vec<Option<String>> {
        it.map(|v| v.map(|v| v.to_string())).collect()
    }
    let c = col.as_ref();
    match c.data_type() {
        DataType::Int32 => Ok(ints(c.as_primitive::<Int32Type>().iter())),
        DataType::Int64 => Ok(ints(c.as_primitive::<Int64Type>().iter())),
        DataType::UInt32 => Ok(ints(c.as_primitive::<UInt32Type>().iter())),
        DataType::UInt64 => Ok(ints(c.as_primitive::<UInt64Type>().iter())),
        _ => Ok(str_column(col, name)?.into_iter().map(|v| v.map(str::to_owned)).collect()),
    }
}

/// The values of a date column: `Date32`, or text that [`load::parse_date`]
/// reads (a value that does not parse is no date, as in a JSON Lines archive).
fn date_column(col: &ArrayRef, name: &str) -> PyResult<Vec<Option<Date>>> {
    let c = col.as_ref();
    if let DataType::Date32 = c.data_type() {
        let epoch = jiff::civil::date(1970, 1, 1);
        return Ok(c
            .as_primitive::<gongwen::corpus::arrow::arrow_array::types::Date32Type>()
            .iter()
            .map(|d| d.and_then(|days| epoch.checked_add(jiff::Span::new().days(days)).ok()))
            .collect());
    }
    Ok(str_column(col, name)?.into_iter().map(|v| v.and_then(load::parse_date)).collect())
}

fn column<'a>(batch: &'a RecordBatch, name: &str) -> PyResult<&'a ArrayRef> {
    batch.column_by_name(name).ok_or_else(|| {
        let names: Vec<String> = batch.schema().fields().iter().map(|f| f.name().clone()).collect();
        PyValueError::new_err(format!("no column {name:?} (columns: {})", names.join(", ")))
    })
}

/// Analyse each row's text of an Arrow record batch and return the rows of
/// one table with that table's fixed schema (:func:`gongwen.schema`).
///
/// The `source` of a row's documents is its id (`id_col`), else `row N`
/// (its position in the batch); `doc_id` is `source#index`. `date_col`
/// (`Date32` or text) resolves relative deadlines, `title_col` fills the
/// title a text does not state. Rows whose text is null or blank give no
/// rows. The GIL is released and rows are analysed on rayon's threads.
#[pyfunction]
#[pyo3(signature = (batch, text_col="text", id_col=None, date_col=None, title_col=None, table="documents"))]
fn process_batch<'py>(
    py: Python<'py>,
    batch: &Bound<'py, PyAny>,
    text_col: &str,
    id_col: Option<&str>,
    date_col: Option<&str>,
    title_col: Option<&str>,
    table: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let table = table_named(table)?;
    let batch = RecordBatch::from_pyarrow_bound(batch)?;
    let texts = str_column(column(&batch, text_col)?, text_col)?;
    let n = texts.len();
    let ids = match id_col {
        Some(c) => id_column(column(&batch, c)?, c)?,
        None => vec![None; n],
    };
    let dates = match date_col {
        Some(c) => date_column(column(&batch, c)?, c)?,
        None => vec![None; n],
    };
    let titles: Vec<Option<String>> = match title_col {
        Some(c) => {
            str_column(column(&batch, c)?, c)?.into_iter().map(|v| v.map(str::to_owned)).collect()
        }
        None => vec![None; n],
    };
    let out = py.detach(|| {
        let sources: Vec<String> =
            (0..n).map(|i| ids[i].clone().unwrap_or_else(|| format!("row {i}"))).collect();
        let analyses: Vec<Option<Analysis<'_>>> = (0..n)
            .into_par_iter()
            .map(|i| {
                let text = texts[i].filter(|t| !t.trim().is_empty())?;
                let meta = Meta {
                    id: ids[i].clone(),
                    date: dates[i],
                    title: titles[i].clone(),
                    ..Meta::default()
                };
                Some(ENGINE.analyze(text, &meta))
            })
            .collect();
        let kept = serde_json::Map::new();
        let mut rows = Rows::default();
        for (i, analysis) in analyses.iter().enumerate() {
            if let Some(analysis) = analysis {
                let mut r =
                    text_rows(analysis, &sources[i], Encoding::Utf8, ids[i].as_deref(), &[], &kept);
                rows.append(&mut r);
            }
        }
        garrow::record_batch(table, &rows)
    });
    out.map_err(|e| library_error(&e))?.to_pyarrow(py)
}

/// The fixed Arrow schema of a table (`documents`, `deadlines`, …), as a
/// `pyarrow.Schema`: the columns of `gongwen extract --format csv`.
#[pyfunction]
fn schema<'py>(py: Python<'py>, table: &str) -> PyResult<Bound<'py, PyAny>> {
    garrow::schema(table_named(table)?).as_ref().to_pyarrow(py)
}

/// gongwen's analyser, batch runs and linker (the extension module of the
/// `gongwen` package).
#[pymodule]
fn _gongwen(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add("GongwenError", m.py().get_type::<GongwenError>())?;
    m.add_function(wrap_pyfunction!(_records, m)?)?;
    m.add_function(wrap_pyfunction!(_link, m)?)?;
    m.add_function(wrap_pyfunction!(_tables, m)?)?;
    m.add_function(wrap_pyfunction!(process_batch, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    Ok(())
}
