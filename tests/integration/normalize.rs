//! The normalisation layer: properties on arbitrary text, round trips on the seeds.

use gongwen::Span;
use gongwen::normalize::{Normalized, Normalizer};
use proptest::prelude::*;

use crate::common::seed_text;

/// Check the span invariants of one normalisation of `source`.
fn check_map(source: &str, norm: &Normalized) {
    let text = norm.as_str();
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let mut last_start = 0;
    for &i in &bounds {
        let s = norm.to_original(Span::new(i, i));
        assert!(s.get(source).is_some(), "empty span at {i} maps off a boundary: {s:?}");
        assert!(s.start >= last_start, "starts not monotonic at {i}");
        last_start = s.start;
    }
    for w in bounds.windows(2) {
        let s = norm.to_original(Span::new(w[0], w[1]));
        assert!(s.get(source).is_some(), "char at {} maps off a boundary: {s:?}", w[0]);
    }
    let all = norm.to_original(Span::new(0, text.len()));
    assert!(all.get(source).is_some());
    // Source spans map to normalised spans on char boundaries (issue 10) that
    // map back inside them.
    let src: Vec<usize> = source.char_indices().map(|(i, _)| i).chain([source.len()]).collect();
    for width in [1, 2, 5] {
        for w in src.windows(width + 1) {
            let (a, b) = (w[0], w[width]);
            let n = norm.from_original(Span::new(a, b));
            assert!(n.get(text).is_some(), "{a}..{b} maps to {n:?}, off a boundary");
            if !n.is_empty() {
                let back = norm.to_original(n);
                assert!(a <= back.start && back.end <= b, "{a}..{b} -> {n:?} -> {back:?}");
            }
        }
    }
    for n in norm.noise() {
        assert!(n.get(source).is_some(), "noise span {n:?} off a boundary");
    }
}

fn check_idempotent(n: &Normalizer, source: &str) {
    let once = n.normalize(source);
    let twice = n.normalize(once.as_str());
    assert_eq!(twice.as_str(), once.as_str(), "not idempotent on {source:?}");
}

/// Text made of the chars the rules care about, so the generator hits them.
fn tricky() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "好",
        "实",
        "在",
        "一、",
        "（",
        "）",
        "(",
        ")",
        ",",
        "，",
        ":",
        ";",
        "?",
        "!",
        "。",
        "、",
        " ",
        "  ",
        "\u{3000}",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "1",
        "2",
        "2014",
        "-",
        "—",
        "~",
        "～",
        "[",
        "]",
        "【",
        "】",
        "〔",
        "〕",
        "**",
        "*",
        "__",
        "_",
        "#",
        "## ",
        "<",
        ">",
        "<br>",
        "</p>",
        "<b>",
        "&",
        ";",
        "&nbsp;",
        "&lt;",
        "&amp;",
        "a",
        "b",
        "p",
        "Ａ",
        "１",
        "\u{200B}",
        "\u{FEFF}",
        "“",
        "”",
        "文章代写",
        "13258028938",
        "同志们",
        "①",
        "第",
        "页",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_maps_back(source in "\\PC*") {
        let n = Normalizer::new();
        let norm = n.normalize(&source);
        check_map(&source, &norm);
        check_idempotent(&n, &source);
    }

    #[test]
    fn tricky_text_maps_back(source in tricky()) {
        let n = Normalizer::new();
        let norm = n.normalize(&source);
        check_map(&source, &norm);
        check_idempotent(&n, &source);
    }

    #[test]
    fn long_paragraphs_map_back(parts in prop::collection::vec(tricky(), 1..6)) {
        // Long lines with clause punctuation exercise the page-break joins.
        let source = parts.join("各级党委要切实加强组织领导，确保活动取得实效，努力做好各项工作实");
        let n = Normalizer::new();
        check_map(&source, &n.normalize(&source));
        check_idempotent(&n, &source);
    }
}

const SEEDS: [&str; 4] = ["001", "002", "003", "004"];

#[test]
fn seeds_are_idempotent_and_map_back() {
    let n = Normalizer::new();
    for seed in SEEDS {
        let source = seed_text(seed);
        let norm = n.normalize(&source);
        check_map(&source, &norm);
        check_idempotent(&n, &source);
    }
}

/// Every normalised line maps back to a source slice that normalises to the
/// same line: lines start and end at line boundaries of the view, so the
/// rules see the same context in the slice as in the whole text.
#[test]
fn seed_lines_round_trip() {
    let n = Normalizer::new();
    for seed in SEEDS {
        let source = seed_text(seed);
        let norm = n.normalize(&source);
        let text = norm.as_str();
        let mut at = 0;
        for line in text.split('\n') {
            let span = Span::new(at, at + line.len());
            at += line.len() + 1;
            if line.is_empty() {
                continue;
            }
            let back = norm.to_original(span).get(&source).expect("boundaries");
            assert_eq!(n.normalize(back).as_str(), line, "seed {seed}: {back:?}");
        }
    }
}

