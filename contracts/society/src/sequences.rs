//! Call sequences over the society's logic ([`SocietyState`] in the [`World`] of
//! `world.rs`), for the property tests and the fuzz targets. [`run`] checks
//! `World::check` after every call, and that a failed call changes nothing: neither the
//! root fields, nor any storage cell, nor the registry.

use interfaces::{Balance, SeatCategory};

use crate::{
    storage::{Judgement, SocietyState},
    world::{acc, committed, secret, World, FOUNDER, OPERATOR},
};

/// Accounts 1..=ACTORS call: the operator, the founder, four members admitted at the
/// start, and outsiders.
pub const ACTORS: u8 = 10;

/// One message of the society with its caller and arguments.
#[derive(Debug, Clone, scale::Decode)]
pub enum Op {
    Bid {
        caller: u8,
        value: Balance,
        category: u8,
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
        category: u8,
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
    /// `caller` reveals its secret (`honest`) or another one.
    Reveal {
        caller: u8,
        honest: bool,
    },
    Payout {
        caller: u8,
    },
    FundPot {
        amount: Balance,
    },
    Rotate {
        caller: u8,
    },
    Challenge {
        caller: u8,
    },
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

/// The most a call pays: no account holds more than the chain's issuance.
pub const MAX_PAYMENT: Balance = 1_000_000_000_000_000_000_000_000_000_000;

impl Op {
    /// The same call with every account number folded into 1..=ACTORS, and payments
    /// capped at [`MAX_PAYMENT`].
    fn folded(self) -> Self {
        let f = |n: u8| n.wrapping_sub(1) % ACTORS + 1;
        let cap = |amount: Balance| amount.min(MAX_PAYMENT);
        match self {
            Op::Bid {
                caller,
                value,
                category,
                paid,
            } => Op::Bid {
                caller: f(caller),
                value,
                category,
                paid: cap(paid),
            },
            Op::Unbid { caller } => Op::Unbid { caller: f(caller) },
            Op::Vouch {
                caller,
                who,
                value,
                tip,
                category,
            } => Op::Vouch {
                caller: f(caller),
                who: f(who),
                value,
                tip,
                category,
            },
            Op::Unvouch { caller } => Op::Unvouch { caller: f(caller) },
            Op::Vote {
                caller,
                candidate,
                approve,
            } => Op::Vote {
                caller: f(caller),
                candidate: f(candidate),
                approve,
            },
            Op::DefenderVote { caller, approve } => Op::DefenderVote {
                caller: f(caller),
                approve,
            },
            Op::Reveal { caller, honest } => Op::Reveal {
                caller: f(caller),
                honest,
            },
            Op::Payout { caller } => Op::Payout { caller: f(caller) },
            Op::JudgeMember {
                caller,
                who,
                forgive,
            } => Op::JudgeMember {
                caller: f(caller),
                who: f(who),
                forgive,
            },
            Op::JudgeCandidate {
                caller,
                who,
                judgement,
            } => Op::JudgeCandidate {
                caller: f(caller),
                who: f(who),
                judgement,
            },
            Op::SetMaxMembers {
                caller,
                max_members,
            } => Op::SetMaxMembers {
                caller: f(caller),
                max_members,
            },
            Op::Unfound { caller } => Op::Unfound { caller: f(caller) },
            Op::FundPot { amount } => Op::FundPot {
                amount: cap(amount),
            },
            Op::Rotate { caller } => Op::Rotate { caller: f(caller) },
            Op::Challenge { caller } => Op::Challenge { caller: f(caller) },
        }
    }
}

/// Lets `advance` blocks pass, then applies `op`; returns whether it succeeded.
pub fn apply(world: &mut World, (advance, op): (u32, Op)) -> bool {
    world.block = world.block.saturating_add(advance);
    // Every account a call can touch is one `World::check` looks at.
    let op = op.folded();
    let category = |i: u8| SeatCategory::ALL[usize::from(i) % SeatCategory::ALL.len()];
    match op {
        Op::Bid {
            caller,
            value,
            category: c,
            paid,
        } => world.run(caller, paid, |s, p| s.bid(p, value, category(c))),
        Op::Unbid { caller } => world.run(caller, 0, |s, p| s.unbid(p)),
        Op::Vouch {
            caller,
            who,
            value,
            tip,
            category: c,
        } => world.run(caller, 0, |s, p| {
            s.vouch(p, acc(who), value, tip, category(c))
        }),
        Op::Unvouch { caller } => world.run(caller, 0, |s, p| s.unvouch(p)),
        Op::Vote {
            caller,
            candidate,
            approve,
        } => world.run(caller, 0, |s, p| {
            s.vote(p, acc(candidate), approve, committed(caller))
        }),
        Op::DefenderVote { caller, approve } => world.defender_vote(caller, approve),
        Op::Reveal { caller, honest } => {
            let secret = if honest { secret(caller) } else { [0; 32] };
            world.run(caller, 0, |s, p| s.reveal(p, secret))
        }
        Op::Payout { caller } => world.run(caller, 0, |s, p| s.payout(p)),
        Op::FundPot { amount } => world.run(OPERATOR, amount, |s, p| s.fund_pot(p)),
        Op::Rotate { caller } => world.run(caller, 0, |s, p| s.rotate(p).map(|_| ())),
        Op::Challenge { caller } => world.run(caller, 0, |s, p| s.challenge(p).map(|_| ())),
        Op::JudgeMember {
            caller,
            who,
            forgive,
        } => world.run(caller, 0, |s, p| {
            s.judge_suspended_member(p, acc(who), forgive)
        }),
        Op::JudgeCandidate {
            caller,
            who,
            judgement,
        } => {
            let judgement = [Judgement::Approve, Judgement::Reject, Judgement::Rebid]
                [usize::from(judgement % 3)];
            world.run(caller, 0, |s, p| {
                s.judge_suspended_candidate(p, acc(who), judgement)
            })
        }
        Op::SetMaxMembers {
            caller,
            max_members,
        } => world.run(caller, 0, |s: &mut SocietyState, p| {
            s.set_max_members(p, max_members)
        }),
        Op::Unfound { caller } => world.run(caller, 0, |s, p| s.unfound(p)),
    }
    .is_ok()
}

/// The starting world: founded, with accounts 3 to 6 admitted, checked on accounts
/// 1..=ACTORS.
fn start() -> World {
    let mut world = World::founded();
    world.accounts = ACTORS;
    world.admit(&[3, 4, 5, 6], 10);
    assert_eq!(world.state.founder, Some(acc(FOUNDER)));
    world
}

/// Runs `steps` on the starting world, in an off-chain environment of its own, with
/// every `rotate` and `challenge` called by `caller`; returns the state and the fake
/// registry and balance at the end.
pub fn outcome_with_caller(steps: &[(u32, Op)], caller: u8) -> String {
    let mut outcome = String::new();
    ink::env::test::run_test::<ink::env::DefaultEnvironment, _>(|_| {
        let mut world = start();
        for (advance, op) in steps.iter().cloned() {
            let op = match op {
                Op::Rotate { .. } => Op::Rotate { caller },
                Op::Challenge { .. } => Op::Challenge { caller },
                other => other,
            };
            apply(&mut world, (advance, op));
        }
        outcome = format!("{:?} {:?}", world.state, world.chain);
        Ok(())
    })
    .expect("off-chain environment");
    outcome
}

/// Runs `steps` (blocks to let pass, call) on the starting world, checking the
/// invariants after every call and that a failed call changes nothing.
pub fn run(steps: Vec<(u32, Op)>) {
    interfaces::testing::run_sequence(
        start,
        steps,
        apply,
        |w| format!("{:?} {:?}", w.state, w.chain),
        World::check,
    );
}
