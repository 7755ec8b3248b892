"""News annotations (n01-n15): excerpts of xwlb.jsonl records."""
from annotate import S, DL, Q, N, W, ST, D, DN, T, SL, DOC, gold, STATUTE

STATUTE["value"] = False


def STS(rows, doc=0):
    """rows: (span or S, value, unit[, approx])"""
    out = []
    for r in rows:
        span, value, unit = r[0], r[1], r[2]
        approx = r[3] if len(r) > 3 else False
        out.append(ST(span, value, unit, approx=approx, doc=doc))
    return out


def NEWS(date, note=None, title=None):
    return DOC("news", title=title, date=date, issuer=None, note=note, meta_date=date)


MEDIA = T("新闻联播", role="media")

# ---------------------------------------------------------------------------------------------
gold("n01_xwlb_20220924_zhaiyao", "news", "national", [
    NEWS("2022-09-24", "programme heading and summary (新闻摘要) only; date printed as 20220924"),
], [
    MEDIA,
    T("中国短视频大会", role="media"),
    N("上半年", "period", "reporting period (past)"),
    N("20220924 19:00", "time", "broadcast time"),
    *STS([("21家", 21, "家"), ("1375亿元", 137500000000, "元"), ("超9605万", 96050000, "例", True)]),
], note="第600架, 第四届 are ordinals; 77国集团 and 二十大 are names; no directive, deadline or quota")

gold("n02_xwlb_20220927_changwuhui", "news", "national", [
    NEWS("2022-09-27", "one item: State Council executive meeting of the 26th"),
], [
    N("26日", "past", "meeting date (the day before the broadcast)"),
    T("促进个体工商户发展条例（草案）"),
    D("关键要保市场主体", "要"),
    D("要贯彻党中央、国务院部署，针对市场主体特别是中小微企业、个体工商户和制造业实际困难，加大纾困力度", "要"),
    N("在第四季度", "period", "period of the decided deferral (no calendar end)"),
    ST("14项", 14, "项", note="size of a decided measure (no modal): reported, not a quota"),
    ST("530多亿元", 53000000000, "元", approx=True, note="scale of the decided deferral"),
    ST("约630亿元", 63000000000, "元", approx=True, note="scale of the decided deferral"),
    ST("22项", 22, "项", note="decided addition, no modal"),
    Q("1.3万亿斤以上", ">=", 1300000000000, "斤", subject="全年粮食产量(目标)", note="a target (目标), reported as reachable"),
    D("要不误农时抢收秋粮，确保丰收入库，落实秋冬种面积", "要"),
    Q("每年12000元的限额", "<=", 12000, "元", per="年", subject="个人养老金税前扣除", note="限额 (cap) set by the decision"),
    ST("7.5%", 7.5, "%", note="the previous tax burden (a fact)"),
    Q("降为3%", "=", 3, "%", subject="领取收入实际税负", note="rate set by the decision"),
    ST("1.1亿户", 110000000, "户"),
    D("要强化法治保障", "要"),
    D("并要求依法诚信经营", "要求"),
], note="会议决定/部署 sentences without a cue word are not directives; 覆盖面广 is an attribute, not a figure")

gold("n03_xwlb_20220929_zhongri50", "news", "national", [
    NEWS("2022-09-29", "one item: congratulatory messages on the 50th anniversary"),
], [
    N(S("50周年", 0), "anniversary"), N(S("50周年", 1), "anniversary"), N(S("50周年", 2), "anniversary"),
    N(S("50周年", 3), "anniversary"),
    N("9月29日", "time", "the document's own date"),
    N("50年前的今天", "past"), N(S("50年来", 0), "period"), N("50年前，", "past"), N(S("50年来", 1), "period"),
    N("下一个50年", "period"),
], note="N周年 is an anniversary, never N weeks; 四个政治文件 is a narrative count, not a statistic; 愿 is no cue; "
        "要求 in 新时代要求 is a noun")

