//! A matching view of the source text, with a map back to source offsets.
//!
//! Extractors never match on the raw source: they match on [`Normalized`]
//! text and map every hit back with [`Normalized::to_original`], so spans
//! always point into the decoded source.
//!
//! # Rules
//!
//! [`Normalizer::normalize`] makes one pass over the source and applies, in
//! this order of concern:
//!
//! 1. **Width and invisible chars.** Full-width ASCII becomes half-width
//!    (`ＡＢＣ１２３` → `ABC123`, `［` → `[`); U+3000, NBSP, tabs and other
//!    spaces become `' '`; `\r\n`, `\r`, form feed and U+2028/2029 become
//!    `\n`; zero-width chars, bidi marks, soft hyphens, control chars and
//!    stray U+FEFF are dropped. There is no blanket NFKC: circled and
//!    parenthesised numbers (`①` `⑴` `㈠`) stay for the outline parser.
//! 2. **Markup residue.** Markdown heading marks (`#` … `######` plus
//!    space at the start of a line) and bold marks (runs of two or three
//!    `*`, runs of exactly two `_`) are removed. Known HTML tags are removed
//!    (`<b>`, `<span …>`, comments) or replaced by a newline (`<br>`, `<p>`,
//!    `</p>`, `<div>` …) or a space (`<td>`); character references are
//!    decoded (`&nbsp;` → space, `&lt;` → `<`, `&#20844;` → `公`).
//! 3. **Spaces.** Leading and trailing spaces of every line are removed, runs
//!    of spaces become one, and a space next to Chinese text (an ideograph or
//!    CJK punctuation on either side) is removed: `卿 渐 伟` → `卿渐伟`,
//!    `把握的 10 个方面` → `把握的10个方面`. Spaces between Latin words and
//!    numbers stay (`10 km`).
//! 4. **Punctuation.** Half-width `,` `:` `;` `(` `)` `?` `!` next to Chinese
//!    text become `，` `：` `；` `（` `）` `？` `！`; a `(`…`)` pair on one line
//!    is converted as a pair when either side or its content is Chinese.
//!    `,` and `.` between digits stay (`5,000`, `4.3`). The full-width forms
//!    of these seven are never folded to ASCII, so extractors need one form.
//! 5. **Document-number years.** A four-digit year (1900–2099) in `[ ]`,
//!    `［ ］`, `【 】`, `( )`, `（ ）` or `﹝ ﹞` becomes `〔2014〕`.
//! 6. **Ranges.** A single dash or tilde between two digits (`1—2`, `1-2`,
//!    `1－2`, `1–2`, `1~2`, `1～2`, `1〜2`) becomes the ASCII hyphen-minus
//!    `-` (`1-2`): one byte, no escaping in regexes, and the form most
//!    sources already use. A double dash `——` is a Chinese dash and stays.
//! 7. **Noise lines.** A normalised line of at most 80 chars that contains a
//!    marker of `data/noise/markers.txt` (`文章代写`, `扫码关注`, `免责声明`,
//!    … or a weaker marker such as `代写` or `公众号` together with a phone
//!    or QQ number or URL), or that is a bare page number (`- 3 -`,
//!    `第3页 共10页`), is kept out of the text. Its source span is listed in
//!    [`Normalized::noise`] and a warning names it.
//! 8. **Page-break joins.** A line break (with at most one blank line, plus
//!    any dropped noise lines such as page numbers) is removed when a page
//!    break evidently cut a sentence: the line
//!    before is at least 30 chars long, contains clause punctuation
//!    (`，。；：！？`; after an outline marker only `。；：！？` counts), ends
//!    with an ideograph or non-final punctuation (`，、）》〕…`, never
//!    `。！？：；…”`), and the line after starts with an ideograph, a digit
//!    or Chinese punctuation but not with an outline marker (`一、`, `（一）`,
//!    `1、`, `①`, `第一章` …) and, when shorter than 30 chars, ends a
//!    clause (`。！？；：…”）》`). A line ending in a bracket group after a
//!    full stop (`…。（新华社）`) or made of one group is never cut. A colon
//!    alone is no clause punctuation (`刘桂珍：全身心服务村民的好支书`).
//!    Headlines, titles, outline headings, signature blocks and dates stay
//!    on their own lines. A joined line is one line to rule 7: once nothing
//!    more joins it, it is dropped when it reads as a noise line (a marker
//!    cut by the break, `扫码\n关注`), as a second pass would drop it.
//!
//! # Limits
//!
//! - A page break right after a *short* line is not repaired: seed 002's
//!   `调查研究是我们党的传\n\n家宝，…` stays two lines, because without a
//!   lexicon a ten-char line without punctuation cannot be told from a
//!   headline such as `实在开局 扛稳政治责任`.
//! - Indentation is not used: it is gone from the view, and a decision a
//!   second pass could not repeat would break idempotence. So a long heading
//!   with a comma but no full stop, followed after one blank line by an
//!   indented paragraph, is still joined to it (seen in old government work
//!   reports).
//! - Spaces between Chinese and Latin text are removed too (`使用 WPS` →
//!   `使用WPS`); only spaces with non-Chinese text on both sides stay.
//! - `**` and `__` are removed wherever they occur, so a redacted name
//!   `张**` reads `张` in the view (the span still covers the stars).
//!
//! # Idempotence
//!
//! Every rule judges the text it has already produced, so normalising the
//! normalised text changes nothing (the pass is idempotent), and every char
//! of the view maps to the whole source chars it came from.
//!
//! # Examples
//!
//! Seed 002 has a page break inside `实实在在`:
//!
//! ```
//! use gongwen::Span;
//! use gongwen::normalize::Normalizer;
//!
//! let source = "因此,主题教育更要把实实在在贯穿始终,以实实在在的举措、\
//!               实实在在的行动推动主题教育取得实\n\n实在的成效。";
//! let norm = Normalizer::new().normalize(source);
//! assert_eq!(
//!     norm.as_str(),
//!     "因此，主题教育更要把实实在在贯穿始终，以实实在在的举措、\
//!      实实在在的行动推动主题教育取得实实在的成效。"
//! );
//! let at = norm.as_str().find("取得实实在的成效").unwrap();
//! let hit = Span::new(at, at + "取得实实在的成效".len());
//! assert_eq!(&source[norm.to_original(hit)], "取得实\n\n实在的成效");
//! # Ok::<(), gongwen::Error>(())
//! ```

