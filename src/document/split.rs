//! Splitting one source into logical documents.
//!
//! A forwarding notice is often followed, in the same file, by the full text
//! of the document it forwards, with its own 版头 (`…文件`, `豫群办发〔2014〕5号`).
//! A new document starts at such a header block once the current document
//! has had some content of its own.
//!
//! Two closing shapes end a document too, whatever follows:
//! - the 版记 line `…办公室  2022年3月10日印发`: the last line of a printed
//!   document, so text after it is another document (a dataset cell holding
//!   two texts);
//! - a 成文日期 line followed by a paragraph of running prose: an attachment
//!   after the date opens with its title or `附件`, never mid-argument, so the
//!   prose belongs to another text.
//!
//! And a text with its own title printed after the 成文日期, closing with
//! its own date (a forwarded 请示 or 报告, a 批转ed 办法), is a document of
//! its own; without a date of its own it is the notice's attachment.
//!
//! Text recognised from scanned pages often holds a whole forwarding chain
//! on one line; [`cut_run_in_documents`] cuts such a line where the next
//! document's title and 主送 follow a signature date, so the rules above
//! see the documents it holds.

use std::ops::Range;

use super::DocNumberFinder;
use super::date::DateFinder;
use super::header::{HeaderRules, ends_like_organ};
use super::kind::kind_from_title;
use super::lines::{Line, trim_span};
use super::statute::form_from_title;
use crate::Span;

/// Non-blank lines a document must have before a header block starts a new one.
const MIN_LINES: usize = 3;

/// Line ranges of the logical documents of `source`, covering every line.
///
/// `run_in` lists the lines that open a document run into the line before
/// ([`cut_run_in_documents`]); each starts a segment.
pub(crate) fn segments(
    source: &str,
    lines: &[Line],
    run_in: &[usize],
    rules: &HeaderRules,
    numbers: &DocNumberFinder,
    dates: &DateFinder,
) -> Vec<Range<usize>> {
    let mut starts = vec![0];
    let mut since_start = 0usize;
    let mut last_was_mark = false;
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_blank()).collect();
    // Which non-blank lines are a whole date (a 成文日期 line), read once.
    let date_line: Vec<bool> =
        nonblank.iter().map(|&i| dates.whole(lines[i].text(source)).is_some()).collect();
    for (k, &i) in nonblank.iter().enumerate() {
        let text = lines[i].text(source);
        if k > 0 {
            let prev = lines[nonblank[k - 1]].text(source);
            let closed = (is_colophon(prev, dates) && text.chars().count() >= 10)
                || (date_line[k - 1] && is_prose(text) && since_start >= MIN_LINES)
                || run_in.binary_search(&i).is_ok();
            if closed && starts.last() != Some(&i) {
                starts.push(i);
                since_start = 0;
                last_was_mark = false;
            }
        }
        let is_mark = rules.issuer_mark(text).is_some();
        let is_number_header = !is_mark
            && !last_was_mark
            && numbers.find(text).is_some_and(|n| n.text.len() + 6 >= text.len())
            && nonblank.get(k + 1).and_then(|&j| kind_from_title(lines[j].text(source))).is_some();
        if is_mark || is_number_header {
            if since_start >= MIN_LINES {
                starts.push(i);
            }
            since_start = 0;
        } else {
            since_start += 1;
        }
        last_was_mark = is_mark;
    }
    starts.push(lines.len());
    let mut segments: Vec<Range<usize>> =
        starts.windows(2).filter(|w| w[0] < w[1]).map(|w| w[0]..w[1]).collect();
    let mut k = 0;
    while let Some(seg) = segments.get(k).cloned() {
        match signed_text_after_date(source, lines, &nonblank, &date_line, seg.clone()) {
            Some(at) => {
                segments.splice(k..=k, [seg.start..at, at..seg.end]);
            }
            None => k += 1,
        }
    }
    segments
}

/// Chars a line must have before documents run into it are looked for.
const RUN_IN_MIN_CHARS: usize = 200;

/// Chars between the last sentence end and a signature date: the signing
/// organ, or an 附件 line naming an attached text and the organ.
const SIGNATURE_CHARS: usize = 64;

/// Chars of a bracketed note after a signature date (`(此件不公开发布…)`).
const NOTE_CHARS: usize = 160;

/// Chars of a run-in title.
const TITLE_CHARS: usize = 100;

/// Chars of a run-in 主送 list.
const RECIPIENT_CHARS: usize = 80;

