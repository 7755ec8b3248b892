//! Citations: document numbers (own and cited) and 《titles》.
//!
//! Titles are found by bracket matching: from 《 to its closing 》, with
//! nested 〈…〉 (and a nested 《…》) kept inside the one citation, line breaks
//! allowed (titles run over page breaks), at most 200 chars. Each title
//! carries a `key`: the inner text without white space, with runs of dashes
//! folded to `——` and nested brackets folded to 〈〉, so that
//! `《论群众路线—重要论述摘编》` and `《论群众路线——重要论述摘编》` meet.
//!
//! Document numbers come from [`DocNumberFinder`] (numbers without a year,
//! like the telegram serial `湘机发 1220 号`, are not citations); their key is
//! the canonical `code〔year〕serial号`.
//!
//! The [`Role`] is inferred from the context words: `own` for a document
//! number standing on its own header line, `forwarded` for what 转发/印发
//! introduces, `reading` for study books (书目, 摘编, 选编, 读本), `film` for
//! films (影片, 观看《…》), and `cited` for everything else.

use serde::Serialize;

use crate::Span;
use crate::document::{DocNumberFinder, DocNumberItem};
use crate::extract::Context;

/// What a citation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CitationKind {
    /// A document number (`豫办〔2014〕3号`).
    DocNumber,
    /// A 《title》.
    Title,
}

/// Why the text names the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// The document's own number, on a header line.
    Own,
    /// A document this one forwards or issues (转发, 印发, 批转).
    Forwarded,
    /// A document referred to (根据, 按照, 落实 …).
    Cited,
    /// Study material: a book, compilation or reader (书目, 摘编, 读本).
    Reading,
    /// A film to be watched (影片).
    Film,
    /// A newspaper, journal or broadcast programme (`《人民日报》`,
    /// `《新闻联播》`, `《求是》杂志`): a medium, not a cited document.
    Media,
}

/// One citation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Citation<'t> {
    /// `&source[span]`: the number, or the title with its 《》.
    pub text: &'t str,
    /// Byte span into the decoded source.
    pub span: Span,
    /// Number or title.
    pub kind: CitationKind,
    /// The parsed number, when `kind` is `doc_number`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<DocNumberItem<'t>>,
    /// Why it is named.
    pub role: Role,
    /// Normalised form for matching across documents (see the module docs).
    pub key: String,
}

/// Finds citations. Build once, share by `&`.
#[derive(Clone, Debug, Default)]
pub struct CitationExtractor {
    numbers: DocNumberFinder,
}

impl CitationExtractor {
    /// A citation extractor.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::{Context, citation::{CitationExtractor, Role}};
    /// use gongwen::normalize::Normalizer;
    /// let text = "组织党员干部集中观看《焦裕禄》影片";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, None);
    /// let c: Vec<_> = CitationExtractor::new().find_iter(&cx).collect();
    /// assert_eq!(c[0].text, "《焦裕禄》");
    /// assert_eq!(c[0].role, Role::Film);
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> CitationExtractor {
        CitationExtractor { numbers: DocNumberFinder::new() }
    }

