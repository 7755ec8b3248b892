//! The tables of [`crate::corpus::table`] as Arrow record batches (feature
//! `arrow`).
//!
//! Each [`Table`] has one fixed schema, [`schema`], built from
//! [`Table::fields`], the same layout the CSV tables follow (same column
//! names, same order): text and enums as `Utf8` (enums by their JSON names),
//! byte offsets, indexes and counts as `UInt64`, years as `UInt16`, serial
//! numbers as `UInt32`, values as `Float64`, flags as `Boolean`, dates as
//! `Date32`; a column is nullable where the row field is an `Option`.
//! [`record_batches`] turns the [`Rows`] of one or more records into one
//! [`RecordBatch`] per table (empty tables give empty batches with their
//! schema), so a program can hand them to Parquet, Polars or pyarrow.
//!
//! The batches are built by `serde_arrow` from the rows' `Serialize`
//! implementations, the ones the CSV writer uses, so both formats hold the
//! same values. [`arrow_array`] and [`arrow_schema`] are re-exported, so a
//! caller uses the same Arrow version as gongwen.
//!
//! # Examples
//!
//! ```
//! use gongwen::corpus::arrow::{self, arrow_array::Array, arrow_schema::DataType};
//! use gongwen::corpus::{Encoding, record::ExtractRecord, table::{Rows, Table}};
//! use gongwen::{Analyzer, Meta};
//!
//! let text = "湘办发电〔2014〕35号\n\n关于做好工作的通知\n\n各地要在4月底前完成。\n\n2014年3月19日\n";
//! let analysis = Analyzer::new().analyze(text, &Meta::default());
//! let record = ExtractRecord::new("a.txt", Encoding::Utf8, None, &analysis.documents[0]);
//! let rows = Rows::from_record(&record);
//!
//! let batches = arrow::record_batches(&rows)?;
//! assert_eq!(batches.len(), Table::ALL.len());
//! let (table, deadlines) = &batches[1];
//! assert_eq!(*table, Table::Deadlines);
//! assert_eq!(deadlines.schema(), arrow::schema(Table::Deadlines));
//! assert_eq!(deadlines.num_rows(), rows.deadlines.len());
//!
//! let end = deadlines.column_by_name("end").expect("an end column");
//! assert_eq!(end.data_type(), &DataType::Date32);
//! let end = end.as_any().downcast_ref::<arrow::arrow_array::Date32Array>().expect("Date32");
//! assert_eq!(end.value_as_date(0).map(|d| d.to_string()).as_deref(), Some("2014-04-30"));
//! # Ok::<(), gongwen::Error>(())
//! ```

use std::sync::{Arc, LazyLock};

pub use arrow_array;
pub use arrow_schema;

use arrow_array::RecordBatch;
use arrow_schema::{DataType, Field, FieldRef, Schema, SchemaRef};
use serde::Serialize;

use crate::corpus::link_table::{self, LinkRow};
use crate::corpus::table::{Column, ColumnType, Rows, Table};
use crate::error::{Error, ErrorKind, Result};

/// The Arrow type of a column type.
#[must_use]
pub fn data_type(ty: ColumnType) -> DataType {
    match ty {
        ColumnType::Text => DataType::Utf8,
        ColumnType::Bool => DataType::Boolean,
        ColumnType::U16 => DataType::UInt16,
        ColumnType::U32 => DataType::UInt32,
        ColumnType::U64 => DataType::UInt64,
        ColumnType::F64 => DataType::Float64,
        ColumnType::Date => DataType::Date32,
    }
}

/// The Arrow schema of columns: one field per [`Column`], in order.
#[must_use]
pub fn schema_of(columns: &[Column]) -> SchemaRef {
    let fields: Vec<Field> =
        columns.iter().map(|c| Field::new(c.name, data_type(c.ty), c.nullable)).collect();
    Arc::new(Schema::new(fields))
}

/// The schemas of [`Table::ALL`], in that order, built once.
static SCHEMAS: LazyLock<Vec<SchemaRef>> =
    LazyLock::new(|| Table::ALL.iter().map(|t| schema_of(t.fields())).collect());

/// The fixed Arrow schema of a table: the fields of [`Table::fields`], in
/// the order of [`Table::columns`].
///
/// # Examples
///
/// ```
/// use gongwen::corpus::arrow::{schema, arrow_schema::DataType};
/// use gongwen::corpus::table::Table;
/// let s = schema(Table::Documents);
/// assert_eq!(s.field(0).name(), "doc_id");
/// assert_eq!(s.field_with_name("date").map(|f| f.data_type().clone()).ok(), Some(DataType::Date32));
/// ```
#[must_use]
pub fn schema(table: Table) -> SchemaRef {
    let i = Table::ALL.iter().position(|&t| t == table).unwrap_or_default();
    match SCHEMAS.get(i) {
        Some(s) => Arc::clone(s),
        None => schema_of(table.fields()),
    }
}

