//! Segmentation with jieba-rs and the policy lexicon.
//!
//! A [`Segmenter`] owns its `Jieba` dictionary (no global static), extended
//! once with the words of the [`Lexicon`] so that slogans (`三严三实`), campaign
//! terms and organ abbreviations come out whole. Before jieba sees the text,
//! document numbers (`郑群办发〔2014〕21号`, by [`DocNumberFinder`]), 《titles》, dates (`2014年3月19日`)
//! and quantities (`不少于5天`) are found with patterns compiled once and kept
//! as single protected tokens; jieba cuts only the gaps between them.

use std::fmt;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use serde::{Serialize, Serializer};

use crate::Span;
use crate::document::DocNumberFinder;
use crate::lexicon::Lexicon;

/// 《…》 with anything but another 《 or 》 inside (nested titles use 〈…〉),
/// up to 200 chars, line breaks allowed (titles run over lines).
const TITLE: &str = r"《[^《》]{1,200}》";
/// Full dates (`2014年3月19日`, `二〇一四年三月十九日`), year-months and
/// month-days (`3月17日至18日`).
const DATE: &str = concat!(
    r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年",
    r"(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月",
    r"(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日)?)?",
    r"|[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:至[0-9０-９]{1,2}日)?",
);
/// A number with its unit, optionally after a comparator (`不少于5天`,
/// `至少1次`, `506场次`, `579.6亿元`, `10个`).
const QUANTITY: &str = concat!(
    r"(?:不少于|不多于|不低于|不高于|不超过|不得少于|不得超过|至少|最多|超过|少于|多于)?",
    r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:万|亿)?",
    r"(?:人次|场次|个|项|天|次|周|名|人|场|元|家|种|所|户|条|批|期|%|％)",
);
/// How much more than jieba's suggested frequency a lexicon term gets.
const TERM_WEIGHT: usize = 20;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// A word cut by jieba.
    Word,
    /// A protected document number (`郑群办发〔2014〕21号`).
    DocNumber,
    /// A protected 《title》, brackets included.
    Title,
    /// A protected date (`2014年3月19日`).
    Date,
    /// A protected quantity (`不少于5天`).
    Quantity,
}

/// A part-of-speech tag: jieba's tag set (`n`, `v`, `nr`, `nz`, `m`, `x`, …),
/// stored inline so tokens stay `Copy` and borrow only the text.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pos {
    bytes: [u8; 7],
    len: u8,
}

impl Pos {
    /// A tag from its name; names longer than 7 bytes are cut at a char
    /// boundary (jieba's tags are 1–3 ASCII letters).
    #[must_use]
    pub fn new(tag: &str) -> Pos {
        let mut end = tag.len().min(7);
        while !tag.is_char_boundary(end) {
            end -= 1;
        }
        let mut bytes = [0; 7];
        bytes[..end].copy_from_slice(&tag.as_bytes()[..end]);
        Pos { bytes, len: end as u8 }
    }

    /// The tag name.
    #[must_use]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

impl fmt::Debug for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Pos {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One token of a segmented text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Token<'t> {
    /// `&text[span]`.
    pub text: &'t str,
    /// Byte span into the text given to [`Segmenter::tokens`].
    pub span: Span,
    /// Part of speech: jieba's tag for words; `nz` for document numbers and
    /// titles, `t` for dates, `m` for quantities.
    pub tag: Pos,
    /// Word or protected token.
    pub kind: TokenKind,
}

/// jieba-rs with the policy lexicon, plus protected patterns. Build once
/// (loading jieba's dictionary takes a noticeable fraction of a second) and
/// share by `&`; it is `Send + Sync`.
#[derive(Clone)]
pub struct Segmenter {
    jieba: jieba_rs::Jieba,
    doc_numbers: DocNumberFinder,
    protected: Vec<(Regex, TokenKind, &'static str)>,
    /// Lexicon words with brackets or other non-word chars
    /// (`党委（党组）`), which jieba always cuts at the bracket.
    bracketed: AhoCorasick,
    bracketed_tags: Vec<&'static str>,
}

impl fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Segmenter").field("jieba", &self.jieba).finish_non_exhaustive()
    }
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter::new()
    }
}

