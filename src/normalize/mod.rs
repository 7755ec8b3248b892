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
//! 8. **Page-break joins.** A line break (with any number of blank or noise
//!    lines) is removed when a page break evidently cut a sentence: the line
//!    before is at least 30 chars long, contains clause punctuation
//!    (`，。；：！？`; after an outline marker only `。；：！？` counts), ends
//!    with an ideograph or non-final punctuation (`，、）》〕…`, never
//!    `。！？：；…”`), and the line after starts with an ideograph, a digit
//!    or Chinese punctuation but not with an outline marker (`一、`, `（一）`,
//!    `1、`, `①`, `第一章` …). Headlines, titles, outline headings,
//!    signature blocks and dates stay on their own lines.
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

mod engine;
mod fold;
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
