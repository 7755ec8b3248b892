//! 文种: the document type, from the last word of the title (通知, 意见, …),
//! else from the formulas of its body (`现将有关事项通知如下`, `特此函复`,
//! `现批复如下`, …), or, for texts without an official header, from the marks
//! of a speech or a news report.

use regex::Regex;

use super::DocKind;

/// Title endings of the fifteen types of the 党政机关公文处理工作条例 (2012),
/// longest first where one ends another (通告 before 告).
pub(crate) const TITLE_ENDINGS: &[(&str, DocKind)] = &[
    ("通知", DocKind::Notice),
    ("通报", DocKind::Circular),
    ("通告", DocKind::PublicNotice),
    ("公告", DocKind::Announcement),
    ("公报", DocKind::Communique),
    ("决议", DocKind::Resolution),
    ("决定", DocKind::Decision),
    ("命令", DocKind::Order),
    ("意见", DocKind::Opinion),
    ("报告", DocKind::Report),
    ("请示", DocKind::Request),
    ("批复", DocKind::Reply),
    ("议案", DocKind::Motion),
    ("纪要", DocKind::Minutes),
    ("讲话", DocKind::Speech),
    // 建议、提案答复 are sent as letters (函), numbered `…函〔年〕N号`.
    ("答复", DocKind::Letter),
    ("函", DocKind::Letter),
    ("令", DocKind::Order),
];

/// The 文种 a title names by its last word; `None` when it names none.
pub(crate) fn kind_from_title(title: &str) -> Option<DocKind> {
    let t = title.trim_end_matches(|c: char| c.is_whitespace() || "。.》”\"）)".contains(c));
    TITLE_ENDINGS.iter().find(|(end, _)| t.ends_with(end)).map(|&(_, k)| k)
}

/// Last words of the title of a plan (`…实施方案`, `…规划`, `…若干措施`).
const PLAN_ENDINGS: &[&str] = &["方案", "规划", "计划", "实施意见", "措施", "行动"];

/// True when `title` names a plan, or issues one in 《》 (`关于印发《…实施
/// 方案》的通知`): a text whose figures are targets. A bracketed note at the
/// end (`（征求意见稿）`, `（试行）`) is left out.
///
/// # Examples
///
/// ```
/// use gongwen::document::names_a_plan;
/// assert!(names_a_plan("关于印发《宝山区垃圾分类三年行动实施方案》的通知"));
/// assert!(names_a_plan("关于支持重点帮扶县的若干措施（征求意见稿）"));
/// assert!(names_a_plan("关于印发贯彻《条例》推进分类体系建设实施方案的通知"));
/// assert!(!names_a_plan("关于做好2019年计划生育工作的通知"));
/// ```
#[must_use]
pub fn names_a_plan(title: &str) -> bool {
    let ends_a_plan = |t: &str| {
        let t = t.trim();
        let t = match t.rfind(['（', '(']) {
            Some(i) if t.ends_with(['）', ')']) => t.get(..i).unwrap_or(t).trim_end(),
            _ => t,
        };
        PLAN_ENDINGS.iter().any(|w| t.ends_with(w))
    };
    // 关于印发…实施方案的通知: the plan the notice issues.
    let issued = ["的通知", "的函", "的批复"].iter().find_map(|w| title.trim_end().strip_suffix(w));
    ends_a_plan(title)
        || issued.is_some_and(ends_a_plan)
        || title
            .split('《')
            .skip(1)
            .any(|t| t.split_once('》').is_some_and(|(inner, _)| ends_a_plan(inner)))
}

/// The formulas (公文用语) by which a body names its 文种, one alternative
/// per type. Opening formulas (`现将有关事项通知如下`) and closing ones
/// (`特此通知`) alike; the first one in the body wins.
const FORMULAS: &[(&str, DocKind)] = &[
    (
        // And `现(?:将[^。]{0,300}?)?(?:印发|转发|批转|下发)(?:给)?你们`, matched by
        // `forwarding_at` (the bounded repetition of a Unicode class cost more
        // to compile than parsing a hundred documents).
        r"通知如下|特此通知",
        DocKind::Notice,
    ),
    (r"函复如下|[特专]此函复|函告如下|特此函告|特此函达|答复如下|特此答复", DocKind::Letter),
    (r"批复如下|特此批复", DocKind::Reply),
    (r"提出(?:如下|以下)(?:实施|指导)?意见|制定本(?:实施|指导)?意见", DocKind::Opinion),
    (r"特此报告|报告如下", DocKind::Report),
    (r"特此请示|妥否，?请批示", DocKind::Request),
    (r"特此通报|通报如下", DocKind::Circular),
    (r"特此公告", DocKind::Announcement),
    (r"特此通告", DocKind::PublicNotice),
    (r"作出如下决定|特此决定", DocKind::Decision),
];

