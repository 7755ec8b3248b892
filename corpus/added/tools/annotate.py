"""Hand annotations of corpus/added/texts (a01-a20), written by reading each text before any gongwen output
was seen (gongwen was neither built nor run for this set).

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

SH_REPO = "zhiyao87/Shanghai-Gov-Docs-Index"
SH = {  # id -> (commit, path); texts copied from the stored index (no snapshot could be mirrored)
    "a17_sh_fgw_zhuanfa_nea_shidian_2024": ("19e51bcbbf7d8f9d43ed3b35798b11d98de85295",
        "docs/绿色低碳与节能/关于转发国家能源局《关于组织开展可再生能源发展试点示范的通知》的通知.md"),
    "a18_sh_fgw_zhuanfa_gongnuan_2024": ("19e51bcbbf7d8f9d43ed3b35798b11d98de85295",
        "docs/绿色低碳与节能/关于转发《关于开展全国可再生能源供暖（制冷）典型案例汇编（2023）工作的通知》的通知.md"),
    "a19_sh_zjw_haimian_han_2024": ("4d8fe162809354f56275a7791649e0cdff91b1f8",
        "docs/绿色低碳与节能/关于开展2024年本市海绵城市建设工作的函.md"),
    "a20_sh_songjiang_huanwei_2013": ("49f4bb7b24691276dec660a576f20a54a0c46b63",
        "docs/市容绿化与景观/上海市松江区人民政府办公室关于转发区绿化市容局《关于建立松江区环卫职工收入正常增长机制提高城市环境卫.md"),
}


def source_of(doc_id):
    if doc_id in SH:
        c, p = SH[doc_id]
        return {"repo": SH_REPO, "commit": c, "path": p,
                "record": "whole file (Markdown with YAML front matter); text as served by the source index at "
                          "this commit, saved as UTF-8 with its final newline (see README: no mirror available)"}
    return mirror_source(doc_id)


sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from snippets import DL, DN, DOC, N, Q, S, SL, T, GoldSet, main  # noqa: E402,F401

gold = GoldSet()



# =============================================================================================
# ANNOTATIONS
# =============================================================================================
SD_ALL = ["各市党委和人民政府", "省委和省政府各部门(单位)", "各人民团体", "各高等院校"]

gold("a01_sd_zfbgt_mingdian_fangling_2021", "provincial", None, [
    DOC("notice", False, "鲁政办发明电〔2021〕1号", "山东省人民政府办公厅关于做好黄河防凌工作的通知", "山东省人民政府办公厅",
        False, "2021-01-08", ["沿黄各市人民政府", "省有关部门(单位)"],
        note="OCR of a telegram (发电) form run together on one line: 发电单位, 签发, 等级特急·明电, 文号 and an empty "
             "机要 number 鲁机发号 precede the title; no 发文机关标志 of a 文件 header"),
], [
    N("2021年1月7日8时", "past event (first freeze-up)"),
    N("1月8日13时", "past event"),
    N("1月7日副省长", "past event"),
    N("24小时带班值班制度", "duty-roster duration"),
    N("及时采取措施", "vague"),
    N("及时上报", "vague"),
    DN("鲁政办发明电〔2021〕1号", "own"),
    DN("鲁机发号", "own", standard=False),
], note="no calendar deadline and no quota: 90%, 10厘米, 200平方米, 4.6千米 are reported ice figures (statistics)")

gold("a02_sd_swbgt_mingdian_dangshi_2021", "provincial", None, [
    DOC("notice", False, "鲁办发电〔2021〕30号", "中共山东省委办公厅关于召开山东省党史学习教育动员大会的通知", "中共山东省委办公厅",
        False, "2020-02-25", ["各市党委", "省委各部委", "省政府各部门党组(党委)", "各人民团体党组", "各高等院校党委"],
        note="OCR telegram (特提·明电, 机要 number 鲁机发589号). The printed dates read 2020 (meeting 2020年2月28日, "
             "signature 2020年2月25日) although the 文号 is 〔2021〕 and the 党史学习教育 mobilisation took place in "
             "2021: kept as printed (source or OCR error). Ends with the distribution note 〔此件发各县(市、区)〕"),
], [
    N("2020年2月28日上午9时", "meeting time"),
    N("会期半天", "duration"),
    DL("于2月25日下午5时前", "2020-02-25", note="register participants; year from the printed signature date (see doc note)"),
    N("提前10分钟", "window before an event"),
    DN("鲁办发电〔2021〕30号", "own"),
    DN("鲁机发589号", "own", standard=False),
])

gold("a03_sd_mingdian_biaozhang_2020", "provincial", None, [
    DOC("notice", False, "鲁办发电（2020）164号", "中共山东省委办公厅山东省人民政府办公厅关于召开山东省抗击新冠肺炎疫情表彰大会的通知",
        "中共山东省委办公厅", False, "2020-11-04", SD_ALL,
        issuers=["中共山东省委办公厅", "山东省人民政府办公厅"],
        note="OCR telegram (中共山东省委办公厅发电, 特急，明电, 鲁机发4043号), joint notice; attachments 1-4 (list of units, "
             "回执, 参会凭证, 车证) follow the signature and are part of the same document"),
], [
    N(S("2020年11月11日上午9时", 0), "meeting time"),
    N(S("会期半天", 0), "duration"),
    Q("1名分管负责同志", "=", 1, "名", per="市"),
    Q("1名集体秘书", "=", 1, "名", per="市"),
    Q("每市10名", "=", 10, "名", per="市"),
    DL("于11月6日下午5时前", "2020-11-06", note="报名回执 to the 省委办公厅"),
    N("11月10日下午2时至5时", "check-in window (appointment), like a meeting time"),
    N("11月18日下午2时至5时", "check-in window (OCR probably for 11月10日)"),
    N("自通知下发之日起", "start"),
    N("报到前48小时内", "window counted from an event"),
    Q("核酸检测1次", "=", 1, "次"),
    N("14天内", "look-back window"),
    N("近14天", "look-back window"),
    N(S("提前15分钟", 0), "window before an event"),
    N(S("2020年11月11日上午9时", 1), "meeting time (参会凭证)"),
    N(S("会期半天", 1), "duration"),
    N(S("提前15分钟", 1), "window before an event"),
    N("11.10报到车证", "car pass date"),
    DN("鲁办发电（2020）164号", "own"),
    DN("鲁机发4043号", "own", standard=False),
])

gold("a04_sd_fangxun_mingdian_fengong_2020", "provincial", None, [
    DOC("notice", False, None, "关于印发落实省领导防汛工作批示分工方案的通知", "山东省防汛抗旱指挥部办公室", False, "2020-11-02",
        ["各市防指", "省防指各成员单位"],
        embedded=[{"title": "落实省领导防汛工作批示分工方案", "kind": "plan", "separate_document": False,
                   "note": "issued 分工方案 after the signature (附件), no date of its own"}],
        note="OCR telegram (山东省发电, 特提·明电, 抄报:); the 文号 reads 鲁汛旱办明电[2020]的43号 (OCR inserted 的), so "
             "doc_number is left null and the number is marked irregular; title has no issuer prefix"),
], [
    N("10月12日", "past event (the instruction)"),
    DN("鲁汛旱办明电[2020]的43号", "own", standard=False),
    DN("鲁机发号", "own", standard=False),
    T("关于2020年山东省防汛工作情况的总结报告", "cited"),
    T("落实省领导防汛工作有关批示分工方案", "issued"),
], note="no deadline or quota in the text; the plan lists tasks with responsible units only")

gold("a05_sd_danganguan_han_2021", "provincial", None, [
    DOC("letter", False, None, "山东省档案馆关于邀请参观“百年恰是风华正茂”主题档案文献展的函", "山东省档案馆", False,
        "2021-07-24", ["省直部门(单位)"], note="invitation letter (函) without header or 文号; title opens the text"),
], [
    N("拟于近期正式展出", "vague"),
    N("自7月下旬开始", "start"),
    N("每天接待四场参观", "the archive's own opening schedule (acceptable either way)"),
    N("每场时长约60分钟", "duration"),
    SL("四个意识", 4, expansion=["政治意识", "大局意识", "核心意识", "看齐意识"]),
    SL("四个自信", 4, expansion=["道路自信", "理论自信", "制度自信", "文化自信"]),
    SL("两个维护", 2, expansion=["坚决维护习近平总书记党中央的核心、全党的核心地位", "坚决维护党中央权威和集中统一领导"]),
    SL("九个必须", 9, note="the nine 必须 of the 七一 speech (items not listed in the text)"),
], note="500余件, 1200平方米, 8个篇章 are descriptions, not requirements")

gold("a06_sd_zrzyt_huiqian_han_2021", "provincial", None, [
    DOC("letter", False, None, "山东省自然资源厅关于商请会签鲁政发〔2017〕36号文件清理意见的函", "山东省自然资源厅", True, None,
        ["省教育厅", "省财政厅", "省住房城乡建设厅", "省交通运输厅", "省水利厅", "省农业农村厅", "省税务局", "省地方金融监管局",
         "人民银行济南分行", "省能源局", "中国铁路济南局集团有限公司", "山东银保监局", "国家电网山东省电力公司"],
        note="OCR of a 函: the organ name is printed twice (header, then title); no signature or date in the text "
             "(ends with the attachment titles)"),
], [
    DN(S("鲁政发〔2017〕36号", 0), "cited"),
    DN(S("鲁政发[2017]36号", 0), "cited"),
    N("工作目标完成期限为2020年", "end year of the cited document's targets (not a limit of this letter)"),
    DL("于11月10日前", "2020-11-10", note="year not printed; resolved to 2020: the letter says the cited document's "
       "2020 targets are about to lapse (适用期将至)"),
    DN(S("鲁政发[2017]36号", 1), "cited"),
    DN(S("鲁政发〔2017〕36号", 1), "cited"),
    DN(S("鲁政发〔2017〕36号", 2), "cited"),
    N("2019年12月12日", "past event"),
    T("山东省人民政府关于开展“绿满齐鲁·美丽山东”国土绿化行动的实施意见", "cited"),
    T("省政府文件清理意见及理由汇总表", "cited"),
    T("省第十一次党代会以来省政府部分政策性文件重点任务部门责任分工", "cited"),
])

gold("a07_xian_gaoxin_lianxihan_2021", "county", None, [
    DOC("letter", False, None, "西安高新区根治拖欠农民工工资工作领导小组办公室工作联系函",
        "西安高新区根治拖欠农民工工资工作领导小组办公室", False, "2021-01-06", ["国网陕西省电力公司"],
        note="district-level (开发区) 工作联系函 ending 特此函告; the event is dated 2020年1月5日 in the text, probably "
             "meaning 2021 (the 条例 it invokes took effect on 2020-05-01); title = the organ name + 工作联系函"),
], [
    N("2020年1月5日", "past event"),
    N("至今未到场", "past"),
    N("2020年是", "year frame (past)"),
    T("保障农民工工资支付条例", "cited"),
    T("条例", "cited"),
    T("关于开展根治欠薪冬季专项行动的退知", "cited"),
], note="30余名 and 120余万元 are reported figures; 《条例》 is the defined short form (以下简称“《条例》”); "
        "the OCR wrote 退知 for 通知 inside the cited title")

gold("a08_sd_shengwei_waishiban_2021", "provincial", None, [
    DOC("notice", False, "鲁委〔2021〕145号", "中共山东省委山东省人民政府关于调整中共山东省委外事工作委员会办公室设置形式的通知",
        "中共山东省委", False, "2021-02-14", SD_ALL, issuers=["中共山东省委", "山东省人民政府"],
        note="OCR, joint notice of the provincial party committee and government; header lost, 文号 first"),
], [
    DN("鲁委〔2021〕145号", "own"),
], note="no deadline, quota or title: an organisational notice")

gold("a09_sd_yjt_dianhua_han_2021", "provincial", None, [
    DOC("letter", False, None, "山东省应急管理厅关于更换电话号码的函", "山东省应急管理厅", True, "2021-10-27", ["省直各部门(单位)"],
        note="OCR; organ name printed twice (header, title); ends 特此函告"),
], [
    N("自2021年10月30日起", "start"),
    N("24小时值班电话", "name of a service"),
])

gold("a10_sd_fgw_guihua_han_2021", "provincial", None, [
    DOC("letter", False, None, "山东省发展和改革委员会关于进一步征求“十四五”规划《纲要》实施机制意见的函", "山东省发展和改革委员会",
        False, "2021-07-09", ["各有关部门"], note="OCR 函 without header or 文号, signed 省发展改革委"),
], [
    N("已于今年4月印发", "past"),
    N("6月，送各有关部门", "past"),
    DL("于7月23日前", "2021-07-23", note="feedback on the draft"),
    T("纲要", "cited"),
    T("关于建立健全<山东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要>实施机制的意见", "cited"),
    T("建议", "cited"),
    SL("三定", 3, expansion=["定职能", "定机构", "定编制"], note="部门“三定”方案"),
    SL("十四五", 0, optional=True, note="five-year-plan name"),
], note="《纲要》 and 《建议》 are short forms of the plan outline and of the party committee's proposal")

gold("a11_gwy_waishang_shuishou_1994", "national", "1994-02-22", [
    DOC("notice", False, None, "国务院关于外商投资企业和外国企业适用增值税、消费税、营业税等税收暂行条例有关问题的通知", "国务院",
        False, None, ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
        note="Markdown conversion (# title line, <!-- INFO END --> marker), no 文号, signature or date in the text; "
             "meta_date is the date in the source file name"),
], [
    N("1993年12月12日", "date of a cited regulation"),
    N("1993年12月25日", "date of a cited regulation"),
    N("1988年8月6日", "date of a cited regulation"),
    N("1950年12月19日", "date of a cited regulation"),
    N("1951年8月8日", "date of a cited regulation"),
    N("1951年9月13日", "date of a cited regulation"),
    N("1950年4月3日", "date of a cited regulation"),
    N("1993年12月31日前已批准设立", "eligibility reference date (enterprises set up before it)"),
    N("最长不得超过5年", "duration cap of the refund period"),
    N("最长不超过5年的期限内", "duration cap of the refund period"),
    N("年终后一次办理", "recurring (each year)"),
    N("按季申请预退", "recurring"),
    Q("征收率为5%", "=", 5, "%", note="VAT rate on crude oil and gas of Sino-foreign cooperative fields"),
    N("自1994年1月1日起施行", "start"),
    T("全国人民代表大会常务委员会关于外商投资企业和外国企业适用增值税、消费税、营业税等税收暂行条例的决定"),
    T("决定"),
    T("中华人民共和国增值税暂行条例"),
    T("中华人民共和国消费税暂行条例"),
    T("中华人民共和国营业税暂行条例"),
    T("中华人民共和国外商投资企业和外国企业所得税法"),
    T("中华人民共和国土地增值税暂行条例"),
    T("中华人民共和国资源税暂行条例"),
    T("中华人民共和国印花税暂行条例"),
    T("屠宰税暂行条例"),
    T("城市房地产税暂行条例"),
    T("车船使用牌照税暂行条例"),
    T("契税暂行条例"),
], note="pre-2010 State Council notice; every date in it is a reference date, a start or a cited regulation's date")

gold("a12_zgj_xingfa_tongzhi_1997", "national", "1997-10-06", [
    DOC("notice", False, None, "最高人民检察院关于检察工作中具体适用修订刑法第十二条若干问题的通知", "最高人民检察院", False,
        "1997-10-06", ["地方各级人民检察院", "各级军事检察院"],
        note="Markdown conversion: # title, adoption line (检察委员会 meeting), <!-- INFO END -->, body, signature, date. "
             "The source lost the numbers 一、二、 of the first two items (only 三、 remains)"),
], [
    N("1997年9月24日", "past (adoption by the procuratorial committee)"),
    N("1997年9月30日以前", "reference date (offences before it)"),
    N("1997年10月1日后", "reference date"),
    N("1997年10月1日以后", "reference date"),
    N("10月1日以后构成", "reference date"),
], note="transitional rules: no deadline, quota or 《title》 (the laws are named in quotes or without brackets)")

gold("a13_ldbzb_gongzi_zhesuan_2008", "national", "2009-03-29", [
    DOC("notice", False, "劳社部发[2008]3号", "关于职工全年月平均工作时间和工资折算问题的通知", None, False, None,
        ["各省、自治区、直辖市劳动和社会保障厅（局）"],
        note="Markdown conversion with ## section headings; the last heading '## 三' lost its text, which runs on the "
             "next line; no issuer or date printed (劳动和社会保障部, 2008-01-03 per the 文号 year); meta_date is the "
             "date in the source file name"),
], [
    DN("劳社部发[2008]3号", "own"),
    DN("国务院令第513号", "cited", standard=False),
    N("由原来的10天增设为11天", "statutory holiday count (definition)"),
    N("＝250天", "formula result (definition)"),
    N("＝62.5天/季", "formula result (definition)"),
    N("＝20.83天/月", "formula result (definition)"),
    N("每日的8小时", "definition"),
    N("＝21.75天", "formula result (definition)"),
    N("2000年3月17日", "date of the repealed notice"),
    DN("劳社部发[2000]8号", "cited"),
    T("全国年节及纪念日放假办法"),
    T("劳动法"),
    T("关于职工全年月平均工作时间和工资折算问题的通知"),
], note="working-time arithmetic: all numbers are definitions, so no quotas")

gold("a14_zgf_minjian_jiedai_pifu", "national", None, [
    DOC("reply", False, None, "最高人民法院关于新民间借贷司法解释适用范围问题的批复", "最高人民法院", False, None,
        ["广东省高级人民法院"],
        note="Markdown conversion; the adoption note '2020年11月9日 最高人民法院审判委员会…第1815次会议通过' is split by "
             "the <!-- INFO END --> marker; 批复 answering a 请示 (批复如下); no 文号, signature or date"),
], [
    N("2020年11月9日", "past (adoption)"),
    N(S("自2021年1月1日起施行", 0), "start"),
    DN("粤高法〔2020〕108号", "cited"),
    N(S("自2021年1月1日起施行", 1), "start"),
    T("关于新民间借贷司法解释有关法律适用问题的请示"),
], note="七类地方金融组织 counts the listed organisations (not a quota)")

gold("a15_mot_kjs_rengongzhineng_2021", "national", "2021-07-16", [
    DOC("notice", False, "科技发展函〔2021〕182号",
        "交通运输部科技司关于做好科技创新2030-“新一代人工智能”重大项目2021年度项目申报工作的通知", "交通运输部科技司", False,
        None, ["各有关单位"], note="title line and (文号) line, then body; no signature or date"),
], [
    DN("科技发展函〔2021〕182号", "own"),
    DN("国科发资〔2021〕191号", "cited"),
    DL("于2021年7月30日前", "2021-07-30", note="return the intention form"),
    Q("每个项目择优推荐1个团队", "=", 1, "个", per="项目", hedge="原则上"),
], note="科技创新2030 and 2021年度 are programme names/years")

gold("a16_miit_tiyu_anli_2022", "national", "2022-08-26", [
    DOC("notice", False, None, None, None, False, None,
        ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化、体育主管部门", "有关单位"],
        note="body only (现组织开展智能体育典型案例征集工作; 工业和信息化部 and 国家体育总局 per the text). The dataset row's "
             "title (MOT refrigerated-container guidelines) does not match this content"),
], [
    DN("国办发〔2022〕9号", "cited"),
    Q("联合单位不超过3家", "<=", 3, "家"),
    Q("联合推荐典型案例不超过25个", "<=", 25, "个", per="省"),
    Q("计划单列市不超过10个", "<=", 10, "个", per="计划单列市"),
    DL("于9月30日前", "2022-09-30", note="推荐表 to CAICT and the sports science institute; year from the dataset date"),
    Q("一式两份", "=", 2, "份"),
    T("国务院办公厅关于进一步释放消费潜力促进消费持续恢复的意见"),
    T("智能体育典型案例申报书"),
])

gold("a17_sh_fgw_zhuanfa_nea_shidian_2024", "provincial", "2024-02-20", [
    DOC("notice", True, "沪发改能源〔2024〕33号", "关于转发国家能源局《关于组织开展可再生能源发展试点示范的通知》的通知",
        "上海市发展和改革委员会", False, "2024-02-20", ["各有关单位"],
        note="Markdown conversion by a crawler: YAML front matter (标题/文号/发布单位/发布日期…) and a > note precede the # "
             "title; the 文号 appears only in the front matter. Forwarding notice with its own requirements; the forwarded "
             "national notice is an attachment not reproduced"),
], [
    DN("沪发改能源〔2024〕33号", "own"),
    T("中华人民共和国著作权法", "cited"),
    DN("国能发新能〔2023〕66号", "forwarded"),
    SL("十四五", 0, optional=True, note="five-year-plan name"),
    DL("于2024年9月30日前", "2024-09-30", note="申报材料 to the commission"),
    Q("一式三份", "=", 3, "份"),
    Q("每类不超过2个项目", "<=", 2, "个", per="类", hedge="原则上"),
    T("关于组织开展可再生能源发展试点示范的通知", "forwarded"),
], note="《中华人民共和国著作权法》 sits in the crawler's boilerplate note but is a 《title》 in the text")

gold("a18_sh_fgw_zhuanfa_gongnuan_2024", "provincial", "2024-01-10", [
    DOC("notice", True, "沪发改能源〔2024〕8号", "关于转发《关于开展全国可再生能源供暖（制冷）典型案例汇编（2023）工作的通知》的通知",
        "上海市发展和改革委员会", False, "2024-01-09", ["各区发展改革委", "有关企业", "市节能减排中心"],
        note="Markdown conversion with YAML front matter (文号 and 发布日期 2024-01-10 only there); printed date 2024年1月9日"),
], [
    DN("沪发改能源〔2024〕8号", "own"),
    T("中华人民共和国著作权法", "cited"),
    DN("国能综通新能〔2023〕139号", "forwarded"),
    Q("至少2个周期", ">=", 2, "个周期", threshold=True, note="projects must have run at least two (heating) seasons"),
    Q("不超过2个", "<=", 2, "个", per="区"),
    DL("于1月20日前", "2024-01-20", note="申报大纲 and 承诺书; year from the printed date"),
    Q("一式三份", "=", 3, "份"),
    T("关于开展全国可再生能源供暖（制冷）典型案例汇编（2023）工作的通知", "forwarded"),
    T("通知", "forwarded"),
    T("全国可再生能源供暖（制冷）典型案例汇编（2023）", "cited"),
])

gold("a19_sh_zjw_haimian_han_2024", "provincial", "2024-02-28", [
    DOC("letter", False, "沪建综规〔2024〕61号", "关于开展2024年本市海绵城市建设工作的函", "上海市住房和城乡建设管理委员会",
        True, "2024-02-01", ["各区人民政府", "临港新片区、虹桥国际中央商务区、国际旅游度假区、长兴岛等管委会"],
        note="Markdown conversion of a web page: YAML front matter, the page's metadata table flattened one cell a line "
             "(索取号, 发布机构, 文件编号 …), then 文号 / organ / title / recipients / body, date, contact, page residue "
             "(收藏 打印本页 关闭窗口) and a ## list of attachment links. A 函 used as a work notice (有关要求通知如下)"),
], [
    DN(S("沪建综规〔2024〕61 号", 0), "own"),
    T("中华人民共和国著作权法", "cited"),
    DN(S("沪建综规〔2024〕61 号", 1), "own"),
    DN("沪建综规〔2024〕61号", "own"),
    N(S("2024年本市海绵城市建设工作", 3), "year frame of the work"),
    Q("新增城市建成区50平方公里", "=", 50, "平方公里", alt=[">="], note="yearly target"),
    Q(S("约100个", 0), "~", 100, "个"),
    DL(S("于3月底前", 0), "2024-03-31", note="计划达标区域"),
    DL("10月底前", "2024-10-31", note="自评估报告"),
    N("应提前三年完成", "duration before an event"),
    Q(S("约100个", 1), "~", 100, "个"),
    DL("于2月底前", "2024-02-29", note="示范项目汇总表 (2024 is a leap year)"),
    N("季度报送制度", "recurring"),
    DL("3月25日", "2024-03-25", note="first of four quarterly reports (分别于…前)"),
    DL("6月25日", "2024-06-25", note="quarterly report"),
    DL("9月25日", "2024-09-25", note="quarterly report"),
    DL("11月30日前", "2024-11-30", note="quarterly report"),
    DL(S("于3月底前", 1), "2024-03-31", note="十四五 system plans"),
    DL("6月底前", "2024-06-30", note="十五五 areas and plan schedule"),
    N("力争三年内", "duration"),
    DL("于5月", "2024-05-31", start="2024-05-01", note="the commission's own mid-year follow-up (issuer commitment)"),
    DL("10月组织", "2024-10-31", start="2024-10-01", note="the commission's own year-end follow-up"),
    DL("于11月底前", "2024-11-30", note="管控制度"),
    N("常态化开展年度", "recurring"),
    T("上海市关于系统化全域推进海绵城市建设的实施意见", "cited"),
    SL("十四五", 0, optional=True, note="five-year-plan name"),
    SL("十五五", 0, optional=True, note="five-year-plan name"),
], note="3月底前 occurs twice for different tasks; quarterly dates 3月25日、6月25日、9月25日、11月30日前 share one 前")

gold("a20_sh_songjiang_huanwei_2013", "county", "2013-05-16", [
    DOC("notice", True, "沪松府办〔2013〕33号",
        "上海市松江区人民政府办公室关于转发区绿化市容局《关于建立松江区环卫职工收入正常增长机制提高城市环境卫生保障水平的实施意见》的通知",
        "上海市松江区人民政府办公室", False, "2013-05-20", ["镇人民政府、街道办事处", "区政府各部门"],
        embedded=[{"title": "关于建立松江区环卫职工收入正常增长机制提高城市环境卫生保障水平的实施意见", "kind": "opinion",
                   "separate_document": False,
                   "note": "forwarded 实施意见 of the district bureau after the notice's date, title broken over two "
                           "lines, no date of its own"}],
        note="district-level forwarding notice, Markdown conversion with YAML front matter (文号 only there, 发布日期 "
             "2013-05-16); printed date in Chinese numerals 二○一三年五月二十日; no signature line"),
], [
    DN("沪松府办〔2013〕33号", "own"),
    T("中华人民共和国著作权法", "cited"),
    T("关于建立松江区环卫职工收入正常增长机制提高城市环境卫生保障水平的实施意见", "forwarded"),
    T("上海市人民政府办公厅转发市绿化市容局等六部门〈关于本市建立环卫职工收入正常增长机制，提高城市环境卫生保障水平若干意见〉的通知"),
    DN("沪府办〔2011〕23号", "cited"),
    T("关于2013年上海市环卫行业月最低工资标准和建立环卫职工工资正常增长机制等相关事项的指导意见"),
    DN(S("沪绿容工〔2013〕8号", 0), "cited"),
    T("上海市环卫作业养护预算定额"),
    T("关于建立环卫行业最低工资标准和企业福利制度指导意见"),
    DN("沪绿容工〔2011〕23号", "cited"),
    DN(S("沪绿容工〔2013〕8号", 1), "cited"),
    Q("再增加5%", "=", 5, "%", note="monthly minimum wage = city minimum wage + 5%"),
    T("关于实施环境卫生一线职工岗位津贴的通知"),
    DN("沪绿容〔2011〕124号", "cited"),
    N("适时进行相应的调整", "vague"),
    N("及时足额支付", "vague"),
    N("每年进行健康体检", "recurring"),
    T("劳动法"),
    T("劳动合同法"),
    T("城镇环境卫生设施设置标准"),
], note="no calendar deadline; 年度 budget and assessment cycles are recurring")


# =============================================================================================
if __name__ == "__main__":
    main(gold, source_of, TEXTS, GOLD_DIR)
