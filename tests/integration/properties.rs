//! Properties of the whole pipeline on arbitrary input: it never panics, and
//! every reported span slices the source to the reported text.

use crate::common::check_spans;
use gongwen::corpus::{Encoding, decode, record::ExtractRecord};
use gongwen::{Analyzer, Meta};
use proptest::prelude::*;

fn analyze_and_check(analyzer: &Analyzer, text: &str) {
    let meta = Meta { date: Some(jiff::civil::date(2014, 3, 14)), ..Meta::default() };
    for doc in &analyzer.analyze(text, &meta).documents {
        let record = ExtractRecord::new("p", Encoding::Utf8, None, doc);
        check_spans(&serde_json::to_value(&record).expect("serialises"), text);
    }
}

/// Pieces of real policy text and the characters that trip parsers, glued at random.
fn policy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "郑群办发〔2014〕21号",
        "[2014]",
        "关于印发《第二批〈指导意见〉》的通知",
        "各县（市）区：",
        "不少于5天",
        "原则上3月中旬",
        "5月底前完成",
        "“四风”",
        "三严三实",
        "（一）",
        "一、",
        "1、",
        "一是",
        "\n\n",
        "\n",
        " ",
        "**",
        "# ",
        "，",
        "。",
        "要",
        "不得",
        "２０１４年３月１４日",
        "二〇一四年三月十四日",
        "\u{FFFD}",
        "\u{200B}",
        "①",
        "1—2个",
        "4.3万多人次",
        "文章代写:13258028938",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(String::from), any::<String>()], 0..40)
        .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn pipeline_never_panics_and_spans_hold(text in policy_text()) {
        thread_local!(static ANALYZER: Analyzer = Analyzer::new());
        ANALYZER.with(|a| analyze_and_check(a, &text));
    }

    #[test]
    fn arbitrary_bytes_decode_or_error_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        thread_local!(static ANALYZER: Analyzer = Analyzer::new());
        if let Ok(decoded) = decode(&bytes) {
            ANALYZER.with(|a| analyze_and_check(a, &decoded.text));
        }
    }
}

#[test]
fn seeds_cut_at_every_line_keep_their_spans() {
    let analyzer = Analyzer::new();
    for seed in ["001", "002", "003", "004"] {
        let text = crate::common::seed_text(seed);
        let cuts: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).step_by(3).collect();
        for &cut in &cuts {
            analyze_and_check(&analyzer, &text[..cut]);
            analyze_and_check(&analyzer, &text[cut..]);
        }
    }
}
