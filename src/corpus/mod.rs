//! Reading archives: decoding bytes, walking inputs, batch analysis.

pub mod decode;
pub mod load;
