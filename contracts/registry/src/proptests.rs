//! Randomised call sequences over the registry's logic: random callers and arguments,
//! most calls failing, run by [`sequences::run`](crate::sequences::run).
//!
//! `PROPTEST_CASES` sets the number of sequences (default 10,000).

use interfaces::{Balance, Id, SeatCategory};
use proptest::prelude::*;

use crate::sequences::{run, Op, Pick, OPERATOR, SOCIETY};

/// Callers, weighted towards the operator, the collectors and the society.
fn caller() -> impl Strategy<Value = u8> {
    prop::sample::select(vec![1, 1, 2, 3, 3, 3, 4, 4, 4, 5, 6, 6])
}

fn token() -> impl Strategy<Value = Pick> {
    prop_oneof![
        6 => any::<u8>().prop_map(Pick::Owned),
        6 => any::<u8>().prop_map(Pick::Any),
        2 => (0u64..24).prop_map(|n| Pick::Raw(Id::U64(n))),
        1 => Just(Pick::Raw(Id::U8(1))),
        1 => Just(Pick::Raw(Id::Bytes(vec![0; 40]))),
        1 => Just(Pick::Raw(Id::U64(u64::MAX))),
    ]
}

/// Series ids: mostly the three listed at the start (0 official, 1 giveaway, 2 special).
fn series() -> impl Strategy<Value = u32> {
    prop_oneof![6 => Just(0), 3 => Just(1), 1 => Just(2), 2 => 3u32..6]
}

/// Items: mostly ones the listed series have.
fn item() -> impl Strategy<Value = u8> {
    prop_oneof![8 => 0u8..2, 1 => 2u8..4]
}

/// Any seat category.
fn category() -> impl Strategy<Value = SeatCategory> {
    prop::sample::select(&SeatCategory::ALL[..])
}

fn amount() -> impl Strategy<Value = Balance> {
    prop::sample::select(vec![0, 1, 999, 1_000, 1_001, 10_000, u128::MAX])
}

fn time() -> impl Strategy<Value = u64> {
    prop::sample::select(vec![0, 999, 1_000, 5_000, u64::MAX])
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (caller(), 0u8..4, any::<bool>(), 0u8..4, any::<bool>(), prop::sample::select(vec![0, 10_000, u64::MAX]))
            .prop_map(|(caller, tier, giveaway, items, special, duration)| Op::Propose { caller, tier, giveaway, items, special, duration }),
        2 => (caller(), 3u32..6, any::<bool>(), amount(), prop::sample::select(vec![0, 1, 3, u32::MAX]), time(), prop::bool::weighted(0.1))
            .prop_map(|(caller, series, list, price, editions, start, long_uri)| Op::Apply { caller, series, list, price, editions, start, long_uri }),
        1 => (caller(), prop_oneof![1 => series(), 3 => 3u32..6]).prop_map(|(caller, series)| Op::Close { caller, series }),
        6 => (caller(), series(), item(), amount(), time())
            .prop_map(|(caller, series, item, paid, time)| Op::Buy { caller, series, item, paid, time }),
        3 => (caller(), series(), item(), caller()).prop_map(|(caller, series, item, to)| Op::Airdrop { caller, series, item, to }),
        3 => (caller(), caller(), token()).prop_map(|(caller, to, token)| Op::Transfer { caller, to, token }),
        2 => (caller(), caller(), prop::option::of(token()), any::<bool>())
            .prop_map(|(caller, operator, token, approved)| Op::Approve { caller, operator, token, approved }),
        1 => (caller(), caller(), token()).prop_map(|(caller, owner, token)| Op::Burn { caller, owner, token }),
        4 => (caller(), prop_oneof![3 => (0usize..3).prop_map(|i| SeatCategory::ALL[i]), 1 => category()], prop::collection::vec(token(), 0..4))
            .prop_map(|(caller, category, proof)| Op::Claim { caller, category, proof }),
        3 => (prop_oneof![2 => Just(SOCIETY), 1 => caller()], category()).prop_map(|(caller, category)| Op::Reserve { caller, category }),
        1 => (prop_oneof![3 => Just(SOCIETY), 1 => caller()], category()).prop_map(|(caller, category)| Op::Release { caller, category }),
        3 => (prop_oneof![2 => Just(SOCIETY), 1 => caller()], caller(), category()).prop_map(|(caller, to, category)| Op::Grant { caller, to, category }),
        2 => (prop_oneof![3 => Just(SOCIETY), 1 => caller()], token()).prop_map(|(caller, token)| Op::Revoke { caller, token }),
        1 => caller().prop_map(|caller| Op::Withdraw { caller }),
        2 => (caller(), series()).prop_map(|(caller, series)| Op::CollectCreatorRevenue { caller, series }),
        1 => (caller(), prop::bool::weighted(0.05)).prop_map(|(caller, paused)| Op::Pause { caller, paused }),
        1 => (caller(), caller(), any::<bool>()).prop_map(|(caller, creator, registered)| Op::Register { caller, creator, registered }),
        // The attacker: one collector buying piece after piece and claiming with each.
        4 => prop_oneof![3 => Just(3u8), 1 => caller()].prop_map(|caller| Op::Collect { caller }),
        1 => (caller(), prop::sample::select(vec![0, 4, 5, 8, 12, 13, u32::MAX])).prop_map(|(caller, claimable)| Op::OpenRound { caller, claimable }),
        1 => amount().prop_map(|amount| Op::Donate { amount }),
        1 => (caller(), caller()).prop_map(|(caller, to)| Op::Sweep { caller, to }),
        1 => (prop_oneof![3 => Just(OPERATOR), 1 => caller()], caller()).prop_map(|(caller, to)| Op::OfferOperator { caller, to }),
        1 => caller().prop_map(|caller| Op::AcceptOperator { caller }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: interfaces::testing::proptest_cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_call_sequences_keep_the_invariants(ops in prop::collection::vec(op(), 1..40)) {
        run(ops);
    }
}
