"""Rebuild corpus/genres/texts/ from the shared archives (exact substrings of each record's `text`).

  python3 tools/build.py [--check] [--corpora DIR]     (default DIR: ../shared/corpora from the project root,
                                                        or /work/shared/corpora)

Each excerpt is (archive file, 0-based line number, start, end) in characters of the record's `text`
field (header and other fields excluded). --check compares the rebuilt bytes with texts/ and does not write.
The archives themselves are not copied into the project (see ../shared/corpora/README.md).
"""
import argparse, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "..", "texts")

# id -> (archive, line, start, end); end None = end of text
EXCERPTS = {
    # ---- statutes (laws.jsonl, LawRefBook/Laws) ----
    "s01_nat_feijiujinshu_2023": ("laws.jsonl", 3103, 0, None),
    "s02_nat_guanliren_baochou_2007": ("laws.jsonl", 2118, 0, None),
    "s03_nat_shiye_danwei_2004": ("laws.jsonl", 2787, 733, None),
    "s04_nat_guanggaofa_2021": ("laws.jsonl", 2578, 6177, 7023),
    "s05_nat_xingzheng_fuyi_2017": ("laws.jsonl", 3443, 2956, 4288),
    "s06_nat_mingma_biaojia_2022": ("laws.jsonl", 3470, 2377, None),
    "s07_prov_bj_guidao_yunying": ("laws.jsonl", 410, 1719, 2528),
    "s08_prov_henan_fushe_2015": ("laws.jsonl", 1217, 1104, 1782),
    "s09_prov_zj_kuaidi_2021": ("laws.jsonl", 1661, 5399, 6092),
    "s10_prov_cq_zhuanli_2011": ("laws.jsonl", 1816, 1599, None),
    "s11_city_zz_jinyan_2020": ("laws.jsonl", 1318, 0, None),
    "s12_city_wz_yangquan_2020": ("laws.jsonl", 1749, 3429, 4393),
    "s13_city_heze_gongshui_2020": ("laws.jsonl", 813, 2086, 2921),
    "s14_city_binzhou_gongre_2016": ("laws.jsonl", 751, 3106, 3786),
    "s15_city_jiangmen_menpai_2022": ("laws.jsonl", 960, 2377, None),
    # ---- news days (xwlb.jsonl, DuckBurnIncense/xin-wen-lian-bo, MIT) ----
    "n01_xwlb_20220924_zhaiyao": ("xwlb.jsonl", 0, 0, "## 详细新闻"),
    "n02_xwlb_20220927_changwuhui": ("xwlb.jsonl", 3, 3124, 4157),
    "n03_xwlb_20220929_zhongri50": ("xwlb.jsonl", 5, 1280, 2034),
    "n04_xwlb_20221014_nongye": ("xwlb.jsonl", 20, 1681, 3176),
    "n05_xwlb_20230103_zhaiyao": ("xwlb.jsonl", 100, 0, "## 详细新闻"),
    "n06_xwlb_20230418_yijidu": ("xwlb.jsonl", 205, 813, 2130),
    "n07_xwlb_20230509_waimao": ("xwlb.jsonl", 226, 1869, 2941),
    "n08_xwlb_20231021_renda": ("xwlb.jsonl", 390, 3718, 4469),
    "n09_xwlb_20240216_minsheng": ("xwlb.jsonl", 507, 2253, 3441),
    "n10_xwlb_20250117_jingji2024": ("xwlb.jsonl", 841, 1166, 2267),
    "n11_xwlb_20250214_chunyun": ("xwlb.jsonl", 869, 701, 2117),
    "n12_xwlb_20251215_lvse": ("xwlb.jsonl", 1173, 2018, 3766),
    "n13_xwlb_20260308_caijingwei": ("xwlb.jsonl", 1256, 7080, 8191),
    "n14_xwlb_20260416_gdp": ("xwlb.jsonl", 1295, 4097, 5035),
    "n15_xwlb_20230130_kuaixun": ("xwlb.jsonl", 127, 5997, 7637),
}


def corpora_dir(arg):
    for d in ([arg] if arg else []) + [os.path.join(HERE, "..", "..", "..", "..", "shared", "corpora"),
                                       "/work/shared/corpora"]:
        if d and os.path.exists(os.path.join(d, "laws.jsonl")):
            return d
    sys.exit("archives not found (--corpora DIR)")


_cache = {}


def record(cdir, archive, line):
    key = (archive, line)
    if key not in _cache:
        with open(os.path.join(cdir, archive), encoding="utf-8") as f:
            for i, l in enumerate(f):
                if i == line:
                    _cache[key] = json.loads(l)
                    break
    return _cache[key]


def excerpt(cdir, doc_id):
    archive, line, a, b = EXCERPTS[doc_id]
    r = record(cdir, archive, line)
    t = r["text"]
    if isinstance(b, str):
        b = t.index(b)
    if b is None:
        b = len(t)
    return r, a, b, t[a:b]


def source_of(cdir, doc_id):
    archive, line, _, _ = EXCERPTS[doc_id]
    r, a, b, _ = excerpt(cdir, doc_id)
    meta = {k: r.get(k) for k in ("id", "title", "date", "category", "level", "province") if k in r}
    return {"repo": r["source_repo"], "commit": r["commit"], "path": r["path"],
            "record": f"{archive} line {line} (0-based), id {r['id']!r}, field 'text' [{a}:{b}] (characters)",
            "archive": archive, "archive_line": line, "archive_id": r["id"], "excerpt_start": a, "excerpt_end": b,
            "record_text_chars": len(r["text"]), "whole_text": a == 0 and b == len(r["text"]), "meta": meta}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--corpora")
    args = ap.parse_args()
    cdir = corpora_dir(args.corpora)
    os.makedirs(TEXTS, exist_ok=True)
    bad = 0
    for doc_id in EXCERPTS:
        _, a, b, t = excerpt(cdir, doc_id)
        raw = t.encode("utf-8")
        p = os.path.join(TEXTS, doc_id + ".txt")
        if args.check:
            ok = os.path.exists(p) and open(p, "rb").read() == raw
            bad += not ok
            print(doc_id, "OK" if ok else "DIFFERS")
        else:
            open(p, "wb").write(raw)
            print(doc_id, len(t), "chars", hashlib.sha256(raw).hexdigest()[:12])
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
