//! Randomised call sequences over the rewards logic ([`RewardsState`]): random callers,
//! blocks and arguments, most calls failing. After every step the invariants hold (the
//! balance covers the pool and every unclaimed budget; seats voted and claims add up),
//! and a call that fails changes nothing: neither the root fields nor any storage cell.
//!
//! `PROPTEST_CASES` sets the number of sequences (default 10,000).

use ink::{
    env::{test, DefaultEnvironment},
    primitives::AccountId,
};
use interfaces::{Balance, Id, ListingOptions};
use proptest::prelude::*;

use crate::state::{OptionValue, Parameters, Question, RewardsState, Topic};

/// Callers: the operator, three seat holders, an outsider and the registry.
const ACCOUNTS: [u8; 6] = [1, 2, 3, 4, 5, 6];
const OPERATOR: u8 = 1;
const REGISTRY: u8 = 6;
/// Seats 1..=6 exist: 1 is held by account 2, 2-4 by account 3, 5 by account 4; 6 is
/// held by nobody (revoked).
const SEATS: u64 = 7;

fn account(n: u8) -> AccountId {
    AccountId::from([n; 32])
}

fn holder_of(seat: &Id) -> crate::state::Result<Option<AccountId>> {
    Ok(match seat {
        Id::U64(1) => Some(account(2)),
        Id::U64(2..=4) => Some(account(3)),
        Id::U64(5) => Some(account(4)),
        _ => None,
    })
}

const PARAMETERS: Parameters = Parameters {
    poll_share_bps: 5_000,
    quorum_bps: 2_000,
    min_duration: 2,
    max_duration: 20,
    listing_duration: 5,
};

/// One message of the rewards contract with its caller and arguments; `advance` blocks
/// pass before it.
#[derive(Debug, Clone)]
enum Op {
    Create {
        caller: u8,
        seats_held: u32,
        questions: Vec<u8>,
        long_title: bool,
        duration: u32,
    },
    OpenListing {
        caller: u8,
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
        2 => (caller(), 0u32..3, prop::collection::vec(0u8..20, 0..10), prop::bool::weighted(0.05), prop::sample::select(vec![0, 1, 2, 5, 21, u32::MAX]))
            .prop_map(|(caller, seats_held, questions, long_title, duration)| Op::Create { caller, seats_held, questions, long_title, duration }),
        1 => (caller(), 0u32..3, 0u8..18).prop_map(|(caller, series, options)| Op::OpenListing { caller, series, options }),
        5 => (caller(), poll(), prop::collection::vec(0u64..SEATS, 0..5), prop::collection::vec(0u8..4, 0..6))
            .prop_map(|(caller, poll, seats, answers)| Op::Vote { caller, poll, seats, answers }),
        2 => (poll(), 0u32..8).prop_map(|(poll, issued)| Op::Finalize { poll, issued }),
        2 => (caller(), amount()).prop_map(|(caller, amount)| Op::Deposit { caller, amount }),
        1 => (caller(), poll(), amount()).prop_map(|(caller, poll, amount)| Op::Fund { caller, poll, amount }),
        3 => (caller(), poll()).prop_map(|(caller, poll)| Op::Claim { caller, poll }),
        1 => (caller(), prop::collection::vec(poll(), 0..20)).prop_map(|(caller, polls)| Op::ClaimAll { caller, polls }),
        1 => (caller(), prop::sample::select(vec![0, 5_000, 10_000, 10_001]), 0u32..4)
            .prop_map(|(caller, quorum_bps, min_duration)| Op::SetParameters { caller, quorum_bps, min_duration }),
    ]
}

/// Question `n`: an approval, or a choice among `n` options (too many past 16).
fn question(n: u8) -> Question {
    if n == 0 {
        Question::Approve
    } else {
        Question::Choice {
            topic: Topic::Price,
            options: (0..u128::from(n)).map(OptionValue::Amount).collect(),
        }
    }
}

/// The rewards state, the block, and what the contract's balance would be.
struct Harness {
    state: RewardsState,
    block: u32,
    balance: Balance,
    claimed: Balance,
}

impl Harness {
    fn new() -> Self {
        let state =
            RewardsState::new(account(OPERATOR), account(REGISTRY), PARAMETERS).expect("valid");
        Self {
            state,
            block: 0,
            balance: 0,
            claimed: 0,
        }
    }

