//! A world for the rewards rules without a chain (unit tests, property tests, fuzz
//! targets): the [`RewardsState`], a [`FakeChain`] playing the call's context, the
//! contract's native balance and the registry, and [`World::call`], which runs one call
//! and then checks the invariants, so no test can forget to: the balance covers the pool
//! and every unclaimed budget; each poll's seats voted add up and what it owes stays
//! within its budget; contribution records count every reward paid.

use std::collections::{BTreeMap, BTreeSet};

use ink::primitives::AccountId;
use interfaces::{
    testing::{call_reverting, CallContext, EventLog},
    Balance, BlockNumber, Id, ListingDecision, PollId, RewardsError, SeatSnapshot, SeriesId,
    MAX_SEATS_PER_VOTE,
};

use crate::{
    events::{PollCreated, RewardClaimed, Spent, Swept},
    port::RewardsPort,
    storage::{
        Action, DepositStatus, GovernanceParameters, Result, RewardsParameters, RewardsState,
    },
};

pub use interfaces::testing::acc;

/// The operator of every world.
pub const OPERATOR: u8 = 1;
/// The registry contract's account.
pub const REGISTRY: u8 = 0xee;
/// The guardian of every world.
pub const GUARDIAN: u8 = 0x9a;
/// The rewards contract's own account.
pub const REWARDS: u8 = 0xdd;

/// The governance parameters of every world: one seat and 100 units to propose; voting
/// from 2 blocks after opening for 10; a timelock of 5 blocks (20 when critical); 30
/// blocks to execute; more than half approves (two thirds when critical).
pub fn governance() -> GovernanceParameters {
    GovernanceParameters {
        proposal_seats: 1,
        proposal_deposit: 100,
        voting_delay: 2,
        voting_period: 10,
        approval_bps: 5_000,
        critical_approval_bps: 6_667,
        timelock: 5,
        critical_timelock: 20,
        grace_period: 30,
    }
}

/// The call's context, the contract's native balance, and the registry as the rewards
/// contract sees it.
#[derive(Default)]
pub struct FakeChain {
    /// Who calls, at which block, paying what.
    pub context: CallContext,
    /// The contract's native balance.
    pub balance: Balance,
    /// What the contract paid each account so far.
    pub received: BTreeMap<AccountId, Balance>,
    /// Who holds each seat (`Id::U64(n)`).
    pub seats: BTreeMap<u64, AccountId>,
    /// Seats the registry reports as issued.
    pub issued_seats: u32,
    /// The number the registry's next token gets (every seat lies below it).
    pub next_number: u64,
    /// Whether the registry fails to answer (its calls trap or it is gone).
    pub registry_down: bool,
    /// Whether the registry refuses listing decisions.
    pub refuse_listings: bool,
    /// The registry's real rules for a listing decision, when a test plugs them in (the
    /// suite tests): whether the registry applied it.
    pub registry_rules: Option<Box<dyn FnMut(SeriesId, ListingDecision) -> bool>>,
    /// Listing decisions the registry applied, in order.
    pub listings: Vec<(SeriesId, ListingDecision)>,
    /// Governance actions the registry and the society carried out, in order.
    pub governed: Vec<Action>,
    /// An action the registry or the society refuses, when a test sets one.
    pub refused: Option<Action>,
    /// The rewards contract's credit in the registry (the rewards share of the sales, and
    /// the operator's once governance is the operator), paid out by `collect_credit`.
    pub credit: Balance,
    /// Events of the last call, in order.
    pub events: EventLog,
}

impl FakeChain {
    /// The fake registry's seat snapshot now.
    pub fn snapshot(&self) -> SeatSnapshot {
        SeatSnapshot {
            issued: self.issued_seats,
            next_number: self.next_number,
        }
    }

    /// Fails as a call to a registry that cannot answer does.
    fn ensure_registry_up(&self) -> Result<()> {
        if self.registry_down {
            Err(RewardsError::RegistryCallFailed)
        } else {
            Ok(())
        }
    }
}

impl RewardsPort for FakeChain {
    fn caller(&self) -> AccountId {
        self.context.caller
    }

    fn block(&self) -> BlockNumber {
        self.context.block
    }

    fn transferred(&self) -> Balance {
        self.context.transferred
    }

    fn balance(&self) -> Balance {
        self.balance
    }

    fn pay(&mut self, to: AccountId, amount: Balance) -> Result<()> {
        self.balance = self
            .balance
            .checked_sub(amount)
            .ok_or(RewardsError::TransferFailed)?;
        let received = self.received.entry(to).or_default();
        *received = received.saturating_add(amount);
        Ok(())
    }

