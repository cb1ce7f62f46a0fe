//! # Qiankun DAO interfaces
//!
//! The types, errors and `#[ink::trait_definition]`s that the three contracts of the
//! suite (registry, society, rewards) share. Every cross-contract call goes through a
//! trait defined here and a `contract_ref!` alias, so no contract crate depends on
//! another and there is no dependency cycle.
//!
//! This crate holds no contract and, on purpose, declares no `ink-as-dependency`
//! feature: `ink_e2e` builds every package that declares one.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::{string::String, vec::Vec};
use ink::primitives::AccountId;

pub mod psp34;
#[cfg(feature = "std")]
pub mod testing;

pub use psp34::{Id, PSP34Error};

/// Native currency amount, as in ink!'s default environment.
pub type Balance = u128;
/// Unix time in milliseconds, as `block_timestamp()` returns it.
pub type Timestamp = u64;
/// Identifier of a series of collectibles in the registry.
pub type SeriesId = u32;
/// Identifier of a poll in the rewards contract.
pub type PollId = u32;
/// Basis points: 10,000 is 100%.
pub type BasisPoints = u16;
/// Block numbers, as in ink!'s default environment.
pub type BlockNumber = u32;

/// The whole of anything measured in basis points.
pub const BPS_DENOMINATOR: BasisPoints = 10_000;
/// Most distinct items (designs) one series may have.
pub const MAX_ITEMS_PER_SERIES: u8 = 64;
/// Most options a choice offers: a poll's question, or each list of a series' listing
/// options (the registry checks a proposal against it, the rewards contract its poll).
pub const MAX_OPTIONS: usize = 16;

/// `floor(amount * bps / 10,000)` without overflow for any `amount`.
pub fn bps_of(amount: Balance, bps: BasisPoints) -> Balance {
    let denominator = Balance::from(BPS_DENOMINATOR);
    let bps = Balance::from(bps.min(BPS_DENOMINATOR));
    // (q * d + r) * bps / d = q * bps + r * bps / d, with r < d so nothing overflows.
    let whole = amount
        .checked_div(denominator)
        .unwrap_or(0)
        .saturating_mul(bps);
    let rest = amount
        .checked_rem(denominator)
        .unwrap_or(0)
        .saturating_mul(bps)
        .checked_div(denominator)
        .unwrap_or(0);
    whole.saturating_add(rest)
}

/// Rarity tier of a series. SSS series may be listed by the operator without a poll;
/// SS and S series always go through a listing poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum Tier {
    /// Top tier; the operator may list it directly.
    SSS,
    /// Middle tier; always voted on.
    SS,
    /// Entry tier (events, giveaways); always voted on.
    S,
}

/// How the pieces of a series reach collectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum SaleKind {
    /// Sold in a primary sale with `buy`; qualifies for A1/A2 seats.
    Official,
    /// Handed out by the operator with `airdrop`; never sold.
    Giveaway,
}

/// The seven categories of Genesis seats (创世乾坤) and their share of all seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum SeatCategory {
    /// 45%: owns any collectible of an Official series.
    A1,
    /// 10%: owns one of every item of an Official series.
    A2,
    /// 5%: owns a special 1-of-1 collectible.
    A3,
    /// 15%: creators, admitted by the society.
    B,
    /// 5%: community representatives, admitted by the society.
    C1,
    /// 10%: analysts and media, admitted by the society.
    C2,
    /// 10% plus rounding remainders: team reserve, granted by the operator or the society.
    D,
}

impl SeatCategory {
    /// Every category, in the order used by quota tables.
    pub const ALL: [SeatCategory; 7] = [
        SeatCategory::A1,
        SeatCategory::A2,
        SeatCategory::A3,
        SeatCategory::B,
        SeatCategory::C1,
        SeatCategory::C2,
        SeatCategory::D,
    ];

    /// Position of the category in [`SeatCategory::ALL`].
    pub fn index(self) -> usize {
        match self {
            SeatCategory::A1 => 0,
            SeatCategory::A2 => 1,
            SeatCategory::A3 => 2,
            SeatCategory::B => 3,
            SeatCategory::C1 => 4,
            SeatCategory::C2 => 5,
            SeatCategory::D => 6,
        }
    }