gold("n04_xwlb_20221014_nongye", "news", "national", [
    NEWS("2022-10-14", "one item: ten years of agricultural modernisation, dense in reported figures"),
], [
    N(S("党的十八大以来", 0), "past"), N(S("党的十八大以来", 1), "past"),
    D("要着力调整优化农业产业结构，提高农业整体素质", "要"),
    D("要着力用现代科学技术提升农业，提高农业生产效率和产品品质", "要"),
    D("要着力提高农业生产经营集约化、专业化、组织化、社会化程度，增强农业经营活力", "要"),
    *STS([("3000万台（套）", 30000000, "台（套）"), ("7.1%", 7.1, "%"), ("9亿多亩", 900000000, "亩", True),
          ("近15个百分点", 15, "个百分点", True), ("72%", 72, "%"), ("140个", 140, "个"), ("250个", 250, "个"),
          ("1300多个", 1300, "个", True), ("3600多个", 3600, "个", True), ("6.2万个", 62000, "个"),
          ("95万个", 950000, "个"), ("超过7800万户", 78000000, "户", True), ("54.5%", 54.5, "%"),
          ("超过61%", 61, "%", True), ("52个", 52, "个"), ("100个", 100, "个"), ("70%以上", 70, "%", True),
          ("超过96%", 96, "%", True), ("5.1万个", 51000, "个"), ("15.6万座", 156000, "座"), ("70.6%", 70.6, "%"),
          ("4.4万家", 44000, "家"), ("超过3万家", 30000, "家", True), ("2400个", 2400, "个"), ("14.8万个", 148000, "个"),
          ("18931元", 18931, "元")]),
    N("从2014年起", "past"), N("2021年", "past"), N("2012年", "past"),
    SL("三权分置", 3, expansion=["所有权", "承包权", "经营权"], expansion_in_text=True),
    SL("一村一品", 1, optional=True, note="campaign name"),
], note="every figure is reported (statistics), none is a requirement; 三大国家级育制种基地 names the three bases listed")

gold("n05_xwlb_20230103_zhaiyao", "news", "national", [
    NEWS("2023-01-03", "programme heading and summary only"),
], [
    MEDIA,
    T("关于加强新时代水土保持工作的意见"),
    N(S("2022年", 0), "past"), N(S("2022年", 1), "past"),
    *STS([("7109亿元", 710900000000, "元"), ("超21亿件", 2100000000, "件", True), ("超7千亿元", 700000000000, "元", True)]),
    N("20230103 19:00", "time", "broadcast time"),
], note="应 in 应习近平邀请 is 'at the invitation of', not a cue; 第二次 and 2023第一季度 (an event's name) are not figures")

gold("n06_xwlb_20230418_yijidu", "news", "national", [
    NEWS("2023-04-18", "one item: first-quarter economic figures"),
], [
    D("我们要坚定不移推动高质量发展", "要"),
    N("今天（4月18日）", "time", "the document's own date"),
    N("2022年四季度", "past"),
    *STS([("284997亿元", 28499700000000, "元"), ("4.5%", 4.5, "%"), ("2.2%", 2.2, "%"), ("5.8%", 5.8, "%"),
          ("5.4%", 5.4, "%"), ("3.1个百分点", 3.1, "个百分点"), ("5.1%", 5.1, "%"), ("8.3%", 8.3, "%"),
          ("3.6%", 3.6, "%"), ("3.0%", 3.0, "%"), ("0.3个百分点", 0.3, "个百分点"), ("3.9%", 3.9, "%"),
          ("1.5个百分点", 1.5, "个百分点"), ("3.1%", 3.1, "%"), ("1.7个百分点", 1.7, "个百分点"), ("66.6%", 66.6, "%"),
          ("41个", 41, "个"), ("23个", 23, "个"), ("20个", 20, "个"), ("4.3%", 4.3, "%"), ("42.5%", 42.5, "%"),
          ("15.2%", 15.2, "%"), ("4.8%", 4.8, "%"), ("16.8%", 16.8, "%"), ("6.1%", 6.1, "%"),
          ("14亿多", 1400000000, "人", True)]),
    SL("一带一路", 2, optional=True, note="initiative name: optional, as in the devset (d17)"),
    SL("五大发展理念", 5, optional=True, note="written 新发展理念: optional, as the devset README says"),
], note="必将 is a prediction, not a cue")

