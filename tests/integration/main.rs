//! Integration tests: one binary, one module per area.

mod common;
mod doc_numbers;
mod normalize;
mod read;
mod structure;
