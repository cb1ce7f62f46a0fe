//! # Qiankun DAO society
//!
//! The membership game of Substrate's Society pallet 2.0.0, as a contract whose members
//! hold Genesis seats (B, C1, C2, D) in the Qiankun registry.
//!
//! - **Bids.** An account bids to join (`bid`, paying the candidate deposit) asking a
//!   payout and a seat category; a member may instead vouch for it (`vouch`, one at a
//!   time, asking a tip). A B seat is for the registry's registered creators. Bids wait
//!   cheapest first, one zero bid at a time; a full book drops its most expensive bid for
//!   a cheaper one and refuses any other.
//! - **Rotation** (`rotate`, anyone, every `rotation_period` blocks). Each candidate's
//!   fate is one vote drawn at random from those cast (a skeptic who did not vote counts
//!   as a rejection; no votes reject). Voters on the other side lose
//!   `wrong_side_deduction` from their unpaid payouts and get a strike; the slashed sum
//!   goes to one random voter of the winning side. Winners become members in the seat
//!   reserved for them, with their bid as a payout maturing after `lock_duration`
//!   (the voucher's tip first); the head is drawn among them weighted by approvals.
//!   Losers are suspended and their reservation released. The pot grows by
//!   `min(period_spend, unaccounted / 2)`; up to 10 of the cheapest bids the pot can pay
//!   become candidates (never past `max_members`, and only if the registry reserves a
//!   seat of their category); `floor(sqrt(members))` skeptics are drawn. The next
//!   rotation is a full period after the call that finished this one.
//! - **Votes and draws** (`vote`, `defender_vote`, `reveal`). `max_voters` members vote
//!   on a candidate, and every skeptic besides. A member's first vote of a round carries a
//!   commitment to a secret; voting closes `reveal_period` blocks before the round's
//!   draws, and in those blocks the voters reveal. The revealed secrets seed the round's
//!   draws; the caller of `rotate` or `challenge` has no influence. An unrevealed secret
//!   is forfeited: a strike and `wrong_side_deduction` (see [`entropy`]).
//! - **Challenge** (`challenge`, anyone, every `challenge_period` blocks). A random
//!   member other than the head and the founder defends its membership by simple
//!   majority of `defender_vote`s; a tie fails; with no votes it stays. Failing, or
//!   reaching `max_strikes`, suspends a member.
//! - **Judge.** Suspended members are restored or removed (payouts forfeited, seat
//!   revoked); suspended candidates are admitted, rejected (deposit to the pot) or
//!   returned to the bids.
//! - **Payouts** (`payout`): the first matured payout, never while suspended nor while a
//!   withheld secret is not yet forfeited.
//!
//! ## Who calls what
//! - **Anyone**: `bid`, `unbid`, `rotate`, `challenge`, `fund_pot`, `collect_revenue`,
//!   `forfeit`.
//! - **Members**: `vouch`, `unvouch`, `vote`, `defender_vote`, `reveal`, `payout`; the founder,
//!   alone, `unfound`.
//! - **The judge**: `judge_suspended_member`, `judge_suspended_candidate`.
//! - **Operator** (the deploying account, then governance in the rewards contract once
//!   it takes the role): `found`, `set_parameters`, `set_max_members`, `set_judge`,
//!   `expel`, `set_code`, `transfer_operator`.
//! - **The registry**: credits the society's share of every sale, which the society pulls
//!   with its `withdraw` (`collect_revenue`); the society calls its `free_seats`, `reserve_seats`,
//!   `release_seat`, `grant_seat` and `revoke_seat`.
//!
//! ## Life cycle of an account (after the pallet's diagram)
//! ```text
//!            bid / vouch              rotate: selected           rotate: approved
//!   User ─────────────────▶ Bidder ─────────────────▶ Candidate ─────────────────▶ Member
//!    ▲  ◀── unbid / unvouch ───┘                          │                     │   ▲
//!    │                                     rotate: rejected│   strikes / lost   │   │ judge:
//!    │                                                     ▼   challenge        ▼   │ forgive
//!    │◀──── judge: reject ──── Suspended candidate    Suspended member ─────────────┘
//!    │      (judge: rebid ──▶ Bidder; approve ──▶ Member)  │
//!    └──────────────────────────── judge: remove (seat revoked) ◀─┘
//! ```
//!
//! ## Code
//! The rules are plain Rust on [`storage::SocietyState`], one file per rule:
//! `roles.rs`, `bids.rs`, `rotation.rs`, `challenge.rs`, `payouts.rs`,
//! `membership.rs`. They reach the world only through [`port::SocietyPort`] (the call's
//! context, the contract's balance and transfers, the registry's seat calls, events);
//! the `#[ink::contract]` shell below hands them [`chain::Chain`], the tests the world
//! of `world.rs`, which checks the invariants after every call. Randomness comes from an
//! entropy pool seeded by commit–reveal (see [`entropy`] and `draws.rs`). Work
//! per call is bounded by the parameters; a large rotation is resolved over several
//! `rotate` calls. The contract's balance always covers the pot, the committed bids, the
//! deposits held and the unpaid payouts.

