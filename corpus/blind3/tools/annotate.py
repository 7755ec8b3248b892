"""Hand annotations of corpus/blind3/texts (e01-e06), written by reading each text; gongwen was neither built
nor run, no gongwen output was looked at and src/ was not read (blind test set).

  python3 annotate.py [ID ...]     writes ../gold/<id>.json (exact snippets -> character offsets)

Every span is given by its exact text (plus which occurrence, or an anchor before it); the script finds
its character offsets in the text decoded from UTF-8 (no newline translation) and fails loudly if a text
is not found or a snippet is ambiguous. Same format and conventions as shared/devset (README there), blind and
blind2. Judgement calls: ../README.md and the per-item notes.
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
# e01: 宝山区 district office issuing a 实施方案 with a task-division table (excerpt: notice, plan, 附件1)
# =============================================================================================
# 附件1's 时间节点 column, read task by task (task number -> cell). "2019年" = by the end of 2019 (year_level, as
# blind2 c01's 2017年); "2019年N月" = by the end of that month.
E01_NODES = {1: "2019年3月", 2: "2019年", 3: "2019年6月", 4: "2019年3月", 5: "2019年6月", 6: "2019年", 7: "2019年",
             8: "2019年5月", 9: "2019年", 10: "2019年6月", 11: "2019年", 12: "2019年", 13: "2019年", 14: "2019年9月",
             15: "2019年", 16: "2019年", 17: "2019年", 18: "2019年3月", 19: "2019年6月", 20: "2019年9月",
             21: "2019年", 22: "2019年", 23: "2019年", 24: "2019年", 25: "2019年", 26: "2019年", 27: "2019年",
             28: "2019年", 29: "2019年", 30: "2019年", 31: "2019年5月", 32: "2019年", 33: "2019年", 34: "2019年",
             35: "2019年", 36: "2019年", 37: "2019年", 38: "2019年", 39: "2019年"}
MONTH_END = {"3": "2019-03-31", "5": "2019-05-31", "6": "2019-06-30", "9": "2019-09-30"}


def e01_table_deadlines():
    out = []
    for n, cell in E01_NODES.items():
        # the first occurrence of the cell after the task's number cell is its 时间节点 (no task text holds a year)
        anchor = f"\n\n{n}\n\n"
        if cell == "2019年":
            out.append(DL(S("2019年", after=anchor), "2019-12-31", year_level=True,
                          note=f"附件1 task {n}: 时间节点 2019年 (by the end of the year)"))
        else:
            m = cell[len("2019年"):-1]
            out.append(DL(S(cell, after=anchor), MONTH_END[m], note=f"附件1 task {n}: 时间节点 {cell} (end of month)"))
    return out


gold("e01_sh_baoshan_laji_fangan_2019", "county", "2019-05-05", [
    DOC("notice", True, "宝府办〔2019〕26号",
        "上海市宝山区人民政府办公室关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案的通知",
        "上海市宝山区人民政府办公室", False, "2019-05-05", ["各镇人民政府", "各街道办事处", "区政府各委、办、局"],
        embedded=[{"title": "关于贯彻《上海市生活垃圾管理条例》推进全程分类体系建设的实施方案", "kind": "plan",
                   "separate_document": False,
                   "note": "issued plan after the notice's signature and date (heading broken over two lines), no date "
                           "or signature of its own; its attachment list, then 附件1, a task table flattened from Word "
                           "(序号/任务名称/任务内容/牵头部门/配合部门/时间节点, one cell per paragraph, merged 任务名称 "
                           "cells only on the first row of a group, some cells split over two paragraphs); the excerpt "
                           "ends with 附件1 (附件2, 附件3 not included)"}],
        note="district (county-level) issuing notice, Markdown conversion with YAML front matter (文号 only there; "
             "发布日期 = printed date 2019年5月5日); issues a plan named in the body as 《关于贯彻〈…〉…的实施方案》 "
             "(forwarding true as devset 印发《…》, although the title's 《》 wrap the 条例, not the plan)"),
], [
    DN("宝府办〔2019〕26号", "own"),
    T("关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施方案", "issued"),
    T("上海市生活垃圾管理条例", "cited"),
    T("条例", "cited"),
    T("中华人民共和国著作权法", "cited"),
    T("上海市再生资源回收管理办法", "cited"),
    T("上海市促进生活垃圾分类减量办法", "cited"),
    # 二、工作目标 (2019 targets; the year is the plan's, stated only for the villages)
    Q("累计达到67.4万户", ">=", 674000, "户", alt=["="], note="cumulative target"),
    Q(S("70%以上", 0), ">=", 70, "%"),
    Q("创建达标小区518个", "=", 518, "个", alt=[">="]),
    DL(S("2019年", after="推进农村生活垃圾分类全覆盖，"), "2019-12-31", year_level=True,
       note="2019年创建农村生活垃圾分类达标村104个"),
    Q("达标村104个", "=", 104, "个", alt=[">="]),
    Q(S("服务点670个", 0), "=", 670, "个", alt=[">="]),
    Q(S("中转站12座", 0), "=", 12, "座", alt=[">="]),
    Q("集散场1个", "=", 1, "个", alt=[">="]),
    Q("不高于1610吨", "<=", 1610, "吨", per="日", note="干垃圾日均控制量"),
    Q("日均高于407吨", ">", 407, "吨", per="日", strict=True),
    Q("日均高于276吨", ">", 276, "吨", per="日", strict=True),
    Q("日均高于131吨", ">", 131, "吨", per="日", strict=True),
    Q("日均高于251吨", ">", 251, "吨", per="日", strict=True),
    Q("成立15支志愿者队伍", "=", 15, "支", alt=[">="]),
    Q("约500个", "~", 500, "个", note="宣传覆盖约500个居（村）委"),
    Q("覆盖面达到100%", ">=", 100, "%", alt=["="]),
    # 三、(一)
    Q(S("70%以上", 1), ">=", 70, "%"),
    DL(S("一季度", 0), "2019-03-31", note="first quarter of the plan year; already past at the notice's date"),
    DL("上半年", "2019-06-30"),
    Q("1918个垃圾箱房", "=", 1918, "个"),
    DL("到三季度", "2019-09-30"),
    Q("每户配置1组", "=", 1, "组", per="户"),
    Q("每村配置1辆", "=", 1, "辆", per="村"),
    N("（240升）", "bin size (specification)"),
    Q("至少1组", ">=", 1, "组"),
    Q("储存点1处", "=", 1, "处"),
    N("1名“黄马夹”与2名居委干部配合，由3名社区志愿者", "definition of the 1+2+3 model (judgement call)"),
    N("定期向区委", "recurring"),
    N("每月例会制度", "recurring"),
    # 三、(二)
    DL(S("2019年", after="喷涂标识。"), "2019-12-31", year_level=True, note="2019年再新增18辆湿垃圾收运车"),
    Q("新增18辆", "=", 18, "辆", alt=[">="]),
    # 三、(三) schedules of the two plants
    DL(S("2019年", after="1.推进垃圾焚烧设施建设。"), "2019-12-31", year_level=True, note="2019年…开工建设"),
    DL(S("一季度", 1), "2019-03-31"),
    DL(S("二季度", 0), "2019-06-30"),
    DL(S("三季度", 1), "2019-09-30"),
    DL(S("四季度", 0), "2019-12-31"),
    DL(S("2020年", 0), "2020-12-31", year_level=True, note="2020年形成处置能力"),
    DL(S("2019年", after="2.推进湿垃圾处置设施建设。"), "2019-12-31", year_level=True),
    DL(S("一季度", 2), "2019-03-31"),
    DL(S("二季度", 1), "2019-06-30"),
    DL(S("三季度", 2), "2019-09-30"),
    DL(S("四季度", 1), "2019-12-31"),
    DL(S("2020年", 1), "2020-12-31", year_level=True),
    DL(S("2019年", after="分拣场的运营机制，"), "2019-12-31", year_level=True, note="2019年投产运行"),
    # 四
    N("每日一报，一周整改", "recurring / window"),
    N("做到问题及时发现，及时整改，及时处理", "vague"),
    N("三次投放不规范", "trigger count (judgement call)"),
    N("责令立即或限期改正", "vague"),
    N("按时间节点有序推进", "vague"),
    # 附件1 (task table)
    N("每1-2周", "recurring"),
    N("定期分析发现问题", "recurring"),
    Q(S("70%以上", 2), ">=", 70, "%"),
    Q("日均131吨", "=", 131, "吨", per="日", alt=[">="], note="task 13 (餐厨垃圾目标任务)"),
    Q("100%实现达标标准", ">=", 100, "%", alt=["="]),
    Q(S("服务点670个", 1), "=", 670, "个", alt=[">="]),
    Q(S("中转站12座", 1), "=", 12, "座", alt=[">="]),
    Q("配置80余辆", ">=", 80, "辆", alt=[">"], note="80余 (more than 80)"),
    Q("专用收运车1辆", "=", 1, "辆"),
    Q("按500户配1名", "=", 1, "名", per="500户", note="staffing ratio (原则上): one per 500 households; judgement call"),
    N("及时发布", "vague"),
    Q("全年不少于一场", ">=", 1, "场", per="年", note="Chinese numeral"),
    Q("全年培训不少于5场", ">=", 5, "场", per="年"),
    *e01_table_deadlines(),
    SL("十三五", 0, optional=True, note="plan name"),
    SL("两网融合", 2, optional=True, note="Shanghai term (环卫收运网络 + 再生资源回收网络); expansion not in the text"),
    SL("四位一体", 4, optional=True, note="local: 党组织、居委、物业、业委 (task 5)"),
    SL("五位一体", 5, optional=True, note="local: 基层党组织、居委、业委会、物业、志愿者 (not the national 五位一体)"),
    SL("五规范", 5, optional=True, note="defined in the text: 容器、标识、宣传、公示、配置"),
    SL("双规范", 2, optional=True), SL("双到位", 2, optional=True),
    SL("一严禁、两分类、一鼓励", 0, optional=True),
    SL("五个一", 5, optional=True, note="宣传“五个一”工程 (items in the text)"),
    SL("三必须", 3, optional=True, note="Shanghai dust-control measures; expansion not in the text"),
    SL("两级政府、三级管理、四级落实", 0, optional=True),
], note="excerpt (notice + plan + 附件1 task table). Deadlines: quarter/half-year words of the plan year (一季度 → "
        "03-31, 上半年 → 06-30, 三季度 → 09-30, 四季度 → 12-31), year targets (2019年, 2020年, year_level) and the 39 "
        "时间节点 cells of 附件1. Quotas: 2019 targets (工作目标), equipment counts, daily tonnages (日均高于 → > strict)")

# =============================================================================================
# e02: 上海市人民政府 批转 a 5-bureau 办法 (separate logical document with its own signature and date)
# =============================================================================================
BUREAUS = ["上海市绿化和市容管理局", "上海市发展和改革委员会", "上海市住房和城乡建设管理委员会", "上海市财政局",
           "上海市市场监督管理局"]
gold("e02_sh_shizf_pizhuan_lajifei_2019", "provincial", "2019-07-12", [
    DOC("notice", True, "沪府规〔2019〕28号",
        "上海市人民政府关于批转市绿化市容局等五部门制订的《上海市单位生活垃圾处理费征收管理办法》的通知",
        "上海市人民政府", False, "2019-07-06", ["各区人民政府", "市政府各委、办、局"],
        note="municipal (provincial-level) 批转 notice, Markdown conversion with YAML front matter (文号 only there; "
             "发布日期 2019-07-12 = meta_date, printed date 2019年7月6日); the forwarded 办法 follows with its own "
             "signature (five bureaus) and date, so it is a separate logical document"),
    DOC("unknown", False, None, "上海市单位生活垃圾处理费征收管理办法", "、".join(BUREAUS), False, "2019-06-19", [],
        issuers=BUREAUS,
        note="the forwarded measures (第一条–第十四条), signed by five bureaus (one per line) and dated 2019年6月19日; "
             "kind unknown (a 办法 printed without its own issuing notice)"),
], [
    DN("沪府规〔2019〕28号", "own"),
    DN("国办发〔2017〕26号", "cited", doc=1),
    T("上海市单位生活垃圾处理费征收管理办法", "forwarded"),
    T("中华人民共和国著作权法", "cited"),
    T("城市市容和环境卫生管理条例", "cited", doc=1),
    T("城市生活垃圾管理办法", "cited", doc=1),
    T("国务院办公厅关于转发国家发展改革委住房城乡建设部生活垃圾分类制度实施方案的通知", "cited", doc=1),
    N("一年核定一次", "recurring"),
    N("自下一个计费周期生效", "start (event-relative)"),
    N("自2019年7月1日起施行", "start date"),
    N("有效期至2023年6月30日", "validity"),
    SL("两型社会", 2, expansion=["资源节约型社会", "环境友好型社会"], note="expansion not in the text"),
], note="no deadline and no quota: the 办法's dates are its entry into force and validity; the cited 国办发〔2017〕26号 "
        "is itself a State Council office forwarding (a reference, not a chain inside this text)")

# =============================================================================================
# e03: OCR 请示 of a provincial State Grid company to the provincial natural-resources department
# =============================================================================================
gold("e03_hb_dianli_qingshi_yongdi_2021", "provincial", None, [
    DOC("request", False, "鄂电司发展〔2021〕238号",
        "国网湖北省电力有限公司关于申请办理武汉—南昌1000千伏特高压交流输变电工程（湖北段）建设项目用地预审的请示",
        "国网湖北省电力有限公司", True, "2021-12-22", ["湖北省自然资源厅"],
        note="OCR text of a scanned 请示 (one line): 发文机关标志 国网湖北省电力有限公司文件, 文号, 签发人：XXX, title, "
             "主送, body, 妥否，请批示。, signature, date, contact line, colophon (办公室2021年12月24日印发). Issuer is a "
             "provincial state-owned company (level given as provincial); addressee a provincial government department"),
], [
    DN("鄂电司发展〔2021〕238号", "own"),
    DN(S("国土资源部令第68号", 0), "cited", standard=False),
    DN(S("国土资源部令第68号", 1), "cited", standard=False),
    DN("国能发电力〔2018〕70号", "cited"),
    DN("自然资办发〔2021〕14号", "cited"),
    DN("鄂政发〔2019〕22号", "cited"),
    DN("鄂自然资函〔2019〕646号", "cited"),
    T("建设项目用地预审管理办法", "cited"),
    T("国家能源局关于加快推进一批输变电重点工程规划建设工作的通知", "cited"),
    T("自然资源部办公厅关于规范开展建设项目节地评价工作的通知", "cited"),
    T("1000kV架空输电线路设计规范", "cited"),
    T("建筑结构荷载规范", "cited"),
    T("钢结构设计标准", "cited"),
    T("架空输电线路杆塔结构设计技术规定", "cited"),
    T("省人民政府关于公布实施湖北省征地区片综合地价标准的通知", "cited"),
    T("湖北省自然资源厅关于生态保护红线评估过渡时期重大项目占用生态保护红线有关意见的通知", "cited"),
    N("规划期至2035年的国土空间规划", "plan period in a plan's description"),
    N("占用耕地面积未超过项目用地总面积的50%", "reported compliance with a rule's threshold (statistic)"),
    N("15-20米、20-25米及大于25米", "definition of the ranges"),
    N("总用地面积应控制在27×426.4225平方米=11513.4075平方米（1.1513公顷）以内", "formula (computed cap)"),
    N("总用地面积为218×596.8249平方米=130107.8282平方米（13.0108公顷）以内", "formula"),
    N("总用地面积为187×873.2025平方米=163288.8675平方米（16.3289公顷）以内", "formula"),
    N("塔基用地应控制在11513.4075平方米+130107.8282平方米+163288.8675平方米=304910.1032平方米（30.4910公顷）以内",
      "formula (computed cap)"),
    N("按期推进", "vague"),
], note="no deadline and no quota: figures are the project's statistics and formula results (塔基 areas, "
        "'应控制在…以内' computed from the design standards); 国土资源部令第68号 irregular (standard: false, as devset "
        "令第N号); GB/DL standard numbers are not 文号")

# =============================================================================================
# e04: OCR 通报 of a provincial State Grid company's office
# =============================================================================================
gold("e04_hb_dianli_tongbao_dangan_2020", "provincial", None, [
    DOC("circular", False, "办函〔2020〕18号", "关于2019年度档案工作考评情况的通报",
        "国网湖北省电力有限公司办公室", True, "2020-09-27", ["公司各单位", "各省管产业单位"],
        note="OCR text of a scanned 通报 (one line): header 国网湖北省电力有限公司办公室, 文号, title without the organ, "
             "主送, 现将有关情况通报如下, two sections, 附件 line, signature, date, distribution note, then only the "
             "heading of the attachment (its content is not in the source; not listed as embedded)"),
], [
    DN("办函〔2020〕18号", "own"),
    DN("办公〔2020〕17号", "cited"),
    T("关于开展2019年度档案工作考评的通知", "cited"),
    T("办公〔2020〕17号", "cited"),
    N("及时补齐短板", "vague"),
], note="the cited number is printed in 《》 instead of （） (《办公〔2020〕17号》): counted both as 文号 and as an "
        "outer 《title》 (judgement call); 2019年度 is a reference year (not a deadline)")

# =============================================================================================
# e06: 国务院办公厅 forwarding a 国家教委 请示 (1996), the 请示 a separate logical document
# =============================================================================================
gold("e06_gwyb_zhuanfa_xizangban_1996", "national", "1996-08-17", [
    DOC("notice", True, "国办发〔1996〕32号",
        "国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知",
        "国务院办公厅", False, "1996-07-17",
        ["北京、天津、上海、河北、辽宁、江苏、浙江、福建、山东、河南、湖南、湖北、广东、四川、西藏、陕西省（自治区、直辖市）人民政府"],
        note="gov.cn page converted from HTML (title over three lines, 文号 line, 主送 as one list, signature with "
             "NBSP padding and a stray '&sp;' entity, date in Chinese numerals 一九九六年七月十七日). meta_date is the "
             "dump's wiritten_time date 1996-08-17 (differs from the printed date)"),
    DOC("request", False, None, "关于内地西藏班（校）扩大规模有关问题的请示", "国家教委", False, "1996-05-13", ["国务院"],
        note="the forwarded 请示 with its own title (two lines), addressee 国务院：, 以上意见如无不妥，请批转…, 附 line, "
             "signature 国家教委 and date 一九九六年五月十三日, then its attached plan table flattened (one cell per "
             "line; province rows with 1995 intake and 1996-1998 columns: plan data, not annotated)"),
], [
    DN("国办发〔1996〕32号", "own"),
    DN(S("中发〔1994〕8号", 0), "cited", doc=1),
    DN(S("中发〔1994〕8号", 1), "cited", doc=1),
    DN(S("国办发〔1993〕71号", 0), "cited", doc=1),
    DN(S("国办发〔1993〕71号", 1), "cited", doc=1),
    T("关于内地西藏班（校）扩大规模有关问题的请示", "forwarded"),
    T("中共中央、国务院关于加快西藏发展、维护社会稳定的意见", "cited", doc=1),
    T("国务院办公厅转发国家教委等部门关于进一步加强教育援藏工作请示的通知", "cited", doc=1),
    DL(S("1998年", 0), "1998-12-31", year_level=True, doc=1, note="1998年达到2000人的规模"),
    Q("达到2000人", ">=", 2000, "人", alt=["="], doc=1),
    N("1995年广东省、福建省共落实了165名扩招任务", "past"),
    N("以1995年实招人数1445名为基数", "base (past figure)"),
    N("从1996年开始逐年扩招", "start"),
    N("分3年落实", "duration"),
    DL("至1998年", "1998-12-31", year_level=True, doc=1),
    Q("达到2000名", ">=", 2000, "名", alt=["="], doc=1),
    N("等16个省（市）", "count of the provinces listed"),
    N("及时拨给", "vague"),
    N("按期完成", "vague"),
    N("及时协调", "vague"),
    N("明确一位负责同志", "one person named in charge, Chinese numeral (judgement call)"),
], note="1996 State Council office notice forwarding a ministry's 请示 (two levels; the 请示 cites 国办发〔1993〕71号, "
        "itself a forwarding of an earlier 请示). Year-level targets 1998年/至1998年 with 2000 pupils; the plan table's "
        "year columns (1996年/1997年/1998年) are not annotated")

# =============================================================================================
# e07: 国务院办公厅 forwarding a 国家地震局 report (1997), the report a separate logical document
# =============================================================================================
gold("e07_gwyb_zhuanfa_dizhen_1997", "national", "1997-03-04", [
    DOC("notice", True, "国办发〔1997〕2号",
        "国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知",
        "国务院办公厅", False, "1997-02-04", ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
        note="gov.cn page converted from HTML: title over three lines, 文号 line, 主送, body, signature, date in Chinese "
             "numerals (一九九七年二月四日), the page's note （本文有删减）; meta_date is the dump's wiritten_time date"),
    DOC("report", False, None, "关于1997年地震趋势和加强防震减灾工作意见的报告", "国家地震局", False, "1997-01-20",
        ["国务院"],
        note="the forwarded 报告 with its own title (two lines), addressee 国务院：, 以上意见如无不妥，请批转…, signature "
             "国家地震局 and date 一九九七年一月二十日"),
], [
    DN("国办发〔1997〕2号", "own"),
    DN("国办发〔1996〕54号", "cited"),
    DN("国办发〔1994〕36号", "cited", doc=1),
    DN("国办发〔1996〕2号", "cited", doc=1),
    T("关于1997年地震趋势和加强防震减灾工作意见的报告", "forwarded"),
    T("国务院办公厅关于印发国家破坏性地震应急预案的通知", "cited"),
    T("国务院办公厅转发国家地震局关于1994年地震趋势和防震减灾工作意见报告的通知", "cited", doc=1),
    T("国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知", "cited", doc=1),
    T("破坏性地震应急条例", "cited", doc=1),
    T("国家破坏性地震应急预案", "cited", doc=1),
    T("破坏性地震应急预案", "cited", doc=1),
    T("关于建立健全防震减灾计划体制及相应经费渠道的报告", "cited", doc=1),
    DL(S("“九五”期间", 0), "2000-12-31", year_level=True, note="努力实现“九五”期间…工作目标 (九五 = 1996-2000, as 十四五 → 2025)"),
    N("在下世纪初", "vague"),
    N("于1997年1月7日至11日召开", "past meeting"),
    N("我国共发生5级以上地震38次", "statistic"),
    N("共造成365人死亡，4026人重伤，直接经济损失约46亿元", "statistic"),
    N("将发生几次7级左右强震，并且很可能发生7.5级以上特大地震", "forecast (magnitudes)"),
    N("今后几年发生多次5―6级或6级以上地震的可能性较大", "forecast"),
    N("1997年，我国大陆发生7级以上地震的可能性较大", "forecast (the year is the forecast's, not a deadline)"),
    N("有可能发生6级左右地震", "forecast"),
    N("尽快制定防震减灾十年目标实施方案并抓紧组织实施", "vague"),
    N("尽快制定或完善", "vague"),
    N("应抓紧做好", "vague"),
    N("尽快将其纳入", "vague"),
    DL("今年适当时候", "1997-12-31", doc=1, note="建议今年适当时候…进行一次检查: a proposed action within 1997 (the report's "
       "year); judgement call, vague inside the year"),
    N("适时加大", "vague"),
    DL(S("通过“九五”期间的努力", 0), "2000-12-31", year_level=True, doc=1),
    DL(S("经过“九五”期间的努力", 0), "2000-12-31", year_level=True, doc=1),
    Q("抗御6级左右地震能力", "~", 6, "级", doc=1, note="target capability of the demonstration area (judgement call)"),
    SL("九五", 0, optional=True, note="plan name"),
], note="1997 State Council office notice forwarding a bureau's report (two levels; the report cites two earlier "
        "State Council office forwardings of the bureau's reports). Deadlines: the 九五 period (→ 2000-12-31) and "
        "今年适当时候 (1997); magnitudes in forecasts and the past year's figures are neutral")

# =============================================================================================
# e08: 国务院办公厅 通报 on four coal-mine explosions (2004)
# =============================================================================================
gold("e08_gwyb_tongbao_meikuang_2004", "national", "2004-02-16", [
    DOC("circular", False, "国办发〔2004〕7号", "国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报",
        "国务院办公厅", False, "2004-01-16", ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
        note="gov.cn page converted from HTML: title over three lines, 文号 line, 主送, facts and sanctions, four "
             "requirements, signature, date in Chinese numerals (二〇〇四年一月十六日), （本文有删减）; meta_date is the "
             "dump's wiritten_time date"),
], [
    DN("国办发〔2004〕7号", "own"),
    T("中华人民共和国安全生产法", "cited"),
    T("煤矿安全生产基本条件", "cited"),
    N("2003年5月13日", "past event"),
    N("造成86名矿工遇难", "statistic"),
    N("8月11日至18日", "past"),
    N(S("8月11日", 1), "past"),
    N("造成43人死亡", "statistic"),
    N("8月14日", "past"),
    N("造成28人死亡", "statistic"),
    N("8月18日", "past"),
    N("造成27人死亡", "statistic"),
    N("进入2003年12月下旬", "past (a naive reading gives 2003-12-31)"),
    N("“12·21”", "event name (date)"), N("“12·23”", "event name (date)"), N("“12·30”", "event name (date)"),
    N("“5·13”", "event name (date)"), N("“8·11”", "event name (date)"), N("“8·14”", "event name (date)"),
    N("“8·18”", "event name (date)"),
    N("开除留用2年、留党察看2年", "sanction durations"),
    N("开除留用察看1年、留党察看1年", "sanction durations"),
    N("其他22名相关责任人员", "statistic"),
    N("及时进行安全技术改造", "vague"),
    N("凡有一项没有达到基本条件的", "condition (Chinese numeral; judgement call)"),
    N("必须立即停产整顿，限期达标", "vague"),
    N("及时发现问题", "vague"),
    SL("三个代表", 3, expansion=["中国先进生产力的发展要求", "中国先进文化的前进方向", "中国最广大人民的根本利益"],
       note="“三个代表”重要思想; expansion not in the text"),
    SL("一通三防", 4, optional=True, note="mining term: 通风, 防瓦斯, 防煤尘, 防火; expansion not in the text"),
], note="2004 national 通报: no deadline and no quota; past dates, event names (“8·11”), death tolls and sanction "
        "durations are neutral; one required slogan (三个代表)")

# =============================================================================================
# e09: three-level forwarding chain in one OCR text: 国网安监部 forwards a 国资委 notice that forwards a 督导组 函
# =============================================================================================
gold("e09_sgcc_zhuanfa_senlin_fanghuo_2021", "national", None, [
    DOC("notice", True, "安监二〔2021〕13号", "国网安监部转发国资委关于进一步做好森林草原火灾防灭专项整治有关工作的通知",
        "国网安监部", False, "2021-03-26",
        ["各分部", "各省(自治区、直辖币)电力公司", "南瑞集团", "国网新源公司", "国网综能服务集团", "许继集团", "平高集团",
         "山东电工电气", "国网直流公司", "国网交流公司", "国网信通公司", "中国电科院"],
        note="OCR text (one line) of a State Grid headquarters department's forwarding notice: 内部事项, the marker "
             "国家电网有限公司部门文件 (the company's, not the department's name: issuer_in_header false), 文号, title, "
             "主送 (OCR 直辖币 for 直辖市), body with three requirements, signature 国网安监部, date, distribution note; "
             "then the forwarded 国资委 notice (level 2), which itself forwards the 督导组's 函 (level 3); at the very "
             "end 抄送 and this notice's colophon 国家电网有限公司办公室 2021年3月26日印发. Level: headquarters of a central "
             "state-owned company (given as national)"),
    DOC("notice", True, None, "国务院国有资产监督管理委员会关于进一步做好说呢林草原火灾防灭专项整治有关工作的通知",
        "国资委科创局", False, "2021-03-22", ["有关中央企业"],
        note="level 2: forwarded by doc 0, forwarding doc 2 (现将该函转发你们); title with OCR noise (说呢 for 森); no 文号 "
             "printed; 附件 line naming the 函; signed 国资委科创局 (the title names the whole commission)"),
    DOC("letter", False, None, "国务院四川森林草原防灭火专项整治督导组关于高度重视解决企业施工生产引发森林草原火灾有关问题建议的函",
        "国务院四川森林草原防灭火专项整治督导组", False, "2021-03-17", ["四川省森林草原防灭火工作专项整治领导小组"],
        note="level 3: the 函 forwarded by doc 1; its 主送 is garbled and repeated by the OCR (…领导小组：专项整治防灭火工作"
             "专项整治领导小组：), one recipient given; signature …督导组（代章）, date, contact line"),
], [
    DN("安监二〔2021〕13号", "own"),
    T("关于进一步做好森林草原火灾防灭专项整治有关工作的通知", "forwarded"),
    T("关于高度重视解决企业施工生产引发森林草原火灾有关问题建议的函", "forwarded", doc=1),
    N("提前抓好", "vague"),
    N("及时将发现的问题隐患", "vague"),
    N("提前落实好", "vague"),
    N("倒排工期计划，严格时间节点管控", "vague"),
    N("在近2年左右的时间内，先后发生31次纰漏，5此因故障停运", "statistic (past)"),
    N("”3.13“火情", "event name (date)"),
    N("及时向属地森防指报备", "vague"),
    N("尽快补齐短板", "vague"),
    SL("两个清单", 2, optional=True, note="安全生产专项整治“两个清单” (问题隐患清单, 制度措施清单); expansion not in the text"),
], note="three-level forwarding chain inside one text (company department → State-owned Assets commission bureau → "
        "State Council inspection group's letter), each level with its own signature and date, so three logical "
        "documents; no deadline and no quota (安全生产专项整治三年行动 is a campaign name)")

if __name__ == "__main__":
    main(gold, source_of, TEXTS, GOLD_DIR)
