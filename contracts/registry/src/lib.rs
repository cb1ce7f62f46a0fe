//! # Qiankun DAO registry
//!
//! A PSP34 collection of two kinds of tokens:
//!
//! - **Collectibles**, minted from **series**. A series has a creator, a tier (SSS, SS,
//!   S), a sale kind (Official sale or Giveaway), 1–64 items with a number of editions
//!   each, a price, a sale window and a content URI. SS and S series are decided by a
//!   listing poll in the rewards contract; the operator may list an SSS series directly.
//!   `buy` sells the next edition of an item inside the sale window and splits the price
//!   in basis points: every share stays here and is withdrawn with `withdraw`. The
//!   creator's accrues on its series (anyone moves it to the creator's credit with
//!   `collect_creator_revenue`); the operator's, the rewards pool's and the society
//!   pot's accrue in the contract's root cell (which every message reads and writes
//!   anyway, so a sale writes no cell for them). The rewards contract and the society
//!   pull theirs; a new operator inherits none of its predecessor's.
//! - **Genesis seats** (创世乾坤), the governance tokens. They never move. Their number is
//!   fixed at instantiation and split into quotas: A1 45%, A2 10%, A3 5%, B 15%, C1 5%,
//!   C2 10%, D 10% (rounded down, remainder to D). Collectors claim A1/A2/A3 with a proof
//!   of tokens they own (each proof token is used once, forever); the society reserves,
//!   grants, releases and revokes B/C1/C2/D seats; the operator grants D seats.
//!   Issuance rules keep seats spread over many hands: an Official piece costs at least
//!   a minimum price, one account holds at most a set number of seats of a category
//!   (claims and operator grants), and the operator opens A seats round by round.
//!
//! ## Who calls what
//! - **Operator** (the deploying account, then governance in the rewards contract once
//!   it takes the role): `register_creator`, `propose_series` (an SSS series without a
//!   poll) and `apply_listing` for it, `airdrop`, `grant_seat(_, D)`, `revoke_seat` (a
//!   seat the society did not grant), `set_sales_paused`, `set_revenue_split`,
//!   `set_seats_per_account`, `link_rewards` and `link_society` (once each, to
//!   contracts that name this registry), `open_issuance_round`, `sweep`, `set_code`,
//!   `transfer_operator`.
//! - **Creators**: `propose_series` (with a listing poll), `close_series`, `withdraw`.
//! - **Collectors**: `buy`, the PSP34 messages (`transfer`, `approve`, `burn`),
//!   `claim_seat`.
//! - **The rewards contract**: `apply_listing` for a series with a poll; the registry
//!   calls its `open_listing_poll`; it pulls the rewards share of the sales with
//!   `withdraw`.
//! - **The society**: `reserve_seats`, `release_seat`, `grant_seat`, `revoke_seat`; it
//!   pulls the society share of the sales with `withdraw`.
//!
//! ## Life cycles
//! ```text
//! series:  propose_series ──▶ Proposed ──apply_listing(List)──▶ Listed ──close_series──▶ Closed
//!                                 │                               │
//!                                 └──apply_listing(Reject)──▶ Rejected   buy / airdrop mint
//!                                                                         editions until sold out
//! seat:    free ──claim_seat (A1/A2/A3) or grant_seat (operator, D)──────────▶ issued
//!          free ──reserve_seats──▶ reserved ──grant_seat (society)──▶ issued ──revoke_seat──▶ free
//!                                     └──release_seat──▶ free
//! ```
//!
//! ## Code
//! The rules are plain Rust on [`storage::RegistryState`], one file per rule: `psp34.rs`,
//! `series.rs`, `sales.rs`, `seats.rs`, `operator.rs`. They reach the world only through
//! [`port::RegistryPort`] (the call's context, native transfers, the calls on the
//! rewards contract and the society, events); the `#[ink::contract]` shell below hands
//! them [`chain::Chain`], the tests the world of `world.rs`, which checks the
//! invariants after every call. Every message returns a named error on bad input; a
//! failed message changes nothing. The contract's balance always covers every credit
//! and accrued share.

#![cfg_attr(not(feature = "std"), no_std, no_main)]

