//! The genre of a document's text, which decides what a cue word means
//! (directives) and whether the text may plan (quotas): one per document,
//! settled by the analyser from the parsed kind or detected in the text.

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
