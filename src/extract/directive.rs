//! Directives: clauses that require, forbid, allow, advise or encourage action.
//!
//! # Cues are words
//!
//! Cue words (`data/lexicon/cues.txt`) are matched leftmost-longest in one
//! pass (`extract::word_tables`). The table also holds the words that
//! contain a cue character but are not cues (`纲要`, `政要`, `应急`, `相应`,
//! `可能`, `负责人`): those map to no modality and so hide the cue inside
//! them. That is a dictionary check at each hit, a few characters wide; the
//! document is never segmented. On top of the words, a few constructions are
//! not cues:
//!
//! - 应 of `应…邀请`/`应…之邀`/`应群众要求` (at the request of) and the surname
//!   应 after a title (`检察长应勇作的报告`);
//! - 禁止 as an attribute (`禁止吸烟的场所`, `禁止停车区域`, `禁止吸烟工作`) and
//!   负责 inside a noun phrase (`负责法制工作的机构`);
//! - 要求/建议 as nouns (`目标和要求`, `其要求合理`, `提出建议`);
//! - a cue inside quotes or a 《title》, unless the quote is reported speech
//!   (`要求“制造业要坚持…”`); a cue right after a numeral (`九不准` is a
//!   slogan); a cue followed by 了 (`确保了活动质量`, a report);
//! - a cue inside a condition (the clause ends with `…的，`: `法律规定应当先
//!   申请复议的，…可以…`), whose sentence takes its modality from the main
//!   clause;
//! - in notices and news, a clause that describes a problem or a belief
//!   (`有的…`, `有些…`, `认为…` up to the end of the sentence; `个别…`, `存在…`
//!   in the cue's clause).
//!
//! # Genres
//!
//! The same word carries a different modality by genre ([`Genre`], detected
//! per document by [`Genre::detect`]): 应 is `must` in a statute and `should`
//! in a notice or in news; 要 is `must` in a notice and `should` in news;
//! 可以 is `may` (permission or power). Notices report one directive per
//! sentence (its first cue). Statutes and news report **one directive per
//! cue**: when a sentence holds cues in several comma clauses, each gets its
//! own clause. In a statute the sentence is cut after each cue's clause (the
//! first part runs from the sentence start); in news a directive runs from
//! the start of its cue's clause to the next cue's clause or the sentence
//! end. Article labels (`第五条`), item numbers and closing punctuation are
//! left out of those spans.
//!
//! The actor is the subject written before the cue in the same clause, or the
//! whole preceding clause when the cue opens its clause, provided it ends with
//! an organ or person noun (`各级党委（党组）`, `县级以上人民政府`,
//! `各省、自治区、直辖市`).

use serde::Serialize;

use crate::Span;
use crate::document::Item;
use crate::extract::Context;
use crate::extract::word_tables::WordTables;

/// The cue table, embedded at build time.
const CUES: &str = include_str!("../../data/lexicon/cues.txt");

/// What a directive asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Modality {
    /// Required: 要 (notices), 必须, 务必, 应当, 确保, 一律, 原则上, 请; in
    /// statutes also 应, 须 and 负责 (a duty assigned).
    Must,
    /// Forbidden or to be prevented: 不得, 不准, 严禁, 禁止, 防止, 杜绝, 不能, 决不.
    Prohibit,
    /// Advised: 应, 应该 (notices, news); 要, 要求, 建议 (news).
    Should,
    /// Encouraged: 鼓励, 提倡.
    Encourage,
    /// Allowed (a permission or a power, not an encouragement): 可以; 可 in
    /// statutes.
    May,
}

impl Modality {
    /// The modality named `name` (`must`, `prohibit`, `should`, `encourage`, `may`).
    fn parse(name: &str) -> Option<Modality> {
        Some(match name {
            "must" => Modality::Must,
            "prohibit" => Modality::Prohibit,
            "should" => Modality::Should,
            "encourage" => Modality::Encourage,
            "may" => Modality::May,
            _ => return None,
        })
    }
}

pub use super::genre::Genre;