#![cfg_attr(not(feature = "std"), no_std, no_main)]

pub mod bids;
pub mod chain;
pub mod challenge;
pub mod draws;
pub mod entropy;
pub mod events;
pub mod membership;
pub mod payouts;
pub mod port;
pub mod roles;
pub mod rotation;
// The harness of the property tests and fuzz targets, never part of the contract: its
// bookkeeping and assertions use plain arithmetic.
#[cfg(any(test, feature = "fuzzing"))]
#[allow(clippy::arithmetic_side_effects, clippy::cast_possible_truncation)]
pub mod sequences;
pub mod storage;

#[cfg(test)]
mod attacks;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "fuzzing"))]
#[allow(clippy::arithmetic_side_effects, clippy::cast_possible_truncation)]
pub mod world;

#[ink::contract]
pub mod society {
    use ink::prelude::{string::String, vec::Vec};
    use interfaces::{Id, SeatCategory, SocietyError, SocietyPot};

    use crate::{
        chain::Chain,
        events::CodeUpgraded,
        port::SocietyPort,
        storage::{
            Bid, Commitment, DrawKind, DrawRound, Judgement, Payout, Result, Role,
            RotationProgress, RotationStep, SocietyParameters, SocietyState, Treasury,
            VouchingStatus,
        },
    };

    /// Most accounts a paged query returns.
    pub const MAX_PAGE: u32 = 100;

    /// The society contract: see the crate documentation.
    #[ink(storage)]
    pub struct Society {
        pub(crate) state: SocietyState,
    }

    impl Society {
        /// Creates a society with `parameters`, not yet founded, whose members hold seats
        /// of `registry` (which must then `link_society` to this contract). The caller
        /// becomes the operator and the judge.
        ///
        /// # Errors
        /// `BadParameter` if a parameter is out of range (see `SocietyParameters`), or if the
        /// candidate deposit is neither zero nor at least the chain's existential
        /// deposit (so that returning it to any account always succeeds).
        #[ink(constructor)]
        pub fn new(registry: AccountId, parameters: SocietyParameters) -> Result<Self> {
            let deposit = parameters.candidate_deposit;
            if deposit != 0 && deposit < Self::env().minimum_balance() {
                return Err(SocietyError::BadParameter);
            }
            let mut seed = [0u8; 32];
            seed.copy_from_slice(Self::env().account_id().as_ref());
            let chain = Chain::new(registry);
            let state =
                SocietyState::new(chain.caller(), registry, parameters, chain.block(), seed)?;
            Ok(Self { state })
        }

        /// Creates a society that takes its seats from `registry`, with the documented
        /// default parameters (see `SocietyParameters::defaults`).
        #[ink(constructor)]
        pub fn with_defaults(registry: AccountId) -> Result<Self> {
            Self::new(registry, SocietyParameters::defaults())
        }

        // ---- Bidders ----