    /// Every citation of the document, in text order.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::extract::{Context, citation::{CitationExtractor, Role}};
    /// use gongwen::normalize::Normalizer;
    /// let text = "现将省活动办《关于印发〈第二批 重点问题〉的通知》转发给你们";
    /// let norm = Normalizer::new().normalize(text);
    /// let cx = Context::whole(text, &norm, None);
    /// let c: Vec<_> = CitationExtractor::new().find_iter(&cx).collect();
    /// assert_eq!(c[0].role, Role::Forwarded);
    /// assert_eq!(c[0].key, "关于印发〈第二批重点问题〉的通知");
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    pub fn find_iter<'t>(&self, cx: &Context<'t, '_>) -> impl Iterator<Item = Citation<'t>> {
        let text = cx.text();
        let mut out: Vec<(usize, Citation<'t>)> = Vec::new();
        for &local in cx.titles() {
            let Some(t) = local.get(text) else { continue };
            let (span, src) = cx.locate(local);
            if src.is_empty() {
                continue;
            }
            let role = title_role(text, local, t);
            let key = title_key(t);
            let kind = CitationKind::Title;
            out.push((
                local.start,
                Citation { text: src, span, kind, doc_number: None, role, key },
            ));
        }
        for n in self.numbers.find_iter(text) {
            let (span, src) = cx.locate(n.span);
            // The normaliser folds brackets: mixed ones show in the source.
            if src.is_empty() || !crate::document::year_brackets_pair(src) {
                continue;
            }
            let role = number_role(cx, n.span);
            let key = n.number().to_string();
            let local = n.span.start;
            let doc_number = Some(DocNumberItem::from_parts(src, span, n.number()));
            let kind = CitationKind::DocNumber;
            out.push((local, Citation { text: src, span, kind, doc_number, role, key }));
        }
        out.sort_by_key(|(start, _)| *start);
        out.into_iter().map(|(_, c)| c)
    }
}

/// The matching key of a title: inner text, no white space, nested brackets
/// as 〈〉, dash runs as ——.
fn title_key(title: &str) -> String {
    let inner = title.strip_prefix('《').and_then(|t| t.strip_suffix('》')).unwrap_or(title);
    let mut key = String::with_capacity(inner.len());
    let mut in_dash = false;
    for c in inner.chars() {
        if c.is_whitespace() {
            continue;
        }
        if matches!(c, '—' | '－' | '-' | '–' | '―') {
            if !in_dash {
                key.push_str("——");
            }
            in_dash = true;
            continue;
        }
        in_dash = false;
        key.push(match c {
            '《' => '〈',
            '》' => '〉',
            _ => c,
        });
    }
    key
}

/// The role of the document number at `local` in `text`: `own` when its line
/// holds no running text (no 。，《), `forwarded` after 转发/印发/批转 in the
/// same clause, else `cited`.
fn number_role(cx: &Context<'_, '_>, local: Span) -> Role {
    let text = cx.text();
    let line_span = cx.line_at(local.start);
    let line_start = line_span.start;
    let line = line_span.get(text).unwrap_or("");
    if !line.contains(['。', '，', ',', '《', '》', '；']) {
        return Role::Own;
    }
    let before = text.get(line_start..local.start).unwrap_or("");
    let clause = before.rsplit(['，', ',', '。', '；', '（', '(']).next().unwrap_or(before);
    if ["转发", "印发", "批转"].iter().any(|w| clause.contains(w)) {
        return Role::Forwarded;
    }
    Role::Cited
}

/// The role of the title at `local` in `text`.
fn title_role(text: &str, local: Span, title: &str) -> Role {
    let before: String = text
        .get(..local.start)
        .unwrap_or("")
        .chars()
        .rev()
        .take_while(|c| !matches!(c, '。' | '；' | '\n' | '：'))
        .take(12)
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text
        .get(local.end..)
        .unwrap_or("")
        .chars()
        .take_while(|c| !matches!(c, '。' | '；' | '\n'))
        .take(40)
        .collect();
    let near_after: String = after.chars().take(8).collect();
    let key = title_key(title);
    if near_after.contains("影片") || before.ends_with("观看") {
        return Role::Film;
    }
    let reading_tail = ["摘编", "选编", "读本", "文选", "文集", "汇编"];
    if reading_tail.iter().any(|t| key.ends_with(t))
        || ["书目", "读本", "本书"].iter().any(|w| after.contains(w))
    {
        return Role::Reading;
    }
    // A medium by its name (日报, 联播, 周刊 …) or by what follows it
    // (《求是》杂志, 《焦点访谈》栏目, 《人民日报》发表): 公报, 通报, 简报 are
    // documents, so a bare 报 is not enough.
    let media_tail =
        ["日报", "晚报", "时报", "周报", "联播", "杂志", "周刊", "月刊", "画报", "文摘"];
    let media_next =
        ["杂志", "节目", "栏目", "专栏", "频道", "报道", "播出", "刊发", "刊登", "头版"];
    if media_tail.iter().any(|t| key.ends_with(t))
        || media_next.iter().any(|w| after.starts_with(w))
    {
        return Role::Media;
    }
    let forwards = ["转发", "印发", "批转"];
    if forwards.iter().any(|w| before.contains(w))
        || forwards.iter().any(|w| near_after.contains(w))
    {
        return Role::Forwarded;
    }
    Role::Cited
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    type Row = (String, CitationKind, Role, String);

    fn run(text: &str) -> Vec<Row> {
        let norm = Normalizer::new().normalize(text);
        let cx = Context::whole(text, &norm, None);
        CitationExtractor::new()
            .find_iter(&cx)
            .map(|c| {
                assert_eq!(c.span.get(text), Some(c.text));
                (c.text.to_owned(), c.kind, c.role, c.key)
            })
            .collect()
    }

    #[test]
    fn title_roles_table() {
        let rows: &[(&str, &str, Role)] = &[
            ("集中观看《焦裕禄》影片", "《焦裕禄》", Role::Film),
            ("央视《新闻联播》今天播出", "《新闻联播》", Role::Media),
            ("《人民日报》头版刊发评论员文章", "《人民日报》", Role::Media),
            ("在《求是》杂志发表重要文章", "《求是》", Role::Media),
            ("《焦点访谈》栏目报道了", "《焦点访谈》", Role::Media),
            (
                "根据《2023年国民经济和社会发展统计公报》",
                "《2023年国民经济和社会发展统计公报》",
                Role::Cited,
            ),
            ("认真组织广大党员、干部观看《焦裕禄》等影片", "《焦裕禄》", Role::Film),
            (
                "重点学习《论群众路线—重要论述摘编》等书目",
                "《论群众路线—重要论述摘编》",
                Role::Reading,
            ),
            (
                "《党的群众路线教育实践活动学习文件选编》",
                "《党的群众路线教育实践活动学习文件选编》",
                Role::Reading,
            ),
            (
                "关于转发省活动办《关于印发〈甲〉的通知》的通知",
                "《关于印发〈甲〉的通知》",
                Role::Forwarded,
            ),
            ("现将《甲乙》印发给你们", "《甲乙》", Role::Forwarded),
            (
                "根据《中共中央办公厅印发〈意见〉的通知》（中办发〔2014〕4号）",
                "《中共中央办公厅印发〈意见〉的通知》",
                Role::Cited,
            ),
            ("认真学习贯彻习近平总书记的重要讲话（以下简称《讲话》）精神", "《讲话》", Role::Cited),
            ("详细填写《群众工作日记》，分类建档", "《群众工作日记》", Role::Cited),
        ];
        for &(text, want, role) in rows {
            let got: Vec<Row> =
                run(text).into_iter().filter(|r| r.1 == CitationKind::Title).collect();
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!((got[0].0.as_str(), got[0].2), (want, role), "{text}");
        }
    }

    #[test]
    fn nesting_line_breaks_and_keys() {
        let got = run("《厉行节约、反对浪费\n\n——重要论述摘编》三本书");
        assert_eq!(got[0].3, "厉行节约、反对浪费——重要论述摘编");
        assert_eq!(got[0].2, Role::Reading);
        let a = run("《第二批教育实践活动 “学习教育、听取意见”环节需要把握的 10个方面重点问题》");
        let b = run("《第二批教育实践活动“学习教育、听取意见”环节需要把握的10个方面重点问题》");
        assert_eq!(a[0].3, b[0].3);
        assert_eq!(
            title_key("《论群众路线—重要论述摘编》"),
            title_key("《论群众路线——重要论述摘编》")
        );
        assert_eq!(run("《外《内》外》").len(), 1);
        assert_eq!(run("《未闭合").len(), 0);
        assert_eq!(run("》《》").len(), 0);
    }

    #[test]
    fn document_numbers_table() {
        let rows: &[(&str, &str, Role, &str)] = &[
            ("郑群办发〔2014〕21号\n", "郑群办发〔2014〕21号", Role::Own, "郑群办发〔2014〕21号"),
            (
                "等级特提·明电 湘办发电〔2014〕35号 湘机发 1220 号",
                "湘办发电〔2014〕35号",
                Role::Own,
                "湘办发电〔2014〕35号",
            ),
            (
                "要求（群办发〔2014〕4号），认真",
                "群办发〔2014〕4号",
                Role::Cited,
                "群办发〔2014〕4号",
            ),
            (
                "经研究，转发国办发 [2014] 4号文件，请",
                "国办发 [2014] 4号",
                Role::Forwarded,
                "国办发〔2014〕4号",
            ),
        ];
        for &(text, want, role, key) in rows {
            let got: Vec<Row> =
                run(text).into_iter().filter(|r| r.1 == CitationKind::DocNumber).collect();
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(
                (got[0].0.as_str(), got[0].2, got[0].3.as_str()),
                (want, role, key),
                "{text}"
            );
        }
    }

    #[test]
    fn extractor_is_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<CitationExtractor>();
    }
}
