//! The subcommands, each a thin loop over the library's batch API.

use std::process::ExitCode;

use anyhow::Result;
use gongwen::corpus::arrow::{self, arrow_array::RecordBatch};
use gongwen::corpus::batch::{self, BatchStats};
use gongwen::corpus::link_table::LinkRow;
use gongwen::corpus::load::{Input, Unit};
use gongwen::corpus::parquet::{self, ParquetTables};
use gongwen::corpus::record::{ErrorRecord, ExtractRecord};
use gongwen::corpus::table::{Rows, Table};
use gongwen::link::{LinkDoc, LinkGraph, LinkProgress, Linker, export};
use gongwen::{Analyzer, Meta};
use serde::Serialize;

use crate::args::{
    AnalysisArgs, ChainArgs, Cli, Command, EvalArgs, EvalFormat, ExtractArgs, Format, GraphFormat,
    InputArgs, LinkArgs, LinkFormat, Offsets, OutputArgs, SegmentArgs,
};
use crate::config::{self, InputConfig};
use crate::output::{self, Progress};
use crate::tables::{self, CsvChunk, CsvTables};

/// Run one parsed command line. Exit status: 0 when every input was read,
/// 1 when some inputs gave error records (the others still came out).
pub fn run(cli: Cli) -> Result<ExitCode> {
    // `--threads`: each command runs on a pool of its own (none: the global one).
    let stats = match &cli.command {
        Command::Eval(args) => return eval(args),
        Command::Extract(a) => batch::with_threads(a.input.threads, || extract(a)),
        Command::Segment(a) => batch::with_threads(a.input.threads, || segment(a)),
        Command::Link(a) => batch::with_threads(a.input.threads, || link(a)),
        Command::Chain(a) => batch::with_threads(a.input.threads, || chain(a)),
    }??;
    Ok(if stats.errors == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// The analyser's facts for one document: its record's, and `--date` to
/// resolve relative deadlines against when neither text nor record dates it.
fn meta_for(doc: &gongwen::corpus::SourceDoc, default_date: Option<jiff::civil::Date>) -> Meta {
    Meta { reference_date: default_date, ..doc.meta() }
}

fn write_error(out: &mut dyn std::io::Write, err: &gongwen::Error, offsets: Offsets) -> Result<()> {
    output::write_line(out, &ErrorRecord::new(err, "-"), offsets, "")
}

/// What one source gives in `extract`: output bytes, CSV lines per table,
/// or a record batch per table.
enum Chunk {
    Bytes(Vec<u8>),
    Csv(Box<CsvChunk>),
    Parquet(Vec<(Table, RecordBatch)>),
}

/// Where `extract` writes: a stream (JSON Lines, table) or a folder of tables.
enum Sink {
    Stream(Box<dyn std::io::Write>),
    Csv(CsvTables),
    Parquet(ParquetTables),
}

/// The name of a folder format in messages.
fn format_name(format: Format) -> &'static str {
    match format {
        Format::Jsonl => "jsonl",
        Format::Table => "table",
        Format::Csv => "csv",
        Format::Parquet => "parquet",
    }
}

fn extract(args: &ExtractArgs) -> Result<BatchStats> {
    let offsets = args.offsets.offsets;
    let tables = matches!(args.format, Format::Csv | Format::Parquet);
    if tables && offsets == Offsets::Chars {
        let name = format_name(args.format);
        anyhow::bail!("--format {name} writes byte offsets only; drop --offsets chars");
    }
    let mut sink = match (args.format, &args.output.output) {
        (Format::Csv, Some(dir)) => Sink::Csv(CsvTables::create(dir)?),
        (Format::Parquet, Some(dir)) => Sink::Parquet(ParquetTables::create(dir)?),
        (Format::Csv | Format::Parquet, None) => {
            let name = format_name(args.format);
            anyhow::bail!("--format {name} writes one file per table: give --output DIR")
        }
        _ => Sink::Stream(output::writer(&args.output)?),
    };
    let input = InputConfig::new(&args.input, Some(&args.analysis))?.sharded(args.shard.shard);
    let analyzer = Analyzer::new();
    let progress = Progress::new(args.output.quiet);
    if let (Format::Table, Sink::Stream(out)) = (args.format, &mut sink) {
        tables::table_header(out)?;
    }
    let mut records = 0;
    let mut bytes = 0;
    let stats = batch::run(
        input.units,
        &input.load,
        batch::DEFAULT_CHUNK,
        |doc| -> Result<(Chunk, usize)> {
            let analysis = analyzer.analyze(&doc.text, &meta_for(doc, input.date));
            let mut buf = Vec::new();
            let mut csv: Box<CsvChunk> = Box::default();
            let mut rows = Rows::default();
            for report in &analysis.documents {
                let mut record =
                    ExtractRecord::new(&doc.source, doc.encoding, doc.id.as_deref(), report)
                        .with_read_warnings(&doc.warnings)
                        .with_kept(&doc.kept);
                if report.index == 0 {
                    record = record.with_archive(&analysis.archive);
                }
                match args.format {
                    Format::Jsonl => output::write_line(&mut buf, &record, offsets, &doc.text)?,
                    Format::Table => tables::table_document(&mut buf, &record)?,
                    Format::Csv => tables::csv_rows(&mut csv, &Rows::from_record(&record))?,
                    Format::Parquet => rows.append(&mut Rows::from_record(&record)),
                }
            }
            // A source's batches are built here, on the worker threads.
            let chunk = match args.format {
                Format::Csv => Chunk::Csv(csv),
                Format::Parquet => Chunk::Parquet(arrow::record_batches(&rows)?),
                Format::Jsonl | Format::Table => Chunk::Bytes(buf),
            };
            Ok((chunk, analysis.documents.len()))
        },
        |doc, result| -> Result<()> {
            match result {
                Ok(done) => {
                    let (chunk, n) = done?;
                    records += n;
                    bytes += doc.map_or(0, |d| d.text.len());
                    match (&mut sink, chunk) {
                        (Sink::Stream(out), Chunk::Bytes(b)) => out.write_all(&b)?,
                        (Sink::Csv(t), Chunk::Csv(c)) => t.append(&c)?,
                        (Sink::Parquet(t), Chunk::Parquet(b)) => t.write_batches(&b)?,
                        _ => unreachable!("the format decides both"),
                    }
                }
                Err(err) => {
                    let record = ErrorRecord::new(&err, "-");
                    match &mut sink {
                        Sink::Stream(out) if args.format == Format::Table => {
                            tables::table_error(out, &record.source, &record.error.message)?
                        }
                        Sink::Stream(out) => write_error(out, &err, offsets)?,
                        Sink::Csv(t) => {
                            let mut chunk: Box<CsvChunk> = Box::default();
                            tables::csv_rows(&mut chunk, &Rows::from_error(&record))?;
                            t.append(&chunk)?;
                        }
                        Sink::Parquet(t) => t.write_rows(&Rows::from_error(&record))?,
                    }
                }
            }
            progress.tick(bytes);
            Ok(())
        },
    )?;
    match sink {
        Sink::Stream(mut out) => out.flush()?,
        Sink::Csv(t) => t.finish()?,
        Sink::Parquet(t) => t.finish()?,
    }
    progress.finish(&stats, records, "records");
    if let (true, Some(dir)) = (tables, &args.output.output)
        && !args.output.quiet
    {
        let names: Vec<&str> = Table::ALL.iter().map(|t| t.name()).collect();
        eprintln!(
            "gongwen: tables {} written to {}",
            names.join(", "),
            output::terminal_safe(&dir.display().to_string())
        );
    }
    Ok(stats)
}

/// One line of `gongwen segment`.
#[derive(Serialize)]
struct SegmentRecord<'a> {
    source: &'a str,
    /// The archive's id of the record (`--jsonl-id`), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    encoding: gongwen::corpus::Encoding,
    tokens: Vec<gongwen::segment::Token<'a>>,
}

