//! libFuzzer entry for the `doc_number` target; the check itself is
//! [`gongwen_fuzz::doc_number`], shared with the stable runner.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongwen_fuzz::doc_number(data));
