//! Document structure of the seed documents, through the public API.
//!
//! Expected values come from reading the seeds in `corpus/docs/`.

use gongwen::Span;
use gongwen::document::{DocKind, Document, DocumentParser, MarkerKind};

use crate::common::seed_text;

fn texts<'t>(items: &[gongwen::document::Item<'t>]) -> Vec<&'t str> {
    items.iter().map(|i| i.text).collect()
}

fn date(d: &Document<'_>) -> Option<String> {
    d.date.map(|d| d.value.to_string())
}

/// Every span of a document slices the source and agrees with its text.
fn check_spans(source: &str, d: &Document<'_>) {
    let ok = |s: Span| assert!(s.get(source).is_some(), "span {s:?} does not slice the source");
    ok(d.span);
    let mut items: Vec<(Span, &str)> = Vec::new();
    items.extend(d.issuer.iter().chain(d.title.iter()).map(|i| (i.span, i.text)));
    items.extend(
        d.recipients.iter().chain(&d.urgency).chain(&d.signature).map(|i| (i.span, i.text)),
    );
    items.extend(d.doc_number.iter().map(|n| (n.span, n.text)));
    items.extend(d.date.iter().map(|n| (n.span, n.text)));
    for (span, text) in items {
        assert_eq!(span.get(source), Some(text), "item text differs from its source slice");
        assert!(d.span.contains(span), "item {text:?} lies outside its document");
    }
    for s in d.body.iter().chain(d.attachment.iter()) {
        ok(*s);
        assert!(d.span.contains(*s));
    }
    for (i, n) in d.outline.iter().enumerate() {
        ok(n.span);
        ok(n.heading);
        assert!(n.span.contains(n.marker_span) && n.span.contains(n.heading));
        if let Some(p) = n.parent {
            let parent = &d.outline[p.0 as usize];
            assert!(p.0 < i as u32 && parent.level < n.level && parent.span.contains(n.span));
        } else {
            assert_eq!(n.level, 1);
        }
    }
}

#[test]
fn spans_slice_the_source_in_every_seed() {
    let parser = DocumentParser::new();
    for seed in ["001", "002", "003", "004"] {
        let source = seed_text(seed);
        let docs = parser.parse(&source);
        assert!(!docs.is_empty(), "{seed}");
        for d in &docs {
            check_spans(&source, d);
        }
        for w in docs.windows(2) {
            assert!(w[0].span.end <= w[1].span.start, "{seed}: documents overlap");
        }
    }
}

#[test]
fn seed_003_telegram_notice() {
    let source = seed_text("003");
    let docs = DocumentParser::new().parse(&source);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d.kind, DocKind::Notice);
    assert_eq!(d.issuer.map(|i| i.text), Some("中共湖南省委办公厅"));
    let n = d.doc_number.as_ref().expect("a document number");
    assert_eq!(n.text, "湘办发电〔2014〕35号");
    assert_eq!((n.code.as_str(), n.year, n.serial), ("湘办发电", 2014, 35));
    assert_eq!(texts(&d.urgency), ["特提", "明电"]);
    assert!(d.warnings.iter().any(|w| w.contains("湘机发 1220 号")), "{:?}", d.warnings);
    let title = d.title.expect("a title").text;
    assert!(title.starts_with("关于认真学习贯彻习近平总书记 在河南省兰考县调研指导"), "{title}");
    assert!(title.ends_with("教育实践活动时讲话的通知"), "{title}");
    let r = texts(&d.recipients);
    assert_eq!(r.first(), Some(&"各市州、县市区委"));
    assert_eq!(r.last(), Some(&"省委各督导组"));
    assert!(r.contains(&"省直机关各单位、各人民团体党组（党委）"));
    assert_eq!(date(d).as_deref(), Some("2014-03-19"));
    assert_eq!(d.date.map(|x| x.text), Some("2014年3月19日"));
    let sig = texts(&d.signature);
    assert_eq!(sig.len(), 2, "{sig:?}");
    assert_eq!(sig[0], "中共湖南省委办公厅");
    assert!(
        sig[1].starts_with("中共湖南省委党的群众路线")
            && sig[1].ends_with("教育实践活动领导小组办公室")
    );
    assert!(!d.forwarding);
    // Body: from the first paragraph to the last, not the signature.
    let body = d.body.and_then(|b| b.get(&source)).expect("a body");
    assert!(body.starts_with("3月17日至18日"));
    assert!(body.ends_with("教育实践活动领导小组办公室。"));
    // Outline: `**一、…**`, `## 二、…`, `**三、…**`, `**四、…**`.
    let top: Vec<(u32, &str)> = d
        .outline
        .iter()
        .filter(|n| n.level == 1)
        .map(|n| (n.number, &source.as_str()[n.heading]))
        .collect();
    assert_eq!(
        top,
        [
            (1, "把学习弘扬焦裕禄精神作为一条红线贯穿教育实践活动始终"),
            (2, "坚持高标准、高质量，确保教育实践活动取得实效"),
            (3, "充分发挥领导干部带头作用，始终把活动牢牢抓在手上"),
            (4, "切实加强党性锤炼，持之以恒抓作风建设"),
        ]
    );
    assert!(d.outline.iter().all(|n| n.marker == MarkerKind::ChineseComma));
}

