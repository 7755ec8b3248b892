"""Hand annotations of corpus/blind2/texts (c01-c03), written by reading each text; gongwen was neither built
nor run, no gongwen output was looked at and src/ was not read (blind test set).

  python3 annotate.py [ID ...]     writes ../gold/<id>.json (exact snippets -> character offsets)

Every span is given by its exact text (plus which occurrence, or an anchor before it); the script finds
its character offsets in the text decoded from UTF-8 (no newline translation) and fails loudly if a text
is not found. Same format and conventions as shared/devset (README there); the helpers below are the
devset's annotate_a.py helpers. Judgement calls: ../README.md and the per-item notes.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "..", "texts")
GOLD_DIR = os.path.join(HERE, "..", "gold")
sys.path.insert(0, HERE)
from sources import source_of  # noqa: E402


sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from snippets import DL, DN, DOC, N, Q, S, SL, T, GoldSet, main  # noqa: E402,F401

gold = GoldSet()




# =============================================================================================
# ANNOTATIONS
# =============================================================================================
# Conventions as corpus/devset/README.md and corpus/blind. A snippet that occurs more than once must give nth
# (0-based) or an anchor (after=...): S() refuses an ambiguous snippet without one (the old helper silently took
# the first occurrence).

gold("c01_sh_xuhui_zhuanfa_zhuangxiu_2017", "county", "2017-07-14", [
    DOC("notice", True, "徐府办发〔2017〕16号",
        "上海市徐汇区人民政府办公室关于转发区绿化市容局制订的《关于进一步加强本区装修垃圾处理的工作方案》的通知",
        "上海市徐汇区人民政府办公室", False, "2017-07-14", ["区政府有关委、办、局", "各街道、华泾镇"],
        embedded=[{"title": "关于进一步加强本区装修垃圾处理的工作方案", "kind": "plan", "separate_document": False,
                   "note": "district bureau's plan forwarded by the district government office; printed after the "
                           "notice's signature and date, no date or signature of its own"}],
        note="district (county-level) forwarding notice, Markdown conversion with YAML front matter (文号 only there) "
             "and a '>' note; signature and date printed; forwards a plan of a district bureau (one level, no chain)"),
], [
    DN("徐府办发〔2017〕16号", "own"),
    T("关于进一步加强本区装修垃圾处理的工作方案", "forwarded"),
    T("中华人民共和国著作权法", "cited"),
    T("关于加强本市建筑垃圾消纳处置监管的通知", "cited"),
    N("自2016年6月起", "start date (past)"),
    N("日分拣处置能力300吨/日", "reported capacity (statistic)"),
    N("提升至900吨/日", "reported capacity (statistic)"),
    N("有望近阶段", "vague"),
    N("2016年本市建筑垃圾落实属地处理以来", "past"),
    N("近200吨", "statistic"),
    N("占比近30%", "statistic"),
    N("计划量为150吨/日", "allocation by the city bureau (judgement call: not scored)"),
    N("提早排摸", "vague"),
    N(S("及时", 0), "vague (及时落实整改)"),
    N(S("及时", 1), "vague (及时移交)"),
    DL(S("2017年", 1), "2017-12-31", year_level=True, note="year target of the green-account coverage (2017年…要新增覆盖)"),
    Q("新增覆盖14.3万户", ">=", 143000, "户", alt=["="], note="year target"),
    Q("累计达到30.3万户", ">=", 303000, "户", alt=["="], note="cumulative target"),
    N("定期组织开展", "recurring"),
], note="the only calendar item is the year target 2017年 (year_level); capacities and shares are statistics")

gold("c02_sh_yangjing_tingchechang_2024", "township", "2024-12-03", [
    DOC("notice", False, "浦洋办〔2024〕43号",
        "关于印发《洋泾街道关于辖区内临时停车场开业备案用地核查流程》的通知",
        "上海市浦东新区人民政府洋泾街道办事处", False, "2024-11-20", ["街道各部门、企事业单位、居民区"],
        embedded=[{"title": "洋泾街道关于辖区内临时停车场开业备案用地核查流程", "kind": "unknown",
                   "separate_document": False,
                   "note": "issued procedure after the signature/date (title broken over two lines), then three "
                           "attachment forms flattened from Word tables/forms: an approval slip (table cells one per "
                           "line, cells with embedded newlines), a meeting-record form with blank fill-in runs of "
                           "spaces, and a notice template with a blank date '年   月   日'"}],
        note="sub-district (街道办事处, below county level, in 浦东新区) issuing notice; Markdown conversion with YAML "
             "front matter (文号 only there, 发布日期 2024-12-03 = meta_date) and a '>' note; signature, date 2024年11月20日 "
             "and （此件公开发布）; recipients one item (split only at ，/；)"),
], [
    DN("浦洋办〔2024〕43号", "own"),
    DN(S("沪道运审〔2023〕1号", 0), "cited"),
    DN(S("沪道运审〔2023〕1号", 1), "cited"),
    T("洋泾街道关于辖区内临时停车场开业备案用地核查流程", "issued"),
    T("中华人民共和国著作权法", "cited"),
    T("关于修订印发<公共停车场（库）经营备案指南（2023版）>的通知", "cited"),
    T("营业执照", "cited"),
    T("关于XX临时停车场开业业主意见征询公示", "cited"),
    N("立即整改", "vague"),
    N("公示时长7个工作日", "duration of the public notice"),
    N("自        年     月     日     午     时    起    时    止", "blank form field (meeting time)"),
    N("征询公示时间：     年   月   日至    年   月   日", "blank form field (notice window)"),
    N("公示时间为7个工作日", "duration"),
    N("工作日（8:30-17:00）", "office hours"),
    N(S("年   月   日", 2), "blank form date"),
    SL("三合一", 3, optional=True, note="生产仓储经营“三合一” (fire-safety term for mixed-use premises); optional"),
], note="no deadline and no numeric quota: the procedure's time limits are durations (7个工作日) and the forms' dates "
        "are blank fields; 不短于…有效期限 has no number")

gold("c03_sh_fengxian_gongyuan_chengshi_2021", "county", "2021-12-06", [
    DOC("notice", False, "沪奉府办发〔2021〕18号",
        "上海市奉贤区人民政府办公室关于印发《关于加快推进本区公园城市建设实施意见》的通知",
        "上海市奉贤区人民政府办公室", False, "2021-12-03",
        ["各镇人民政府", "街道办事处", "开发区管委会", "头桥集团", "区政府各部门"],
        embedded=[{"title": "关于加快推进本区公园城市建设实施意见", "kind": "opinion", "separate_document": False,
                   "note": "issued opinion after the notice's signature and date, no date of its own; followed by 8 "
                           "attachment tables flattened from Word (one cell per paragraph, the attachment list's last "
                           "item runs into '附件1', cells with embedded newlines)"}],
        note="district (county-level) issuing notice, Markdown conversion of a Word document with YAML front matter "
             "(文号 only there; 发布日期 2021-12-06 = meta_date, printed date 2021年12月3日)"),
], [
    DN("沪奉府办发〔2021〕18号", "own"),
    T("关于加快推进本区公园城市建设实施意见", "issued"),
    T("中华人民共和国著作权法", "cited"),
    T("上海市公园绿地“四化”规划纲要", "cited"),
    T("城市容貌规范", "cited"),
    T("上海市街道设计导则", "cited"),
    N("建党100周年", "event name"),
    # 2025 targets
    DL("至2025年", "2025-12-31", year_level=True, note="qualitative 2025 goals"),
    DL("至“十四五”期末", "2025-12-31", year_level=True, note="numeric 十四五 targets"),
    Q("230座以上", ">=", 230, "座"),
    Q(S("达到90%以上", 0), ">=", 90, "%", note="公园绿地服务半径覆盖率 (2025)"),
    Q("达到17%以上", ">=", 17, "%"),
    Q("200公里左右", "~", 200, "公里"),
    Q("达到80%以上", ">=", 80, "%"),
    # 2035 targets
    DL(S("至2035年", 0), "2035-12-31", year_level=True),
    DL("至2035年末", "2035-12-31", note="年末 as devset 年底 (calendar, not year_level)"),
    Q("达到60%以上", ">=", 60, "%"),
    Q("达到20%左右", "~", 20, "%"),
    Q("建成300座公园", ">=", 300, "座", alt=["="], hedge="力争"),
    Q("达到95%以上", ">=", 95, "%"),
    Q("300公里左右", "~", 300, "公里"),
    Q(S("达到90%以上", 1), ">=", 90, "%", note="附属绿地开放共享率 (2035)"),
    # tasks
    N("50公里田字绿廊", "description of the corridor"),
    N("面积约8.6平方公里", "description of the area"),
    N(S("15分钟社区生活圈", 0), "standard name"),
    N("300-500米服务半径", "definition"),
    N("每年新建一批", "recurring, no number"),
    N("公园绿地500米服务半径盲区", "definition"),
    Q(S("1000亩以上", 0), ">=", 1000, "亩", threshold=True, note="size of each open forest"),
    Q(S("开放休闲林地5个", 0), "=", 5, "个"),
    Q(S("300亩以上", 0), ">=", 300, "亩", threshold=True),
    Q(S("开放休闲林地5个", 1), "=", 5, "个"),
    Q("达到70%以上", ">=", 70, "%"),
    Q("达到10%以上", ">=", 10, "%"),
    Q("3个以上", ">=", 3, "个", per="年"),
    Q("创建绿化特色道路1条", "=", 1, "条", per="年", note="shares 每年 with the previous item"),
    Q(S("2个以上", 0), ">=", 2, "个"),
    Q("建成12个", "=", 12, "个"),
    N(S("15分钟社区生活圈", 1), "standard name"),
    Q("建成3个", "=", 3, "个"),
    Q(S("2个以上", 1), ">=", 2, "个"),
    Q("10个以上", ">=", 10, "个"),
    N("逐年安排专项资金", "recurring"),
    DL("到“十四五”末", "2025-12-31", year_level=True, hedge="争取", note="60 community parks into the city list"),
    Q("60座社区公园", "=", 60, "座", alt=[">="], hedge="争取"),
    N("年度为民办实事", "recurring"),
    # attachment tables: plan figures are not annotated (not comparator requirements); only the restated
    # requirement sentences of 附件8 are
    N("镇财政承担1440万元", "funding allocation in a table cell"),
    Q(S("1000亩以上", 1), ">=", 1000, "亩", threshold=True, note="附件8 restates the body requirement"),
    Q(S("开放休闲林地5个", 2), "=", 5, "个"),
    Q(S("300亩以上", 1), ">=", 300, "亩", threshold=True),
    Q(S("开放休闲林地5个", 3), "=", 5, "个"),
    Q("达到1万亩", ">=", 10000, "亩", alt=["="], note="附件8 table cell (抚育面积达到1万亩)"),
    SL("四化", 4, expansion=["绿化", "彩化", "珍贵化", "效益化"],
       note="上海市公园绿地“四化”; one occurrence inside a 《title》; expansion not in the text"),
    SL("五违四必", 9, expansion=["违法用地", "违法建筑", "违法经营", "违法排污", "违法居住",
                               "安全隐患必须消除", "违法建筑必须拆除", "脏乱现象必须整治", "违法经营必须取缔"],
       note="Shanghai campaign (五违: five violations; 四必: four musts); expansion not in the text"),
    SL("十四五", 0, optional=True, note="plan name"),
    SL("三生融合", 3, optional=True, note="生产、生活、生态 (expansion in the text)"),
    SL("三大体系", 3, optional=True, note="公园、森林、湿地 (defined in the text)"),
    SL("两大网络", 2, optional=True, note="廊道、绿道 (defined in the text)"),
    SL("百千万", 0, optional=True, note="百千万“满天星”工程 (campaign name)"),
    SL("三位一体", 3, optional=True, note="公园—社区—志愿者"),
    SL("一村一园", 1, optional=True), SL("一镇一环", 1, optional=True), SL("一街一景", 1, optional=True),
], note="many year-level targets (至2025年, 十四五期末, 至2035年) with quotas; the attachment tables' figures (areas, "
        "lengths, year columns 2021-2025, investments) are plan data, deliberately not annotated except the two "
        "requirement sentences restated in 附件8")

if __name__ == "__main__":
    main(gold, source_of, TEXTS, GOLD_DIR)
