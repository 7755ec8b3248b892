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
], note="no directive: 支持新业态发展 names a measure (noun phrase)")

gold("n08_xwlb_20231021_renda", "news", "national", [
    NEWS("2023-10-21", "one item: NPC Standing Committee plenary hearing reports"),
], [
    N("21日上午", "meeting"),
    N(S("2022年度", 0), "reference"), N(S("2022年度", 1), "reference"),
    SL("一府两院", 3, expansion=["国务院", "最高人民法院", "最高人民检察院"]),
], note="应 in the name 应勇 and 报 in 报告 are not cues; no figure, deadline or directive")