    /// Share of all seats in basis points (D's share also receives the rounding remainder).
    pub fn share_bps(self) -> BasisPoints {
        match self {
            SeatCategory::A1 => 4_500,
            SeatCategory::A2 => 1_000,
            SeatCategory::A3 => 500,
            SeatCategory::B => 1_500,
            SeatCategory::C1 => 500,
            SeatCategory::C2 => 1_000,
            SeatCategory::D => 1_000,
        }
    }

    /// Whether a collector claims this category with an on-chain proof.
    pub fn is_claimable(self) -> bool {
        matches!(self, SeatCategory::A1 | SeatCategory::A2 | SeatCategory::A3)
    }

    /// Whether the society may admit members into this category.
    pub fn is_society_category(self) -> bool {
        !self.is_claimable()
    }
}

/// The options a proposer offers the listing poll, one list per question. The poll's
/// winners become the series' [`ListingTerms`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct ListingOptions {
    /// Candidate issue prices per edition.
    pub prices: Vec<Balance>,
    /// Candidate issue quantities (editions per item).
    pub quantities: Vec<u32>,
    /// Candidate sale start times (Unix ms).
    pub start_times: Vec<Timestamp>,
    /// Candidate content URIs.
    pub contents: Vec<String>,
}

/// The terms a series is listed with.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct ListingTerms {
    /// Price of one edition, in native units.
    pub price: Balance,
    /// Editions minted at most per item.
    pub editions: u32,
    /// Sale start (Unix ms); the sale ends `sale_duration_ms` later.
    pub sale_start: Timestamp,
    /// Content URI of the series.
    pub content_uri: String,
}

/// Why a proposed series was not listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum RejectionReason {
    /// The seat holders voted against the listing.
    VotedDown,
    /// Too few seats took part in the poll.
    NoQuorum,
    /// The operator withdrew the proposal.
    Withdrawn,
}

/// The outcome of a listing decision, applied with `apply_listing`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum ListingDecision {
    /// List the series with these terms.
    List(ListingTerms),
    /// Reject the series.
    Reject(RejectionReason),
}

/// Errors of the registry's own (non-PSP34) messages.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum RegistryError {
    /// The caller may not call this message.
    NotAuthorized,
    /// No series has this id.
    UnknownSeries,
    /// The series has no item with this index.
    UnknownItem,
    /// No token has this id.
    UnknownToken,
    /// The series is not in the status this message needs.
    WrongSeriesStatus,
    /// `buy` outside the series' sale window.
    OutsideSaleWindow,
    /// Fewer native units were paid than the price.
    Underpaid,
    /// Sales are paused by the operator.
    SalesPaused,
    /// Every edition of this item has been minted.
    SoldOut,
    /// `buy` on a Giveaway series, or `airdrop` on an Official one.
    WrongSaleKind,
    /// No seat of this category is left.
    QuotaExhausted,
    /// A token in the proof already proved a claim.
    ProofAlreadyUsed,
    /// The proof does not show what the category asks for.
    NotEligible,
    /// The category is not claimable with a proof (A1/A2/A3 are).
    NotClaimable,
    /// The category cannot be reserved or granted by the society (A1/A2/A3).
    NotSocietyCategory,
    /// The operator may grant only D seats.
    OperatorGrantsOnlyD,
    /// The society converts or releases a reservation it never made.
    NothingReserved,
    /// The seat was not granted by the society, so the society may not revoke it.
    NotSocietySeat,
    /// The contracts are already linked.
    AlreadyLinked,
    /// A call needs the rewards or society contract, and none is linked yet.
    NotLinked,
    /// A series needs at least one edition per item.
    ZeroEditions,
    /// A series has 1 to 64 items.
    BadItemCount,
    /// The four revenue shares do not sum to 10,000 basis points.
    BadRevenueSplit,
    /// A listing poll needs at least one option per question, at most 16.
    BadListingOptions,
    /// This tier needs a listing poll.
    PollRequired,
    /// A special series is a 1-of-1: one edition of one item.
    SpecialNotUnique,
    /// The sale window must be non-empty.
    BadSaleWindow,
    /// The content URI is longer than allowed.
    ContentTooLong,
    /// Nothing to withdraw.
    NothingToWithdraw,
    /// A native transfer out of the contract failed.
    TransferFailed,
    /// The call to the rewards contract failed.
    RewardsCallFailed,
    /// The call to the society contract failed.
    SocietyCallFailed,
    /// There is no pending operator transfer for the caller.
    NoPendingOperator,
    /// `set_code` was refused by the chain.
    SetCodeFailed,
    /// An amount or counter would overflow.
    Overflow,
}

