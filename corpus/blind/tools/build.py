"""Rebuild corpus/blind/texts/<id>.txt for the documents that come from mirrored repositories.

Usage: MIRROR_DIR=<folder with owner+name/repo mirrors> python3 build.py [--check]

Sources (pinned commits):
  tel   Telescope-U/GovDocClassification dataset/train.csv, column `article` of the row with the given id
        (OCR text of scanned documents, line structure lost), field value exactly as Python's csv returns it.
  law   LawRefBook/Laws: a Markdown file, bytes unchanged (`# title`, `<!-- INFO END -->`, `##` residue).
  xlsx  xvshiting/politic_analysis_paper_2025 data/Policies Data.xlsx, sheet 'Central Policies Table',
        column 'Policy Content' of the row with the given No. (cell text, UTF-8).
--check compares each rebuilt file with the sha256 recorded in its gold file.
Needs openpyxl only for the xlsx source.
"""
import csv, hashlib, io, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "texts")
GOLD = os.path.join(HERE, "..", "gold")

TEL = ("Telescope-U/GovDocClassification", "1f5bc512f7837b5951c22e8e1d5a71adb14fef04", "dataset/train.csv")
LAW = ("LawRefBook/Laws", "2f4c5c23716267af9dbebbbbd6cbbf732b101981")
XLS = ("xvshiting/politic_analysis_paper_2025", "dd9edb7b18d29e25cb254b2a07666311370f7297", "data/Policies Data.xlsx")
SHEETS = {"xlsx": "Central Policies Table", "xlsxsd": "ShanDong Policies Table"}

SOURCES = {
    "b01_sd_yibao_shengyu_2020": ("tel", "1"),
    "b02_sd_zjt_huiqian_guodong_han": ("tel", "94"),
    "b03_sd_baomi_zhishi_han_2021": ("tel", "60"),
    "b04_sd_qilian_100qiang_2020": ("tel", "90"),
    "b05_sd_shenpi_xiaozu_tiaozheng": ("tel", "58"),
    "b06_sd_zfbgt_zhengwu_xinxi": ("tel", "54"),
    "b07_sd_anwei_dudao_huiyi": ("tel", "35"),
    "b08_mohurd_central_57": ("xlsx", 57),
    "b09_grain_central_132": ("xlsx", 132),
    "b10_sd_meikuang_17": ("xlsxsd", 17),
}


def git(repo, *a):
    base = os.path.join(os.environ["MIRROR_DIR"], repo.replace("/", "+"), "repo")
    d = os.path.join(base, ".git") if os.path.isdir(os.path.join(base, ".git")) else base
    return subprocess.run(["git", "--git-dir", d, "-c", "core.quotepath=off", *a], capture_output=True, check=True).stdout


_cache = {}


def build(doc_id):
    kind, key = SOURCES[doc_id]
    if kind == "tel":
        if "tel" not in _cache:
            t = git(TEL[0], "show", f"{TEL[1]}:{TEL[2]}").decode("utf-8")
            _cache["tel"] = {r["id"]: r["article"] for r in csv.DictReader(io.StringIO(t, newline=""))}
        return _cache["tel"][key].encode("utf-8")
    if kind == "law":
        return git(LAW[0], "show", f"{LAW[1]}:{key}")
    if kind in ("xlsx", "xlsxsd"):
        import openpyxl
        sheet = SHEETS[kind]
        if sheet not in _cache:
            raw = git(XLS[0], "show", f"{XLS[1]}:{XLS[2]}")
            wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True)
            rows = list(wb[sheet].iter_rows(values_only=True))
            hdr = rows[0]
            _cache[sheet] = {dict(zip(hdr, r))["No."]: dict(zip(hdr, r)) for r in rows[1:]}
        return str(_cache[sheet][key]["Policy Content"]).encode("utf-8")
    raise ValueError(kind)


def source_of(doc_id):
    kind, key = SOURCES[doc_id]
    if kind == "tel":
        return {"repo": TEL[0], "commit": TEL[1], "path": TEL[2],
                "record": f"row with id={key}, column 'article' (OCR text, line breaks lost)"}
    if kind == "law":
        return {"repo": LAW[0], "commit": LAW[1], "path": key, "record": "whole file (Markdown)"}
    if kind in ("xlsx", "xlsxsd"):
        return {"repo": XLS[0], "commit": XLS[1], "path": XLS[2],
                "record": f"sheet '{SHEETS[kind]}', row No.={key}, column 'Policy Content'"}


def main():
    os.makedirs(OUT, exist_ok=True)
    bad = 0
    for doc_id in SOURCES:
        b = build(doc_id)
        h = hashlib.sha256(b).hexdigest()
        msg = f"{doc_id}: {len(b)} bytes sha256 {h[:16]}"
        if "--check" in sys.argv:
            g = os.path.join(GOLD, doc_id + ".json")
            want = json.load(open(g, encoding="utf-8"))["source"]["sha256"] if os.path.exists(g) else None
            bad += want != h
            msg += " OK" if want == h else f" MISMATCH (gold {want})"
        else:
            with open(os.path.join(OUT, doc_id + ".txt"), "wb") as f:
                f.write(b)
        print(msg)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
