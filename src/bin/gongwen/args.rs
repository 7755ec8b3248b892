//! Command-line arguments (raw, as clap parses them).

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// gongwen: structured, span-exact data from Chinese party and government documents.
#[derive(Debug, Parser)]
#[command(name = "gongwen", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands; each mirrors a part of the library.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// One JSON line per logical document: header fields and extracted items.
    Extract(ExtractArgs),
    /// Tokens with byte spans and part-of-speech tags, one JSON line per file.
    Segment(SegmentArgs),
    /// One JSON line per link between documents (forwards, cites, implements, reuses).
    Link(LinkArgs),
    /// The links from one document up to its highest source, one JSON line each.
    Chain(ChainArgs),
    /// Precision, recall and F1 per category against hand-annotated documents.
    Eval(EvalArgs),
}

/// Where inputs come from and how they are read.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files, directories (recursive, sorted) or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// File extensions read from directories (repeatable).
    #[arg(long = "ext", default_value = "txt", value_name = "EXT")]
    pub extensions: Vec<String>,
    /// Files larger than this many MiB give a `too_large` error record.
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    pub max_size: u64,
    /// Read `.jsonl` inputs as JSON Lines archives, one document per line, text in this field.
    #[arg(long, value_name = "FIELD")]
    pub jsonl_text: Option<String>,
    /// JSON Lines field holding a document id.
    #[arg(long, value_name = "FIELD", requires = "jsonl_text")]
    pub jsonl_id: Option<String>,
    /// JSON Lines field holding a document date (`YYYY-MM-DD`).
    #[arg(long, value_name = "FIELD", requires = "jsonl_text")]
    pub jsonl_date: Option<String>,
    /// JSON Lines field holding the title; fills `title` (with `from_meta: true`) when the text states none.
    #[arg(long, value_name = "FIELD", requires = "jsonl_text")]
    pub jsonl_title: Option<String>,
    /// JSON Lines field holding the 发文字号; fills `doc_number` (with `from_meta: true`) when the text states none.
    #[arg(long, value_name = "FIELD", requires = "jsonl_text")]
    pub jsonl_doc_number: Option<String>,
    /// JSON Lines field holding the issuing organ; fills `issuer` (with `from_meta: true`) when the text states none.
    #[arg(long, value_name = "FIELD", requires = "jsonl_text")]
    pub jsonl_issuer: Option<String>,
    /// Copy this field of every record, as it is, into the record's `meta` object (repeatable).
    #[arg(long, value_name = "FIELD", requires = "jsonl_text")]
    pub jsonl_keep: Vec<String>,
    /// Worker threads (default: `RAYON_NUM_THREADS`, else one per core). The output is the same
    /// for every count.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<NonZeroUsize>,
}

/// Splitting a run over processes (`extract`, `segment`).
#[derive(Debug, Args)]
pub struct ShardArgs {
    /// Read only part K of N of the inputs (text files by their place in
    /// the run, JSON Lines records by line number), for a job array; the N
    /// outputs together hold the records of one run.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<gongwen::corpus::load::Shard>,
}

/// Options of the subcommands that analyse documents (`extract`, `link`, `chain`).
#[derive(Debug, Args)]
pub struct AnalysisArgs {
    /// A date (`YYYY-MM-DD`) that relative deadlines resolve against when a document states none.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

/// Output options shared by the subcommands.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Do not show a progress bar or the summary line on standard error.
    #[arg(long, short)]
    pub quiet: bool,
}

/// The unit of spans, for the subcommands that write spans (`extract`, `segment`).
#[derive(Debug, Args)]
pub struct OffsetArgs {
    /// Offsets in the output: UTF-8 bytes (the contract) or Unicode chars.
    #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
    pub offsets: Offsets,
}

/// The unit of `span` offsets in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Offsets {
    /// UTF-8 byte offsets into the decoded source.
    Bytes,
    /// Unicode scalar (char) offsets into the decoded source.
    Chars,
}

/// `gongwen extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub shard: ShardArgs,
    #[command(flatten)]
    pub analysis: AnalysisArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub offsets: OffsetArgs,
    /// Output format. `csv` and `parquet` write one table per record type
    /// into the folder given by `--output` (see the README for the schemas).
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
}

/// Output format of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per logical document (the contract).
    Jsonl,
    /// A table for a person: a row per document, then its findings.
    Table,
    /// One CSV file per record type in the folder `--output DIR`.
    Csv,
    /// One Parquet file per record type in the folder `--output DIR`.
    Parquet,
}

/// `gongwen segment`.
#[derive(Debug, Args)]
pub struct SegmentArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub shard: ShardArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub offsets: OffsetArgs,
}

/// `gongwen link`.
#[derive(Debug, Args)]
pub struct LinkArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub analysis: AnalysisArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Write the link graph in this format instead of JSON lines.
    #[arg(long, value_enum, conflicts_with = "format")]
    pub graph: Option<GraphFormat>,
    /// The inputs are `gongwen extract` output (JSON Lines records, e.g. the
    /// part files of `extract --shard K/N`): link them without analysing the
    /// texts again. Texts for reuse detection are read again from each
    /// record's `source` (with the same `--jsonl-*` options as the run).
    #[arg(long)]
    pub records: bool,
    /// Output format of the links. `csv` and `parquet` write the links
    /// table `links.csv` or `links.parquet` into the folder given by
    /// `--output` (see the README for its columns).
    #[arg(long, value_enum, default_value_t = LinkFormat::Jsonl)]
    pub format: LinkFormat,
}

/// Output format of `link`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LinkFormat {
    /// One JSON object per link (the contract).
    Jsonl,
    /// The links table `links.csv` in the folder `--output DIR`.
    Csv,
    /// The links table `links.parquet` in the folder `--output DIR`.
    Parquet,
}

/// Graph export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT.
    Dot,
    /// GraphML (XML).
    Graphml,
}

/// `gongwen chain`.
#[derive(Debug, Args)]
pub struct ChainArgs {
    /// The document: its source (`PATH` or `PATH#INDEX`, as in `extract` output), its document number, or its archive id (`--jsonl-id`).
    #[arg(long = "doc", value_name = "DOC")]
    pub doc: String,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub analysis: AnalysisArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `gongwen eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The annotated set: a folder with `gold/*.json` and `texts/`.
    #[arg(value_name = "ANNOTATIONS_DIR")]
    pub dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EvalFormat::Table)]
    pub format: EvalFormat,
    /// Errors shown per category (misses, false findings, wrong values).
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub errors: usize,
    /// Do not pass each gold file's `meta_date` as the analysis date.
    #[arg(long)]
    pub no_meta_dates: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output format of `eval`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// Scores per category, then the first errors of each.
    Table,
    /// One JSON object: scores per category and the first errors of each.
    Json,
}