/// Errors of the society contract's messages (also returned by [`SocietyPot::fund_pot`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum SocietyError {
    /// The caller may not call this message.
    NotAuthorized,
    /// A payment of zero was sent where native units are expected.
    ZeroAmount,
    /// The society has not been founded yet.
    NotFounded,
    /// The society is already founded.
    AlreadyFounded,
    /// `max_members` must be more than 1 and at most the `member_limit` parameter.
    BadMaxMembers,
    /// A constructor parameter is out of range.
    BadParameter,
    /// The society admits members into B, C1, C2 and D seats only.
    NotSocietyCategory,
    /// `bid` must transfer exactly the candidate deposit.
    WrongDeposit,
    /// The account already bids, is a candidate or a member, or is suspended.
    AlreadyInSociety,
    /// The caller has no bid.
    NotBidder,
    /// The caller is not a (non-suspended) member.
    NotMember,
    /// The account is suspended.
    Suspended,
    /// The member already vouches for someone.
    AlreadyVouching,
    /// The member is banned from vouching: a candidate it vouched for was rejected.
    VouchingBanned,
    /// The caller does not vouch for a bid (a vouched candidate can no longer be unvouched).
    NotVouching,
    /// A voucher's tip is larger than the bid's value.
    TipExceedsValue,
    /// The account is not a candidate.
    NotCandidate,
    /// The candidate already has `max_voters` voters.
    TooManyVoters,
    /// No member is being challenged.
    NoDefender,
    /// The caller has no payout.
    NoPayout,
    /// The caller's first payout has not matured yet.
    PayoutNotMatured,
    /// The account is not suspended.
    NotSuspended,
    /// The pot cannot pay the candidate's bid.
    InsufficientPot,
    /// The society already has `max_members` members.
    MaxMembersReached,
    /// The registry has no free seat of the category.
    SeatUnavailable,
    /// The rotation or challenge period has not passed yet.
    TooEarly,
    /// A rotation is being resolved in steps; call `rotate` until it finishes.
    RotationInProgress,
    /// The caller is not the founder.
    NotFounder,
    /// The founder is no longer the head.
    NotHead,
    /// The founder is not the only member.
    NotOnlyMember,
    /// Candidates or suspended accounts remain; they must be resolved first.
    SocietyNotEmpty,
    /// A native transfer out of the contract failed.
    TransferFailed,
    /// A call to the registry failed.
    RegistryCallFailed,
    /// There is no pending operator transfer for the caller.
    NoPendingOperator,
    /// `set_code` was refused by the chain.
    SetCodeFailed,
    /// An amount or counter would overflow.
    Overflow,
}