pub(crate) mod char_bits;
mod engine;
mod fold;
pub(crate) use fold::is_han;
mod joins;
mod markup;
mod noise;
pub mod numerals;
mod offsets;

pub use offsets::{OffsetMap, OffsetMapBuilder};

use crate::{Result, Span};
use noise::{NoiseMatcher, Strength};

/// Which rules a [`Normalizer`] applies (all on by default).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Rules {
    pub(crate) width: bool,
    pub(crate) markup: bool,
    pub(crate) spaces: bool,
    pub(crate) punct: bool,
    pub(crate) noise: bool,
    pub(crate) joins: bool,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules { width: true, markup: true, spaces: true, punct: true, noise: true, joins: true }
    }
}

/// Builds [`Normalized`] views of source texts. Build once, share by `&`.
///
/// # Examples
///
/// ```
/// use gongwen::normalize::Normalizer;
/// let norm = Normalizer::new().normalize("卿 渐 伟\n(2014年4月8日,根据录音整理)\n同志们:");
/// assert_eq!(norm.as_str(), "卿渐伟\n（2014年4月8日，根据录音整理）\n同志们：");
/// # Ok::<(), gongwen::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Normalizer {
    rules: Rules,
    noise: NoiseMatcher,
}

impl Default for Normalizer {
    fn default() -> Normalizer {
        Normalizer::new()
    }
}

impl Normalizer {
    /// A normaliser with every rule on and the built-in noise markers.
    ///
    /// # Panics
    ///
    /// Never in practice: the built-in marker list is checked by a unit
    /// test. [`NormalizerBuilder::build`] is the fallible twin.
    #[must_use]
    pub fn new() -> Normalizer {
        NormalizerBuilder::new().build().expect("the built-in noise marker list is valid")
    }

    /// A builder to switch rules off or add noise markers.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::normalize::Normalizer;
    /// let n = Normalizer::builder().join_broken_lines(false).build()?;
    /// assert_eq!(n.normalize("取得实\n\n实在的成效").as_str(), "取得实\n\n实在的成效");
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::new()
    }

    /// The matching view of `source`.
    #[must_use]
    pub fn normalize(&self, source: &str) -> Normalized {
        let out = engine::Engine::new(source, &self.rules, &self.noise).run();
        Normalized { text: out.text, map: out.map, noise: out.noise, warnings: out.warnings }
    }
}

