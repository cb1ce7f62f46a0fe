//! # Qiankun DAO rewards
//!
//! Polls voted per Genesis seat, with a visible reward budget from platform revenue
//! (the seed's 工作证明 and 工作激励: work proof and work incentive).
//!
//! - **Polls.** A seat holder creates a poll of 1–8 questions, each Approve/Reject or a
//!   choice among 2–16 options (price, quantity, start time, content URI, free text),
//!   running between `min_duration` and `max_duration` blocks. When a creator proposes
//!   an SS or S series (or an SSS one with a poll), the registry opens its **listing
//!   poll**: approve, issue price, issue quantity, start time, content.
//! - **Budget.** The registry's revenue share of every sale lands in the undistributed
//!   pool (`deposit_revenue`). A new poll takes `poll_share_bps` of the pool as its
//!   budget, visible from the start; anyone may add to it with `fund_poll`.
//! - **Voting.** `vote(poll, seats, answers)` with seats the caller holds in the
//!   registry; each seat votes once per poll, whoever holds it later; the answers must
//!   answer every question.
//! - **Finalize.** Anyone, once the poll has ended: ties go to the lowest option. A
//!   listing poll's decision is applied to the registry if participation reaches
//!   `quorum_bps` of issued seats; otherwise the series is rejected for lack of quorum.
//! - **Claims.** Each participating seat is worth `budget / participating seats`; a
//!   holder claims its seats' share (`claim`, `claim_all`), in O(1) per poll. Rounding
//!   dust and the budget of a poll nobody voted in return to the pool.
//! - **Contribution records** per account: polls voted, polls created, rewards claimed,
//!   last active block; the operator reads them when granting team-reserve (D) seats.
//!
//! Calls to the registry only read seats or apply a listing decision; the registry never
//! calls back. The contract's balance always covers the pool plus unclaimed budgets.

#![cfg_attr(not(feature = "std"), no_std, no_main)]

pub mod budget;
pub mod events;
pub mod polls;
// The harness of the property tests and fuzz targets, never part of the contract: its
// bookkeeping and assertions use plain arithmetic.
#[cfg(any(test, feature = "fuzzing"))]
#[allow(clippy::arithmetic_side_effects, clippy::cast_possible_truncation)]
pub mod sequences;
pub mod state;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

#[ink::contract]
pub mod rewards {
    use ink::{
        codegen::TraitCallBuilder,
        prelude::{string::String, vec::Vec},
    };
    use interfaces::{
        Id, ListingOptions, ListingRegistry, ListingRegistryRef, PollId, RewardsError, RewardsPool,
        SeatRegistry, SeatRegistryRef,
    };

    use crate::{
        events::{CodeUpgraded, Event, ListingDecided},
        polls::PendingListing,
        state::{Contribution, Parameters, Poll, Question, RewardsState},
    };

    /// Result of the rewards contract's messages.
    pub type Result<T> = core::result::Result<T, RewardsError>;

    /// The rewards contract: see the crate documentation.
    #[ink(storage)]
    pub struct Rewards {
        pub(crate) state: RewardsState,
    }

    impl Rewards {
        /// Creates the rewards contract reading seats from `registry`; the caller becomes
        /// the operator. `poll_share_bps` of the pool funds each new poll; a listing
        /// decision needs `quorum_bps` of issued seats; seat holders' polls last
        /// `min_duration` to `max_duration` blocks, listing polls `listing_duration`.
        ///
        /// # Errors
        /// `BadParameter` for shares above 10,000 bps or durations out of order or zero.
        #[ink(constructor)]
        pub fn new(
            registry: AccountId,
            poll_share_bps: u16,
            quorum_bps: u16,
            min_duration: BlockNumber,
            max_duration: BlockNumber,
            listing_duration: BlockNumber,
        ) -> Result<Self> {
            let parameters = Parameters {
                poll_share_bps,
                quorum_bps,
                min_duration,
                max_duration,
                listing_duration,
            };
            let state = RewardsState::new(Self::env().caller(), registry, parameters)?;
            Ok(Self { state })
        }

        /// Creates a poll with `title` and 1–8 `questions`, open for `duration` blocks.
        /// The caller must hold a seat. Returns the poll's id; its budget is
        /// `poll_share_bps` of the pool.
        ///
        /// # Errors
        /// `NotSeatHolder`, `BadDuration`, `BadQuestionCount`, `BadOptions` (2–16 options
        /// of the topic's kind), `TextTooLong`, `RegistryCallFailed`.
        #[ink(message)]
        pub fn create_poll(
            &mut self,
            title: String,
            questions: Vec<Question>,
            duration: BlockNumber,
        ) -> Result<PollId> {
            let caller = self.env().caller();
            let registry: SeatRegistryRef = self.state.registry.into();
            let seats_held = registry
                .call()
                .seat_count(caller)
                .try_invoke()
                .map_err(|_| RewardsError::RegistryCallFailed)?
                .map_err(|_| RewardsError::RegistryCallFailed)?;
            let now = self.env().block_number();
            let (id, events) = self
                .state
                .create_poll(caller, now, seats_held, title, questions, duration)?;
            self.emit_events(events);
            Ok(id)
        }

