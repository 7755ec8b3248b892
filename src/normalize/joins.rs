//! When a line break is a page break inside a sentence, and when it is not.
//!
//! Both lines are judged in their normalised form, so that normalising the
//! result again reaches the same decision (idempotence).

use super::fold::{is_cjk, is_han};

/// Shortest line, in chars, that counts as a paragraph that a page break can
/// cut. Headlines, titles, signature lines and dates are shorter, or carry
/// no clause punctuation.
pub(crate) const JOIN_MIN_CHARS: usize = 30;

/// Punctuation inside a line that shows it is running prose. A colon alone
/// does not: news headline lists read `刘桂珍：全身心服务村民的好支书`.
const CLAUSE: [char; 5] = ['，', '。', '；', '！', '？'];
/// Punctuation that shows prose after an outline marker (a heading such as
/// `二、坚持高标准、高质量，确保…` has commas but no full stop).
const STRONG_CLAUSE: [char; 5] = ['。', '；', '：', '！', '？'];

/// Chars a cut line may end with: an ideograph or non-final punctuation.
/// Sentence-final punctuation (`。！？：；…”`) never ends a cut line.
fn can_end_cut(c: char) -> bool {
    is_han(c) || matches!(c, '，' | '、' | '）' | '》' | '〕' | '〉' | '】' | '」' | '』')
}

/// Chars a continuation line may start with: an ideograph, a digit, or
/// non-ASCII punctuation (`“`, `—`, `》`…). ASCII punctuation is excluded
/// because its folding depends on the char before it.
fn can_start_continuation(c: char) -> bool {
    is_han(c) || c.is_ascii_digit() || (!c.is_ascii() && (is_cjk(c) || is_dash_or_quote(c)))
}

/// Chars a continuation line ends with when it is not long itself: the end
/// of a sentence or clause. A short line without them is a heading.
fn ends_clause(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '：' | '…' | '”' | '’' | '）' | '」' | '』' | '》')
}

/// Sentence-final punctuation: a bracket group after it is a remark or an
/// attribution (`…。（新华社）`), not a cut sentence.
fn is_final(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '…' | '”')
}

fn is_dash_or_quote(c: char) -> bool {
    matches!(c, '—' | '…' | '‘' | '’' | '“' | '”' | '·')
}

const CN_DIGITS: &str = "一二三四五六七八九十百零〇";

/// True when `line` starts with an outline marker: `一、`, `一是`, `（一）`,
/// `(1)`, `1、`, `1.`, `1）`, `①`, `⑴`, `⒈`, `㈠`, `第一章/节/条/部分`, or a
/// bullet.
pub(crate) fn starts_with_outline(line: &str) -> bool {
    let mut chars = line.chars();
    let Some(first) = chars.next() else { return false };
    if matches!(first,
        '\u{2460}'..='\u{24FF}' | '\u{2776}'..='\u{2793}' | '\u{3220}'..='\u{3229}' | '\u{3280}'..='\u{3289}'
        | '●' | '○' | '■' | '□' | '◆' | '◇' | '★' | '☆' | '▲' | '△' | '•' | '※' | '►' | '▶')
    {
        return true;
    }
    // (一) （1）
    if matches!(first, '(' | '（') {
        let rest = chars.as_str();
        let n = leading(rest, |c| CN_DIGITS.contains(c) || c.is_ascii_digit());
        return (1..=4).contains(&n)
            && rest.chars().nth(n).is_some_and(|c| matches!(c, ')' | '）'));
    }
    // 第一章 第3条 第二部分
    if let Some(rest) = line.strip_prefix('第') {
        let n = leading(rest, |c| CN_DIGITS.contains(c) || c.is_ascii_digit());
        let after: String = rest.chars().skip(n).take(2).collect();
        return n > 0
            && (after.starts_with(['章', '节', '条', '篇', '编', '款']) || after == "部分");
    }
    // 一、 一是 十二、
    let n = leading(line, |c| CN_DIGITS.contains(c));
    if (1..=3).contains(&n) {
        return line.chars().nth(n).is_some_and(|c| matches!(c, '、' | '是' | '．' | '.'));
    }
    // 1、 1. 1） 12.
    let n = leading(line, |c| c.is_ascii_digit());
    if (1..=3).contains(&n) {
        let mut after = line.chars().skip(n);
        return match after.next() {
            Some('、' | '）' | ')' | '．') => true,
            // "1." but not "4.3万"
            Some('.') => !after.next().is_some_and(|c| c.is_ascii_digit()),
            _ => false,
        };
    }
    false
}

fn leading(s: &str, f: impl Fn(char) -> bool) -> usize {
    s.chars().take_while(|&c| f(c)).count()
}

/// What the join test needs to know about a (possibly already joined)
/// line, kept up to date as lines are appended so that a long paragraph is
/// never rescanned.
#[derive(Clone, Debug)]
pub(crate) struct LineFacts {
    /// Length in chars.
    pub(crate) chars: usize,
    first: Option<char>,
    last: Option<char>,
    outline: bool,
    clause: bool,
    strong_clause: bool,
    /// Unclosed `(`/`（` at the end of the line.
    depth: usize,
    /// The last `<` or `>` of the line.
    last_angle: Option<char>,
    /// The char before the last top-level `(`/`（` (`None`: the line start).
    before_group: Option<Option<char>>,
}

