//! The map from normalised-text byte offsets back to source byte offsets.

use crate::Span;

/// Maps byte offsets in a normalised text back to the source it was made from.
///
/// Built piece by piece with [`OffsetMapBuilder`]: every normalised char
/// remembers the source span it came from, so a span found by a matcher in
/// normalised text maps back to a span of whole source chars.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    /// For each normalised byte offset: the source start of the char beginning there.
    /// Entry `len` holds the source end of the last char.
    start: Vec<u32>,
    /// For each normalised byte offset: the source end of the char ending there.
    /// Entry 0 holds the source start of the first char. Offsets inside a
    /// multi-byte char hold that char's own source end, so a search for the
    /// last offset ending at or before a source position always lands on a
    /// char boundary (issue 10: `"关于"` with `0..3` gave `0..5`).
    end: Vec<u32>,
}

impl OffsetMap {
    /// The identity map for a text of `len` bytes.
    #[must_use]
    pub fn identity(len: usize) -> OffsetMap {
        let v: Vec<u32> = (0..=len).map(to_u32).collect();
        OffsetMap { start: v.clone(), end: v }
    }

    /// Length of the normalised text in bytes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.start.len().saturating_sub(1)
    }

    /// True when the normalised text is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Map a span of normalised text back to the span of the source chars it
    /// was made from. Offsets past the end are clamped; an empty span maps to
    /// an empty span at the source position of its char.
    #[must_use]
    pub fn to_original(&self, span: Span) -> Span {
        let n = self.len();
        let s = span.start.min(n);
        let e = span.end.min(n).max(s);
        let start = self.start.get(s).copied().unwrap_or(0) as usize;
        if s == e {
            return Span::new(start, start);
        }
        let end = (self.end.get(e).copied().unwrap_or(0) as usize).max(start);
        Span::new(start, end)
    }

    /// Map a source span to the largest normalised span whose chars all come
    /// from inside it (chars straddling its edges are left out). The result
    /// always lies on char boundaries of the normalised text; when no char
    /// comes from inside `span` it is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::Span;
    /// use gongwen::normalize::OffsetMapBuilder;
    /// let mut b = OffsetMapBuilder::new();
    /// b.push_verbatim("关于", 0);
    /// let (_, map) = b.finish();
    /// assert_eq!(map.from_original(Span::new(0, 3)), Span::new(0, 3));
    /// assert_eq!(map.from_original(Span::new(0, 4)), Span::new(0, 3));
    /// assert_eq!(map.from_original(Span::new(1, 6)), Span::new(3, 6));
    /// ```
    #[must_use]
    pub fn from_original(&self, span: Span) -> Span {
        let n = self.len();
        // First normalised offset whose char starts at or after span.start.
        let s = self.start.partition_point(|&x| (x as usize) < span.start).min(n);
        // Last normalised offset whose preceding char ends at or before span.end.
        let e = self.end.partition_point(|&x| (x as usize) <= span.end).saturating_sub(1);
        let e = e.min(n).max(s);
        Span::new(s, e)
    }
}

