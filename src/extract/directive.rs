//! Directives: sentences that require, forbid, advise or encourage action.
//!
//! One directive is reported per sentence (split at 。！？； and line
//! breaks, see [`sentences`]) that holds a cue word; its modality is that of
//! the **first** valid cue. Cue words are matched by one Aho-Corasick
//! automaton (leftmost-longest) whose patterns also include the words that
//! contain a cue but are not one (`重要`, `主要`, `需要`, `要求`, `纪要`, `相应`);
//! those map to no modality and so hide the cue inside them.
//!
//! A cue does not count when it lies inside quotes or a 《title》, directly
//! follows a numeral (`九不准` is a slogan), is followed by 了 (a report of
//! what was done: `确保了活动质量`), or when its clause describes a problem or a
//! belief (`有的…`, `有些…`, `认为…` up to the end of the sentence; `个别…`,
//! `存在…` in the cue's clause).
//!
//! The actor is the subject written before the cue in the same clause, or the
//! whole preceding clause when the cue opens its clause, provided it ends with
//! an organ or person noun (`各级党委（党组）`, `督导组`, `领导班子和领导干部`).

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Serialize;

use crate::Span;
use crate::document::Item;
use crate::extract::Context;
use crate::extract::sentence::sentences;

/// What a directive asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Modality {
    /// Required: 要, 必须, 务必, 应当, 确保, 一律, 原则上, 请.
    Must,
    /// Forbidden or to be prevented: 不得, 不准, 严禁, 禁止, 防止, 杜绝, 不能, 决不.
    Prohibit,
    /// Advised: 应, 应该.
    Should,
    /// Encouraged or allowed: 鼓励, 提倡, 可以.
    Encourage,
}

/// Cue words with their modality; `None` marks words that contain a cue but
/// are not one.
const CUES: &[(&str, Option<Modality>)] = &[
    ("要", Some(Modality::Must)),
    ("必须", Some(Modality::Must)),
    ("务必", Some(Modality::Must)),
    ("应当", Some(Modality::Must)),
    ("确保", Some(Modality::Must)),
    ("一律", Some(Modality::Must)),
    ("原则上", Some(Modality::Must)),
    ("请", Some(Modality::Must)),
    ("不得", Some(Modality::Prohibit)),
    ("不准", Some(Modality::Prohibit)),
    ("严禁", Some(Modality::Prohibit)),
    ("禁止", Some(Modality::Prohibit)),
    ("防止", Some(Modality::Prohibit)),
    ("杜绝", Some(Modality::Prohibit)),
    ("不能", Some(Modality::Prohibit)),
    ("决不", Some(Modality::Prohibit)),
    ("绝不", Some(Modality::Prohibit)),
    ("不要", Some(Modality::Prohibit)),
    ("切忌", Some(Modality::Prohibit)),
    ("不允许", Some(Modality::Prohibit)),
    ("避免", Some(Modality::Prohibit)),
    ("应", Some(Modality::Should)),
    ("应该", Some(Modality::Should)),
    ("鼓励", Some(Modality::Encourage)),
    ("提倡", Some(Modality::Encourage)),
    ("可以", Some(Modality::Encourage)),
    // Words that contain a cue but are not cues.
    ("重要", None),
    ("主要", None),
    ("需要", None),
    ("要求", None),
    ("纪要", None),
    ("要点", None),
    ("要素", None),
    ("要害", None),
    ("要务", None),
    ("要想", None),
    ("只要", None),
    ("首要", None),
    ("必要", None),
    ("摘要", None),
    ("简要", None),
    ("紧要", None),
    ("要闻", None),
    ("不要紧", None),
    ("相应", None),
    ("对应", None),
    ("反应", None),
    ("适应", None),
    ("响应", None),
    ("回应", None),
    ("供应", None),
    ("效应", None),
    ("应酬", None),
    ("应付", None),
    ("答应", None),
    ("顺应", None),
    ("呼应", None),
    ("应急", None),
    ("应变", None),
    ("应用", None),
    ("应对", None),
    ("应邀", None),
    ("应届", None),
    ("应有", None),
    ("可以说", None),
    ("不能不", None),
    ("申请", None),
    ("请示", None),
    ("邀请", None),
    ("提请", None),
    ("聘请", None),
    ("请假", None),
    ("请求", None),
];

/// Words that mark the rest of a sentence as describing a problem or a belief.
const DESCRIPTIVE_SENTENCE: &[&str] = &["有的", "有些", "认为"];
/// Words that mark their clause as describing a problem.
const DESCRIPTIVE_CLAUSE: &[&str] = &["个别", "存在"];