gold("n07_xwlb_20230509_waimao", "news", "national", [
    NEWS("2023-05-09", "one item: foreign trade in the first four months"),
], [
    *STS([(S("5.8%", 0), 5.8, "%"), (S("5.8%", 1), 5.8, "%"), ("13.32万亿元", 13320000000000, "元"), (S("5.8%", 2), 5.8, "%"),
          ("7.67万亿元", 7670000000000, "元"), ("10.6%", 10.6, "%"), ("5.65万亿元", 5650000000000, "元"),
          ("0.02%", 0.02, "%"), ("4.61万亿元", 4610000000000, "元"), ("16%", 16, "%"), ("37.4%", 37.4, "%"),
          ("9.6%", 9.6, "%"), ("2.09万亿元", 2090000000000, "元"), ("13.9%", 13.9, "%"), ("15.7%", 15.7, "%"),
          ("3534.8亿元", 353480000000, "元"), ("72%", 72, "%"), ("200多个", 200, "个", True),
          ("2.1个百分点", 2.1, "个百分点"), ("41.5万家", 415000, "家"), ("8.9%", 8.9, "%"),
          ("7.05万亿元", 7050000000000, "元"), ("52.9%", 52.9, "%"), ("4.8个百分点", 4.8, "个百分点"), ("18.4%", 18.4, "%")]),
    N("十年以来", "period"),
    SL("新三样", 3, expansion=["电动载人汽车", "锂电池", "太阳能电池"], expansion_in_text=True),
    SL("一带一路", 2, optional=True, note="initiative name: optional, as in the devset (d17)"),
], note="no directive: 支持新业态发展 names a measure (noun phrase)")

gold("n08_xwlb_20231021_renda", "news", "national", [
    NEWS("2023-10-21", "one item: NPC Standing Committee plenary hearing reports"),
], [
    N("21日上午", "meeting"),
    N(S("2022年度", 0), "reference"), N(S("2022年度", 1), "reference"),
    SL("一府两院", 3, expansion=["国务院", "最高人民法院", "最高人民检察院"]),
], note="应 in the name 应勇 and 报 in 报告 are not cues; no figure, deadline or directive")

# ---------------------------------------------------------------------------------------------
gold("n09_xwlb_20240216_minsheng", "news", "national", [
    NEWS("2024-02-16", "one item: provinces' livelihood plans for the new year (targets with numbers)"),
], [
    D("我们的社会主义就是要走共同富裕的路子", "要"),
    D("要践行人民城市理念，不断满足人民群众对住房的多样化、多元化需求，确保外来人口进得来、留得下、住得安、能成业", "要"),
    N("截至去年底", "past"),
    ST("1.1万张", 11000, "张"),
    Q("3万张以上", ">=", 30000, "张", subject="新筹集床位", note="还将再筹集: the city's plan for the year"),
    N(S("今年", 0), "period", "relative year of a plan (neither required nor forbidden as a deadline)"),
    Q("747个", "=", 747, "个", subject="老旧小区改造(计划)"),
    Q("21.9万户", "=", 219000, "户", subject="涉及居民(计划)", note="part of the planned target; statistic accepted too"),
    N(S("今年", 1), "period", "relative year of a plan"),
    Q("40个", "=", 40, "个", subject="老旧厂房改造(计划)"),
    N("今年下半年", "period", "expected opening of a project, not a requirement"),
    N(S("今年", 3), "period", "relative year of a plan"),
    Q("8个", "=", 8, "个", subject="新增园林城市(争取)"),
    N(S("今年", 4), "period", "relative year of a plan"),
    Q("300个以上", ">=", 300, "个", subject="口袋公园(计划)"),
    Q("350公里以上", ">=", 350, "公里", subject="新建城市绿道(计划)"),
    Q("50%以上", ">=", 50, "%", subject="城市社区老年助餐服务覆盖率(力争)"),
    Q("30%以上", ">=", 30, "%", subject="乡村老年助餐服务覆盖率(力争)"),
    Q("4000公里", "=", 4000, "公里", subject="新改建普通省道和农村公路(将)"),
    Q("16个", "=", 16, "个", subject="新增乡镇通三级及以上公路(将)"),
    N(S("今年", 5), "period", "relative year of a plan"),
    SL("一老一小", 2, optional=True, note="the elderly and children; campaign-style name"),
], note="plans announced with 计划/将/争取/力争 are targets (quotas); 应 in 应群众要求 ('at the request of') is no cue; "
        "确保 inside a 要 clause is part of that directive")

