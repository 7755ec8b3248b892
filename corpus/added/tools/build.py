"""Rebuild corpus/added/texts/<id>.txt for the documents that come from mirrored repositories.

Usage: MIRROR_DIR=<folder with owner+name/repo mirrors> python3 build.py [--check]

Sources (pinned commits):
  tel   Telescope-U/GovDocClassification dataset/train.csv, column `article` of the row with the given id
        (OCR text of scanned documents, line structure lost), field value exactly as Python's csv returns it.
  law   LawRefBook/Laws: a Markdown file, bytes unchanged (`# title`, `<!-- INFO END -->`, `##` residue).
  xlsx  xvshiting/politic_analysis_paper_2025 data/Policies Data.xlsx, sheet 'Central Policies Table',
        column 'Policy Content' of the row with the given No. (cell text, UTF-8).
The Shanghai texts (zhiyao87/Shanghai-Gov-Docs-Index) have no mirror here: see ../README.md.
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
SH = ("zhiyao87/Shanghai-Gov-Docs-Index",)

SOURCES = {
    "a01_sd_zfbgt_mingdian_fangling_2021": ("tel", "2"),
    "a02_sd_swbgt_mingdian_dangshi_2021": ("tel", "33"),
    "a03_sd_mingdian_biaozhang_2020": ("tel", "88"),
    "a04_sd_fangxun_mingdian_fengong_2020": ("tel", "95"),
    "a05_sd_danganguan_han_2021": ("tel", "127"),
    "a06_sd_zrzyt_huiqian_han_2021": ("tel", "132"),
    "a07_xian_gaoxin_lianxihan_2021": ("tel", "201"),
    "a08_sd_shengwei_waishiban_2021": ("tel", "29"),
    "a09_sd_yjt_dianhua_han_2021": ("tel", "110"),
    "a10_sd_fgw_guihua_han_2021": ("tel", "128"),
    "a11_gwy_waishang_shuishou_1994": ("law", "行政法规/国务院关于外商投资企业和外国企业适用增值税、消费税、营业税等税收暂行条例有关问题的通知(1994-02-22).md"),
    "a12_zgj_xingfa_tongzhi_1997": ("law", "司法解释/最高人民检察院关于检察工作中具体适用修订刑法第十二条若干问题的通知(1997-10-06).md"),
    "a13_ldbzb_gongzi_zhesuan_2008": ("law", "部门规章/人力资源社会保障部/关于职工全年月平均工作时间和工资折算问题的通知(2009-03-29).md"),
    "a14_zgf_minjian_jiedai_pifu": ("law", "司法解释/最高人民法院关于新民间借贷司法解释适用范围问题的批复.md"),
    "a15_mot_kjs_rengongzhineng_2021": ("xlsx", 71),
    "a16_miit_tiyu_anli_2022": ("xlsx", 44),
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
    if kind == "xlsx":
        import openpyxl
        if "xlsx" not in _cache:
            raw = git(XLS[0], "show", f"{XLS[1]}:{XLS[2]}")
            wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True)
            rows = list(wb["Central Policies Table"].iter_rows(values_only=True))
            hdr = rows[0]
            _cache["xlsx"] = {dict(zip(hdr, r))["No."]: dict(zip(hdr, r))["Policy Content"] for r in rows[1:]}
        return str(_cache["xlsx"][key]).encode("utf-8")
    raise ValueError(kind)


def source_of(doc_id):
    kind, key = SOURCES[doc_id]
    if kind == "tel":
        return {"repo": TEL[0], "commit": TEL[1], "path": TEL[2],
                "record": f"row with id={key}, column 'article' (OCR text, line breaks lost)"}
    if kind == "law":
        return {"repo": LAW[0], "commit": LAW[1], "path": key, "record": "whole file (Markdown)"}
    if kind == "xlsx":
        return {"repo": XLS[0], "commit": XLS[1], "path": XLS[2],
                "record": f"sheet 'Central Policies Table', row No.={key}, column 'Policy Content'"}


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