/// Configures and builds a [`Normalizer`].
#[derive(Clone, Debug, Default)]
pub struct NormalizerBuilder {
    rules: Rules,
    markers: Vec<(String, Strength)>,
}

impl NormalizerBuilder {
    /// A builder with every rule on.
    #[must_use]
    pub fn new() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// Fold full-width ASCII and U+3000 (default on).
    pub fn fold_width(&mut self, yes: bool) -> &mut Self {
        self.rules.width = yes;
        self
    }

    /// Remove Markdown marks and HTML tags, decode entities (default on).
    pub fn strip_markup(&mut self, yes: bool) -> &mut Self {
        self.rules.markup = yes;
        self
    }

    /// Remove spaces at line ends and next to Chinese text (default on).
    pub fn remove_spaces(&mut self, yes: bool) -> &mut Self {
        self.rules.spaces = yes;
        self
    }

    /// Unify punctuation, year brackets and range dashes (default on).
    pub fn unify_punctuation(&mut self, yes: bool) -> &mut Self {
        self.rules.punct = yes;
        self
    }

    /// Keep noise lines out of the text (default on).
    pub fn drop_noise(&mut self, yes: bool) -> &mut Self {
        self.rules.noise = yes;
        self
    }

    /// Re-join lines that a page break cut mid-sentence (default on).
    pub fn join_broken_lines(&mut self, yes: bool) -> &mut Self {
        self.rules.joins = yes;
        self
    }

    /// Add a noise marker that makes a short line noise on its own. Write it
    /// in normalised form (full-width Chinese punctuation, half-width ASCII).
    pub fn noise_marker(&mut self, marker: &str) -> &mut Self {
        self.markers.push((marker.to_owned(), Strength::Strong));
        self
    }

    /// Add a noise marker that makes a short line noise only together with a
    /// contact detail (five or more digits, a URL, `@`).
    pub fn contact_marker(&mut self, marker: &str) -> &mut Self {
        self.markers.push((marker.to_owned(), Strength::Contact));
        self
    }

    /// The normaliser.
    ///
    /// # Errors
    ///
    /// A `config` error when the noise markers cannot be compiled.
    pub fn build(&self) -> Result<Normalizer> {
        Ok(Normalizer { rules: self.rules.clone(), noise: NoiseMatcher::new(&self.markers)? })
    }
}

/// Normalised text plus the way back to the source.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    text: String,
    map: OffsetMap,
    noise: Vec<Span>,
    warnings: Vec<String>,
}

impl Normalized {
    /// The normalised text that matchers run on.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Map a span of the normalised text back to the source.
    #[must_use]
    pub fn to_original(&self, span: Span) -> Span {
        self.map.to_original(span)
    }

    /// Map a source span to the normalised span made from inside it.
    #[must_use]
    pub fn from_original(&self, span: Span) -> Span {
        self.map.from_original(span)
    }

    /// Source spans of lines recognised as noise (advertisements, page
    /// furniture) and kept out of the normalised text.
    #[must_use]
    pub fn noise(&self) -> &[Span] {
        &self.noise
    }