/// `现将…转发给你们`, `现印发你们`: a body that forwards or issues a document;
/// `现将…指南予以公布`: one that publishes a document (not a list of names).
/// As a regex: `现(?:将[^。]{0,300}?)?(?:转发|印发|批转|下发)(?:给)?你们|现将[^。]{0,200}?(?:指南|…|》)(?:予以|一并)?(?:公布|发布|印发)`,
/// matched by hand ([`forwarding_at`], [`publishing_at`]): compiled, the
/// bounded repetitions of `[^。]` cost more than parsing a hundred documents.
const FORWARD_VERBS: [&str; 4] = ["转发", "印发", "批转", "下发"];
/// What `现将…予以公布` publishes.
const PUBLISHED: [&str; 14] = [
    "指南", "办法", "方案", "规定", "细则", "规则", "规划", "计划", "要点", "措施", "规范", "纲要",
    "标准", "》",
];
const PUBLISH_VERBS: [&str; 3] = ["公布", "发布", "印发"];
/// Chars of `[^。]` allowed between `现将` and the verb.
const FORWARD_GAP: usize = 300;
const PUBLISH_GAP: usize = 200;

/// `(?:转发|印发|批转|下发)(?:给)?你们` at the start of `s`.
fn forward_verb_at(s: &str) -> bool {
    FORWARD_VERBS.iter().any(|v| {
        s.strip_prefix(v).is_some_and(|r| r.strip_prefix('给').unwrap_or(r).starts_with("你们"))
    })
}

/// `(?:指南|…|》)(?:予以|一并)?(?:公布|发布|印发)` at the start of `s`.
fn publish_verb_at(s: &str) -> bool {
    let verb = |r: &str| PUBLISH_VERBS.iter().any(|v| r.starts_with(v));
    PUBLISHED.iter().any(|w| {
        s.strip_prefix(w).is_some_and(|r| {
            verb(r) || r.strip_prefix("予以").or_else(|| r.strip_prefix("一并")).is_some_and(verb)
        })
    })
}

/// True when `at(s)` holds at the start of `s` or after one of its first
/// `max` chars, none of them `。` (`[^。]{0,max}?` then `at`).
fn within(s: &str, max: usize, at: impl Fn(&str) -> bool) -> bool {
    if at(s) {
        return true;
    }
    for (i, c) in s.char_indices().take(max) {
        if c == '。' {
            return false;
        }
        if at(s.get(i + c.len_utf8()..).unwrap_or("")) {
            return true;
        }
    }
    false
}

/// `现(?:将[^。]{0,300}?)?(?:转发|印发|批转|下发)(?:给)?你们` at the start of `s`.
fn forwarding_at(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('现') else { return false };
    forward_verb_at(rest)
        || rest.strip_prefix('将').is_some_and(|r| within(r, FORWARD_GAP, forward_verb_at))
}

/// `现将[^。]{0,200}?(?:指南|…|》)(?:予以|一并)?(?:公布|发布|印发)` at the start of `s`.
fn publishing_at(s: &str) -> bool {
    s.strip_prefix("现将").is_some_and(|r| within(r, PUBLISH_GAP, publish_verb_at))
}

/// The byte offsets of every 现 in `text`, by a vector search for its
/// UTF-8 bytes (issue 10: `match_indices('现')` stops at every byte B0,
/// which ends many chars).
fn xian_at(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memmem::find_iter(text.as_bytes(), "现".as_bytes())
}

/// Start of the first `现…` forwarding formula in `text` that starts before `before`.
fn first_forwarding(text: &str, before: usize) -> Option<usize> {
    xian_at(text).take_while(|&i| i < before).find(|&i| text.get(i..).is_some_and(forwarding_at))
}

/// The body formulas, compiled once.
#[derive(Clone, Debug)]
pub(crate) struct Formulas {
    kinds: Regex,
}

impl Formulas {
    pub fn new() -> Formulas {
        let alternatives: Vec<String> =
            FORMULAS.iter().enumerate().map(|(i, (p, _))| format!("(?<k{i}>{p})")).collect();
        Formulas { kinds: Regex::new(&alternatives.join("|")).expect("valid formula patterns") }
    }

    /// The 文种 named by the first formula in `body`.
    pub fn kind(&self, body: &str) -> Option<DocKind> {
        let c = self.kinds.captures(body);
        let at = c.as_ref().and_then(|c| c.get(0)).map_or(body.len(), |m| m.start());
        // The `现…转发你们` formula belongs to the first (通知) alternative and
        // no other formula starts with 现, so it wins where it starts first.
        if first_forwarding(body, at).is_some() {
            return Some(DocKind::Notice);
        }
        let c = c?;
        (0..FORMULAS.len()).find(|&i| c.name(&format!("k{i}")).is_some()).map(|i| FORMULAS[i].1)
    }