fn segment(args: &SegmentArgs) -> Result<BatchStats> {
    let input = InputConfig::new(&args.input, None)?.sharded(args.shard.shard);
    let analyzer = Analyzer::new();
    let mut out = output::writer(&args.output)?;
    let progress = Progress::new(args.output.quiet);
    let offsets = args.offsets.offsets;
    let mut bytes = 0;
    let stats = batch::run(
        input.units,
        &input.load,
        batch::DEFAULT_CHUNK,
        |doc| -> Result<Vec<u8>> {
            let record = SegmentRecord {
                source: &doc.source,
                id: doc.id.as_deref(),
                encoding: doc.encoding,
                tokens: analyzer.tokens(&doc.text).collect(),
            };
            let mut buf = Vec::new();
            output::write_line(&mut buf, &record, offsets, &doc.text)?;
            Ok(buf)
        },
        |doc, result| -> Result<()> {
            match result {
                Ok(line) => {
                    bytes += doc.map_or(0, |d| d.text.len());
                    out.write_all(&line?)?;
                }
                Err(err) => write_error(&mut out, &err, offsets)?,
            }
            progress.tick(bytes);
            Ok(())
        },
    )?;
    out.flush()?;
    progress.finish(&stats, stats.documents, "records");
    Ok(stats)
}