fn to_u32(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

/// Builds a normalised text together with its [`OffsetMap`].
///
/// # Examples
///
/// ```
/// use gongwen::Span;
/// use gongwen::normalize::OffsetMapBuilder;
/// let source = "要求：不少于５天";
/// let mut b = OffsetMapBuilder::new();
/// b.push_verbatim("要求", 0);
/// b.push_replaced(":", Span::new(6, 9));
/// b.push_verbatim("不少于", 9);
/// b.push_replaced("5", Span::new(18, 21));
/// b.push_verbatim("天", 21);
/// let (text, map) = b.finish();
/// assert_eq!(text, "要求:不少于5天");
/// let found = Span::new(7, 20); // "不少于5天" in the normalised text
/// assert_eq!(&source[map.to_original(found)], "不少于５天");
/// ```
#[derive(Debug, Default)]
pub struct OffsetMapBuilder {
    text: String,
    start: Vec<u32>,
    end: Vec<u32>,
    last_end: u32,
}

impl OffsetMapBuilder {
    /// An empty builder.
    #[must_use]
    pub fn new() -> OffsetMapBuilder {
        OffsetMapBuilder { text: String::new(), start: Vec::new(), end: vec![0], last_end: 0 }
    }

    /// An empty builder with room for `bytes` bytes of normalised text.
    #[must_use]
    pub fn with_capacity(bytes: usize) -> OffsetMapBuilder {
        let mut b = OffsetMapBuilder::new();
        b.text.reserve(bytes);
        b.start.reserve(bytes + 1);
        b.end.reserve(bytes + 1);
        b
    }

    /// The normalised text so far.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Append `piece`, copied unchanged from the source at byte offset `source_start`.
    pub fn push_verbatim(&mut self, piece: &str, source_start: usize) {
        for (i, ch) in piece.char_indices() {
            let s = source_start + i;
            self.push_char(ch, s, s + ch.len_utf8());
        }
    }

    /// Append `piece` as the replacement of the source text at `source`:
    /// every char of `piece` maps to the whole of `source`.
    pub fn push_replaced(&mut self, piece: &str, source: Span) {
        for ch in piece.chars() {
            self.push_char(ch, source.start, source.end);
        }
    }

    fn push_char(&mut self, ch: char, src_start: usize, src_end: usize) {
        let (s, e) = (to_u32(src_start), to_u32(src_end));
        let len = ch.len_utf8();
        self.text.push(ch);
        // Every byte of a multi-byte char maps to the char's source start and,
        // in `end`, to its source end: a `partition_point` over either array
        // then finds the char's boundary, never an offset inside it, and both
        // arrays stay monotonic.
        for _ in 0..len {
            self.start.push(s);
        }
        for _ in 0..len {
            self.end.push(e);
        }
        self.last_end = e;
    }

    /// The normalised text and its map.
    #[must_use]
    pub fn finish(mut self) -> (String, OffsetMap) {
        self.start.push(self.last_end);
        if self.end.len() == 1 {
            self.end[0] = 0;
        } else if let Some(&first) = self.start.first() {
            self.end[0] = first;
        }
        (self.text, OffsetMap { start: self.start, end: self.end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_to_itself() {
        let m = OffsetMap::identity(10);
        assert_eq!(m.to_original(Span::new(2, 5)), Span::new(2, 5));
        assert_eq!(m.from_original(Span::new(2, 5)), Span::new(2, 5));
        assert_eq!(m.to_original(Span::new(8, 30)), Span::new(8, 10));
    }

    #[test]
    fn deletion_inside_span_is_covered() {
        // source "实\n\n实在" -> normalised "实实在"
        let source = "实\n\n实在";
        let mut b = OffsetMapBuilder::new();
        b.push_verbatim("实", 0);
        b.push_verbatim("实在", 5);
        let (text, map) = b.finish();
        assert_eq!(text, "实实在");
        let span = map.to_original(Span::new(0, 9));
        assert_eq!(&source[span], source);
        assert_eq!(map.from_original(Span::new(5, 11)), Span::new(3, 9));
        assert_eq!(map.from_original(Span::new(0, 3)), Span::new(0, 3));
    }

    #[test]
    fn replaced_chars_map_to_whole_source() {
        let source = "ａｂ";
        let mut b = OffsetMapBuilder::new();
        b.push_replaced("a", Span::new(0, 3));
        b.push_replaced("b", Span::new(3, 6));
        let (text, map) = b.finish();
        assert_eq!(text, "ab");
        assert_eq!(&source[map.to_original(Span::new(1, 2))], "ｂ");
        assert_eq!(map.from_original(Span::new(3, 6)), Span::new(1, 2));
    }

    #[test]
    fn issue_10_from_original_ends_on_a_char_boundary() {
        // Verbatim and replaced multi-byte chars: the span never ends inside the next char.
        for replaced in [false, true] {
            let mut b = OffsetMapBuilder::new();
            if replaced {
                b.push_replaced("关", Span::new(0, 3));
                b.push_replaced("于", Span::new(3, 6));
            } else {
                b.push_verbatim("关于", 0);
            }
            let (text, map) = b.finish();
            assert_eq!(text, "关于");
            assert_eq!(map.from_original(Span::new(0, 3)), Span::new(0, 3));
            assert_eq!(map.from_original(Span::new(0, 5)), Span::new(0, 3));
            assert_eq!(map.from_original(Span::new(3, 6)), Span::new(3, 6));
            assert_eq!(map.from_original(Span::new(1, 5)), Span::new(3, 3));
            assert_eq!(map.from_original(Span::new(0, 6)), Span::new(0, 6));
        }
    }

    /// One step of a random normalisation: source text dropped, then a piece
    /// kept verbatim or replaced by other text.
    #[derive(Clone, Debug)]
    struct Step {
        dropped: String,
        source: String,
        replacement: Option<String>,
    }

    fn steps() -> impl Strategy<Value = Vec<Step>> {
        let piece =
            prop::sample::select(vec!["", "a", "关", "于", "ａ", "〔", "😀", "\n", "é", "2014"]);
        let step = (piece.clone(), "[a关é\n]{0,3}", prop::option::of(piece)).prop_map(
            |(dropped, source, replacement)| Step {
                dropped: dropped.to_owned(),
                source,
                replacement: replacement.map(str::to_owned),
            },
        );
        prop::collection::vec(step, 0..12)
    }

    /// The source, normalised text and map made by `steps`.
    fn build(steps: &[Step]) -> (String, String, OffsetMap) {
        let mut source = String::new();
        let mut b = OffsetMapBuilder::new();
        for step in steps {
            source.push_str(&step.dropped);
            let start = source.len();
            source.push_str(&step.source);
            match &step.replacement {
                None => b.push_verbatim(&step.source, start),
                Some(r) => b.push_replaced(r, Span::new(start, source.len())),
            }
        }
        let (text, map) = b.finish();
        (source, text, map)
    }

    fn boundaries(text: &str) -> Vec<usize> {
        text.char_indices().map(|(i, _)| i).chain([text.len()]).collect()
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn from_original_lands_on_boundaries_and_round_trips(
            steps in steps(),
            a in 0usize..64,
            b in 0usize..64,
        ) {
            let (source, text, map) = build(&steps);
            let (a, b) = (a.min(b), a.max(b));
            // Any source span, on char boundaries or not, even out of bounds.
            let got = map.from_original(Span::new(a, b));
            prop_assert!(got.start <= got.end && got.end <= text.len());
            prop_assert!(got.get(&text).is_some(), "{got:?} off a boundary of {text:?}");
            // source -> norm -> source stays inside the source span.
            if !got.is_empty() {
                let back = map.to_original(got);
                prop_assert!(a <= back.start && back.end <= b, "{back:?} outside {a}..{b}");
            }
            // norm -> source -> norm covers the normalised span.
            let bounds = boundaries(&text);
            for (i, &x) in bounds.iter().enumerate() {
                for &y in &bounds[i..] {
                    let n = Span::new(x, y);
                    let there = map.to_original(n);
                    prop_assert!(there.get(&source).is_some());
                    if !n.is_empty() {
                        let back = map.from_original(there);
                        prop_assert!(back.start <= x && y <= back.end, "{back:?} misses {n:?}");
                    }
                }
            }
            // Monotonic in both ends.
            let src = boundaries(&source);
            let mapped: Vec<Span> = src.iter().map(|&x| map.from_original(Span::new(x, x.max(b)))).collect();
            for w in mapped.windows(2) {
                prop_assert!(w[0].start <= w[1].start, "starts not monotonic: {mapped:?}");
            }
            let ends: Vec<usize> = src.iter().map(|&y| map.from_original(Span::new(0, y)).end).collect();
            prop_assert!(ends.windows(2).all(|w| w[0] <= w[1]), "ends not monotonic: {ends:?}");
        }
    }

    #[test]
    fn empty_text() {
        let (text, map) = OffsetMapBuilder::new().finish();
        assert!(text.is_empty());
        assert!(map.is_empty());
        assert_eq!(map.to_original(Span::new(0, 4)), Span::new(0, 0));
        assert_eq!(map.from_original(Span::new(0, 4)), Span::new(0, 0));
    }
}