gold("n10_xwlb_20250117_jingji2024", "news", "national", [
    NEWS("2025-01-17", "one item: 2024 economic figures"),
], [
    N("今天（1月17日）", "time", "the document's own date"),
    *[N(S("2024年", i), "past", "reporting year before the document's date") for i in range(13)],
    N("连续四年", "duration"),
    *STS([("1349084亿元", 134908400000000, "元"), ("5.0%", 5.0, "%"), ("5.3%", 5.3, "%"), ("4.7%", 4.7, "%"),
          (S("4.6%", nth=0), 4.6, "%"), ("5.4%", 5.4, "%"), ("1.4万亿斤", 1400000000000, "斤"), ("48.8万亿元", 48800000000000, "元"),
          ("51.4万亿元", 51400000000000, "元"), ("5.8%", 5.8, "%"), ("16.3%", 16.3, "%"), ("34.6%", 34.6, "%"),
          (S("0.6", after="分别提高"), 0.6, "个百分点"), ("1.0个百分点", 1.0, "个百分点"),
          (S("8%", after="技改投资比上年增长"), 8, "%"), ("超过75%", 75, "%", True), ("2.68%", 2.68, "%"),
          ("10.5%", 10.5, "%"), ("6.5%", 6.5, "%"), ("67%", 67, "%"), ("0.84个百分点", 0.84, "个百分点"),
          ("0.1个百分点", 0.1, "个百分点"), ("5.1%", 5.1, "%"), ("3000万人以上", 30000000, "人", True)]),
    SL("十四五", 14, optional=True),
], note="提前完成“十四五”的规划目标 reports a target met (no figure of the target); every figure is a statistic")

gold("n11_xwlb_20250214_chunyun", "news", "national", [
    NEWS("2025-02-14", "one item: Spring Festival travel figures"),
], [
    D("要求交通运输部门提升保通保畅能力，确保人民群众平安健康出行，确保重点物资运输畅通有序", "要求",
      note="reported instruction of 2023"),
    N("2023年春运期间", "past"),
    N("连续五天", "duration"),
    *STS([(S("23亿人次", 0), 2300000000, "人次"), ("突破23亿人次", 2300000000, "人次", True),
          ("突破3亿人次", 300000000, "人次", True), (S("23亿人次", 2), 2300000000, "人次"),
          ("超21亿人次", 2100000000, "人次", True), ("约550万公里", 5500000, "公里", True),
          ("约19万公里", 190000, "公里", True), ("超过460万公里", 4600000, "公里", True),
          ("1.23亿人次", 123000000, "人次"), ("7.9%", 7.9, "%"), ("突破16万公里", 160000, "公里", True),
          ("超4.8万公里", 48000, "公里", True), ("十余条", 10, "条", True), ("260余座", 260, "座", True),
          ("1.5万班次", 15000, "班次"), ("突破248万人次", 2480000, "人次", True), ("突破2000万张", 20000000, "张", True),
          ("200公里", 200, "公里"), ("半小时", 0.5, "小时"), ("3分钟", 3, "分钟"), ("94%", 94, "%"),
          ("超过19亿件", 1900000000, "件", True), ("31%", 31, "%"), ("近百万套", 1000000, "套", True),
          ("98%", 98, "%")]),
], note="12306 is a system's name; 位居世界第一 is a rank")