    /// What was odd but survivable.
    #[must_use]
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalizer::new().normalize(s).as_str().to_owned()
    }

    /// (rule, input, expected view)
    const ROWS: &[(&str, &str, &str)] = &[
        // width and invisible chars
        ("full-width", "ＡＢＣ１２３", "ABC123"),
        ("ideographic space", "一、\u{3000}总体要求", "一、总体要求"),
        ("nbsp between words", "a\u{A0}b", "a b"),
        ("crlf", "第一行。\r\n第二行。\r第三行。", "第一行。\n第二行。\n第三行。"),
        ("zero width", "中\u{200B}办\u{FEFF}发", "中办发"),
        ("bom", "\u{FEFF}通知", "通知"),
        ("circled numbers stay", "①学习⑴讨论㈠总结", "①学习⑴讨论㈠总结"),
        // markdown and html
        ("heading marks", "# 中共湖南省委办公厅发电", "中共湖南省委办公厅发电"),
        ("heading level 2", "## 二、坚持高标准", "二、坚持高标准"),
        ("seven hashes are text", "####### x", "####### x"),
        (
            "bold marks",
            "**一、把学习弘扬焦裕禄精神作为一条红线贯穿教育实践活动始终。**《讲话》强调",
            "一、把学习弘扬焦裕禄精神作为一条红线贯穿教育实践活动始终。《讲话》强调",
        ),
        ("underscore bold", "__重点__", "重点"),
        ("fill-in blanks stay", "____年__月", "____年月"),
        ("single star stays", "a*b", "a*b"),
        ("br", "第一段。<br>第二段。", "第一段。\n第二段。"),
        ("p", "<p>第一段。</p><p>第二段。</p>", "\n第一段。\n\n第二段。\n"),
        ("inline tag", "<span style=\"font-family:宋体\">通知</span>", "通知"),
        ("entities", "关于&nbsp;印发&lt;办法&gt;", "关于印发<办法>"),
        ("numeric entity", "&#20844;&#x6587;", "公文"),
        ("escaped tag", "第一段。&lt;br&gt;第二段。", "第一段。\n第二段。"),
        ("unknown tag stays", "a <x> b", "a <x> b"),
        // spaces
        ("speaker name", "卿 渐 伟", "卿渐伟"),
        (
            "inside run",
            "中共郑州市委党的群众路线教育实践活动 领导小组办公室文件",
            "中共郑州市委党的群众路线教育实践活动领导小组办公室文件",
        ),
        ("digits in run", "需要把握的 10 个方面重点问题", "需要把握的10个方面重点问题"),
        ("latin words", "Hello  world 10 km", "Hello world 10 km"),
        ("line ends", "  中共湖南省委办公厅  \n", "中共湖南省委办公厅\n"),
        // punctuation (seed 001 and 002 are half-width)
        ("comma", "今天,我们召开全市教育实践活动汇报会", "今天，我们召开全市教育实践活动汇报会"),
        ("colon", "同志们:", "同志们："),
        ("semicolon", "579.6亿元;在惠济区", "579.6亿元；在惠济区"),
        ("question", "是走过场,还是动真格?", "是走过场，还是动真格？"),
        ("paren pair", "(2014年4月8日,根据录音整理)", "（2014年4月8日，根据录音整理）"),
        ("paren by neighbour", "内容:(1)中国特色", "内容：（1）中国特色"),
        ("digits keep comma", "投资5,000万元", "投资5,000万元"),
        ("digits keep point", "义诊4.3万多人次", "义诊4.3万多人次"),
        ("latin keeps", "(see p. 5), ok?", "(see p. 5), ok?"),
        ("full-width stays", "（一）总体要求：", "（一）总体要求："),
        // years
        ("square", "国发[2014]5号", "国发〔2014〕5号"),
        ("full-width square", "国发［２０１４］５号", "国发〔2014〕5号"),
        ("lenticular", "国发【2014】5号", "国发〔2014〕5号"),
        ("round", "国发(2014)5号", "国发〔2014〕5号"),
        ("full-width round", "国发（2014）5号", "国发〔2014〕5号"),
        ("small tortoise", "国发﹝2014﹞5号", "国发〔2014〕5号"),
        ("already", "群办发〔2014〕4号", "群办发〔2014〕4号"),
        ("not a year", "（1234）", "（1234）"),
        ("space inside closes late", "(2014 )好", "〔2014〕好"),
        ("space after opener", "( 2014)好", "〔2014〕好"),
        ("nested pairs", "((1)1)好", "（（1）1）好"),
        // ranges
        ("em dash", "1—2周", "1-2周"),
        ("hyphen", "1-2周", "1-2周"),
        ("full-width hyphen", "1－2周", "1-2周"),
        ("tilde", "3~5天", "3-5天"),
        ("full-width tilde", "3～5天", "3-5天"),
        ("chinese dash stays", "浪费——重要论述摘编", "浪费——重要论述摘编"),
        ("words keep tilde", "好～", "好~"),
    ];

    #[test]
    fn rules_table() {
        for &(rule, input, want) in ROWS {
            assert_eq!(norm(input), want, "rule {rule}: {input:?}");
        }
    }

    #[test]
    fn rules_are_idempotent_on_the_table() {
        for &(rule, input, _) in ROWS {
            let once = norm(input);
            assert_eq!(norm(&once), once, "rule {rule}");
        }
    }

    #[test]
    fn replaced_chars_map_to_their_source() {
        let source = "国发［２０１４］５号";
        let n = Normalizer::new().normalize(source);
        let at = n.as_str().find("2014").unwrap();
        let span = n.to_original(Span::new(at, at + 4));
        assert_eq!(&source[span.start..span.end], "２０１４");
        let whole = n.to_original(Span::new(0, n.as_str().len()));
        assert_eq!(&source[whole.start..whole.end], source);
    }

    #[test]
    fn removed_markup_is_covered_by_spans() {
        let source = "<p>关于&nbsp;印发</p>";
        let n = Normalizer::new().normalize(source);
        assert_eq!(n.as_str(), "\n关于印发\n");
        let at = n.as_str().find("关于印发").unwrap();
        let span = n.to_original(Span::new(at, at + "关于印发".len()));
        assert_eq!(&source[span.start..span.end], "关于&nbsp;印发");
    }

    #[test]
    fn noise_line_warning() {
        let source = "确保让人民群众满意。\n文章代写:13258028938(同微信)";
        let n = Normalizer::new().normalize(source);
        assert_eq!(n.as_str(), "确保让人民群众满意。\n");
        assert_eq!(n.noise(), &[Span::new(31, source.len())]);
        assert_eq!(
            n.warnings(),
            &["noise line removed from matching at bytes 31..66: 文章代写:13258028938…".to_owned()]
        );
    }

    #[test]
    fn page_number_between_halves_is_dropped_and_joined() {
        let source = "市委先后组织开展2次理论学习中心组学习和1期读书班，安伟书记讲了开班第一课，市领\n\n- 3 -\n\n导通过静心自学等方式深学细悟。";
        let n = Normalizer::new().normalize(source);
        assert!(n.as_str().contains("市领导通过"), "{}", n.as_str());
        assert_eq!(n.noise().len(), 1);
    }

    #[test]
    fn joined_lines_are_judged_as_one_line_for_noise() {
        let n = Normalizer::new();
        // A marker cut by the break: the joined line is noise, dropped as one.
        let first = "为方便群众及时了解政策，各单位要做好宣传解读工作，欢迎广大群众扫码";
        let source = format!("正文。\n{first}\n关注本单位官方账号，获取最新通知。\n正文。");
        let norm = n.normalize(&source);
        assert_eq!(norm.as_str(), "正文。\n正文。");
        let noise: Vec<_> = norm.noise().iter().map(|s| s.get(&source)).collect();
        assert_eq!(noise, [Some(&source[10..source.len() - 10])]);
        assert_eq!(norm.warnings().len(), 1);
        // A third line joins before the line is judged: 104 chars are no noise line.
        let source = format!(
            "{first}\n关注本单位官方账号，获取最新通知，了解各项政策措施的具体内容和办理流程及\n\
             相关要求，确保政策落到实处，让群众少跑腿、好办事，切实提高群众满意度。"
        );
        let norm = n.normalize(&source);
        assert_eq!(norm.as_str().chars().count(), 104, "{}", norm.as_str());
        assert!(norm.noise().is_empty());
    }

    /// Block tags made of letters, digits and slashes take a short way
    /// through the engine; the same tags with a space before `>` take the
    /// long one, and must come out the same.
    #[test]
    fn simple_block_tags_read_as_the_long_way() {
        let n = Normalizer::new();
        let mut next = crate::test_rng::xorshift(0x1F83_D9AB_FB41_BD6Bu64);
        const TAGS: [&str; 6] = ["<p>", "</p>", "<br>", "<BR/>", "<div>", "</h2>"];
        const TEXT: [&str; 12] = ["实", "在", "，", ",", " ", "-", "1", "a", "(", "）", "**", "\n"];
        for case in 0..5_000 {
            let mut short = String::new();
            let mut long = String::new();
            for _ in 0..next() % 12 {
                if next().is_multiple_of(3) {
                    let tag = TAGS[(next() % 6) as usize];
                    short.push_str(tag);
                    long.push_str(&tag.replace('>', " >"));
                } else {
                    let piece = TEXT[(next() % 12) as usize];
                    short.push_str(piece);
                    long.push_str(piece);
                }
            }
            let (a, b) = (n.normalize(&short), n.normalize(&long));
            assert_eq!(a.as_str(), b.as_str(), "case {case}: {short:?}");
        }
    }

    #[test]
    fn builder_switches_rules_off() {
        let plain = Normalizer::builder()
            .fold_width(false)
            .strip_markup(false)
            .remove_spaces(false)
            .unify_punctuation(false)
            .drop_noise(false)
            .join_broken_lines(false)
            .build()
            .unwrap();
        let source = "# 卿 渐 伟,ＡＢＣ[2014]\n文章代写:13258028938(同微信)";
        assert_eq!(plain.normalize(source).as_str(), source);
        let custom = Normalizer::builder().noise_marker("本站整理").build().unwrap();
        let n = custom.normalize("正文。\n本站整理，仅供参考");
        assert_eq!(n.as_str(), "正文。\n");
        let contact = Normalizer::builder().contact_marker("投稿").build().unwrap();
        assert_eq!(contact.normalize("投稿请联系123456").as_str(), "");
        assert_eq!(contact.normalize("投稿须知").as_str(), "投稿须知");
    }

    #[test]
    fn engines_are_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<Normalizer>();
        ok::<Normalized>();
    }

    /// Pieces of the lines that the line rules judge: ideographs, clause
    /// and final punctuation, brackets, page numbers, outline markers, noise
    /// markers and contact details, ASCII that folds by its neighbours.
    const PIECES: &[&str] = &[
        "工",
        "作",
        "要",
        "实",
        "在",
        "的",
        "成",
        "效",
        "一",
        "第",
        "条",
        "页",
        "，",
        "，",
        "。",
        "、",
        "：",
        "；",
        "？",
        "”",
        "“",
        "（",
        "）",
        "(",
        ")",
        "《",
        "》",
        ",",
        ":",
        " ",
        "3",
        "12",
        "2014",
        "[2014]",
        "1-2",
        "<",
        ">",
        "&",
        "a",
        "QQ",
        "代写",
        "文章代写",
        "公众号",
        "13258028938",
        "微信",
        "扫码",
        "关注",
        "—",
        "……",
        "<p>",
        "</p>",
        "<br>",
        "<b>",
        "**",
    ];

    /// A line of one of the shapes that matter to the line rules.
    fn line(next: &mut impl FnMut() -> u64) -> String {
        let pick = |next: &mut dyn FnMut() -> u64, n: usize| (next() % n as u64) as usize;
        match pick(next, 10) {
            0 => ["— 3 —", "- 12 -", "第3页", "第 2 页 共 9 页", "—4—"][pick(next, 5)].to_owned(),
            1 => ["一、总体要求", "（一）工作目标", "第三条", "1.要求", "二是加强领导，"]
                [pick(next, 5)]
            .to_owned(),
            kind => {
                // Short lines, lines near the 30-char join minimum and lines
                // around the 80-char noise limit.
                let chars = match kind {
                    2 | 3 => 1 + pick(next, 14),
                    4..=7 => 24 + pick(next, 14),
                    _ => 60 + pick(next, 30),
                };
                let mut s = String::new();
                while s.chars().count() < chars {
                    // Mostly ideographs, so that lines end without punctuation.
                    if pick(next, 3) == 0 {
                        s.push_str(PIECES[pick(next, PIECES.len())]);
                    } else {
                        s.push(['工', '作', '实', '在', '成', '效'][pick(next, 6)]);
                    }
                }
                s
            }
        }
    }

    /// normalise(normalise(x)) == normalise(x) on generated multi-line texts.
    #[test]
    fn normalising_twice_changes_nothing() {
        let n = Normalizer::new();
        let mut next = crate::test_rng::xorshift(0x5851_F42D_4C95_7F2Du64);
        for case in 0..20_000 {
            let mut text = String::new();
            for _ in 0..2 + next() % 6 {
                text.push_str(&line(&mut next));
                text.push_str(["\n", "\n", "\n\n", "\n\n\n", "\n \n"][(next() % 5) as usize]);
            }
            let once = n.normalize(&text);
            let twice = n.normalize(once.as_str());
            assert_eq!(twice.as_str(), once.as_str(), "case {case}: {text:?}");
        }
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(norm(""), "");
        assert_eq!(norm("   "), "");
        assert_eq!(norm("\n\n"), "\n\n");
    }
}
