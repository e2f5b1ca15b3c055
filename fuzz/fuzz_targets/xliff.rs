#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    mtlint_fuzz::targets::run("xliff", data);
});