impl LineFacts {
    /// The facts of `text`.
    pub(crate) fn of(text: &str) -> LineFacts {
        let mut f = LineFacts {
            chars: 0,
            first: text.chars().next(),
            last: None,
            outline: starts_with_outline(text),
            clause: false,
            strong_clause: false,
            depth: 0,
            last_angle: None,
            before_group: None,
        };
        f.scan(text);
        f
    }

    /// The facts of this line with `text` appended.
    pub(crate) fn append(&mut self, text: &str) {
        if self.first.is_none() {
            *self = LineFacts::of(text);
        } else {
            self.scan(text);
        }
    }

    fn scan(&mut self, text: &str) {
        for c in text.chars() {
            if is_han(c) {
                // Most chars: no punctuation, bracket or angle to note.
                self.chars += 1;
                self.last = Some(c);
                continue;
            }
            if matches!(c, '(' | '（') && self.depth == 0 {
                self.before_group = Some(self.last);
            }
            self.chars += 1;
            self.last = Some(c);
            self.clause |= CLAUSE.contains(&c);
            self.strong_clause |= STRONG_CLAUSE.contains(&c);
            match c {
                '(' | '（' => self.depth += 1,
                ')' | '）' => self.depth = self.depth.saturating_sub(1),
                '<' | '>' => self.last_angle = Some(c),
                _ => {}
            }
        }
    }
}

/// True when a page break may have cut `prev` (the paragraph before the
/// break) mid-sentence and `next` (the line after the break) continues it.
#[cfg(test)]
pub(crate) fn should_join(prev: &str, next: &str) -> bool {
    should_join_facts(&LineFacts::of(prev), next)
}

/// A necessary condition of [`should_join_facts`], from the chars at the
/// break alone: `prev_last` ends a line of `prev_chars` chars, `next_first`
/// opens the next one.
pub(crate) fn may_join(prev_last: char, prev_chars: usize, next_first: char) -> bool {
    can_end_cut(prev_last) && can_start_continuation(next_first) && prev_chars >= JOIN_MIN_CHARS
}

