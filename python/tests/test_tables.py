"""gongwen.extract and gongwen.process_batch: the tables, built in Rust, handed over as Arrow."""

import datetime
import io
import json
import re
import subprocess

import pyarrow as pa
import pytest

import gongwen
from conftest import ROOT, SEEDS, cli, corpus, seed

ARROW_TYPES = {
    "Utf8": pa.string(),
    "Boolean": pa.bool_(),
    "UInt16": pa.uint16(),
    "UInt32": pa.uint32(),
    "UInt64": pa.uint64(),
    "Float64": pa.float64(),
    "Date32": pa.date32(),
}


def readme_tables():
    """The README's "Tables" section: {table: [(column, arrow type, nullable)]}."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Tables:", 1)[1].split("\n## ", 1)[0]
    tables = {}
    for line in section.splitlines():
        m = re.match(r"^\| `(\w+)` \| (.*) \|$", line)
        if m:
            cols = re.findall(r"`(\w+)` (\w+)(\??)", m.group(2))
            tables[m.group(1)] = [(c, ARROW_TYPES[t], q == "?") for c, t, q in cols]
    return tables


@pytest.fixture(scope="module")
def seed_tables():
    return gongwen.extract(SEEDS, backend="arrow")


def test_every_table_has_the_schema_the_readme_lists(seed_tables):
    readme = readme_tables()
    assert list(seed_tables) == list(gongwen.TABLES)
    for name, table in seed_tables.items():
        assert table.schema == gongwen.schema(name), name
        got = [(f.name, f.type, f.nullable) for f in table.schema]
        assert got == readme[name], name


def test_row_counts_equal_the_cli_json_lines():
    exe = cli()
    out = subprocess.run(
        [str(exe), "extract", "-q", "corpus/docs/"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    want = {name: 0 for name in gongwen.TABLES}
    for r in lines:
        if "error" in r:
            want["errors"] += 1
            continue
        want["documents"] += 1
        for name in ("deadlines", "quotas", "statistics", "slogans", "directives", "citations", "warnings"):
            want[name] += len(r[name])
    got = {name: t.num_rows for name, t in gongwen.extract(ROOT / "corpus" / "docs", backend="arrow").items()}
    assert got == want
    assert want["documents"] == 5 and want["deadlines"] > 0 and want["citations"] > 0


def test_seed_004_deadlines_as_a_polars_frame():
    import polars as pl

    frames = gongwen.extract(seed("004"), tables=["documents", "deadlines"])
    docs, deadlines = frames["documents"], frames["deadlines"]
    assert docs["doc_number"].to_list() == ["郑群办发〔2014〕21号", "豫群办发〔2014〕5号"]
    assert docs["date"].to_list() == [datetime.date(2014, 3, 22), datetime.date(2014, 3, 14)]
    dated = deadlines.filter(pl.col("end").is_not_null()).sort("span_start")
    # Read in the forwarded notice (豫群办发〔2014〕5号 of 2014年3月14日), items 4 and 22.
    assert dated["text"].to_list() == [
        "原则上3月中旬动员结束",
        "原则上3月底动员结束",
        "原则上4月中旬动员结束",
        "原则上5月底结束",
    ]
    assert dated["end"].to_list() == [
        datetime.date(2014, 3, 20),
        datetime.date(2014, 3, 31),
        datetime.date(2014, 4, 20),
        datetime.date(2014, 5, 31),
    ]
    assert set(dated["hedge"].to_list()) == {"原则上"}
    assert all(d.endswith("#1") for d in dated["doc_id"].to_list())
    text = seed("004").read_bytes()
    for row in dated.iter_rows(named=True):
        assert text[row["span_start"] : row["span_end"]].decode() == row["text"]


def test_pandas_backend_and_texts_with_meta():
    frames = gongwen.extract(
        [{"text": "各市人民政府：\n请于5月底前报送工作进展。", "id": "r1", "date": "2020-03-01", "title": "关于做好工作的通知"}],
        backend="pandas",
        tables=["documents", "deadlines"],
    )
    docs, deadlines = frames["documents"], frames["deadlines"]
    assert list(docs["doc_id"]) == ["r1#0"] and list(docs["title"]) == ["关于做好工作的通知"]
    assert bool(docs["title_from_meta"][0])
    assert list(deadlines["end"]) == [datetime.date(2020, 5, 31)]


def test_unreadable_sources_are_error_rows(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    frames = gongwen.extract([empty, seed("003")], backend="arrow", tables=["documents", "errors"])
    assert frames["documents"].num_rows == 1
    errors = frames["errors"].to_pylist()
    assert [(e["kind"], e["source"]) for e in errors] == [("empty", str(empty))]


def test_unknown_table_and_backend_are_value_errors():
    with pytest.raises(ValueError, match='no table "deadline"'):
        gongwen.extract(SEEDS, tables=["deadline"])
    with pytest.raises(ValueError, match="backend"):
        gongwen.extract(SEEDS, backend="spark")


def _seed_batch():
    paths = sorted(SEEDS.glob("*.txt"))
    return pa.RecordBatch.from_pydict(
        {
            "text": [p.read_text(encoding="utf-8") for p in paths],
            "doc": [p.name for p in paths],
            "day": pa.array([None, datetime.date(2023, 5, 1), None, None], pa.date32()),
        }
    )


@pytest.mark.parametrize("table", gongwen.TABLES)
def test_process_batch_schema_round_trip(table):
    out = gongwen.process_batch(_seed_batch(), text_col="text", id_col="doc", date_col="day", table=table)
    assert isinstance(out, pa.RecordBatch)
    assert out.schema == gongwen.schema(table)
    # Through Arrow IPC (what an engine does between stages) and back.
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, out.schema) as writer:
        writer.write_batch(out)
    back = pa.ipc.open_stream(sink.getvalue()).read_all()
    assert back.schema == gongwen.schema(table)
    assert back.to_batches()[0].equals(out) if out.num_rows else back.num_rows == 0


def test_process_batch_rows_equal_extract_rows():
    batch = _seed_batch()
    tables = gongwen.extract(
        [{"text": t, "id": d} for t, d in zip(batch.column("text").to_pylist(), batch.column("doc").to_pylist())],
        backend="arrow",
    )
    for name in ("documents", "deadlines", "quotas", "slogans", "citations"):
        out = gongwen.process_batch(batch, id_col="doc", table=name)
        assert out.num_rows == tables[name].num_rows, name
        assert out.column("doc_id").to_pylist() == tables[name].column("doc_id").to_pylist()
    ids = gongwen.process_batch(batch, table="documents").column("source").to_pylist()
    assert ids == ["row 0", "row 1", "row 2", "row 3", "row 3"]


def test_process_batch_errors_name_the_column():
    batch = pa.RecordBatch.from_pydict({"body": ["要在4月底前完成。"], "n": [1]})
    with pytest.raises(ValueError, match='no column "text".*body'):
        gongwen.process_batch(batch)
    with pytest.raises(TypeError, match="not a string column"):
        gongwen.process_batch(batch, text_col="n")
    assert gongwen.process_batch(batch, text_col="body", id_col="n").column("id").to_pylist() == ["1"]


def test_a_thousand_news_days_of_xwlb():
    path = corpus("xwlb.jsonl")
    with path.open(encoding="utf-8") as f:
        days = [json.loads(line) for _, line in zip(range(1000), f)]
    inputs = [{"text": d["text"], "id": d["id"], "date": d["date"]} for d in days]
    tables = gongwen.extract(inputs, backend="arrow", tables=["documents", "deadlines", "slogans", "errors"])
    docs = tables["documents"]
    assert tables["errors"].num_rows == 0
    assert set(docs.column("id").to_pylist()) == {d["id"] for d in days}
    assert docs.num_rows >= 1000
    assert tables["slogans"].num_rows > 1000
    # Dated deadlines never fall before the broadcast day they were read on.
    day = {d["id"]: datetime.date.fromisoformat(d["date"]) for d in days}
    for row in tables["deadlines"].to_pylist():
        if row["end"] is not None:
            assert row["end"] >= day[row["id"]], row
