//! Segmentation with jieba-rs and the policy lexicon.
