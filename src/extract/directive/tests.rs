//! Table tests of the directive rules. Sentences are written for these
//! rules (variants of the corpus patterns, not copied from the annotated sets).

use super::*;
use crate::normalize::Normalizer;

type Row = (String, Modality, String, Option<String>);
/// An expected directive: text, modality, cue.
type Clause = (&'static str, Modality, &'static str);

fn run_as(text: &str, genre: Option<Genre>) -> Vec<Row> {
    let norm = Normalizer::new().normalize(text);
    let cx = Context::whole(text, &norm, None);
    let ex = DirectiveExtractor::new();
    let found: Vec<Directive<'_>> = match genre {
        Some(g) => ex.find_iter_as(&cx, g).collect(),
        None => ex.find_iter(&cx).collect(),
    };
    found
        .into_iter()
        .map(|d| {
            assert_eq!(d.span.get(text), Some(d.text));
            assert_eq!(d.cue.span.get(text), Some(d.cue.text));
            (
                d.text.to_owned(),
                d.modality,
                d.cue.text.to_owned(),
                d.actor.map(|a| a.text.to_owned()),
            )
        })
        .collect()
}

fn run(text: &str) -> Vec<Row> {
    run_as(text, Some(Genre::Notice))
}

#[test]
fn notice_cue_table() {
    use Modality::*;
    type Want = Option<(Modality, &'static str, Option<&'static str>)>;
    let rows: &[(&str, Want)] = &[
        ("各级党委（党组）要发扬认真精神。", Some((Must, "要", Some("各级党委（党组）")))),
        ("督导组要严格审核。", Some((Must, "要", Some("督导组")))),
        ("领导班子及成员要对所学内容进行小结。", Some((Must, "要", Some("领导班子及成员")))),
        (
            "担任督导组组长的各级党员领导干部，要投入足够的时间。",
            Some((Must, "要", Some("担任督导组组长的各级党员领导干部"))),
        ),
        (
            "各省、自治区、直辖市要抓紧制定实施方案。",
            Some((Must, "要", Some("各省、自治区、直辖市"))),
        ),
        ("必须毫不犹豫站稳党性立场。", Some((Must, "必须", None))),
        ("整顿工作原则上5月底结束。", Some((Must, "原则上", None))),
        ("验收不合格的不能启动活动。", Some((Prohibit, "不能", None))),
        ("防止重心偏移。", Some((Prohibit, "防止", None))),
        ("严禁违规发放津贴。", Some((Prohibit, "严禁", None))),
        ("应及时报告。", Some((Should, "应", None))),
        ("注重鼓励基层创新创造。", Some((Encourage, "鼓励", None))),
        ("可以先行探索。", Some((May, "可以", None))),
        ("这是重要内容。", None),
        ("主要任务是贯彻落实。", None),
        ("按照规定的要求进行。", None),
        ("有的不能创造性地推进活动开展。", None),
        ("认为基层没必要太认真，不能正确认识。", None),
        ("所有的县区要按时报送。", Some((Must, "要", None))),
        ("严格遵守“九严格”“九不准”纪律。", None),
        ("较好地履行了督导把关责任，确保了活动质量。", None),
        ("观看《关于需要把握的问题》。", None),
        ("“革命者要在困难面前逞英雄”的奋斗精神。", None),
        ("积极应对挑战。", None),
        ("转发给你们，请认真学习领会。", Some((Must, "请", None))),
        ("按程序报批请示。", None),
        ("省市县三级要分别派出督导组。", Some((Must, "要", Some("省市县三级")))),
        ("印发本年度工作纲要。", None),
        ("会见来访的外国政要。", None),
        ("做好应急处置工作。", None),
        ("给予相应补助。", None),
        ("此事可能推迟。", None),
        ("凡应当参加而未参加的，要说明理由。", Some((Must, "要", None))),
    ];
    for &(text, want) in rows {
        let got = run(text);
        let got = got.first().map(|(_, m, c, a)| (*m, c.as_str(), a.as_deref()));
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn statute_clauses_one_per_cue() {
    use Modality::*;
    let rows: &[(&str, &[Clause])] = &[
        (
            "第十条 县级以上人民政府应当加强对养老服务工作的领导。",
            &[("县级以上人民政府应当加强对养老服务工作的领导", Must, "应当")],
        ),
        ("第八条 经营者应如实登记。", &[("经营者应如实登记", Must, "应")]),
        (
            "（二）仓储企业应当建立台账，不得伪造记录；",
            &[("仓储企业应当建立台账", Must, "应当"), ("不得伪造记录", Prohibit, "不得")],
        ),
        (
            "申请人对决定不服的，可以自收到决定书之日起十日内申请复核。",
            &[("申请人对决定不服的，可以自收到决定书之日起十日内申请复核", May, "可以")],
        ),
        ("主管部门可根据需要调整收费标准。", &[("主管部门可根据需要调整收费标准", May, "可")]),
        (
            "鼓励社会资本参与污水处理设施建设。",
            &[("鼓励社会资本参与污水处理设施建设", Encourage, "鼓励")],
        ),
        ("提倡使用可再生材料。", &[("提倡使用可再生材料", Encourage, "提倡")]),
        ("禁止在学校周边设置摊点。", &[("禁止在学校周边设置摊点", Prohibit, "禁止")]),
        ("严禁向河道倾倒垃圾。", &[("严禁向河道倾倒垃圾", Prohibit, "严禁")]),
        ("申请材料须经所在单位盖章。", &[("申请材料须经所在单位盖章", Must, "须")]),
        // A duty about a ban is a duty; 禁止 as an attribute is no cue.
        (
            "区卫生部门负责辖区内禁止吸烟工作的监督。",
            &[("区卫生部门负责辖区内禁止吸烟工作的监督", Must, "负责")],
        ),
        ("本区禁止停车区域由交通部门划定。", &[]),
        ("在禁止吸烟的场所设置明显标志。", &[]),
        ("公共场所禁止吸烟实行属地管理的原则。", &[]),
        ("划定禁止、限制开发的区域范围。", &[]),
        // 负责 inside an organ's name; 负责人 is a person.
        ("由负责安全工作的机构组织调查。", &[]),
        (
            "单位负责人对本单位安全生产全面负责。",
            &[("单位负责人对本单位安全生产全面负责", Must, "负责")],
        ),
        // A cue in a condition takes no part; the main clause decides.
        (
            "按规定应当办理而未办理的，主管部门可以责令限期补办。",
            &[("按规定应当办理而未办理的，主管部门可以责令限期补办", May, "可以")],
        ),
        // Descriptive markers do not apply in statutes: 认为 is the organ's judgement.
        (
            "人民法院认为必要的，可以举行听证。",
            &[("人民法院认为必要的，可以举行听证", May, "可以")],
        ),
        // Not cues in statutes.
        ("当事人有权查阅案卷材料。", &[]),
        ("经批准后方可施工。", &[]),
        ("依法应知其行为违法。", &[]),
        ("按要求报送材料。", &[]),
        ("为避免重复建设，制定本规划。", &[]),
    ];
    for &(text, want) in rows {
        let got: Vec<(String, Modality, String)> =
            run_as(text, Some(Genre::Statute)).into_iter().map(|(t, m, c, _)| (t, m, c)).collect();
        let want: Vec<(String, Modality, String)> =
            want.iter().map(|&(t, m, c)| (t.to_owned(), m, c.to_owned())).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn statute_actor_from_the_subject() {
    let got = run_as("第五条 县级以上人民政府应当将该项工作纳入规划。", Some(Genre::Statute));
    assert_eq!(got.first().and_then(|g| g.3.as_deref()), Some("县级以上人民政府"));
}

#[test]
fn news_clauses_and_word_boundaries() {
    use Modality::*;
    let rows: &[(&str, &[Clause])] = &[
        ("座谈会指出，做好民生工作，关键要稳就业。", &[("关键要稳就业", Should, "要")]),
        (
            "会议强调，要抓好冬季安全生产，确保群众温暖过冬。",
            &[("要抓好冬季安全生产，确保群众温暖过冬", Should, "要")],
        ),
        ("通知要求各地加快项目建设进度。", &[("通知要求各地加快项目建设进度", Should, "要求")]),
        (
            "他强调：“各地要压实责任，不断提高服务水平。”",
            &[("各地要压实责任，不断提高服务水平", Should, "要")],
        ),
        (
            "委员会建议本次会议批准该决算报告。",
            &[("委员会建议本次会议批准该决算报告", Should, "建议")],
        ),
        // Not cues: 要 in names and nouns, 应 of a request or a surname, 报 of 报道.
        ("今天的要闻还有：国务院印发规划纲要。", &[]),
        ("应巴西总统邀请，国家主席将出席峰会。", &[]),
        ("应对方要求，会谈推迟举行。", &[]),
        ("听取了审计署审计长应某作的报告。", &[]),
        ("据报道，该项目提出的目标和要求已全部落实。", &[]),
        ("会议听取了有关意见建议。", &[]),
        ("做好应急物资供应。", &[]),
        ("预计客流可能创新高。", &[]),
        ("游客可以在线预约。", &[]),
        ("部署推进措施，确保秋粮颗粒归仓。", &[]),
    ];
    for &(text, want) in rows {
        let got: Vec<(String, Modality, String)> =
            run_as(text, Some(Genre::News)).into_iter().map(|(t, m, c, _)| (t, m, c)).collect();
        let want: Vec<(String, Modality, String)> =
            want.iter().map(|&(t, m, c)| (t.to_owned(), m, c.to_owned())).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_word_hiding_a_cue_yields_to_a_continuation() {
    use Modality::*;
    // (genre, text, expected cue and modality)
    type Want = Option<(&'static str, Modality)>;
    let rows: &[(Genre, &str, Want)] = &[
        (Genre::Notice, "各单位要强化责任担当。", Some(("要", Must))),
        (Genre::Notice, "他性格要强。", None),
        (Genre::Notice, "要紧紧围绕中心任务。", Some(("要", Must))),
        (Genre::Notice, "这件事很要紧。", None),
        (Genre::Notice, "要领导干部带头。", Some(("要", Must))),
        (Genre::Notice, "掌握操作要领。", None),
        (Genre::Notice, "要不断提高服务水平。", Some(("要", Must))),
        (Genre::Statute, "市人民政府负责制定实施细则。", Some(("负责", Must))),
        (Genre::Statute, "实行安全生产负责制。", None),
        (Genre::Statute, "登记机关应对申请材料进行审查。", Some(("应", Must))),
        (Genre::Statute, "积极应对突发事件。", None),
        (Genre::Statute, "经营场所应有固定的消防设施。", Some(("应", Must))),
        (Genre::Statute, "发挥应有的作用。", None),
        (Genre::Statute, "登记事项应变更的，及时办理。", None),
        (Genre::Statute, "所需资金可用于设备购置。", Some(("可", May))),
        (Genre::Statute, "主管部门可视情况延长期限。", Some(("可", May))),
        (Genre::Statute, "该数据可视化展示。", None),
        (Genre::Statute, "可供查阅的材料。", None),
        (Genre::Statute, "审批机关应考虑公众意见。", Some(("应", Must))),
        // A word ending with a cue yields to the word before it.
        (Genre::Notice, "各级财政要安排专项资金。", Some(("要", Must))),
        (Genre::Notice, "会见外国政要。", None),
        (Genre::Notice, "这次要把问题查清。", Some(("要", Must))),
        (Genre::Statute, "纳税人申报应当如实填写。", Some(("应当", Must))),
        (Genre::Statute, "当事人双方可以协商解决。", Some(("可以", May))),
        (Genre::Statute, "经批准后方可施工。", None),
        (Genre::Statute, "产品质量应当得到认可。", Some(("应当", Must))),
    ];
    for &(genre, text, want) in rows {
        let got = run_as(text, Some(genre));
        let got = got.first().map(|(_, m, c, _)| (c.as_str(), *m));
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn genre_is_detected_per_document() {
    let rows: &[(&str, Genre)] = &[
        ("第一条 为了规范管理，制定本办法。\n\n第二条 本办法适用于全省。\n", Genre::Statute),
        ("第三条　经营者应当明码标价。\n第四条　禁止价格欺诈。", Genre::Statute),
        ("<p><strong>央视网消息</strong>（新闻联播）：会议要求……</p>", Genre::News),
        ("本报讯（记者 王某）近日，全市召开会议。", Genre::News),
        ("各县区：\n要认真贯彻落实本通知第一条规定。", Genre::Notice),
    ];
    for &(text, want) in rows {
        assert_eq!(Genre::detect(text), want, "{text}");
    }
    // Detected, 应 reads as must in a statute and as should in a notice.
    let law = run_as("第一条 总则。\n第二条 经营者应公示价格。", None);
    assert_eq!(law.last().map(|r| r.1), Some(Modality::Must));
    let notice = run_as("经营者应公示价格。", None);
    assert_eq!(notice.last().map(|r| r.1), Some(Modality::Should));
}

#[test]
fn one_directive_per_sentence_half_width_too() {
    let got = run("要坚持开门搞活动,深入群众;防止走过场。\n有的单位存在问题。");
    let mods: Vec<Modality> = got.iter().map(|g| g.1).collect();
    assert_eq!(mods, [Modality::Must, Modality::Prohibit]);
}

#[test]
fn labels_and_items_are_trimmed() {
    let rows: &[(&str, &str)] = &[
        ("第十二条 甲应当乙。", "甲应当乙"),
        ("（三）甲应当乙；", "甲应当乙"),
        ("二、甲应当乙，", "甲应当乙"),
        ("## 第一条　甲应当乙", "甲应当乙"),
        ("第五条的规定应当遵守", "第五条的规定应当遵守"),
        ("。", "。"),
    ];
    for &(text, want) in rows {
        let span = trim_clause(text, Span::new(0, text.len()));
        assert_eq!(span.get(text), Some(want), "{text}");
    }
}

#[test]
fn cue_table_parses_and_rejects_bad_lines() {
    let cues = parse_cues(CUES).expect("embedded table parses");
    assert!(cues.words.iter().any(|(w, m, _)| *w == "可以" && m[1] == Some(Modality::May)));
    assert!(cues.words.iter().any(|(w, _, u)| *w == "要强" && u.contains(&"强化")));
    assert!(parse_cues("要\tmust\t-\n").is_err());
    assert!(parse_cues("要\tmust\t-\tshoud\n").is_err());
    assert!(parse_cues("纲要\n纲要\n").is_err());
    assert!(parse_cues("要强\tunless\t\n").is_err());
    assert!(parse_cues("# comment\n\n纲要\n要强\tunless\t强化；强调\n").is_ok());
}

#[test]
fn serialises_snake_case() {
    assert_eq!(serde_json::to_string(&Modality::Prohibit).ok().as_deref(), Some("\"prohibit\""));
    assert_eq!(serde_json::to_string(&Modality::May).ok().as_deref(), Some("\"may\""));
}

#[test]
fn extractor_is_send_sync() {
    fn ok<T: Send + Sync>() {}
    ok::<DirectiveExtractor>();
}

/// The words of the cue automaton, in pattern order (as `DirectiveExtractor::new` lists them).
fn cue_patterns() -> Vec<&'static str> {
    let table = parse_cues(CUES).expect("parses");
    let mut patterns: Vec<&str> = table.words.iter().map(|(w, _, _)| *w).collect();
    patterns.extend(DESCRIPTIVE_SENTENCE.iter().chain(DESCRIPTIVE_CLAUSE).chain(MARKER_HIDERS));
    patterns
}

/// Pseudo-random texts of cue words, hiding words and fillers that make
/// them overlap, touch and break across quotes and lines.
fn random_texts(seed: u64, count: usize) -> Vec<String> {
    let mut pieces = cue_patterns();
    pieces.extend([
        "，",
        "。",
        "的",
        "了",
        "“",
        "”",
        "「",
        "」",
        "\n",
        "a",
        "1",
        "工作",
        "要求：",
        "指出",
        "应",
        "求",
        "止",
        "当",
        "—",
        "、",
    ]);
    let mut next = crate::test_rng::xorshift(seed);
    (0..count)
        .map(|_| {
            let len = next() % 30;
            (0..len)
                .map(|_| {
                    let k = usize::try_from(next() % pieces.len() as u64).expect("small");
                    pieces.get(k).copied().unwrap_or("")
                })
                .collect()
        })
        .collect()
}

#[test]
fn cue_scan_agrees_with_a_leftmost_longest_automaton() {
    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
    let reference = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(cue_patterns())
        .expect("builds");
    let ex = DirectiveExtractor::new();
    for text in random_texts(0xD1EC_7175, 20_000) {
        let want: Vec<(Span, usize)> = reference
            .find_iter(&text)
            .map(|m| (Span::new(m.start(), m.end()), m.pattern().as_usize()))
            .collect();
        let got: Vec<(Span, usize)> = ex.words.find(&text).into_iter().flatten().collect();
        assert_eq!(got, want, "{text:?}");
    }
}

/// The former char scan of [`quotes`]: quoted spans of `text`, except reported speech (a quote right after
/// `要求`, `指出`, `强调`, …, with or without a colon).
fn quotes_by_chars(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“' | '「') => open = Some((c, i)),
            (Some(('“', s)), '”') | (Some(('「', s)), '」') => {
                let lead = text.get(..s).unwrap_or("").trim_end_matches(['：', ':', '，', ',']);
                if !SPEECH_VERBS.iter().any(|v| lead.ends_with(v)) {
                    out.push(Span::new(s, i + c.len_utf8()));
                }
                open = None;
            }
            // An unclosed quote ends at the line break.
            (Some(_), '\n') => open = None,
            _ => {}
        }
    }
    out
}

#[test]
fn quote_scan_agrees_with_a_char_scan() {
    for text in random_texts(0x0071_0735, 20_000) {
        assert_eq!(quotes(&text), quotes_by_chars(&text), "{text:?}");
    }
}

#[test]
fn word_last_chars_are_listed() {
    for (words, lasts) in [(ACTOR_HEADS, ACTOR_HEAD_LASTS), (ADVERBS, ADVERB_LASTS)] {
        for w in words {
            let last = w.chars().next_back().expect("no empty word");
            assert!(lasts.contains(&last), "{w}");
        }
    }
}
