//! Statutes (法律, 法规, 规章, 司法解释): the `第X编/章/节/条` markers of their
//! outline, and their legal form.
//!
//! A text is read as a statute when its body is laid out in articles: at least
//! two lines open with `第X条`, the first of them near the top. Its form comes
//! from the title word when the text prints a title (`…法` law, `…条例`
//! regulation, `…办法/规定/细则` rules, a court's `…规定/解释` interpretation),
//! else from the way the text names itself (`本法`, `本条例`, `本办法`,
//! `本规定`, `本解释`) and from court vocabulary. An article text that names
//! neither (an excerpt that starts at 第十一条, say) keeps kind `unknown`:
//! the form is not guessed, though directives still read it as a statute.

use memchr::memmem;

use super::lines::Line;
use super::{DocKind, MarkerKind};
use crate::normalize::numerals::{digit_value, parse_int};

/// How many non-blank lines from the top may come before the first article.
const FIRST_ARTICLE_LINES: usize = 12;
/// How many non-blank lines are looked at to decide.
const LOOK_LINES: usize = 400;
/// How many bytes of the body are searched for self-references.
const LOOK_BYTES: usize = 64 * 1024;

fn is_cn_digit(c: char) -> bool {
    matches!(c, '十' | '百' | '千' | '零' | '〇' | '两')
        || (digit_value(c).is_some() && !c.is_ascii_digit() && !('０'..='９').contains(&c))
}

/// A `第X编/章/节/条` marker at the very start of `s`: (kind, number, byte
/// length). An article must be followed by a blank or by text that does not
/// read as a reference to it (`第三条规定的`, `第五条和第六条`).
pub(crate) fn statute_marker(s: &str) -> Option<(MarkerKind, u32, usize)> {
    let rest = s.strip_prefix('第')?;
    let num_len: usize = rest
        .char_indices()
        .take(8)
        .take_while(|&(_, c)| is_cn_digit(c) || c.is_ascii_digit())
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    if num_len == 0 {
        return None;
    }
    let num = rest.get(..num_len)?;
    let after = rest.get(num_len..)?;
    let unit = after.chars().next()?;
    let kind = match unit {
        '编' => MarkerKind::Part,
        '章' => MarkerKind::Chapter,
        '节' => MarkerKind::Section,
        '条' => MarkerKind::Article,
        _ => return None,
    };
    let tail = after.get(unit.len_utf8()..)?;
    let next = tail.chars().next();
    let blank = next.is_none_or(|c| c.is_whitespace());
    let reference = next.is_some_and(|c| "的之规所中和及与或、，,至到第款项（(".contains(c))
        || tail.starts_with("规定");
    if !blank && (reference || kind != MarkerKind::Article) {
        return None;
    }
    let n = u32::try_from(parse_int(num)?).ok()?;
    Some((kind, n, '第'.len_utf8() + num_len + unit.len_utf8()))
}

/// The rank of a statute marker: 编 above 章 above 节 above 条.
pub(crate) fn rank(kind: MarkerKind) -> Option<u8> {
    match kind {
        MarkerKind::Part => Some(0),
        MarkerKind::Chapter => Some(1),
        MarkerKind::Section => Some(2),
        MarkerKind::Article => Some(3),
        _ => None,
    }
}

/// True when the non-blank `lines` are laid out in articles.
pub(crate) fn is_statute(source: &str, lines: &[Line]) -> bool {
    let mut first = None;
    let mut count = 0;
    for (i, l) in lines.iter().filter(|l| !l.is_blank()).take(LOOK_LINES).enumerate() {
        if let Some((MarkerKind::Article, _, _)) = statute_marker(l.text(source)) {
            first.get_or_insert(i);
            count += 1;
            if count >= 2 {
                break;
            }
        }
    }
    count >= 2 && first.is_some_and(|i| i < FIRST_ARTICLE_LINES)
}

/// The legal form a statute title names, if any.
pub(crate) fn form_from_title(title: &str) -> Option<DocKind> {
    // `…办法（试行）`, `…法（2017修正）`: drop a bracketed note at the end.
    let t = title.trim();
    let t = match t.rfind(['（', '(']) {
        Some(i) if t.ends_with(['）', ')']) => t.get(..i).unwrap_or(t).trim_end(),
        _ => t,
    };
    let court = t.starts_with("最高人民法院") || t.starts_with("最高人民检察院");
    if t.ends_with("司法解释") || t.ends_with("解释") && court {
        return Some(DocKind::Interpretation);
    }
    if t.ends_with("条例") {
        return Some(DocKind::Regulation);
    }
    if ["办法", "规定", "细则", "规则"].iter().any(|w| t.ends_with(w)) {
        return Some(if court { DocKind::Interpretation } else { DocKind::Rules });
    }
    // `…法` but not `办法`, `方法`, `做法`, `立法` (a word, not a law).
    let law = t.ends_with('法')
        && !["办法", "方法", "做法", "立法", "说法", "想法", "手法", "用法"]
            .iter()
            .any(|w| t.ends_with(w));
    law.then_some(DocKind::Law)
}

