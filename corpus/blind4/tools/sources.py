"""Provenance of corpus/blind4/texts and a check of the saved texts against the sha256 in gold/.

Two sources.

1. ljz060707-lang/China-Real-Estate-Policy-Database at commit 7d666c5 (a crawl of Chinese housing-policy
pages; the raw pages were later removed from the repository, so the commit is pinned). Each text is one raw page
`data/raw/webpages/2026/07/<sha256>.html` (the file name is the sha256 of the HTTP response; the page's URL is in
the sibling `.html.metadata.json`) converted to text by `html2text` below, whole page, navigation and page
residue included:

* bytes decoded as UTF-8 (else GB18030);
* comments, <script>, <style>, <noscript> dropped;
* <br> and the end tags of p, div, li, tr, td, th, h1-h6, table, title, dt, dd end a line;
* all other tags dropped, entities unescaped;
* U+3000 and U+00A0 become spaces, each line stripped, empty lines dropped, final newline.

2. HUANGZHIHAO1994/GCCMPD-climate-policy-dataset at commit b4b12c0, `code and files/files/GOV_PRC.csv` (gov.cn
   State Council policies crawled for a climate-policy dataset; columns Policy, Year, Country, Policy_Content, URL,
   Scope, Source): the text is the `Policy_Content` cell of the data row with the given index (0-based, after the
   header; the Policy title and URL are recorded too), written byte for byte, no newline added (as devset
   d22-d37). The crawler dropped every line break: title, 文号, 主送, body, signature and date run together on one
   line.

3. ZhouYNF/platform-1 at commit 2197df5, `db/ge_policy_raw20190217.sql` (a MySQL dump of gov.cn policy pages, already
   used by blind3 e06-e08; taken here as a fallback for a deadline-rich text): the `content` column (HTML) of the
   row with the given id, converted by blind3's `html2text` (corpus/blind3/tools/sources.py: tags dropped, </p> and
   <br> end a line, entities unescaped, lines stripped, empty lines dropped, final newline), exactly as blind3 did.

  python3 sources.py            recompute sha256/bytes/chars of texts/ and compare with gold/<id>.json
  python3 sources.py --rebuild  also rebuild every text from the mirror (/work/.mirror/...) and compare
  python3 sources.py --write    (re)write texts/ from the mirror
"""
import csv, html, io, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "ljz060707-lang/China-Real-Estate-Policy-Database"
COMMIT = "7d666c5e46bd61945490f33447e1344047ed5554"
WP = "data/raw/webpages/2026/07/"


def _page(sha, url, what):
    return dict(repo=REPO, commit=COMMIT, path=WP + sha + ".html",
                record=f"whole raw page ({url}), {what}; converted by sources.html2text")