/// What a word of the cue table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pat {
    /// A cue word with its modality per genre, or a word that only contains
    /// a cue (all `None`).
    Word(ByGenre),
    /// A word that starts or ends with a cue (`要强`, `应对`, `负责制`,
    /// `政要`, `报应`): the cue's byte offset in the word, and the index into
    /// `DirectiveExtractor::unless` of the words that undo it from outside —
    /// starting right after a leading cue (`要强化`, `应对其`, `负责制定`) or
    /// ending right before a trailing one (`财政要`, `申报应当`).
    Hides { cue_at: usize, unless: usize },
    /// A word that marks the rest of its sentence as description.
    DescribesSentence,
    /// A word that marks the rest of its clause as description.
    DescribesClause,
    /// A word that hides a marker (`所有的` is not `有的`).
    Plain,
}

/// Words that mark the rest of a sentence as describing a problem or a belief.
const DESCRIPTIVE_SENTENCE: &[&str] = &["有的", "有些", "认为"];
/// Words that mark their clause as describing a problem.
const DESCRIPTIVE_CLAUSE: &[&str] = &["个别", "存在"];
/// Words that contain a marker but are not one.
const MARKER_HIDERS: &[&str] = &["所有", "具有", "拥有", "含有", "享有", "持有", "占有"];

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
    "政府",
    "机关",
    "委员会",
    "法院",
    "检察院",
    "自治区",
    "直辖市",
    "自治州",
    "企业",
    "经营者",
    "工商户",
    "管理人",
    "申请人",
    "被申请人",
    "当事人",
];

/// Adverbs allowed between an actor and its cue.
const ADVERBS: &[&str] = &["一定", "都", "也", "还", "均", "更", "就", "首先", "切实"];

/// Verbs that introduce reported speech: a quote after them is not shielded.
const SPEECH_VERBS: &[&str] =
    &["要求", "指出", "强调", "表示", "说", "提出", "称", "写道", "批示", "指示"];

/// Titles a person's name follows (`检察长应勇`; any title ending in 长).
const PERSON_TITLES: &[&str] =
    &["长", "主任", "书记", "总理", "主席", "委员", "大使", "总裁", "代表"];

/// What follows a person's name in a report (`应勇作的报告`, `应勇出席`).
const AFTER_NAME: &[&str] = &[
    "作的", "作了", "出席", "主持", "会见", "表示", "指出", "强调", "讲话", "陪同", "同志", "等人",
];

/// Nouns that 应 governs in `应…邀请` (at the invitation or request of).
const REQUEST_NOUNS: &[&str] = &["邀请", "之邀", "约请", "要求", "请求"];

/// Words that make the stretch before a request noun a verb phrase
/// (`应向法院提出请求`), not the inviter.
const REQUEST_VERBS: &[&str] = &[
    "提出", "向", "提交", "作出", "按", "依", "根据", "符合", "满足", "达到", "将", "把", "对",
    "在", "落实", "执行", "遵守", "明确", "告知", "说明",
];

/// Heads of the noun phrase a 禁止 attribute modifies (`禁止吸烟场所`,
/// `禁止吸烟工作`), or the verb of a clause whose subject it is (`禁止吸烟实行…`).
const BAN_HEADS: &[&str] = &[
    "场所", "区域", "区", "标志", "标识", "工作", "时段", "范围", "名录", "目录", "事项", "实行",
    "实施",
];

/// Verbs whose object a 禁止 phrase is (`做好禁止吸烟宣传工作`, `组织实施禁止…`).
const MANAGING_VERBS: &[&str] = &[
    "做好", "开展", "加强", "组织", "落实", "实行", "实施", "宣传", "监督", "执行", "推进", "推行",
    "协调", "指导", "检查", "负责",
];

/// Heads of the noun phrase a 负责 clause modifies (`负责法制工作的机构`).
const DUTY_HEADS: &[&str] =
    &["机构", "部门", "单位", "人员", "机关", "组织", "同志", "领导", "工作人员", "人"];

