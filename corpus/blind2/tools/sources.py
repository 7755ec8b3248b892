"""Provenance of corpus/blind2/texts and a check of the saved texts against the sha256 in gold/.

No snapshot (mirror) of zhiyao87/Shanghai-Gov-Docs-Index could be had on this machine (fetch refused), so each
text was saved from the stored version served by the code index (read_file, repo + path, pinned commit below):
the whole Markdown file, UTF-8, exactly as served (YAML front matter, '>' note, '# title', body, flattened
attachment tables), with its final newline. Character counts equal the index's total_chars for each file.

  python3 sources.py --check      recompute sha256/bytes/chars of texts/ and compare with gold/<id>.json
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "zhiyao87/Shanghai-Gov-Docs-Index"
SOURCES = {
    "c01_sh_xuhui_zhuanfa_zhuangxiu_2017": (
        "49f4bb7b24691276dec660a576f20a54a0c46b63",
        "docs/市容绿化与景观/上海市徐汇区人民政府办公室关于转发区绿化市容局制订的《关于进一步加强本区装修垃圾处理的工作方案》的通.md"),
    "c02_sh_yangjing_tingchechang_2024": (
        "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e",
        "docs/规划与土地/关于印发《洋泾街道关于辖区内临时停车场开业备案用地核查流程》的通知.md"),
    "c03_sh_fengxian_gongyuan_chengshi_2021": (
        "49f4bb7b24691276dec660a576f20a54a0c46b63",
        "docs/市容绿化与景观/上海市奉贤区人民政府办公室关于印发《关于加快推进本区公园城市建设实施意见》的通知.md"),
}


def source_of(doc_id):
    commit, path = SOURCES[doc_id]
    return {"repo": REPO, "commit": commit, "path": path,
            "record": "whole file (Markdown with YAML front matter); text as served by the code index at this commit, "
                      "saved as UTF-8 with its final newline (no mirror available; see README)"}


def main():
    sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
    from provenance import check  # noqa: E402

    sys.exit(1 if check(os.path.join(HERE, ".."), SOURCES, None) else 0)


if __name__ == "__main__":
    main()
