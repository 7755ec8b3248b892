//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

/// A specialised `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error from reading, decoding or configuring gongwen.
///
/// Opaque on purpose: inspect it with [`Error::kind`] and [`Error::code`].
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    /// The archive's id of the record the error concerns (`--jsonl-id`).
    archive_id: Option<String>,
}

/// What went wrong, with the context needed to report it.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A path could not be read (missing, permission denied, a directory where a file was expected).
    Io {
        /// The path as given.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The bytes decode in no supported encoding.
    Decode {
        /// Where the bytes came from.
        path: PathBuf,
        /// Why no encoding fits.
        reason: String,
    },
    /// The input looks like a binary file (NUL bytes, control characters), not text.
    Binary {
        /// Where the bytes came from.
        path: PathBuf,
        /// Byte offset of the first byte that marks the input as binary.
        offset: usize,
    },
    /// The input is empty or holds only white space.
    Empty {
        /// Where the bytes came from.
        path: PathBuf,
    },
    /// The input is larger than the configured limit.
    TooLarge {
        /// Where the bytes came from.
        path: PathBuf,
        /// Size of the input in bytes, when known (a file's metadata). `None`
        /// for a stream (standard input, a pipe, a device): reading stops
        /// once the limit is passed, so an endless stream cannot hang a run.
        size: Option<u64>,
        /// The limit in bytes.
        limit: u64,
    },
    /// A JSON Lines archive holds a line that is not a usable record.
    Record {
        /// The archive.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        reason: String,
    },
    /// A gold annotation file (see [`crate::eval`]) cannot be used: it is
    /// not valid JSON of the gold format, its text is missing, or the text
    /// differs from the one it was written for.
    Gold {
        /// The gold file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// A table (see [`crate::corpus::table`]) could not be built as Arrow
    /// record batches or written as a Parquet file.
    Table {
        /// The table's name (`deadlines`, `links`), or the file written.
        table: String,
        /// What went wrong.
        reason: String,
    },
    /// A builder or option was given a value it cannot use.
    Config {
        /// What is wrong.
        reason: String,
    },
}

impl Error {
    /// Wrap a kind into an error.
    #[must_use]
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind, archive_id: None }
    }

    /// The same error, naming the archive's id of the record it concerns.
    #[must_use]
    pub fn with_archive_id(mut self, id: Option<String>) -> Error {
        self.archive_id = id;
        self
    }

    /// The archive's id of the JSON Lines record this error concerns, when
    /// the record could be read far enough to have one.
    #[must_use]
    pub fn archive_id(&self) -> Option<&str> {
        self.archive_id.as_deref()
    }

    /// What went wrong.
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The short machine-readable code of the output contract:
    /// `io`, `decode`, `binary`, `empty`, `too_large`, `record`, `gold`, `table` or `config`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::Io { .. } => "io",
            ErrorKind::Decode { .. } => "decode",
            ErrorKind::Binary { .. } => "binary",
            ErrorKind::Empty { .. } => "empty",
            ErrorKind::TooLarge { .. } => "too_large",
            ErrorKind::Record { .. } => "record",
            ErrorKind::Gold { .. } => "gold",
            ErrorKind::Table { .. } => "table",
            ErrorKind::Config { .. } => "config",
        }
    }

    /// The `source` this error belongs to in output records: the path as
    /// given, `PATH#Lline` for a JSON Lines record; `None` for configuration errors.
    #[must_use]
    pub fn source_name(&self) -> Option<String> {
        match &self.kind {
            ErrorKind::Io { path, .. }
            | ErrorKind::Decode { path, .. }
            | ErrorKind::Binary { path, .. }
            | ErrorKind::Empty { path }
            | ErrorKind::TooLarge { path, .. }
            | ErrorKind::Gold { path, .. } => Some(path.display().to_string()),
            ErrorKind::Record { path, line, .. } => Some(format!("{}#L{line}", path.display())),
            ErrorKind::Table { .. } | ErrorKind::Config { .. } => None,
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::new(ErrorKind::Io { path: path.into(), source })
    }

    pub(crate) fn gold(path: impl Into<PathBuf>, reason: impl Into<String>) -> Error {
        Error::new(ErrorKind::Gold { path: path.into(), reason: reason.into() })
    }

    pub(crate) fn config(reason: impl Into<String>) -> Error {
        Error::new(ErrorKind::Config { reason: reason.into() })
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error::new(kind)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Io { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            ErrorKind::Decode { path, reason } => {
                write!(f, "cannot decode {}: {reason}", path.display())
            }
            ErrorKind::Binary { path, offset } => {
                write!(f, "{} looks binary (byte offset {offset})", path.display())
            }
            ErrorKind::Empty { path } => write!(f, "{} is empty", path.display()),
            ErrorKind::TooLarge { path, size: Some(size), limit } => {
                write!(f, "{} is {size} bytes, over the limit of {limit} bytes", path.display())
            }
            ErrorKind::TooLarge { path, size: None, limit } => {
                write!(f, "{} is over the limit of {limit} bytes (reading stopped)", path.display())
            }
            ErrorKind::Record { path, line, reason } => {
                write!(f, "{} line {line}: {reason}", path.display())
            }
            ErrorKind::Gold { path, reason } => {
                write!(f, "gold file {}: {reason}", path.display())
            }
            ErrorKind::Table { table, reason } => write!(f, "table {table}: {reason}"),
            ErrorKind::Config { reason } => write!(f, "invalid configuration: {reason}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_messages() {
        let e = Error::new(ErrorKind::Empty { path: "a.txt".into() });
        assert_eq!(e.code(), "empty");
        assert_eq!(e.to_string(), "a.txt is empty");
        let e = Error::io("x", std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!(e.code(), "io");
        assert!(std::error::Error::source(&e).is_some());
        assert_eq!(Error::config("bad").code(), "config");
        let e = Error::gold("gold/a.json", "missing field `file`");
        assert_eq!(e.code(), "gold");
        assert_eq!(e.to_string(), "gold file gold/a.json: missing field `file`");
    }
}
