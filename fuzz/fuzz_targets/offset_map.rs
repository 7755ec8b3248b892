//! libFuzzer entry for the `offset_map` target; the check itself is
//! [`gongwen_fuzz::offset_map`], shared with the stable runner.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongwen_fuzz::offset_map(data));