SOURCES = {
    "f01_gs_baiyin_yichengyice_fangan_2022": _page(
        "4d0349bbd4c0a42c5beca0ad9d2201ad26c07d380df16a79fb664b713a79a120",
        "baiyin.gov.cn page of 市政办发〔2022〕167号",
        "city government portal: 信息来源/发布时间/浏览次数 lines, notice, issued plan, attachment, PDF link, "
        "打印本页/关闭窗口"),
    "f02_fj_mingxi_fangdichan_cuoshi_2022": _page(
        "6607752fca94f3b3462156b604e84df39ab878e7fe5cd43bea1754be365c8444",
        "明溪县人民政府门户网站, 规范性文件 明政规〔2022〕6号",
        "county government portal: navigation menus, metadata block (索引号, 文号, 公文生成日期, 有效性), notice, "
        "issued measures, attachment, download link, long footer link lists"),
    "f03_mnr_bgt_han_cunliang_zhuzhai_2021": _page(
        "e88bfd2269e60c2d61382b476d4c83a1524ef26a8edf00cc063e638238c4892b",
        "http://gi.mnr.gov.cn/202109/t20210901_2678777.html",
        "ministry 政府信息公开 page: search form, metadata table (索引号, 发文字号, 生成日期, 体裁), letter, "
        "【字号：大 中 小】【打印】【关闭】 lines, footer"),
    "f04_cq_szf_jueding_fangchanshui_2023": _page(
        "964bf309cce524cb663e06a84191141704b28a6138192bb9e82b118c1012d9fb",
        "cq.gov.cn page of the 2023 decision amending the Chongqing property-tax measures",
        "provincial (municipality) portal: 令 with its decision, then the two amended texts re-published in full "
        "(暂行办法, 实施细则), download links, 政策解读 links, footer"),
    "f05_zj_cixi_baozufang_xize_2023": _page(
        "586c664b37334a07a34a301251dcda42762bf8bc222a858f091d3adf44cfcc69",
        "http://www.cixi.gov.cn/art/2023/4/24/art_1229041903_1772048.html",
        "county-level city 政府信息公开 page: breadcrumb, metadata block one field per line (索引号, 发布机构, "
        "规范性文件编号, 发布日期, 成文日期, 文件编号), title, 发布日期/信息来源, joint notice, issued 细则, "
        "attachment names, 原文下载, 【大】【中】【小】【顶部】 打印 关闭, 政策解读 links"),
    "f11_gd_dongguan_gongjijin_tiaozheng_2020": _page(
        "137e9af1ceeeb6f8cf7289afdbcd38c3c7d95f6568734bf08c45385f0663713f",
        "http://dggjj.dg.gov.cn/zwgk/zfxxgkml/qt/tzgg/content/post_3327021.html",
        "city housing-fund centre page: menus, breadcrumb, title, 字体大小： 大、小, time, [打印页面] [关闭页面], notice, "
        "signature, date, PDF link (with the 文号), then the attached 解读 (with statistics), footer"),
    "f10_sc_enyang_wenzengzhang_cuoshi_2022": dict(_page(
        "c005fea13361548e9f74dfa7870ae7ea93d24d84786cdaa8617aabd4afebcdcb",
        "恩阳区政务服务网, 政策文件",
        "county-level district page: page title line, a run-together breadcrumb with URLs, 首页/>政务公开…, title, "
        "发布时间 broken over five lines, 浏览次数：, notice, issued measures. **Excerpt**: the converted page up to "
        "(not including) the heading 三、助力农业增收 (measures 1-19 of 80; sections 三-十 and the page's "
        "打印  关闭 residue left out)"), cut_before="三、助力农业增收"),
    "f12_gwyb_yijian_sanji_yiyuan_kaohe_2019": dict(
        repo="ZhouYNF/platform-1", commit="2197df553eee3b0bc9989d91addadf2f4227fddc",
        path="db/ge_policy_raw20190217.sql", row_id="4",
        record="INSERT row with id=4 (国办发〔2019〕4号, crawl_url "
               "http://www.gov.cn/zhengce/content/2019-01/30/content_5362266.htm), column 'content' (HTML) converted by "
               "blind3's sources.html2text"),
    "f13_gwyb_tongzhi_youeryuan_zhili_2019": dict(
        repo="ZhouYNF/platform-1", commit="2197df553eee3b0bc9989d91addadf2f4227fddc",
        path="db/ge_policy_raw20190217.sql", row_id="6",
        record="INSERT row with id=6 (国办发〔2019〕3号, crawl_url "
               "http://www.gov.cn/zhengce/content/2019-01/22/content_5360002.htm), column 'content' (HTML) converted by "
               "blind3's sources.html2text"),
    "f06_gwyb_zhuanfa_nongwang_yijian_2016": dict(
        repo="HUANGZHIHAO1994/GCCMPD-climate-policy-dataset", commit="b4b12c024b127da17af0e33d37bc6f66d75e34a4",
        path="code and files/files/GOV_PRC.csv", row=71,
        record="data row 71 (Policy 国务院办公厅转发国家发展改革委关于“十三五”期间实施新一轮农村电网改造升级工程意见的通知, "
               "URL http://www.gov.cn/zhengce/content/2016-02/22/content_5044629.htm), column Policy_Content, one line"),
    "f07_gwy_pifu_kuangchan_guihua_2016": dict(
        repo="HUANGZHIHAO1994/GCCMPD-climate-policy-dataset", commit="b4b12c024b127da17af0e33d37bc6f66d75e34a4",
        path="code and files/files/GOV_PRC.csv", row=2,
        record="data row 2 (Policy 国务院关于全国矿产资源规划（2016—2020年）的批复, URL "
               "http://www.gov.cn/zhengce/content/2016-11/08/content_5129991.htm), column Policy_Content, one line"),
    "f08_gwyb_fuhan_shanxi_nengyuan_1997": dict(
        repo="HUANGZHIHAO1994/GCCMPD-climate-policy-dataset", commit="b4b12c024b127da17af0e33d37bc6f66d75e34a4",
        path="code and files/files/GOV_PRC.csv", row=42,
        record="data row 42 (Policy 国务院办公厅关于支持山西能源基地建设有关问题的复函, URL "
               "http://www.gov.cn/zhengce/content/2010-11/13/content_2620.htm), column Policy_Content, one line"),
    "f09_gwy_pizhuan_xiaohuodian_2007": dict(
        repo="HUANGZHIHAO1994/GCCMPD-climate-policy-dataset", commit="b4b12c024b127da17af0e33d37bc6f66d75e34a4",
        path="code and files/files/GOV_PRC.csv", row=107,
        record="data row 107 (Policy 国务院批转发展改革委、能源办关于加快关停小火电机组若干意见的通知, URL "
               "http://www.gov.cn/zhengce/content/2008-03/28/content_2666.htm), column Policy_Content, one line"),
}