/// Cut the lines of `lines` that hold more than one document, as one-line
/// OCR text holds a forwarding chain (`…确保风险可控在控。国网安监部2021年3月26日
/// (此件不公开发布…)国务院国有资产监督管理委员会关于…的通知有关中央企业：根据…`).
/// A document starts inside a line where, after a signature date (a full
/// date right after an organ's name or a seal note, at most
/// [`SIGNATURE_CHARS`] after the last sentence end, with no comma between) and an optional bracketed note, a title naming a 文种
/// with `关于` or `转发` runs into a 主送 list ending in a colon, and the
/// rest of the line closes with a date of its own. An issued 办法 or
/// 方案 after a date has no 主送 and stays whole. Returns the indices,
/// in the cut `lines`, of the lines that open such a document.
pub(crate) fn cut_run_in_documents(
    source: &str,
    lines: &mut Vec<Line>,
    dates: &DateFinder,
) -> Vec<usize> {
    let mut opens = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let line = lines[k];
        let text = line.text(source);
        let cut = (text.len() >= 3 * RUN_IN_MIN_CHARS)
            .then(|| run_in_start(text, dates))
            .flatten()
            .map(|at| line.content.start + at);
        match cut {
            Some(at) => {
                let head = Line {
                    raw: Span::new(line.raw.start, at),
                    content: trim_span(source, Span::new(line.content.start, at)),
                    heading: line.heading,
                };
                let tail = Line {
                    raw: Span::new(at, line.raw.end),
                    content: Span::new(at, line.content.end),
                    heading: false,
                };
                lines.splice(k..=k, [head, tail]);
                opens.push(k + 1);
                // The tail may hold a further document.
                k += 1;
            }
            None => k += 1,
        }
    }
    opens
}

/// Where the first document run into `text` after another starts, as a
/// byte offset into `text` (see [`cut_run_in_documents`]).
fn run_in_start(text: &str, dates: &DateFinder) -> Option<usize> {
    let found: Vec<_> = dates.find_iter(text).map(|d| d.span).collect();
    // The run-in document closes with a date of its own: not the last one.
    for (n, d) in found.iter().enumerate().take(found.len().saturating_sub(1)) {
        let before = text.get(..d.start)?;
        let sentence_end =
            before.rfind(['。', '！', '？', '；', '!', '?', ';']).map_or(0, |i| i + 3);
        let signed = before.get(sentence_end..)?;
        let seal = signed.ends_with("章）") || signed.ends_with("章)");
        if sentence_end == 0
            || signed.chars().count() > SIGNATURE_CHARS
            || signed.contains(['，', ','])
            || !(seal || ends_like_organ(signed))
        {
            continue;
        }
        let mut at = d.end;
        let rest = text.get(at..)?;
        at += rest.len() - rest.trim_start().len();
        if let Some(note) = bracketed_note(text.get(at..)?) {
            at += note;
            let rest = text.get(at..)?;
            at += rest.len() - rest.trim_start().len();
        }
        let Some(title_end) = run_in_title(text.get(at..)?) else { continue };
        let after_title = text.get(at + title_end..)?;
        let Some(colon) = after_title.find(['：', ':']) else { continue };
        let recipients = &after_title[..colon];
        if recipients.is_empty()
            || recipients.chars().count() > RECIPIENT_CHARS
            || recipients.contains(['。', '；', '《'])
        {
            continue;
        }
        // Its own date closes the rest.
        if found.get(n + 1..).is_some_and(|ds| ds.iter().any(|o| o.start > at + title_end + colon))
        {
            return Some(at);
        }
    }
    None
}

