//! Call sequences over the rewards logic ([`RewardsState`]), for the property tests and
//! the fuzz targets: the calls, a harness that applies them, and the invariants (the
//! balance covers the pool and every unclaimed budget; seats voted and claims add up).
//! [`run`] checks them after every call, and that a failed call changes nothing.

use ink::primitives::AccountId;
use interfaces::{Balance, Id, ListingOptions};

use crate::state::{OptionValue, Parameters, Question, RewardsState, Topic};

/// Callers: the operator, three seat holders, an outsider and the registry.
pub const ACCOUNTS: [u8; 6] = [1, 2, 3, 4, 5, 6];
/// The operator.
pub const OPERATOR: u8 = 1;
/// The registry contract.
pub const REGISTRY: u8 = 6;
/// Seats 1..=6 exist: 1 is held by account 2, 2-4 by account 3, 5 by account 4; 6 is
/// held by nobody (revoked).
pub const SEATS: u64 = 7;

/// The account numbered `n`, folded into [`ACCOUNTS`] (1..=6), so that every account a
/// call can touch is one the invariants look at.
pub fn account(n: u8) -> AccountId {
    AccountId::from([n.wrapping_sub(1) % 6 + 1; 32])
}

/// Who holds `seat`, as the registry would answer.
pub fn holder_of(seat: &Id) -> crate::state::Result<Option<AccountId>> {
    Ok(match seat {
        Id::U64(1) => Some(account(2)),
        Id::U64(2..=4) => Some(account(3)),
        Id::U64(5) => Some(account(4)),
        _ => None,
    })
}

/// The most a call pays: no account holds more than the chain's issuance.
pub const MAX_PAYMENT: Balance = 1_000_000_000_000_000_000_000_000_000_000;

/// The parameters the harness starts with.
pub const PARAMETERS: Parameters = Parameters {
    poll_share_bps: 5_000,
    quorum_bps: 2_000,
    min_duration: 2,
    max_duration: 20,
    listing_duration: 5,
};

/// One message of the rewards contract with its caller and arguments; `advance` blocks
/// pass before it.
#[derive(Debug, Clone, scale::Decode)]
pub enum Op {
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

/// The rewards state, the block, and what the contract's balance would be.
pub struct Harness {
    /// The rewards state.
    pub state: RewardsState,
    /// The current block.
    pub block: u32,
    /// The native balance the contract would hold.
    pub balance: Balance,
    /// Paid out by claims so far.
    pub claimed: Balance,
}

impl Harness {
    /// A fresh rewards contract at block 0.
    pub fn new() -> Self {
        let state =
            RewardsState::new(account(OPERATOR), account(REGISTRY), PARAMETERS).expect("valid");
        Self {
            state,
            block: 0,
            balance: 0,
            claimed: 0,
        }
    }

    /// Lets `advance` blocks pass, then applies `op`; returns whether it succeeded.
    pub fn apply(&mut self, (advance, op): (u32, Op)) -> bool {
        self.block = self.block.saturating_add(advance);
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
                let amount = amount.min(MAX_PAYMENT);
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
                let amount = amount.min(MAX_PAYMENT);
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
    pub fn check(&self) {
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

impl Default for Harness {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs `steps` (blocks to let pass, call) on a fresh [`Harness`], checking the
/// invariants after every call and that a failed call changes neither storage, nor the
/// root fields, nor the balance.
pub fn run(steps: Vec<(u32, Op)>) {
    interfaces::testing::run_sequence(
        Harness::new,
        steps,
        Harness::apply,
        |h| format!("{:?} {}", h.state, h.balance),
        Harness::check,
    );
}
