//! A title line that names no 文种 but a plan or rule (`…推进方案`,
//! `…管理办法（试行）`), matched by hand: the regex it replaces,
//! [`PLAN_TITLE`], took 5M instructions to compile in every run (issue 10).

/// The words a plan or rule title ends with.
const KINDS: [&str; 17] = [
    "方案", "办法", "规定", "细则", "规则", "规划", "计划", "要点", "措施", "指南", "纲要", "规范",
    "标准", "制度", "条例", "准则", "意见",
];

/// The pattern [`is_plan_title`] matches.
#[cfg(test)]
const PLAN_TITLE: &str = r"^[^。，；：:,;]{2,60}?(?:方案|办法|规定|细则|规则|规划|计划|要点|措施|指南|纲要|规范|标准|制度|条例|准则|意见)(?:[（(][^）)]{1,16}[）)])?$";

/// True when `line` is 2 to 60 chars without clause punctuation, then one
/// of [`KINDS`], then perhaps a note in brackets of 1 to 16 chars
/// (`（试行）`), and nothing else.
pub(crate) fn is_plan_title(line: &str) -> bool {
    if names_kind(line) {
        return true;
    }
    let Some(body) = line.strip_suffix(['）', ')']) else { return false };
    // The note's opening bracket: 1 to 16 chars before the end of `body`,
    // with no closing bracket after it.
    for (k, (i, c)) in body.char_indices().rev().enumerate() {
        if k > 16 || matches!(c, '）' | ')') {
            break;
        }
        if k >= 1 && matches!(c, '（' | '(') && body.get(..i).is_some_and(names_kind) {
            return true;
        }
    }
    false
}

/// `head` is 2 to 60 chars without clause punctuation, then a kind word.
fn names_kind(head: &str) -> bool {
    KINDS.iter().any(|kind| {
        head.strip_suffix(kind).is_some_and(|name| {
            !name.contains(['。', '，', '；', '：', ':', ',', ';'])
                && (2..=60).contains(&name.chars().count())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_titles_equal_the_regex() {
        let re = regex::Regex::new(PLAN_TITLE).unwrap();
        // Pseudo-random lines of kind words, brackets, clause punctuation
        // and runs long enough to reach the limits (60 and 16 chars).
        let long = |n: usize| "字".repeat(n);
        let mut pieces: Vec<String> = KINDS.iter().map(|k| (*k).to_owned()).collect();
        pieces.extend(
            ["（", "(", "）", ")", "，", "：", ";", "试行", "a", "\n", "办", "方"]
                .iter()
                .map(|p| (*p).to_owned()),
        );
        pieces.extend([long(1), long(13), long(15), long(16), long(29), long(57), long(58)]);
        let mut next = crate::test_rng::xorshift(0xBB67_AE85_84CA_A73Bu64);
        let mut titles = 0;
        for _ in 0..200_000 {
            let len = (next() % 6) as usize;
            let line: String = (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize].as_str())
                .collect();
            let want = re.is_match(&line);
            assert_eq!(is_plan_title(&line), want, "{line:?}");
            titles += usize::from(want);
        }
        assert!(titles > 1_000, "{titles}");
        assert!(is_plan_title("湖南省农村公路建设管理办法（试行）"));
        assert!(!is_plan_title("制定本办法。"));
    }
}