/// The legal form of a statute body by the way it names itself and by
/// court vocabulary; a regulation when it gives no sign.
pub(crate) fn form_from_body(body: &str) -> DocKind {
    let end = body.len().min(LOOK_BYTES);
    let end = (0..=end).rev().find(|&i| body.is_char_boundary(i)).unwrap_or(0);
    let text = body.get(..end).unwrap_or("");
    let mut counts = [0usize; 4]; // law, regulation, rules, interpretation
    // Vector searches for the UTF-8 bytes of the words (issue 10): `str`'s
    // own searches stop at every byte that ends 本 (AC ends many chars).
    let bytes = text.as_bytes();
    let count = |word: &str| memmem::find_iter(bytes, word.as_bytes()).count();
    for i in memmem::find_iter(bytes, "本".as_bytes()) {
        let rest = text.get(i + '本'.len_utf8()..).unwrap_or("");
        if let Some(r) = rest.strip_prefix('法') {
            // `本法人`, `本法院`; `本法规` (this regulation) but `本法规定`.
            let other = r.starts_with(['人', '院', '律', '典'])
                || (r.starts_with('规') && !r.starts_with("规定"));
            if !other {
                counts[0] += 1;
            }
        } else if rest.starts_with("条例") {
            counts[1] += 1;
        } else if ["办法", "规定", "细则", "规则"].iter().any(|w| rest.starts_with(w)) {
            counts[2] += 1;
        } else if rest.starts_with("解释") {
            counts[3] += 1;
        }
    }
    let court = count("人民法院") >= 3
        || count("人民检察院") >= 3
        || memmem::find(bytes, "司法解释".as_bytes()).is_some();
    if counts[3] > 0 || (court && counts[2] > 0 && counts[0] == 0 && counts[1] == 0) {
        return DocKind::Interpretation;
    }
    let best = (0..3).max_by_key(|&i| (counts[i], i == 1)).unwrap_or(1);
    // No title word and no self-reference: the legal form is not stated,
    // and the output never guesses (the text still reads as a statute for
    // directives, which see its articles).
    if counts[best] == 0 {
        return DocKind::Unknown;
    }
    [DocKind::Law, DocKind::Regulation, DocKind::Rules][best]
}

#[cfg(test)]
mod tests {
    use super::super::lines::lines;
    use super::*;

    #[test]
    fn markers() {
        type Row<'a> = (&'a str, Option<(MarkerKind, u32, &'a str)>);
        let rows: &[Row<'_>] = &[
            ("第一条 为了加强管理", Some((MarkerKind::Article, 1, "第一条"))),
            ("第二十五条　供热期间", Some((MarkerKind::Article, 25, "第二十五条"))),
            ("第105条 附则", Some((MarkerKind::Article, 105, "第105条"))),
            ("第一百零二条违反本条例", Some((MarkerKind::Article, 102, "第一百零二条"))),
            ("第三章 法律责任", Some((MarkerKind::Chapter, 3, "第三章"))),
            ("第二节 登记", Some((MarkerKind::Section, 2, "第二节"))),
            ("第一编 总则", Some((MarkerKind::Part, 1, "第一编"))),
            ("第三条规定的期限", None),
            ("第五条和第六条", None),
            ("第三章的规定", None),
            ("第二批主题教育", None),
            ("第一季度", None),
        ];
        for &(text, want) in rows {
            let got = statute_marker(text).map(|(k, n, len)| (k, n, &text[..len]));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn statute_layout() {
        let s =
            "为规范审理，制定本规定。\n\n第一条 管理人有权获得报酬。\n\n第二条 人民法院应当确定。";
        assert!(is_statute(s, &lines(s)));
        // A notice that cites articles in running text is not one.
        let s = "各市：\n根据第三条规定，现通知如下。\n一、第五条和第六条的执行";
        assert!(!is_statute(s, &lines(s)));
        // Articles far down (rules attached to a notice) do not count.
        let mut s = String::new();
        for i in 0..20 {
            s.push_str(&format!("第{i}段正文。\n"));
        }
        s.push_str("第一条 总则\n第二条 范围\n");
        assert!(!is_statute(&s, &lines(&s)));
    }

    #[test]
    fn forms_from_titles() {
        let rows: &[(&str, Option<DocKind>)] = &[
            ("中华人民共和国广告法", Some(DocKind::Law)),
            ("中华人民共和国行政复议法（2017修正）", Some(DocKind::Law)),
            ("河南省辐射污染防治条例", Some(DocKind::Regulation)),
            ("明码标价和禁止价格欺诈规定", Some(DocKind::Rules)),
            ("某市城市养犬管理办法（试行）", Some(DocKind::Rules)),
            ("最高人民法院关于审理企业破产案件确定管理人报酬的规定", Some(DocKind::Interpretation)),
            ("最高人民检察院关于适用刑法若干问题的解释", Some(DocKind::Interpretation)),
            ("关于改进工作方法", None),
            ("关于加强管理的通知", None),
        ];
        for &(title, want) in rows {
            assert_eq!(form_from_title(title), want, "{title}");
        }
    }

    #[test]
    fn forms_from_bodies() {
        assert_eq!(form_from_body("违反本法规定的，由市场监督管理部门处罚。"), DocKind::Law);
        assert_eq!(form_from_body("本条例自2021年1月1日起施行。"), DocKind::Regulation);
        assert_eq!(form_from_body("违反本办法第三条的，处警告。"), DocKind::Rules);
        assert_eq!(
            form_from_body("人民法院应当依照本规定确定。人民法院可以调整。人民法院应当公告。"),
            DocKind::Interpretation
        );
        assert_eq!(form_from_body("本解释自公布之日起施行。"), DocKind::Interpretation);
        // No self-reference: the form is not stated, so it is not guessed.
        assert_eq!(form_from_body("供热企业应当按照规定设置测温点。"), DocKind::Unknown);
        // `本法人` is a legal person, not this law.
        assert_eq!(form_from_body("本法人应当登记。本条例另有规定的除外。"), DocKind::Regulation);
    }
}
