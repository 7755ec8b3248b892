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
    Q("在明就业满1年", ">=", 1, "年", threshold=True),
    Q("不低于备案价格85%", ">=", 85, "%"),
    N("自发文之日起", "start (from issuance)"),
], note="county measures: one deadline (补贴申报 截至2023年8月20日); the purchase window 至2023年2月20日24:00止 is the "
        "subsidy's period of application (neutral); subsidy amounts per m² and per 套, caps, a strict area threshold "
        "(不含144平方米), an employment-duration threshold; the download link repeats the 文号 with square brackets "
        "(standard false)")

if __name__ == "__main__":
    main(gold, source_of, TEXTS, GOLD_DIR)
