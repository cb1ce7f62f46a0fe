//! The registry's storage and the types stored in it: data only. The rules are in
//! `psp34.rs` (ownership, approvals, enumeration, attributes), `series.rs` (creators,
//! proposals, listing decisions), `sales.rs` (primary sales, giveaways, the revenue
//! split and credits), `seats.rs` (quotas, claims, the society's seat calls) and
//! `operator.rs` (construction, links, pause, the operator role).

use ink::{
    prelude::{string::String, vec::Vec},
    primitives::AccountId,
    storage::Mapping,
};
use interfaces::{
    Balance, ListingTerms, OperatorRole, PollId, RegistryError, RejectionReason, SeatCategory,
    SeriesId,
};
pub use interfaces::{IssuanceRules, Provenance, RevenueSplit, SeriesProposal, SeriesSpec};

/// Result of the registry's own messages and rules.
pub type Result<T> = core::result::Result<T, RegistryError>;

/// Addresses of the other two contracts, each set once by `link_rewards` and
/// `link_society`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Links {
    /// The rewards contract: opens listing polls, applies listings, receives revenue.
    pub rewards: Option<AccountId>,
    /// The society contract: reserves, grants and revokes society seats, receives its share.
    pub society: Option<AccountId>,
}

/// Which of the two contracts a link names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget {
    /// The rewards contract.
    Rewards,
    /// The society contract.
    Society,
}

/// Life cycle of a series: Proposed → Listed | Rejected; Listed → Closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum SeriesStatus {
    /// Waiting for its listing decision.
    Proposed,
    /// On sale (Official) or open to airdrops (Giveaway).
    Listed,
    /// Not listed, for the given reason.
    Rejected(RejectionReason),
    /// Closed after listing; nothing more is minted.
    Closed,
}

/// A series of collectibles.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Series {
    /// What the series is.
    pub spec: SeriesSpec,
    /// Where it is in its life cycle.
    pub status: SeriesStatus,
    /// The listing poll deciding it, if any.
    pub poll: Option<PollId>,
    /// The terms it was listed with, once listed.
    pub terms: Option<ListingTerms>,
    /// Editions minted so far, one entry per item. Kept in the series' cell, which a sale
    /// reads anyway, so a sale touches no cell of its own for the count.
    pub minted: Vec<u32>,
    /// The creator's shares of the series' sales not yet moved to the creator's credit
    /// (`collect_creator_revenue`): accrued in this cell, which a sale writes anyway.
    pub revenue: Balance,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum TokenKind {
    /// A collectible: edition `edition` (from 1) of item `item` of series `series`.
    Collectible {
        /// The series.
        series: SeriesId,
        /// The item index (from 0).
        item: u8,
        /// The edition number (from 1).
        edition: u32,
    },
    /// A non-transferable Genesis seat.
    Seat {
        /// Its category.
        category: SeatCategory,
        /// Whether the society granted it (and may revoke it).
        by_society: bool,
    },
}

/// Tokens per page of an owner's list. An owner's list is kept in pages: its full pages
/// in `full_pages`, its last, open page in its [`Holding`], so a token moving between two
/// owners whose open page holds it touches only the two holdings and its own record.
pub const TOKENS_PER_PAGE: u32 = 32;

/// The token numbers on one page of an owner's list.
pub type TokenPage = Vec<u64>;

/// An owner's balance and the open page of its token list, read and written as one
/// storage cell.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Holding {
    /// Number of tokens the owner holds.
    pub balance: u32,
    /// The owner's last `balance % TOKENS_PER_PAGE` tokens, in no particular order: page
    /// `balance / TOKENS_PER_PAGE` of its list.
    pub open_page: TokenPage,
}

impl Holding {
    /// The number of the open page: the page the owner's next token joins.
    pub fn open_page_number(&self) -> u32 {
        self.balance / TOKENS_PER_PAGE
    }
}

/// One token's record, read and written as one storage cell: a transfer touches it once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Token {
    /// Who owns it.
    pub owner: AccountId,
    /// What it is.
    pub kind: TokenKind,
    /// The page of its owner's list it is on (see [`TOKENS_PER_PAGE`]).
    pub page: u32,
    /// Its index in the list of all tokens.
    pub all_index: u64,
    /// How many times it has changed hands.
    pub moves: u32,
}