/// The byte length of a bracketed note at the start of `text` (`(此件不公开发布…)`),
/// closing bracket included.
fn bracketed_note(text: &str) -> Option<usize> {
    let close = match text.chars().next()? {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    let (i, _) =
        text.char_indices().take(NOTE_CHARS).find(|&(_, c)| c == close || c == '）' || c == ')')?;
    Some(i + close.len_utf8())
}

/// The byte length of a title at the start of `text` that names a 文种 and
/// holds `关于` or `转发` (`国务院…督导组关于…建议的函`), read up to the
/// first 文种 word followed by a recipient-like run.
fn run_in_title(text: &str) -> Option<usize> {
    let mut chars = 0;
    for (i, c) in text.char_indices() {
        chars += 1;
        if chars > TITLE_CHARS || matches!(c, '。' | '，' | '；' | '：' | ':' | ',') {
            return None;
        }
        let end = i + c.len_utf8();
        let title = &text[..end];
        if (title.contains("关于") || title.contains("转发")) && kind_from_title(title).is_some()
        {
            return Some(end);
        }
    }
    None
}

/// Title lines a forwarded text's title may take.
const TITLE_LINES: usize = 3;

/// A forwarded or approved text printed after the 成文日期 of the notice
/// that forwards it, with its own title and its own signature date
/// (`…国务院办公厅⏎一九九六年七月十七日⏎关于…的请示⏎国务院：⏎…⏎国家教委⏎
/// 一九九六年…`, a 批转ed `…办法` closing with its issuers and date): it is a
/// logical document of its own. An issued text without a date of its own
/// stays the notice's attachment. Returns the line where it starts.
/// `nonblank` lists the non-blank lines and `date_line` which of them are
/// whole dates.
fn signed_text_after_date(
    source: &str,
    lines: &[Line],
    nonblank: &[usize],
    date_line: &[bool],
    seg: Range<usize>,
) -> Option<usize> {
    let (lo, hi) =
        (nonblank.partition_point(|&i| i < seg.start), nonblank.partition_point(|&i| i < seg.end));
    let inside = nonblank.get(lo..hi)?;
    let is_date = date_line.get(lo..hi)?;
    let text = |i: usize| lines.get(i).map_or("", |l| l.text(source)).trim();
    // The forwarded text closes with its own date line (an appended table
    // may follow it).
    let own_date = is_date.iter().rposition(|&d| d)?;
    for k in (0..own_date).filter(|&k| is_date[k]) {
        if k < MIN_LINES {
            continue;
        }
        // A note under the date (`（本文有删减）`) may stand before the title.
        let mut j = k + 1;
        if inside
            .get(j)
            .is_some_and(|&n| text(n).starts_with(['（', '(']) && text(n).chars().count() <= 16)
        {
            j += 1;
        }
        let &first = inside.get(j)?;
        let mut title = String::new();
        for &n in inside.iter().skip(j).take(TITLE_LINES) {
            title.push_str(text(n));
            let named = kind_from_title(&title).is_some() || form_from_title(&title).is_some();
            // The title leaves room for a body before the closing date.
            let before_own_date = inside.get(own_date).is_some_and(|&d| n + 1 < d);
            if named && title.chars().count() <= 80 && before_own_date {
                return Some(first);
            }
        }
    }
    None
}

/// A 版记 印发 line: a full date right before `印发` at the end of the line.
fn is_colophon(line: &str, dates: &DateFinder) -> bool {
    let Some(head) = line.trim_end().strip_suffix("印发") else { return false };
    dates
        .find_iter(head)
        .last()
        .is_some_and(|d| head.get(d.span.end..).is_some_and(|r| r.trim().is_empty()))
}

/// A paragraph of running prose: long, with sentence punctuation, not an
/// attachment or note line.
fn is_prose(line: &str) -> bool {
    line.chars().count() >= 60
        && line.contains('。')
        && line.contains('，')
        && !line.starts_with("附件")
        && !line.starts_with(['（', '('])
}

#[cfg(test)]
mod tests {
    use super::super::lines::lines;
    use super::*;

    fn split(source: &str) -> Vec<String> {
        let ls = lines(source);
        let mut ls = ls;
        let run_in = cut_run_in_documents(source, &mut ls, &DateFinder::new());
        segments(
            source,
            &ls,
            &run_in,
            &HeaderRules::new(),
            &DocNumberFinder::new(),
            &DateFinder::new(),
        )
        .into_iter()
        .map(|r| {
            ls[r]
                .iter()
                .map(|l| l.text(source))
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
    }

    #[test]
    fn splits_at_a_second_header() {
        let source = "甲市办公室文件\n甲办发〔2014〕21号\n关于转发的通知\n各县区：\n现将通知转发给你们。\n甲市办公室\n2014年3月22日\n\n乙省办公室文件\n乙办发〔2014〕5号\n关于印发的通知\n正文。";
        assert_eq!(
            split(source),
            [
                "甲市办公室文件|甲办发〔2014〕21号|关于转发的通知|各县区：|现将通知转发给你们。|甲市办公室|2014年3月22日",
                "乙省办公室文件|乙办发〔2014〕5号|关于印发的通知|正文。",
            ]
        );
    }

    #[test]
    fn splits_at_a_number_and_title_block() {
        let source = "关于转发的通知\n各县区：\n现将通知转发给你们。\n2014年3月22日\n乙办发〔2014〕5号\n关于印发的通知\n正文。";
        assert_eq!(
            split(source),
            [
                "关于转发的通知|各县区：|现将通知转发给你们。|2014年3月22日",
                "乙办发〔2014〕5号|关于印发的通知|正文。"
            ]
        );
    }

    #[test]
    fn splits_after_closing_shapes() {
        // A 版记 line ends a printed document (d15 of the development set).
        let source = "关于印发的通知\n各单位：\n现印发给你们。\n2022年3月10日\n附件\n办法正文。\n济南市工业和信息化局办公室   2022年3月10日印发\n各省、自治区、直辖市工业和信息化主管部门：\n现提出如下意见。";
        assert_eq!(split(source).len(), 2);
        assert!(split(source)[1].starts_with("各省、自治区、直辖市"));
        // Prose right after the 成文日期 is another text; a title is an attachment.
        let prose = "某某（".to_owned() + &"事项安排".repeat(15) + "），要抓紧落实。";
        let source = format!(
            "各高级人民法院：\n正文一。\n正文二。\n最高人民法院\n2018年12月7日\n\n{prose}\n一、现状"
        );
        assert_eq!(split(&source).len(), 2);
        let source = "各单位：\n正文一。\n正文二。\n水利部办公厅\n2022年6月14日\n2022年工作要点\n一、强化应用。";
        assert_eq!(split(source).len(), 1);
    }

    #[test]
    fn splits_a_signed_text_after_the_date() {
        let notice = "国务院办公厅转发某部关于做好某项工作请示的通知\n各省人民政府：\n某部《关于做好某项工作的请示》已经国务院同意，现转发给你们。\n请认真贯彻执行。\n国务院办公厅\n二〇〇一年三月二日\n";
        // The forwarded request, with its own date and an appended table.
        let source = format!(
            "{notice}（有删减）\n关于做好某项工作\n的请示\n国务院：\n现提出如下意见。\n一、加强领导。\n某部\n2001年1月5日\n附表\n甲省\n100"
        );
        let parts = split(&source);
        assert_eq!(parts.len(), 2);
        assert!(parts[1].starts_with("关于做好某项工作|的请示|国务院："), "{parts:?}");
        // An issued 办法 closing with its issuers and date.
        let source =
            format!("{notice}某某管理办法\n第一条 为了规范管理，制定本办法。\n某局\n2001年2月1日");
        assert_eq!(split(&source).len(), 2);
        // Without a date of its own, the text stays the notice's attachment.
        let source = format!("{notice}关于做好某项工作的请示\n国务院：\n现提出如下意见。");
        assert_eq!(split(&source).len(), 1);
    }

    #[test]
    fn splits_documents_run_into_one_line() {
        // Not from the sets: a two-level chain recognised from scanned pages
        // onto one line, the forwarded notice signed with a note after it.
        let body = "各单位要认真落实，确保安全生产，加强隐患排查，及时报告有关情况。".repeat(4);
        let forwarded = "某某省安全生产委员会办公室关于做好春季安全生产工作的通知各市安委办：";
        let source = format!(
            "某某公司文件某司安〔2021〕3号关于转发做好春季安全生产工作通知的通知各分公司：现将通知转发你们，请遵照执行。{body}某某公司2021年3月26日(此件发至收文单位本部)\
             {forwarded}{body}某某省安全生产委员会办公室2021年3月20日抄送：省应急厅。"
        );
        let parts = split(&source);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(parts[0].ends_with("2021年3月26日(此件发至收文单位本部)"), "{parts:?}");
        assert!(parts[1].starts_with(forwarded), "{parts:?}");
        // An issued 办法 after the date has no 主送: one document.
        let source = format!(
            "关于印发某某管理办法的通知各单位：现将办法印发给你们。{body}某某厅2021年3月26日某某厅关于某某的管理办法第一条 为了规范管理，制定本办法。{body}2021年3月1日起施行。"
        );
        assert_eq!(split(&source).len(), 1);
        // A date inside a sentence is no signature date.
        let source = format!(
            "关于开会的通知各单位：{body}会议定于2021年3月26日召开关于开会的通知各单位：请参加。{body}某某厅2021年3月20日"
        );
        assert_eq!(split(&source).len(), 1);
    }

    #[test]
    fn one_header_one_document() {
        assert_eq!(split("甲市办公室文件\n\n甲办发〔2014〕21号\n\n关于的通知").len(), 1);
        assert_eq!(split("").len(), 0);
        assert_eq!(
            split("正文\n（中办发〔2014〕4号）\n更多正文\n再多正文\n国办发〔2014〕4号\n说明").len(),
            1
        );
    }
}
