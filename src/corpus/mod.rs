//! Reading archives: decoding bytes, walking inputs, batch analysis.
//!
//! [`plan`] expands input paths into [`Unit`]s, [`read_unit`] (or the
//! streaming [`records`]) reads one unit into [`SourceDoc`]s, decoding files
//! with [`decode()`]. See [`load`] and [`decode`](mod@decode) for the rules.

#[cfg(feature = "arrow")]
pub mod arrow;
pub mod batch;
pub mod decode;
pub mod json;
pub mod link_table;
pub mod load;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod record;
pub mod table;

pub use decode::{DecodeError, Decoded, Encoding, decode, decode_vec};
pub use load::{
    FieldSample, Format, Input, JsonlFields, LoadOptions, Records, SampledField, SourceDoc, Unit,
    extension_counts, parse_date, plan, read_unit, records, sample_fields,
};