gold("n14_xwlb_20260416_gdp", "news", "national", [
    NEWS("2026-04-16", "one item: first-quarter 2026 GDP"),
], [
    N("今天（4月16日）", "time", "the document's own date"),
    N("2026年一季度", "period"),
    *STS([(S("5.0%", 0), 5.0, "%"), ("334193亿元", 33419300000000, "元"), (S("5.0%", 1), 5.0, "%"),
          ("0.5个百分点", 0.5, "个百分点"), ("3.7%", 3.7, "%"), ("6.1%", 6.1, "%"), ("1.1个百分点", 1.1, "个百分点"),
          ("41个", 41, "个"), ("34个", 34, "个"), ("82.9%", 82.9, "%"), ("5.2%", 5.2, "%"), ("10.6%", 10.6, "%"),
          ("12.2%", 12.2, "%"), ("127695亿元", 12769500000000, "元"), ("0.7个百分点", 0.7, "个百分点"),
          ("5.5%", 5.5, "%"), ("102708亿元", 10270800000000, "元"), ("3.8%", 3.8, "%"), ("1.7%", 1.7, "%"),
          ("84.7%", 84.7, "%"), ("近30个百分点", 30, "个百分点", True), ("12.5%", 12.5, "%"),
          ("6.4个百分点", 6.4, "个百分点"), ("11.2%", 11.2, "%"), ("5.3%", 5.3, "%")]),
], note="负责 in 有关负责人 is no cue")

# ---------------------------------------------------------------------------------------------
gold("n12_xwlb_20251215_lvse", "news", "national", [
    NEWS("2025-12-15", "one item: green transition in 2025"),
], [
    D("越要重视生态环境保护，推动经济社会发展全面绿色转型", "要"),
    N("20周年", "anniversary"), N("5周年", "anniversary"), N("十周年", "anniversary"),
    *[N(S("2025年", i), "period", "the current reporting year (before the document's date)") for i in range(7)],
    N("截至今年9月", "past"),
    D("制造业要坚持高端化、智能化、绿色化方向，不断提高产品科技含量和附加值", "要",
      note="quoted instruction introduced by 要求; one directive, the inner cue"),
    D("重点要抓好能源转型、产业升级和适度多元发展", "要"),
    N("连续10年", "duration"),
    N("明年", "period", "relative year of a work plan"),
    *STS([("过百亿", 10000000000, None, True), ("44.9%", 44.9, "%"), ("156艘", 156, "艘"), ("近七成", 70, "%", True),
          ("60%以上", 60, "%", True), ("13类", 13, "类"), ("22.2亿千瓦", 2220000000, "千瓦"), ("近六成", 60, "%", True),
          ("突破1亿千瓦", 100000000, "千瓦", True), ("超40%", 40, "%", True), ("11万亿元左右", 11000000000000, "元", True),
          ("6430家", 6430, "家"), ("491家", 491, "家"), ("727家", 727, "家"), ("超4万种", 40000, "种", True),
          ("27个", 27, "个"), ("43个", 43, "个"), ("55份", 55, "份"), ("300多期", 300, "期", True)]),
    T("巴黎协定"),
    T("节能降碳中央预算内投资专项管理办法"),
    SL("双碳", 2, expansion=["碳达峰", "碳中和"]),
    SL("五大发展理念", 5, optional=True, note="written 新发展理念: optional, as the devset README says"),
    SL("新三样", 3, expansion=["新能源车", "锂电池", "光伏"], expansion_in_text=True),
    SL("十五五", 15, optional=True),
    SL("四梁八柱", 4, optional=True, note="metaphor for a framework"),
], note="过百亿 has no unit in the text (unit null); ratios 每3度就有超过1度, 每5辆车就有2个充电桩 and 两位数 are left out "
        "(not single figures); 支持电力、钢铁… describes what a document does, not a directive")