        /// Bids to join for a payout of `value` and a Genesis seat of `category` (B, C1,
        /// C2 or D), transferring exactly the candidate deposit. If the book is full, its
        /// most expensive bid (maybe this one) is dropped and its deposit returned.
        ///
        /// # Errors
        /// `NotSocietyCategory`, `AlreadyInSociety`, `WrongDeposit`, `TransferFailed`.
        #[ink(message, payable)]
        pub fn bid(&mut self, value: Balance, category: SeatCategory) -> Result<()> {
            self.state.bid(&mut self.chain(), value, category)
        }

        /// Withdraws the caller's own bid and returns its deposit.
        ///
        /// # Errors
        /// `NotBidder` (also for a vouched bid: its voucher withdraws it),
        /// `TransferFailed`.
        #[ink(message)]
        pub fn unbid(&mut self) -> Result<()> {
            self.state.unbid(&mut self.chain())
        }

        // ---- Members ----

        /// Member: vouches for `who`, placing a bid of `value` for a seat of `category`
        /// without deposit; `tip` of the payout goes to the caller if `who` is admitted.
        /// If the judge rejects `who` after a lost vote, the caller may never vouch again.
        ///
        /// # Errors
        /// `NotMember`, `Suspended`, `AlreadyVouching`, `VouchingBanned`,
        /// `NotSocietyCategory`, `AlreadyInSociety`, `TipExceedsValue`.
        #[ink(message)]
        pub fn vouch(
            &mut self,
            who: AccountId,
            value: Balance,
            tip: Balance,
            category: SeatCategory,
        ) -> Result<()> {
            self.state
                .vouch(&mut self.chain(), who, value, tip, category)
        }

        /// Withdraws the bid the caller vouches for, while it is still a bid.
        ///
        /// # Errors
        /// `NotVouching`.
        #[ink(message)]
        pub fn unvouch(&mut self) -> Result<()> {
            self.state.unvouch(&mut self.chain())
        }

        /// Member: approves (`approve` = `true`) or rejects `candidate`, before voting
        /// closes (`reveal_period` blocks before `next_rotation`); voting again replaces
        /// the vote. `commitment` is `blake2(secret ‖ caller)` for a secret the voter
        /// keeps and reveals with `reveal` after voting closes: the first vote of the
        /// period records it, later votes repeat it. `max_voters` members may vote on a
        /// candidate, and every skeptic besides.
        ///
        /// # Errors
        /// `NotMember`, `Suspended`, `RotationInProgress`, `NotCandidate`, `VotingClosed`,
        /// `CommitmentChanged`, `TooManyVoters` (`max_voters` non-skeptics already voted).
        #[ink(message)]
        pub fn vote(
            &mut self,
            candidate: AccountId,
            approve: bool,
            commitment: [u8; 32],
        ) -> Result<()> {
            self.state
                .vote(&mut self.chain(), candidate, approve, commitment)
        }

        /// Member: votes to keep (`approve` = `true`) or suspend the defender, before
        /// voting closes (`reveal_period` blocks before `next_challenge`); voting again
        /// replaces the vote. `commitment` is `blake2(secret ‖ caller)`, as for `vote`.
        ///
        /// # Errors
        /// `NotMember`, `Suspended`, `NoDefender`, `VotingClosed`, `CommitmentChanged`.
        #[ink(message)]
        pub fn defender_vote(&mut self, approve: bool, commitment: [u8; 32]) -> Result<()> {
            self.state
                .defender_vote(&mut self.chain(), approve, commitment)
        }

        /// Member: reveals `secret` after voting closed, in the last `reveal_period`
        /// blocks of a rotation period or a challenge round, for every pending commitment
        /// it matches; it then seeds that round's draws. A commitment not revealed in
        /// time is forfeited: a strike and `wrong_side_deduction`.
        ///
        /// # Errors
        /// `NotRevealTime` (no commitment of the caller is revealing now), `BadReveal`
        /// (the secret matches none).
        #[ink(message)]
        pub fn reveal(&mut self, secret: [u8; 32]) -> Result<()> {
            self.state.reveal(&mut self.chain(), secret)
        }