/// One table's rows as a record batch of [`schema`]`(table)`.
///
/// # Errors
///
/// An error of kind [`ErrorKind::Table`] when a value does not fit its
/// column (a date outside the years 0–9999, which `Date32` parsing refuses).
pub fn record_batch(table: Table, rows: &Rows<'_>) -> Result<RecordBatch> {
    let schema = schema(table);
    match table {
        Table::Documents => batch(table.name(), schema, &rows.documents),
        Table::Deadlines => batch(table.name(), schema, &rows.deadlines),
        Table::Quotas => batch(table.name(), schema, &rows.quotas),
        Table::Statistics => batch(table.name(), schema, &rows.statistics),
        Table::Slogans => batch(table.name(), schema, &rows.slogans),
        Table::Directives => batch(table.name(), schema, &rows.directives),
        Table::Citations => batch(table.name(), schema, &rows.citations),
        Table::Warnings => batch(table.name(), schema, &rows.warnings),
        Table::Errors => batch(table.name(), schema, &rows.errors),
    }
}

/// Every table's rows as a record batch, in the order of [`Table::ALL`]
/// (empty tables too). Gather the rows of many records into one [`Rows`]
/// with [`Rows::append`] for fewer, larger batches.
///
/// # Errors
///
/// As [`record_batch`].
pub fn record_batches(rows: &Rows<'_>) -> Result<Vec<(Table, RecordBatch)>> {
    Table::ALL.iter().map(|&t| Ok((t, record_batch(t, rows)?))).collect()
}

/// The schema of the links table built once.
static LINKS_SCHEMA: LazyLock<SchemaRef> = LazyLock::new(|| schema_of(link_table::FIELDS));

/// The fixed Arrow schema of the links table ([`link_table::FIELDS`]).
///
/// # Examples
///
/// ```
/// use gongwen::corpus::arrow::{links_schema, arrow_schema::DataType};
/// let s = links_schema();
/// assert_eq!(s.field(0).name(), "from_doc_id");
/// assert_eq!(s.field_with_name("score").map(|f| f.data_type().clone()).ok(), Some(DataType::Float64));
/// ```
#[must_use]
pub fn links_schema() -> SchemaRef {
    Arc::clone(&LINKS_SCHEMA)
}

/// Link rows ([`LinkRow::from_graph`]) as a record batch of [`links_schema`].
///
/// # Errors
///
/// An error of kind [`ErrorKind::Table`] when a value does not fit its column.
pub fn links_record_batch(rows: &[LinkRow<'_>]) -> Result<RecordBatch> {
    batch("links", links_schema(), rows)
}

/// Rows of a flat `Serialize` type as a batch of `schema`, whose fields
/// name the row type's fields.
pub(crate) fn batch<T: Serialize>(
    table: &'static str,
    schema: SchemaRef,
    rows: &[T],
) -> Result<RecordBatch> {
    let fail = |reason: String| Error::new(ErrorKind::Table { table: table.to_owned(), reason });
    let fields: Vec<FieldRef> = schema.fields().iter().cloned().collect();
    let built = serde_arrow::to_record_batch(&fields, &rows).map_err(|e| fail(e.to_string()))?;
    // The same `SchemaRef` as `schema(table)`, whatever metadata serde_arrow adds.
    RecordBatch::try_new(schema, built.columns().to_vec()).map_err(|e| fail(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Encoding;
    use crate::corpus::record::{ErrorRecord, ExtractRecord};
    use crate::{Analyzer, Meta};

    #[test]
    fn schemas_follow_the_csv_columns() {
        for table in Table::ALL {
            let s = schema(table);
            let names: Vec<&str> = s.fields().iter().map(|f| f.name().as_str()).collect();
            assert_eq!(names, table.columns(), "{}", table.name());
        }
    }

    #[test]
    fn the_links_schema_follows_its_columns() {
        let s = links_schema();
        let names: Vec<&str> = s.fields().iter().map(|f| f.name().as_str()).collect();
        assert_eq!(names, link_table::columns());
        let empty = links_record_batch(&[]).expect("converts");
        assert_eq!((empty.num_rows(), empty.schema()), (0, s));
    }

    #[test]
    fn every_table_of_a_seed_converts() {
        let text = std::fs::read_to_string("corpus/docs/004_e907807627828fc0.txt").expect("seed");
        let analysis = Analyzer::new().analyze(&text, &Meta::default());
        let err = crate::Error::new(ErrorKind::Empty { path: "b.txt".into() });
        let err = ErrorRecord::new(&err, "-");
        let mut rows = Rows::default();
        for report in &analysis.documents {
            let record = ExtractRecord::new("004.txt", Encoding::Utf8, Some("x"), report);
            rows.append(&mut Rows::from_record(&record));
        }
        rows.append(&mut Rows::from_error(&err));
        let batches = record_batches(&rows).expect("converts");
        let counts: Vec<usize> = batches.iter().map(|(_, b)| b.num_rows()).collect();
        let expected = [
            rows.documents.len(),
            rows.deadlines.len(),
            rows.quotas.len(),
            rows.statistics.len(),
            rows.slogans.len(),
            rows.directives.len(),
            rows.citations.len(),
            rows.warnings.len(),
            1,
        ];
        assert_eq!(counts, expected);
        assert!(rows.deadlines.len() > 1 && rows.citations.len() > 1);
        let empty = record_batches(&Rows::default()).expect("converts");
        assert!(empty.iter().all(|(t, b)| b.num_rows() == 0 && b.schema() == schema(*t)));
    }
}
