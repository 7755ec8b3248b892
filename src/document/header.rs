//! The 版头 and 版记 fields of GB/T 9704-2012 read from single lines: the
//! 发文机关标志 (`…文件`, `…发电`), urgency marks, the 主送机关 list and the
//! 发文机关署名 block.

use aho_corasick::{AhoCorasick, MatchKind};

use super::Item;
use super::lines::trim_span;
use crate::Span;

/// Organ-name endings, one per line (`data/organ_suffixes.txt`).
const ORGAN_SUFFIXES: &str = include_str!("../../data/organ_suffixes.txt");

/// Endings of a 发文机关标志 line after the organ name. `文件` is the common
/// mark, `发电` the telegram one; neither is part of the organ's name, so
/// the issuer item stops before it.
const MARK_ENDINGS: &[&str] = &["文件", "发电", "电报"];

/// 紧急程度 of GB/T 9704 §7.2.3 (特急, 加急) and of telegrams (特提, 特急,
/// 加急, 平急), plus the transmission marks 明电 and 密电.
const URGENCY: &[&str] = &["特提", "特急", "加急", "平急", "急件", "明电", "密电"];

/// 密级 of GB/T 9704 §7.2.2, and the internal-circulation marks some
/// organs print in its place (`内部事项` on State Grid documents).
const CLASSIFICATIONS: &[&str] = &["绝密", "机密", "秘密", "内部事项", "内部资料", "内部使用"];

/// The byte length of a 份号 or a 密级 mark with its 保密期限 at the start
/// of `text` (GB/T 9704 §7.2.1–7.2.2: `000123`, `机密★1年`, `秘密★长期`,
/// `内部事项`), with a `份号`/`密级` label and the blanks after it; `None`
/// when `text` does not open with one. A bare 密级 word must stand apart
/// (blank, `★`, line end) or run into an urgency mark, so that a title
/// opening with `秘密…` is not taken for one.
pub(crate) fn security_mark_len(text: &str) -> Option<usize> {
    let mut at = one_security_mark(text)?;
    while let Some(rest) = text.get(at..) {
        let blank = rest.len() - rest.trim_start_matches([' ', '\u{3000}']).len();
        match one_security_mark(&rest[blank..]) {
            Some(n) => at += blank + n,
            None => break,
        }
    }
    Some(at)
}

/// `text` without a 密级 word at its end (`国家电网有限公司办公室内部事项`).
pub(crate) fn strip_security_suffix(text: &str) -> &str {
    CLASSIFICATIONS.iter().find_map(|w| text.strip_suffix(w)).unwrap_or(text)
}

/// One mark of [`security_mark_len`].
fn one_security_mark(text: &str) -> Option<usize> {
    let label = ["份号", "密级"].iter().find(|l| text.starts_with(**l)).map_or(0, |l| l.len());
    let rest = &text[label..];
    let rest = rest.trim_start_matches(['：', ':', ' ', '\u{3000}']);
    let at = text.len() - rest.len();
    let digits =
        rest.chars().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).count();
    let len = if digits == 6 {
        rest.char_indices().nth(6).map_or(rest.len(), |(i, _)| i)
    } else {
        let word = CLASSIFICATIONS.iter().find(|w| rest.starts_with(**w))?;
        let after = &rest[word.len()..];
        let star = after.strip_prefix(['★', '☆', '*', '＊']);
        match star {
            Some(period) => {
                let n = period
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
                    .map(char::len_utf8)
                    .sum::<usize>();
                let unit = ["个月", "年", "长期"]
                    .iter()
                    .find(|u| period[n..].starts_with(**u))
                    .filter(|u| n > 0 || **u == "长期")
                    .map_or(0, |u| u.len());
                rest.len() - period.len() + n + unit
            }
            None => {
                let apart = after.is_empty()
                    || after.starts_with(char::is_whitespace)
                    || URGENCY.iter().any(|u| after.starts_with(u))
                    || word.starts_with("内部");
                if !apart {
                    return None;
                }
                word.len()
            }
        }
    };
    Some(at + len)
}

/// Punctuation that never occurs in an organ line.
fn is_sentence_punct(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '；'
            | '：'
            | '、'
            | '“'
            | '”'
            | '《'
            | '》'
            | '！'
            | '？'
            | ','
            | ';'
            | ':'
    )
}

/// The organ-name endings of `data/organ_suffixes.txt`, read once.
static SUFFIXES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    ORGAN_SUFFIXES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
});

/// True when `text` ends like an organ name (`…办公厅`, `…领导小组办公室`).
pub(crate) fn ends_like_organ(text: &str) -> bool {
    let t = text.trim_end();
    SUFFIXES.iter().any(|s| t.ends_with(s))
}

/// Line-level header patterns, built once.
#[derive(Clone, Debug)]
pub(crate) struct HeaderRules {
    urgency: AhoCorasick,
}

impl HeaderRules {
    pub fn new() -> HeaderRules {
        let urgency = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(URGENCY)
            .expect("valid urgency automaton");
        HeaderRules { urgency }
    }