    /// True when `text` forwards, issues or publishes a document.
    pub fn forwards(&self, text: &str) -> bool {
        xian_at(text).any(|i| text.get(i..).is_some_and(|s| forwarding_at(s) || publishing_at(s)))
    }
}

/// True when the opening lines read like a transcribed speech: an address
/// to the audience (`同志们：`), a `根据录音整理` note, or `在…上的讲话`.
pub(crate) fn looks_like_speech(opening: &[&str]) -> bool {
    opening.iter().any(|l| {
        let l = l.trim();
        (l.starts_with("同志们")
            && l.chars().nth(3).is_some_and(|c| matches!(c, '：' | ':' | '，' | ',')))
            || l.contains("根据录音整理")
            || (l.contains("上的讲话") && l.chars().count() < 60)
    })
}

/// News agencies and broadcasters whose byline opens a report
/// (`新华社北京9月26日电`, `央视网消息`).
const AGENCIES: &[&str] =
    &["新华社", "中新社", "中新网", "人民网", "央视网", "央广网", "新华网", "中国新闻网"];

/// Marks of a programme transcript (`《新闻联播》`, `本期节目主要内容`).
const PROGRAMME_MARKS: &[&str] =
    &["《新闻联播》", "（新闻联播）", "(新闻联播)", "本期节目主要内容"];