#[test]
fn seed_004_forwarding_notice_and_forwarded_notice() {
    let source = seed_text("004");
    let docs = DocumentParser::new().parse(&source);
    assert_eq!(docs.len(), 2);

    let d0 = &docs[0];
    assert_eq!(d0.kind, DocKind::Notice);
    assert!(d0.forwarding);
    assert_eq!(
        d0.issuer.map(|i| i.text),
        Some("中共郑州市委党的群众路线教育实践活动 领导小组办公室")
    );
    let n0 = d0.doc_number.as_ref().expect("doc 0 number");
    assert_eq!(
        (n0.text, n0.code.as_str(), n0.year, n0.serial),
        ("郑群办发〔2014〕21号", "郑群办发", 2014, 21)
    );
    assert_eq!(
        d0.title.map(|t| t.text),
        Some(
            "关于转发省活动办《关于印发〈第二批教育实践活动“学习教育、听取意见”环节需要把握的10个方面重点问题〉的通知》的通知"
        )
    );
    assert_eq!(
        texts(&d0.recipients),
        [
            "各县（市）区",
            "航空港实验区（综保区）、郑东新区、高新技术产业开发区、经济技术开发区",
            "市委各部委",
            "市直各单位",
            "市管高校、企事业单位",
            "各人民团体教育实践活动领导小组办公室",
            "市委各督导组",
        ]
    );
    assert_eq!(date(d0).as_deref(), Some("2014-03-22"));
    assert_eq!(d0.signature.len(), 1);
    assert!(d0.outline.is_empty());
    // Doc 0 ends before the second header.
    let second_header = source.find("中共河南省委党的群众路线教育实践活动").expect("second header");
    assert!(d0.span.end <= second_header && docs[1].span.start == second_header);

    let d1 = &docs[1];
    assert_eq!(d1.kind, DocKind::Notice);
    assert!(d1.forwarding, "it 印发s the attached text");
    assert_eq!(
        d1.issuer.map(|i| i.text),
        Some("中共河南省委党的群众路线教育实践活动 领导小组办公室")
    );
    let n1 = d1.doc_number.as_ref().expect("doc 1 number");
    assert_eq!(
        (n1.text, n1.code.as_str(), n1.year, n1.serial),
        ("豫群办发〔2014〕5号", "豫群办发", 2014, 5)
    );
    assert_eq!(
        d1.title.map(|t| t.text),
        Some(
            "关于印发《第二批教育实践活动 “学习教育、听取意见”环节需要把握的 10个方面重点问题》的通知"
        )
    );
    assert_eq!(
        texts(&d1.recipients),
        [
            "各省辖市、省直管县（市）党委教育实践活动领导小组办公室",
            "省管各企业和高等学校党委教育实践活动领导小组办公室",
            "省委各督导组",
        ]
    );
    assert_eq!(date(d1).as_deref(), Some("2014-03-14"));
    // The attached text and its 26 points belong to doc 1.
    let attachment = d1.attachment.and_then(|a| a.get(&source)).expect("attached text");
    assert!(
        attachment
            .starts_with("第二批教育实践活动“学习教育、听取意见” 环节需要把握的 10 个方面重点问题")
    );
    let points: Vec<u32> =
        d1.outline.iter().filter(|n| n.marker == MarkerKind::ArabicDot).map(|n| n.number).collect();
    assert_eq!(points, (1..=26).collect::<Vec<_>>());
    let sections: Vec<u32> = d1
        .outline
        .iter()
        .filter(|n| n.marker == MarkerKind::ChineseComma)
        .map(|n| n.number)
        .collect();
    assert_eq!(sections, (1..=10).collect::<Vec<_>>());
    // `8、丰富学习内容：（1）…；（2）…` gives inline items under point 8.
    let eight = d1
        .outline
        .iter()
        .position(|n| n.marker == MarkerKind::ArabicDot && n.number == 8)
        .expect("8、");
    let under_eight: Vec<u32> = d1
        .outline
        .iter()
        .filter(|n| {
            n.marker == MarkerKind::ArabicParen && n.parent.map(|p| p.0 as usize) == Some(eight)
        })
        .map(|n| n.number)
        .collect();
    assert_eq!(under_eight, [1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(&source.as_str()[d1.outline[eight].heading], "丰富学习内容");
    // `1、` point 1 lists 一是 … 六是 inline.
    let one = d1
        .outline
        .iter()
        .position(|n| n.marker == MarkerKind::ArabicDot && n.number == 1)
        .expect("1、");
    assert_eq!(
        d1.outline.iter().filter(|n| n.parent.map(|p| p.0 as usize) == Some(one)).count(),
        6
    );
}

#[test]
fn seed_001_speech() {
    let source = seed_text("001");
    let docs = DocumentParser::new().parse(&source);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d.kind, DocKind::Speech);
    assert_eq!(date(d).as_deref(), Some("2014-04-08"));
    assert_eq!(d.date.map(|x| x.text), Some("2014年4月8日"));
    assert!(d.issuer.is_none() && d.doc_number.is_none());
    assert!(d.recipients.is_empty(), "同志们: is an address, not a 主送机关");
    let top: Vec<&str> =
        d.outline.iter().filter(|n| n.level == 1).map(|n| &source.as_str()[n.heading]).collect();
    assert_eq!(
        top,
        [
            "在正视问题中进一步强化责任",
            "高标准高质量推进第一环节工作",
            "切实加强对教育实践活动的组织领导"
        ]
    );
    // 一、 holds 一是…五是 as its items.
    let first_items: Vec<(MarkerKind, u32)> = d
        .outline
        .iter()
        .filter(|n| n.parent.is_some_and(|p| p.0 == 0))
        .map(|n| (n.marker, n.number))
        .collect();
    assert_eq!(first_items, (1..=5).map(|k| (MarkerKind::Enumeration, k)).collect::<Vec<_>>());
    // 二、 and 三、 hold 1、… items.
    let arabic: Vec<u32> =
        d.outline.iter().filter(|n| n.marker == MarkerKind::ArabicDot).map(|n| n.number).collect();
    assert_eq!(arabic, [1, 2, 3, 4, 1, 2, 3, 4, 5]);
}

#[test]
fn seed_002_news() {
    let source = seed_text("002");
    let docs = DocumentParser::new().parse(&source);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d.kind, DocKind::News);
    assert_eq!(d.date, None, "no full date in the text; 10月15日 is not one");
    assert!(d.warnings.iter().any(|w| w.contains("no date")));
    assert!(d.doc_number.is_none() && d.issuer.is_none());
}