/// Read and analyse every input, then link the logical documents. The
/// caller prints the summary line with what it counts.
fn link_graph(
    input: &InputArgs,
    analysis: &AnalysisArgs,
    output: &OutputArgs,
) -> Result<(LinkGraph, BatchStats, LinkBar, Vec<String>)> {
    let input = InputConfig::new(input, Some(analysis))?;
    let analyzer = Analyzer::new();
    let progress = LinkBar::new(output.quiet, input_bytes(&input.units));
    let mut docs: Vec<LinkDoc> = Vec::new();
    let mut sources = Vec::new();
    let mut bytes = 0;
    let stats = batch::run(
        input.units,
        &input.load,
        batch::DEFAULT_CHUNK,
        |doc| {
            let analysis = analyzer.analyze(&doc.text, &meta_for(doc, input.date));
            analysis
                .documents
                .iter()
                .map(|r| {
                    let mut d = LinkDoc::from_report(&doc.source, &doc.text, r)
                        .with_archive(&analysis.archive)
                        .with_id(doc.id.as_deref());
                    // An archive record's own date (`--jsonl-date`) when the
                    // text states none, so that `from` is the later document.
                    d.date = d.date.or(doc.date);
                    d
                })
                .collect::<Vec<_>>()
        },
        |doc, result| -> Result<()> {
            match result {
                Ok(mut found) => {
                    bytes += doc.map_or(0, |d| d.text.len());
                    sources.extend(doc.map(|d| d.source.clone()));
                    docs.append(&mut found);
                }
                Err(err) => {
                    progress
                        .println(&format!("gongwen: {}", output::terminal_safe(&err.to_string())));
                }
            }
            progress.read(bytes);
            Ok(())
        },
    )?;
    let graph = Linker::new().link_with_progress(docs, &|p| progress.phase(p));
    Ok((graph, stats, progress, sources))
}

