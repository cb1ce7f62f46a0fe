//! Randomised call sequences over the rewards logic: random callers, blocks and
//! arguments, most calls failing, run by [`sequences::run`](crate::sequences::run).
//!
//! `PROPTEST_CASES` sets the number of sequences (default 10,000).

use interfaces::Balance;
use proptest::prelude::*;

use crate::sequences::{run, Op, ACCOUNTS, SEATS};

fn caller() -> impl Strategy<Value = u8> {
    prop::sample::select(&ACCOUNTS[..])
}

fn amount() -> impl Strategy<Value = Balance> {
    prop::sample::select(vec![0, 1, 7, 1_000, 100_000_000_000_000_000_000])
}

fn poll() -> impl Strategy<Value = u32> {
    prop_oneof![9 => 0u32..4, 1 => Just(u32::MAX)]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (caller(), prop::collection::vec(0u8..20, 0..10), prop::bool::weighted(0.05), prop::sample::select(vec![0, 1, 2, 5, 21, u32::MAX]))
            .prop_map(|(caller, questions, long_title, duration)| Op::Create { caller, questions, long_title, duration }),
        1 => (caller(), caller(), 0u32..3, 0u8..18).prop_map(|(caller, proposer, series, options)| Op::OpenListing { caller, proposer, series, options }),
        5 => (caller(), poll(), prop::collection::vec(0u64..SEATS, 0..5), prop::collection::vec(0u8..4, 0..6))
            .prop_map(|(caller, poll, seats, answers)| Op::Vote { caller, poll, seats, answers }),
        2 => poll().prop_map(|poll| Op::Finalize { poll }),
        1 => (0u32..8).prop_map(|issued| Op::IssueSeats { issued }),
        2 => (caller(), amount()).prop_map(|(caller, amount)| Op::Deposit { caller, amount }),
        1 => (caller(), poll(), amount()).prop_map(|(caller, poll, amount)| Op::Fund { caller, poll, amount }),
        3 => (caller(), poll()).prop_map(|(caller, poll)| Op::Claim { caller, poll }),
        1 => (caller(), prop::collection::vec(poll(), 0..20)).prop_map(|(caller, polls)| Op::ClaimAll { caller, polls }),
        1 => (caller(), prop::sample::select(vec![0, 5_000, 10_000, 10_001]), 0u32..4)
            .prop_map(|(caller, quorum_bps, min_duration)| Op::SetParameters { caller, quorum_bps, min_duration }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: interfaces::testing::proptest_cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_call_sequences_keep_the_invariants(steps in prop::collection::vec((0u32..4, op()), 1..32)) {
        run(steps);
    }
}

/// One attacker, account 3 (seats 2-4 of 5, enough for any quorum), against a pool the
/// registry keeps filling: it opens polls as often as it can, answers them with all its
/// seats, finalizes and claims, at random moments, and floods listing polls of series
/// it proposed. After every call the world checks
/// that it never receives more than its seats' share of a poll's budget, that the polls
/// of a period take no more than its allocation, and that it never has more polls open
/// than the cap.
fn attacker_op() -> impl Strategy<Value = Op> {
    let attacker = 3u8;
    prop_oneof![
        4 => prop::sample::select(vec![2u32, 3, 20]).prop_map(move |duration| Op::Create {
            caller: attacker,
            questions: vec![0],
            long_title: false,
            duration,
        }),
        4 => poll().prop_map(move |poll| Op::Vote { caller: attacker, poll, seats: vec![2, 3, 4], answers: vec![0] }),
        3 => poll().prop_map(|poll| Op::Finalize { poll }),
        3 => prop::collection::vec(poll(), 1..8).prop_map(move |polls| Op::ClaimAll { caller: attacker, polls }),
        2 => amount().prop_map(|amount| Op::Deposit { caller: 6, amount }),
        // The attacker as a creator: the registry opens listing poll after listing poll
        // of series it proposed.
        2 => (0u32..40, 1u8..4).prop_map(move |(series, options)| Op::OpenListing { caller: 6, proposer: attacker, series, options }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: interfaces::testing::proptest_cases() / 4,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn an_attacker_draining_the_pool_never_takes_more_than_its_share(steps in prop::collection::vec((0u32..6, attacker_op()), 1..48)) {
        run(steps);
    }
}