/// Words before 要求/建议 that make it a noun (`目标和要求`, `按要求`).
const NOUN_BEFORE: &[&str] = &[
    "的", "和", "与", "及", "按", "照", "据", "提出", "符合", "满足", "达到", "落实", "有关",
    "相关", "总体", "基本", "新", "其", "此", "意见", "、", "规划", "计划",
];
/// Words after 要求/建议 that make it a noun (`要求合理`, `建议稿`).
const NOUN_AFTER: &[&str] = &[
    "的",
    "是",
    "和",
    "与",
    "及",
    "、",
    "合理",
    "相适应",
    "稿",
    "书",
    "案",
    "权",
    "。",
    "；",
    ";",
];

/// Prepositions that open a 禁止 object (`禁止在公共场所吸烟` is a ban).
const PREPOSITIONS: &[char] = &['在', '向', '对', '从', '以', '用', '将', '把', '于', '擅', '任'];

/// One directive clause.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Directive<'t> {
    /// `&source[span]`: the sentence (notices) or the cue's clause (statutes, news).
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// What the clause asks for.
    pub modality: Modality,
    /// The cue word as written.
    pub cue: Item<'t>,
    /// Who is addressed, when the clause names them.
    pub actor: Option<Item<'t>>,
}

/// Finds directives. Build once, share by `&`.
#[derive(Clone, Debug)]
pub struct DirectiveExtractor {
    /// The cue words, the words hiding a cue and the description markers,
    /// found leftmost-longest (one table of [`WordTables`]).
    words: WordTables,
    /// What each word of `words` is, by its index.
    pats: Vec<Pat>,
    /// Per hiding word, the words that, right after its cue, undo it.
    unless: Vec<Vec<&'static str>>,
    /// The cue words with their modality per genre.
    cue_words: Vec<(&'static str, ByGenre)>,
}

impl Default for DirectiveExtractor {
    fn default() -> DirectiveExtractor {
        DirectiveExtractor::new()
    }
}

/// One valid cue of a sentence (local offsets).
#[derive(Clone, Copy, Debug)]
struct Cue {
    span: Span,
    modality: Modality,
    /// Start of the comma clause that holds the cue.
    clause_start: usize,
    /// End of that clause, its separator included.
    clause_end: usize,
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
        let table = parse_cues(CUES).expect("embedded cue table parses (unit-tested)");
        let mut patterns: Vec<&str> = Vec::new();
        let mut pats = Vec::new();
        let mut unless: Vec<Vec<&'static str>> = Vec::new();
        let cue_words: Vec<(&'static str, ByGenre)> = table
            .words
            .iter()
            .filter(|(_, m, _)| m.iter().any(Option::is_some))
            .map(|&(c, m, _)| (c, m))
            .collect();
        for (w, m, conts) in table.words.iter().cloned() {
            // Where the cue sits in a word that hides one: its start or its end.
            let cue_at = cue_words.iter().filter(|(c, _)| c.len() < w.len()).find_map(|(c, _)| {
                if w.starts_with(c) { Some(0) } else { w.ends_with(c).then(|| w.len() - c.len()) }
            });
            patterns.push(w);
            pats.push(match cue_at {
                Some(cue_at) if m.iter().all(Option::is_none) && !conts.is_empty() => {
                    unless.push(conts);
                    Pat::Hides { cue_at, unless: unless.len() - 1 }
                }
                _ => Pat::Word(m),
            });
        }
        for (list, pat) in [
            (DESCRIPTIVE_SENTENCE, Pat::DescribesSentence),
            (DESCRIPTIVE_CLAUSE, Pat::DescribesClause),
            (MARKER_HIDERS, Pat::Plain),
        ] {
            patterns.extend(list.iter().copied());
            pats.extend(list.iter().map(|_| pat));
        }
        let words = WordTables::new(&[&patterns]);
        DirectiveExtractor { words, pats, unless, cue_words }
    }

    /// Every directive of the document, in text order, read in the genre
    /// [`Genre::detect`] finds for it.
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
        self.find_iter_as(cx, Genre::detect(cx.text()))
    }