/// Errors of the rewards contract's messages.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum RewardsError {
    /// The caller may not call this message.
    NotAuthorized,
    /// The caller is not the registry.
    NotRegistry,
    /// The caller holds no Genesis seat.
    NotSeatHolder,
    /// A payment of zero was sent where native units are expected.
    ZeroAmount,
    /// A poll has 1 to 8 questions.
    BadQuestionCount,
    /// A choice has 2 to 16 options (1 to 16 in a listing poll), all of its topic's kind.
    BadOptions,
    /// The title or a text option is too long.
    TextTooLong,
    /// The duration is outside the allowed range.
    BadDuration,
    /// No poll has this id.
    UnknownPoll,
    /// The poll is not open for votes now.
    PollNotOpen,
    /// The answers do not answer every question exactly once.
    IncompleteAnswers,
    /// An answer picks an option that does not exist.
    BadAnswer,
    /// A vote names 1 to 16 distinct seats.
    BadSeats,
    /// The caller does not hold this seat.
    SeatNotOwned,
    /// This seat has already voted in this poll.
    SeatAlreadyVoted,
    /// The poll has not ended yet.
    TooEarly,
    /// The poll was already finalized.
    AlreadyFinalized,
    /// The poll is not finalized yet.
    NotFinalized,
    /// The caller's seats did not take part in the poll.
    NotParticipant,
    /// The caller already claimed its reward for this poll.
    AlreadyClaimed,
    /// None of the polls has a reward to claim.
    NothingToClaim,
    /// A parameter is out of range.
    BadParameter,
    /// A call to the registry failed.
    RegistryCallFailed,
    /// A native transfer out of the contract failed.
    TransferFailed,
    /// There is no pending operator transfer for the caller.
    NoPendingOperator,
    /// `set_code` was refused by the chain.
    SetCodeFailed,
    /// An amount or counter would overflow.
    Overflow,
}

/// Why an [`OperatorRole`] refused a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleError {
    /// The caller is not the operator.
    NotOperator,
    /// The caller was not offered the role.
    NoPendingOperator,
}

/// A contract's operator key, handed over in two steps: the operator offers it, the new
/// account accepts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct OperatorRole {
    /// The operator.
    pub operator: AccountId,
    /// The account offered the role, until it accepts.
    pub pending: Option<AccountId>,
}

impl OperatorRole {
    /// A role held by `operator`, with no offer pending.
    pub fn new(operator: AccountId) -> Self {
        Self {
            operator,
            pending: None,
        }
    }

    /// Fails unless `caller` is the operator.
    pub fn ensure(&self, caller: AccountId) -> Result<(), RoleError> {
        if caller == self.operator {
            Ok(())
        } else {
            Err(RoleError::NotOperator)
        }
    }

    /// The operator offers the role to `to`; returns the event to emit.
    pub fn offer(
        &mut self,
        caller: AccountId,
        to: AccountId,
    ) -> Result<OperatorTransferStarted, RoleError> {
        self.ensure(caller)?;
        self.pending = Some(to);
        Ok(OperatorTransferStarted {
            operator: caller,
            pending: to,
        })
    }

    /// The account offered the role takes it; returns the event to emit, which names
    /// the previous operator.
    pub fn accept(&mut self, caller: AccountId) -> Result<OperatorChanged, RoleError> {
        if self.pending != Some(caller) {
            return Err(RoleError::NoPendingOperator);
        }
        let previous = self.operator;
        self.operator = caller;
        self.pending = None;
        Ok(OperatorChanged {
            previous,
            operator: caller,
        })
    }
}

/// The operator offered its role to another account.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorTransferStarted {
    /// The current operator.
    #[ink(topic)]
    pub operator: AccountId,
    /// The account that may accept.
    #[ink(topic)]
    pub pending: AccountId,
}

/// The operator role changed hands.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorChanged {
    /// The former operator.
    #[ink(topic)]
    pub previous: AccountId,
    /// The new operator.
    #[ink(topic)]
    pub operator: AccountId,
}

/// The contract's code was replaced.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeUpgraded {
    /// The new code hash.
    pub code_hash: ink::primitives::Hash,
}

/// Seat calls the society and the rewards contract make on the registry.
#[ink::trait_definition]
pub trait SeatRegistry {
    /// Owner of the seat token `seat`, or `None` if it is not a live seat.
    #[ink(message)]
    fn seat_holder(&self, seat: Id) -> Option<AccountId>;

    /// Number of seats issued (granted or claimed and not revoked).
    #[ink(message)]
    fn issued_seats(&self) -> u32;

    /// Number of live seats `account` holds.
    #[ink(message)]
    fn seat_count(&self, account: AccountId) -> u32;

    /// Society only: reserve one seat of a society category for a selected candidate.
    #[ink(message)]
    fn reserve_seat(&mut self, category: SeatCategory) -> Result<(), RegistryError>;

    /// Society only: release a reservation of a candidate that failed.
    #[ink(message)]
    fn release_seat(&mut self, category: SeatCategory) -> Result<(), RegistryError>;