        /// Votes in `poll` with `seats` the caller holds (1–16, each once per poll),
        /// answering every question: `answers` holds one option index per question (for
        /// Approve, 0 approves and 1 rejects).
        ///
        /// # Errors
        /// `UnknownPoll`, `PollNotOpen`, `IncompleteAnswers`, `BadAnswer`, `BadSeats`,
        /// `SeatAlreadyVoted`, `SeatNotOwned`, `RegistryCallFailed`.
        #[ink(message)]
        pub fn vote(&mut self, poll: PollId, seats: Vec<Id>, answers: Vec<u8>) -> Result<()> {
            let caller = self.env().caller();
            let now = self.env().block_number();
            let registry: SeatRegistryRef = self.state.registry.into();
            let holder_of = |seat: &Id| {
                registry
                    .call()
                    .seat_holder(seat.clone())
                    .try_invoke()
                    .map_err(|_| RewardsError::RegistryCallFailed)?
                    .map_err(|_| RewardsError::RegistryCallFailed)
            };
            let events = self
                .state
                .vote(caller, now, poll, seats, answers, holder_of)?;
            self.emit_events(events);
            Ok(())
        }

        /// Finalizes `poll` once it has ended: tallies it, fixes the reward per seat and
        /// returns dust to the pool; for a listing poll, sends the decision to the
        /// registry (a decision the registry refuses is reported in `ListingDecided`).
        ///
        /// # Errors
        /// `UnknownPoll`, `AlreadyFinalized`, `TooEarly`, `RegistryCallFailed`.
        #[ink(message)]
        pub fn finalize(&mut self, poll: PollId) -> Result<()> {
            let now = self.env().block_number();
            let registry: SeatRegistryRef = self.state.registry.into();
            let issued_seats = || {
                registry
                    .call()
                    .issued_seats()
                    .try_invoke()
                    .map_err(|_| RewardsError::RegistryCallFailed)?
                    .map_err(|_| RewardsError::RegistryCallFailed)
            };
            let (pending, events) = self.state.finalize(now, poll, issued_seats)?;
            self.emit_events(events);
            if let Some(PendingListing { series, decision }) = pending {
                let mut registry: ListingRegistryRef = self.state.registry.into();
                let applied = matches!(
                    registry
                        .call_mut()
                        .apply_listing(series, decision.clone())
                        .try_invoke(),
                    Ok(Ok(Ok(())))
                );
                self.env().emit_event(ListingDecided {
                    poll,
                    series,
                    decision,
                    applied,
                });
            }
            Ok(())
        }

        /// Adds the transferred value to the budget of `poll`, before it is finalized.
        ///
        /// # Errors
        /// `ZeroAmount`, `UnknownPoll`, `AlreadyFinalized`.
        #[ink(message, payable)]
        pub fn fund_poll(&mut self, poll: PollId) -> Result<()> {
            let events =
                self.state
                    .fund_poll(self.env().caller(), poll, self.env().transferred_value())?;
            self.emit_events(events);
            Ok(())
        }

        /// Pays the caller its seats' share of the budget of finalized `poll`; returns it.
        ///
        /// # Errors
        /// `UnknownPoll`, `NotFinalized`, `NotParticipant`, `AlreadyClaimed`,
        /// `TransferFailed`.
        #[ink(message)]
        pub fn claim(&mut self, poll: PollId) -> Result<Balance> {
            let caller = self.env().caller();
            let now = self.env().block_number();
            let (amount, events) = self.state.claim(caller, now, poll)?;
            self.pay(caller, amount)?;
            self.emit_events(events);
            Ok(amount)
        }

        /// Claims from each of at most 16 `polls` the caller may claim from (the others
        /// are skipped) and pays the total; returns it.
        ///
        /// # Errors
        /// `BadParameter` (more than 16 polls), `NothingToClaim`, `TransferFailed`.
        #[ink(message)]
        pub fn claim_all(&mut self, polls: Vec<PollId>) -> Result<Balance> {
            let caller = self.env().caller();
            let now = self.env().block_number();
            let (total, events) = self.state.claim_all(caller, now, polls)?;
            self.pay(caller, total)?;
            self.emit_events(events);
            Ok(total)
        }

        /// The poll `poll`, with its questions, budget, participating seats and outcome.
        #[ink(message)]
        pub fn poll(&self, poll: PollId) -> Option<Poll> {
            self.state.poll(poll)
        }

        /// Number of polls so far (ids run from 0).
        #[ink(message)]
        pub fn poll_count(&self) -> PollId {
            self.state.poll_count()
        }

        /// Seats counted for each option of each question of `poll`.
        #[ink(message)]
        pub fn results(&self, poll: PollId) -> Option<Vec<Vec<u32>>> {
            self.state.results(poll)
        }