/// [`should_join`] on the facts of the paragraph before the break.
pub(crate) fn should_join_facts(prev: &LineFacts, next: &str) -> bool {
    let (Some(_), Some(last), Some(next_first)) = (prev.first, prev.last, next.chars().next())
    else {
        return false;
    };
    if !can_end_cut(last) || !can_start_continuation(next_first) || starts_with_outline(next) {
        return false;
    }
    if prev.chars < JOIN_MIN_CHARS {
        return false;
    }
    // A heading after an outline marker needs a full stop or colon inside
    // to count as prose; other lines need any clause punctuation.
    if !(if prev.outline { prev.strong_clause } else { prev.clause }) {
        return false;
    }
    // A bracket group at the end that is the whole line, "（2014年4月8日，
    // 根据录音整理）", or that follows a full stop, "…。（⑵⑶）", is a remark.
    if last == '）' && prev.before_group.is_none_or(|b| b.is_none_or(is_final)) {
        return false;
    }
    // A short continuation must end a clause: a short line without
    // punctuation after the break is a heading ("详细新闻").
    let next_last = next.chars().next_back().unwrap_or(next_first);
    if !ends_clause(next_last) && next.chars().nth(JOIN_MIN_CHARS - 1).is_none() {
        return false;
    }
    // Never join into an open bracket or tag: the pair would straddle the
    // join and fold differently on a second pass.
    prev.depth == 0 && prev.last_angle != Some('<')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_markers() {
        let yes = [
            "一、关于提高对活动的认识问题",
            "十、关于搞好督导问题",
            "一是思想认识存在偏差。",
            "（一）总体要求",
            "(1)中国特色社会主义理论体系",
            "（1）中国特色社会主义理论体系",
            "1、注意防止和纠正不良认识：",
            "12、开门听取意见：",
            "1.总体要求",
            "3）要求",
            "①学习",
            "⑴学习",
            "第一章 总则",
            "第三条 本办法",
            "第二部分",
            "●工作安排",
        ];
        for line in yes {
            assert!(starts_with_outline(line), "{line}");
        }
        let no = [
            "实在的成效。",
            "一体推进五项重点措施",
            "十分重要",
            "第二批教育实践活动",
            "4.3万多人次",
            "2014年3月19日",
            "（2014年4月8日，根据录音整理）",
            "",
        ];
        for line in no {
            assert!(!starts_with_outline(line), "{line}");
        }
    }

    // Lines as they stand in the seeds after folding (half-width commas of
    // seed 002 already full-width).
    const P002: &str = "相较于第一批主题教育，第二批主题教育层级下移，参加单位和人员范围广、数量大，直面基层和群众，同群众的联系更直接、更紧密，需要解决的矛盾问题更复杂、更具体。因此，主题教育更要把实实在在贯穿始终，以实实在在的举措、实实在在的行动推动主题教育取得实";

    #[test]
    fn joins_page_breaks() {
        let rows = [
            (P002, "实在的成效。"),
            (
                "市委在第一批主题教育开展期间，抽调精干力量，组建工作专班，及时跟进中央和省委工作部署，提前做好筹备工作，省委部署会后迅速行动，9月9日召开全市工",
                "作会议进行安排，全市169个县处级领导班子9月13日前全面部署到位，9600多个基层参学单位9月17日前全部启动。",
            ),
            (
                "12、开门听取意见：采取实地走访、座谈、个别约谈、问卷调查、网络征集等方式，深入征求意见。每个单位听取意见方式原则上不少",
                "于2种。",
            ),
            (
                "5、加强分类指导：坚持时间服从质量，过程服从效果。认真落实《关于印发〈执法监管部门开展党的群众路线教育实践活动指导意见〉等10个指导意见的通知》（豫群办发〔2014〕4号）",
                "的具体要求，指导基层结合实际开展活动。注重鼓励基层创新创造，发现培养先进典型，及时总结推广经验。",
            ),
            (
                "8、丰富学习内容：（1）中国特色社会主义理论体系；（2）党章。各个专题的学习，要与学习研读《党的群众路线教育实践活动学习文件选编》、《厉行节约、反对浪费",
                "——重要论述摘编》三本书等重要资料结合起来。",
            ),
            (
                "26、做好群众工作：督导组要公开举报电话和驻地地址，并明确专人负责接访。要认真处理信访事项，属于“四",
                "风”问题的，及时转交督办组；“四风”之外的个性问题，要按照政策和规定渠道转交相关部门。",
            ),
        ];
        for (prev, next) in rows {
            assert!(should_join(prev, next), "{prev} | {next}");
        }
    }

    #[test]
    fn keeps_real_line_ends() {
        let rows = [
            // headlines of seed 002
            ("实在开局 扛稳政治责任", "10月15日，全省第十期"),
            ("火车跑得快，全靠车头带。", "主题教育的扎实推进"),
            ("学思想强党性重实践建新功", "高质量开局高标准推进"),
            // finished sentence
            (
                "相较于第一批主题教育，第二批主题教育层级下移，参加单位和人员范围广、数量大，直面基层和群众，同群众的联系更直接、更紧密，需要解决的矛盾问题更复杂、更具体。",
                "因此，主题教育更要把实实在在贯穿始终",
            ),
            // titles of seed 004 (long, no clause punctuation)
            (
                "关于转发省活动办《关于印发〈第二批教育实践活动“学习教育、听取意见”环节需要把握的10个方面重点问题〉的通知》的通知",
                "各县（市）区，航空港实验区",
            ),
            ("中共郑州市委党的群众路线教育实践活动领导小组办公室文件", "郑群办发〔2014〕21号"),
            // outline heading with commas but no full stop
            (
                "二、坚持高标准、高质量，确保教育实践活动取得实效和群众满意的工作成果",
                "《讲话》强调，",
            ),
            // next line is an outline heading
            (P002, "一、关于提高对活动的认识问题"),
            (P002, "（1）中国特色"),
            // signature block and date
            ("中共河南省委党的群众路线", "教育实践活动领导小组办公室"),
            ("教育实践活动领导小组办公室", "2014年3月14日"),
            // seed 001, the parenthetical line
            (
                "（2014年4月8日，根据录音整理，根据录音整理，根据录音整理，根据录音整理）",
                "同志们：",
            ),
            // quoted sentence end
            (
                "要引导广大党员、干部深入思考，做好“焦裕禄同志给我们留下了那么多，我们能为后人留下些什么”",
                "这样一个问题",
            ),
            // Latin continuation
            (P002, "abc"),
            // a news headline list, then the first paragraph (xwlb)
            (
                "淬炼青春钢铁报国刘桂珍：全身心服务村民的好支书路丙辉：为党育人为国育才",
                "央视网消息（新闻联播）：今天播出的是一组报道，全国各地持续推进工作。",
            ),
            // an attribution, then a heading
            ("新华社北京10月6日电，今天举行了庆祝大会。（《新闻联播》20221006 19:00）", "详细新闻"),
            // footnote marks after a full stop, then a new paragraph (work report 1956)
            (
                "全国职工的工资总额将比上年增加，全国职工增加的收入将达到12.5亿元。（⑵⑶）",
                "全国国营、合作社营和公私合营工业的劳动生产率都有提高。",
            ),
            // a short line without punctuation after the break
            (P002, "一要"),
            // open bracket
            (
                "因此，主题教育更要把实实在在贯穿始终（以实实在在的举措、实实在在的行动推动主题教育取得实",
                "实在的成效）。",
            ),
        ];
        for (prev, next) in rows {
            assert!(!should_join(prev, next), "{prev} | {next}");
        }
    }
}
