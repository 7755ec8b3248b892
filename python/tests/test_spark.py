"""gongwen.spark.extract: process_batch over partitions with mapInArrow, in local mode."""

import os
import shutil
import sys

import pytest

import gongwen
from conftest import SEEDS


def _spark():
    pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install pyspark)")
    if shutil.which("java") is None:
        pytest.skip("no java on PATH (Spark needs Java 17)")
    from pyspark.sql import SparkSession

    # The workers run this interpreter (the one with gongwen and pyarrow).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    return pyspark, (
        SparkSession.builder.master("local[2]")
        .appName("gongwen-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )


def test_map_in_arrow_gives_the_tables_of_extract():
    _, spark = _spark()
    import gongwen.spark

    paths = sorted(SEEDS.glob("*.txt"))
    rows = [(p.name, p.read_text(encoding="utf-8"), "2023-05-01" if p.name.startswith("002") else None) for p in paths]
    df = spark.createDataFrame(rows, "name string, text string, day string").repartition(2)
    tables = gongwen.spark.extract(df, text_col="text", id_col="name", date_col="day", tables=("documents", "deadlines"))
    want = gongwen.extract(
        [{"text": t, "id": n, "date": d} for n, t, d in rows], backend="arrow", tables=["documents", "deadlines"]
    )
    for name, frame in tables.items():
        assert frame.schema == gongwen.spark.spark_schema(name)
        got = sorted((r["doc_id"], r["span_start"]) for r in frame.collect())
        expected = sorted(zip(want[name].column("doc_id").to_pylist(), want[name].column("span_start").to_pylist()))
        assert got == expected, name
    spark.stop()
