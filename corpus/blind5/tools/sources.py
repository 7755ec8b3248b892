"""Provenance of corpus/blind5/texts and a check of the saved texts against the sha256 in gold/.

The development set's own two sources, records not used by any annotated set (devset, added, genres, blind,
blind2, blind3, blind4, shared/devset were checked by their `source.record`):

1. Telescope-U/GovDocClassification at commit 1f5bc51, `dataset/train.csv`, column `article` of the row with the
   given id (text recognised from scanned documents, line breaks lost), written byte for byte, no newline added
   (as devset d22-d37 and blind3 e03/e04/e09; a cell that ends with a newline keeps it).
2. xvshiting/politic_analysis_paper_2025 at commit dd9edb7, `data/Policies Data.xlsx`, column `Policy Content`
   (column F) of the row whose `No.` (column A) is given, in the given sheet, written byte for byte (as devset
   d01-d20). The cell is read with zipfile + ElementTree (`xlsx_sheets` below: shared strings, the concatenated
   <t> runs of a rich-text string); checked on devset d13 (ShanDong row 6): same sha256 as its gold.

  python3 sources.py            recompute sha256/bytes/chars of texts/ and compare with gold/<id>.json
  python3 sources.py --rebuild  also rebuild every text from the mirror (/work/.mirror/...) and compare
  python3 sources.py --write    (re)write texts/ from the mirror
"""
import csv, io, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
GDC = ("Telescope-U/GovDocClassification", "1f5bc512f7837b5951c22e8e1d5a71adb14fef04", "dataset/train.csv")
POL = ("xvshiting/politic_analysis_paper_2025", "dd9edb7b18d29e25cb254b2a07666311370f7297", "data/Policies Data.xlsx")


def _gdc(row):
    return dict(repo=GDC[0], commit=GDC[1], path=GDC[2], row=row,
                record=f"row with id={row}, column 'article' (OCR text, line breaks lost)")


def _pol(sheet, no, title):
    return dict(repo=POL[0], commit=POL[1], path=POL[2], sheet=sheet, no=no,
                record=f"sheet '{sheet}', row No.={no}, column 'Policy Content' (Policy Title: {title})")


SOURCES = {
    "g01_sd_swbgt_mingdian_qingshi_2021": _gdc("30"),
    "g02_sgcc_sbb_huanliuzhan_yinhuan_2021": _gdc("11"),
    "g03_zb_gb_cunzhuang_chebing_2020": _gdc("73"),
    "g05_sd_fgw_han_meitan_chubei_2021": _gdc("123"),
    "g06_sgcc_bgs_dangan_tongji_2021": _gdc("7"),
    "g07_jn_gxj_huawei_fuwuquan_banfa_2021": _pol(
        "ShanDong Policies Table", "23",
        "Notice on Issuing the Service Resource Supply Measures (V1.0) for Jinan \"Kunpeng + Ascend\" Ecological "
        "Innovation Center, Huawei (Jinan) Software Development Cloud Innovation Center, and Huawei (Jinan) AI "
        "Innovation Center"),
    "g08_sd_kjt_shuzi_jingji_cuoshi_2024": _pol(
        "ShanDong Policies Table", "52", "Several Measures to Accelerate the Innovative Development of the Digital Economy"),
    "g09_most_rengongzhineng_shiyanqu_zhiyin_2019": _pol(
        "Central Policies Table", "100",
        "Working Guide for Establishing National New Generation AI Innovation Development Test Zones"),
    "g10_rsb_shuzi_gongchengshi_jigou_banfa_2024": _pol(
        "Central Policies Table", "5",
        "Trial Measures for the Management of Training Institutions and Evaluation Institutions in the Digital "
        "Technology Engineer Cultivation Project"),
    "g04_qd_gxj_zhuanfa_rengongzhineng_2019": _pol(
        "ShanDong Policies Table", "8",
        "Recommendation of Leading AI Enterprises and Competitive Products in Qingdao"),
}


def source_of(doc_id):
    s = SOURCES[doc_id]
    return {k: s[k] for k in ("repo", "commit", "path", "record")}


NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def xlsx_sheets(blob):
    """{sheet name: [{column letter: cell text}]} of an .xlsx (shared strings, inline strings, values)."""
    z = zipfile.ZipFile(io.BytesIO(blob))
    ss = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            ss.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    tgt = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    out = {}
    for s in wb.find("m:sheets", NS):
        path = "xl/" + tgt[s.get("{%s}id" % NS["r"])].lstrip("/").replace("xl/", "")
        rows = []
        for row in ET.fromstring(z.read(path)).iter("{%s}row" % NS["m"]):
            cells = {}
            for c in row.findall("m:c", NS):
                col = re.match(r"[A-Z]+", c.get("r")).group()
                t, v = c.get("t"), c.find("m:v", NS)
                if t == "s":
                    val = ss[int(v.text)]
                elif t == "inlineStr":
                    val = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
                else:
                    val = v.text if v is not None else None
                cells[col] = val
            rows.append(cells)
        out[s.get("name")] = rows
    return out


def rebuild(doc_id):
    s = SOURCES[doc_id]
    mirror = "/work/.mirror/" + s["repo"].replace("/", "+") + "/repo"
    if not os.path.isdir(mirror):
        return None
    blob = subprocess.run(["git", "--git-dir", mirror, "show", f"{s['commit']}:{s['path']}"],
                          capture_output=True, check=True).stdout
    if "sheet" in s:
        for r in xlsx_sheets(blob)[s["sheet"]]:
            if r.get("A") == s["no"]:
                return r["F"].encode("utf-8")
        return None
    csv.field_size_limit(10 ** 9)
    for r in csv.DictReader(io.StringIO(blob.decode("utf-8"), newline="")):
        if r["id"] == s["row"]:
            return r["article"].encode("utf-8")
    return None


def main():
    if "--write" in sys.argv:
        for doc_id in SOURCES:
            open(os.path.join(HERE, "..", "texts", doc_id + ".txt"), "wb").write(rebuild(doc_id))
        return
    sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
    from provenance import check  # noqa: E402

    sys.exit(1 if check(os.path.join(HERE, ".."), SOURCES, rebuild if "--rebuild" in sys.argv else None) else 0)


if __name__ == "__main__":
    main()