/// Nouns an actor phrase ends with.
const ACTOR_HEADS: &[&str] = &[
    "党委（党组）",
    "党委(党组)",
    "党组（党委）",
    "党组织",
    "党委",
    "党组",
    "督导组",
    "组长",
    "领导班子",
    "领导干部",
    "干部",
    "党员",
    "成员",
    "同志",
    "个人",
    "书记",
    "一把手",
    "办公室",
    "活动办",
    "领导小组",
    "部门",
    "单位",
    "各地",
    "电视台",
    "中心",
    "常委",
    "三级",
];

/// Adverbs allowed between an actor and its cue.
const ADVERBS: &[&str] = &["一定", "都", "也", "还", "均", "更", "就", "首先", "切实"];

/// One directive sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Directive<'t> {
    /// `&source[span]`: the sentence.
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// What the sentence asks for (from its first valid cue).
    pub modality: Modality,
    /// The cue word as written.
    pub cue: Item<'t>,
    /// Who is addressed, when the sentence names them.
    pub actor: Option<Item<'t>>,
}

/// Finds directives. Build once, share by `&`.
#[derive(Clone, Debug)]
pub struct DirectiveExtractor {
    cues: AhoCorasick,
}

impl Default for DirectiveExtractor {
    fn default() -> DirectiveExtractor {
        DirectiveExtractor::new()
    }
}

impl DirectiveExtractor {
    /// An extractor with the built-in cue words.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::{Context, directive::{DirectiveExtractor, Modality}};
    /// use gongwen::normalize::Normalizer;
    /// let text = "督导组要严格审核。不能推诿应付。";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, None);
    /// let d: Vec<_> = DirectiveExtractor::new().find_iter(&cx).collect();
    /// assert_eq!(d.len(), 2);
    /// assert_eq!(d[0].modality, Modality::Must);
    /// assert_eq!(d[0].actor.map(|a| a.text), Some("督导组"));
    /// assert_eq!(d[1].modality, Modality::Prohibit);
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> DirectiveExtractor {
        let cues = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(CUES.iter().map(|(w, _)| w))
            .expect("cue words build an automaton (unit-tested)");
        DirectiveExtractor { cues }
    }

    /// Every directive sentence of the document, in text order.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::{Context, directive::DirectiveExtractor};
    /// use gongwen::normalize::Normalizer;
    /// let text = "有的单位存在形式主义问题。这是重要任务。";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, None);
    /// assert_eq!(DirectiveExtractor::new().find_iter(&cx).count(), 0);
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    pub fn find_iter<'t>(&self, cx: &Context<'t, '_>) -> impl Iterator<Item = Directive<'t>> {
        let text = cx.text();
        let shields = shielded(text);
        let mut out = Vec::new();
        for sent in sentences(text) {
            let Some(s) = sent.get(text) else { continue };
            let Some((cue, modality)) = self.first_cue(s, sent.start, &shields) else {
                continue;
            };
            let (span, src) = cx.locate(sent);
            let (cue_span, cue_text) = cx.locate(cue);
            if src.is_empty() || cue_text.is_empty() {
                continue;
            }
            let actor = actor(s, cue.start - sent.start).and_then(|a| {
                let (sp, t) = cx.locate(a.shift(sent.start));
                (!t.is_empty()).then_some(Item { text: t, span: sp })
            });
            out.push(Directive {
                text: src,
                span,
                modality,
                cue: Item { text: cue_text, span: cue_span },
                actor,
            });
        }
        out.into_iter()
    }

    /// The first valid cue of sentence `s` (starting at `base` in the text)
    /// as a local span of the text.
    fn first_cue(&self, s: &str, base: usize, shields: &[Span]) -> Option<(Span, Modality)> {
        for m in self.cues.find_iter(s) {
            let Some(&(_, Some(modality))) = CUES.get(m.pattern().as_usize()) else {
                continue;
            };
            let span = Span::new(base + m.start(), base + m.end());
            if shields.iter().any(|sh| sh.contains(span)) {
                continue;
            }
            let before = s.get(..m.start()).unwrap_or("");
            let after = s.get(m.end()..).unwrap_or("");
            if before.chars().next_back().is_some_and(is_numeral) || after.starts_with('了') {
                continue;
            }
            let clause = before
                .rfind(['，', ',', '：', ':', '；', ';'])
                .and_then(|i| before.get(i..))
                .unwrap_or(before);
            if DESCRIPTIVE_SENTENCE.iter().any(|w| before.contains(w))
                || DESCRIPTIVE_CLAUSE.iter().any(|w| clause.contains(w))
            {
                continue;
            }
            return Some((span, modality));
        }
        None
    }
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "一二三四五六七八九十两双".contains(c)
}