    /// Every directive of the document, in text order, read as `genre`.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::{Context, directive::{DirectiveExtractor, Genre, Modality}};
    /// use gongwen::normalize::Normalizer;
    /// let text = "县级以上人民政府应加强领导，可以设立专项资金。";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, None);
    /// let d: Vec<_> = DirectiveExtractor::new().find_iter_as(&cx, Genre::Statute).collect();
    /// assert_eq!(d.len(), 2);
    /// assert_eq!((d[0].modality, d[0].text), (Modality::Must, "县级以上人民政府应加强领导"));
    /// assert_eq!(d[0].actor.map(|a| a.text), Some("县级以上人民政府"));
    /// assert_eq!((d[1].modality, d[1].text), (Modality::May, "可以设立专项资金"));
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    pub fn find_iter_as<'t>(
        &self,
        cx: &Context<'t, '_>,
        genre: Genre,
    ) -> impl Iterator<Item = Directive<'t>> {
        let text = cx.text();
        let shields = Shields::new(text, cx.titles());
        let hits: Vec<(Span, Pat)> = self
            .words
            .find(text)
            .into_iter()
            .flatten()
            .filter_map(|(m, id)| {
                let pat = *self.pats.get(id)?;
                if let Pat::Hides { cue_at, unless } = pat
                    && let Some(hit) = self.undo_hiding(text, m.start, m.end, cue_at, unless)
                {
                    return Some(hit);
                }
                Some((m, pat))
            })
            .collect();
        let mut out = Vec::new();
        let mut cues = Vec::new();
        let mut next = 0;
        for &sent in cx.sentences() {
            let first = next
                + hits.get(next..).map_or(0, |h| h.partition_point(|x| x.0.start < sent.start));
            let last =
                first + hits.get(first..).map_or(0, |h| h.partition_point(|x| x.0.end <= sent.end));
            next = last;
            let Some(in_sentence) = hits.get(first..last).filter(|h| !h.is_empty()) else {
                continue;
            };
            valid_cues(text, sent, in_sentence, genre, &shields, &mut cues);
            emit(cx, text, sent, &cues, genre, &mut out);
        }
        out.into_iter()
    }
}

impl DirectiveExtractor {
    /// The cue inside a hiding word at `start..end` when a word of its
    /// `unless` list overlaps it from outside (`要强化` is 要 + 强化, `财政要求`
    /// is 财政 + 要求): the longest cue word at the cue's position.
    fn undo_hiding(
        &self,
        text: &str,
        start: usize,
        end: usize,
        cue_at: usize,
        unless: usize,
    ) -> Option<(Span, Pat)> {
        let words = self.unless.get(unless)?;
        let cue_start = start + cue_at;
        let undone = if cue_at == 0 {
            let cue_end = self
                .cue_words
                .iter()
                .filter(|(c, _)| text.get(start..end).is_some_and(|w| w.starts_with(c)))
                .map(|(c, _)| start + c.len())
                .max()?;
            let rest = text.get(cue_end..)?;
            words.iter().any(|w| rest.starts_with(w))
        } else {
            let head = text.get(..cue_start)?;
            words.iter().any(|w| head.ends_with(w))
        };
        if !undone {
            return None;
        }
        let rest = text.get(cue_start..)?;
        let (cue, modality) = self
            .cue_words
            .iter()
            .filter(|(c, _)| rest.starts_with(c))
            .max_by_key(|(c, _)| c.len())?;
        Some((Span::new(cue_start, cue_start + cue.len()), Pat::Word(*modality)))
    }
}

/// The valid cues of sentence `sent` among its word hits, into `cues`
/// (cleared first; one buffer serves every sentence).
fn valid_cues(
    text: &str,
    sent: Span,
    hits: &[(Span, Pat)],
    genre: Genre,
    shields: &Shields,
    cues: &mut Vec<Cue>,
) {
    let describes = genre != Genre::Statute;
    let mut described_from = usize::MAX;
    let mut described_clause: Option<Span> = None;
    cues.clear();
    for &(span, pat) in hits {
        match pat {
            Pat::DescribesSentence if describes => described_from = described_from.min(span.start),
            Pat::DescribesClause if describes => {
                let (clause_start, clause_end) = clause_around(text, sent, span);
                described_clause = Some(Span::new(clause_start, clause_end));
            }
            Pat::Word(modality) => {
                let Some(modality) = modality[genre.index()] else { continue };
                if span.start > described_from || described_clause.is_some_and(|c| c.contains(span))
                {
                    continue;
                }
                // The clause only for a word that may count.
                let (clause_start, clause_end) = clause_around(text, sent, span);
                if !is_cue(text, sent, span, (clause_start, clause_end), shields) {
                    continue;
                }
                cues.push(Cue { span, modality, clause_start, clause_end });
            }
            _ => {}
        }
    }
}

