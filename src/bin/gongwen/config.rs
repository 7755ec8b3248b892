//! Validated configuration: raw arguments turned into library objects.

use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};
use gongwen::corpus::load::{JsonlFields, LoadOptions};

use crate::args::InputArgs;

/// What to read and with which defaults.
pub struct InputConfig {
    /// Paths as given.
    pub paths: Vec<PathBuf>,
    /// Reading options for the library.
    pub load: LoadOptions,
    /// A date for documents that state none.
    pub date: Option<jiff::civil::Date>,
}

impl InputConfig {
    /// Validate the raw input arguments.
    pub fn new(args: &InputArgs) -> Result<InputConfig> {
        let date = match &args.date {
            Some(s) => Some(s.parse().with_context(|| format!("--date {s:?} is not YYYY-MM-DD"))?),
            None => None,
        };
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
        });
        let load =
            LoadOptions { extensions, max_bytes: args.max_size.saturating_mul(1024 * 1024), jsonl };
        Ok(InputConfig { paths: args.paths.clone(), load, date })
    }
}