pub mod chain;
pub mod events;
pub mod operator;
pub mod port;
pub mod psp34;
pub mod sales;
pub mod seats;
// The harness of the property tests and fuzz targets, never part of the contract: its
// bookkeeping and assertions use plain arithmetic.
#[cfg(any(test, feature = "fuzzing"))]
#[allow(clippy::arithmetic_side_effects, clippy::cast_possible_truncation)]
pub mod sequences;
pub mod series;
pub mod storage;
// The fake world of the unit tests, property tests and fuzz targets.
#[cfg(any(test, feature = "fuzzing"))]
#[allow(clippy::arithmetic_side_effects)]
pub mod world;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

#[ink::contract]
pub mod registry {
    use ink::prelude::{string::String, vec::Vec};
    use interfaces::{
        psp34::{PSP34Burnable, PSP34Enumerable, PSP34Metadata, Psp34Traits, PSP34},
        Id, ListingDecision, ListingRegistry, PSP34Error, RegistryError, SeatCategory, SeatCounts,
        SeatRegistry, SeatSnapshot, SeriesId,
    };

    use crate::{
        chain::Chain,
        events::CodeUpgraded,
        storage::{
            IssuanceRules, LinkTarget, Links, RegistryState, Result, RevenueSplit, SeatQuota,
            Series, SeriesProposal, TokenKind,
        },
    };

    /// The registry contract: see the crate documentation.
    #[ink(storage)]
    pub struct Registry {
        pub(crate) state: RegistryState,
    }

    impl Registry {
        /// Creates the registry. `total_seats` is the fixed number of Genesis seats;
        /// `split` divides every sale's price in basis points summing to 10,000;
        /// `issuance` sets the minimum Official price, the seats of one category one
        /// account may hold, and the A seats claimable in the first round;
        /// `metadata_uri` is the folder of the tokens' JSON metadata (e.g.
        /// `ipfs://<name>/` or `https://host/metadata/`), fixed for good: token URIs are
        /// appended to it. The caller becomes the operator.
        ///
        /// # Errors
        /// `BadRevenueSplit` if the shares do not sum to 10,000; `BadIssuanceRules` for a
        /// cap of 0 seats per account or a first round larger than the A quotas;
        /// `BadMetadataUri` if `metadata_uri` is empty or does not end with `/`;
        /// `ContentTooLong` if it is longer than 128 bytes.
        #[ink(constructor)]
        pub fn new(
            total_seats: u32,
            split: RevenueSplit,
            issuance: IssuanceRules,
            metadata_uri: String,
        ) -> Result<Self> {
            let collection = collection_id_of(Self::env().account_id());
            let state = RegistryState::new(
                &mut Chain,
                total_seats,
                split,
                issuance,
                collection,
                metadata_uri,
            )?;
            Ok(Self { state })
        }

        // ---- Series and sales ----

        /// Operator only: registers (`registered` = `true`) or unregisters (`false`)
        /// `creator`, who may then propose series.
        ///
        /// # Errors
        /// `NotAuthorized` unless the caller is the operator.
        #[ink(message)]
        pub fn register_creator(&mut self, creator: AccountId, registered: bool) -> Result<()> {
            self.state.register_creator(&mut Chain, creator, registered)
        }

        /// Whether `account` is a registered creator.
        #[ink(message)]
        pub fn is_creator(&self, account: AccountId) -> bool {
            self.state.is_creator(account)
        }

        /// Proposes the series `proposal` describes and returns its id. A registered
        /// creator proposes for itself; the operator for itself or a registered creator.
        /// With `open_poll` the rewards contract opens the listing poll with the
        /// proposal's options; SS and S series
        /// need one. Only the operator may propose an SSS series without a poll, then list
        /// it with `apply_listing`.
        ///
        /// # Errors
        /// `NotAuthorized`, `PollRequired`, `BadItemCount` (1–64 items), `BadSaleWindow`
        /// (zero duration), `BadListingOptions` (1–16 options per question for a poll),
        /// `ZeroEditions`, `PriceBelowMinimum` (an Official price under the issuance
        /// rules' minimum), `SpecialNotUnique`, `ContentTooLong`, `NotLinked`,
        /// `RewardsCallFailed`.
        #[ink(message)]
        pub fn propose_series(
            &mut self,
            proposal: SeriesProposal,
            open_poll: bool,
        ) -> Result<SeriesId> {
            self.state.propose_series(&mut Chain, proposal, open_poll)
        }

