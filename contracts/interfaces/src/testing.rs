//! Helpers for the contracts' randomised tests and fuzz targets (std only): a call
//! sequence runner on ink!'s off-chain engine that checks, after every call, the
//! contract's invariants and that a failed call changed nothing.

use core::fmt::Debug;
use ink::env::{test, DefaultEnvironment};

/// The number of writes to the current contract's storage so far.
pub fn storage_writes() -> usize {
    test::get_contract_storage_rw::<DefaultEnvironment>(&test::callee::<DefaultEnvironment>()).1
}

/// What a call returned: `Ok`, or the name of its error (for tables of expected errors).
pub fn outcome<T, E: Debug>(result: Result<T, E>) -> String {
    match result {
        Ok(_) => "Ok".into(),
        Err(error) => format!("{error:?}"),
    }
}

/// Sequences per property test: `PROPTEST_CASES`, or 10,000.
pub fn proptest_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

/// Runs `ops` in a fresh off-chain engine on the harness `new` builds. `apply` makes one
/// call and says whether it succeeded; `snapshot` renders everything outside contract
/// storage; `check` asserts the invariants, after `new` and after every call. A call
/// that fails must leave the snapshot and the contract's storage untouched.
pub fn run_sequence<H, Op: Debug + Clone>(
    new: impl FnOnce() -> H,
    ops: Vec<Op>,
    apply: impl Fn(&mut H, Op) -> bool,
    snapshot: impl Fn(&H) -> String,
    check: impl Fn(&H),
) {
    test::run_test::<DefaultEnvironment, _>(|_| {
        let mut harness = new();
        check(&harness);
        for op in ops {
            let before = snapshot(&harness);
            let writes = storage_writes();
            if !apply(&mut harness, op.clone()) {
                assert_eq!(storage_writes(), writes, "{op:?} failed but wrote storage");
                assert_eq!(
                    snapshot(&harness),
                    before,
                    "{op:?} failed but changed state"
                );
            }
            check(&harness);
        }
        Ok(())
    })
    .expect("the off-chain engine runs");
}
