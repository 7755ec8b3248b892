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

use std::ops::Range;

use super::DocNumberFinder;
use super::date::DateFinder;
use super::header::HeaderRules;
use super::kind::kind_from_title;
use super::lines::Line;

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
    for (k, &i) in nonblank.iter().enumerate() {
        let text = lines[i].text(source);
        if k > 0 {
            let prev = lines[nonblank[k - 1]].text(source);
            let closed = (is_colophon(prev, dates) && text.chars().count() >= 10)
                || (dates.whole(prev).is_some() && is_prose(text) && since_start >= MIN_LINES);
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
    starts.windows(2).filter(|w| w[0] < w[1]).map(|w| w[0]..w[1]).collect()
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
    fn one_header_one_document() {
        assert_eq!(split("甲市办公室文件\n\n甲办发〔2014〕21号\n\n关于的通知").len(), 1);
        assert_eq!(split("").len(), 0);
        assert_eq!(
            split("正文\n（中办发〔2014〕4号）\n更多正文\n再多正文\n国办发〔2014〕4号\n说明").len(),
            1
        );
    }
}
