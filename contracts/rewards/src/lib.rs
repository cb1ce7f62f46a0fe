//! # Qiankun DAO rewards
//!
//! Polls voted per Genesis seat, with a visible reward budget from platform revenue
//! (the seed's 工作证明 and 工作激励: work proof and work incentive).
//!
//! - **Polls.** A seat holder creates a poll of 1–8 questions, each Approve/Reject or a
//!   choice among 2–16 options (price, quantity, start time, content URI, free text),
//!   running between `min_duration` and `max_duration` blocks; an account has at most
//!   `max_open_polls` open. When a creator proposes an SS or S series (or an SSS one
//!   with a poll), the registry opens its **listing poll**: approve, issue price, issue
//!   quantity, start time, content; it counts against the proposer's open polls.
//! - **Budget.** The registry's revenue share of every sale lands in the undistributed
//!   pool (`deposit_revenue`). Each period of `period_blocks` blocks has an allocation,
//!   `period_share_bps` of the pool as it stood when the period began; a new poll takes
//!   `poll_share_bps` of it as its budget (never more than is left), visible from the
//!   start; anyone may add to it with `fund_poll`.
//! - **Voting.** `vote(poll, seats, answers)` with seats the caller holds in the
//!   registry and that were issued before the poll opened; each seat votes once per
//!   poll, whoever holds it later; the answers must answer every question.
//! - **Finalize.** Anyone, once the poll has ended: ties go to the lowest option. Only
//!   if participation reaches `quorum_bps` of the seats issued when the poll opened is
//!   its budget paid and a listing poll's decision listing; otherwise the budget returns
//!   to the pool and the series is rejected for lack of quorum.
//! - **Claims.** Each participating seat is worth `budget / participating seats`; a
//!   holder claims its seats' share (`claim`, `claim_all`), in O(1) per poll. Rounding
//!   dust returns to the pool.
//! - **Contribution records** per account: polls voted, polls created, rewards claimed,
//!   contributions governance recorded (kind, weight, evidence), last active block; a
//!   team-reserve (D) seat goes only to an account with a recorded contribution.
//! - **Governance** (`governance.rs`): a seat holder proposes up to 8 typed actions
//!   (every operator power of the three contracts) with a deposit; the proposal's poll
//!   (same id) is voted per seat after a voting delay; with the quorum and the approval
//!   share it needs (two thirds for critical actions) it is queued, and after a timelock
//!   anyone executes it, all or nothing, before it expires; a guardian may veto a
//!   queued proposal during its timelock until it renounces. Once the operator hands
//!   its roles over, governance is the operator of all three contracts.
//!
//! ## Who calls what
//! - **Seat holders**: `create_poll`, `vote`, `claim`, `claim_all`.
//! - **Anyone**: `finalize` once a poll has ended, `retry_listing`, `fund_poll`,
//!   `deposit_revenue`.
//! - **The registry**: `open_listing_poll` and `deposit_revenue`; the rewards contract
//!   asks it `seat_count`, `holds_seats` and `seat_snapshot`, and calls its
//!   `apply_listing` when a listing poll is finalized. Neither ever calls back into the
//!   other while it runs.
//! - **Seat holders' governance**: `propose`, `cancel` (the proposer), `queue`,
//!   `execute` and `settle_deposit` (anyone), `veto` and `renounce_guardian` (the
//!   guardian); executed proposals call the registry's and the society's operator
//!   messages by selector (`interfaces::governed`).
//! - **Operator**: `set_parameters`, `sweep`, `set_code`, `transfer_operator`, until it
//!   hands the role to governance (the rewards contract's own address).
//!
//! ## Life cycle of a poll
//! ```text
//! create_poll / open_listing_poll ──▶ open (votes from `start`) ──`end`──▶ ended
//!   budget: poll_share_bps of the period's     │                             │ finalize
//!   allocation                                 │                             │
//!                                              └── vote (per seat, once)     ▼
//!                         finalized: winners fixed; with a quorum of the seats issued
//!                         at opening, reward per seat set and dust to the pool, else
//!                         the budget back to the pool; a listing poll's decision sent
//!                         to the registry (`retry_listing` sends a refused one again)
//!                                              │ claim / claim_all (once per account)
//!                                              ▼
//!                                           paid out
//! ```
//!
//! ## Code
//! The rules are plain Rust on [`storage::RewardsState`], one file per rule:
//! `questions.rs`, `polls.rs`, `listing.rs`, `budget.rs`, `records.rs`, `operator.rs`,
//! `governance.rs`.
//! They reach the world only through [`port::RewardsPort`] (the call's context, native
//! transfers, the registry's answers and decisions, events); the `#[ink::contract]`
//! shell below hands them [`chain::Chain`], the tests the world of `world.rs`, which
//! checks the invariants after every call. The contract's balance always covers the pool
//! plus unclaimed budgets plus held proposal deposits.