/// Does the cue word at `span` (inside sentence `sent`, in the clause
/// `clause` = (start, end)) count?
fn is_cue(text: &str, sent: Span, span: Span, clause: (usize, usize), shields: &Shields) -> bool {
    let (clause_start, clause_end) = clause;
    if shields.contains(span) {
        return false;
    }
    let word = text.get(span.start..span.end).unwrap_or("");
    let before = text.get(sent.start..span.start).unwrap_or("");
    let after = text.get(span.end..sent.end).unwrap_or("");
    let clause_rest = text.get(span.end..clause_end).unwrap_or("");
    if before.chars().next_back().is_some_and(is_numeral) || after.starts_with('了') {
        return false;
    }
    // A condition: the cue's clause ends `…的，` and the sentence goes on.
    let cond = clause_rest.trim_end_matches(is_clause_sep);
    if clause_end < sent.end && cond.len() < clause_rest.len() && cond.ends_with('的') {
        return false;
    }
    let clause_head = text.get(clause_start..span.start).unwrap_or("");
    match word {
        "禁止" => {
            // `禁止、限制和适宜建设的地域范围`: coordinated with other attributes.
            !is_ban_attribute(clause_rest)
                && !after.starts_with('、')
                && !MANAGING_VERBS.iter().any(|v| clause_head.contains(v))
        }
        "负责" => !is_duty_attribute(clause_rest) && !after.starts_with('、'),
        "应" => !is_request_construction(clause_rest) && !is_surname(before, after),
        "要求" | "建议" => !is_noun_use(before, after),
        _ => true,
    }
}

/// `禁止吸烟的…`, `禁止停车区域`, `禁止吸烟工作`, `禁止吸烟实行…`: 禁止 modifies a
/// noun or names a subject. `rest` follows 禁止 up to the end of its clause.
fn is_ban_attribute(rest: &str) -> bool {
    if rest.starts_with(PREPOSITIONS) {
        return false;
    }
    if BAN_HEADS.iter().any(|h| rest.starts_with(h)) || rest.starts_with('性') {
        return true;
    }
    // One to three characters of verb, then 的 or a head noun.
    rest.char_indices().skip(1).take(3).any(|(i, _)| {
        let tail = rest.get(i..).unwrap_or("");
        (tail.starts_with('的') && !tail.get('的'.len_utf8()..).is_some_and(|t| t.is_empty()))
            || BAN_HEADS.iter().any(|h| tail.starts_with(h))
    })
}

/// `负责法制工作的机构`: 负责 inside a noun phrase. `rest` follows 负责 up to
/// the end of its clause.
fn is_duty_attribute(rest: &str) -> bool {
    rest.match_indices('的').any(|(i, _)| {
        let head = rest.get(i + '的'.len_utf8()..).unwrap_or("");
        DUTY_HEADS.iter().any(|h| head.starts_with(h))
    })
}

/// `应习近平邀请`, `应国务院总理的邀请`, `应群众要求，`: 应 means "at the
/// request of". `rest` follows 应 up to the end of its clause.
fn is_request_construction(rest: &str) -> bool {
    REQUEST_NOUNS.iter().filter_map(|n| rest.find(n).map(|i| (i, n.len()))).any(|(i, len)| {
        let who = rest.get(..i).unwrap_or("");
        let next = rest.get(i + len..).unwrap_or("");
        !who.is_empty() && !REQUEST_VERBS.iter().any(|v| who.contains(v)) && !next.starts_with('和')
    })
}

