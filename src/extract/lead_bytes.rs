//! Byte scans that read chars only where a char of a small set can start.
//!
//! Several layer scans look for a few chars (sentence ends, white space) in
//! long CJK texts. Decoding every char to test it costs more than the test;
//! a table of the first UTF-8 bytes of the wanted chars lets the scan skip
//! every other byte, eight at a time, and decode a char only at a marked
//! byte (a lead byte, so a char boundary).

/// The first UTF-8 bytes of a set of chars. Build at compile time with
/// [`LeadBytes::of`]; each user's unit test checks that every char of its
/// set has its lead byte here.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LeadBytes([bool; 256]);

impl LeadBytes {
    /// The lead bytes of `chars`.
    pub(crate) const fn of(chars: &[char]) -> LeadBytes {
        let mut t = [false; 256];
        let mut i = 0;
        while i < chars.len() {
            let mut buf = [0u8; 4];
            let first = chars[i].encode_utf8(&mut buf).as_bytes()[0];
            t[first as usize] = true;
            i += 1;
        }
        LeadBytes(t)
    }

    /// Whether `b` is the lead byte of a char of the set.
    #[inline]
    pub(crate) fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b)]
    }

    /// The first byte at or after `from` that is a lead byte of the set:
    /// eight bytes at a time while none is (their marks or-ed, no branch per
    /// byte), then byte by byte.
    #[inline]
    pub(crate) fn next_in(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let rest = bytes.get(from..)?;
        let mut skipped = 0;
        for chunk in rest.chunks_exact(8) {
            if chunk.iter().fold(false, |any, &b| any | self.contains(b)) {
                break;
            }
            skipped += 8;
        }
        Some(from + skipped + rest.get(skipped..)?.iter().position(|&b| self.contains(b))?)
    }
}

#[cfg(test)]
mod tests {
    use super::LeadBytes;

    #[test]
    fn finds_the_first_marked_byte() {
        const SET: LeadBytes = LeadBytes::of(&['。', '\n']);
        let text = "一二三四五六七八九十。甲\n";
        let bytes = text.as_bytes();
        let first = text.find('。');
        assert_eq!(SET.next_in(bytes, 0), first);
        // E3 is also the lead byte of other chars: a candidate, not a hit.
        assert_eq!(SET.next_in("、".as_bytes(), 0), Some(0));
        assert_eq!(SET.next_in(bytes, text.len()), None);
        assert_eq!(SET.next_in(b"abcdefghijklmnop", 0), None);
        assert_eq!(SET.next_in(b"abcdefghijklmn\n", 3), Some(14));
    }
}