        /// The caller's commitment for `secret`: `blake2(secret ‖ caller)`. Compute it
        /// off-chain where the secret must stay secret; a dry run of this message sends
        /// the secret to the node it runs on.
        #[ink(message)]
        pub fn commitment_for(&self, secret: [u8; 32]) -> [u8; 32] {
            crate::entropy::commitment(&secret, &Self::env().caller())
        }

        /// Anyone: forfeits the commitments `who` left unrevealed past their reveal
        /// windows, a strike and `wrong_side_deduction` each.
        ///
        /// # Errors
        /// `RotationInProgress` (the rotation settles its own voters), `NothingToForfeit`.
        #[ink(message)]
        pub fn forfeit(&mut self, who: AccountId) -> Result<()> {
            self.state.forfeit(&mut self.chain(), who)
        }

        /// `who`'s latest commitment in a round of `kind` (a rotation's or a
        /// challenge's).
        #[ink(message)]
        pub fn commitment_of(&self, who: AccountId, kind: DrawKind) -> Option<Commitment> {
            self.state.commitment_of(who, kind)
        }

        /// The current round of `kind`: its number, commitments, reveals and the XOR of
        /// the revealed contributions.
        #[ink(message)]
        pub fn draw_round(&self, kind: DrawKind) -> (u32, DrawRound) {
            self.state.draw_round(kind)
        }

        /// The block from which voting on the current candidates is closed and their
        /// voters reveal (until `next_rotation`).
        #[ink(message)]
        pub fn rotation_voting_closes(&self) -> BlockNumber {
            self.state.rotation_voting_closes()
        }

        /// The block from which voting on the defender is closed and its voters reveal
        /// (until `next_challenge`).
        #[ink(message)]
        pub fn challenge_voting_closes(&self) -> BlockNumber {
            self.state.challenge_voting_closes()
        }

        /// Pays the caller its first payout, once matured.
        ///
        /// # Errors
        /// `CommitmentUnrevealed` (call `forfeit` on yourself first), `Suspended`,
        /// `NoPayout`, `PayoutNotMatured`, `TransferFailed`.
        #[ink(message)]
        pub fn payout(&mut self) -> Result<()> {
            self.state.payout(&mut self.chain())
        }

        /// Founder: dissolves the society while it is the head and the only member and
        /// nobody is a candidate or suspended. Its seat is revoked; payouts stay
        /// claimable.
        ///
        /// # Errors
        /// `NotFounded`, `NotFounder`, `NotHead`, `NotOnlyMember`, `SocietyNotEmpty`,
        /// `RegistryCallFailed`.
        #[ink(message)]
        pub fn unfound(&mut self) -> Result<()> {
            self.state.unfound(&mut self.chain())
        }

        // ---- Anyone ----

        /// Runs the rotation once `next_rotation` is reached, or continues one under way:
        /// see the crate documentation. A call does up to `step_budget` ballot steps (a
        /// skeptic checked, a vote collected, a candidate decided, a ballot settled, a
        /// candidate closed: one each), resuming inside a candidate's votes where the last
        /// call stopped, and finishes the rotation if it used at most half of them (two
        /// registry calls: the free seats, then one reservation for all new candidates);
        /// call again while `finished` is false.
        /// Its draws follow from the period's revealed seed: `pool` in the result is the
        /// same whoever calls.
        ///
        /// # Errors
        /// `NotFounded`, `TooEarly`, `RegistryCallFailed`, `TransferFailed`.
        #[ink(message)]
        pub fn rotate(&mut self) -> Result<RotationStep> {
            self.state.rotate(&mut self.chain())
        }