/// `检察长应勇作的报告`: 应 is a surname after a title, followed by a given
/// name and a reporting verb.
fn is_surname(before: &str, after: &str) -> bool {
    PERSON_TITLES.iter().any(|t| before.ends_with(t))
        && after.char_indices().skip(1).take(2).any(|(i, _)| {
            let tail = after.get(i..).unwrap_or("");
            AFTER_NAME.iter().any(|w| tail.starts_with(w))
        })
}

/// `目标和要求`, `其要求合理`, `提出建议`, `会议要求，`: 要求/建议 as a noun or
/// as an attribution whose content follows.
fn is_noun_use(before: &str, after: &str) -> bool {
    NOUN_BEFORE.iter().any(|w| before.ends_with(w))
        || NOUN_AFTER.iter().any(|w| after.starts_with(w))
        || after.starts_with(is_clause_sep)
        || after.is_empty()
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两' | '双'
        )
}

fn is_clause_sep(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':' | '；' | ';')
}

/// The comma clause of sentence `sent` around `span`: its start, and its end
/// with the separator.
fn clause_around(text: &str, sent: Span, span: Span) -> (usize, usize) {
    let before = text.get(sent.start..span.start).unwrap_or("");
    let start = before.rfind(is_clause_sep).map_or(sent.start, |i| {
        sent.start + i + before.get(i..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8)
    });
    let after = text.get(span.end..sent.end).unwrap_or("");
    let end = after.find(is_clause_sep).map_or(sent.end, |i| {
        span.end + i + after.get(i..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8)
    });
    (start, end)
}

/// Turn the valid cues of a sentence into directives.
fn emit<'t>(
    cx: &Context<'t, '_>,
    text: &str,
    sent: Span,
    cues: &[Cue],
    genre: Genre,
    out: &mut Vec<Directive<'t>>,
) {
    let parts: Vec<(Span, Cue)> = match genre {
        Genre::Notice => cues.first().map(|&c| (sent, c)).into_iter().collect(),
        _ => {
            // One cue per clause: the first.
            let mut firsts: Vec<Cue> = Vec::with_capacity(cues.len());
            for &c in cues {
                if firsts.last().is_none_or(|l| l.clause_start != c.clause_start) {
                    firsts.push(c);
                }
            }
            let n = firsts.len();
            firsts
                .iter()
                .enumerate()
                .map(|(i, &c)| {
                    let next = firsts.get(i + 1);
                    let span = if genre == Genre::Statute {
                        let start = if i == 0 { sent.start } else { firsts[i - 1].clause_end };
                        let end = if i + 1 == n { sent.end } else { c.clause_end };
                        Span::new(start, end)
                    } else {
                        Span::new(c.clause_start, next.map_or(sent.end, |x| x.clause_start))
                    };
                    (trim_clause(text, span), c)
                })
                .collect()
        }
    };
    for (span, cue) in parts {
        let (src_span, src) = cx.locate(span);
        let (cue_span, cue_text) = cx.locate(cue.span);
        if src.is_empty() || cue_text.is_empty() {
            continue;
        }
        let actor = text.get(span.start..span.end).and_then(|s| {
            let a = actor(s, cue.span.start.checked_sub(span.start)?)?;
            let (sp, t) = cx.locate(a.shift(span.start));
            (!t.is_empty()).then_some(Item { text: t, span: sp })
        });
        out.push(Directive {
            text: src,
            span: src_span,
            modality: cue.modality,
            cue: Item { text: cue_text, span: cue_span },
            actor,
        });
    }
}

/// A clause without leading white space, article label (`第五条 `), item
/// number (`（三）`, `二、`, `1.`), opening quote or markup, and without closing
/// punctuation and quotes.
fn trim_clause(text: &str, span: Span) -> Span {
    let Some(s) = text.get(span.start..span.end) else { return span };
    let mut start = 0;
    loop {
        let rest = s.get(start..).unwrap_or("");
        let t =
            rest.trim_start_matches(|c: char| matches!(c, '#' | '“' | '「') || c.is_whitespace());
        let skip = rest.len() - t.len();
        let label = article_label_len(t).or_else(|| item_number_len(t)).unwrap_or(0);
        if skip + label == 0 {
            break;
        }
        start += skip + label;
    }
    let body = s.get(start..).unwrap_or("").trim_end_matches(|c: char| {
        c.is_whitespace()
            || is_clause_sep(c)
            || matches!(c, '。' | '！' | '？' | '!' | '?' | '…' | '”' | '」')
    });
    if body.is_empty() {
        return span;
    }
    Span::new(span.start + start, span.start + start + body.len())
}

