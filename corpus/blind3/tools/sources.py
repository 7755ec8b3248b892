"""Provenance of corpus/blind3/texts and a check of the saved texts against the sha256 in gold/.

Three sources (see ../README.md):

* zhiyao87/Shanghai-Gov-Docs-Index (e01, e02): no snapshot (mirror) could be had here (fetch refused), exactly as
  for blind2; each text was saved from the stored version served by the code index (read_file, repo + path, pinned
  commit below), UTF-8, as served. e02 is the whole file (2356 chars = the index's total_chars); e01 is the
  file's first 9815 characters (notice, plan and 附件1, ending with the newline after task 39's 时间节点 cell;
  read_file at offset 9755 shows the same 60 characters followed by '\\n附件2'), the attachments 2-3 being left out.
* Telescope-U/GovDocClassification (e03, e04, e09): dataset/train.csv, column 'article' of the row with the given id,
  written byte for byte (no newline added), as devset d22-d37.
* ZhouYNF/platform-1 (e06-e08): db/ge_policy_raw20190217.sql, a MySQL dump of gov.cn policy pages; the row's
  `content` column (HTML) is converted to text by `html2text` below (tags dropped, </p> and <br> end a line,
  entities unescaped, each line stripped of blanks and U+3000, empty lines dropped, final newline). The unknown
  entity '&sp;' of the source is kept as it stands.

  python3 sources.py            recompute sha256/bytes/chars of texts/ and compare with gold/<id>.json
  python3 sources.py --rebuild  rebuild e03-e09 from the mirrors under /work/.mirror (if present) and compare
"""
import csv, html, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "zhiyao87/Shanghai-Gov-Docs-Index"
GDC = ("Telescope-U/GovDocClassification", "1f5bc512f7837b5951c22e8e1d5a71adb14fef04", "dataset/train.csv")
PLT = ("ZhouYNF/platform-1", "2197df553eee3b0bc9989d91addadf2f4227fddc", "db/ge_policy_raw20190217.sql")

SOURCES = {
    "e01_sh_baoshan_laji_fangan_2019": dict(
        repo=SH, commit="2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e",
        path="docs/市容绿化与景观/上海市宝山区人民政府办公室关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案的通知.md",
        record="contiguous excerpt: the file's first 9815 of 13376 characters (YAML front matter, notice, plan, "
               "附件1 task table); 附件2 (per-town targets) and 附件3 (indicator table) left out; text as served by "
               "the code index at this commit, UTF-8 (no mirror available; see README)"),
    "e02_sh_shizf_pizhuan_lajifei_2019": dict(
        repo=SH, commit="2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e",
        path="docs/市容绿化与景观/上海市人民政府关于批转市绿化市容局等五部门制订的《上海市单位生活垃圾处理费征收管理办法》的通知.md",
        record="whole file (Markdown with YAML front matter); text as served by the code index at this commit, "
               "saved as UTF-8 with its final newline (no mirror available; see README)"),
    "e03_hb_dianli_qingshi_yongdi_2021": dict(
        repo=GDC[0], commit=GDC[1], path=GDC[2], row="171",
        record="row with id=171, column 'article' (OCR text, line breaks lost)"),
    "e04_hb_dianli_tongbao_dangan_2020": dict(
        repo=GDC[0], commit=GDC[1], path=GDC[2], row="159",
        record="row with id=159, column 'article' (OCR text, line breaks lost)"),
    "e09_sgcc_zhuanfa_senlin_fanghuo_2021": dict(
        repo=GDC[0], commit=GDC[1], path=GDC[2], row="59",
        record="row with id=59, column 'article' (OCR text, line breaks lost)"),
    "e06_gwyb_zhuanfa_xizangban_1996": dict(
        repo=PLT[0], commit=PLT[1], path=PLT[2], row="52",
        record="INSERT row with id=52 (crawl_url http://www.gov.cn/zhengce/content/2018-12/02/content_5345284.htm), "
               "column 'content' (HTML) converted by sources.html2text"),
    "e07_gwyb_zhuanfa_dizhen_1997": dict(
        repo=PLT[0], commit=PLT[1], path=PLT[2], row="51",
        record="INSERT row with id=51 (国办发〔1997〕2号), column 'content' (HTML) converted by sources.html2text"),
    "e08_gwyb_tongbao_meikuang_2004": dict(
        repo=PLT[0], commit=PLT[1], path=PLT[2], row="49",
        record="INSERT row with id=49 (国办发〔2004〕7号), column 'content' (HTML) converted by sources.html2text"),
}


def source_of(doc_id):
    s = SOURCES[doc_id]
    return {"repo": s["repo"], "commit": s["commit"], "path": s["path"], "record": s["record"]}


def html2text(c):
    c = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", c)
    c = re.sub(r"(?i)<br\s*/?>", "\n", c)
    c = re.sub(r"(?i)</p\s*>", "\n", c)
    c = re.sub(r"<[^>]+>", "", c)
    c = html.unescape(c)
    lines = [l.strip().replace("\u3000", " ").strip() for l in c.split("\n")]
    return "\n".join(l for l in lines if l) + "\n"


def sql_rows(s):
    """(id, fields) of every `values (...)` tuple of a MySQL dump (quote-aware)."""
    out = []
    for m in re.finditer(r"values \(", s):
        i, fields = m.end(), []
        while True:
            while s[i] in " \n\r\t":
                i += 1
            if s[i] == "'":
                j, buf = i + 1, []
                while True:
                    if s[j] == "\\":
                        buf.append(s[j + 1]); j += 2; continue
                    if s[j] == "'":
                        if s[j + 1] == "'":
                            buf.append("'"); j += 2; continue
                        break
                    buf.append(s[j]); j += 1
                fields.append("".join(buf)); i = j + 1
            else:
                mm = re.match(r"[^,)]*", s[i:]); fields.append(mm.group(0).strip()); i += mm.end()
            while s[i] in " \n\r\t":
                i += 1
            if s[i] == ",":
                i += 1; continue
            break
        out.append(fields)
    return out


def rebuild(doc_id):
    s = SOURCES[doc_id]
    mirror = "/work/.mirror/" + s["repo"].replace("/", "+") + "/repo"
    if not os.path.isdir(mirror) or "row" not in s:
        return None
    blob = subprocess.run(["git", "--git-dir", mirror, "show", f"{s['commit']}:{s['path']}"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    if s["repo"] == GDC[0]:
        csv.field_size_limit(10 ** 9)
        for r in csv.DictReader(blob.splitlines(True)):
            if r["id"] == s["row"]:
                return r["article"].encode("utf-8")
    else:
        for f in sql_rows(blob):
            if f[0] == s["row"]:
                return html2text(f[11]).encode("utf-8")
    return None


def main():
    sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
    from provenance import check  # noqa: E402

    sys.exit(1 if check(os.path.join(HERE, ".."), SOURCES, rebuild if "--rebuild" in sys.argv else None) else 0)


if __name__ == "__main__":
    if "--write-e06" in sys.argv:
        open(os.path.join(HERE, "..", "texts", "e06_gwyb_zhuanfa_xizangban_1996.txt"), "wb").write(
            rebuild("e06_gwyb_zhuanfa_xizangban_1996"))
    else:
        main()