/// `link --records`: the documents of `gongwen extract` records (the part
/// files of a sharded run), linked without analysing the texts again. Each
/// record's text is read again from its `source` for reuse detection; a
/// source that cannot be read leaves its documents without text (they link
/// by numbers and titles only) and is reported once.
fn records_graph(
    input: &InputArgs,
    output: &OutputArgs,
) -> Result<(LinkGraph, BatchStats, LinkBar)> {
    use anyhow::Context as _;
    use gongwen::corpus::load::{self, Format as UnitFormat, Input as UnitInput, Unit};
    use gongwen::link::records::{RecordDoc, parse_record};
    use std::collections::{BTreeMap, BTreeSet, HashMap};
    use std::io::BufRead as _;

    let opts = config::load_options(input)?;
    let progress = LinkBar::new(output.quiet, 0);
    let mut stats = BatchStats { units: input.paths.len(), ..BatchStats::default() };
    let mut found: Vec<RecordDoc> = Vec::new();
    for path in &input.paths {
        let shown = path.display().to_string();
        let file = std::fs::File::open(path).with_context(|| format!("cannot read {shown}"))?;
        for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.with_context(|| format!("cannot read {shown}"))?;
            if line.trim().is_empty() {
                continue;
            }
            match parse_record(&line, &shown, i + 1) {
                Ok(Some(record)) => found.push(record),
                Ok(None) => stats.errors += 1,
                Err(err) => {
                    stats.errors += 1;
                    progress
                        .println(&format!("gongwen: {}", output::terminal_safe(&err.to_string())));
                }
            }
        }
    }
    // The order of one run over the same inputs, whatever the order of the
    // part files: by path, then line, then logical document. The linker's
    // choices between equal candidates follow input order.
    let place = |r: &RecordDoc| {
        let (path, line) = load::split_source(&r.source);
        (path.to_owned(), line.unwrap_or(0), r.index)
    };
    found.sort_by_cached_key(place);
    // Read each source once: whole files, and the needed lines of archives.
    let mut files: BTreeSet<&str> = BTreeSet::new();
    let mut archives: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for r in &found {
        match load::split_source(&r.source) {
            (archive, Some(line)) => {
                archives.entry(archive).or_default().insert(line);
            }
            (file, None) => {
                files.insert(file);
            }
        }
    }
    let mut texts: HashMap<String, String> = HashMap::new();
    for file in files {
        let unit = Unit { input: UnitInput::Path(file.into()), format: UnitFormat::Text };
        match load::records(&unit, &opts).next() {
            Some(Ok(doc)) => {
                texts.insert(doc.source, doc.text);
            }
            Some(Err(err)) => progress.println(&format!(
                "gongwen: {} (its documents link without reuse)",
                output::terminal_safe(&err.to_string())
            )),
            None => {}
        }
    }
    for (archive, lines) in archives {
        if opts.jsonl.is_none() {
            progress.println(&format!(
                "gongwen: {}: give --jsonl-text FIELD to read its texts again (its documents link without reuse)",
                output::terminal_safe(archive)
            ));
            continue;
        }
        let unit = Unit { input: UnitInput::Path(archive.into()), format: UnitFormat::Jsonl };
        for doc in load::records(&unit, &opts).flatten() {
            if doc.line.is_some_and(|l| lines.contains(&l)) {
                texts.insert(doc.source, doc.text);
            }
        }
    }
    let docs: Vec<LinkDoc> = found
        .into_iter()
        .map(|r| {
            let text = texts.get(&r.source).map(String::as_str);
            stats.bytes += text.map_or(0, |t| t.len() as u64);
            r.into_link_doc(text)
        })
        .collect();
    stats.documents = docs.len();
    let graph = Linker::new().link_with_progress(docs, &|p| progress.phase(p));
    Ok((graph, stats, progress))
}

/// The bytes of the input files, for the reading phase's total (0 when
/// unknown: standard input).
fn input_bytes(units: &[gongwen::Result<Unit>]) -> u64 {
    units
        .iter()
        .filter_map(|u| match &u.as_ref().ok()?.input {
            Input::Path(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Input::Stdin => None,
        })
        .sum()
}

/// `link`'s progress on standard error: a bar with a total and an ETA for
/// reading and analysing (bytes), then for each phase of the linker
/// (documents, bands or candidate pairs); none with `-q` or when standard
/// error is not a terminal. Ends with the one-line summary unless `-q`.
struct LinkBar {
    bar: Option<indicatif::ProgressBar>,
    started: std::time::Instant,
    quiet: bool,
}

impl LinkBar {
    fn new(quiet: bool, total_bytes: u64) -> LinkBar {
        use std::io::IsTerminal as _;
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(total_bytes);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{prefix:>11} [{bar:30}] {bytes}/{total_bytes} ETA {eta} [{elapsed}]",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar.set_prefix("read");
            bar
        });
        LinkBar { bar, started: std::time::Instant::now(), quiet }
    }

    fn read(&self, bytes: usize) {
        if let Some(bar) = &self.bar {
            let len = bar.length().unwrap_or(0);
            bar.set_position((bytes as u64).min(len));
        }
    }

    fn phase(&self, p: LinkProgress) {
        let Some(bar) = &self.bar else { return };
        if p.done == 0 {
            // A new phase: a new total, and a fresh ETA estimate.
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{prefix:>11} [{bar:30}] {pos}/{len} ETA {eta} [{elapsed}]",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar.reset();
            bar.set_prefix(p.phase.as_str());
            bar.set_length(p.total as u64);
        }
        bar.set_position(p.done as u64);
    }

    fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Clear the bar and print the summary: `count` things called `what`.
    fn finish(&self, stats: &BatchStats, count: usize, what: &str) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.quiet {
            return;
        }
        eprintln!("{}", output::summary_line(stats, self.started, count, what));
    }
}

