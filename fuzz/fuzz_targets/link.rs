//! libFuzzer entry for the `link` target; the check itself is
//! [`gongwen_fuzz::link`], shared with the stable runner.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongwen_fuzz::link(data));
