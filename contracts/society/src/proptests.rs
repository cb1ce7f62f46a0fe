//! Randomised call sequences over the society's logic ([`SocietyState`] with the fake
//! registry of `tests.rs`): random callers, blocks and arguments, most calls failing.
//! After every step `World::check` holds (role lists consistent and disjoint, counts,
//! head and founder members, reserved seats equal to candidates, every society seat
//! held by a member, the treasury's books and its solvency), and a call that fails
//! changes nothing: neither the root fields, nor any storage cell, nor the registry.
//!
//! `PROPTEST_CASES` sets the number of sequences (default 10,000).

use ink::env::{test, DefaultEnvironment};
use interfaces::{Balance, SeatCategory};
use proptest::prelude::*;

use crate::{
    state::{Judgement, SocietyState},
    tests::{acc, World, DEPOSIT, FOUNDER, OPERATOR},
};

/// Accounts 1..=ACTORS call: the operator, the founder, four members admitted at the
/// start, and outsiders.
const ACTORS: u8 = 10;

/// One message of the society with its caller and arguments.
#[derive(Debug, Clone)]
enum Op {
    Bid {
        caller: u8,
        value: Balance,
        category: usize,
        paid: Balance,
    },
    Unbid {
        caller: u8,
    },
    Vouch {
        caller: u8,
        who: u8,
        value: Balance,
        tip: Balance,
        category: usize,
    },
    Unvouch {
        caller: u8,
    },
    Vote {
        caller: u8,
        candidate: u8,
        approve: bool,
    },
    DefenderVote {
        caller: u8,
        approve: bool,
    },
    Payout {
        caller: u8,
    },
    FundPot {
        amount: Balance,
    },
    Rotate,
    Challenge,
    JudgeMember {
        caller: u8,
        who: u8,
        forgive: bool,
    },
    JudgeCandidate {
        caller: u8,
        who: u8,
        judgement: u8,
    },
    SetMaxMembers {
        caller: u8,
        max_members: u32,
    },
    Unfound {
        caller: u8,
    },
}

fn actor() -> impl Strategy<Value = u8> {
    1..=ACTORS
}

fn value() -> impl Strategy<Value = Balance> {
    prop::sample::select(vec![0, 1, 10, 50, 1_000, u128::MAX])
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (actor(), value(), 0usize..7, prop::sample::select(vec![0, DEPOSIT - 1, DEPOSIT, DEPOSIT + 1]))
            .prop_map(|(caller, value, category, paid)| Op::Bid { caller, value, category, paid }),
        1 => actor().prop_map(|caller| Op::Unbid { caller }),
        2 => (actor(), actor(), value(), value(), 0usize..7)
            .prop_map(|(caller, who, value, tip, category)| Op::Vouch { caller, who, value, tip, category }),
        1 => actor().prop_map(|caller| Op::Unvouch { caller }),
        5 => (actor(), actor(), any::<bool>()).prop_map(|(caller, candidate, approve)| Op::Vote { caller, candidate, approve }),
        2 => (actor(), any::<bool>()).prop_map(|(caller, approve)| Op::DefenderVote { caller, approve }),
        2 => actor().prop_map(|caller| Op::Payout { caller }),
        1 => prop::sample::select(vec![0, 1, 500]).prop_map(|amount| Op::FundPot { amount }),
        4 => Just(Op::Rotate),
        2 => Just(Op::Challenge),
        1 => (actor(), actor(), any::<bool>()).prop_map(|(caller, who, forgive)| Op::JudgeMember { caller, who, forgive }),
        1 => (actor(), actor(), 0u8..3).prop_map(|(caller, who, judgement)| Op::JudgeCandidate { caller, who, judgement }),
        1 => (actor(), prop::sample::select(vec![0, 1, 2, 5, 20, 51, u32::MAX]))
            .prop_map(|(caller, max_members)| Op::SetMaxMembers { caller, max_members }),
        1 => actor().prop_map(|caller| Op::Unfound { caller }),
    ]
}

/// Applies `op`; returns whether it succeeded.
fn apply(world: &mut World, op: Op) -> bool {
    let category = |i: usize| SeatCategory::ALL[i];
    match op {
        Op::Bid {
            caller,
            value,
            category: c,
            paid,
        } => world.run(caller, paid, |s, h, call| {
            s.bid(h, call, value, category(c))
        }),
        Op::Unbid { caller } => world.run(caller, 0, |s, h, call| s.unbid(h, call)),
        Op::Vouch {
            caller,
            who,
            value,
            tip,
            category: c,
        } => world.run(caller, 0, |s, h, call| {
            s.vouch(h, call, acc(who), value, tip, category(c))
        }),
        Op::Unvouch { caller } => world.run(caller, 0, |s, h, call| s.unvouch(h, call)),
        Op::Vote {
            caller,
            candidate,
            approve,
        } => world.run(caller, 0, |s, h, call| {
            s.vote(h, call, acc(candidate), approve)
        }),
        Op::DefenderVote { caller, approve } => {
            world.run(caller, 0, |s, h, call| s.defender_vote(h, call, approve))
        }
        Op::Payout { caller } => world.run(caller, 0, |s, h, call| s.payout(h, call)),
        Op::FundPot { amount } => world.run(OPERATOR, amount, |s, h, call| s.fund_pot(h, call)),
        Op::Rotate => world.run(OPERATOR, 0, |s, h, call| s.rotate(h, call).map(|_| ())),
        Op::Challenge => world.run(OPERATOR, 0, |s, h, call| s.challenge(h, call)),
        Op::JudgeMember {
            caller,
            who,
            forgive,
        } => world.run(caller, 0, |s, h, call| {
            s.judge_suspended_member(h, call, acc(who), forgive)
        }),
        Op::JudgeCandidate {
            caller,
            who,
            judgement,
        } => {
            let judgement =
                [Judgement::Approve, Judgement::Reject, Judgement::Rebid][usize::from(judgement)];
            world.run(caller, 0, |s, h, call| {
                s.judge_suspended_candidate(h, call, acc(who), judgement)
            })
        }
        Op::SetMaxMembers {
            caller,
            max_members,
        } => world.run(caller, 0, |s: &mut SocietyState, h, call| {
            s.set_max_members(h, call.caller, max_members)
        }),
        Op::Unfound { caller } => world.run(caller, 0, |s, h, call| s.unfound(h, call)),
    }
    .is_ok()
}

fn storage_writes() -> usize {
    test::get_contract_storage_rw::<DefaultEnvironment>(&test::callee::<DefaultEnvironment>()).1
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_call_sequences_keep_the_invariants(ops in prop::collection::vec((0u32..8, op()), 1..32)) {
        test::run_test::<DefaultEnvironment, _>(|_| {
            let mut world = World::founded();
            world.accounts = ACTORS;
            world.admit(&[3, 4, 5, 6], 10);
            assert!(world.state.head.is_some());
            assert_eq!(world.state.founder, Some(acc(FOUNDER)));
            for (advance, op) in ops {
                world.block += advance;
                let before = (format!("{:?}", world.state), format!("{:?}", world.host));
                let writes = storage_writes();
                if !apply(&mut world, op.clone()) {
                    assert_eq!(storage_writes(), writes, "{op:?} failed but wrote storage");
                    assert_eq!((format!("{:?}", world.state), format!("{:?}", world.host)), before, "{op:?} failed but changed state");
                }
                world.check();
            }
            Ok(())
        })
        .expect("the engine runs");
    }
}
