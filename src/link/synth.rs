//! Synthetic archives with planted links (placeholder).
