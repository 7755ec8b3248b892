//! gongwen (公文) turns Chinese party and government documents into
//! structured, verifiable data.

pub mod analyze;
pub mod corpus;
pub mod document;
mod error;
pub mod extract;
pub mod lexicon;
pub mod link;
pub mod normalize;
pub mod segment;
mod span;

pub use analyze::{Analysis, Analyzer, DocumentReport, Meta};
pub use error::{Error, ErrorKind, Result};
pub use span::{CharIndex, Span};

#[cfg(test)]
mod tests {
    #[test]
    fn engines_are_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<crate::Analyzer>();
        ok::<crate::Error>();
    }
}