    /// Society: convert a reservation into a seat for `to`. Operator: grant a D seat
    /// from the free quota. Returns the seat's token id.
    #[ink(message)]
    fn grant_seat(&mut self, to: AccountId, category: SeatCategory) -> Result<Id, RegistryError>;

    /// Society only: revoke a seat it granted (final removal of a member).
    #[ink(message)]
    fn revoke_seat(&mut self, seat: Id) -> Result<(), RegistryError>;
}

/// The listing call the rewards contract makes on the registry when a poll ends.
#[ink::trait_definition]
pub trait ListingRegistry {
    /// Rewards contract (or operator, for an SSS series without poll): list or reject a
    /// proposed series.
    #[ink(message)]
    fn apply_listing(
        &mut self,
        series: SeriesId,
        decision: ListingDecision,
    ) -> Result<(), RegistryError>;
}

/// The society's pot, funded by the registry's society share of every sale.
#[ink::trait_definition]
pub trait SocietyPot {
    /// Adds the transferred value to the society's pot.
    #[ink(message, payable)]
    fn fund_pot(&mut self) -> Result<(), SocietyError>;
}

/// The rewards contract's revenue pool and listing polls, called by the registry.
#[ink::trait_definition]
pub trait RewardsPool {
    /// Adds the transferred value to the undistributed revenue pool.
    #[ink(message, payable)]
    fn deposit_revenue(&mut self) -> Result<(), RewardsError>;

    /// Registry only: opens the listing poll of a proposed series and returns its id.
    #[ink(message)]
    fn open_listing_poll(
        &mut self,
        series: SeriesId,
        options: ListingOptions,
    ) -> Result<PollId, RewardsError>;
}

/// A reference to a contract implementing [`SeatRegistry`].
pub type SeatRegistryRef = ink::contract_ref!(SeatRegistry, ink::env::DefaultEnvironment);
/// A reference to a contract implementing [`ListingRegistry`].
pub type ListingRegistryRef = ink::contract_ref!(ListingRegistry, ink::env::DefaultEnvironment);
/// A reference to a contract implementing [`SocietyPot`].
pub type SocietyPotRef = ink::contract_ref!(SocietyPot, ink::env::DefaultEnvironment);
/// A reference to a contract implementing [`RewardsPool`].
pub type RewardsPoolRef = ink::contract_ref!(RewardsPool, ink::env::DefaultEnvironment);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seat_shares_sum_to_the_whole() {
        let total: u32 = SeatCategory::ALL
            .iter()
            .map(|category| u32::from(category.share_bps()))
            .sum();
        assert_eq!(total, u32::from(BPS_DENOMINATOR));
    }

    #[test]
    fn seat_category_index_follows_all() {
        for (position, category) in SeatCategory::ALL.iter().enumerate() {
            assert_eq!(category.index(), position);
        }
    }

    #[test]
    fn operator_role_changes_hands_in_two_steps() {
        let (alice, bob) = (AccountId::from([1; 32]), AccountId::from([2; 32]));
        let mut role = OperatorRole::new(alice);
        assert_eq!(role.offer(bob, bob), Err(RoleError::NotOperator));
        assert_eq!(role.accept(bob), Err(RoleError::NoPendingOperator));
        assert_eq!(role.offer(alice, bob).map(|e| e.pending), Ok(bob));
        assert_eq!(role.ensure(bob), Err(RoleError::NotOperator));
        assert_eq!(role.accept(bob).map(|e| e.previous), Ok(alice));
        assert_eq!(
            role,
            OperatorRole {
                operator: bob,
                pending: None
            }
        );
    }

    #[test]
    fn only_a_categories_are_claimable() {
        let claimable: Vec<_> = SeatCategory::ALL
            .iter()
            .filter(|category| category.is_claimable())
            .collect();
        assert_eq!(
            claimable,
            [&SeatCategory::A1, &SeatCategory::A2, &SeatCategory::A3]
        );
        assert!(SeatCategory::ALL
            .iter()
            .all(|category| category.is_claimable() != category.is_society_category()));
    }
}