        /// Ends the current membership challenge and starts the next, once
        /// `next_challenge` is reached; returns the new defender, drawn from the round's
        /// revealed seed (the same whoever calls). O(1). Waits while a rotation is being
        /// resolved: its draws share the rotation's pool.
        ///
        /// # Errors
        /// `NotFounded`, `TooEarly`, `RotationInProgress`.
        #[ink(message)]
        pub fn challenge(&mut self) -> Result<Option<AccountId>> {
            self.state.challenge(&mut self.chain())
        }

        // ---- Operator and judge ----

        /// Operator: founds the society. `founder` becomes the first member and the head
        /// and receives a D seat from the registry; rotations admit up to `max_members`
        /// (2 to `member_limit`); `rules` are kept as their BLAKE2-256 hash.
        ///
        /// # Errors
        /// `NotAuthorized`, `AlreadyFounded`, `BadMaxMembers`, `AlreadyInSociety`,
        /// `SeatUnavailable` (no D seat free, or the registry is not linked to this
        /// society), `RegistryCallFailed`.
        #[ink(message)]
        pub fn found(&mut self, founder: AccountId, max_members: u32, rules: String) -> Result<()> {
            self.state
                .found(&mut self.chain(), founder, max_members, rules.as_bytes())
        }

        /// Judge: restores the suspended member `who` (`forgive` = `true`) or removes it
        /// for good, its payouts forfeited to the society and its seat revoked in the
        /// registry.
        ///
        /// # Errors
        /// `NotAuthorized`, `RotationInProgress`, `NotSuspended`, `MaxMembersReached`,
        /// `RegistryCallFailed`.
        #[ink(message)]
        pub fn judge_suspended_member(&mut self, who: AccountId, forgive: bool) -> Result<()> {
            self.state
                .judge_suspended_member(&mut self.chain(), who, forgive)
        }

        /// Judge: passes `judgement` on the suspended candidate `who`. `Approve` admits it
        /// (the pot pays its bid, a seat is granted), `Reject` turns it away (its deposit
        /// goes to the pot, or its voucher is banned from vouching), `Rebid` puts its bid
        /// back among the bids.
        ///
        /// # Errors
        /// `NotAuthorized`, `RotationInProgress`, `NotSuspended`, `InsufficientPot`,
        /// `MaxMembersReached`, `SeatUnavailable`, `RegistryCallFailed`, `TransferFailed`.
        #[ink(message)]
        pub fn judge_suspended_candidate(
            &mut self,
            who: AccountId,
            judgement: Judgement,
        ) -> Result<()> {
            self.state
                .judge_suspended_candidate(&mut self.chain(), who, judgement)
        }

        /// Operator: sets `max_members`, the most members rotations admit.
        ///
        /// # Errors
        /// `NotAuthorized`, `BadMaxMembers` (must be 2 to `member_limit`).
        #[ink(message)]
        pub fn set_max_members(&mut self, max_members: u32) -> Result<()> {
            self.state.set_max_members(&mut self.chain(), max_members)
        }

        /// Operator: replaces the society's parameters with `parameters`. The caps on
        /// bids and payouts and the member limit may only grow, the member limit stays
        /// at least `max_members`, and `reveal_period` stays; new periods apply from the
        /// next scheduled rotation and challenge. Waits while a rotation is resolved.
        ///
        /// # Errors
        /// `NotAuthorized`, `RotationInProgress`, `BadParameter`.
        #[ink(message)]
        pub fn set_parameters(&mut self, parameters: SocietyParameters) -> Result<()> {
            self.state.set_parameters(&mut self.chain(), parameters)
        }

        /// Operator: expels the member `who` (suspended or not) for abuse: its payouts
        /// are forfeited and its seat revoked in the registry.
        ///
        /// # Errors
        /// `NotAuthorized`, `RotationInProgress`, `NotMember`, `ProtectedMember` (the
        /// head, the founder, the current defender), `RegistryCallFailed`.
        #[ink(message)]
        pub fn expel(&mut self, who: AccountId) -> Result<()> {
            self.state.expel(&mut self.chain(), who)
        }

