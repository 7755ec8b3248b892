//! 文种: the document type, from the last word of the title (通知, 意见, …)
//! or, for texts without an official header, from the marks of a speech or
//! a news report.

use super::DocKind;

/// Title endings of the fifteen types of the 党政机关公文处理工作条例 (2012),
/// longest first where one ends another (通告 before 告).
const TITLE_ENDINGS: &[(&str, DocKind)] = &[
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
    ("函", DocKind::Letter),
    ("令", DocKind::Order),
];

/// The 文种 a title names by its last word; `None` when it names none.
pub(crate) fn kind_from_title(title: &str) -> Option<DocKind> {
    let t = title.trim_end_matches(|c: char| c.is_whitespace() || "。.》”\"）)".contains(c));
    TITLE_ENDINGS.iter().find(|(end, _)| t.ends_with(end)).map(|&(_, k)| k)
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

/// True when the opening lines carry a news byline (`记者 李娜`,
/// `通讯员 …`, `本报讯`, `新华社…电`).
pub(crate) fn looks_like_news(opening: &[&str]) -> bool {
    opening.iter().any(|l| {
        let l = l.trim();
        let short = l.chars().count() <= 30;
        (short && (l.starts_with("记者") || l.starts_with("通讯员") || l.starts_with("本报记者")))
            || l.starts_with("本报讯")
            || (l.starts_with("新华社") && l.contains('电') && l.chars().count() < 40)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn speech_and_news_marks() {
        assert!(looks_like_speech(&["卿 渐 伟", "(2014年4月8日,根据录音整理)", "同志们:"]));
        assert!(looks_like_speech(&["同志们："]));
        assert!(!looks_like_speech(&["同志们的积极性很高。"]));
        assert!(looks_like_news(&["正观新闻·郑州晚报", "记者 李娜", "通讯员 李绍廷"]));
        assert!(!looks_like_news(&[
            "记者节期间，全市开展了许多活动，这是一个很长的句子而不是署名行。"
        ]));
    }
}
