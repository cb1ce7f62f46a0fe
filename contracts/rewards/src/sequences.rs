//! Call sequences over the rewards rules, for the property tests and the fuzz targets:
//! the calls and a harness that applies them in a [`World`], which checks the invariants
//! after every call; [`run`] also checks that a failed call changes nothing.

use ink::primitives::AccountId;
use interfaces::{Balance, Id, ListingOptions};

use crate::{
    storage::{OptionValue, Question, RewardsParameters, Topic},
    world::{World, REGISTRY},
};

/// Callers: the operator, three seat holders, an outsider and the registry.
pub const ACCOUNTS: [u8; 6] = [1, 2, 3, 4, 5, 6];
/// Seats 1..=6 exist: 1 is held by account 2, 2-4 by account 3, 5 by account 4; 6 is
/// held by nobody (revoked).
pub const SEATS: u64 = 7;

/// The account numbered `n`, folded into [`ACCOUNTS`] (1..=6); 6 is the registry.
pub fn account(n: u8) -> AccountId {
    match n.wrapping_sub(1) % 6 + 1 {
        6 => crate::world::acc(REGISTRY),
        n => crate::world::acc(n),
    }
}

/// The most a call pays: no account holds more than the chain's issuance.
pub const MAX_PAYMENT: Balance = 1_000_000_000_000_000_000_000_000_000_000;

/// The parameters the harness starts with.
pub const PARAMETERS: RewardsParameters = RewardsParameters {
    poll_share_bps: 5_000,
    quorum_bps: 2_000,
    min_duration: 2,
    max_duration: 20,
    listing_duration: 5,
    period_blocks: 10,
    period_share_bps: 5_000,
    max_open_polls: 2,
};

/// One message of the rewards contract with its caller and arguments; `advance` blocks
/// pass before it.
#[derive(Debug, Clone, scale::Decode)]
pub enum Op {
    Create {
        caller: u8,
        questions: Vec<u8>,
        long_title: bool,
        duration: u32,
    },
    OpenListing {
        caller: u8,
        proposer: u8,
        series: u32,
        options: u8,
    },
    Vote {
        caller: u8,
        poll: u32,
        seats: Vec<u64>,
        answers: Vec<u8>,
    },
    Finalize {
        poll: u32,
    },
    /// The registry's seat count changes (seats claimed or revoked elsewhere).
    IssueSeats {
        issued: u32,
    },
    Deposit {
        caller: u8,
        amount: Balance,
    },
    Fund {
        caller: u8,
        poll: u32,
        amount: Balance,
    },
    Claim {
        caller: u8,
        poll: u32,
    },
    ClaimAll {
        caller: u8,
        polls: Vec<u32>,
    },
    SetParameters {
        caller: u8,
        quorum_bps: u16,
        min_duration: u32,
    },
}

/// Question `n`: an approval, or a choice among `n` options (too many past 16).
pub fn question(n: u8) -> Question {
    if n == 0 {
        Question::Approve
    } else {
        Question::Choice {
            topic: Topic::Price,
            options: (0..u128::from(n)).map(OptionValue::Amount).collect(),
        }
    }
}

/// A world at block 0 with seat 1 held by account 2, seats 2-4 by account 3, seat 5
/// by account 4; seat 6 is held by nobody (revoked).
pub fn new_world() -> World {
    let mut world = World::new(PARAMETERS);
    world.give_seat(1, account(2));
    for seat in 2..=4 {
        world.give_seat(seat, account(3));
    }
    world.give_seat(5, account(4));
    world
}

/// Lets `advance` blocks pass, then applies `op`; returns whether it succeeded.
pub fn apply(world: &mut World, (advance, op): (u32, Op)) -> bool {
    let block = world.chain.context.block.saturating_add(advance);
    world.at(block);
    let outcome = match op {
        Op::Create {
            caller,
            questions,
            long_title,
            duration,
        } => {
            let title = if long_title {
                "t".repeat(300)
            } else {
                "poll".into()
            };
            let questions = questions.into_iter().map(question).collect();
            world
                .call(account(caller), 0, |s, c| {
                    s.create_poll(c, title, questions, duration)
                })
                .map(drop)
        }
        Op::OpenListing {
            caller,
            proposer,
            series,
            options,
        } => {
            let n = usize::from(options);
            let listing = ListingOptions {
                prices: (1..=n as u128).collect(),
                quantities: vec![10; n.min(2)],
                start_times: vec![],
                contents: vec!["ipfs://c".into(); n.min(1)],
            };
            let seats = world.chain.snapshot();
            world
                .call(account(caller), 0, |s, c| {
                    s.open_listing_poll(c, account(proposer), series, listing, seats)
                })
                .map(drop)
        }
        Op::Vote {
            caller,
            poll,
            seats,
            answers,
        } => {
            let seats = seats.into_iter().map(Id::U64).collect();
            world.call(account(caller), 0, |s, c| s.vote(c, poll, seats, answers))
        }
        Op::Finalize { poll } => world.call(account(1), 0, |s, c| s.finalize(c, poll)),
        Op::IssueSeats { issued } => {
            world.chain.issued_seats = issued;
            Ok(())
        }
        Op::Deposit { caller, amount } => {
            world.call(account(caller), amount.min(MAX_PAYMENT), |s, c| {
                s.deposit_revenue(c)
            })
        }
        Op::Fund {
            caller,
            poll,
            amount,
        } => world.call(account(caller), amount.min(MAX_PAYMENT), |s, c| {
            s.fund_poll(c, poll)
        }),
        Op::Claim { caller, poll } => world
            .call(account(caller), 0, |s, c| s.claim(c, poll))
            .map(drop),
        Op::ClaimAll { caller, polls } => world
            .call(account(caller), 0, |s, c| s.claim_all(c, polls))
            .map(drop),
        Op::SetParameters {
            caller,
            quorum_bps,
            min_duration,
        } => {
            let parameters = RewardsParameters {
                quorum_bps,
                min_duration,
                ..PARAMETERS
            };
            world.call(account(caller), 0, |s, c| s.set_parameters(c, parameters))
        }
    };
    outcome.is_ok()
}

/// Runs `steps` (blocks to let pass, call) on a fresh world, checking the invariants
/// after every call and that a failed call changes neither storage, nor the root fields,
/// nor the balance.
pub fn run(steps: Vec<(u32, Op)>) {
    interfaces::testing::run_sequence(
        new_world,
        steps,
        apply,
        |w| format!("{:?} {}", w.state, w.chain.balance),
        World::check,
    );
}
