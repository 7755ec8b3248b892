"""gongwen on Spark: the extract tables of a DataFrame of texts, with ``mapInArrow``.

Each partition's Arrow batches go through :func:`gongwen.process_batch` on the
executors (the ``gongwen`` package must be installed there), so the analysis
runs in Rust, on every core of every executor, with no JSON in between.

Spark has no unsigned integers: the tables' ``UInt16``/``UInt32``/``UInt64``
columns (years, serial numbers, offsets, counts) come out as ``int``/``long``;
everything else keeps the types of :func:`gongwen.schema`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, Optional

import pyarrow as pa

import gongwen

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame

__all__ = ["extract", "spark_schema", "arrow_schema"]

_SIGNED = {
    pa.uint8(): pa.int16(),
    pa.uint16(): pa.int32(),
    pa.uint32(): pa.int64(),
    pa.uint64(): pa.int64(),
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table`` as Spark holds it (unsigned integers widened to signed)."""
    fields = [
        pa.field(f.name, _SIGNED.get(f.type, f.type), f.nullable) for f in gongwen.schema(table)
    ]
    return pa.schema(fields)


def spark_schema(table: str):
    """The Spark ``StructType`` of ``table`` (what ``mapInArrow`` declares)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(arrow_schema(table))


def extract(
    df: "DataFrame",
    text_col: str = "text",
    id_col: Optional[str] = None,
    date_col: Optional[str] = None,
    title_col: Optional[str] = None,
    tables: Iterable[str] = ("documents", "citations"),
) -> dict:
    """The extract tables of the texts in ``df``: ``{name: pyspark.sql.DataFrame}``.

    ``text_col`` holds the texts; ``id_col`` an id (a string or an integer:
    without one, ``monotonically_increasing_id()`` is used) that becomes each
    row's ``source``, so ``doc_id`` is ``ID#INDEX``; ``date_col`` (a date or
    text) resolves relative deadlines; ``title_col`` fills titles the texts do
    not state. Every table is computed from one analysis pass: the first
    ``mapInArrow`` analyses each batch once and keeps all the asked tables as
    Arrow IPC (persisted), the others decode one table each. The result is
    lazy, as Spark is; ``tables`` may name any of :data:`gongwen.TABLES`.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.types import BinaryType, StringType, StructField, StructType

    names = [tables] if isinstance(tables, str) else list(tables)
    for name in names:
        gongwen.schema(name)  # a ValueError now for a table that does not exist
    if id_col is None:
        id_col = "__gongwen_id"
        df = df.withColumn(id_col, F.monotonically_increasing_id())
    cols = [c for c in (text_col, id_col, date_col, title_col) if c is not None]
    targets = {name: arrow_schema(name) for name in names}

    def analyse(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        import gongwen as g

        for batch in batches:
            out_names, blobs = [], []
            for name in names:
                rows = g.process_batch(
                    batch,
                    text_col=text_col,
                    id_col=id_col,
                    date_col=date_col,
                    title_col=title_col,
                    table=name,
                )
                sink = pa.BufferOutputStream()
                with pa.ipc.new_stream(sink, targets[name]) as writer:
                    writer.write_batch(rows.cast(targets[name]))
                out_names.append(name)
                blobs.append(sink.getvalue().to_pybytes())
            yield pa.RecordBatch.from_arrays(
                [pa.array(out_names, pa.string()), pa.array(blobs, pa.binary())],
                names=["gongwen_table", "ipc"],
            )

    packed_schema = StructType(
        [StructField("gongwen_table", StringType(), False), StructField("ipc", BinaryType(), False)]
    )
    packed = df.select(*cols).mapInArrow(analyse, packed_schema)
    if len(names) > 1:
        packed = packed.persist(StorageLevel.MEMORY_AND_DISK)

    def unpack(name: str):
        def decode(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
            for batch in batches:
                for blob in batch.column("ipc").to_pylist():
                    yield from pa.ipc.open_stream(blob)

        only = packed.where(F.col("gongwen_table") == F.lit(name)).select("ipc")
        return only.mapInArrow(decode, spark_schema(name))

    return {name: unpack(name) for name in names}
