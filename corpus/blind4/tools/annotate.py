"""Hand annotations of corpus/blind4/texts, written by reading each text; gongwen was neither built nor run, no
gongwen output was looked at and src/ was not read (blind test set).

  python3 annotate.py [ID ...]     writes ../gold/<id>.json (exact snippets -> character offsets)

Every span is given by its exact text (plus which occurrence, or an anchor before it); the shared helpers of
corpus/tools/snippets.py find its character offsets in the text decoded from UTF-8 and fail loudly if a text is not
found or a snippet is ambiguous. Same format and conventions as shared/devset (README there) and blind3.
Judgement calls: ../README.md and the per-item notes.
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
# f01: 白银市 city government office issuing a housing-market 工作方案 (web page with its residue)
# =============================================================================================
gold("f01_gs_baiyin_yichengyice_fangan_2022", "municipal", "2022-10-20", [
    DOC("notice", True, "市政办发〔2022〕167号",
        "白银市人民政府办公室关于印发《白银市建立房地产市场平稳健康发展“一城一策”工作方案》的通知",
        "白银市人民政府办公室", False, "2022-10-06",
        ["各县、区人民政府", "市政府有关部门", "市属有关企事业单位", "中央、省在银有关单位"],
        embedded=[{"title": "白银市建立房地产市场平稳健康发展“一城一策”工作方案", "kind": "plan",
                   "separate_document": False,
                   "note": "issued plan after the notice's signature, date and （此件公开发布）; heading over two "
                           "lines; no date or signature of its own; its attachment (领导小组组成人员及工作职责) "
                           "follows; the page ends with the PDF link 市政办发〔2022〕167号.pdf, 分享：, 打印本页, "
                           "关闭窗口"}],
        note="city government portal page: page title line, site name, title, 信息来源, 发布时间 2022-10-20 16:09 "
             "(meta_date), empty 浏览次数：, 主送, one-paragraph notice (现印发给你们), signature, date 2022年10月6日; "
             "the 文号 is printed only in the name of the PDF link at the end"),
], [
    DN("市政办发〔2022〕167号", "own"),
    T("白银市建立房地产市场平稳健康发展“一城一策”工作方案", "issued"),
    T("中华人民共和国价格法", "cited"), T("明码标价和禁止价格欺诈规定", "cited"), T("商品房销售明码标价规定", "cited"),
    T("中华人民共和国广告法", "cited"), T("中华人民共和国民法典", "cited"), T("房地产广告发布规定", "cited"),
    N("市政府第19次常务会议", "meeting number"),
    # 二、工作目标 (annual control targets of 2022)
    N(S("2022年度", 0), "the year an annual cap applies to (period, not a completion limit; judgement call)"),
    Q("不超过2021年度出让地价的12%", "<=", 12, "%", note="land-price growth cap (2021年度 is the base year)"),
    N(S("2022年度", 1), "the year an annual cap applies to (judgement call)"),
    Q("价格涨幅控制目标为7%", "<=", 7, "%", alt=["="], note="new-housing price growth control target"),
    Q("价格涨幅控制目标为7.6%", "<=", 7.6, "%", alt=["="], note="second-hand price growth control target"),
    Q("商品住房去化周期为26个月", "=", 26, "个月", alt=["<=", "~"], note="destocking-period target"),
    N("2023年起，每年年初", "recurring (start year + every year)"),
    # 三、(一) land supply rhythm by destocking period (thresholds of a rule)
    Q("去化周期在36个月以上", ">=", 36, "个月", threshold=True, alt=[">"]),
    Q("18-36个月", "range", 18, "个月", max=36, threshold=True),
    Q("6-12个月", "range", 6, "个月", max=12, threshold=True),
    Q("6个月以下", "<=", 6, "个月", threshold=True, alt=["<"]),
    N("在国有土地使用权出让合同签订一年内付清", "window counted from an event"),
    Q("不得低于全部土地出让价款的50%", ">=", 50, "%", note="首次缴纳比例"),
    # (四) rent withdrawal
    Q("连续足额缴存住房公积金满3个月", ">=", 3, "个月", threshold=True),
    # (五)
    N("完成价格备案后15天内", "window counted from an event"),
    Q("投资达到25%以上", ">=", 25, "%", threshold=True, note="预售许可 threshold"),
    Q("网签备案满三年", ">=", 3, "年", threshold=True, note="Chinese numeral"),
    Q("最低首付款比例不低于20%", ">=", 20, "%"),
    Q("二套住房最低首付款比例不低于30%", ">=", 30, "%"),
    Q("公积金贷款最高额度为60万元", "<=", 600000, "元"),
    Q("最长贷款期限为30年", "<=", 30, "年"),
    N("及时向市自然资源局反馈", "vague"),
    N("尽快形成实物工作量", "vague"),
    N(S("新购一套住房", 0), "allowance with a Chinese numeral (not a limit); judgement call"),
    N(S("新购一套住房", 1), "allowance with a Chinese numeral (not a limit); judgement call"),
    SL("一城一策", 1, optional=True, note="name of the plan type"),
    SL("一楼一策", 1, optional=True),
    SL("五类", 5, optional=True, note="住宅用地供应“五类”调控目标; items not in the text"),
    SL("多测合一", 0, optional=True), SL("收支两条线", 2, optional=True),
], note="city plan rich in quotas (growth caps, destocking-period thresholds, down-payment floors, loan caps, "
        "eligibility durations) and without a deadline: 2022年度 is the year of annual caps (neutral), the 2023 rule "
        "is recurring, 一年内 and 15天内 are windows after an event")

# =============================================================================================
# f02: 明溪县 county government issuing revised housing measures (county portal page with its navigation)
# =============================================================================================
gold("f02_fj_mingxi_fangdichan_cuoshi_2022", "county", "2022-11-29", [
    DOC("notice", True, "明政规〔2022〕6号",
        "明溪县人民政府关于印发明溪县促进房地产市场平稳健康发展若干措施(修订)的通知",
        "明溪县人民政府", False, "2022-11-26", ["各乡（镇）人民政府", "县各有关单位"],
        embedded=[{"title": "明溪县促进房地产市场平稳健康发展若干措施（修订）", "kind": "measures",
                   "separate_document": False,
                   "note": "issued measures after the notice's signature, date and （此件主动公开）; heading over two "
                           "lines (（修订） alone); four sections; its attachment (申请材料和发放流程) follows"}],
        note="county portal page: about 40 lines of navigation, a metadata block (索引号, 备注/文号：明政规〔2022〕6号, "
             "发布机构, 公文生成日期 2022-11-26, the 有效性 options), title, 来源/时间 2022-11-29 08:34 (meta_date), "
             "share buttons, 主送, one-paragraph notice, signature, date; after the attachment a 政策解读 link, a "
             "download link (明政规[2022]6号《…》.pdf) and about 200 lines of footer links. Title printed with "
             "half-width (修订), the body's 《》 with full-width （修订）; forwarding true (印发《…》 in the body, as "
             "devset/blind3)"),
], [
    DN(S("明政规〔2022〕6号", 0), "own"),
    DN("明政规[2022]6号", "own", standard=False),
    DN("明政文〔2022〕34号", "cited"),
    DN("明政办〔2022〕6号", "cited"),
    T("明溪县促进房地产市场平稳健康发展若干措施（修订）", "issued"),
    T("明溪县促进房地产市场平稳健康发展若干措施(修订）", "cited"),
    T("关于印发明溪县促进房地产市场平稳健康发展若干措施（修订）的通知", "cited"),
    T("明溪县促进房地产市场平稳健康发展若干措施", "cited"),
    T("明溪县人民政府办公室关于印发明溪县春节期间招工用工激励政策若干措施的通知", "cited"),
    T("明溪县购房补贴申请审批表", "cited"),
    T("商品房买卖合同备案信息表", "cited"),
    N("县政府第十六次常务会议", "meeting number"),
    N("自本文件发布之日起至2023年2月20日24:00止", "period of application (validity window of the subsidy)"),
    N("办理预售的时间在2022年11月30日以前", "reference date in an eligibility condition"),
    Q("144平方米以下（不含144平方米）", "<", 144, "平方米", threshold=True, strict=True, alt=["<="]),
    Q("补贴总额不超过1000万元", "<=", 10000000, "元"),
    N("提前五个工作日通告", "window before an event"),
    Q("每平方米150元", "=", 150, "元", per="平方米"),
    Q("每套最高补贴不超过2万元", "<=", 20000, "元", per="套"),
    Q("硕士及以上学历补贴2万元/套", "=", 20000, "元", per="套"),
    Q("本科学历补贴1万元/套", "=", 10000, "元", per="套"),
    Q("高级职称补贴2万元/套", "=", 20000, "元", per="套"),
    Q("中级职称补贴1万元/套", "=", 10000, "元", per="套"),
    Q(S("补贴1万元/套", after="③"), "=", 10000, "元", per="套", note="③ 本县农村人口或非本县户籍人口"),
    DL("补贴申报时间截至2023年8月20日", "2023-08-20", note="applications close on that day"),
    N("只可享受其中一条", "exclusivity rule with a Chinese numeral; judgement call"),
    N("一套商品住房只补贴一人", "exclusivity rule with a Chinese numeral; judgement call"),
    N("只可享受一项", "exclusivity rule with a Chinese numeral; judgement call"),
    Q("在明就业满1年", ">=", 1, "年", threshold=True),
    Q("不低于备案价格85%", ">=", 85, "%"),
    N("自发文之日起", "start (from issuance)"),
], note="county measures: one deadline (补贴申报 截至2023年8月20日); the purchase window 至2023年2月20日24:00止 is the "
        "subsidy's period of application (neutral); subsidy amounts per m² and per 套, caps, a strict area threshold "
        "(不含144平方米), an employment-duration threshold; the download link repeats the 文号 with square brackets "
        "(standard false)")

# =============================================================================================
# f03: 自然资源部办公厅 函 to the provincial departments (ministry 政府信息公开 page with a metadata table)
# =============================================================================================
gold("f03_mnr_bgt_han_cunliang_zhuzhai_2021", "national", "2021-08-06", [
    DOC("letter", False, "自然资办函〔2021〕1432号", "自然资源部办公厅关于进一步规范存量住宅用地信息公开工作的函",
        "自然资源部办公厅", False, "2021-08-06",
        ["各省、自治区、直辖市自然资源主管部门", "新疆生产建设兵团自然资源局"],
        note="ministry page: page title, site menus, a search form (标题/文号/机构/正文, a run-together list of the "
             "ministry's departments), metadata table one cell per line (名称, 索引号, 主题, 发文字号 "
             "自然资办函〔2021〕1432号, 发布机构, 生成日期 2021年08月06日 = meta_date, 体裁 函, empty 实施日期/废止日期), "
             "then the letter (title, 主送, three numbered requirements, signature, date), 【字号：/大/中/小】, "
             "【打印】 …, footer, and the attachment's file name (存量住宅用地信息表.xls); the 文号 is printed only in "
             "the metadata table"),
], [
    DN("自然资办函〔2021〕1432号", "own"),
    N("7月22日", "past event (date of a meeting)"),
    N("每季度初10日内", "recurring limit"),
    N("月度更新", "recurring"),
], note="a 函 (kind letter) with no deadline and no quota: the only limits are recurring (每季度初10日内, 月度更新); "
        "the metadata table, the search form and the 【字号】/【打印】 lines are page residue")

# =============================================================================================
# f04: 重庆市人民政府令 promulgating a 决定 that amends two property-tax texts, which follow re-published in full
# =============================================================================================
F04_DECISION = ("重庆市人民政府关于修改《重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法》和"
                "《重庆市个人住房房产税征收管理实施细则》的决定")


def f04_second_home():
    # 第二套（含第二套）以上: ordinal threshold in the definition of the taxable object, 9 occurrences (4 in the
    # decision's quoted amendments, 5 in the re-published texts and the page's media link)
    return [N(S("首套及以上", i), "ordinal threshold in the amended (old) wording; judgement call") for i in range(4)] + \
        [N(S("一个家庭只能对一套", i), "exclusivity rule with a Chinese numeral; judgement call") for i in range(2)] + \
        [N(S("第二套（含第二套）以上", i), "ordinal threshold (second home and beyond) defining the taxable "
              "object; judgement call") for i in range(9)]


def f04_rates():
    out = []
    for k in range(2):  # 暂行办法 五、税率 and 细则 第八条, the same scale
        out += [Q(S("3倍以下", k), "<", 3, "倍(均价)", threshold=True, strict=True,
                  note="unit price below 3× the two-year average (3倍（含） belongs to the next band)"),
                Q(S("税率为0.5%", 2 * k), "=", 0.5, "%", note="tax rate"),
                Q(S(["3倍（含3倍）至4倍", "3倍（含）至4倍"][k]), "range", 3, "倍(均价)",
                  max=4, threshold=True),
                Q(S("税率为1%", k), "=", 1, "%", note="tax rate"),
                Q(S(["4倍（含4倍）以上", "4倍（含）以上"][k]), ">=", 4, "倍(均价)", threshold=True),
                Q(S("税率为1.2%", k), "=", 1.2, "%", note="tax rate"),
                Q(S("税率为0.5%", 2 * k + 1), "=", 0.5, "%", note="tax rate of the 三无 second homes"),
                Q(S(["2倍（含2倍）以上", "2倍（含）以上"][k]), ">=", 2, "倍(均价)", threshold=True,
                  note="definition of 高档住房"),
                Q(S("免税面积为180平方米", k), "=", 180, "平方米"),
                Q(S("免税面积为100平方米", k), "=", 100, "平方米"),
                Q(S("不足1年", k), "<", 1, "年", threshold=True, strict=True, note="不足1年的按月计算")]
    return out


gold("f04_cq_szf_jueding_fangchanshui_2023", "provincial", "2023-09-20", [
    DOC("decision", False, "渝府令〔2023〕361号", F04_DECISION, "重庆市人民政府", True, "2023-09-20", [],
        embedded=[{"title": "重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法", "kind": "measures",
                   "separate_document": False,
                   "note": "re-published as amended by the decision (根据本决定作相应修改和调整后，重新公布); heading "
                           "over two lines; sections 一–十二; no date or signature of its own"},
                  {"title": "重庆市个人住房房产税征收管理实施细则", "kind": "rules", "separate_document": False,
                   "note": "re-published as amended; 第一章–第十一章, 第一条–第四十条; no date or signature"}],
        note="municipality (provincial-level) portal page: menus, 【字体：小 大】, the metadata block printed twice "
             "(索引号, 主题分类, 成文日期/发布日期 2023-09-20 = meta_date, 标题, 发文字号 渝府令〔2023〕361号), then the "
             "令: header line 重庆市人民政府令第 361 号 (issuer_in_header true: the 令's 发文机关标志 with its 令号, "
             "judgement call), one promulgating sentence, date, （此件公开发布）; the 决定 itself (title over four "
             "lines, amendments 一、二, 本决定自公布之日起施行) without a date of its own; then the two amended texts "
             "re-published in full (embedded), download links, 部门解读/媒体视角 links, footer. One logical document: "
             "the 令 only promulgates the 决定 and has no title of its own; kind decision"),
], [
    DN(S("渝府令〔2023〕361号", 0), "own"),
    DN(S("渝府令〔2023〕361号", 1), "own"),
    DN("重庆市人民政府令第\u2002361\u2002号", "own", standard=False),  # en spaces (U+2002) around 361
    T("重庆市人民政府关于修改〈重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法〉和"
                    "〈重庆市个人住房房产税征收管理实施细则〉的决定", "own"),
    T("重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法", "cited"),
    T("重庆市个人住房房产税征收管理实施细则", "cited"),
    T("暂行办法", "cited"),
    T("中华人民共和国税收征收管理法", "cited"),
    N("2023年9月18日市第六届人民政府第19次常务会议", "past meeting"),
    N(S("自公布之日起施行", 0), "start"), N(S("自公布之日起施行", 1), "start"),
    N(S("每年的10月1日至12月31日", 0), "recurring (annual payment period, quoted in the amendment)"),
    N("国务院第136次常务会议", "meeting number"),
    N("本办法从2011年1月28日起施行", "start date"),
    N("本实施细则从2011年1月28日起执行", "start date"),
    N(S("从当年起免征税", 0), "start (event-relative)"), N(S("从当年起免征税", 1), "start (event-relative)"),
    N(S("每年的10月1日至12月31日", 1), "recurring (annual payment period, 细则 第十五条)"),
    N("取得住房的次月", "event-relative"), N("房产权属登记日期的次月起", "event-relative"),
    N(S("责令限期缴纳", 0), "vague"), N(S("责令限期缴纳", 1), "vague"), N(S("责令限期缴纳", 2), "vague"),
    Q("最长不得超过3个月", "<=", 3, "个月", note="deferral of payment"),
    Q("按日加收滞纳税款万分之五的滞纳金", "=", 0.05, "%", per="日", note="万分之五 = 0.05% a day (judgement call on "
      "the unit)"),
    Q("不缴或者少缴的税款50%以上5倍以下的罚款", "range", 0.5, "倍(不缴或者少缴的税款)", max=5,
      note="50% = 0.5 times the unpaid tax"),
    *f04_rates(),
    *f04_second_home(),
    SL("三无", 3, optional=True, note="“三无”人员 (无户籍、无企业、无工作), in the page's media link only"),
    SL("一户式", 1, optional=True),
], note="a 令 promulgating a 决定 (kind decision) that amends two texts re-published after it (embedded); no deadline "
        "(start dates, a recurring annual payment period, past meetings are neutral); quotas: the tax-rate scale by "
        "multiples of the two-year average price (thresholds, strict 3倍以下), tax rates, exempt areas, a deferral "
        "cap, a daily late fee and a fine range (50%以上5倍以下 of the unpaid tax)")

# =============================================================================================
# f05: 慈溪市 two bureaus jointly issuing an operating-subsidy 实施细则 (county-level city page)
# =============================================================================================
F05_NODES = [("2024年9月30日前", "2024-09-30"), ("2025年12月31日前（含）", "2025-12-31")]


def f05_project_deadlines():
    out = []
    for i, kind in enumerate(["新建类 (开工新建 / 竣工并投入交付运营)", "改建类 (开工改建 / 竣工)", "转用类 (开始装修 / 竣工)"]):
        for text, end in F05_NODES:
            out.append(DL(S(text, i), end, note=f"{kind}: condition a project must meet to qualify"))
    return out


gold("f05_zj_cixi_baozufang_xize_2023", "county", "2023-04-24", [
    DOC("notice", True, "慈住建〔2023〕36号",
        "慈溪市住房和城乡建设局 慈溪市财政局关于印发《慈溪市保障性租赁住房运营奖补实施细则（试行）》的通知",
        "慈溪市住房和城乡建设局、慈溪市财政局", False, "2023-04-21", ["各镇人民政府、街道办事处", "各产业平台"],
        issuers=["慈溪市住房和城乡建设局", "慈溪市财政局"],
        embedded=[{"title": "慈溪市保障性租赁住房运营奖补实施细则（试行）", "kind": "rules", "separate_document": False,
                   "note": "issued rules after the two signatures and the date; sections 一–四; attachment names "
                           "(.doc) at the end"}],
        note="joint notice of two bureaus of a county-level city (under 宁波), portal page: breadcrumb, metadata block "
             "one field per line (发布日期 2023-04-24 = meta_date, 成文日期 2023-04-21, 文件编号 慈住建〔2023〕36号, "
             "规范性文件编号 BCXD16-2023-0002), title, 发布日期/信息来源 line, 主送, notice, two signatures one per line, "
             "date; the 文号 is printed only in the metadata"),
], [
    DN("慈住建〔2023〕36号", "own"),
    DN("慈政办发〔2022〕35号", "cited"), DN("慈保租房办〔2022〕1号", "cited"), DN("慈住房办〔2023〕2号", "cited"),
    DN("甬建发〔2021〕13号", "cited"),
    T("慈溪市保障性租赁住房运营奖补实施细则（试行）", "issued"),
    T("慈溪市加快发展保障性租赁住房实施方案", "cited"), T("慈溪市发展保障性租赁住房操作办法", "cited"),
    T("慈溪市促进保障性租赁住房规范运营奖补方案", "cited"), T("宁波市租赁住房设计导则", "cited"),
    T("宁波市中央财政支持住房租赁市场发展试点专项资金管理办法（试行）", "cited"),
    T("慈溪市保障性租赁住房项目认定书", "cited"), T("企业（单位）保障性租赁住房内部职工免费居住信息表", "cited"),
    T("保障性租赁住房运营奖补申请审核表", "cited"), T("慈溪市保障性租赁住房运营奖补申请审核表", "cited"),
    T("保障性租赁住房项目认定书", "cited"), T("慈溪市促进保障性租赁住房规范运营奖补资格评审表", "cited"),
    T("慈溪市住房和城乡建设局 慈溪市财政局关于印发的通知", "cited"),
    # 二、申请项目条件 (eligibility thresholds and completion limits)
    Q("租赁运营期不少于10年", ">=", 10, "年", threshold=True),
    Q("建筑面积不少于3000平方米", ">=", 3000, "平方米", threshold=True),
    Q("不少于50套（间）", ">=", 50, "套（间）", threshold=True),
    Q(S("租赁运营期不少于8年", 0), ">=", 8, "年", threshold=True),
    Q(S("不少于30套（间）", 0), ">=", 30, "套（间）", threshold=True),
    Q(S("租赁运营期不少于8年", 1), ">=", 8, "年", threshold=True),
    Q(S("不少于30套（间）", 1), ">=", 30, "套（间）", threshold=True),
    *f05_project_deadlines(),
    N(S("运营期自项目投入交付运营之日起计算", 0), "definition of a period"),
    N(S("运营期自项目投入交付运营之日起计算", 1), "definition of a period"),
    N(S("运营期自项目投入交付运营之日起计算", 2), "definition of a period"),
    # 三、奖补方式
    Q("按租赁住房建筑面积40元/平方米·年", "=", 40, "元", per="平方米·年"),
    Q("不高于1200元/套（间）·年", "<=", 1200, "元", per="套（间）·年"),
    Q("同一房源年度内仅可奖补一次", "<=", 1, "次", per="年", note="Chinese numeral"),
    N("最早不早于2023年1月1日", "earliest start of the subsidised period (a floor on a date, not a limit on an action)"),
    Q("不足当月总天数50%", "<", 50, "%", threshold=True, strict=True),
    Q("达到或超过当月总天数50%", ">=", 50, "%", threshold=True),
    N("按年度申请、审核、发放", "recurring"), N("每年度发放一次", "recurring"),
    N("每年度补贴申请截止日期为9月30日", "recurring limit (every year)"),
    N("自2023年1月1日起试行3年", "start date and validity"),
    N("2020年1月以来", "look-back period in an exclusion condition"),
    N("按年度召开", "recurring"),
    N("公示期为5个工作日", "duration"),
], note="county-level rules: six completion limits (2024-09-30 开工, 2025-12-31 竣工, for three project types) that a "
        "project must meet to qualify; eligibility thresholds (operating period, floor area, number of units), "
        "subsidy rate and cap per m²·year / 套·year, occupancy thresholds; the annual application cut-off "
        "(每年度…截止日期为9月30日) is recurring and neutral")

# =============================================================================================
# f06: 国务院办公厅 forwarding an NDRC 意见 with 2020 targets (one-line CSV cell from gov.cn)
# =============================================================================================
STATE_RECIPIENTS = ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
gold("f06_gwyb_zhuanfa_nongwang_yijian_2016", "national", None, [
    DOC("notice", True, "国办发〔2016〕9号",
        "国务院办公厅转发国家发展改革委关于“十三五”期间实施新一轮农村电网改造升级工程意见的通知",
        "国务院办公厅", False, "2016-02-16", STATE_RECIPIENTS,
        embedded=[{"title": "关于“十三五”期间实施新一轮农村电网改造升级工程的意见", "kind": "opinion",
                   "issuer": "国家发展改革委", "separate_document": False,
                   "note": "forwarded opinion after the notice's date and （此件公开发布）: title, issuer 国家发展改革委, "
                           "sections 一–四; no date or signature of its own, so embedded"}],
        note="one-line text (the crawler dropped all line breaks): title, 文号, 主送, forwarding paragraph, signature, "
             "date 2016年2月16日, （此件公开发布）, then the forwarded opinion. The dataset gives the year only "
             "(meta_date null)"),
], [
    DN("国办发〔2016〕9号", "own"),
    T("关于“十三五”期间实施新一轮农村电网改造升级工程的意见", "forwarded"),
    N("“十二五”时期", "past period"),
    DL(S("到2020年", 0), "2020-12-31", year_level=True, note="主要目标"),
    Q("农村电网供电可靠率达到99.8%", ">=", 99.8, "%"),
    Q("综合电压合格率达到97.9%", ">=", 97.9, "%"),
    Q("户均配变容量不低于2千伏安", ">=", 2, "千伏安", per="户"),
    DL("到2017年底", "2017-12-31", note="完成中心村电网改造升级, 实现平原地区机井用电全覆盖 (年底 given: not marked "
       "year-level)"),
    DL(S("到2020年", 1), "2020-12-31", year_level=True, note="孤网县城联网"),
    DL(S("到2020年", 2), "2020-12-31", year_level=True, note="贫困地区供电服务水平"),
    N("“十三五”期间，继续安排", "plan period"),
    Q("每千瓦时售电量收取2分钱", "=", 2, "分", per="千瓦时", note="unit 分 (0.02 元) kept as printed; judgement call"),
    DL(S("到2020年", 3), "2020-12-31", year_level=True, note="全部取消“代管体制”"),
    N(S("5年规划", 0), "plan length"), N(S("3年滚动", 0), "plan length"),
    N(S("5年规划", 1), "plan length"),
    N(S("3年滚动", 1), "plan length"),
    N("及时掌握工作进度", "vague"), N("定期开展专项督查", "recurring"), N("工程任务按时完成", "vague"),
    SL("三个代表", 3, expansion=["中国先进生产力的发展要求", "中国先进文化的前进方向", "中国最广大人民的根本利益"],
       note="expansion not in the text"),
    SL("五位一体", 5, expansion=["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"],
       note="national 总体布局; expansion not in the text"),
    SL("四个全面", 4, expansion=["全面建成小康社会", "全面深化改革", "全面依法治国", "全面从严治党"],
       note="战略布局; expansion not in the text"),
    SL("十三五", 0, optional=True), SL("十二五", 0, optional=True),
], note="national forwarding notice with an embedded NDRC opinion: five deadlines (four 到2020年 year-level targets, "
        "到2017年底), quotas on reliability, voltage and transformer capacity, a 2分钱/kWh levy; plan lengths "
        "(5年规划, 3年滚动) neutral; slogans 三个代表, 五位一体, 四个全面")

# =============================================================================================
# f07: 国务院 批复 approving the national mineral-resources plan (one-line CSV cell)
# =============================================================================================
gold("f07_gwy_pifu_kuangchan_guihua_2016", "national", None, [
    DOC("reply", False, "国函〔2016〕178号", "国务院关于全国矿产资源规划（2016—2020年）的批复", "国务院", False,
        "2016-11-02", ["国土资源部", "国家发展改革委", "工业和信息化部", "财政部", "环境保护部", "商务部"],
        note="one-line text: title, 文号, 主送 (six ministries, 、-separated), 你们《…的请示》（文号）收悉。现批复如下, four "
             "points, signature 国务院, date 2016年11月2日, （此件公开发布）"),
], [
    DN("国函〔2016〕178号", "own"),
    DN("国土资发〔2016〕93号", "cited"),
    T("关于审批〈全国矿产资源规划（2016—2020年）〉的请示", "cited"),
    T("全国矿产资源规划（2016—2020年）", "cited"),
    T("规划", "cited"),
    N(S("2016—2020年", 0), "years in a title (plan period)"),
    N(S("2016—2020年", 1), "years in a title (plan period)"),
    N(S("2016—2020年", 2), "years in a title (plan period)"),
    DL("到2020年", "2020-12-31", year_level=True, note="通过《规划》实施，到2020年，基本建立…"),
    N("重大进展及时向国务院报告", "vague"),
], note="a 批复 (kind reply): one year-level deadline (到2020年); the plan period 2016—2020年 inside titles is "
        "neutral; 《规划》 is the defined short title (counted as a title)")

# =============================================================================================
# f08: 国务院办公厅 复函 to 山西 (1997, one-line CSV cell)
# =============================================================================================
gold("f08_gwyb_fuhan_shanxi_nengyuan_1997", "national", None, [
    DOC("letter", False, "国办函〔1997〕23号", "国务院办公厅关于支持山西能源基地建设有关问题的复函", "国务院办公厅",
        False, "1997-04-05", ["山西省人民政府", "煤炭部"],
        note="one-line text: title, 文号, 主送, 你们《…的请示》（晋政发[1996]80号）收悉…现函复如下, nine points, signature, "
             "date in Chinese numerals (一九九七年四月五日); kind letter (复函)"),
], [
    DN("国办函〔1997〕23号", "own"),
    DN("晋政发[1996]80号", "cited", standard=False),
    T("关于进一步支持山西能源基地建设的请示", "cited"),
    Q("吨煤征收20元", "=", 20, "元", per="吨", note="能源基地建设基金"),
    Q("吨煤征收1元", "=", 1, "元", per="吨", note="水资源补偿费"),
    N("延长执行到2000年底", "validity (extension of a levy), not a limit on an action"),
    N("从1997年1月1日起", "start date (past)"),
    N("“九五”期间", "plan period of a forecast"),
    N("在每年的煤炭订货会上", "recurring"), N("在每年的全国煤炭订货会上", "recurring"),
    SL("九五", 0, optional=True),
], note="a 1997 复函 (kind letter) with two per-tonne levies (quotas); 延长执行到2000年底 is the validity of a levy "
        "(neutral), 从1997年1月1日起 a start, the 九五 sentence a forecast; cited request number with square brackets "
        "(standard false)")

# =============================================================================================
# f09: 国务院 批转 an NDRC / 能源办 意见 on closing small thermal units (2007, one-line CSV cell)
# =============================================================================================
gold("f09_gwy_pizhuan_xiaohuodian_2007", "national", None, [
    DOC("notice", True, "国发〔2007〕2号", "国务院批转发展改革委、能源办关于加快关停小火电机组若干意见的通知", "国务院",
        False, "2007-01-20", STATE_RECIPIENTS,
        embedded=[{"title": "关于加快关停小火电机组的若干意见", "kind": "opinion", "issuer": "发展改革委 能源办",
                   "separate_document": False,
                   "note": "批转ed opinion after the notice's date (二○○七年一月二十日): title, issuers 发展改革委 and "
                           "能源办 separated by U+3000, points 一–二十四; no date of its own, so embedded"}],
        note="one-line text: title, 文号, 主送, 国务院同意…现转发给你们, a long notice with its own requirements and a "
             "reporting deadline, signature 国务院, date in Chinese numerals, then the opinion"),
], [
    DN("国发〔2007〕2号", "own"),
    DN(S("国发〔2006〕28号", 0), "cited"), DN(S("国发〔2006〕28号", 1), "cited"),
    DN(S("国发〔2005〕39号", 0), "cited"), DN(S("国发〔2005〕39号", 1), "cited"),
    DN("国发〔2005〕40号", "cited"), DN("国办发〔1999〕44号", "cited"),
    T("关于加快关停小火电机组的若干意见", "forwarded"),
    T("国务院关于加强节能工作的决定", "cited"), T("国务院关于落实科学发展观加强环境保护的决定", "cited"),
    T("国务院关于发布实施〈促进产业结构调整暂行规定〉的决定", "cited"), T("产业结构调整指导目录（2005年本）", "cited"),
    T("国务院办公厅转发国家经贸委关于关停小火电机组有关问题意见的通知", "cited"),
    # the notice
    DL("到2010年", "2010-12-31", year_level=True, note="十一五 target restated from the plan outline"),
    N(S("比2005年", 0), "reference year"),
    Q("降低20%左右", "~", 20, "%"),
    Q(S("10%", after="降低20%左右"), "~", 10, "%", alt=["=", ">="], note="主要污染物排放总量 (降低…20%左右和10%)"),
    N(S("尽快将", 0), "vague"),
    DL("在2007年3月31日前", "2007-03-31", note="各省级人民政府和有关电力企业 report their 实施方案"),
    # the opinion, 一: closure categories (thresholds)
    DL("“十一五”期间", "2010-12-31", year_level=True,
       note="逐步关停 during the plan period (as blind3 e07's “九五”期间); judgement call"),
    Q("单机容量5万千瓦以下", "<=", 50000, "千瓦", threshold=True, alt=["<"]),
    Q("运行满20年", ">=", 20, "年", threshold=True),
    Q("单机10万千瓦级以下", "<=", 100000, "千瓦", threshold=True, alt=["<"]),
    Q("单机20万千瓦以下", "<=", 200000, "千瓦", threshold=True, alt=["<"]),
    N(S("2005年本省", 0), "reference year"),
    Q(S("平均水平10%", 0), ">=", 10, "%", threshold=True, alt=[">"], note="供电标准煤耗高出…"),
    Q(S("全国平均水平15%", 0), ">=", 15, "%", threshold=True, alt=[">"]),
    N(S("责令其限期整改", 0), "vague"),
    # 三
    Q(S("运行未满15年", 0), "<", 15, "年", threshold=True, strict=True),
    Q("火电机组平均水平10%", ">=", 10, "%", threshold=True, alt=[">"]),
    Q("全国火电机组平均水平15%", ">=", 15, "%", threshold=True, alt=[">"]),
    # 四, 五
    Q("10公里以内", "<=", 10, "公里", threshold=True),
    N("须每年评估一次", "recurring"),
    Q(S("运行未满15年", 1), "<", 15, "年", threshold=True, strict=True),
    # 八
    N("单机30万千瓦、", "unit-size class"),
    Q("达到自身容量80%", ">=", 80, "%", threshold=True),
    N("单机60万千瓦、", "unit-size class"),
    Q("达到自身容量70%", ">=", 70, "%", threshold=True),
    N("单机100万千瓦、", "unit-size class"),
    Q("达到自身容量60%", ">=", 60, "%", threshold=True),
    Q("单机20万千瓦以上", ">=", 200000, "千瓦", threshold=True),
    Q("达到自身容量50%", ">=", 50, "%", threshold=True),
    Q("两台机组以上", ">=", 2, "台", note="Chinese numeral (原则上)"),
    N("逐年减少", "recurring"),
    N(S("尽快将", 1), "vague"),
    Q("单机13.5万千瓦以上", ">=", 135000, "千瓦", threshold=True),
    N("尽快完成脱硫设施改造", "vague"),
    Q("最多不超过3年", "<=", 3, "年"),
    Q("单机容量30万千瓦以下", "<=", 300000, "千瓦", threshold=True, alt=["<"], note="原则上不得建设"),
    N("定期向发展改革委和电监会报告", "recurring"),
    SL("十一五", 0, optional=True),
], note="national 批转 notice with an embedded opinion: a reporting deadline (2007年3月31日前) and the 2010 target "
        "(year-level); many closure thresholds in 千瓦 (万 folded in), years of operation, coal-use excess "
        "percentages, substitution shares; 2005年 reference years, unit-size class labels and 每年/定期 neutral")

# =============================================================================================
# f10: 恩阳区 (county-level district) issuing 80 growth measures with inline 牵头责任单位 (excerpt: measures 1-19)
# =============================================================================================
F10_INJURY_RATES = ["0.6%", "1.0%", "1.4%", "1.8%", "2.2%", "2.6%", "3.0%", "3.6%"]
gold("f10_sc_enyang_wenzengzhang_cuoshi_2022", "county", "2023-08-07", [
    DOC("notice", True, None, "巴中市恩阳区人民政府关于印发《巴中市恩阳区进一步扎实稳住经济增长若干政策措施》的通知",
        "巴中市恩阳区人民政府", False, "2022-07-25", ["各镇（街道）、区级各部门、各直属机构", "有关单位"],
        embedded=[{"title": "巴中市恩阳区进一步扎实稳住经济增长若干政策措施", "kind": "measures",
                   "separate_document": False,
                   "note": "issued measures after the signature and date: preamble, sections 一–十 with 80 numbered "
                           "measures, each ending with （牵头责任单位：…；责任单位：…）; the excerpt keeps sections "
                           "一 and 二 (measures 1–19)"}],
        note="county-level district page (excerpt): page title line, breadcrumb run together with URLs, title, "
             "发布时间：/2023-/08-/07/09:/55浏览次数： (a date broken over five lines; meta_date 2023-08-07), 主送, "
             "one-sentence notice, signature, date 2022年7月25日; no 文号 printed"),
], [
    T("巴中市恩阳区进一步扎实稳住经济增长若干政策措施", "issued"),
    N("7个行业", "count of listed sectors"),
    # 2
    N("2022年1月1日至2022年12月31日期间", "eligibility window (purchase period)"),
    Q("单位价值在500万元以上", ">=", 5000000, "元", threshold=True),
    N("最低折旧年限为3年", "category definition"), N("最低折旧年限为4年、5年、10年", "category definition"),
    Q("单位价值的100%", "=", 100, "%"),
    Q(S("单位价值的50%", 0), "=", 50, "%"),
    Q("其余50%", "=", 50, "%"),
    # 3
    Q("贷款额度最高不超过300万元", "<=", 3000000, "元"),
    Q("贷款期限最长不超过2年", "<=", 2, "年"),
    Q("累计次数不得超过3次", "<=", 3, "次"),
    # 5 social-insurance rates (new values are quotas, old values neutral)
    N("从19%", "previous rate"), Q("降低到16%", "=", 16, "%", alt=["<="]),
    N("从1.2%", "previous rate"), Q("降低到0.6%", "=", 0.6, "%", alt=["<="]),
    N("从0.8%", "previous rate"), Q("降低到0.4%", "=", 0.4, "%", alt=["<="]),
    *[Q(S(r, after="行业基准费率"), "=", float(r.rstrip("%")), "%",
        note=f"工伤保险 base rate of class {i + 1} (一类至八类)") for i, r in enumerate(F10_INJURY_RATES)],
    N("5个特困行业", "count of listed sectors"),
    N("缓缴期限执行到2022年底", "end of a deferral window (period of application)"),
    N("缓缴期限执行到2023年5月", "end of a deferral window (period of application)"),
    N("2022年缴费有困难的", "reference year"), N("2022年未缴费月度", "reference year"),
    DL("可于2023年底前进行补缴", "2023-12-31", note="limit for making up deferred contributions (permissive 可)"),
    N("2023年当地个人缴费基数", "reference year"),
    # 6, 7, 9
    N("2022年对服务业小微企业", "year of a measure"),
    Q("减免6个月租金", "=", 6, "个月"),
    N("从6%-10%", "previous range"), Q("提高至10%-20%", "range", 10, "%", max=20),
    N("今年阶段性", "year of a measure"), N("由30%以上", "previous share"), Q("提高至40%以上", ">=", 40, "%"),
    Q("提高比例不超过原比例的50%", "<=", 50, "%"),
    N("定期召开质量体系认证培训班", "recurring"),
    Q("减按50%收取", "=", 50, "%"),
    # 14, 15
    N("定期研究解决", "recurring"),
    DL(S("8月底前", 0), "2022-08-31", note="确保2022年发行专项债券资金8月底前使用完毕"),
    DL(S("8月底前", 1), "2022-08-31", hedge="力争", note="力争8月底前申报储备一批…专项债券项目"),
    N("79个省市区新开工项目", "count of listed projects"),
    DL(S("年内", 0), "2022-12-31", hedge="力争", note="力争年内建成投用…19个基础设施项目 (年内 not year-level, as "
       "devset d13)"),
    Q("19个基础设施项目", "=", 19, "个", alt=[">="]),
    Q("完成投资不低于65亿元", ">=", 6500000000, "元", per="年", note="全年基础设施领域"),
    N("三年推进计划", "plan name"),
    DL(S("年内", 1), "2022-12-31", note="年内开工建设…71.7公里"),
    Q("撤并建制村畅通工程71.7公里", "=", 71.7, "公里", alt=[">="]),
    Q("建成产业环线路90公里", "=", 90, "公里", alt=[">="]),
    Q("实施农村公路安防工程65.9公里", "=", 65.9, "公里", alt=[">="]),
    N("2022年年度计划", "plan name"),
    # 16, 17, 19
    Q("总投资1000万元以下", "<=", 10000000, "元", threshold=True),
    Q("审批时限原则上不超过7个工作日", "<=", 7, "个工作日", hedge="原则上"),
    Q("3000万以下", "<=", 30000000, "元", threshold=True, note="unit 元 implied (3000万以下的小微企业项目)"),
    Q("压减至40 个工作日以内", "<=", 40, "个工作日", note="a space before 个"),
    Q("力争培育1家", ">=", 1, "家", hedge="力争"),
    DL(S("年内", 2), "2022-12-31", hedge="力争", note="力争年内…充电桩（站）建设覆盖率达80%"),
    Q("覆盖率达80%", ">=", 80, "%"),
    SL("1+2", 0, optional=True, note="“1+2”产业体系 (首位产业 + 2 主导/特色产业)"),
], note="excerpt of a county-level district's 80 growth measures (measures 1–19), each with an inline 牵头责任单位; "
        "deadlines: 8月底前 ×2, 年内 ×3 (the plan year 2022, from the notice's date), 2023年底前 (make-up payments); "
        "deferral windows 执行到2022年底/2023年5月 are periods of application (neutral); quotas: new rates (old "
        "ones neutral), loan caps, thresholds, 2022 physical targets; the page's 发布时间 is broken over five lines")

# =============================================================================================
# f11: 东莞市住房公积金管理委员会 notice cutting loan caps, with its 解读 (statistics) on the same page
# =============================================================================================
gold("f11_gd_dongguan_gongjijin_tiaozheng_2020", "municipal", "2020-09-23", [
    DOC("notice", False, "东公积金委〔2020〕2号", "关于调整部分住房公积金贷款和提取规定的通知",
        "东莞市住房公积金管理委员会", False, "2020-09-22", ["各住房公积金缴存职工"],
        embedded=[{"title": "关于调整部分住房公积金贷款提取规定的解读", "kind": "interpretation",
                   "separate_document": False,
                   "note": "the 附件 named in the notice, printed after the PDF and 解读 links: reasons for the three "
                           "changes, full of statistics (结余资金 -28%, 个贷率 72.95%→87.69%, loan counts and "
                           "averages, other cities' caps) and three definitions; no date or signature"}],
        note="city housing-fund page: menus, breadcrumb, title, 字体大小： 大、小, time 2020-09-23 17:00 (meta_date), "
             "[打印页面]    [关闭页面], notice to the fund's depositors (三 changes, transition rules by 10月19日, "
             "validity), 规范性文件编号 sentence, 附件 line, signature, date 2020年9月22日, then the PDF link that "
             "carries the 文号 (东公积金委〔2020〕2号…), the 解读 link, the 解读 itself, footer"),
], [
    DN("东公积金委〔2020〕2号", "own"),
    DN("建金〔2014〕148号", "cited"), DN("东府〔2020〕16号", "cited"),
    T("东莞市住房公积金个人住房贷款管理办法", "cited"),
    T("住房城乡建设部财政部中国人民银行关于发展住房公积金个人住房贷款业务的通知", "cited"),
    N("四届五次会议", "meeting number"),
    N("2020年10月19日起", "start date"),
    N("由120万元", "previous cap"), Q(S("调整为90万元", 0), "<=", 900000, "元", alt=["="], note="首套房最高贷款额度"),
    N("由80万元", "previous cap"), Q(S("调整为50万元", 0), "<=", 500000, "元", alt=["="], note="二套房最高贷款额度"),
    Q(S("不动产权证满6个月", 0), ">=", 6, "个月", threshold=True),
    N(S("10月19日前", 0), "reference date deciding which rule applies"),
    N("10月19日（含）起", "start date"),
    N(S("10月19日前", 1), "reference date deciding which rule applies"),
    N(S("10月19日前", 2), "reference date deciding which rule applies"),
    N(S("10月19日前", 3), "reference date deciding which rule applies"),
    N(S("10月19日前", 4), "reference date deciding which rule applies"),
    N("在通知发出后到新政执行前及时处理", "window between two events (no date printed)"),
    N("本通知有效期三年", "validity"),
    # the 解读: statistics are left unmarked (a quota predicted there is false), dates of statistics neutral
    N("2019年中美贸易摩擦", "past event"),
    N(S("截至8月底", 0), "as-of date of a statistic"), N(S("截至8月底", 1), "as-of date of a statistic"),
    N("已超出85%的流动性预警警戒线", "statistic compared with a warning line (not a requirement)"),
    N("8月市住房公积金管理中心已发出一级预警", "past event"),
    Q("首套房最高贷款额度调整为90万元", "<=", 900000, "元", alt=["="], note="restated in the 解读"),
    Q("二套房最高贷款额度调整为50万元", "<=", 500000, "元", alt=["="], note="restated in the 解读"),
    N("单职工最高贷款额度为60万元", "another city's cap, cited for comparison; judgement call"),
    N("双职工及以上最高贷款额度为100万元", "another city's cap, cited for comparison"),
    N("深圳市单职工50万元", "another city's cap, cited for comparison"),
    N("双职工及以上最高贷款额度为90万元", "another city's cap, cited for comparison"),
    N("首套住房双职工最高贷款额度为60万元", "another city's cap, cited for comparison"),
    N("二套双职工最高贷款额度为50万元", "another city's cap, cited for comparison"),
    Q(S("不动产权证满6个月", 1), ">=", 6, "个月", threshold=True, note="restated in the 解读"),
    N("国家审计署2019年", "past event"),
    N("个贷率85%为流动性预警临界点", "definition of a warning threshold (cited rule); judgement call"),
], note="city housing-fund notice (loan caps cut, a 6-month holding threshold) with its 解读 on the same page; no "
        "deadline (10月19日前 decides which rule applies; the transition request has no date); the 解读's figures "
        "(-28%, 72.95%, 87.69%, 10681笔, 87.74亿元, 72.96%, averages) are statistics and stay unmarked, other "
        "cities' caps and the 85% warning line neutral")

# =============================================================================================
# f12: 国务院办公厅 意见 on hospital performance assessment: a 2019 timetable and a flattened indicator table
# =============================================================================================
gold("f12_gwyb_yijian_sanji_yiyuan_kaohe_2019", "national", "2019-02-16", [
    DOC("opinion", False, "国办发〔2019〕4号", "国务院办公厅关于加强三级公立医院绩效考核工作的意见", "国务院办公厅",
        False, "2019-01-16", STATE_RECIPIENTS,
        embedded=[{"title": "三级公立医院绩效考核指标", "kind": "table", "separate_document": False,
                   "note": "附件 after the date and （此件公开发布）: a table (一级/二级/三级指标, 指标性质, 指标说明) "
                           "flattened one cell per line, 55 indicators with formulas, then 注 1–12"}],
        note="gov.cn page converted from HTML (as blind3 e06–e08): title over two lines, 文号 line, 主送, body with "
             "a dated timetable (2019年3月底前 … 12月底前) and recurring annual limits from 2020, signature, date, "
             "（此件公开发布）, then the indicator table; meta_date is the dump's wiritten_time date"),
], [
    DN("国办发〔2019〕4号", "own"),
    T("三级公立医院绩效考核指标", "issued"),
    T("大型医用设备配置许可管理目录", "cited"),
    # 一、(三) 工作目标
    DL(S("2019年", after="促进公立医院综合改革政策落地见效。"), "2019-12-31", year_level=True, note="2019年，在全国启动…初步建立 (target year)"),
    DL("到2020年", "2020-12-31", year_level=True),
    N("4个方面", "count of listed groups"),
    # 三、支撑体系
    DL(S("2019年3月底前", 0), "2019-03-31", note="国家卫生健康委推行统一编码"),
    DL("2019年8月底前", "2019-08-31", note="各地…完成电子病历的编码和术语转换"),
    DL(S("2019年3月底前", 1), "2019-03-31", note="三级公立医院全部纳入满意度调查平台"),
    DL(S("2019年3月底前", 2), "2019-03-31", note="建立全国绩效考核信息系统"),
    DL(S("2019年6月底前", 0), "2019-06-30", note="各省份建立省级绩效考核信息系统"),
    # 四、考核程序
    N("按照年度实施", "recurring"),
    N("上一年度1月至12月", "data period (definition)"),
    DL(S("2019年12月底前", 0), "2019-12-31", note="完成第一次全国三级公立医院绩效考核工作"),
    N("2020年起，每年2月底前各省份完成", "recurring limit (every year from 2020)"),
    N("3月底前国家卫生健康委完成", "recurring limit (continues the 2020年起，每年 sentence)"),
    DL("2019年9月底前", "2019-09-30", note="医院自查自评"),
    N("2020年起，每年1月底前", "recurring limit"),
    DL("2019年11月底前", "2019-11-30", note="省级年度考核"),
    N("2020年起，每年2月底前完成上述工作", "recurring limit"),
    DL(S("2019年12月底前", 1), "2019-12-31", note="国家监测指标分析"),
    N("2020年起，国家卫生健康委每年3月底前", "recurring limit"),
    DL(S("2019年6月底前", 1), "2019-06-30", note="各省份要出台具体实施方案"),
    N("定期报告", "recurring"),
    # the indicator table: definitions, formulas and counts
    N("进修半年及以上", "definition inside a formula"),
    N("26个指标", "count of listed indicators"), N("15个指标", "count"), N("9个指标", "count"), N("2个指标", "count"),
    N("1日（24小时）内", "definition (day surgery)"),
    N("住院时间不超过48小时", "definition (day surgery; special cases)"),
    SL("四统一", 4, expansion=["病案首页", "疾病分类编码", "手术操作编码", "医学名词术语"], expansion_in_text=True,
       note="病案首页、疾病分类编码、手术操作编码、医学名词术语“四统一”"),
    SL("互联网+", 0, optional=True),
], note="national opinion with a dated 2019 timetable (eleven deadlines: 2019 target year, 到2020年, nine 月底前 limits) "
        "and recurring annual limits from 2020 (neutral); the flattened indicator table holds formula numbers "
        "(×100%, /365, /2, ×10000), left unmarked (not quotas), and a few definitions marked neutral")

# =============================================================================================
# f13: 国务院办公厅 通知 on kindergartens in residential compounds: a staged 2019-2020 timetable with 原则上
# =============================================================================================
gold("f13_gwyb_tongzhi_youeryuan_zhili_2019", "national", "2019-02-09", [
    DOC("notice", False, "国办发〔2019〕3号", "国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知", "国务院办公厅",
        False, "2019-01-09", STATE_RECIPIENTS,
        note="gov.cn page converted from HTML (as blind3 e06–e08): title over two lines, 文号 line, 主送, 现就…通知如下, "
             "four sections, a closing reporting sentence, signature, date, （此件公开发布）; meta_date is the dump's "
             "wiritten_time date"),
], [
    DN("国办发〔2019〕3号", "own"),
    T("关于学前教育深化改革规范发展的若干意见", "cited"), T("中华人民共和国城乡规划法", "cited"),
    T("城市居住区规划设计标准", "cited"),
    N("2018年11月", "past event"),
    N("限期完成移交", "vague"),
    DL("2019年4月底前", "2019-04-30", note="摸底排查…该项工作于2019年4月底前完成"),
    DL("2019年6月底前", "2019-06-30", hedge="原则上", note="办理移交手续"),
    DL("2019年9月底前", "2019-09-30", hedge="原则上", note="回收、置换、购置"),
    DL("2019年12月底前", "2019-12-31", hedge="原则上", note="补建、改建、新建: 完成相关建设规划"),
    DL("2020年12月底前", "2020-12-31", hedge="原则上", note="完成项目竣工验收 (same 原则上 sentence)"),
    N("适时进行抽查", "vague"), N("确保治理工作如期完成", "vague"), N("要及时报送", "vague"),
    SL("一事一议", 1, optional=True), SL("一园一案", 1, optional=True),
], note="national notice with a staged timetable: 2019年4月底前 and four 原则上 limits (2019-06/09/12, 2020-12); no "
        "quota; the standard number （GB 50180） is not a 文号")

if __name__ == "__main__":
    main(gold, source_of, TEXTS, GOLD_DIR)