        /// The operator or the creator closes the listed `series`; nothing more is minted.
        ///
        /// # Errors
        /// `UnknownSeries`, `NotAuthorized`, `WrongSeriesStatus` (not listed).
        #[ink(message)]
        pub fn close_series(&mut self, series: SeriesId) -> Result<()> {
            self.state.close_series(&mut Chain, series)
        }

        /// Buys the next edition of `item` of an Official `series` inside its sale window.
        /// Pay at least the price; the excess is refunded. Returns the collectible's id.
        ///
        /// # Errors
        /// `SalesPaused`, `UnknownSeries`, `WrongSeriesStatus`, `WrongSaleKind`,
        /// `UnknownItem`, `SoldOut`, `OutsideSaleWindow`, `Underpaid`, `NotLinked` (a
        /// rewards or society share is due and the contracts are not linked),
        /// `TransferFailed`.
        #[ink(message, payable)]
        pub fn buy(&mut self, series: SeriesId, item: u8) -> Result<Id> {
            self.state.buy(&mut Chain, series, item)
        }

        /// Operator only: gives the next edition of `item` of a Giveaway `series` to `to`.
        ///
        /// # Errors
        /// `NotAuthorized`, `SalesPaused`, `UnknownSeries`, `WrongSeriesStatus`,
        /// `WrongSaleKind`, `UnknownItem`, `SoldOut`.
        #[ink(message)]
        pub fn airdrop(&mut self, series: SeriesId, item: u8, to: AccountId) -> Result<Id> {
            self.state.airdrop(&mut Chain, series, item, to)
        }

        /// Pays the caller its whole credited balance and returns the amount: a creator's
        /// revenue once collected from its series (`collect_creator_revenue`), and the
        /// shares accrued for the operator, the rewards contract and the society, which
        /// the last two pull so (`collect_revenue`).
        ///
        /// # Errors
        /// `NothingToWithdraw`, `TransferFailed`.
        #[ink(message)]
        pub fn withdraw(&mut self) -> Result<Balance> {
            self.state.withdraw(&mut Chain)
        }

        /// Anyone: moves the creator's revenue accrued on `series` (its `revenue`) to the
        /// creator's credit, which the creator takes with `withdraw`; returns the amount.
        /// A sale adds the creator's share to its series, which it writes anyway, rather
        /// than to a credit cell of its own.
        ///
        /// # Errors
        /// `UnknownSeries`, `NothingToWithdraw` (nothing accrued), `Overflow`.
        #[ink(message)]
        pub fn collect_creator_revenue(&mut self, series: SeriesId) -> Result<Balance> {
            self.state.collect_creator_revenue(&mut Chain, series)
        }

        /// The credited, not yet withdrawn, balance of `account`: its credit (a creator's
        /// collected revenue, a former operator's shares) and the shares accrued for the
        /// role it holds (operator, rewards contract, society). A creator's revenue still
        /// on its series is in `series(id).revenue`.
        #[ink(message)]
        pub fn credit_of(&self, account: AccountId) -> Balance {
            self.state.credit_of(account)
        }

        /// The sum of all credits and accrued shares (series revenue included), which the
        /// contract's balance always covers.
        #[ink(message)]
        pub fn total_credits(&self) -> Balance {
            self.state.total_credits()
        }

        /// The series `series`, if it exists.
        #[ink(message)]
        pub fn series(&self, series: SeriesId) -> Option<Series> {
            self.state.series(series)
        }

        /// Number of series proposed so far (ids run from 0).
        #[ink(message)]
        pub fn series_count(&self) -> SeriesId {
            self.state.series_count()
        }

        /// Editions of `item` of `series` minted so far.
        #[ink(message)]
        pub fn minted(&self, series: SeriesId, item: u8) -> u32 {
            self.state.minted(series, item)
        }

