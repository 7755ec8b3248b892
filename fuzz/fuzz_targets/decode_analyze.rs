//! libFuzzer entry for the `decode_analyze` target; the check itself is
//! [`gongwen_fuzz::decode_analyze`], shared with the stable runner.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongwen_fuzz::decode_analyze(data));