    fn seat_count(&self, holder: AccountId) -> Result<u32> {
        self.ensure_registry_up()?;
        Ok(
            u32::try_from(self.seats.values().filter(|h| **h == holder).count())
                .expect("few seats"),
        )
    }

    fn collect_credit(&mut self) -> Result<Balance> {
        self.ensure_registry_up()?;
        let amount = core::mem::take(&mut self.credit);
        self.balance = self.balance.saturating_add(amount);
        Ok(amount)
    }

    fn uncollected_credit(&self) -> Result<Balance> {
        self.ensure_registry_up()?;
        Ok(self.credit)
    }

    fn holds_seats(&self, holder: AccountId, seats: &[Id]) -> Result<bool> {
        self.ensure_registry_up()?;
        Ok(seats.len() <= MAX_SEATS_PER_VOTE
            && seats.iter().all(|seat| match seat {
                Id::U64(n) => self.seats.get(n) == Some(&holder),
                _ => false,
            }))
    }

    fn seat_snapshot(&self) -> Result<SeatSnapshot> {
        self.ensure_registry_up()?;
        Ok(self.snapshot())
    }

    fn apply_listing(&mut self, series: SeriesId, decision: ListingDecision) -> bool {
        let applied = match &mut self.registry_rules {
            _ if self.refuse_listings => false,
            Some(rules) => rules(series, decision.clone()),
            None => true,
        };
        if applied {
            self.listings.push((series, decision));
        }
        applied
    }

    fn own_account(&self) -> AccountId {
        acc(REWARDS)
    }

    fn govern(&mut self, action: &Action) -> bool {
        if self.refused.as_ref() == Some(action) {
            return false;
        }
        self.governed.push(action.clone());
        true
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        self.events.push(event);
    }
}

/// The rewards state, the fake chain, and every account that has called.
pub struct World {
    /// The rewards contract's state.
    pub state: RewardsState,
    /// The call's context, the balance and the registry.
    pub chain: FakeChain,
    /// Every account that has called or opened a poll so far (the invariants look at
    /// them).
    pub callers: BTreeSet<AccountId>,
    /// What each account has claimed from each poll so far.
    pub claimed: BTreeMap<(PollId, AccountId), Balance>,
    /// What the operator and governance swept so far.
    pub swept: Balance,
    /// What governance spent from the pool so far.
    pub spent: Balance,
}

impl World {
    /// A rewards contract operated by [`OPERATOR`], linked to [`REGISTRY`], at block 0.
    pub fn new(parameters: RewardsParameters) -> Self {
        let state = RewardsState::new(
            acc(OPERATOR),
            acc(REGISTRY),
            parameters,
            governance(),
            Some(acc(GUARDIAN)),
        )
        .expect("valid parameters");
        let world = Self {
            state,
            chain: FakeChain::default(),
            callers: BTreeSet::from([acc(OPERATOR)]),
            claimed: BTreeMap::new(),
            swept: 0,
            spent: 0,
        };
        world.check();
        world
    }

    /// Gives `seat` (`Id::U64(seat)`) to `holder` in the registry and counts it issued.
    pub fn give_seat(&mut self, seat: u64, holder: AccountId) {
        self.chain.seats.insert(seat, holder);
        self.chain.issued_seats = u32::try_from(self.chain.seats.len()).expect("few seats");
        self.chain.next_number = self.chain.next_number.max(seat + 1);
    }

    /// Moves to block `block`.
    pub fn at(&mut self, block: BlockNumber) -> &mut Self {
        self.chain.context.block = block;
        self
    }

    /// Runs `f` as `caller` paying `paid`, then checks the invariants. A failed call
    /// keeps neither the payment nor its events, as the chain reverts it, and must not
    /// have touched the state.
    pub fn call<T>(
        &mut self,
        caller: AccountId,
        paid: Balance,
        f: impl FnOnce(&mut RewardsState, &mut FakeChain) -> Result<T>,
    ) -> Result<T> {
        self.callers.insert(caller);
        self.chain.context.caller = caller;
        self.chain.context.transferred = paid;
        // A hostile test may pay more than any balance holds; the books saturate.
        let before = self.chain.balance;
        self.chain.balance = before.saturating_add(paid);
        self.chain.events.clear();
        let governed = self.chain.governed.len();
        let received = self.chain.received.clone();
        let credit = self.chain.credit;
        let chain = &mut self.chain;
        let result = call_reverting(&mut self.state, |state| f(state, chain));
        if result.is_err() {
            // The chain undoes the failed call's payments and its calls on the other
            // contracts.
            self.chain.balance = before;
            self.chain.events.clear();
            self.chain.governed.truncate(governed);
            self.chain.received = received;
            self.chain.credit = credit;
        }
        self.chain.context.transferred = 0;
        for sweep in self.chain.events.of::<Swept>() {
            self.swept += sweep.amount;
        }
        for spending in self.chain.events.of::<Spent>() {
            self.spent += spending.amount;
        }
        for claim in self.chain.events.of::<RewardClaimed>() {
            *self.claimed.entry((claim.poll, claim.account)).or_default() += claim.amount;
        }
        let creators: Vec<AccountId> = self
            .chain
            .events
            .of::<PollCreated>()
            .iter()
            .map(|created| created.creator)
            .collect();
        self.callers.extend(creators);
        self.check();
        result
    }