def source_of(doc_id):
    s = SOURCES[doc_id]
    return {k: s[k] for k in ("repo", "commit", "path", "record")}


def decode(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def html2text(c):
    c = re.sub(r"(?is)<!--.*?-->", "", c)
    c = re.sub(r"(?is)<(script|style|noscript)[^>]*>.*?</\1\s*>", "", c)
    c = re.sub(r"(?i)<br\s*/?>", "\n", c)
    c = re.sub(r"(?i)</(p|div|li|tr|td|th|h[1-6]|table|title|dt|dd)\s*>", "\n", c)
    c = re.sub(r"<[^>]+>", "", c)
    c = html.unescape(c)
    lines = [l.replace("\u3000", " ").replace("\xa0", " ").strip() for l in c.split("\n")]
    return "\n".join(l for l in lines if l) + "\n"


def rebuild(doc_id):
    s = SOURCES[doc_id]
    mirror = "/work/.mirror/" + s["repo"].replace("/", "+") + "/repo"
    if not os.path.isdir(mirror):
        return None
    blob = subprocess.run(["git", "--git-dir", mirror, "show", f"{s['commit']}:{s['path']}"],
                          capture_output=True, check=True).stdout
    if "row_id" in s:
        import importlib.util  # blind3's html2text and sql_rows, unchanged, loaded under another name
        spec = importlib.util.spec_from_file_location(
            "blind3_sources", os.path.join(HERE, "..", "..", "blind3", "tools", "sources.py"))
        b3 = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(b3)
        for f in b3.sql_rows(blob.decode("utf-8")):
            if f[0] == s["row_id"]:
                return b3.html2text(f[11]).encode("utf-8")
        return None
    if "row" in s:
        csv.field_size_limit(10 ** 9)
        rows = list(csv.DictReader(io.StringIO(blob.decode("utf-8-sig"), newline="")))
        return rows[s["row"]]["Policy_Content"].encode("utf-8")
    text = html2text(decode(blob))
    if "cut_before" in s:
        text = text[:text.index(s["cut_before"])]
    return text.encode("utf-8")


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