        /// What token `id` is (collectible or seat), if it exists.
        #[ink(message)]
        pub fn token_kind(&self, id: Id) -> Option<TokenKind> {
            self.state.token_kind(&id)
        }

        // ---- Seats ----

        /// Number of live seats of `category` that `account` holds.
        #[ink(message)]
        pub fn category_seats(&self, account: AccountId, category: SeatCategory) -> u32 {
            self.state.category_seats(account, category)
        }

        /// Claims a seat of `category` A1, A2 or A3 with `proof`, collectibles the caller
        /// owns: A1, one piece of an Official series; A2, one piece of every item of one
        /// Official series; A3, one special piece. The proof tokens can never prove
        /// another claim. Returns the seat's id.
        ///
        /// # Errors
        /// `NotClaimable` (not A1/A2/A3), `QuotaExhausted`, `RoundExhausted` (the issuance
        /// round's A seats are all claimed), `SeatCapReached` (the caller holds as many
        /// seats of the category as one account may), `UnknownToken`, `NotEligible`,
        /// `ProofAlreadyUsed`.
        #[ink(message)]
        pub fn claim_seat(&mut self, category: SeatCategory, proof: Vec<Id>) -> Result<Id> {
            self.state.claim_seat(&mut Chain, category, proof)
        }

        /// Cap, issued and reserved seats of every category.
        #[ink(message)]
        pub fn seats(&self) -> Vec<SeatQuota> {
            self.state.seats()
        }

        /// Whether token `id` has already proved a seat claim.
        #[ink(message)]
        pub fn is_proof_used(&self, id: Id) -> bool {
            self.state.is_proof_used(&id)
        }

        // ---- Operator ----

        /// Operator only, once: links `rewards`, the rewards contract, which opens listing
        /// polls, applies listing decisions and receives the rewards share of sales. It
        /// must name this registry as its own.
        ///
        /// # Errors
        /// `NotAuthorized`, `AlreadyLinked`, `LinkMismatch` (not a rewards contract of
        /// this registry).
        #[ink(message)]
        pub fn link_rewards(&mut self, rewards: AccountId) -> Result<()> {
            self.state.link(&mut Chain, LinkTarget::Rewards, rewards)
        }

        /// Operator only, once: links `society`, the society contract, which reserves,
        /// grants, releases and revokes society seats and receives the society share of
        /// sales. It must name this registry as its own.
        ///
        /// # Errors
        /// `NotAuthorized`, `AlreadyLinked`, `LinkMismatch` (not a society of this
        /// registry).
        #[ink(message)]
        pub fn link_society(&mut self, society: AccountId) -> Result<()> {
            self.state.link(&mut Chain, LinkTarget::Society, society)
        }

        /// Operator only: opens the next issuance round, in which `claimable_a_seats` A
        /// seats (A1, A2 and A3 together, those already claimed included) may be claimed.
        ///
        /// # Errors
        /// `NotAuthorized`, `BadIssuanceRound` (not more than now, or more than the A
        /// quotas hold).
        #[ink(message)]
        pub fn open_issuance_round(&mut self, claimable_a_seats: u32) -> Result<()> {
            self.state
                .open_issuance_round(&mut Chain, claimable_a_seats)
        }

        /// The issuance rules as they stand: the minimum Official price, the seats of
        /// one category one account may hold, and the A seats claimable so far.
        #[ink(message)]
        pub fn issuance(&self) -> IssuanceRules {
            self.state.issuance
        }

        /// The current issuance round (1 from construction).
        #[ink(message)]
        pub fn issuance_round(&self) -> u32 {
            self.state.issuance_round
        }

        /// Operator only: `split` shares the price of every sale from now on.
        ///
        /// # Errors
        /// `NotAuthorized`, `BadRevenueSplit` (the shares must add up to 10,000 bps).
        #[ink(message)]
        pub fn set_revenue_split(&mut self, split: RevenueSplit) -> Result<()> {
            self.state.set_revenue_split(&mut Chain, split)
        }

