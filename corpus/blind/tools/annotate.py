"""Hand annotations of corpus/blind/texts (b01-b10), written by reading each text; gongwen was neither built
nor run and no gongwen output was looked at (blind test set).

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
from build import SOURCES, source_of as mirror_source  # noqa: E402

def source_of(doc_id):
    return mirror_source(doc_id)


sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from snippets import DL, DN, DOC, N, Q, S, SL, T, GoldSet, main  # noqa: E402,F401

gold = GoldSet()



# =============================================================================================
# ANNOTATIONS
# =============================================================================================
gold("b01_sd_yibao_shengyu_2020", "provincial", None, [
    DOC("notice", False, "鲁医保中心发〔2020〕11号", "关于做好省直生育保险待遇联网结算工作的通知", "山东省医疗保险事业中心",
        True, "2020-09-14", ["各省直医疗保险参保单位", "各有关定点医疗机构"],
        note="OCR of a 文件 header (山东省医疗保险事业中心文件), title without the organ name; signature and date, "
             "then attachment 1 printed and the 版记 (综合组 2020年9月14日印发); attachments 2-3 only titles"),
], [
    DN("鲁医保中心发〔2020〕11号", "own"),
    DL(S("2020年11月底前", 0), "2020-11-30", note="8 hospitals connected (schedule sentence)"),
    DL(S("2020年11月底前", 1), "2020-11-30", note="settlement and allowance online in the 8 hospitals"),
    N("待条件成熟后逐步实现", "vague"),
    N("分娩住院顺产2700元，每增加一个胎儿增加500元;阴式手术产3100元;剖宫产5500元，疤痕子官(有子宫手术史)增加700元",
      "benefit payment standards (fixed amounts, judgement call: not scored)"),
    N("按人头1200元/人", "benefit payment standard"),
    Q("超过35周岁(含)", ">=", 35, "周岁", threshold=True, alt=[">"], note="(含) makes it inclusive despite 超过"),
    N("增加600元", "benefit payment standard"),
    Q("怀孕10周以内(含)", "<=", 10, "周", threshold=True),
    N(S("引流产700元", 0), "benefit payment standard"),
    Q("怀孕10周以上", ">", 10, "周", threshold=True, alt=[">="], note="complement of 10周以内(含)"),
    N("引流产2100元", "benefit payment standard"),
    N("2000元、绝育手术1200元、复通手术1800元", "benefit payment standards"),
    N("享受98天生育津贴，难产增加15天生育津贴，生育多胞胎每多生育1个婴儿增加15天生育津贴，生育第一胎增加60天生育津贴",
      "benefit durations (fixed amounts)"),
    Q("未满4个月", "<", 4, "个月", threshold=True, strict=True),
    N(S("享受15天生育津贴", 0), "benefit duration"),
    Q(S("满4个月", nth=1), ">=", 4, "个月", threshold=True,
      note="offsets fixed: the second 满4个月 (、满4个月享受42天), not the one inside 未满4个月"),
    N("享受42天生育津贴", "benefit duration"),
    Q("连续足额缴费不满1年", "<", 1, "年", threshold=True, strict=True),
    Q("连续为职工足额缴纳医疗保险费用满I年", ">=", 1, "年", threshold=True, note="OCR I for 1"),
    N("按月领取费用结算单", "recurring"),
    N("及时与省医保中心拨付的资金对账", "vague"),
    DL("在9月底前", "2020-09-30", note="system installation"),
    DL(S("2020年11月底", after="确保"), "2020-11-30", note="确保…底实现联网结算 (no 前)"),
    T("省直生育定点医疗机构住院费用申报表", "cited"),
    T("省直生育定点医疗机构住院费用明细表", "cited"),
], note="生育保险 payment standards are listed as neutral (fixed benefit amounts, not comparator requirements); "
        "age/pregnancy/contribution thresholds are quotas")

gold("b02_sd_zjt_huiqian_guodong_han", "provincial", None, [
    DOC("letter", False, None, "山东省住房和城乡建设厅关于会签《关于成立省保障群众温暖过冬办公室的通知》的函",
        "山东省住房和城乡建设厅", True, "2020-11-02", ["省清洁取暖建设推进办公室成员单位"],
        embedded=[{"title": "山东省清洁取暖建设推进办公室关于成立省保障群众温暖过冬办公室的通知", "kind": "notice",
                   "separate_document": False,
                   "note": "draft notice sent for co-signature on a 发文稿纸, after the letter's date; no date or "
                           "signature of its own; its attachment (联络员名单) only titled"}],
        note="OCR: organ name printed twice (header, then title); letter signed and dated, then the draft notice"),
], [
    T("关于成立省保障群众温暖过冬办公室的通知", "cited"),
    Q("明确一名办公室成员", "=", 1, "名", per="成员单位"),
    Q(S("一名联络员", 0), "=", 1, "名", per="成员单位"),
    DL("于2020年11月4日前", "2020-11-04", note="feedback on the co-signature"),
    Q("确定一名相关业务处室负责同志", "=", 1, "名", per="部门", doc=0, note="in the embedded draft notice"),
    N("定期召开成员联席会议", "recurring"),
    N("随时召开联络员会议", "vague"),
    N("及时掌握供暖保障情况", "vague"),
    N("从11月15日开始", "start date"),
    N("每日上午10时前", "recurring (daily)"),
    N("一周通报一次", "recurring"),
    N("随时报告", "vague"),
    N("及时接收", "vague"),
    N("及时报送所要求的文件材料", "vague"),
    N(S("24小时值班制度", 0), "duty roster"),
    N("白天(8:30-17:30)", "office hours"),
    N("夜间(17:30-8:30)", "office hours"),
    N(S("24小时手机开机", 0), "duty roster"),
], note="the draft notice's daily reporting (每日上午10时前, from 11月15日) is recurring, not a calendar deadline")

gold("b03_sd_baomi_zhishi_han_2021", "provincial", None, [
    DOC("notice", False, "鲁密办(局)函〔2021〕5号", "关于组织开展庆祝中国共产党成立100周年保密知识竞赛活动的通知",
        "中共山东省委保密委员会办公室、山东省国家保密局", True, "2021-03-31",
        ["各市党委保密委员会办公室(保密局)", "省委各部委", "省政府各部门", "各人民团体",
         "各高等院校保密委员会(保密工作领导小组)办公室"],
        issuers=["中共山东省委保密委员会办公室", "山东省国家保密局"],
        note="joint header of two organs, 函-type 文号 but the 文种 is 通知; title without organ names; joint signature"),
], [
    DN("鲁密办(局)函〔2021〕5号", "own"),
    N("“4·15”全民国家安全教育日期间", "event (commemoration day)"),
    N("2021年4月15日8时起至5月15日24时结束", "activity window (start and end of the contest)"),
    N("10道单项选择题", "contest parameter"),
    N("答题时间为10分钟", "duration"),
    N("满分为100分", "contest parameter"),
    N("个人奖共1000名", "prize allocation (judgement call: not scored)"),
    Q("正确率达到100%", ">=", 100, "%", threshold=True, note="eligibility for the prize draw"),
    N("一等奖200名，二等奖300名，三等奖500名", "prize allocation"),
    DL("于5月下旬", "2021-05-31", start="2021-05-21", note="issuer's publication of the winners (issuer commitment)"),
])

gold("b04_sd_qilian_100qiang_2020", "provincial", None, [
    DOC("notice", False, None, "山东省企业联合会关于征集2020山东企业100强、工业企业100强简介的通知", "山东省企业联合会",
        False, "2020-11-02", ["各相关企业"],
        note="OCR, no header or 文号 (association notice); signature and date, then the QR-code attachment caption"),
], [
    N("拟于11月在济南举办", "event date (release meeting)"),
    DL("在11月5日之前", "2020-11-05", note="send materials; year from the signature date"),
    Q("字数不超过300字", "<=", 300, "字"),
    N("7天内(11月9日前)有效", "validity of a QR code"),
], note="100强 are list names, not quotas")

gold("b05_sd_shenpi_xiaozu_tiaozheng", "provincial", None, [
    DOC("notice", False, None, "山东省优化提升工程建设项目审批制度改革专项小组办公室关于调整省优化提升工程建设项目审批制度改革专项小组成员的通知",
        "山东省优化提升工程建设项目审批制度改革专项小组办公室", False, "2021-03-29", ["各成员单位"],
        note="OCR, no header or 文号; signed by the office (山东省住房和城乡建设厅代章) and dated; attachment (member list) printed"),
], [
    N("去年以来", "past"),
    T("中共山东省委办公厅、山东省人民政府办公厅关于规范省级议事协调机构管理的通知", "cited"),
    DN("鲁办发〔2019〕18)号", "cited", standard=False),
    DL("于2021年3月31日前", "2021-03-31", note="confirm members"),
], note="鲁办发〔2019〕18)号: OCR/print damage (closing parenthesis before 号), irregular")

gold("b06_sd_zfbgt_zhengwu_xinxi", "provincial", None, [
    DOC("notice", False, None, "山东省人民政府办公厅关于组织报送本年度政务信息重点选题的通知", "山东省人民政府办公厅", False,
        "2021-03-11", ["省直各有关部门", "中央驻鲁机关办公室(综合处)"],
        note="OCR, no header or 文号; signed by 省政府办公厅信息舆情室 with date"),
], [
    N(S("2020年12月召开", 0), "past event"),
    T("政府工作报告", "cited"),
    N(S("2020年12月召开", 1), "past event"),
    N("2021年2月召开", "past event"),
    Q("不少于10条", ">=", 10, "条", per="部门、单位", hedge="原则上"),
    DL("于3月18日中午12点前", "2021-03-18", note="year from the signature date"),
])

gold("b07_sd_anwei_dudao_huiyi", "provincial", None, [
    DOC("notice", False, None, "山东省人民政府安全生产委员会关于召开全省安全生产专项督导工作动员培训会议的通知",
        "山东省人民政府安全生产委员会", False, "2021-02-26",
        ["各市人民政府", "省委和省政府各部门(单位)", "各人民团体", "各高等院校", "各大企业"],
        note="OCR meeting notice, no header or 文号; signature with OCR error (妥全生产委员会) and date; 币 for 市 throughout"),
], [
    N("定于2月28日(星期日)上午11:00", "meeting time"),
    N("2月28日上午11:00，举行", "meeting time"),
    N("2月28日下午2:00，举行", "meeting time"),
    N("于2月28日上午11:00直接到", "meeting time"),
    N("于2月28日下午2:00到", "meeting time"),
    N("于2月28日上午11时前", "check-in window for the meeting (as a02/a03)"),
    N("提前10分钟", "window before an event"),
    N("于3月1日赴派驻地点报到", "check-in of the supervision teams (judgement call: schedule of an event, neutral)"),
    N("3月2日开始工作", "start date"),
    Q("确定1名联络员", "=", 1, "名", per="安委会办公室"),
], note="all dates are meeting times, check-ins or start dates: no scored deadline")

gold("b08_mohurd_central_57", "national", "2022-05-24", [
    DOC("notice", False, None, None, "住房和城乡建设部办公厅", False, None,
        ["各省、自治区住房和城乡建设厅", "直辖市住房和城乡建设（管）委", "新疆生产建设兵团住房和城乡建设局"],
        note="body-only export (title, 文号, issuer and date in other columns: 'Notice from the General Office of the "
             "Ministry of Housing and Urban-Rural Development on Soliciting and Selecting Pilot Cities for Intelligent "
             "Construction'); ends with the contact line, no signature"),
], [
    N("试点时间为期3年", "duration"),
    N("自公布之日起计算", "start counted from an event"),
    N("每年投入一定科研资金", "recurring"),
    T("住房和城乡建设部等部门关于推动智能建造与建筑工业化协同发展的指导意见", "cited"),
    T("“十四五”建筑业发展规划", "cited"),
    T("智能建造试点实施方案", "cited"),
    T("实施方案", "cited"),
    DL("于2022年7月31日前", "2022-07-31", note="provinces submit recommendations"),
    Q("不超过3个", "<=", 3, "个", per="省（区、市）"),
    N("定期跟踪调研", "recurring"),
    N("试点期满后", "window after an event"),
    SL("十四五", 0, optional=True, note="plan name"),
])

gold("b09_grain_central_132", "national", "2018-05-02", [
    DOC("notice", False, None, None, "国家粮食局办公室", False, "2018-05-02",
        ["各省、自治区、直辖市及新疆生产建设兵团粮食局"],
        note="body-only export (title and 文号 in other columns); signed (国家粮食局办公室代章) and dated at the end; "
             "dataset lists the issuer as State Council"),
], [
    DL(S("年底前", 0), "2018-12-31", hedge="力争", note="provincial platforms basically built"),
    T("2016年度“粮安工程”危仓老库维修专项资金重点绩效评价报告", "cited"),
    T("技术指引", "cited"),
    T("验收规范", "cited"),
    DL(S("年底前", 1), "2018-12-31", hedge="力争", note="platform and smart depots"),
    N("及时发现问题", "vague"),
    DL("在6月底前", "2018-06-30", note="start tendering"),
    N("及时掌握和报送", "vague"),
    N("自2018年5月起", "start date"),
    N("每月7日前", "recurring (monthly)"),
    DL("于2018年5月7日前", "2018-05-07", note="basic project information"),
    SL("五统一", 5),
    SL("三通", 3, note="网络通、数据通、业务通 of government information system integration"),
], note="年底前 (twice) resolved to the document date 2018")

gold("b10_sd_meikuang_17", "provincial", "2020-03-23", [
    DOC("notice", False, None, None, "山东煤矿安全监察局、山东省能源局", False, None,
        ["各煤矿安全监察分局", "各市煤矿安全监管部门", "各矿业集团公司", "各煤矿"],
        issuers=["山东煤矿安全监察局", "山东省能源局"],
        note="body-only export (title 'Notice on Further Accelerating the Intelligent Construction of Coal Mines in the "
             "Province' and issuers in other columns); ends with contact lines, no signature or date"),
], [
    DL("到2020年年底", "2020-12-31", note="intelligent mining in the listed mines"),
    Q("生产能力120万吨/年以上", ">=", 1200000, "吨", per="年", threshold=True),
    Q("100人以下", "<=", 100, "人", threshold=True, note="definition of the demonstration mines"),
    Q("明确1到2处示范煤矿", "range", 1, "处", max=2, per="煤矿企业（集团）"),
    N("如期完成工作目标", "vague"),
    N("每月将智能化建设工作进展情况", "recurring"),
    N("分别于次月5日前", "recurring (monthly)"),
])


# =============================================================================================
if __name__ == "__main__":
    main(gold, source_of, TEXTS, GOLD_DIR)