impl Segmenter {
    /// jieba's default dictionary plus the embedded [`Lexicon`].
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::segment::Segmenter;
    /// let seg = Segmenter::new();
    /// let text = "践行“三严三实”要求，集中学习不少于5天。";
    /// let words: Vec<&str> = seg.tokens(text).map(|t| t.text).collect();
    /// assert!(words.contains(&"三严三实"));
    /// assert!(words.contains(&"不少于5天"));
    /// assert_eq!(words.concat(), text);
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> Segmenter {
        Segmenter::with_lexicon(&Lexicon::new())
    }

    /// jieba's default dictionary plus the words of `lexicon`.
    #[must_use]
    pub fn with_lexicon(lexicon: &Lexicon) -> Segmenter {
        let mut jieba = jieba_rs::Jieba::new();
        let (bracketed_words, bracketed_tags): (Vec<&str>, Vec<&str>) = lexicon
            .terms()
            .iter()
            .map(|t| (t.term, t.tag))
            .chain(lexicon.organs().iter().map(|o| (o.abbr, "nt")))
            .filter(|(w, _)| w.contains(|c: char| !c.is_alphanumeric()))
            .unzip();
        let bracketed = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&bracketed_words)
            .expect("lexicon words build an automaton (unit-tested)");
        for (form, _) in lexicon.slogan_forms() {
            jieba.add_word(form, None, Some("nz"));
        }
        for t in lexicon.terms() {
            // Terms compete with longer dictionary words that end or start
            // inside them (`领导干部带头` as 领导/干部带头): weigh them well
            // above the frequency that merely keeps them whole on their own.
            let freq = jieba.suggest_freq(t.term).saturating_mul(TERM_WEIGHT);
            jieba.add_word(t.term, Some(freq), Some(t.tag));
        }
        for o in lexicon.organs() {
            jieba.add_word(o.abbr, None, Some("nt"));
        }
        let re = |p: &str| Regex::new(p).expect("valid protected pattern (unit-tested)");
        let protected = vec![
            (re(TITLE), TokenKind::Title, "nz"),
            (re(DATE), TokenKind::Date, "t"),
            (re(QUANTITY), TokenKind::Quantity, "m"),
        ];
        Segmenter {
            jieba,
            doc_numbers: DocNumberFinder::new(),
            protected,
            bracketed,
            bracketed_tags,
        }
    }

    /// The tokens of `text`, in order; they concatenate back to `text`.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::segment::{Segmenter, TokenKind};
    /// let seg = Segmenter::new();
    /// let text = "郑群办发〔2014〕21号";
    /// let toks: Vec<_> = seg.tokens(text).collect();
    /// assert_eq!(toks.len(), 1);
    /// assert_eq!(toks[0].kind, TokenKind::DocNumber);
    /// assert_eq!(&text[toks[0].span], text);
    /// # Ok::<(), gongwen::Error>(())
    /// ```
    pub fn tokens<'t>(&self, text: &'t str) -> impl Iterator<Item = Token<'t>> {
        let mut out = Vec::new();
        let mut pos = 0;
        for (span, kind, tag) in self.protected_spans(text) {
            if let Some(gap) = text.get(pos..span.start) {
                self.cut_gap(gap, pos, &mut out);
            }
            if let Some(t) = span.get(text) {
                out.push(Token { text: t, span, tag: Pos::new(tag), kind });
            }
            pos = span.end;
        }
        if let Some(rest) = text.get(pos..) {
            self.cut_gap(rest, pos, &mut out);
        }
        out.into_iter()
    }

    /// Whether jieba's dictionary (with the lexicon) holds `word`.
    #[must_use]
    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Non-overlapping protected spans, leftmost first, longest on ties.
    fn protected_spans(&self, text: &str) -> Vec<(Span, TokenKind, &'static str)> {
        let mut all: Vec<(Span, TokenKind, &'static str)> = self
            .protected
            .iter()
            .flat_map(|(re, kind, tag)| {
                re.find_iter(text).map(move |m| (Span::new(m.start(), m.end()), *kind, *tag))
            })
            .chain(self.doc_numbers.find_iter(text).map(|n| (n.span, TokenKind::DocNumber, "nz")))
            .chain(self.bracketed.find_iter(text).map(|m| {
                let tag = self.bracketed_tags.get(m.pattern().as_usize()).copied().unwrap_or("n");
                (Span::new(m.start(), m.end()), TokenKind::Word, tag)
            }))
            .collect();
        all.sort_by_key(|(s, _, _)| (s.start, std::cmp::Reverse(s.end)));
        let mut kept: Vec<(Span, TokenKind, &'static str)> = Vec::with_capacity(all.len());
        for item in all {
            if kept.last().is_none_or(|(last, _, _)| last.end <= item.0.start) {
                kept.push(item);
            }
        }
        kept
    }

    fn cut_gap<'t>(&self, gap: &'t str, offset: usize, out: &mut Vec<Token<'t>>) {
        if gap.is_empty() {
            return;
        }
        for t in self.jieba.tag(gap, true) {
            let span = Span::new(t.byte_start + offset, t.byte_end + offset);
            if let Some(word) = gap.get(t.byte_start..t.byte_end) {
                out.push(Token { text: word, span, tag: Pos::new(t.tag), kind: TokenKind::Word });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    static SEG: LazyLock<Segmenter> = LazyLock::new(Segmenter::new);

    fn words(text: &str) -> Vec<&str> {
        SEG.tokens(text).map(|t| t.text).collect()
    }

    #[test]
    fn issue_4_examples_stay_whole() {
        let rows: &[(&str, &str, TokenKind)] = &[
            ("践行“三严三实”要求", "三严三实", TokenKind::Word),
            ("认真落实“六问六带头”要求", "六问六带头", TokenKind::Word),
            ("郑群办发〔2014〕21号", "郑群办发〔2014〕21号", TokenKind::DocNumber),
            ("（中办发〔2014〕4号）和", "中办发〔2014〕4号", TokenKind::DocNumber),
            ("调研不少于1周。", "不少于1周", TokenKind::Quantity),
            ("学习不少于5天", "不少于5天", TokenKind::Quantity),
            ("2014年3月19日", "2014年3月19日", TokenKind::Date),
            ("3月17日至18日，习近平", "3月17日至18日", TokenKind::Date),
            ("观看《焦裕禄》等影片", "《焦裕禄》", TokenKind::Title),
            (
                "转发省活动办《关于印发〈第二批〉的通知》的通知",
                "《关于印发〈第二批〉的通知》",
                TokenKind::Title,
            ),
            ("省活动办", "省活动办", TokenKind::Word),
            ("各级党委（党组）要", "党委（党组）", TokenKind::Word),
            ("教育实践活动领导小组办公室", "领导小组办公室", TokenKind::Word),
        ];
        for &(text, want, kind) in rows {
            let toks: Vec<Token<'_>> = SEG.tokens(text).collect();
            let hit = toks.iter().find(|t| t.text == want);
            assert!(hit.is_some(), "{want} not whole in {:?}", words(text));
            assert_eq!(hit.map(|t| t.kind), Some(kind), "{want}");
        }
    }

    #[test]
    fn tokens_concatenate_and_spans_slice() {
        for text in ["", "a", "同志们:\n今天,我们召开会议。", "《未闭合的书名", "2014年"]
        {
            let toks: Vec<Token<'_>> = SEG.tokens(text).collect();
            assert_eq!(toks.iter().map(|t| t.text).collect::<String>(), text);
            let mut pos = 0;
            for t in &toks {
                assert_eq!(t.span.start, pos);
                assert_eq!(t.span.get(text), Some(t.text));
                pos = t.span.end;
            }
        }
    }

    #[test]
    fn tags_come_from_jieba_and_lexicon() {
        let toks: Vec<Token<'_>> = SEG.tokens("省委督导组负责同志").collect();
        assert_eq!(toks.first().map(|t| (t.text, t.tag.as_str())), Some(("省委督导组", "nt")));
        assert_eq!(Pos::new("vn").as_str(), "vn");
        assert_eq!(Pos::new("abcdefghij").as_str(), "abcdefg");
        assert_eq!(serde_json::to_string(&Pos::new("nz")).unwrap(), "\"nz\"");
    }

    #[test]
    fn segmenter_is_send_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<Segmenter>();
    }

    proptest::proptest! {
        #[test]
        fn tokens_always_concatenate(text in "[郑群办发〔〕《》〈〉0-9年月日号不少于天三严实，。 \na-z]{0,40}") {
            let joined: String = SEG.tokens(&text).map(|t| t.text).collect();
            proptest::prop_assert_eq!(joined, text);
        }
    }
}