        /// Operator: names `judge` the judge of suspended members and candidates.
        ///
        /// # Errors
        /// `NotAuthorized`.
        #[ink(message)]
        pub fn set_judge(&mut self, judge: AccountId) -> Result<()> {
            self.state.set_judge(&mut self.chain(), judge)
        }

        /// Operator: offers the operator role to `to`, who takes it with
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

        /// Operator: replaces the contract's code with the uploaded `code_hash`, keeping
        /// all storage.
        ///
        /// # Errors
        /// `NotAuthorized`, `SetCodeFailed`.
        #[ink(message)]
        pub fn set_code(&mut self, code_hash: Hash) -> Result<()> {
            self.state.ensure_operator(self.env().caller())?;
            self.env()
                .set_code_hash(&code_hash)
                .map_err(|_| SocietyError::SetCodeFailed)?;
            interfaces::emit::emit_event(CodeUpgraded { code_hash });
            Ok(())
        }

        // ---- Queries ----

        /// Up to `count` (at most 100) members, suspended ones excluded, from index `from`.
        #[ink(message)]
        pub fn members(&self, from: u32, count: u32) -> Vec<AccountId> {
            self.state
                .accounts_in(Role::Member, from, count.min(MAX_PAGE))
        }

        /// Up to `count` (at most 100) suspended members, from index `from`.
        #[ink(message)]
        pub fn suspended_members(&self, from: u32, count: u32) -> Vec<AccountId> {
            self.state
                .accounts_in(Role::SuspendedMember, from, count.min(MAX_PAGE))
        }

        /// Up to `count` (at most 100) suspended candidates with their bids, from index
        /// `from`.
        #[ink(message)]
        pub fn suspended_candidates(&self, from: u32, count: u32) -> Vec<Bid> {
            self.state
                .accounts_in(Role::SuspendedCandidate, from, count.min(MAX_PAGE))
                .into_iter()
                .filter_map(|who| self.state.candidate_bid(who))
                .collect()
        }

        /// Number of accounts in `role`.
        #[ink(message)]
        pub fn role_count(&self, role: Role) -> u32 {
            self.state.count(role)
        }

        /// The role `who` plays, if any.
        #[ink(message)]
        pub fn role_of(&self, who: AccountId) -> Option<Role> {
            self.state.role_of(who)
        }

        /// The head.
        #[ink(message)]
        pub fn head(&self) -> Option<AccountId> {
            self.state.head
        }

        /// The founder.
        #[ink(message)]
        pub fn founder(&self) -> Option<AccountId> {
            self.state.founder
        }

        /// The member being challenged, with the approvals and rejections so far.
        #[ink(message)]
        pub fn defender(&self) -> Option<(AccountId, u32, u32)> {
            self.state.defender.map(|defender| {
                (
                    defender,
                    self.state.defender_approvals,
                    self.state.defender_rejections,
                )
            })
        }

        /// `who`'s vote on the defender this round.
        #[ink(message)]
        pub fn defender_vote_of(&self, who: AccountId) -> Option<bool> {
            self.state.defender_vote_of(who)
        }

        /// The current candidates with their bids, in selection order.
        #[ink(message)]
        pub fn candidates(&self) -> Vec<Bid> {
            self.state
                .candidate_accounts()
                .into_iter()
                .filter_map(|who| self.state.candidate_bid(who))
                .collect()
        }

        /// The waiting bids, cheapest first.
        #[ink(message)]
        pub fn bids(&self) -> Vec<Bid> {
            self.state.bids()
        }

        /// The votes cast on `candidate`: (voter, approve).
        #[ink(message)]
        pub fn votes(&self, candidate: AccountId) -> Vec<(AccountId, bool)> {
            self.state.votes_on(candidate)
        }

        /// The skeptics of the current candidates.
        #[ink(message)]
        pub fn skeptics(&self) -> Vec<AccountId> {
            self.state.skeptics()
        }

        /// The strikes of `who`.
        #[ink(message)]
        pub fn strikes(&self, who: AccountId) -> u32 {
            self.state.strikes_of(who)
        }