#![cfg_attr(not(feature = "std"), no_std, no_main)]

pub mod budget;
pub mod chain;
pub mod events;
pub mod governance;
pub mod listing;
pub mod operator;
pub mod polls;
pub mod port;
pub mod questions;
pub mod records;
// The harness of the property tests and fuzz targets, never part of the contract: its
// bookkeeping and assertions use plain arithmetic.
#[cfg(any(test, feature = "fuzzing"))]
#[allow(clippy::arithmetic_side_effects, clippy::cast_possible_truncation)]
pub mod sequences;
pub mod storage;
// The fake world of the unit tests, property tests and fuzz targets.
#[cfg(any(test, feature = "fuzzing"))]
#[allow(clippy::arithmetic_side_effects)]
pub mod world;

#[cfg(test)]
mod governance_tests;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod suite_tests;
#[cfg(test)]
mod tests;

#[ink::contract]
pub mod rewards {
    use ink::prelude::{string::String, vec::Vec};
    use interfaces::{Id, ListingOptions, PollId, RewardsError, RewardsPool, SeatSnapshot};

    use crate::{
        chain::Chain,
        events::CodeUpgraded,
        port::RewardsPort,
        storage::{
            Action, AllocationPeriod, Contribution, GovernanceParameters, Poll, Proposal,
            ProposalState, Question, Result, RewardsParameters, RewardsState,
        },
    };

    /// The rewards contract: see the crate documentation.
    #[ink(storage)]
    pub struct Rewards {
        pub(crate) state: RewardsState,
    }

    impl Rewards {
        /// Creates the rewards contract reading seats from `registry`, with `parameters`
        /// (see `RewardsParameters`), the `governance` parameters of proposals (see
        /// `GovernanceParameters`) and `guardian`, who may veto a queued proposal (or
        /// `None`); the caller becomes the operator until it hands the role to
        /// governance. Each period of `period_blocks` blocks may give polls
        /// `period_share_bps` of the pool as it stood when the period began, each poll
        /// `poll_share_bps` of that; a poll's budget is paid, and a listing decision
        /// lists, only if `quorum_bps` of the seats issued when it opened took part; an
        /// account has at most `max_open_polls` polls open; seat holders' polls last
        /// `min_duration` to `max_duration` blocks, listing polls `listing_duration`.
        ///
        /// # Errors
        /// `BadParameter` for shares above 10,000 bps, durations out of order or zero, a
        /// zero period or a zero open-poll cap, or governance parameters out of range.
        #[ink(constructor)]
        pub fn new(
            registry: AccountId,
            parameters: RewardsParameters,
            governance: GovernanceParameters,
            guardian: Option<AccountId>,
        ) -> Result<Self> {
            let state = RewardsState::new(
                Self::env().caller(),
                registry,
                parameters,
                governance,
                guardian,
            )?;
            Ok(Self { state })
        }

