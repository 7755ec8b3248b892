//! Decoding raw bytes (UTF-8, UTF-16, GB18030/GBK) into text.
