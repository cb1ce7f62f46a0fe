//! Fuzzes the society's logic: the input, SCALE-decoded, is a sequence of calls with
//! arbitrary callers and arguments; `society::sequences::run` applies them and panics if an
//! invariant breaks or a failed call changed state.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scale::Decode;

fuzz_target!(|data: &[u8]| {
    let mut input = data;
    if let Ok(calls) = <Vec<(u32, society::sequences::Op)>>::decode(&mut input) {
        // Long sequences add time, not coverage.
        if calls.len() <= 64 {
            society::sequences::run(calls);
        }
    }
});