/// True when the opening lines carry a news byline (`记者 李娜`,
/// `通讯员 …`, `本报讯`, `新华社…电`, `央视网消息`) or the marks of a news
/// programme transcript. Only the first chars of each line are read (a
/// byline opens its line, after any HTML tags of a web copy).
pub(crate) fn looks_like_news(opening: &[&str]) -> bool {
    opening.iter().any(|l| {
        let l = l.trim();
        let short = l.chars().count() <= 30;
        let head_end = l.char_indices().nth(60).map_or(l.len(), |(i, _)| i);
        let head = l.get(..head_end).unwrap_or(l);
        let byline = AGENCIES.iter().any(|a| {
            head.find(a).is_some_and(|i| {
                let after = head.get(i + a.len()..).unwrap_or("");
                let near_end = after.char_indices().nth(16).map_or(after.len(), |(j, _)| j);
                let near = after.get(..near_end).unwrap_or("");
                // Only the tags of a web copy may come before the byline.
                let before = head.get(..i).unwrap_or("");
                let tags_only = before.chars().all(|c| c.is_ascii() || c.is_whitespace());
                tags_only && (near.contains('电') || near.contains("消息"))
            })
        });
        (short && (l.starts_with("记者") || l.starts_with("通讯员") || l.starts_with("本报记者")))
            || l.starts_with("本报讯")
            || byline
            || PROGRAMME_MARKS.iter().any(|m| head.contains(m))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The formulas as the regexes they were before `forwarding_at` and
    /// `publishing_at` replaced their bounded repetitions.
    const OLD_FORWARDS: &str = r"现(?:将[^。]{0,300}?)?(?:转发|印发|批转|下发)(?:给)?你们|现将[^。]{0,200}?(?:指南|办法|方案|规定|细则|规则|规划|计划|要点|措施|规范|纲要|标准|》)(?:予以|一并)?(?:公布|发布|印发)";
    const OLD_NOTICE: &str =
        r"通知如下|特此通知|现(?:将[^。]{0,300}?)?(?:印发|转发|批转|下发)(?:给)?你们";

    #[test]
    fn hand_matchers_agree_with_the_regexes() {
        let pieces = [
            "现",
            "将",
            "转发",
            "印发",
            "给",
            "你们",
            "。",
            "办法",
            "》",
            "予以",
            "一并",
            "公布",
            "特此通知",
            "特此批复",
            "字",
            "\n",
        ];
        let forwards = Regex::new(OLD_FORWARDS).unwrap();
        let f = Formulas::new();
        let kinds = Regex::new(
            &FORMULAS
                .iter()
                .enumerate()
                .map(|(i, (p, _))| format!("(?<k{i}>{})", if i == 0 { OLD_NOTICE } else { p }))
                .collect::<Vec<_>>()
                .join("|"),
        )
        .unwrap();
        let old_kind_of = |body: &str| {
            let c = kinds.captures(body)?;
            (0..FORMULAS.len()).find(|&i| c.name(&format!("k{i}")).is_some()).map(|i| FORMULAS[i].1)
        };
        let mut texts: Vec<String> = Vec::new();
        // Pseudo-random sequences of pieces (a fixed seed, so the test is stable).
        let mut next = crate::test_rng::xorshift(0x2545_F491_4F6C_DD1D);
        for _ in 0..40_000 {
            let len = (next() % 32) as usize + 1;
            let mut t = String::new();
            for _ in 0..len {
                t.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            texts.push(t);
        }
        // Gaps around the two limits.
        for n in [198, 199, 200, 201, 298, 299, 300, 301] {
            let gap = "字".repeat(n);
            for tail in ["转发你们", "印发给你们", "办法予以公布", "》发布", "方案一并印发"]
            {
                texts.push(format!("现将{gap}{tail}"));
                texts.push(format!("特此批复现将{gap}{tail}"));
                texts.push(format!("现将{gap}。{tail}"));
            }
        }
        let mut seen = [0usize; 2];
        for t in &texts {
            assert_eq!(f.forwards(t), forwards.is_match(t), "{t:?}");
            assert_eq!(f.kind(t), old_kind_of(t), "{t:?}");
            seen[usize::from(forwards.is_match(t))] += 1;
        }
        // Both outcomes are well represented.
        assert!(seen[0] > 1_000 && seen[1] > 300, "{seen:?}");
    }

    #[test]
    fn kinds_from_titles() {
        let rows: &[(&str, Option<DocKind>)] = &[
            ("关于转发省活动办《关于印发〈…〉的通知》的通知", Some(DocKind::Notice)),
            ("关于加强基层治理的意见", Some(DocKind::Opinion)),
            ("关于表彰先进集体的决定", Some(DocKind::Decision)),
            ("关于2013年工作情况的报告", Some(DocKind::Report)),
            ("关于同意设立开发区的批复", Some(DocKind::Reply)),
            ("关于商请支持的函", Some(DocKind::Letter)),
            ("全市工作会议纪要", Some(DocKind::Minutes)),
            ("关于违规问题的通报", Some(DocKind::Circular)),
            ("郑州实实在在抓好第二批主题教育", None),
        ];
        for &(title, want) in rows {
            assert_eq!(kind_from_title(title), want, "{title}");
        }
    }

    #[test]
    fn kinds_from_body_formulas() {
        let f = Formulas::new();
        let rows: &[(&str, Option<DocKind>)] = &[
            ("根据部署，现将有关事项通知如下。一、…", Some(DocKind::Notice)),
            ("一、自查。二、抽查。特此通知。", Some(DocKind::Notice)),
            ("《规范》已经审定，现印发给你们，请遵照执行。", Some(DocKind::Notice)),
            ("经研究，现函复如下。一、支持。专此函复。", Some(DocKind::Letter)),
            ("经审查，现批复如下：", Some(DocKind::Reply)),
            ("结合我市实际，制定本实施意见。", Some(DocKind::Opinion)),
            ("为推动发展，现提出如下意见。", Some(DocKind::Opinion)),
            ("妥否，请批示。", Some(DocKind::Request)),
            ("结合实际，制定本方案。", None),
        ];
        for &(body, want) in rows {
            assert_eq!(f.kind(body), want, "{body}");
        }
        assert!(f.forwards("现将《国务院关于开展督查的通知》（国发明电〔2014〕1号）转发你们"));
        assert!(f.forwards("我部制定了《工作要点》，现印发你们"));
        assert!(f.forwards("现将“智能机器人”等重点专项2019年度项目申报指南予以公布"));
        assert!(!f.forwards("商务部决定将12个商圈确认为示范商圈，现将名单予以公布"));
    }

    #[test]
    fn speech_and_news_marks() {
        assert!(looks_like_speech(&["卿 渐 伟", "(2014年4月8日,根据录音整理)", "同志们:"]));
        assert!(looks_like_speech(&["同志们："]));
        assert!(!looks_like_speech(&["同志们的积极性很高。"]));
        assert!(looks_like_news(&["正观新闻·郑州晚报", "记者 李娜", "通讯员 李绍廷"]));
        assert!(!looks_like_news(&[
            "记者节期间，全市开展了许多活动，这是一个很长的句子而不是署名行。"
        ]));
        assert!(looks_like_news(&["<p><strong>央视网消息</strong>（新闻联播）：国务院总理…"]));
        assert!(looks_like_news(&["新华社北京3月5日电（记者 张三）十四届全国人大…"]));
        assert!(looks_like_news(&["中新网上海1月2日电 上海市今天…"]));
        assert!(looks_like_news(&["# 《新闻联播》 (20220924)"]));
        // An agency named inside a sentence is no byline.
        assert!(!looks_like_news(&["据了解，新华社发布的消息显示，今年以来…"]));
    }
}
