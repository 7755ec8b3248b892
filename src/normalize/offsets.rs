//! The map from normalised-text byte offsets back to source byte offsets.

use crate::Span;

/// Maps byte offsets in a normalised text back to the source it was made from.
///
/// Built piece by piece with [`OffsetMapBuilder`]: every normalised char
/// remembers the source span it came from, so a span found by a matcher in
/// normalised text maps back to a span of whole source chars.
///
/// The map is sparse (issue 10): most of a normalised text is source text
/// copied unchanged, where the way back is a shift. It is stored as
/// *segments*, one per run of normalised chars of one UTF-8 width copied
/// from consecutive source bytes, and one per run of chars that replace the
/// same source span; both lookups are binary searches over the segments.
/// Memory is 16 bytes per segment, not 8 bytes per normalised byte.
///
/// Pieces must be pushed in source order (each piece's source span starts at
/// or after the end of the one before), as a normaliser produces them.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    segs: Vec<Seg>,
    /// Length of the normalised text in bytes.
    len: u32,
}

/// A run of normalised chars and the source bytes they come from.
///
/// `width > 0`: a *copied* run: every char is `width` bytes long and the
/// k-th maps to source bytes `src + k·width .. src + (k+1)·width`.
/// `width == 0`: a *replacing* run: every char maps to `src..src_end`.
#[derive(Clone, Copy, Debug)]
struct Seg {
    /// Normalised byte offset of the first char.
    out: u32,
    /// Source start of the first char.
    src: u32,
    /// Source end of every char of a replacing run; unused for a copied run.
    src_end: u32,
    width: u32,
}

impl Seg {
    /// Source span of the char that holds normalised byte `i` (`i` in this run).
    fn char_at(&self, i: usize) -> (usize, usize) {
        let (out, src) = (self.out as usize, self.src as usize);
        if self.width == 0 {
            return (src, self.src_end as usize);
        }
        let w = self.width as usize;
        let s = src + (i - out) / w * w;
        (s, s + w)
    }

    /// Source start of its last char, the run ending at normalised `end`.
    fn last_start(&self, end: usize) -> usize {
        if self.width == 0 {
            self.src as usize
        } else {
            self.src as usize + (end - self.out as usize) - self.width as usize
        }
    }

    /// Source end of its first char.
    fn first_end(&self) -> usize {
        if self.width == 0 { self.src_end as usize } else { (self.src + self.width) as usize }
    }
}

impl OffsetMap {
    /// The identity map for a text of `len` bytes.
    #[must_use]
    pub fn identity(len: usize) -> OffsetMap {
        let segs =
            if len == 0 { Vec::new() } else { vec![Seg { out: 0, src: 0, src_end: 0, width: 1 }] };
        OffsetMap { segs, len: to_u32(len) }
    }

    /// Length of the normalised text in bytes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True when the normalised text is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Normalised offset one past the end of segment `k`.
    fn seg_end(&self, k: usize) -> usize {
        self.segs.get(k + 1).map_or(self.len as usize, |s| s.out as usize)
    }

    /// Source span of the char that holds normalised byte `i` (`i < len`).
    fn char_at(&self, i: usize) -> (usize, usize) {
        self.char_from(i, 0).1
    }

    /// The segment at or after `from` that holds normalised byte `i`
    /// (`i < len`, and not in a segment before `from`), and the source span
    /// of its char there.
    fn char_from(&self, i: usize, from: usize) -> (usize, (usize, usize)) {
        let tail = self.segs.get(from..).unwrap_or_default();
        let k = from + tail.partition_point(|s| s.out as usize <= i).saturating_sub(1);
        (k, self.segs.get(k).map_or((0, 0), |s| s.char_at(i)))
    }

    /// Source start of the char at normalised byte `i`; at the end of the
    /// text, the source end of the last char.
    fn start_at(&self, i: usize) -> usize {
        if i < self.len() {
            self.char_at(i).0
        } else {
            self.len().checked_sub(1).map_or(0, |last| self.char_at(last).1)
        }
    }

    /// Map a span of normalised text back to the span of the source chars it
    /// was made from. Offsets past the end are clamped; an empty span maps to
    /// an empty span at the source position of its char.
    #[must_use]
    pub fn to_original(&self, span: Span) -> Span {
        let n = self.len();
        let s = span.start.min(n);
        let e = span.end.min(n).max(s);
        if s == e {
            let start = self.start_at(s);
            return Span::new(start, start);
        }
        // n >= e > s >= 0: the char holding byte s starts the span, the
        // char holding byte e - 1 ends it, most often in the same segment.
        let (k, (start, _)) = self.char_from(s, 0);
        let end = if e <= self.seg_end(k) {
            self.segs.get(k).map_or(0, |seg| seg.char_at(e - 1).1)
        } else {
            self.char_from(e - 1, k + 1).1.1
        };
        Span::new(start, end.max(start))
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
        // First normalised char whose source start is at or after span.start
        // (source starts never decrease, so it lies in the first run whose
        // last char does).
        let k = self.count_segs(|k, seg| seg.last_start(self.seg_end(k)) < span.start);
        let s = match self.segs.get(k) {
            None => n,
            Some(seg) if seg.width == 0 => seg.out as usize,
            Some(seg) => {
                let w = seg.width as usize;
                seg.out as usize + span.start.saturating_sub(seg.src as usize).div_ceil(w) * w
            }
        };
        // One past the last normalised char whose source end is at or before
        // span.end (it lies in the last run whose first char does).
        let c = self.count_segs(|_, seg| seg.first_end() <= span.end);
        let e = match c.checked_sub(1).and_then(|k| Some((k, self.segs.get(k)?))) {
            None => 0,
            Some((k, seg)) if seg.width == 0 => self.seg_end(k),
            Some((k, seg)) => {
                let w = seg.width as usize;
                let chars = (self.seg_end(k) - seg.out as usize) / w;
                let inside = (span.end - seg.src as usize) / w;
                seg.out as usize + inside.min(chars) * w
            }
        };
        let e = e.min(n).max(s);
        Span::new(s, e)
    }

