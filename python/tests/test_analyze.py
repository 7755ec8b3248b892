"""Analyzer.analyze: the CLI's records for one text, read against the text itself."""

import json
import subprocess

import pytest

import gongwen
from conftest import ROOT, SEEDS, cli, seed


@pytest.fixture(scope="module")
def analyzer():
    return gongwen.Analyzer()


def test_seed_004_header_fields(analyzer):
    text = seed("004").read_text(encoding="utf-8")
    docs = analyzer.analyze(text)
    # A forwarding notice of 郑州 (郑群办发〔2014〕21号, 2014年3月22日) and the
    # 河南 notice it forwards (豫群办发〔2014〕5号, 2014年3月14日).
    assert [d["index"] for d in docs] == [0, 1]
    outer, inner = docs
    assert outer["doc_number"]["text"] == "郑群办发〔2014〕21号"
    assert (outer["doc_number"]["code"], outer["doc_number"]["year"], outer["doc_number"]["serial"]) == (
        "郑群办发",
        2014,
        21,
    )
    assert outer["title"]["text"].startswith("关于转发省活动办《关于印发〈第二批教育实践活动")
    assert outer["date"]["value"] == "2014-03-22"
    assert outer["forwarding"] is True
    assert inner["doc_number"]["text"] == "豫群办发〔2014〕5号"
    assert inner["date"]["value"] == "2014-03-14"


def test_spans_are_utf8_byte_offsets(analyzer):
    text = seed("004").read_text(encoding="utf-8")
    raw = text.encode("utf-8")
    for doc in analyzer.analyze(text):
        for item in doc["deadlines"] + doc["quotas"] + doc["citations"] + doc["slogans"]:
            start, end = item["span"]
            assert raw[start:end].decode("utf-8") == item["text"]


def test_seed_004_deadlines_resolve_against_the_document_date(analyzer):
    text = seed("004").read_text(encoding="utf-8")
    inner = analyzer.analyze(text)[1]
    dated = {d["text"]: d["end"] for d in inner["deadlines"] if d["end"]}
    # 第4条 and 第22条 of the forwarded notice, dated 2014年3月14日.
    assert dated == {
        "原则上3月中旬动员结束": "2014-03-20",
        "原则上3月底动员结束": "2014-03-31",
        "原则上4月中旬动员结束": "2014-04-20",
        "原则上5月底结束": "2014-05-31",
    }


def test_meta_fills_what_the_text_does_not_state(analyzer):
    text = "各市人民政府：\n请于5月底前报送工作进展。"
    (doc,) = analyzer.analyze(
        text, date="2020-03-01", title="关于做好工作的通知", doc_number="鲁政办字〔2020〕5号", id="r1"
    )
    assert doc["id"] == "r1"
    assert doc["title"] == {"text": "关于做好工作的通知", "span": None, "from_meta": True}
    assert doc["doc_number"]["serial"] == 5 and doc["doc_number"]["from_meta"] is True
    assert doc["deadlines"][0]["end"] == "2020-05-31"


def test_bad_date_is_a_value_error(analyzer):
    with pytest.raises(ValueError, match="not a date"):
        analyzer.analyze("要在4月底前完成。", date="tomorrow")


def test_analyze_equals_the_cli_record():
    exe = cli()
    path = seed("003")
    out = subprocess.run(
        [str(exe), "extract", "-q", str(path.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    want = [json.loads(line) for line in out.splitlines()]
    got = gongwen.Analyzer().analyze(path.read_text(encoding="utf-8"), source=str(path.relative_to(ROOT)))
    assert got == want


def test_records_of_a_folder_and_a_missing_file():
    records = gongwen.records([SEEDS, ROOT / "no" / "such.txt"])
    assert [r["source"].rsplit("/", 1)[-1][:3] for r in records] == ["001", "002", "003", "004", "004", "suc"]
    assert records[-1]["error"]["kind"] == "io"


def test_a_str_that_is_not_a_path_is_a_text():
    (doc,) = gongwen.records("湘办发电〔2014〕35号\n\n关于做好工作的通知\n\n2014年3月19日\n")
    assert doc["source"] == "<text 0>"
    assert doc["doc_number"]["code"] == "湘办发电"


def test_jsonl_without_jsonl_text_is_refused(tmp_path):
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"id": 1, "body": "各地要在4月底前完成。"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="jsonl_text=FIELD.*body"):
        gongwen.records(archive)
    (doc,) = gongwen.records(archive, jsonl_text="body", jsonl_id="id", date="2014-03-01")
    assert doc["id"] == "1" and doc["deadlines"][0]["end"] == "2014-04-30"