/// Cap, issued and reserved seats of one category, as `seats()` reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub struct SeatQuota {
    /// The category.
    pub category: SeatCategory,
    /// Seats the category may ever hold at once.
    pub cap: u32,
    /// Seats issued and not revoked.
    pub issued: u32,
    /// Seats reserved by the society for selected candidates.
    pub reserved: u32,
}

/// Seat counts per category, indexed by [`SeatCategory::index`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct SeatBook {
    /// Cap per category.
    pub caps: [u32; 7],
    /// Issued per category.
    pub issued: [u32; 7],
    /// Reserved per category.
    pub reserved: [u32; 7],
}

/// Sale shares owed to the three payees that every sale pays (the operator, the rewards
/// pool and the society pot), not yet withdrawn. They live in the root cell, which every
/// message reads and writes anyway, so a sale touches no storage cell of theirs; a
/// creator's share accrues on its series (`Series::revenue`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Accruals {
    /// Owed to the current operator (moved to the former operator's credit when the role
    /// changes hands).
    pub operator: Balance,
    /// Owed to the linked rewards contract.
    pub rewards: Balance,
    /// Owed to the linked society.
    pub society: Balance,
}

/// All the registry's state.
#[ink::storage_item]
#[cfg_attr(feature = "std", derive(Debug))]
pub struct RegistryState {
    /// The operator key: series, giveaways, D seats, pause, links, upgrades.
    pub role: OperatorRole,
    /// The rewards and society contracts, as far as linked.
    pub links: Links,
    /// The price split of every sale.
    pub split: RevenueSplit,
    /// Whether `buy` and `airdrop` are paused.
    pub sales_paused: bool,
    /// The issuance rules; `claimable_a_seats` grows with each round.
    pub issuance: IssuanceRules,
    /// The current issuance round, from 1 at construction.
    pub issuance_round: u32,
    /// Each live token's record: owner, kind, places in the lists, moves.
    pub(crate) tokens: Mapping<u64, Token>,
    /// Each owner's balance and the open page of its token list.
    pub(crate) holdings: Mapping<AccountId, Holding>,
    /// (owner, page) → the `TOKENS_PER_PAGE` token numbers of a full page of the owner's
    /// list, pages `0..balance / TOKENS_PER_PAGE`.
    pub(crate) full_pages: Mapping<(AccountId, u32), TokenPage>,
    /// Index → token number: the list of all tokens.
    pub(crate) all_tokens: Mapping<u64, u64>,
    /// Number of tokens in existence.
    pub(crate) supply: u64,
    /// The number the next minted token gets (from 1; burned numbers are never reused).
    pub(crate) next_token: u64,
    /// (token, operator) → the token's move count when the owner approved the operator:
    /// one approval per (owner, operator, token), valid while the count is unchanged, so
    /// a move voids every approval of the token for good.
    pub(crate) token_approvals: Mapping<(u64, AccountId), u32>,
    /// (owner, operator) pairs approved for all the owner's tokens.
    pub(crate) operator_approvals: Mapping<(AccountId, AccountId), ()>,
    /// Attributes of the collection itself: `name`, `symbol` and `metadata_uri`.
    pub(crate) collection_attributes: Mapping<String, String>,
    /// Series by id.
    pub(crate) series: Mapping<SeriesId, Series>,
    /// Number of series proposed; ids run from 0.
    pub(crate) series_count: SeriesId,
    /// Creators the operator registered.
    pub(crate) creators: Mapping<AccountId, ()>,
    /// Live seats each account holds.
    pub(crate) seat_counts: Mapping<AccountId, u32>,
    /// Live seats each account holds per category.
    pub(crate) category_seats: Mapping<(AccountId, SeatCategory), u32>,
    /// Credits not yet withdrawn: creators' revenue collected from their series, and what
    /// sales accrued for a former operator.
    pub(crate) credits: Mapping<AccountId, Balance>,
    /// Sale shares owed to the operator, the rewards pool and the society pot.
    pub(crate) accrued: Accruals,
    /// Sum of `credits`, `accrued` and every series' `revenue`: what the contract's
    /// balance must always cover.
    pub(crate) total_credits: Balance,
    /// Seat quotas.
    pub(crate) seat_book: SeatBook,
    /// Token numbers that have proved a seat claim, forever.
    pub(crate) used_proofs: Mapping<u64, ()>,
}