        /// Operator only: `seats_per_account` is the most seats of one category one
        /// account may hold through claims and grants from now on.
        ///
        /// # Errors
        /// `NotAuthorized`, `BadIssuanceRules` (zero).
        #[ink(message)]
        pub fn set_seats_per_account(&mut self, seats_per_account: u32) -> Result<()> {
            self.state
                .set_seats_per_account(&mut Chain, seats_per_account)
        }

        /// Operator only: sends `to` what the contract holds beyond the credits it owes
        /// (e.g. a direct transfer); returns the amount.
        ///
        /// # Errors
        /// `NotAuthorized`, `NothingToSweep`, `TransferFailed`.
        #[ink(message)]
        pub fn sweep(&mut self, to: AccountId) -> Result<Balance> {
            self.state.sweep(&mut Chain, to)
        }

        /// The linked rewards and society contracts, as far as linked.
        #[ink(message)]
        pub fn links(&self) -> Links {
            self.state.links
        }

        /// The revenue split of every sale.
        #[ink(message)]
        pub fn revenue_split(&self) -> RevenueSplit {
            self.state.split
        }

        /// The operator.
        #[ink(message)]
        pub fn operator(&self) -> AccountId {
            self.state.role.operator
        }

        /// The account offered the operator role, if any.
        #[ink(message)]
        pub fn pending_operator(&self) -> Option<AccountId> {
            self.state.role.pending
        }

        /// Operator only: offers the operator role to `to`, who takes it with
        /// `accept_operator`.
        ///
        /// # Errors
        /// `NotAuthorized`.
        #[ink(message)]
        pub fn transfer_operator(&mut self, to: AccountId) -> Result<()> {
            self.state.transfer_operator(&mut Chain, to)
        }

        /// The pending operator takes the role. What sales accrued for the former operator
        /// moves to the former operator's credit: the new one inherits none of it.
        ///
        /// # Errors
        /// `NoPendingOperator` unless the caller was offered the role; `Overflow`.
        #[ink(message)]
        pub fn accept_operator(&mut self) -> Result<()> {
            self.state.accept_operator(&mut Chain)
        }

        /// Operator only: pauses (`paused` = `true`) or resumes (`false`) `buy` and
        /// `airdrop`.
        ///
        /// # Errors
        /// `NotAuthorized`.
        #[ink(message)]
        pub fn set_sales_paused(&mut self, paused: bool) -> Result<()> {
            self.state.set_sales_paused(&mut Chain, paused)
        }

        /// Whether sales are paused.
        #[ink(message)]
        pub fn sales_paused(&self) -> bool {
            self.state.sales_paused
        }

        /// Operator only: replaces the contract's code with the uploaded `code_hash`,
        /// keeping all storage.
        ///
        /// # Errors
        /// `NotAuthorized`, `SetCodeFailed` (no such code uploaded).
        #[ink(message)]
        pub fn set_code(&mut self, code_hash: Hash) -> Result<()> {
            self.state.ensure_operator(&Chain)?;
            self.env()
                .set_code_hash(&code_hash)
                .map_err(|_| RegistryError::SetCodeFailed)?;
            interfaces::emit::emit_event(CodeUpgraded { code_hash });
            Ok(())
        }
    }

    /// The collection id: the bytes of the registry's own address.
    fn collection_id_of(contract: AccountId) -> Id {
        Id::Bytes(AsRef::<[u8]>::as_ref(&contract).to_vec())
    }

    impl PSP34 for Registry {
        /// Returns the collection `Id`: the bytes of the registry's address.
        #[ink(message)]
        fn collection_id(&self) -> Id {
            collection_id_of(self.env().account_id())
        }

        /// Returns the number of tokens (collectibles and seats) `owner` holds.
        #[ink(message)]
        fn balance_of(&self, owner: AccountId) -> u32 {
            self.state.balance_of(owner)
        }

        /// Returns the owner of token `id`, if it exists.
        #[ink(message)]
        fn owner_of(&self, id: Id) -> Option<AccountId> {
            self.state.owner_of(&id)
        }

