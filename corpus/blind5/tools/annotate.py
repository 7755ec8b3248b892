"""Hand annotations of corpus/blind5/texts, written by reading each text; gongwen was neither built nor run, no
gongwen output was looked at and src/ was not read (blind test set).

  python3 annotate.py [ID ...]     writes ../gold/<id>.json (exact snippets -> character offsets)

Every span is given by its exact text (plus which occurrence, or an anchor before it); the shared helpers of
corpus/tools/snippets.py find its character offsets in the text decoded from UTF-8 and fail loudly if a text is not
found or a snippet is ambiguous. Same format and conventions as shared/devset (README there), blind3 and blind4.
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

OCR = ("OCR text of a scanned document: the line structure is lost, so the header, 文号, title, 主送, body, "
       "signature, date and colophon run together on one line. ")

# =============================================================================================
# g01: 中共山东省委办公厅 明电 on how to submit 请示报告 to the provincial party committee (no limit, no number)
# =============================================================================================
gold("g01_sd_swbgt_mingdian_qingshi_2021", "provincial", None, [
    DOC("notice", False, None, "中共山东省委办公厅关于进一步规范向省委报送请示报告有关事宜的通知",
        "中共山东省委办公厅", False, "2021-02-21",
        ["各市党委", "省委各部委", "省政府各部门党组(党委)", "各人民团体党组", "各高等院校党委"],
        note=OCR + "Telegram (明电) layout as added a01/devset d35: 发电单位中共山东省委办公厅, 等级特急·明电, then only "
             "the 机要 number 鲁机发532号 (no 〔year〕 文号 is printed, so doc_number is null and the 机要 number is an "
             "irregular own number); no 发文机关标志 of a 文件 header (issuer_in_header false, as a01). Four numbered "
             "rules (1.–4.), signature, date 2021年2月21日; no 版记. OCR 吝市 for 各市"),
], [
    DN("鲁机发532号", "own", standard=False),
], note="procedural notice without a deadline, quota, title or slogan: the numbers are list markers (1.–4.); "
        "紧抓快办/及时报告 are vague and left unmarked")

# =============================================================================================
# g02: 国网设备部 notice on the 2021 hazard check of converter stations (a March limit, a 原则上 year limit)
# =============================================================================================
gold("g02_sgcc_sbb_huanliuzhan_yinhuan_2021", "national", None, [
    DOC("notice", False, "设备直流〔2021〕10号", "国网设备部关于做好2021年直流换流站隐患排查治理工作的通知",
        "国网设备部", False, "2021-01-25",
        ["国网北京、冀北、山西、山东、上海、江苏、浙江、安徽、福建、湖北、湖南、河南、江西、四川、辽宁、黑龙江、蒙东、"
         "陕西、甘肃、青海、宁夏、新疆、西藏电力、南瑞集团、许继集团、国网直流中心、中国电科院、国网经研院、联研院"],
        note=OCR + "State Grid headquarters department notice: 内部事项, the marker 国家电网有限公司部门文件 (the "
             "company's, not the department's name: issuer_in_header false, as blind3 e09), 文号, title, 主送 (one "
             "list joined by 、 only, so one item), body with four sections, 附件 line (the hazard list is not in "
             "the text), signature 国网设备部, date 2021年1月25日, distribution note in brackets"),
], [
    DN("设备直流〔2021〕10号", "own"),
    DN("国家电网设备〔2021)8号", "cited", standard=False),  # OCR: mixed brackets 〔…) (as devset d27)
    T("国家电网有限公司关于加快推进电网设备重点隐患治理工作的通知", "cited"),
    N("安全生产专项整治三年行动计划", "name of a campaign plan (duration in its name)"),
    DL("3月15日前", "2021-03-15", note="各省电力公司…完成…隐患清单和治理实施方案编制审查工作; year from the date "
       "2021年1月25日"),
    DL("于2021年完成整改", "2021-12-31", hedge="原则上", year_level=True,
       note="completion within the year, no month printed"),
    N("定期报告", "recurring"),
    SL("两手抓、两不误", 2, optional=True, note="“两手抓、两不误” (campaign formulation)"),
], note="State Grid department notice: one dated limit (3月15日前) and one year-level limit with 原则上; no quota")

# =============================================================================================
# g03: 中办发〔2020〕39号: 中共中央办公厅 国务院办公厅 notice on village mergers (as 翻印 by 山东省委办公厅)
# =============================================================================================
gold("g03_zb_gb_cunzhuang_chebing_2020", "national", None, [
    DOC("notice", False, "中办发〔2020〕39号", "中共中央办公厅国务院办公厅关于严格规范村庄撤并工作的通知",
        "中共中央办公厅、国务院办公厅", True, "2020-12-18",
        ["各省、自治区、直辖市党委和人民政府", "中央和国家机关各部委", "解放军各大单位和武警部队、中央军委机关各部门",
         "各人民团体"], print_date="2020-12-19",
        note=OCR + "Starts with the copy number 170795, then the 发文机关标志 中共中央办公厅文件 (names the lead organ "
             "only; the issuers are the two offices of the title and the signature, as devset d33), 文号, title, 主送, "
             "body (eight sections), signature 中共中央办公厅国务院办公厅, date 2020年12月18日, (此件发至县团级), "
             "印发 line 中共中央办公厅秘书局2020年12月19日印发 and a 翻印 line 中共山东省委办公厅2020年12月22日翻印 "
             "(the copy is the provincial reprint; dates of the 版记 are not the 成文日期). XXX replaces a name. OCR "
             "资源桌赋 for 资源禀赋"),
], [
    DN("中办发〔2020〕39号", "own"),
    T("乡村振兴战略规划(2018--2022年)", "cited"),
    Q("机动地面积不超过本集体经济组织耕地总面积5%", "<=", 5, "%", note="statutory cap restated"),
    N("在规定时限内完成验收", "vague (a limit set elsewhere)"),
    N("不符合要求的立即取消", "vague"),
    DL("2021年6月底前", "2021-06-30", note="各省(自治区、直辖市)要…将贯彻执行本通知的情况报党中央、国务院"),
    N("2020年12月19日印发", "印发 date of the 版记 (past event)"),
    N("2020年12月22日翻印", "翻印 date of the 版记 (past event)"),
], note="national party-and-government notice: one reporting deadline (2021年6月底前) and one cap (机动地 ≤ 5% of "
        "arable land); everything else is qualitative (尽可能, 及时, 抓紧 left unmarked)")

# =============================================================================================
# g04: 青岛市工信局 forwarding the provincial 工信厅/教育厅 notice on AI champions (two documents, two limits)
# =============================================================================================
gold("g04_qd_gxj_zhuanfa_rengongzhineng_2019", "municipal", "2019-04-17", [
    DOC("notice", True, None, None, "青岛市工业和信息化局", False, "2019-04-17",
        ["各区、市工业和信息化主管部门", "各有关单位和企业"],
        note="body-only export (title and 文号 not printed; the dataset's title column is an English translation): "
             "主送, the forwarding paragraph (现将有关通知转发给你们), the city's own reporting limit, 联系方式, 附件 "
             "line, signature 青岛市工业和信息化局, date 2019年4月17日 (= meta_date)"),
    DOC("notice", False, "鲁工信技﹝2019﹞56号",
        "关于强化产学研融合创新加快培育山东省人工智能领军企业和优势产品的通知",
        "山东省工业和信息化厅、山东省教育厅", False, "2019-04-11",
        ["各市工业和信息化局、各高等学校", "有关企业"],
        note="the forwarded provincial notice after the line 附件: title (without the space the 《》 citation has), "
             "主送, three sections, a list of six attachment files (not in the text), two signatures one per line, "
             "date 2019年4月11日: its own signature and date, so a separate logical document; its 文号 is printed "
             "only in the forwarding notice (鲁工信技﹝2019﹞56号)"),
], [
    T("关于强化产学研融合创新 加快培育山东省人工智能领军企业和优势产品的通知", "forwarded"),
    DN("鲁工信技﹝2019﹞56号", "forwarded"),  # small-form brackets ﹝﹞, a consistent pair: standard (judgement call)
    N("近日", "vague (past)"),
    N(S("一式三份", 0), "number of copies (a form requirement, not a quota; judgement call)"),
    DL("4月26日（周五）前", "2019-04-26", note="区市工信部门 汇总申报材料后…报市工业和信息化局科技处; year from the "
       "date 2019年4月17日"),
    # forwarded provincial notice (document 1)
    T("山东省新一代人工智能产业发展三年行动计划（2018-2020）", "cited", doc=1),
    DN("鲁工信技〔2018〕9号", "cited", doc=1),
    T("行动计划", "cited", doc=1),
    N(S("2018年度", 0), "reference year of an eligibility condition"),
    Q("比重达到50%以上", ">=", 50, "%", doc=1, threshold=True),
    N(S("2018年度", 1), "reference year of an eligibility condition"),
    Q("研发经费不低于500万元", ">=", 5000000, "元", doc=1, threshold=True),
    N("企业近三年财务状况良好", "reference period of an eligibility condition"),
    N(S("2018年度", 2), "reference year of an eligibility condition"),
    Q("公共服务收入不低于500万元", ">=", 5000000, "元", doc=1, threshold=True),
    N(S("一式两份", 0), "number of copies"),
    DL("2019年5月3日前", "2019-05-03", doc=1, note="各市工信部门…正式行文报送至省工业和信息化厅"),
    N(S("一式三份", 1), "number of copies"),
    N(S("一式两份", 1), "number of copies"),
    T("项目（企业）汇总表", "cited", doc=1),
    SL("AI＋教育", 0, optional=True, note="“AI＋教育” (defined application field, like 互联网+)"),
], note="a city forwarding notice (body only) followed by the forwarded provincial notice with its own signature and "
        "date: two limits (4月26日（周五）前 for the districts, 2019年5月3日前 for the cities), three eligibility "
        "thresholds; 2018年度 (×3) is the reference year of the thresholds, 近三年 a reference period")

# =============================================================================================
# g05: 山东省发改委 函 asking for countersignature of a coal-reserve 工作方案 (embedded draft plan with year targets)
# =============================================================================================
PLAN = "加强全省煤炭储备能力建设工作方案(2021-2025年)"
gold("g05_sd_fgw_han_meitan_chubei_2021", "provincial", None, [
    DOC("letter", False, None, "山东省发展和改革委员会关于商请会签《" + PLAN + "》的函",
        "山东省发展和改革委员会", True, "2021-07-23",
        ["省工业和信息化厅、省公安厅、省财政厅、省自然资源厅、省生态环境厅、省交通运输厅、省国资委、省地方金融监管局、"
         "省能源局", "国铁济南局集团、山东港口集团、山东能源集团、济宁能源发展集团", "国网山东省电力公司、各发电公司"],
        embedded=[{"title": "加强全省煤炭储备能力建设工作方案(2021一2025年)(送审稿)", "kind": "plan",
                   "separate_document": False,
                   "note": "the draft plan named in the 附件 line, printed after the letter's signature and date, "
                           "without a date of its own (OCR 一 for the dash of 2021-2025); four sections, a table of "
                           "year targets for 2021-2025 in prose, (牵头/负责) units in brackets"}],
        note=OCR + "Draft-paper layout: 山东省发展和改革委员会公文稿纸 (the form's name), then the organ's name alone "
             "(the letter-format 发文机关标志: issuer_in_header true, judgement call), the organ's name again as "
             "the first words of the title; no 文号 (a draft); 主送 in three groups separated by ，; body, 联系人/电话 "
             "(digits masked with X), 附件 line, signature, date 2021年7月23日, then the attached plan"),
], [
    T(PLAN, "issued"),
    T("工作方案", "cited"),
    N("5月31日", "date of a past meeting"),
    DL("7月26日前", "2021-07-26", note="会签页…于7月26日前发送至省发展和改革委员会; year from the date 2021年7月23日"),
    SL("四个革命、一个合作", 5, note="“四个革命、一个合作”能源安全新战略 (national formulation, numeral 4+1 as devset d05's 双随机、一公开; items not in the "
       "text)"),
    # 二、工作目标及进度安排: current figures are statistics (left unmarked); targets are quotas, their years deadlines
    N("利用3至5年时间", "period counted from now (3 to 5 years), no calendar end"),
    Q("全省煤炭储备能力确保达到5400万吨", ">=", 54000000, "吨"),
    Q("力争达到6000万吨", ">=", 60000000, "吨", hedge="力争"),
    DL(S("2021年", after="其中，政府可调度储备能力"), "2021-12-31", year_level=True, note="政府可调度储备能力 target"),
    Q("确保达到800万吨", ">=", 8000000, "吨"),
    Q("力争达到1000万吨", ">=", 10000000, "吨", hedge="力争"),
    DL(S("2022年", after="力争达到1000万吨"), "2022-12-31", year_level=True),
    Q("确保达到1300万吨", ">=", 13000000, "吨"),
    Q("力争达到1500万吨", ">=", 15000000, "吨", hedge="力争"),
    DL(S("2023年", after="力争达到1500万吨"), "2023-12-31", year_level=True),
    Q("确保达到1800万吨", ">=", 18000000, "吨"),
    Q("力争达到2000万吨", ">=", 20000000, "吨", hedge="力争"),
    DL(S("2021年", after="物流企业等)"), "2021-12-31", year_level=True, note="社会储备能力 target"),
    Q("确保达到2000万吨", ">=", 20000000, "吨"),
    DL(S("2023年", after="确保达到2000万吨"), "2023-12-31", year_level=True),
    Q("确保达到2800万吨", ">=", 28000000, "吨"),
    Q("力争达到3000万吨", ">=", 30000000, "吨", hedge="力争"),
    DL(S("2025年", after="力争达到3000万吨"), "2025-12-31", year_level=True),
    Q("确保达到3600万吨", ">=", 36000000, "吨"),
    Q("力争达到4000万吨", ">=", 40000000, "吨", hedge="力争"),
    # 三、(二) 储备投放机制
    N("确定年度应急保障期7个月，为每年6月至8月和10月至次年1月", "recurring annual period (definition)"),
    Q("储备量达到任务目标的100%", ">=", 100, "%", note="at the start of the emergency period"),
    Q("期末不低于50%", ">=", 50, "%"),
    N("分年度核算补贴", "recurring"),
], note="a provincial 函 with one reply limit (7月26日前) and the draft plan it asks to countersign: year targets for "
        "2021-2025 (each year a year-level deadline, each 确保/力争 figure a quota with 力争 as hedge), storage ratios "
        "100%/50%; the current capacities 1920/420/1500万吨 are statistics and left unmarked")

# =============================================================================================
# g06: 国网办公室 notice on the 2020 archives statistics report (one limit)
# =============================================================================================
gold("g06_sgcc_bgs_dangan_tongji_2021", "national", None, [
    DOC("notice", False, "办文档函〔2021〕1号", "国网办公室关于报送2020年度档案统计报表的通知",
        "国家电网有限公司办公室", True, "2021-01-07", ["各分部", "公司各单位"],
        note=OCR + "State Grid headquarters office notice: 发文机关标志 国家电网有限公司办公室 (the issuer's full name; "
             "the signature reads 国网办公室), 内部事项, 文号, title, 主送, four numbered points, 附件 line (the "
             "attached 国家档案局办公室 notice is not in the text), signature, date 2021年1月7日, distribution note"),
], [
    DN("办文档函〔2021〕1号", "own"),
    DN("档办函〔2020〕206号", "cited"),
    DN("国统制〔2019〕8号", "cited"),
    T("国家档案局办公室关于开展2020年度全国档案事业统计调查工作的通知", "cited"),
    T("全国档案事业统计年报制度", "cited"),
    N(S("2020年度", after="现就公司"), "the year reported on (reference year, not a limit)"),
    DL("2021年3月30日前", "2021-03-30", note="请于…前完成统计填报工作，并通过公司数字档案馆系统上报"),
], note="short notice with one limit (2021年3月30日前); the year 2020年度 is the year reported on; DA-3/DA-2 are form "
        "codes")

# =============================================================================================
# g07: 济南市工信局 issuing the 服务资源供给办法 of three Huawei innovation centres (PDF export with page markers)
# =============================================================================================
BANFA = ("济南“鲲鹏+昇腾”生态创新中心、华为（济南）软件开\n发云创新中心、华为（济南）人工智能创新中心服务资源供给\n"
         "办法（V1.0）")
gold("g07_jn_gxj_huawei_fuwuquan_banfa_2021", "municipal", "2021-03-11", [
    DOC("notice", True, None, None, "济南市工业和信息化局", False, "2021-03-09", ["各区县（功能区）工信部门", "各有关单位"],
        embedded=[{"title": "济南“鲲鹏+昇腾”生态创新中心 华为（济南）软件开发云创新中心 华为（济南）人工智能创新中心 "
                            "服务资源供给办法（V1.0）", "kind": "measures", "separate_document": False,
                   "note": "issued 办法 after the notice's signature, date and the page marker — 2 —; heading over four "
                           "lines; five chapters, 第一条–第十五条; no date of its own"}],
        note="body-only PDF export (title and 文号 not printed): 主送, one-paragraph notice (印发《…》, the title broken "
             "over three lines), signature, date 2021 年 3 月 9 日 (spaces around the digits), then the issued 办法 "
             "with PDF page markers (— 2 — … — 7 —) and the PDF's line breaks inside sentences; meta_date is the "
             "dataset's release date (2021-03-11)"),
], [
    T(BANFA, "issued"),
    N("2021 年第\n5 次会议", "meeting number"),
    T("三个创新中心落地战略合作框架协议", "cited"),
    SL("三个创新中心", 3, optional=True, note="defined abbreviation (以下简称“三个创新中心”)"),
    N("每季度将运营情况", "recurring"),
    N("每个合同年结束\n后 20 个工作日内", "window counted from an event"),
    N("近 2 年内无违法失\n信记录", "look-back period of an eligibility condition"),
    # 第八条: revenue bands (thresholds) and annual caps
    Q("营业收入 50 亿元以上", ">=", 5000000000, "元", threshold=True),
    Q("补贴上限为每年\n200 万元", "<=", 2000000, "元", per="年"),
    Q("营业收入 10 亿元到 50 亿元之间", "range", 1000000000, "元", max=5000000000, threshold=True),
    Q("上限为每年 150 万元", "<=", 1500000, "元", per="年"),
    Q("营业收入 1 亿元到 10 亿元之间", "range", 100000000, "元", max=1000000000, threshold=True),
    Q("限为每年 100 万元", "<=", 1000000, "元", per="年", note="上\\n限为… (line break inside 上限)"),
    Q("营业收入在 2000 万元至 1 亿元之间", "range", 20000000, "元", max=100000000, threshold=True),
    Q("贴上限为每年 60 万元", "<=", 600000, "元", per="年"),
    Q("营业收入在 500 万元至 2000 万元之间", "range", 5000000, "元", max=20000000, threshold=True),
    Q("补贴上限为每年 20 万元", "<=", 200000, "元", per="年"),
    Q("营业收入在 500 万元以下", "<=", 5000000, "元", threshold=True, alt=["<"]),
    Q("补贴上限为\n每年 10 万元", "<=", 100000, "元", per="年"),
    Q("补贴上限为每年 50 万元", "<=", 500000, "元", per="年", note="高校、科研机构"),
    N("3 个工作日内完成审核", "window counted from an event"),
    N("3 个工作日内完成对合格单位", "window counted from an event"),
    # 第十一条: shares
    Q("占比超过 50%", ">=", 50, "%", threshold=True, strict=True, note="solutions in which X86 resources exceed 50%"),
    Q(S("不高于 30%", 0), "<=", 30, "%", note="share of the subsidy usable by service vouchers"),
    Q("按照 100%", "=", 100, "%"),
    Q("不高于 85%", "<=", 85, "%"),
    Q("X86资源类占比不超过服务资源总量的 30%", "<=", 30, "%"),
    Q("不低于服务资源总量的 80%", ">=", 80, "%"),
    N("在获批后三个月内完成使用", "window counted from an event"),
    N("下一年度自动失效", "validity"),
    N("自印发之日起执行", "start (from issuance)"),
    N("试行期一年", "duration"),
], note="city notice issuing rules for service vouchers: no calendar deadline (all limits are windows after an "
        "event, 每季度 is recurring), revenue bands as thresholds (one strict 超过), annual caps per band (per 年), "
        "voucher shares; 上一年度 is relative and left unmarked")

# =============================================================================================
# g08: 山东 科技厅/工信厅/大数据局 measures on the digital economy (body only; per-year and three-year targets)
# =============================================================================================
gold("g08_sd_kjt_shuzi_jingji_cuoshi_2024", "provincial", "2024-01-08", [
    DOC("unknown", False, None, None, None, False, None, [],
        note="body-only export of a set of 18 measures (the dataset's title column: Several Measures to Accelerate "
             "the Innovative Development of the Digital Economy; issuing departments only in its department "
             "column): preamble (制定以下措施), seven headed sections, measures 1.–18.; no title, issuing notice, "
             "signature or date, so kind unknown (devset convention for a plan printed without its notice), issuer "
             "and date null; paragraphs indented with U+3000 and separated by blank lines; mixed quotes “…\""),
], [
    N("5—8年长周期支持模式", "duration of a funding cycle (encouraged), not a limit"),
    Q("每年部署不少于20项", ">=", 20, "项", per="年"),
    Q("每年谋划推出100个", "=", 100, "个", per="年", alt=[">="]),
    Q("培育50个创新实验室", "=", 50, "个", alt=[">="]),
    Q("300个创新中心", "=", 300, "个", alt=[">="]),
    Q("50个创新服务机构", "=", 50, "个", alt=[">="]),
    Q("100个创新人才基地", "=", 100, "个", alt=[">="]),
    SL("5351", 0, optional=True, note="“5351\"数字经济创新平台体系 (50/300/50/100 platforms)"),
    N(S("3年内", 0), "window counted from now (no calendar end)"),
    Q("高新技术企业3000家以上", ">=", 3000, "家"),
    Q("数据要素型重点企业100家以上", ">=", 100, "家"),
    Q("达到10家左右", "~", 10, "家"),
    SL("一企一技术", 1, optional=True),
    Q("每年新培育10家左右", "~", 10, "家", per="年"),
    Q("10家左右省技术创新示范企业", "~", 10, "家", per="年"),
    Q("实施300项左右", "~", 300, "项", per="年"),
    Q("每年举办50场左右", "~", 50, "场", per="年"),
    SL("四链", 4, expansion=["人才链", "教育链", "产业链", "创新链"], expansion_in_text=True,
       note="人才链、教育链、产业链、创新链“四链\"融合"),
    Q("高端人才不少于30名", ">=", 30, "名", per="年"),
    N(S("3年内", 1), "window counted from now"),
    Q("培育50家左右", "~", 50, "家"),
    N("力争三年内", "window counted from now"),
    Q("比重超过50%", ">=", 50, "%", strict=True, hedge="力争"),
    Q("比重达到10%", ">=", 10, "%", hedge="力争", alt=["="]),
    Q("推动超过2万家", ">=", 20000, "家", strict=True),
    Q("数字化率达到70%", ">=", 70, "%", alt=["="]),
    Q("数字化转型率达到80%左右", "~", 80, "%"),
], note="provincial measures without a calendar deadline (3年内/力争三年内 are windows from now): per-year targets "
        "(不少于20项, 100个, 10家左右 ×2, 300项左右, 50场左右, 不少于30名), three-year targets (3000家以上, 100家以上, "
        "10家左右, 50家左右, GDP shares 超过50%/达到10% with 力争, 超过2万家, 70%, 80%左右), the platform counts of the "
        "“5351\" system; the 四链 formulation with its items in the text")

# =============================================================================================
# g09: 科技部 working guide for national AI innovation test zones (body only; a 2023 target, strict thresholds)
# =============================================================================================
gold("g09_most_rengongzhineng_shiyanqu_zhiyin_2019", "national", "2019-08-29", [
    DOC("unknown", False, None, None, None, False, None, [],
        note="body-only export of a 工作指引 (特制定本指引; the dataset's department column says State Council, the "
             "text names 科技部 as the organ that reviews and approves): preamble, five sections; no title, notice, "
             "signature or date, so kind unknown, issuer and date null; meta_date is the dataset's release date"),
], [
    DN("国发〔2017〕35号", "cited"),
    T("国务院关于印发新一代人工智能发展规划的通知", "cited"),
    DL("到2023年", "2023-12-31", year_level=True, note="布局建设20个左右试验区"),
    Q("布局建设20个左右", "~", 20, "个"),
    Q("人工智能核心产业规模超过50亿元", ">=", 5000000000, "元", threshold=True, strict=True, hedge="原则上",
      note="原则上应是…所在城市，并已明确…，…超过50亿元"),
    Q("人工智能相关产业规模超过200亿元", ">=", 20000000000, "元", threshold=True, strict=True, hedge="原则上"),
    T("国家新一代人工智能创新发展试验区建设方案", "cited"),
    N("每年12月底前", "recurring annual limit"),
    N("适时对试验区建设情况开展考核评估", "vague"),
], note="national guide: one year-level target (到2023年, 20个左右 zones), two strict eligibility thresholds (超过50亿元, "
        "超过200亿元); the annual report 每年12月底前 is recurring")

# =============================================================================================
# g10: 人社部 trial measures for training and evaluation institutions (body only, PDF-conversion noise)
# =============================================================================================
gold("g10_rsb_shuzi_gongchengshi_jigou_banfa_2024", "national", "2024-08-22", [
    DOC("unknown", False, None, None, None, False, None, [],
        note="body-only export of a 办法 (试行) printed without its issuing notice, title, signature or date: 第一章 "
             "总则 … 第二十三条 (cut after 自公布之日起试行，); kind unknown, issuer and date null; meta_date the "
             "dataset's release date. Conversion noise: mixed brackets in both cited 文号 (〔2021) and (2021〕), "
             "missing （ before 一), 负贵 for 负责, 数字李生 for 孪生, 互联网十 for 互联网+, 第二十-条, articles run "
             "together (…负责解释第二十三条…), a sentence reordered (计报…培划，训考核)"),
], [
    DN("人社部发〔2021)73号", "cited", standard=False),
    DN("人社厅发(2021〕71号", "cited", standard=False),
    T("专业技术人才知识更新工程实施方案", "cited"),
    T("专业技术人才知识更新工程数字技术工程师培育项目实施办法", "cited"),
    N("有效期限为3年", "validity"),
    SL("三定", 3, note="其“三定”方案 (written without quotes: 其三定方案)"),
    Q("具有5年以上", ">=", 5, "年", threshold=True, hedge="一般", note="一般应具有…培训或考核经验"),
    Q("技术技能人员2000人次以上", ">=", 2000, "人次", per="年", threshold=True, hedge="一般",
      note="same 一般应 sentence: 达到年培训或考核…的规模"),
    N("公示5个工作日", "duration"),
    N("在有效期到期3个月前", "window before an event"),
    N("近3年内", "look-back period"),
    N("在第1个有效期内", "ordinal"),
    N("第2个及以上有效期内", "ordinal (及以上 of an ordinal)"),
    Q("少于200人次", "<=", 200, "人次", per="年", threshold=True, strict=True, alt=["<"],
      note="年均…少于200人次 → treated as giving up the occupation"),
    N("到期后3年内不得再次申报遴选", "ban window counted from an event"),
    SL("双师型", 2, optional=True),
    N("第三级及以上信息安全等级保护", "ordinal protection level (judgement call, as ordinal phrases in blind4)"),
    N("定期报送", "recurring"),
    SL("两目录一系统", 0, optional=True, note="职业技能培训“两目录一系统” (items not in the text)"),
    SL("双随机一公开", 3, note="“双随机一公开” (as devset d05's 双随机、一公开, numeral 2+1)"),
    SL("互联网十监管", 0, optional=True, note="OCR 十 for +"),
    N("立行立改或限期整改", "vague"),
    N("责令限期整改", "vague"),
    N("在规定时间内", "vague"),
    N("自公布之日起试行", "start (from publication)"),
], note="national rules without a deadline: eligibility thresholds (5年以上 experience, 2000人次以上 a year), a strict "
        "removal threshold (年均…少于200人次), validity and windows (3年, 3个月前, 近3年内, 到期后3年内, 5个工作日) "
        "neutral, ordinals neutral; two irregular 文号 with mixed brackets; 三定 and 双随机一公开 required")

if __name__ == "__main__":
    main(gold, source_of, TEXTS, GOLD_DIR)
