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

use std::ops::Range;

use super::DocNumberFinder;
use super::date::DateFinder;
use super::header::HeaderRules;
use super::kind::kind_from_title;
use super::lines::Line;
use super::statute::form_from_title;

/// Non-blank lines a document must have before a header block starts a new one.
const MIN_LINES: usize = 3;

/// Line ranges of the logical documents of `source`, covering every line.
pub(crate) fn segments(
    source: &str,
    lines: &[Line],
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
                || (date_line[k - 1] && is_prose(text) && since_start >= MIN_LINES);
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
        segments(source, &ls, &HeaderRules::new(), &DocNumberFinder::new(), &DateFinder::new())
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
    fn one_header_one_document() {
        assert_eq!(split("甲市办公室文件\n\n甲办发〔2014〕21号\n\n关于的通知").len(), 1);
        assert_eq!(split("").len(), 0);
        assert_eq!(
            split("正文\n（中办发〔2014〕4号）\n更多正文\n再多正文\n国办发〔2014〕4号\n说明").len(),
            1
        );
    }
}
