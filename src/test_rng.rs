//! A deterministic pseudo-random source for the tests that compare a
//! hand-written matcher with the regex or scan it replaced on generated
//! texts (one copy for all of them).

/// A xorshift64 generator seeded with `seed` (not zero): each call returns
/// the next state.
pub(crate) fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}