fn link(args: &LinkArgs) -> Result<BatchStats> {
    let table_dir = match (args.format, &args.output.output) {
        (LinkFormat::Jsonl, _) => None,
        (_, Some(dir)) => Some(dir),
        (_, None) => anyhow::bail!("--format csv and parquet write DIR/links.*: give --output DIR"),
    };
    let (graph, stats, progress) = if args.records {
        records_graph(&args.input, &args.output)?
    } else {
        let (graph, stats, progress, _) = link_graph(&args.input, &args.analysis, &args.output)?;
        (graph, stats, progress)
    };
    progress.finish(&stats, graph.links().len(), "links");
    if let Some(dir) = table_dir {
        let rows = LinkRow::from_graph(&graph);
        let path = match args.format {
            LinkFormat::Parquet => {
                let path = tables::table_path(dir, "links.parquet")?;
                parquet::write_links(&path, &rows)?;
                path
            }
            _ => tables::write_links_csv(dir, &rows)?,
        };
        if !args.output.quiet {
            let shown = path.display().to_string();
            eprintln!("gongwen: links table written to {}", output::terminal_safe(&shown));
        }
        return Ok(stats);
    }
    let mut out = output::writer(&args.output)?;
    match args.graph {
        Some(GraphFormat::Dot) => out.write_all(export::to_dot(&graph).as_bytes())?,
        Some(GraphFormat::Graphml) => out.write_all(export::to_graphml(&graph).as_bytes())?,
        None => {
            for record in graph.records() {
                output::to_writer(&mut out, &record)?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    Ok(stats)
}

fn chain(args: &ChainArgs) -> Result<BatchStats> {
    let (graph, stats, progress, sources) = link_graph(&args.input, &args.analysis, &args.output)?;
    let (source, index) = match args.doc.rsplit_once('#') {
        Some((s, i)) if i.parse::<usize>().is_ok() => (s, i.parse().unwrap_or(0)),
        _ => (args.doc.as_str(), 0),
    };
    // The same file however its path is spelt (`./corpus/…`, an absolute path).
    let wanted = config::canonical_source(source);
    let same_file = |s: &&String| wanted.is_some() && config::canonical_source(s) == wanted;
    let start = graph
        .find_doc(source, index)
        .or_else(|| sources.iter().find(same_file).and_then(|s| graph.find_doc(s, index)))
        .or_else(|| graph.find_doc_number(&args.doc))
        .or_else(|| graph.find_archive_id(&args.doc));
    let Some(start) = start else {
        anyhow::bail!(
            "no document {:?} among the inputs (give PATH, PATH#INDEX, a document number or an archive id)",
            args.doc
        );
    };
    let path = graph.chain(start);
    progress.finish(&stats, path.len(), "links in the chain");
    let mut out = output::writer(&args.output)?;
    for link in path {
        if let Some(record) = graph.records().find(|r| std::ptr::eq(r.link(), link)) {
            output::to_writer(&mut out, &record)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(stats)
}

/// Score the analyser on an annotated set. Exit status 0; a gold file or
/// text that cannot be used is an error (status 2).
fn eval(args: &EvalArgs) -> Result<ExitCode> {
    let opts = gongwen::eval::EvalOptions { meta_dates: !args.no_meta_dates };
    let report = gongwen::eval::evaluate(&args.dir, &Analyzer::new(), &opts)?;
    let mut out = output::writer_to(args.output.as_deref())?;
    match args.format {
        EvalFormat::Table => out.write_all(report.to_table(args.errors).as_bytes())?,
        EvalFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &report.to_json(args.errors))?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
