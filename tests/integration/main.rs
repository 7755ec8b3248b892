//! Integration tests: one binary, one module per area.

mod cli;
mod common;
mod doc_numbers;
mod eval;
mod extract_lex;
mod extract_time;
mod first_contact;
mod golden;
mod hostile;
mod link;
mod normalize;
mod parquet_tables;
mod properties;
mod read;
mod safety;
mod structure;
mod tables;
