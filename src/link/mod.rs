//! Linking documents across a corpus: forwards, cites, implements, reuses.