    /// How many segments, from the first, satisfy `pred` (which holds for a
    /// prefix of them): a binary search.
    fn count_segs(&self, pred: impl Fn(usize, &Seg) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.segs.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.segs.get(mid).is_some_and(|seg| pred(mid, seg)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
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
    segs: Vec<Seg>,
}

impl OffsetMapBuilder {
    /// An empty builder.
    #[must_use]
    pub fn new() -> OffsetMapBuilder {
        OffsetMapBuilder::default()
    }

    /// An empty builder with room for `bytes` bytes of normalised text.
    #[must_use]
    pub fn with_capacity(bytes: usize) -> OffsetMapBuilder {
        OffsetMapBuilder { text: String::with_capacity(bytes), segs: Vec::new() }
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

    /// Append `ch`, made from the source bytes `src_start..src_end`. A char
    /// as long as its source span continues a copied run when it follows
    /// on from it; other chars continue a replacing run of the same span.
    /// Always inlined: called once per normalised char, and left out of
    /// line by some builds (about 90 instructions a call).
    #[inline(always)]
    pub(crate) fn push_char(&mut self, ch: char, src_start: usize, src_end: usize) {
        let out = to_u32(self.text.len());
        let (s, e) = (to_u32(src_start), to_u32(src_end));
        let w = ch.len_utf8() as u32; // 1..=4
        self.text.push(ch);
        let copied = e.checked_sub(s) == Some(w);
        let extends = match self.segs.last() {
            Some(last) if copied => {
                last.width == w && u64::from(last.src) + u64::from(out - last.out) == u64::from(s)
            }
            Some(last) => last.width == 0 && last.src == s && last.src_end == e,
            None => false,
        };
        if !extends {
            let width = if copied { w } else { 0 };
            self.segs.push(Seg { out, src: s, src_end: e, width });
        }
    }

    /// Append `piece`, copied unchanged from the source at byte offset
    /// `source_start`, every char of it `width` bytes long: one segment of
    /// the map (or the continuation of the last one).
    pub(crate) fn push_copied_run(&mut self, piece: &str, source_start: usize, width: usize) {
        debug_assert!(
            piece.chars().all(|c| c.len_utf8() == width),
            "{piece:?} is not of width {width}"
        );
        if piece.is_empty() {
            return;
        }
        let out = to_u32(self.text.len());
        let (s, w) = (to_u32(source_start), to_u32(width));
        self.text.push_str(piece);
        let extends = self.segs.last().is_some_and(|last| {
            last.width == w && u64::from(last.src) + u64::from(out - last.out) == u64::from(s)
        });
        if !extends {
            self.segs.push(Seg { out, src: s, src_end: s.saturating_add(w), width: w });
        }
    }

    /// The normalised text and its map.
    #[must_use]
    pub fn finish(self) -> (String, OffsetMap) {
        let len = to_u32(self.text.len());
        (self.text, OffsetMap { segs: self.segs, len })
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

    /// The dense map this sparse one replaced (two `u32` per normalised
    /// byte), kept as the oracle: both must agree on every offset, on char
    /// boundaries or not.
    struct Dense {
        start: Vec<u32>,
        end: Vec<u32>,
    }

    impl Dense {
        fn of(steps: &[Step]) -> Dense {
            let (mut start, mut end, mut last_end) = (Vec::new(), vec![0u32], 0);
            let mut src = 0usize;
            let mut push = |ch: char, s: usize, e: usize| {
                for _ in 0..ch.len_utf8() {
                    start.push(to_u32(s));
                    end.push(to_u32(e));
                }
                last_end = to_u32(e);
            };
            for step in steps {
                src += step.dropped.len();
                let at = src;
                src += step.source.len();
                match &step.replacement {
                    None => {
                        for (i, ch) in step.source.char_indices() {
                            push(ch, at + i, at + i + ch.len_utf8());
                        }
                    }
                    Some(r) => r.chars().for_each(|ch| push(ch, at, src)),
                }
            }
            start.push(last_end);
            end[0] = if end.len() == 1 { 0 } else { start[0] };
            Dense { start, end }
        }

        fn to_original(&self, span: Span) -> Span {
            let n = self.start.len() - 1;
            let s = span.start.min(n);
            let e = span.end.min(n).max(s);
            let start = self.start[s] as usize;
            if s == e {
                return Span::new(start, start);
            }
            Span::new(start, (self.end[e] as usize).max(start))
        }

        fn norm_span_of(&self, span: Span) -> Span {
            let n = self.start.len() - 1;
            let s = self.start.partition_point(|&x| (x as usize) < span.start).min(n);
            let e = self.end.partition_point(|&x| (x as usize) <= span.end).saturating_sub(1);
            Span::new(s, e.min(n).max(s))
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn sparse_map_agrees_with_the_dense_one(steps in steps()) {
            let (source, text, map) = build(&steps);
            let dense = Dense::of(&steps);
            prop_assert_eq!(map.len(), text.len());
            for a in 0..=text.len() + 2 {
                for b in a..=text.len() + 2 {
                    let s = Span::new(a, b);
                    prop_assert_eq!(map.to_original(s), dense.to_original(s), "to_original {:?}", s);
                }
            }
            for a in 0..=source.len() + 2 {
                for b in a..=source.len() + 2 {
                    let s = Span::new(a, b);
                    prop_assert_eq!(map.from_original(s), dense.norm_span_of(s), "from_original {:?}", s);
                }
            }
        }

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
