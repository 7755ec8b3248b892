"""gongwen.link: the seed corpus's links, as the README describes them."""

import gongwen
from conftest import SEEDS


def test_seed_links():
    links = gongwen.link(SEEDS)
    def number(end):
        return end.get("doc_number")
    rels = {(number(l["from"]), l["relation"], number(l["to"])) for l in links}
    # 004#0 forwards 004#1; 004#1 cites 中办发〔2014〕4号; 003 cites 群办发〔2014〕4号.
    assert ("郑群办发〔2014〕21号", "forwards", "豫群办发〔2014〕5号") in rels
    assert ("豫群办发〔2014〕5号", "cites", "中办发〔2014〕4号") in rels
    assert ("湘办发电〔2014〕35号", "cites", "群办发〔2014〕4号") in rels
    # 001 (the 岳阳 speech) reuses passages of 003; 002 links to nothing.
    assert any(l["relation"] == "reuses" and l["from"]["source"].endswith(("001_511e2be2b8386667.txt")) for l in links)
    assert not any("002_" in (l["from"].get("source") or "") for l in links)
    for l in links:
        assert 0.0 <= l["score"] <= 1.0


def test_links_table_joins_the_documents_table():
    import polars as pl

    links = gongwen.link(SEEDS, backend="polars")
    docs = gongwen.extract(SEEDS, tables=["documents"])["documents"]
    assert links.height == len(gongwen.link(SEEDS))
    assert {"from_doc_id", "to_doc_id", "relation", "score"} <= set(links.columns)
    forwards = links.filter(pl.col("relation") == "forwards").join(
        docs.select(pl.col("doc_id").alias("to_doc_id"), pl.col("doc_number").alias("to_number")), on="to_doc_id"
    )
    assert "豫群办发〔2014〕5号" in forwards["to_number"].to_list()


def test_links_table_has_the_schema_the_readme_lists():
    from test_tables import readme_tables

    table = gongwen.link(SEEDS, backend="arrow")
    assert [(f.name, f.type, f.nullable) for f in table.schema] == readme_tables()["links"]