        /// Seats `account` voted with in `poll`.
        #[ink(message)]
        pub fn seats_voted(&self, poll: PollId, account: AccountId) -> u32 {
            self.state.seats_voted(poll, account)
        }

        /// What `account` may claim from `poll` now.
        #[ink(message)]
        pub fn pending_reward(&self, poll: PollId, account: AccountId) -> Balance {
            self.state.pending_reward(poll, account)
        }

        /// The undistributed revenue pool.
        #[ink(message)]
        pub fn pool(&self) -> Balance {
            self.state.pool()
        }

        /// The pool plus every unclaimed budget: what the contract's balance covers.
        #[ink(message)]
        pub fn liabilities(&self) -> Balance {
            self.state.liabilities()
        }

        /// The contribution record of `account`.
        #[ink(message)]
        pub fn contribution(&self, account: AccountId) -> Contribution {
            self.state.contribution(account)
        }

        /// The operator's parameters.
        #[ink(message)]
        pub fn parameters(&self) -> Parameters {
            self.state.parameters
        }

        /// The registry this contract reads seats from.
        #[ink(message)]
        pub fn registry(&self) -> AccountId {
            self.state.registry
        }

        /// Operator only: replaces the parameters with `parameters`.
        ///
        /// # Errors
        /// `NotAuthorized`, `BadParameter`.
        #[ink(message)]
        pub fn set_parameters(&mut self, parameters: Parameters) -> Result<()> {
            let events = self.state.set_parameters(self.env().caller(), parameters)?;
            self.emit_events(events);
            Ok(())
        }

        /// The operator.
        #[ink(message)]
        pub fn operator(&self) -> AccountId {
            self.state.role.operator
        }

        /// Operator only: offers the operator role to `to`, who takes it with
        /// `accept_operator`.
        ///
        /// # Errors
        /// `NotAuthorized`.
        #[ink(message)]
        pub fn transfer_operator(&mut self, to: AccountId) -> Result<()> {
            let events = self.state.transfer_operator(self.env().caller(), to)?;
            self.emit_events(events);
            Ok(())
        }

        /// The pending operator takes the role.
        ///
        /// # Errors
        /// `NoPendingOperator`.
        #[ink(message)]
        pub fn accept_operator(&mut self) -> Result<()> {
            let events = self.state.accept_operator(self.env().caller())?;
            self.emit_events(events);
            Ok(())
        }

        /// Operator only: replaces the contract's code with the uploaded `code_hash`,
        /// keeping all storage.
        ///
        /// # Errors
        /// `NotAuthorized`, `SetCodeFailed`.
        #[ink(message)]
        pub fn set_code(&mut self, code_hash: Hash) -> Result<()> {
            self.state.ensure_operator(self.env().caller())?;
            self.env()
                .set_code_hash(&code_hash)
                .map_err(|_| RewardsError::SetCodeFailed)?;
            self.env().emit_event(CodeUpgraded { code_hash });
            Ok(())
        }

        /// Pays `amount` to `to`, if any.
        fn pay(&self, to: AccountId, amount: Balance) -> Result<()> {
            if amount == 0 {
                return Ok(());
            }
            self.env()
                .transfer(to, amount)
                .map_err(|_| RewardsError::TransferFailed)
        }

        /// Emits the events the logic returned, in order.
        fn emit_events(&self, events: Vec<Event>) {
            for event in events {
                match event {
                    Event::PollCreated(e) => self.env().emit_event(e),
                    Event::PollFunded(e) => self.env().emit_event(e),
                    Event::Voted(e) => self.env().emit_event(e),
                    Event::PollFinalized(e) => self.env().emit_event(e),
                    Event::RewardClaimed(e) => self.env().emit_event(e),
                    Event::RevenueDeposited(e) => self.env().emit_event(e),
                    Event::ParametersChanged(e) => self.env().emit_event(e),
                    Event::OperatorTransferStarted(e) => self.env().emit_event(e),
                    Event::OperatorChanged(e) => self.env().emit_event(e),
                }
            }
        }
    }

    impl RewardsPool for Rewards {
        /// Adds the transferred value to the undistributed pool (the registry sends the
        /// rewards share of every sale; anyone may add).
        ///
        /// # Errors
        /// `ZeroAmount`.
        #[ink(message, payable)]
        fn deposit_revenue(&mut self) -> Result<()> {
            let events = self
                .state
                .deposit_revenue(self.env().caller(), self.env().transferred_value())?;
            self.emit_events(events);
            Ok(())
        }

        /// Registry only: opens the listing poll of `series` with the proposer's
        /// `options` (1–16 per question) and returns its id.
        ///
        /// # Errors
        /// `NotRegistry`, `BadOptions`, `TextTooLong`.
        #[ink(message)]
        fn open_listing_poll(&mut self, series: u32, options: ListingOptions) -> Result<PollId> {
            let now = self.env().block_number();
            let (id, events) =
                self.state
                    .open_listing_poll(self.env().caller(), now, series, options)?;
            self.emit_events(events);
            Ok(id)
        }
    }
}
