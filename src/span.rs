//! Byte spans into the original (decoded) source text.

use serde::ser::{Serialize, SerializeTuple, Serializer};

/// Half-open UTF-8 byte range into the *original* decoded document text.
///
/// Every finding gongwen reports carries a `Span`, and for every item with a
/// `text` field `&source[span] == text` holds. Spans serialise as the
/// `[start, end]` array of the output contract.
///
/// # Examples
///
/// ```
/// use gongwen::Span;
/// let text = "郑群办发〔2014〕21号";
/// let span = Span::new(0, 12);
/// assert_eq!(&text[span], "郑群办发");
/// assert_eq!(span.get(text), Some("郑群办发"));
/// assert_eq!(Span::new(0, 1).get(text), None); // not a char boundary
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Byte offset of the first byte (inclusive).
    pub start: usize,
    /// Byte offset one past the last byte (exclusive).
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets, half-open).
    ///
    /// # Panics
    ///
    /// Panics when `start > end`; see [`Span::try_new`].
    #[must_use]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} is after its end {end}");
        Span { start, end }
    }

    /// A span from `start` to `end`, or `None` when `start > end`.
    #[must_use]
    pub fn try_new(start: usize, end: usize) -> Option<Span> {
        (start <= end).then_some(Span { start, end })
    }

    /// The slice of `text` this span covers; `None` when it is out of bounds
    /// or not on a char boundary.
    #[must_use]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// Length in bytes.
    #[must_use]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[must_use]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[must_use]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span moved right by `by` bytes (from a slice offset to a text offset).
    #[must_use]
    pub fn shift(self, by: usize) -> Span {
        Span { start: self.start + by, end: self.end + by }
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl std::ops::Index<Span> for str {
    type Output = str;
    fn index(&self, s: Span) -> &str {
        &self[s.start..s.end]
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut tup = serializer.serialize_tuple(2)?;
        tup.serialize_element(&self.start)?;
        tup.serialize_element(&self.end)?;
        tup.end()
    }
}

/// Converts byte offsets to char offsets for consumers (JavaScript, Python
/// `str` indexing) that count Unicode scalar values.
///
/// Built once per text in O(n); each lookup is a binary search.
///
/// # Examples
///
/// ```
/// use gongwen::{CharIndex, Span};
/// let text = "通知:2014年";
/// let idx = CharIndex::new(text);
/// assert_eq!(idx.char_offset(6), Some(2));
/// assert_eq!(idx.char_span(Span::new(7, 11)), Some(Span::new(3, 7)));
/// ```
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// Byte offset of every char start, plus the text length at the end.
    starts: Vec<usize>,
}

impl CharIndex {
    /// Index the char boundaries of `text`.
    #[must_use]
    pub fn new(text: &str) -> CharIndex {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CharIndex { starts }
    }

    /// The char offset of byte offset `byte`, or `None` if `byte` is not a
    /// char boundary of the indexed text.
    #[must_use]
    pub fn char_offset(&self, byte: usize) -> Option<usize> {
        self.starts.binary_search(&byte).ok()
    }

    /// `span` converted from byte offsets to char offsets.
    #[must_use]
    pub fn char_span(&self, span: Span) -> Option<Span> {
        Some(Span::new(self.char_offset(span.start)?, self.char_offset(span.end)?))
    }

    /// The byte offset of char offset `char`, or `None` past the end of the
    /// indexed text (the text's length in chars maps to its length in bytes).
    ///
    /// # Examples
    ///
    /// ```
    /// use gongwen::CharIndex;
    /// let idx = CharIndex::new("通知:2014年");
    /// assert_eq!(idx.byte_offset(2), Some(6));
    /// assert_eq!(idx.byte_offset(9), None);
    /// ```
    #[must_use]
    pub fn byte_offset(&self, char: usize) -> Option<usize> {
        self.starts.get(char).copied()
    }

    /// Number of chars in the indexed text.
    #[must_use]
    pub fn char_len(&self) -> usize {
        self.starts.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_array() {
        assert_eq!(serde_json::to_string(&Span::new(3, 9)).unwrap(), "[3,9]");
    }

    #[test]
    fn get_refuses_non_boundaries() {
        let text = "公文abc";
        assert_eq!(Span::new(0, 3).get(text), Some("公"));
        assert_eq!(Span::new(1, 3).get(text), None);
        assert_eq!(Span::new(6, 20).get(text), None);
    }

    #[test]
    fn set_operations() {
        let a = Span::new(2, 8);
        assert!(a.contains(Span::new(3, 8)));
        assert!(!a.contains(Span::new(1, 3)));
        assert!(a.overlaps(Span::new(7, 9)));
        assert!(!a.overlaps(Span::new(8, 9)));
        assert_eq!(a.cover(Span::new(10, 12)), Span::new(2, 12));
        assert_eq!(a.shift(10), Span::new(12, 18));
        assert_eq!(Span::try_new(3, 2), None);
    }

    #[test]
    fn char_index_round_trip() {
        let text = "a公b文";
        let idx = CharIndex::new(text);
        assert_eq!(idx.char_offset(0), Some(0));
        assert_eq!(idx.char_offset(1), Some(1));
        assert_eq!(idx.char_offset(2), None);
        assert_eq!(idx.char_offset(4), Some(2));
        assert_eq!(idx.char_offset(text.len()), Some(4));
        assert_eq!(idx.byte_offset(2), Some(4));
        assert_eq!(idx.byte_offset(4), Some(text.len()));
        assert_eq!(idx.byte_offset(5), None);
        assert_eq!(idx.char_len(), 4);
    }
}