        /// Whether `operator` may move token `id` of `owner` (or all of its tokens, for
        /// `id` `None`).
        #[ink(message)]
        fn allowance(&self, owner: AccountId, operator: AccountId, id: Option<Id>) -> bool {
            self.state.allowance(owner, operator, id.as_ref())
        }

        /// Approves (`approved` = `true`) or disapproves `operator` for token `id` of the
        /// caller, or for all its tokens when `id` is `None`. Emits `Approval`.
        ///
        /// # Errors
        /// `SelfApprove`, `TokenNotExists`, `NotApproved` (caller does not own `id`),
        /// `Custom` for a seat.
        #[ink(message)]
        fn approve(
            &mut self,
            operator: AccountId,
            id: Option<Id>,
            approved: bool,
        ) -> core::result::Result<(), PSP34Error> {
            self.state.approve(&mut Chain, operator, id, approved)
        }

        /// Transfers collectible `id`, owned by or approved to the caller, to `to`. `data`
        /// is ignored. Emits `Transfer`.
        ///
        /// # Errors
        /// `TokenNotExists`, `NotApproved`, `Custom("Genesis seats are not transferable")`.
        #[ink(message)]
        fn transfer(
            &mut self,
            to: AccountId,
            id: Id,
            data: Vec<u8>,
        ) -> core::result::Result<(), PSP34Error> {
            let _ = data;
            self.state.transfer(&mut Chain, to, id)
        }

        /// Returns the number of tokens (collectibles and seats) in existence.
        #[ink(message)]
        fn total_supply(&self) -> Balance {
            self.state.total_supply()
        }
    }

    impl PSP34Metadata for Registry {
        /// Returns attribute `key` of token `id`: `kind` and `metadata` (the token URI);
        /// for a collectible `series`, `item`, `edition`, `tier`, `uri` (content),
        /// `content_hash`, `licence` and `ip_holder`; for a seat `category`. For the
        /// collection id: `name`, `symbol` and `metadata_uri`.
        #[ink(message)]
        fn get_attribute(&self, id: Id, key: String) -> Option<String> {
            let collection = collection_id_of(self.env().account_id());
            self.state.get_attribute(&collection, &id, &key)
        }
    }

    impl PSP34Enumerable for Registry {
        /// Returns the token of `owner` at `index` of its list (below `balance_of`).
        ///
        /// # Errors
        /// `TokenNotExists` if `index` is not below `owner`'s balance.
        #[ink(message)]
        fn owners_token_by_index(
            &self,
            owner: AccountId,
            index: u128,
        ) -> core::result::Result<Id, PSP34Error> {
            self.state.owners_token_by_index(owner, index)
        }

        /// Returns the token at `index` of all tokens (below `total_supply`).
        ///
        /// # Errors
        /// `TokenNotExists` if `index` is not below the total supply.
        #[ink(message)]
        fn token_by_index(&self, index: u128) -> core::result::Result<Id, PSP34Error> {
            self.state.token_by_index(index)
        }
    }

    impl Psp34Traits for Registry {
        /// Returns the URI of the JSON metadata of token `token_id`, whose id is
        /// `Id::U64(token_id)`: the collection's `metadata_uri` followed by
        /// `series/<series>/<item>-<edition>.json` or `seats/<category>.json`; an empty
        /// string if there is no such token.
        #[ink(message)]
        fn token_uri(&self, token_id: u64) -> String {
            self.state.token_uri(token_id)
        }
    }

    impl PSP34Burnable for Registry {
        /// Burns collectible `id` of `account`; the caller is `account` or approved.
        ///
        /// # Errors
        /// `TokenNotExists`, `NotApproved`, `Custom` for a seat.
        #[ink(message)]
        fn burn(&mut self, account: AccountId, id: Id) -> core::result::Result<(), PSP34Error> {
            self.state.burn(&mut Chain, account, id)
        }
    }

    impl SeatRegistry for Registry {
        /// The holder of `seat`, if it is a live seat.
        #[ink(message)]
        fn seat_holder(&self, seat: Id) -> Option<AccountId> {
            self.state.seat_holder(&seat)
        }

        /// Whether `holder` holds every seat in `seats` (at most 16; `false` for more).
        #[ink(message)]
        fn holds_seats(&self, holder: AccountId, seats: Vec<Id>) -> bool {
            self.state.holds_seats(holder, &seats)
        }