/// Local spans of quoted text and 《titles》, where cues do not count.
fn shielded(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“' | '《' | '「') => open = Some((c, i)),
            (Some(('“', s)), '”') | (Some(('《', s)), '》') | (Some(('「', s)), '」') => {
                out.push(Span::new(s, i + c.len_utf8()));
                open = None;
            }
            // An unclosed quote ends at the line break.
            (Some(_), '\n') => open = None,
            _ => {}
        }
    }
    out
}

/// The actor of a sentence `s` whose cue starts at byte `cue`: a local span of `s`.
fn actor(s: &str, cue: usize) -> Option<Span> {
    let before = s.get(..cue)?;
    let is_sep = |c: char| matches!(c, '，' | ',' | '：' | ':' | '；' | ';');
    let clause_start = before
        .rfind(is_sep)
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let mut phrase = Span::new(clause_start, cue);
    if before.get(clause_start..)?.trim().is_empty() && clause_start > 0 {
        // The cue opens its clause: try the clause before it.
        let prev_end = before.get(..clause_start)?.trim_end_matches(is_sep).len();
        let prev = before.get(..prev_end)?;
        let prev_start = prev
            .rfind(is_sep)
            .map_or(0, |i| i + prev[i..].chars().next().map_or(1, char::len_utf8));
        phrase = Span::new(prev_start, prev_end);
    }
    let mut p = phrase.get(s)?;
    let lead = p.len() - p.trim_start().len();
    p = p.trim();
    let mut end = lead + p.len();
    while let Some(a) = ADVERBS.iter().find(|a| p.ends_with(*a)) {
        p = p.get(..p.len() - a.len())?;
        end -= a.len();
    }
    if p.is_empty() || !ACTOR_HEADS.iter().any(|h| p.ends_with(h)) {
        return None;
    }
    // Drop an outline marker (`2、`, `（1）`) at the front.
    let body = p.trim_start_matches(|c: char| c.is_ascii_digit() || "、.．（）()".contains(c));
    let start = phrase.start + lead + (p.len() - body.len());
    Some(Span::new(start, phrase.start + end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    fn run(text: &str) -> Vec<(String, Modality, String, Option<String>)> {
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        DirectiveExtractor::new()
            .find_iter(&cx)
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

    #[test]
    fn cue_table() {
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
            ("必须毫不犹豫站稳党性立场。", Some((Must, "必须", None))),
            ("整顿工作原则上5月底结束。", Some((Must, "原则上", None))),
            ("验收不合格的不能启动活动。", Some((Prohibit, "不能", None))),
            ("防止重心偏移。", Some((Prohibit, "防止", None))),
            ("严禁违规发放津贴。", Some((Prohibit, "严禁", None))),
            ("应及时报告。", Some((Should, "应", None))),
            ("注重鼓励基层创新创造。", Some((Encourage, "鼓励", None))),
            ("可以先行探索。", Some((Encourage, "可以", None))),
            ("这是重要内容。", None),
            ("主要任务是贯彻落实。", None),
            ("按照规定的要求进行。", None),
            ("有的不能创造性地推进活动开展。", None),
            ("认为基层没必要太认真，不能正确认识。", None),
            ("严格遵守“九严格”“九不准”纪律。", None),
            ("较好地履行了督导把关责任，确保了活动质量。", None),
            ("观看《关于需要把握的问题》。", None),
            ("“革命者要在困难面前逞英雄”的奋斗精神。", None),
            ("积极应对挑战。", None),
            ("转发给你们，请认真学习领会。", Some((Must, "请", None))),
            ("按程序报批请示。", None),
            ("省市县三级要分别派出督导组。", Some((Must, "要", Some("省市县三级")))),
        ];
        for &(text, want) in rows {
            let got = run(text);
            let got = got.first().map(|(_, m, c, a)| (*m, c.as_str(), a.as_deref()));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn one_directive_per_sentence_half_width_too() {
        let got = run("要坚持开门搞活动,深入群众;防止走过场。\n有的单位存在问题。");
        let mods: Vec<Modality> = got.iter().map(|g| g.1).collect();
        assert_eq!(mods, [Modality::Must, Modality::Prohibit]);
    }

    #[test]
    fn serialises_snake_case() {
        assert_eq!(serde_json::to_string(&Modality::Prohibit).unwrap(), "\"prohibit\"");
    }

    #[test]
    fn extractor_is_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<DirectiveExtractor>();
    }
}