/// Byte length of an article label at the start of `s` (`第五条 `,
/// `第二十一条　`, `第五条经营者…`), its trailing space included.
pub(super) fn article_label_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('第')?;
    let digits = rest
        .char_indices()
        .find(|&(_, c)| {
            !(c.is_ascii_digit()
                || matches!(c, '零' | '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八')
                || matches!(c, '九' | '十' | '百' | '千'))
        })
        .map_or(rest.len(), |(i, _)| i);
    if digits == 0 {
        return None;
    }
    let after = rest.get(digits..)?.strip_prefix('条')?;
    // The normaliser drops the space between CJK characters, so a label may
    // run into its text; a reference (`第五条的规定`, `第五条、第六条`) does not
    // start a line.
    if after.starts_with(['的', '规', '之', '所', '、', '至', '和', '或', '第', '，', '。'])
    {
        return None;
    }
    let space = after.len() - after.trim_start().len();
    Some(s.len() - after.len() + space)
}

/// Byte length of an item number at the start of `s` (`（三）`, `(3)`, `二、`, `1.`).
fn item_number_len(s: &str) -> Option<usize> {
    let num = |c: char| {
        c.is_ascii_digit()
            || matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
    };
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(r) = s.strip_prefix(open) {
            let n = r.find(|c: char| !num(c))?;
            if n > 0 && r.get(n..)?.starts_with(close) {
                return Some(open.len_utf8() + n + close.len_utf8());
            }
        }
    }
    let n = s.find(|c: char| !num(c))?;
    let rest = s.get(n..)?;
    (n > 0 && rest.starts_with(['、', '.', '．']))
        .then(|| n + rest.chars().next().map_or(1, char::len_utf8))
}

/// Quoted text and 《titles》, where cues do not count, as disjoint sorted
/// spans searched by binary search.
struct Shields {
    spans: Vec<Span>,
}

impl Shields {
    fn new(text: &str, titles: &[Span]) -> Shields {
        let mut spans = quotes(text);
        spans.extend_from_slice(titles);
        spans.sort_unstable();
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        Shields { spans: merged }
    }

    fn contains(&self, s: Span) -> bool {
        let i = self.spans.partition_point(|x| x.start <= s.start);
        i > 0 && self.spans.get(i - 1).is_some_and(|x| x.end >= s.end)
    }
}

/// Quoted spans of `text`, except reported speech (a quote right after
/// `要求`, `指出`, `强调`, …, with or without a colon). The quote marks
/// (`“` `”` `E2 80 9C/9D`, `「` `」` `E3 80 8C/8D`) and line breaks are found
/// by a byte search for `E2`, `E3` and `\n` (never continuation bytes).
fn quotes(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for i in memchr::memchr3_iter(0xE2, 0xE3, b'\n', bytes) {
        let c = match bytes.get(i..i + 3) {
            Some([0xE2, 0x80, 0x9C]) => '“',
            Some([0xE2, 0x80, 0x9D]) => '”',
            Some([0xE3, 0x80, 0x8C]) => '「',
            Some([0xE3, 0x80, 0x8D]) => '」',
            _ if bytes.get(i) == Some(&b'\n') => '\n',
            _ => continue,
        };
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

/// The last chars of [`ACTOR_HEADS`] and of [`ADVERBS`] (a unit test checks
/// them): a phrase ending with none of these chars ends with none of the words.
const ACTOR_HEAD_LASTS: &[char] = &[
    '）', ')', '织', '委', '组', '长', '子', '部', '员', '志', '人', '记', '手', '室', '办', '门',
    '位', '地', '台', '心', '级', '府', '关', '会', '院', '区', '市', '州', '业', '者', '户',
];
const ADVERB_LASTS: &[char] = &['定', '都', '也', '还', '均', '更', '就', '先', '实'];

/// The first of `words` that `p` ends with, looked for only when the last
/// char of `p` is one of `lasts` (the words' last chars): most phrases are
/// refused by one char compare instead of a compare per word.
fn ends_with_one_of<'w>(p: &str, words: &[&'w str], lasts: &[char]) -> Option<&'w str> {
    let last = p.chars().next_back()?;
    if !lasts.contains(&last) {
        return None;
    }
    words.iter().find(|w| p.ends_with(**w)).copied()
}