        /// Creates a poll with `title` and 1–8 `questions`, open for `duration` blocks.
        /// The caller must hold a seat and have fewer than `max_open_polls` open. Returns
        /// the poll's id; its budget is `poll_share_bps` of the current period's
        /// allocation (never more than is left of it), and the seats issued now are the
        /// ones that count in it.
        ///
        /// # Errors
        /// `NotSeatHolder`, `BadDuration`, `BadQuestionCount`, `BadOptions` (2–16 options
        /// of the topic's kind), `TextTooLong`, `TooManyOpenPolls`, `RegistryCallFailed`.
        #[ink(message)]
        pub fn create_poll(
            &mut self,
            title: String,
            questions: Vec<Question>,
            duration: BlockNumber,
        ) -> Result<PollId> {
            self.state
                .create_poll(&mut self.chain(), title, questions, duration)
        }

        /// Votes in `poll` with `seats` the caller holds (1–16, each once per poll),
        /// answering every question: `answers` holds one option index per question (for
        /// Approve, 0 approves and 1 rejects).
        ///
        /// # Errors
        /// `UnknownPoll`, `PollNotOpen`, `IncompleteAnswers`, `BadAnswer`, `BadSeats`,
        /// `SeatAlreadyVoted`, `SeatTooNew` (issued after the poll opened),
        /// `SeatNotOwned`, `RegistryCallFailed`.
        #[ink(message)]
        pub fn vote(&mut self, poll: PollId, seats: Vec<Id>, answers: Vec<u8>) -> Result<()> {
            self.state.vote(&mut self.chain(), poll, seats, answers)
        }

        /// Finalizes `poll` once it has ended: tallies it; if `quorum_bps` of the seats
        /// issued when it opened took part, fixes the reward per seat and returns the dust
        /// to the pool, else returns the whole budget; for a listing poll, sends the
        /// decision to the registry (a decision the registry refuses is reported in
        /// `ListingDecided`, and `retry_listing` sends it again).
        ///
        /// # Errors
        /// `UnknownPoll`, `AlreadyFinalized`, `TooEarly`.
        #[ink(message)]
        pub fn finalize(&mut self, poll: PollId) -> Result<()> {
            self.state.finalize(&mut self.chain(), poll)
        }

        /// Sends the decision of the finalized listing poll `poll` to the registry again,
        /// when the registry refused it at finalization; anyone may call it.
        ///
        /// # Errors
        /// `UnknownPoll`, `NotListingPoll`, `NotFinalized`, `ListingRefused` (refused
        /// again, or already applied).
        #[ink(message)]
        pub fn retry_listing(&mut self, poll: PollId) -> Result<()> {
            self.state.retry_listing(&mut self.chain(), poll)
        }

        /// Polls `account` has open (not yet finalized); at most `max_open_polls`.
        #[ink(message)]
        pub fn open_polls_of(&self, account: AccountId) -> u32 {
            self.state.open_polls_of(account)
        }

        /// The current allocation period: its index, its allocation and what the polls
        /// opened in it took so far (`None` before the first poll).
        #[ink(message)]
        pub fn allocation(&self) -> Option<AllocationPeriod> {
            self.state.allocation()
        }

        /// Adds the transferred value to the budget of `poll`, before it is finalized.
        ///
        /// # Errors
        /// `ZeroAmount`, `UnknownPoll`, `AlreadyFinalized`.
        #[ink(message, payable)]
        pub fn fund_poll(&mut self, poll: PollId) -> Result<()> {
            self.state.fund_poll(&mut self.chain(), poll)
        }

        /// Pays the caller its seats' share of the budget of finalized `poll`; returns it.
        ///
        /// # Errors
        /// `UnknownPoll`, `NotFinalized`, `NotParticipant`, `AlreadyClaimed`,
        /// `TransferFailed`.
        #[ink(message)]
        pub fn claim(&mut self, poll: PollId) -> Result<Balance> {
            self.state.claim(&mut self.chain(), poll)
        }

