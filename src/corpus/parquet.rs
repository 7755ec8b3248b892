//! The tables as Parquet files (feature `parquet`), written as they come.
//!
//! [`ParquetFile`] writes record batches of one schema to one file,
//! Snappy-compressed, closing a row group whenever the buffered rows pass
//! [`ROW_GROUP_BYTES`], so an archive of any size streams through bounded
//! memory. [`ParquetTables`] keeps one such file per [`Table`] in a
//! folder, `DIR/<table>.parquet`, each with its schema from
//! [`crate::corpus::arrow::schema`] even when it gets no row.
//! [`write_links`] writes the links table ([`crate::corpus::link_table`]).
//!
//! # Examples
//!
//! ```
//! use gongwen::corpus::parquet::ParquetTables;
//! use gongwen::corpus::{Encoding, record::ExtractRecord, table::Rows};
//! use gongwen::{Analyzer, Meta};
//!
//! let dir = std::env::temp_dir().join(format!("gongwen-doc-parquet-{}", std::process::id()));
//! let mut tables = ParquetTables::create(&dir)?;
//! let text = "湘办发电〔2014〕35号\n\n关于做好工作的通知\n\n各地要在4月底前完成。\n\n2014年3月19日\n";
//! let analysis = Analyzer::new().analyze(text, &Meta::default());
//! let record = ExtractRecord::new("a.txt", Encoding::Utf8, None, &analysis.documents[0]);
//! tables.write_rows(&Rows::from_record(&record))?;
//! tables.finish()?;
//! assert!(dir.join("deadlines.parquet").is_file());
//! assert!(dir.join("errors.parquet").is_file()); // empty, with its schema
//! # std::fs::remove_dir_all(&dir).ok();
//! # Ok::<(), gongwen::Error>(())
//! ```

use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::corpus::arrow::{links_record_batch, links_schema, record_batch, schema};
use crate::corpus::link_table::LinkRow;
use crate::corpus::table::{Rows, Table};
use crate::error::{Error, ErrorKind, Result};

/// Buffered (encoded) bytes after which a file closes its row group.
pub const ROW_GROUP_BYTES: usize = 32 << 20;

/// One Parquet file being written: record batches of one schema.
pub struct ParquetFile {
    path: PathBuf,
    writer: ArrowWriter<BufWriter<File>>,
}

impl std::fmt::Debug for ParquetFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParquetFile").field("path", &self.path).finish_non_exhaustive()
    }
}

impl ParquetFile {
    /// Create (or replace) the file at `path` for batches of `schema`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Table`] when the file cannot be created.
    pub fn create(path: &Path, schema: SchemaRef) -> Result<ParquetFile> {
        let file = File::create(path).map_err(|e| fail(path, &e))?;
        let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
        let writer = ArrowWriter::try_new(BufWriter::new(file), schema, Some(props))
            .map_err(|e| fail(path, &e))?;
        Ok(ParquetFile { path: path.to_owned(), writer })
    }

    /// The file's path.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Append a batch (of the file's schema); a row group is written once
    /// [`ROW_GROUP_BYTES`] are buffered.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Table`] when the batch's schema differs or writing fails.
    pub fn write(&mut self, batch: &RecordBatch) -> Result<()> {
        if batch.num_rows() == 0 {
            return Ok(());
        }
        self.writer.write(batch).map_err(|e| fail(&self.path, &e))?;
        if self.writer.in_progress_size() >= ROW_GROUP_BYTES {
            self.writer.flush().map_err(|e| fail(&self.path, &e))?;
        }
        Ok(())
    }

    /// Write the last row group and the footer, and close the file.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Table`] when writing fails.
    pub fn finish(self) -> Result<()> {
        let Self { path, writer } = self;
        let mut out = writer.into_inner().map_err(|e| fail(&path, &e))?;
        std::io::Write::flush(&mut out).map_err(|e| fail(&path, &e))
    }
}

fn fail(path: &Path, e: &dyn std::fmt::Display) -> Error {
    Error::new(ErrorKind::Table { table: path.display().to_string(), reason: e.to_string() })
}

/// One Parquet file per [`Table`] in a folder: `DIR/<table>.parquet`.
#[derive(Debug)]
pub struct ParquetTables {
    files: Vec<(Table, ParquetFile)>,
}

impl ParquetTables {
    /// Create `dir` (and its parents) and one file per table of
    /// [`Table::ALL`]; files of the same names are replaced.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Table`] when the folder or a file cannot be created.
    pub fn create(dir: &Path) -> Result<ParquetTables> {
        fs::create_dir_all(dir).map_err(|e| fail(dir, &e))?;
        let files = Table::ALL
            .iter()
            .map(|&t| {
                let path = dir.join(format!("{}.parquet", t.name()));
                Ok((t, ParquetFile::create(&path, schema(t))?))
            })
            .collect::<Result<_>>()?;
        Ok(ParquetTables { files })
    }

    /// Append rows (of one record, or gathered with [`Rows::append`]).
    ///
    /// # Errors
    ///
    /// As [`record_batch`] and [`ParquetFile::write`].
    pub fn write_rows(&mut self, rows: &Rows<'_>) -> Result<()> {
        for (table, file) in &mut self.files {
            file.write(&record_batch(*table, rows)?)?;
        }
        Ok(())
    }

    /// Append batches made by [`crate::corpus::arrow::record_batches`]
    /// (for instance on worker threads), each to its table's file.
    ///
    /// # Errors
    ///
    /// As [`ParquetFile::write`].
    pub fn write_batches(&mut self, batches: &[(Table, RecordBatch)]) -> Result<()> {
        for (table, batch) in batches {
            if let Some((_, file)) = self.files.iter_mut().find(|(t, _)| t == table) {
                file.write(batch)?;
            }
        }
        Ok(())
    }

    /// Close every file.
    ///
    /// # Errors
    ///
    /// As [`ParquetFile::finish`].
    pub fn finish(self) -> Result<()> {
        self.files.into_iter().try_for_each(|(_, file)| file.finish())
    }
}

/// Write the links table to `path` (`DIR/links.parquet`), replacing it;
/// with its schema ([`links_schema`]) when there are no links.
///
/// # Errors
///
/// As [`ParquetFile::create`] and [`ParquetFile::write`].
pub fn write_links(path: &Path, rows: &[LinkRow<'_>]) -> Result<()> {
    let mut file = ParquetFile::create(path, links_schema())?;
    file.write(&links_record_batch(rows)?)?;
    file.finish()
}