#[test]
fn seed_001_noise_line() {
    let source = seed_text("001");
    let norm = Normalizer::new().normalize(&source);
    assert_eq!(norm.noise().len(), 1);
    let span = norm.noise()[0];
    assert_eq!(span.get(&source).unwrap(), "文章代写:13258028938(同微信)");
    assert!(!norm.as_str().contains("代写"));
    assert!(norm.as_str().ends_with("确保让人民群众满意。\n"));
    assert_eq!(norm.warnings().len(), 1);
    let w = &norm.warnings()[0];
    assert!(w.starts_with("noise line removed from matching at bytes "), "{w}");
    assert!(w.contains(&format!("{}..{}", span.start, span.end)) && w.contains("文章代写"), "{w}");
}

#[test]
fn seeds_have_no_other_noise() {
    let n = Normalizer::new();
    for seed in ["002", "003", "004"] {
        let norm = n.normalize(&seed_text(seed));
        assert!(norm.noise().is_empty(), "seed {seed}: {:?}", norm.warnings());
    }
}

/// The page breaks the issue lists, found in the view and mapped back.
#[test]
fn seed_page_breaks_are_joined() {
    let n = Normalizer::new();
    let rows = [
        ("002", "取得实实在的成效", "取得实\n\n实在的成效"),
        ("002", "全市工作会议", "全市工\n\n作会议"),
        ("002", "市领导通过", "市领\n\n导通过"),
        ("003", "发表了重要讲话", "发表了重要\n\n讲话"),
        ("003", "从眼前做起", "从眼\n\n前做起"),
        ("003", "发挥带头作用，是具体", "发挥带头作\n\n用，是具体"),
        ("004", "原则上不少于2种", "原则上不少\n\n于2种"),
        ("004", "属于“四风”问题", "属于“四\n\n风”问题"),
    ];
    for (seed, view, original) in rows {
        let source = seed_text(seed);
        let norm = n.normalize(&source);
        let at = norm.as_str().find(view).unwrap_or_else(|| panic!("{seed}: {view} not joined"));
        let span = norm.to_original(Span::new(at, at + view.len()));
        assert_eq!(span.get(&source).unwrap(), original, "seed {seed}");
    }
}

/// Headlines, titles, outline headings, signatures and dates stay lines.
#[test]
fn seed_line_ends_are_kept() {
    let n = Normalizer::new();
    let rows = [
        ("001", "卿渐伟\n（2014年4月8日，根据录音整理）\n同志们：\n"),
        ("002", "\n实在开局扛稳政治责任\n"),
        ("002", "\n火车跑得快，全靠车头带。\n"),
        ("002", "\n实在推进确保见行更见效\n"),
        ("003", "\n二、坚持高标准、高质量，确保教育实践活动取得实效。\n"),
        (
            "003",
            "中共湖南省委办公厅\n中共湖南省委党的群众路线\n教育实践活动领导小组办公室\n\n2014年3月19日",
        ),
        ("004", "的通知》的通知\n\n各县（市）区，"),
        ("004", "\n一、关于提高对活动的认识问题\n\n1、注意防止和纠正不良认识："),
        ("004", "办公室\n\n2014年3月22日\n\n中共河南省委"),
    ];
    for (seed, want) in rows {
        let norm = n.normalize(&seed_text(seed));
        assert!(norm.as_str().contains(want), "seed {seed}: {want:?} missing");
    }
}

#[test]
fn seed_003_markdown_is_gone() {
    let source = seed_text("003");
    let norm = Normalizer::new().normalize(&source);
    let text = norm.as_str();
    assert!(!text.contains('#') && !text.contains("**"));
    assert!(text.contains("\n中共湖南省委办公厅发电\n"));
    assert!(
        text.contains("\n一、把学习弘扬焦裕禄精神作为一条红线贯穿教育实践活动始终。《讲话》强调")
    );
    assert!(text.contains("湘办发电〔2014〕35号湘机发1220号"));
    // The bold heading maps back to its source with the marks.
    let at = text.find("一、把学习").unwrap();
    let span = norm.to_original(Span::new(at, at + "一、把学习".len()));
    assert_eq!(span.get(&source).unwrap(), "一、把学习");
}

#[test]
fn seed_004_spaces_inside_chinese() {
    let text = Normalizer::new().normalize(&seed_text("004")).as_str().to_owned();
    assert!(text.contains("教育实践活动领导小组办公室文件"));
    assert!(text.contains("需要把握的10个方面重点问题"));
    assert!(text.contains("“学习教育、听取意见”环节需要把握的10个方面重点问题\n"));
    assert!(!text.contains("活动 领导"));
}

/// Real texts of the shared corpora (skipped when absent): the invariants
/// hold and no line of a law, a news transcript or a work report is noise.
#[test]
fn shared_corpora_hold_invariants() {
    let n = Normalizer::new();
    let files = [
        ("government_work_reports.jsonl", "content", usize::MAX),
        ("laws.jsonl", "text", 300),
        ("xwlb.jsonl", "text", 100),
    ];
    for (name, field, limit) in files {
        let Some(path) = crate::common::shared_corpus_or_skip(name) else { continue };
        let data = std::fs::read_to_string(&path).expect("readable corpus");
        for line in data.lines().take(limit) {
            let record: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            let Some(text) = record.get(field).and_then(|v| v.as_str()) else { continue };
            let norm = n.normalize(text);
            check_map(text, &norm);
            check_idempotent(&n, text);
            let noise: Vec<_> = norm.noise().iter().map(|s| s.get(text)).collect();
            assert!(noise.is_empty(), "{name}: real text taken for noise: {noise:?}");
        }
    }
}
