//! Splitting one source into logical documents.
//!
//! A forwarding notice is often followed, in the same file, by the full text
//! of the document it forwards, with its own 版头 (`…文件`, `豫群办发〔2014〕5号`).
//! A new document starts at such a header block once the current document
//! has had some content of its own.

use std::ops::Range;

use super::DocNumberFinder;
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
) -> Vec<Range<usize>> {
    let mut starts = vec![0];
    let mut since_start = 0usize;
    let mut last_was_mark = false;
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_blank()).collect();
    for (k, &i) in nonblank.iter().enumerate() {
        let text = lines[i].text(source);
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

#[cfg(test)]
mod tests {
    use super::super::lines::lines;
    use super::*;

    fn split(source: &str) -> Vec<String> {
        let ls = lines(source);
        segments(source, &ls, &HeaderRules::new(), &DocNumberFinder::new())
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
    fn one_header_one_document() {
        assert_eq!(split("甲市办公室文件\n\n甲办发〔2014〕21号\n\n关于的通知").len(), 1);
        assert_eq!(split("").len(), 0);
        assert_eq!(
            split("正文\n（中办发〔2014〕4号）\n更多正文\n再多正文\n国办发〔2014〕4号\n说明").len(),
            1
        );
    }
}