    /// What the contract paid `account` so far.
    pub fn received(&self, account: AccountId) -> Balance {
        self.chain.received.get(&account).copied().unwrap_or(0)
    }

    /// The invariants; [`World::call`] checks them after every call.
    pub fn check(&self) {
        let s = &self.state;
        assert!(
            s.pool() <= s.liabilities(),
            "the pool is within the liabilities"
        );
        assert!(
            self.chain.balance >= s.liabilities(),
            "balance {} < liabilities {}",
            self.chain.balance,
            s.liabilities()
        );
        let recorded: Balance = self
            .callers
            .iter()
            .map(|a| s.contribution(*a).rewards_claimed)
            .sum();
        let paid: Balance = self.chain.received.values().sum();
        let returned: Balance = (0..s.poll_count())
            .filter_map(|id| s.proposal(id))
            .filter(|p| p.deposit_status == DepositStatus::Returned)
            .map(|p| p.deposit)
            .sum();
        assert_eq!(
            recorded + self.swept + self.spent + returned,
            paid,
            "contribution records count every reward paid; deposits returned; the rest was swept or spent"
        );
        let mut owed_in_all = 0;
        for id in 0..s.poll_count() {
            let poll = s.poll(id).expect("polls are numbered from 0");
            assert!(poll.start <= poll.end, "poll {id} ends after it starts");
            let voted: u32 = self.callers.iter().map(|a| s.seats_voted(id, *a)).sum();
            assert_eq!(
                voted, poll.participating_seats,
                "poll {id}: seats voted add up"
            );
            let owed: Balance = self.callers.iter().map(|a| s.pending_reward(id, *a)).sum();
            assert!(
                owed <= poll.budget,
                "poll {id}: rewards owed {owed} within its budget {}",
                poll.budget
            );
            owed_in_all += owed;
        }
        assert!(
            owed_in_all + s.pool() <= s.liabilities(),
            "what is owed is covered"
        );
        self.check_shares();
        assert_eq!(s.poll(s.poll_count()), None, "no poll past the count");
    }

    /// The economic bounds: nobody receives more from a poll than its seats' share of
    /// that poll's budget, and nothing from a poll that missed its quorum; the polls of a
    /// period take no more than its allocation; nobody has more polls open than
    /// `max_open_polls`.
    pub fn check_shares(&self) {
        let s = &self.state;
        let mut open = 0;
        for id in 0..s.poll_count() {
            let poll = s.poll(id).expect("polls are numbered from 0");
            let Some(outcome) = poll.outcome else {
                open += 1;
                continue;
            };
            for account in &self.callers {
                let got = self.claimed.get(&(id, *account)).copied().unwrap_or(0)
                    + s.pending_reward(id, *account);
                let seats = Balance::from(s.seats_voted(id, *account));
                if !outcome.quorum_met {
                    assert_eq!(got, 0, "poll {id} missed its quorum but pays {got}");
                    continue;
                }
                assert!(
                    got * Balance::from(poll.participating_seats) <= poll.budget * seats,
                    "poll {id}: {got} is more than {seats} of {} seats' share of {}",
                    poll.participating_seats,
                    poll.budget
                );
            }
        }
        if let Some(period) = s.allocation() {
            assert!(
                period.taken <= period.allocation,
                "the period's polls took {} of an allocation of {}",
                period.taken,
                period.allocation
            );
        }
        let counted: u32 = self.callers.iter().map(|a| s.open_polls_of(*a)).sum();
        assert_eq!(
            counted, open,
            "open polls are counted against their creators"
        );
        for account in &self.callers {
            assert!(s.open_polls_of(*account) <= s.parameters.max_open_polls);
        }
    }
}