gold("n13_xwlb_20260308_caijingwei", "news", "national", [
    NEWS("2026-03-08", "one item: NPC financial and economic committee review (纲要 ×many)"),
], [
    N("3月8日上午", "meeting"),
    T("第十四届全国人民代表大会财政经济委员会关于中华人民共和国国民经济和社会发展第十五个五年规划纲要草案的审查结果报告"),
    T("第十四届全国人民代表大会财政经济委员会关于2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的审查结果报告"),
    T("第十四届全国人民代表大会财政经济委员会关于2025年中央和地方预算执行情况与2026年中央和地方预算草案的审查结果报告"),
    T("中共中央关于制定国民经济和社会发展第十五个五年规划的建议"),
    D("建议十四届全国人大四次会议批准“十五五”规划纲要草案", "建议"),
    D("建议十四届全国人大四次会议批准2026年计划报告和计划草案", "建议"),
    D("建议十四届全国人大四次会议批准2026年预算报告和预算草案，同时批准2026年地方政府一般债务限额和专项债务限额", "建议"),
    SL("十五五", 15, optional=True),
    SL("十四五", 14, optional=True),
], note="要 in 纲要 and 要求 as a noun (目标和要求, 总体要求) are not cues; years in names of plans and budgets are not "
        "deadlines; 建议 (the committee recommends) is read as should")

gold("n15_xwlb_20230130_kuaixun", "news", "national", [
    NEWS("2023-01-30", "国内联播快讯: eight short reports"),
], [
    *[N(S("2022年", i), "past", "reporting year before the document's date") for i in range(11)],
    N("截至2022年12月末", "past"),
    N("延续实施至2024年末", "period", "validity of a policy instrument (not a deadline)"),
    N("延续实施至2023年末", "period", "validity of a policy instrument"),
    N("延续实施至2023年6月末", "period", "validity of a policy instrument"),
    N(S("今天（1月30日）", 0), "time", "the document's own date"), N(S("今天（1月30日）", 1), "time"),
    N("去年12月", "past"), N("已于春节前", "past"), N("昨天（1月29日）", "past"),
    *STS([("203703亿元", 20370300000000, "元"), ("0.6%", 0.6, "%"), ("突破26万亿元", 26000000000000, "元", True),
          ("6.1%", 6.1, "%"), ("4.2万亿元", 4200000000000, "元"), ("约2.4万亿元", 2400000000000, "元", True),
          (S("12.9%", 0), 12.9, "%"), ("59801.9亿元", 5980190000000, "元"), (S("12.9%", 1), 12.9, "%"),
          ("12.1%", 12.1, "%"), ("13.5%", 13.5, "%"), ("突破12万亿元", 12000000000000, "元", True),
          ("121805亿元", 12180500000000, "元"), ("36.0%", 36.0, "%"), ("3641个", 3641, "个"), ("87.9%", 87.9, "%"),
          ("3个百分点", 3, "个百分点"), ("0.7%", 0.7, "%"), ("0.5个百分点", 0.5, "个百分点"),
          (S("73676亿元", 0), 7367600000000, "元"), ("47566亿元", 4756600000000, "元"), ("26110亿元", 2611000000000, "元"),
          (S("73676亿元", 1), 7367600000000, "元"), ("350618亿元", 35061800000000, "元"),
          (S("约六成", 0), 60, "%", True), (S("约六成", 1), 60, "%", True), ("超过90%", 90, "%", True),
          ("181个", 181, "个"), (S("3200万", 0), 32000000, "人"), ("54.76亿元", 5476000000, "元"),
          (S("3200万", 1), 32000000, "人")]),
], note="延续实施至… are validity ends of central-bank tools (neutral), not deadlines; 三项/六大 name fixed sets, not figures")
