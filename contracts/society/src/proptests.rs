//! Randomised call sequences over the society's logic: random callers, blocks and
//! arguments, most calls failing, run by [`sequences::run`](crate::sequences::run).
//!
//! `PROPTEST_CASES` sets the number of sequences (default 10,000).

use interfaces::Balance;
use proptest::prelude::*;

use crate::{
    sequences::{outcome_with_caller, run, Op, ACTORS},
    world::DEPOSIT,
};

fn actor() -> impl Strategy<Value = u8> {
    1..=ACTORS
}

fn value() -> impl Strategy<Value = Balance> {
    prop::sample::select(vec![0, 1, 10, 50, 1_000, u128::MAX])
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (actor(), value(), 0u8..7, prop::sample::select(vec![0, DEPOSIT - 1, DEPOSIT, DEPOSIT + 1]))
            .prop_map(|(caller, value, category, paid)| Op::Bid { caller, value, category, paid }),
        1 => actor().prop_map(|caller| Op::Unbid { caller }),
        2 => (actor(), actor(), value(), value(), 0u8..7)
            .prop_map(|(caller, who, value, tip, category)| Op::Vouch { caller, who, value, tip, category }),
        1 => actor().prop_map(|caller| Op::Unvouch { caller }),
        5 => (actor(), actor(), any::<bool>()).prop_map(|(caller, candidate, approve)| Op::Vote { caller, candidate, approve }),
        2 => (actor(), any::<bool>()).prop_map(|(caller, approve)| Op::DefenderVote { caller, approve }),
        // Most voters reveal; some withhold, some reveal a wrong secret.
        4 => (actor(), prop::bool::weighted(0.8)).prop_map(|(caller, honest)| Op::Reveal { caller, honest }),
        2 => actor().prop_map(|caller| Op::Payout { caller }),
        1 => prop::sample::select(vec![0, 1, 500]).prop_map(|amount| Op::FundPot { amount }),
        4 => actor().prop_map(|caller| Op::Rotate { caller }),
        2 => actor().prop_map(|caller| Op::Challenge { caller }),
        1 => (actor(), actor(), any::<bool>()).prop_map(|(caller, who, forgive)| Op::JudgeMember { caller, who, forgive }),
        1 => (actor(), actor(), 0u8..3).prop_map(|(caller, who, judgement)| Op::JudgeCandidate { caller, who, judgement }),
        1 => (actor(), prop::sample::select(vec![0, 1, 2, 5, 20, 51, u32::MAX]))
            .prop_map(|(caller, max_members)| Op::SetMaxMembers { caller, max_members }),
        1 => actor().prop_map(|caller| Op::Unfound { caller }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: interfaces::testing::proptest_cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_call_sequences_keep_the_invariants(steps in prop::collection::vec((0u32..8, op()), 1..32)) {
        run(steps);
    }
}

/// The attacker's moves: a flood of zero bids, votes whose secrets are withheld or
/// revealed wrong, rotations and challenges called late, by any caller.
fn attacker_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => actor().prop_map(|caller| Op::Bid { caller, value: 0, category: 6, paid: DEPOSIT }),
        2 => (actor(), value()).prop_map(|(caller, value)| Op::Bid { caller, value, category: 6, paid: DEPOSIT }),
        4 => (actor(), actor(), any::<bool>()).prop_map(|(caller, candidate, approve)| Op::Vote { caller, candidate, approve }),
        2 => (actor(), any::<bool>()).prop_map(|(caller, approve)| Op::DefenderVote { caller, approve }),
        3 => (actor(), prop::bool::weighted(0.5)).prop_map(|(caller, honest)| Op::Reveal { caller, honest }),
        3 => actor().prop_map(|caller| Op::Rotate { caller }),
        2 => actor().prop_map(|caller| Op::Challenge { caller }),
        1 => actor().prop_map(|caller| Op::Payout { caller }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: interfaces::testing::proptest_cases() / 10,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Grinding the draws by choosing who calls: the same sequence with every
    /// `rotate` and `challenge` called by the operator or by account 9 ends the same.
    #[test]
    fn who_calls_rotate_or_challenge_never_changes_the_outcome(steps in prop::collection::vec((prop_oneof![3 => 0u32..4, 1 => 4u32..30], attacker_op()), 1..40)) {
        prop_assert_eq!(outcome_with_caller(&steps, 1), outcome_with_caller(&steps, 9));
    }

    #[test]
    fn attacker_sequences_keep_the_invariants(steps in prop::collection::vec((prop_oneof![3 => 0u32..4, 1 => 4u32..30], attacker_op()), 1..40)) {
        run(steps);
    }
}
