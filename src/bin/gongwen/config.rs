//! Validated configuration: raw arguments turned into library objects.
//!
//! This is also where a first run is caught before it does the wrong thing
//! quietly: a `.jsonl` file without `--jsonl-text`, a `--jsonl-*` field that
//! no record has, a directory without a file of the wanted extensions.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use gongwen::corpus::load::{
    Format, Input, JsonlFields, LoadOptions, Shard, Unit, extension_counts, plan, sample_fields,
};

use crate::args::{AnalysisArgs, InputArgs};

/// Records sampled from the start of an archive to check `--jsonl-*` fields.
const SAMPLE_RECORDS: usize = 50;

/// What to read and with which defaults.
pub struct InputConfig {
    /// The units to read, in input order (an unreadable path is an `Err`).
    pub units: Vec<gongwen::Result<Unit>>,
    /// Reading options for the library.
    pub load: LoadOptions,
    /// A date for documents that state none.
    pub date: Option<jiff::civil::Date>,
}

impl InputConfig {
    /// Validate the raw input arguments and plan what to read.
    pub fn new(args: &InputArgs, analysis: Option<&AnalysisArgs>) -> Result<InputConfig> {
        let date = match analysis.and_then(|a| a.date.as_ref()) {
            Some(s) => Some(s.parse().with_context(|| format!("--date {s:?} is not YYYY-MM-DD"))?),
            None => None,
        };
        let load = load_options(args)?;
        let mut units = Vec::new();
        let mut empty_dirs = Vec::new();
        for path in &args.paths {
            let mut found = plan(std::slice::from_ref(path), &load);
            if found.is_empty() && path.is_dir() {
                empty_dirs.push(path.as_path());
            }
            units.append(&mut found);
        }
        for dir in &empty_dirs {
            let message = no_input_message(dir, &load.extensions);
            if units.is_empty() {
                bail!("{message}");
            }
            eprintln!("gongwen: warning: {message}");
        }
        for unit in units.iter().flatten() {
            check_unit(unit, &load)?;
        }
        Ok(InputConfig { units, load, date })
    }

    /// Keep only shard `shard` of the inputs (`--shard K/N`).
    #[must_use]
    pub fn sharded(mut self, shard: Option<Shard>) -> InputConfig {
        if let Some(shard) = shard {
            self.units = shard.units(self.units);
            self.load.shard = Some(shard);
        }
        self
    }
}

/// The reading options of the raw input arguments.
pub fn load_options(args: &InputArgs) -> Result<LoadOptions> {
    if args.max_size == 0 {
        bail!("--max-size must be at least 1 MiB");
    }
    let extensions =
        args.extensions.iter().map(|e| e.trim_start_matches('.').to_string()).collect();
    let jsonl = args.jsonl_text.as_ref().map(|text| JsonlFields {
        text: text.clone(),
        id: args.jsonl_id.clone(),
        date: args.jsonl_date.clone(),
        title: args.jsonl_title.clone(),
        doc_number: args.jsonl_doc_number.clone(),
        issuer: args.jsonl_issuer.clone(),
        keep: args.jsonl_keep.clone(),
    });
    let load = LoadOptions {
        extensions,
        max_bytes: args.max_size.saturating_mul(1024 * 1024),
        jsonl,
        shard: None,
    };
    Ok(load)
}

/// A directory gave no input: say which extensions it does hold.
fn no_input_message(dir: &Path, wanted: &[String]) -> String {
    let wanted: Vec<String> = wanted.iter().map(|e| format!(".{e}")).collect();
    let counts = extension_counts(dir);
    if counts.is_empty() {
        return format!("{} holds no files", dir.display());
    }
    let present: Vec<String> =
        counts
            .iter()
            .take(8)
            .map(|(ext, n)| {
                if ext.is_empty() {
                    format!("{n} without extension")
                } else {
                    format!("{n} .{ext}")
                }
            })
            .collect();
    let mut message = format!(
        "{} holds no {} file (it holds {})",
        dir.display(),
        wanted.join(" or "),
        present.join(", ")
    );
    if let Some((ext, _)) = counts.iter().find(|(e, _)| !e.is_empty()) {
        if ext == "jsonl" {
            message.push_str("; for JSON Lines archives give --jsonl-text FIELD");
        } else {
            message.push_str(&format!("; to read those files give --ext {ext}"));
        }
    }
    message
}

/// Check a file against the reading options before the run: a JSON Lines
/// file read as one text, or `--jsonl-*` fields absent from its first records.
fn check_unit(unit: &Unit, load: &LoadOptions) -> Result<()> {
    let Input::Path(path) = &unit.input else { return Ok(()) };
    let is_jsonl = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
    match (unit.format, &load.jsonl) {
        (Format::Text, None) if is_jsonl => {
            let sample = sample_fields(path, 1, load.max_bytes)?;
            let mut message = format!(
                "{} is a JSON Lines file: without --jsonl-text it would be analysed as one \
                 document; give --jsonl-text FIELD",
                path.display()
            );
            match sample.string_fields().as_slice() {
                [] => {}
                [only] => message.push_str(&format!(" (its first record's string field: {only})")),
                fields => message.push_str(&format!(
                    " (its first record's string fields, longest first: {})",
                    fields.join(", ")
                )),
            }
            bail!("{message}");
        }
        (Format::Jsonl, Some(fields)) => {
            let sample = sample_fields(path, SAMPLE_RECORDS, load.max_bytes)?;
            if sample.records == 0 {
                return Ok(());
            }
            let missing = fields.missing_in(&sample);
            if let Some(&(role, name)) = missing.first() {
                let option = format!("--jsonl-{}", role.replace('_', "-"));
                bail!(
                    "{option} {name:?}: no field `{name}` in the first {} records of {}; \
                     their fields are: {}",
                    sample.records,
                    path.display(),
                    sample.names().join(", ")
                );
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// A `source` (`PATH` or `PATH#Lline`) with its path made absolute and its
/// symbolic links resolved, so that two spellings of one file compare equal;
/// `None` when the path does not exist.
pub fn canonical_source(source: &str) -> Option<(PathBuf, Option<usize>)> {
    let (path, line) = gongwen::corpus::load::split_source(source);
    Some((std::fs::canonicalize(path).ok()?, line))
}