    /// True when `text` ends like an organ name (`…办公厅`, `…领导小组办公室`).
    pub fn ends_like_organ(&self, text: &str) -> bool {
        ends_like_organ(text)
    }

    /// The organ part of a 发文机关标志 line (`中共郑州市委…办公室文件`), as a
    /// span relative to `text`; `None` when the line is not one.
    pub fn issuer_mark(&self, text: &str) -> Option<Span> {
        let organ = MARK_ENDINGS.iter().find_map(|m| text.strip_suffix(m))?.trim_end();
        let chars = organ.chars().count();
        if !(3..=60).contains(&chars) || organ.chars().any(is_sentence_punct) {
            return None;
        }
        if organ.starts_with("发电单位") || !self.ends_like_organ(organ) {
            return None;
        }
        Some(Span::new(0, organ.len()))
    }

    /// Urgency words in `text`, spans relative to `text`.
    pub fn urgency(&self, text: &str) -> Vec<Span> {
        self.urgency.find_iter(text).map(|m| Span::new(m.start(), m.end())).collect()
    }

    /// True for a header line that holds only urgency or security marks
    /// (`特急`, `等级特提·明电`, `紧急程度：特急`).
    pub fn is_mark_line(&self, text: &str) -> bool {
        let hits = self.urgency(text);
        if hits.is_empty() {
            return false;
        }
        // What is left between the marks, without blanks and separators,
        // must be nothing or a label of at most four chars: stop reading a
        // long line there (issue 10: a one-line text read whole every time).
        const LABELS: [&str; 3] = ["等级", "紧急程度", "缓急"];
        let gaps = hits
            .iter()
            .scan(0, |at, h| {
                let gap = text.get(*at..h.start).unwrap_or("");
                *at = h.end;
                Some(gap)
            })
            .chain(std::iter::once(text.get(hits.last().map_or(0, |h| h.end)..).unwrap_or("")));
        let mut rest = String::new();
        for c in gaps.flat_map(str::chars) {
            if !c.is_whitespace() && !"·•：:、，".contains(c) {
                if rest.chars().count() == 4 {
                    return false;
                }
                rest.push(c);
            }
        }
        rest.is_empty() || LABELS.contains(&rest.as_str())
    }

    /// Split the organ lines before the 成文日期 into one item per organ.
    /// A line that does not end like an organ name (`中共湖南省委党的群众路线`)
    /// runs on into the next, and the item spans both.
    pub fn signature<'t>(&self, source: &'t str, lines: &[Span]) -> Vec<Item<'t>> {
        let mut out = Vec::new();
        let mut open: Option<Span> = None;
        for &l in lines {
            let span = open.map_or(l, |o| o.cover(l));
            if self.ends_like_organ(l.get(source).unwrap_or("")) {
                out.extend(Item::new(source, span));
                open = None;
            } else {
                open = Some(span);
            }
        }
        out.extend(open.and_then(|s| Item::new(source, s)));
        out
    }
}

/// True when a line can be part of a 发文机关署名 block: short, no sentence
/// punctuation.
pub(crate) fn is_signature_line(text: &str) -> bool {
    let n = text.chars().count();
    (2..=40).contains(&n) && !text.chars().any(is_sentence_punct)
}

/// Endings of a 主送 item: organ endings (see `data/organ_suffixes.txt`) or
/// words for groups of addressees.
pub(crate) const GROUP_ENDINGS: &[&str] = &[
    "单位",
    "部门",
    "企业",
    "院校",
    "学校",
    "代表",
    "机构",
    "公司",
    "组织",
    "团体",
    "成员",
    "同志",
    "委员",
    "总支",
    "支部",
    "党委",
    "党组",
    "医院",
    "协会",
    "机关",
    "人员",
    // Notices to the public (`各住房公积金缴存职工：`).
    "职工",
    "居民",
    "市民",
    "村民",
    "纳税人",
    "缴费人",
    "缴存人",
    "考生",
    "会员",
    "用户",
];

