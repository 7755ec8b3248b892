//! A set of chars tested with one load: a 4,096-bit filter keyed by the low
//! 12 bits of the code point. It lets a few chars outside the set through
//! (those sharing the low bits of a member), never drops a member: a quick
//! test that skips most chars before an exact one.

/// A 4,096-bit filter over a set of chars, built at compile time.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CharBits([u64; 64]);

impl CharBits {
    /// The filter holding every char of `chars`.
    pub(crate) const fn new(chars: &[char]) -> CharBits {
        let mut bits = [0u64; 64];
        let mut i = 0;
        while i < chars.len() {
            let k = (chars[i] as u32 & 0xFFF) as usize;
            bits[k / 64] |= 1 << (k % 64);
            i += 1;
        }
        CharBits(bits)
    }

    /// False only when `c` is not in the set.
    #[inline]
    pub(crate) fn may_contain(&self, c: char) -> bool {
        let k = (u32::from(c) & 0xFFF) as usize;
        self.0.get(k / 64).is_some_and(|w| w >> (k % 64) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::CharBits;

    #[test]
    fn never_drops_a_member() {
        const SET: &[char] = &['一', '二', '〇', '０', '9', '年'];
        const BITS: CharBits = CharBits::new(SET);
        for &c in SET {
            assert!(BITS.may_contain(c), "{c:?}");
        }
        // Most other chars are refused.
        let refused = ('\u{4E00}'..='\u{9FFF}').filter(|&c| !BITS.may_contain(c)).count();
        assert!(refused > 20_000, "{refused}");
    }
}