        /// The vouching status of `who`.
        #[ink(message)]
        pub fn vouching(&self, who: AccountId) -> Option<VouchingStatus> {
            self.state.vouching_of(who)
        }

        /// The unpaid payouts of `who`, earliest first.
        #[ink(message)]
        pub fn payouts(&self, who: AccountId) -> Vec<Payout> {
            self.state.payouts_of(who)
        }

        /// The Genesis seat `who` holds from the society.
        #[ink(message)]
        pub fn seat_of(&self, who: AccountId) -> Option<Id> {
            self.state.seat_of(who)
        }

        /// The free pot: what future candidates' bids may cost. The society share of the
        /// latest sales may still wait in the registry: see `uncollected_revenue`.
        #[ink(message)]
        pub fn pot(&self) -> Balance {
            self.state.treasury.pot
        }

        /// Revenue the registry holds for the pot and nobody collected yet: the society
        /// share of the sales since the last `collect_revenue`.
        ///
        /// # Errors
        /// `RegistryCallFailed`.
        #[ink(message)]
        pub fn uncollected_revenue(&self) -> Result<Balance> {
            self.chain().uncollected_credit()
        }

        /// Anyone collects the revenue the registry holds for the society into the pot
        /// (one call: the registry pays it); returns the amount. Emits
        /// `RevenueCollected`.
        ///
        /// # Errors
        /// `NothingToCollect`, `RegistryCallFailed`, `Overflow`.
        #[ink(message)]
        pub fn collect_revenue(&mut self) -> Result<Balance> {
            self.state.collect_revenue(&mut self.chain())
        }

        /// Pot, committed bids, deposits held and unpaid payouts.
        #[ink(message)]
        pub fn treasury(&self) -> Treasury {
            self.state.treasury
        }

        /// The block from which the next rotation may start.
        #[ink(message)]
        pub fn next_rotation(&self) -> BlockNumber {
            self.state.next_rotation
        }

        /// The block from which the next challenge may run.
        #[ink(message)]
        pub fn next_challenge(&self) -> BlockNumber {
            self.state.next_challenge
        }

        /// The rotation being resolved, if one is under way.
        #[ink(message)]
        pub fn rotation_progress(&self) -> Option<RotationProgress> {
            self.state.rotation_progress()
        }

        /// The most members rotations admit (0 before founding).
        #[ink(message)]
        pub fn max_members(&self) -> u32 {
            self.state.max_members
        }

        /// The payout lock when the society has `members` members.
        #[ink(message)]
        pub fn lock_duration(&self, members: u32) -> BlockNumber {
            self.state.lock_duration(members)
        }

        /// BLAKE2-256 of the rules given at founding.
        #[ink(message)]
        pub fn rules_hash(&self) -> Option<[u8; 32]> {
            self.state.rules_hash
        }

        /// The constructor parameters.
        #[ink(message)]
        pub fn parameters(&self) -> SocietyParameters {
            self.state.parameters
        }

        /// The registry issuing the members' seats.
        #[ink(message)]
        pub fn registry(&self) -> AccountId {
            self.state.registry
        }

        /// The judge.
        #[ink(message)]
        pub fn judge(&self) -> AccountId {
            self.state.judge
        }

        /// The operator.
        #[ink(message)]
        pub fn operator(&self) -> AccountId {
            self.state.role.operator
        }

        /// The account offered the operator role, until it accepts.
        #[ink(message)]
        pub fn pending_operator(&self) -> Option<AccountId> {
            self.state.role.pending
        }

        /// The chain, as the rules' port.
        fn chain(&self) -> Chain {
            Chain::new(self.state.registry)
        }
    }

    impl SocietyPot for Society {
        /// Adds the transferred value to the pot (anyone may add; the society share of the
        /// sales comes with `collect_revenue`).
        ///
        /// # Errors
        /// `ZeroAmount`.
        #[ink(message, payable)]
        fn fund_pot(&mut self) -> Result<()> {
            self.state.fund_pot(&mut self.chain())
        }
    }
}