        /// Seats issued over all categories.
        #[ink(message)]
        fn issued_seats(&self) -> u32 {
            self.state.issued_seats()
        }

        /// The seats issued now and the number every one of them lies below (what a
        /// poll opening now counts).
        #[ink(message)]
        fn seat_snapshot(&self) -> SeatSnapshot {
            self.state.seat_snapshot()
        }

        /// Number of live seats `account` holds.
        #[ink(message)]
        fn seat_count(&self, account: AccountId) -> u32 {
            self.state.seat_count(account)
        }

        /// Seats neither issued nor reserved, per category (indexed A1, A2, A3, B, C1,
        /// C2, D): what `reserve_seats` may take now.
        #[ink(message)]
        fn free_seats(&self) -> SeatCounts {
            self.state.free_seats()
        }

        /// Society only: reserves `counts` seats per category (indexed A1, A2, A3, B,
        /// C1, C2, D; only B, C1, C2 and D may be non-zero) for the candidates a rotation
        /// selects, all or none.
        ///
        /// # Errors
        /// `NotAuthorized`, `NotSocietyCategory`, `QuotaExhausted` (a count above the
        /// free seats of its category).
        #[ink(message)]
        fn reserve_seats(&mut self, counts: SeatCounts) -> Result<()> {
            self.state.reserve_seats(&mut Chain, counts)
        }

        /// Society only: releases a reservation of `category` made for a candidate that
        /// failed.
        ///
        /// # Errors
        /// `NotAuthorized`, `NotSocietyCategory`, `NothingReserved`.
        #[ink(message)]
        fn release_seat(&mut self, category: SeatCategory) -> Result<()> {
            self.state.release_seat(&mut Chain, category)
        }

        /// Society: converts a reservation of `category` into a seat for `to`. Operator:
        /// grants `to` a seat of `category` D from the free quota. Returns the seat's id.
        ///
        /// # Errors
        /// `NotAuthorized`, `NotSocietyCategory`, `NothingReserved`,
        /// `OperatorGrantsOnlyD`, `QuotaExhausted`, `SeatCapReached` (an operator grant to
        /// an account holding as many D seats as one account may).
        #[ink(message)]
        fn grant_seat(&mut self, to: AccountId, category: SeatCategory) -> Result<Id> {
            self.state.grant_seat(&mut Chain, to, category)
        }

        /// The society linked to the registry, if any.
        #[ink(message)]
        fn linked_society(&self) -> Option<AccountId> {
            self.state.links.society
        }

        /// Whether `seat` is a live seat the society granted (revoked only through the
        /// society's removal of its member).
        #[ink(message)]
        fn society_seat(&self, seat: Id) -> bool {
            self.state.society_seat(&seat)
        }

        /// Revokes `seat`; its category regains it. Society: a seat it granted (a member
        /// removed for good). Operator: any other seat (abuse).
        ///
        /// # Errors
        /// `NotAuthorized`, `UnknownToken`, `NotSocietySeat` (the society revoking a seat
        /// it did not grant), `SocietyGrantedSeat` (the operator revoking a society
        /// seat).
        #[ink(message)]
        fn revoke_seat(&mut self, seat: Id) -> Result<()> {
            self.state.revoke_seat(&mut Chain, seat)
        }
    }

    impl ListingRegistry for Registry {
        /// Applies `decision` to the proposed `series`: `List` with the decided terms, or
        /// `Reject` with a reason. The linked rewards contract decides series with a poll;
        /// the operator an SSS series without.
        ///
        /// # Errors
        /// `UnknownSeries`, `NotAuthorized`, `WrongSeriesStatus` (not proposed),
        /// `ZeroEditions`, `PriceBelowMinimum`, `SpecialNotUnique`, `ContentTooLong`,
        /// `BadSaleWindow`.
        #[ink(message)]
        fn apply_listing(&mut self, series: SeriesId, decision: ListingDecision) -> Result<()> {
            self.state.apply_listing(&mut Chain, series, decision)
        }
    }
}