    /// Applies `op` at the current block; returns whether it succeeded.
    fn apply(&mut self, op: Op) -> bool {
        let (s, now) = (&mut self.state, self.block);
        match op {
            Op::Create {
                caller,
                seats_held,
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
                s.create_poll(account(caller), now, seats_held, title, questions, duration)
                    .is_ok()
            }
            Op::OpenListing {
                caller,
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
                s.open_listing_poll(account(caller), now, series, listing)
                    .is_ok()
            }
            Op::Vote {
                caller,
                poll,
                seats,
                answers,
            } => {
                let seats = seats.into_iter().map(Id::U64).collect();
                s.vote(account(caller), now, poll, seats, answers, holder_of)
                    .is_ok()
            }
            Op::Finalize { poll, issued } => s.finalize(now, poll, || Ok(issued)).is_ok(),
            Op::Deposit { caller, amount } => {
                let ok = s.deposit_revenue(account(caller), amount).is_ok();
                if ok {
                    self.balance += amount;
                }
                ok
            }
            Op::Fund {
                caller,
                poll,
                amount,
            } => {
                let ok = s.fund_poll(account(caller), poll, amount).is_ok();
                if ok {
                    self.balance += amount;
                }
                ok
            }
            Op::Claim { caller, poll } => self.paid(|s| s.claim(account(caller), now, poll)),
            Op::ClaimAll { caller, polls } => {
                self.paid(|s| s.claim_all(account(caller), now, polls))
            }
            Op::SetParameters {
                caller,
                quorum_bps,
                min_duration,
            } => {
                let parameters = Parameters {
                    quorum_bps,
                    min_duration,
                    ..PARAMETERS
                };
                s.set_parameters(account(caller), parameters).is_ok()
            }
        }
    }

    /// Runs a claim; the amount leaves the contract.
    fn paid<E, T>(
        &mut self,
        claim: impl FnOnce(&mut RewardsState) -> Result<(Balance, T), E>,
    ) -> bool {
        match claim(&mut self.state) {
            Ok((amount, _)) => {
                self.balance = self
                    .balance
                    .checked_sub(amount)
                    .expect("a claim within the balance");
                self.claimed += amount;
                true
            }
            Err(_) => false,
        }
    }

    /// The invariants after every step.
    fn check(&self) {
        let s = &self.state;
        assert!(s.pool() <= s.liabilities());
        assert!(
            self.balance >= s.liabilities(),
            "balance {} < liabilities {}",
            self.balance,
            s.liabilities()
        );
        let mut claimed = 0;
        for n in ACCOUNTS {
            claimed += s.contribution(account(n)).rewards_claimed;
        }
        assert_eq!(claimed, self.claimed, "contributions record every claim");
        let mut budgets = 0;
        for id in 0..s.poll_count() {
            let poll = s.poll(id).expect("polls are numbered from 0");
            assert!(poll.start <= poll.end);
            let voted: u32 = ACCOUNTS
                .iter()
                .map(|n| s.seats_voted(id, account(*n)))
                .sum();
            assert_eq!(
                voted, poll.participating_seats,
                "poll {id}: seats voted add up"
            );
            let owed: Balance = ACCOUNTS
                .iter()
                .map(|n| s.pending_reward(id, account(*n)))
                .sum();
            assert!(
                owed <= poll.budget,
                "poll {id}: rewards owed {owed} within its budget {}",
                poll.budget
            );
            budgets += owed;
        }
        assert!(
            budgets + s.pool() <= s.liabilities(),
            "what is owed is covered"
        );
        assert_eq!(s.poll(s.poll_count()), None);
    }
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
    fn random_call_sequences_keep_the_invariants(ops in prop::collection::vec((0u32..4, op()), 1..32)) {
        test::run_test::<DefaultEnvironment, _>(|_| {
            let mut harness = Harness::new();
            for (advance, op) in ops {
                harness.block += advance;
                let before = format!("{:?}", harness.state);
                let writes = storage_writes();
                let balance = harness.balance;
                if !harness.apply(op.clone()) {
                    assert_eq!(storage_writes(), writes, "{op:?} failed but wrote storage");
                    assert_eq!(format!("{:?}", harness.state), before, "{op:?} failed but changed the root");
                    assert_eq!(harness.balance, balance);
                }
                harness.check();
            }
            Ok(())
        })
        .expect("the engine runs");
    }
}