        /// Claims from each of at most 16 `polls` the caller may claim from (the others
        /// are skipped) and pays the total; returns it.
        ///
        /// # Errors
        /// `BadParameter` (more than 16 polls), `NothingToClaim`, `TransferFailed`.
        #[ink(message)]
        pub fn claim_all(&mut self, polls: Vec<PollId>) -> Result<Balance> {
            self.state.claim_all(&mut self.chain(), polls)
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

        /// The undistributed revenue pool. The rewards share of the latest sales may still
        /// wait in the registry: see `uncollected_revenue`.
        #[ink(message)]
        pub fn pool(&self) -> Balance {
            self.state.pool()
        }

        /// Revenue the registry holds for the pool and nobody collected yet: the rewards
        /// share of the sales since the last `collect_revenue` (and the operator's share,
        /// once governance is the operator).
        ///
        /// # Errors
        /// `RegistryCallFailed`.
        #[ink(message)]
        pub fn uncollected_revenue(&self) -> Result<Balance> {
            self.chain().uncollected_credit()
        }

        /// Anyone collects the revenue the registry holds for this contract into the pool
        /// (one call: the registry pays it); returns the amount. Emits `RevenueCollected`.
        ///
        /// # Errors
        /// `NothingToCollect`, `RegistryCallFailed`, `Overflow`.
        #[ink(message)]
        pub fn collect_revenue(&mut self) -> Result<Balance> {
            self.state.collect_revenue(&mut self.chain())
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
        pub fn parameters(&self) -> RewardsParameters {
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
        pub fn set_parameters(&mut self, parameters: RewardsParameters) -> Result<()> {
            self.state.set_parameters(&mut self.chain(), parameters)
        }

        /// Operator only: sends `to` what the contract holds beyond the pool and the
        /// budgets it owes (e.g. a direct transfer); returns the amount.
        ///
        /// # Errors
        /// `NotAuthorized`, `NothingToSweep`, `TransferFailed`.
        #[ink(message)]
        pub fn sweep(&mut self, to: AccountId) -> Result<Balance> {
            self.state.sweep(&mut self.chain(), to)
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
            self.state.transfer_operator(&mut self.chain(), to)
        }

        /// The pending operator takes the role.
        ///
        /// # Errors
        /// `NoPendingOperator`.
        #[ink(message)]
        pub fn accept_operator(&mut self) -> Result<()> {
            self.state.accept_operator(&mut self.chain())
        }

        /// Operator only: replaces the contract's code with the uploaded `code_hash`,
        /// keeping all storage.
        ///
        /// # Errors
        /// `NotAuthorized`, `SetCodeFailed`.
        #[ink(message)]
        pub fn set_code(&mut self, code_hash: Hash) -> Result<()> {
            self.state.ensure_operator(&self.chain())?;
            self.env()
                .set_code_hash(&code_hash)
                .map_err(|_| RewardsError::SetCodeFailed)?;
            interfaces::emit::emit_event(CodeUpgraded { code_hash });
            Ok(())
        }

        // ---- Governance ----

        /// Proposes `actions` (1 to 8, executed in order, all or nothing) under `title`,
        /// paying exactly the proposal deposit; the caller must hold `proposal_seats`
        /// seats and have fewer than `max_open_polls` polls open. Returns the id of the
        /// proposal and of its poll: voting starts `voting_delay` blocks from now, lasts
        /// `voting_period`, one vote per seat issued before now (answer 0 approves, 1
        /// rejects). A proposal with a critical action (code, seat revocation, operator
        /// handover, governance parameters) needs `critical_approval_bps` and waits
        /// `critical_timelock`.
        ///
        /// # Errors
        /// `GuardianOnlyVetoes`, `TooFewSeats`, `BadActions` (none, more than 8, a series that would open a
        /// poll, a zero weight, a sweep of the society), `ZeroAmount` (a zero spending),
        /// `BadParameter`, `WrongDeposit`, `TextTooLong`, `TooManyOpenPolls`,
        /// `RegistryCallFailed`.
        #[ink(message, payable)]
        pub fn propose(&mut self, title: String, actions: Vec<Action>) -> Result<PollId> {
            self.state.propose(&mut self.chain(), title, actions)
        }

        /// The proposer cancels proposal `id` before voting starts; its deposit is
        /// returned.
        ///
        /// # Errors
        /// `UnknownProposal`, `NotProposer`, `WrongProposalState`, `TransferFailed`.
        #[ink(message)]
        pub fn cancel(&mut self, id: PollId) -> Result<()> {
            self.state.cancel(&mut self.chain(), id)
        }

        /// Anyone queues the Succeeded proposal `id` (its poll finalized with the quorum
        /// and the approval it needs); returns the first block it may be executed in.
        ///
        /// # Errors
        /// `UnknownProposal`, `WrongProposalState`, `Overflow`.
        #[ink(message)]
        pub fn queue(&mut self, id: PollId) -> Result<BlockNumber> {
            self.state.queue(&mut self.chain(), id)
        }

        /// Anyone but the guardian executes the queued proposal `id` after its
        /// timelock and before it expires: all its actions or none; a failed action leaves it queued.
        ///
        /// # Errors
        /// `GuardianOnlyVetoes`, `UnknownProposal`, `WrongProposalState`,
        /// `TimelockNotOver`, `ActionFailed(index)`, `InsufficientPool`, `NoContribution`, `BadParameter`,
        /// `NothingToSweep`, `NotAuthorized`, `NoPendingOperator`, `TransferFailed`.
        #[ink(message)]
        pub fn execute(&mut self, id: PollId) -> Result<()> {
            self.state.execute(&mut self.chain(), id)
        }

        /// The guardian vetoes the queued proposal `id` before its timelock ends.
        ///
        /// # Errors
        /// `NotGuardian`, `UnknownProposal`, `WrongProposalState`.
        #[ink(message)]
        pub fn veto(&mut self, id: PollId) -> Result<()> {
            self.state.veto(&mut self.chain(), id)
        }

        /// The guardian gives up the veto for good.
        ///
        /// # Errors
        /// `NotGuardian`.
        #[ink(message)]
        pub fn renounce_guardian(&mut self) -> Result<()> {
            self.state.renounce_guardian(&mut self.chain())
        }

        /// Anyone settles the deposit of the decided proposal `id`: back to the proposer
        /// if it met its quorum and was not vetoed, else to the pool; returns what the
        /// proposer got back.
        ///
        /// # Errors
        /// `UnknownProposal`, `WrongProposalState`, `Overflow`, `TransferFailed`.
        #[ink(message)]
        pub fn settle_deposit(&mut self, id: PollId) -> Result<Balance> {
            self.state.settle_deposit(&mut self.chain(), id)
        }

        /// The proposal `id`, its actions decoded: what it will do, to whom, with what
        /// value; its thresholds, timelock, deposit and where it stands.
        #[ink(message)]
        pub fn proposal(&self, id: PollId) -> Option<Proposal> {
            self.state.proposal(id)
        }

        /// The state of proposal `id` now.
        ///
        /// # Errors
        /// `UnknownProposal`.
        #[ink(message)]
        pub fn proposal_state(&self, id: PollId) -> Result<ProposalState> {
            self.state.proposal_state(id, self.env().block_number())
        }

        /// The parameters of governance.
        #[ink(message)]
        pub fn governance(&self) -> GovernanceParameters {
            self.state.governance
        }

        /// The guardian, until it renounces.
        #[ink(message)]
        pub fn guardian(&self) -> Option<AccountId> {
            self.state.guardian
        }

        /// The chain, as the rules' port.
        fn chain(&self) -> Chain {
            Chain::new(self.state.registry)
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
            self.state.deposit_revenue(&mut self.chain())
        }

        /// Registry only: opens the listing poll of `series`, proposed by `proposer`, with
        /// the proposer's `options` (1–16 per question) and returns its id; it counts
        /// against the proposer's open polls. `seats` is the registry's seat snapshot.
        ///
        /// # Errors
        /// `NotRegistry`, `TooManyOpenPolls`, `BadOptions`, `TextTooLong`,
        /// `RegistryCallFailed`.
        #[ink(message)]
        fn open_listing_poll(
            &mut self,
            proposer: AccountId,
            series: u32,
            options: ListingOptions,
            seats: SeatSnapshot,
        ) -> Result<PollId> {
            self.state
                .open_listing_poll(&mut self.chain(), proposer, series, options, seats)
        }
    }
}