mod properties {
    use gongwen::document::{DocNumber, DocNumberFinder, DocumentParser};
    use proptest::prelude::*;

    /// Text made of the pieces the structure parser reacts to.
    fn structured_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "一、",
            "（一）",
            "(1)",
            "1、",
            "2．",
            "①",
            "一是",
            "二是",
            "：",
            "；",
            "。",
            "，",
            "\n",
            "\n\n",
            "\r\n",
            "## ",
            "**",
            " ",
            "\u{3000}",
            "办公室文件",
            "发电",
            "发电单位 ",
            "〔2014〕",
            "[2014]",
            "35号",
            "湘机发 1220 号",
            "郑群办发",
            "关于",
            "转发",
            "《",
            "》",
            "〈",
            "〉",
            "的通知",
            "各县（市）区",
            "同志们:",
            "2014年3月22日",
            "二〇一四年三月十四日",
            "特提·明电",
            "记者 李娜",
            "正文",
            "é",
            "\u{200b}",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn parse_never_panics_and_spans_slice(source in structured_text()) {
            for d in DocumentParser::new().parse(&source) {
                super::check_spans(&source, &d);
            }
        }

        #[test]
        fn parse_never_panics_on_any_text(source in "\\PC{0,200}") {
            for d in DocumentParser::new().parse(&source) {
                super::check_spans(&source, &d);
            }
            let _ = DocNumber::parse(&source);
            for m in DocNumberFinder::new().find_iter(&source) {
                prop_assert_eq!(m.span.get(&source), Some(m.text));
            }
        }
    }
}

#[test]
fn serialises_with_the_schema_field_names() {
    let source = seed_text("003");
    let docs = DocumentParser::new().parse(&source);
    let v = serde_json::to_value(&docs[0]).expect("serialises");
    assert_eq!(v["kind"], "notice");
    assert_eq!(v["forwarding"], false);
    assert_eq!(v["date"]["value"], "2014-03-19");
    assert_eq!(v["date"]["text"], "2014年3月19日");
    assert_eq!(v["doc_number"]["code"], "湘办发电");
    assert_eq!(v["doc_number"]["year"], 2014);
    assert_eq!(v["doc_number"]["serial"], 35);
    assert_eq!(v["doc_number"]["text"], "湘办发电〔2014〕35号");
    let span = &v["doc_number"]["span"];
    let (a, b) =
        (span[0].as_u64().expect("start") as usize, span[1].as_u64().expect("end") as usize);
    assert_eq!(source.get(a..b), Some("湘办发电〔2014〕35号"));
    assert_eq!(v["issuer"]["text"], "中共湖南省委办公厅");
    assert_eq!(v["outline"][0]["marker"], "chinese_comma");
}