/// The 主送机关 of a recipients line ending in `：`, one item per organ or
/// group: split at `，` and `；` outside brackets and quotes. `、` joins the
/// parts of one group (`各市州、县市区委`) and is not split.
pub(crate) fn recipients<'t>(source: &'t str, line: Span) -> Vec<Item<'t>> {
    let Some(text) = line.get(source) else { return Vec::new() };
    let body = text.trim_end_matches([' ', '：', ':']);
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut push = |from: usize, to: usize| {
        let s = trim_span(source, Span::new(line.start + from, line.start + to));
        if !s.is_empty() {
            out.extend(Item::new(source, s));
        }
    };
    for (i, c) in body.char_indices() {
        match c {
            '（' | '(' | '《' | '〈' | '“' | '【' | '[' => depth += 1,
            '）' | ')' | '》' | '〉' | '”' | '】' | ']' => depth = (depth - 1).max(0),
            '，' | '；' | ',' | ';' => {
                // A bracket left open by damaged text (`各县(市理局，…`) does
                // not hide the separator: inside brackets means a closing
                // bracket comes before the next separator.
                let rest = body.get(i + c.len_utf8()..).unwrap_or("");
                let next_sep = rest.find(['，', '；', ',', ';']).unwrap_or(rest.len());
                let closes = rest
                    .get(..next_sep)
                    .and_then(|r| r.chars().find(|c| "（(《〈“【[）)》〉”】]".contains(*c)))
                    .is_some_and(|b| "）)》〉”】]".contains(b));
                if depth > 0 && closes {
                    continue;
                }
                depth = 0;
                push(start, i);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    push(start, body.len());
    out
}

/// True when `text` reads as a 主送机关 line: ends in `：`, no full stop,
/// not an address to an audience (`同志们：`).
pub(crate) fn is_recipients_line(text: &str) -> bool {
    (text.ends_with('：') || text.ends_with(':'))
        && !text.contains('。')
        && text.chars().count() <= 400
        && !text.starts_with("同志们")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuer_marks() {
        let r = HeaderRules::new();
        let rows: &[(&str, Option<&str>)] = &[
            (
                "中共郑州市委党的群众路线教育实践活动 领导小组办公室文件",
                Some("中共郑州市委党的群众路线教育实践活动 领导小组办公室"),
            ),
            ("中共湖南省委办公厅发电", Some("中共湖南省委办公厅")),
            ("国务院办公厅文件", Some("国务院办公厅")),
            ("发电单位 中共湖南省委办公厅", None),
            ("要认真学习上级文件", None),
            ("关于转发省活动办《关于印发〈…〉的通知》的文件", None),
        ];
        for &(text, want) in rows {
            assert_eq!(r.issuer_mark(text).map(|s| &text[s.start..s.end]), want, "{text}");
        }
    }

    #[test]
    fn security_marks() {
        let rows: &[(&str, Option<&str>)] = &[
            ("000123机密★1年特急", Some("000123机密★1年")),
            ("000123 机密★1年", Some("000123 机密★1年")),
            ("机密★1年特急", Some("机密★1年")),
            ("秘密★长期", Some("秘密★长期")),
            ("密级：秘密 ", Some("密级：秘密")),
            ("绝密 某某省人民政府文件", Some("绝密")),
            ("机密特急", Some("机密")),
            ("内部事项国家电网有限公司部门文件", Some("内部事项")),
            ("份号：000045", Some("份号：000045")),
            ("秘密文件管理办法", None),
            ("1234567号", None),
            ("内部审计工作规定", None),
        ];
        for &(text, want) in rows {
            let got = security_mark_len(text).map(|n| &text[..n]);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn urgency_and_mark_lines() {
        let r = HeaderRules::new();
        let text = "等级特提·明电 湘办发电〔2014〕35号 湘机发 1220 号";
        let got: Vec<&str> = r.urgency(text).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, ["特提", "明电"]);
        assert!(r.is_mark_line("等级特提·明电"));
        assert!(r.is_mark_line("特急"));
        assert!(!r.is_mark_line("特急情况下要及时报告"));
    }

    #[test]
    fn recipients_split_at_the_right_level() {
        let source = "各县（市）区，航空港实验区（综保区）、郑东新区，市委各部委；市委各督导组：";
        let got: Vec<&str> =
            recipients(source, Span::new(0, source.len())).iter().map(|i| i.text).collect();
        assert_eq!(
            got,
            ["各县（市）区", "航空港实验区（综保区）、郑东新区", "市委各部委", "市委各督导组"]
        );
        assert!(is_recipients_line(source));
        assert!(!is_recipients_line("同志们:"));
    }

    #[test]
    fn recipients_survive_an_unclosed_bracket() {
        // d30 of the development set: OCR interleaved two columns.
        let source = "各县(市、区)委文明办，各县(市理局，龙岩高新区(经开区)经发局区)工信科技局";
        let got: Vec<&str> =
            recipients(source, Span::new(0, source.len())).iter().map(|i| i.text).collect();
        assert_eq!(
            got,
            ["各县(市、区)委文明办", "各县(市理局", "龙岩高新区(经开区)经发局区)工信科技局"]
        );
        let source = "各市（州，盟）人民政府，省直各部门";
        let got: Vec<&str> =
            recipients(source, Span::new(0, source.len())).iter().map(|i| i.text).collect();
        assert_eq!(got, ["各市（州，盟）人民政府", "省直各部门"]);
    }

    #[test]
    fn signature_joins_broken_organ_names() {
        let r = HeaderRules::new();
        let source = "中共湖南省委办公厅  \n中共湖南省委党的群众路线  \n教育实践活动领导小组办公室";
        let spans = [Span::new(0, 27), Span::new(30, 66), Span::new(69, source.len())];
        let got: Vec<&str> = r.signature(source, &spans).iter().map(|i| i.text).collect();
        assert_eq!(
            got,
            ["中共湖南省委办公厅", "中共湖南省委党的群众路线  \n教育实践活动领导小组办公室"]
        );
    }
}
