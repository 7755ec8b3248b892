//! The genre of a document's text, which decides what a cue word means
//! (directives) and whether the text may plan (quotas): one per document,
//! settled by the analyser from the parsed kind or detected in the text;
//! and the [`Reading`] of a document that the quota and deadline rules
//! share.

use serde::Serialize;

/// The kind of text a document is, which decides what a cue word means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Genre {
    /// A party or government document (notice, plan, speech): the default.
    Notice,
    /// A law, regulation, rules or judicial interpretation written in articles.
    Statute,
    /// A news report.
    News,
}

/// Bylines that mark a news report.
const NEWS_BYLINES: &[&str] = &[
    "央视网消息",
    "（新闻联播）",
    "(新闻联播)",
    "新华社电",
    "新华社北京",
    "新华社记者",
    "本报讯",
    "本报记者",
    "中新网",
    "人民网北京",
];

impl Genre {
    /// The genre of a document's text: a statute when at least two lines
    /// start with an article label (`第五条 `), news when it carries a news
    /// byline (`央视网消息`, `新华社电`, `本报讯`), else a notice.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::genre::Genre;
    /// assert_eq!(Genre::detect("第一条 为了…，制定本条例。\n第二条 本条例适用于…"), Genre::Statute);
    /// assert_eq!(Genre::detect("央视网消息（新闻联播）：会议指出，要…"), Genre::News);
    /// assert_eq!(Genre::detect("各县区要抓好落实。"), Genre::Notice);
    /// ```
    #[must_use]
    pub fn detect(text: &str) -> Genre {
        let articles =
            text.lines().filter(|l| super::directive::article_label_len(l.trim_start()).is_some());
        if articles.take(2).count() == 2 {
            Genre::Statute
        } else if NEWS_BYLINES.iter().any(|b| text.contains(b)) {
            Genre::News
        } else {
            Genre::Notice
        }
    }

    /// The genre a parsed document's kind settles: statutes for the legal
    /// forms, news for news; `None` for the 文种 of party and government
    /// documents, whose text may still hold articles (an issued 办法).
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::document::DocKind;
    /// use gongwen::extract::genre::Genre;
    /// assert_eq!(Genre::of_kind(DocKind::Regulation), Some(Genre::Statute));
    /// assert_eq!(Genre::of_kind(DocKind::News), Some(Genre::News));
    /// assert_eq!(Genre::of_kind(DocKind::Notice), None);
    /// ```
    #[must_use]
    pub fn of_kind(kind: crate::document::DocKind) -> Option<Genre> {
        use crate::document::DocKind as K;
        match kind {
            K::Law | K::Regulation | K::Rules | K::Interpretation => Some(Genre::Statute),
            K::News => Some(Genre::News),
            _ => None,
        }
    }

    pub(super) fn index(self) -> usize {
        match self {
            Genre::Notice => 0,
            Genre::Statute => 1,
            Genre::News => 2,
        }
    }
}

/// How the analyser reads a whole document before extracting from it: what
/// the quota and deadline rules need to know beyond the sentence.
///
/// # Examples
///
/// ```
/// use gongwen::document::DocKind;
/// use gongwen::extract::genre::{Genre, Reading};
/// let r = Reading::of_kind(DocKind::Notice, "关于印发《某区三年行动方案》的通知正文", Some("关于印发《某区三年行动方案》的通知"));
/// assert_eq!((r.genre, r.plan, r.issued), (Genre::Notice, true, true));
/// let r = Reading::of_kind(DocKind::Unknown, "政府工作报告正文", Some("政府工作报告"));
/// assert!(!r.issued);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// Statute, notice or news.
    pub genre: Genre,
    /// The document is or issues a plan ([`crate::document::names_a_plan`]
    /// of its title): its prose states targets.
    pub plan: bool,
    /// The document states decisions in force: a statute, or a 文种 that
    /// issues them (通知, 决定, 意见, 令, 批复, 函, 公告, 通告, 通报); not a
    /// report, a request, a speech or a text that names no 文种, which
    /// review as readily as they decide (`国内生产总值增加到121万亿元`).
    pub issued: bool,
}

impl Reading {
    /// The reading of a text with no parsed structure: its genre detected,
    /// no plan, issued only when it reads as a statute (an untitled text
    /// may review as readily as decide).
    #[must_use]
    pub fn detect(text: &str) -> Reading {
        let genre = Genre::detect(text);
        Reading { genre, plan: false, issued: genre == Genre::Statute }
    }

    /// The reading of a parsed document of `kind` whose text is `text` and
    /// title `title`: the genre from the kind, else detected in the text.
    #[must_use]
    pub fn of_kind(kind: crate::document::DocKind, text: &str, title: Option<&str>) -> Reading {
        use crate::document::DocKind as K;
        let genre = Genre::of_kind(kind).unwrap_or_else(|| Genre::detect(text));
        let plan = title.is_some_and(crate::document::names_a_plan);
        let issued = genre == Genre::Statute
            || matches!(
                kind,
                K::Notice
                    | K::Decision
                    | K::Opinion
                    | K::Order
                    | K::Reply
                    | K::Letter
                    | K::Announcement
                    | K::PublicNotice
                    | K::Circular
                    | K::Resolution
            );
        Reading { genre, plan, issued }
    }
}