/// The actor of a clause `s` whose cue starts at byte `cue`: a local span of `s`.
fn actor(s: &str, cue: usize) -> Option<Span> {
    let before = s.get(..cue)?;
    let clause_start = before.rfind(is_clause_sep).map_or(0, |i| {
        i + before.get(i..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8)
    });
    let mut phrase = Span::new(clause_start, cue);
    if before.get(clause_start..)?.trim().is_empty() && clause_start > 0 {
        // The cue opens its clause: try the clause before it.
        let prev_end = before.get(..clause_start)?.trim_end_matches(is_clause_sep).len();
        let prev = before.get(..prev_end)?;
        let prev_start = prev.rfind(is_clause_sep).map_or(0, |i| {
            i + prev.get(i..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8)
        });
        phrase = Span::new(prev_start, prev_end);
    }
    let mut p = phrase.get(s)?;
    let lead = p.len() - p.trim_start().len();
    p = p.trim();
    let mut end = lead + p.len();
    while let Some(a) = ends_with_one_of(p, ADVERBS, ADVERB_LASTS) {
        p = p.get(..p.len() - a.len())?;
        end -= a.len();
    }
    if p.is_empty() || ends_with_one_of(p, ACTOR_HEADS, ACTOR_HEAD_LASTS).is_none() {
        return None;
    }
    // Drop an outline marker (`2、`, `（1）`, `第五条 `) at the front.
    let body = p.trim_start_matches(|c: char| c.is_ascii_digit() || "、.．（）()".contains(c));
    let body = article_label_len(body).and_then(|n| body.get(n..)).unwrap_or(body);
    let start = phrase.start + lead + (p.len() - body.len());
    Some(Span::new(start, phrase.start + end))
}

/// Modality of a word per genre (notice, statute, news).
type ByGenre = [Option<Modality>; 3];

/// The parsed cue table.
#[derive(Debug, Default)]
struct CueTable<'a> {
    /// Cue words, and the words hiding a cue (all `None`) with the words
    /// that, right after the cue, undo them; in file order.
    words: Vec<(&'a str, ByGenre, Vec<&'a str>)>,
}

/// Parse the cue table (format in `data/lexicon/cues.txt`).
fn parse_cues(table: &str) -> Result<CueTable<'_>, String> {
    let mut out = CueTable::default();
    let mut seen = std::collections::HashSet::new();
    for (n, line) in table.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |why: &str| format!("cues.txt line {}: {why}", n + 1);
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let word = cols.first().copied().unwrap_or("");
        if word.is_empty() {
            return Err(bad("empty word"));
        }
        let (mods, unless) = match cols.as_slice() {
            [_] => ([None; 3], Vec::new()),
            [_, "unless", list] => {
                let conts: Vec<&str> =
                    list.split('；').map(str::trim).filter(|c| !c.is_empty()).collect();
                if conts.is_empty() {
                    return Err(bad("empty unless list"));
                }
                ([None; 3], conts)
            }
            [_, a, b, c] => {
                let one = |s: &str| match s {
                    "-" => Ok(None),
                    _ => Modality::parse(s).map(Some).ok_or(()),
                };
                match (one(a), one(b), one(c)) {
                    (Ok(a), Ok(b), Ok(c)) => ([a, b, c], Vec::new()),
                    _ => return Err(bad("unknown modality")),
                }
            }
            _ => return Err(bad("expected 1, 3 or 4 columns")),
        };
        if !seen.insert(word) {
            return Err(bad("repeated word"));
        }
        out.words.push((word, mods, unless));
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
