//! Events of the registry: the three PSP34 events with the spec's topics, and one event
//! per other state change. Topics go on accounts and ids, never on amounts.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{
    Balance, Id, ListingTerms, PollId, RejectionReason, RevenueSplit, SeatCategory, SeriesId, Tier,
};

pub use interfaces::{CodeUpgraded, OperatorChanged, OperatorTransferStarted, Swept};

/// PSP34: a token was minted (`from` `None`), transferred, or burned (`to` `None`).
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transfer {
    /// Previous owner, `None` on mint.
    #[ink(topic)]
    pub from: Option<AccountId>,
    /// New owner, `None` on burn.
    #[ink(topic)]
    pub to: Option<AccountId>,
    /// The token.
    #[ink(topic)]
    pub id: Id,
}

/// PSP34: `owner` approved or disapproved `operator` for one token or all its tokens.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// The owner giving the approval.
    #[ink(topic)]
    pub owner: AccountId,
    /// The approved account.
    #[ink(topic)]
    pub operator: AccountId,
    /// The token, or `None` for all the owner's tokens.
    #[ink(topic)]
    pub id: Option<Id>,
    /// Whether the approval was given or withdrawn.
    pub approved: bool,
}

/// PSP34 Metadata: attribute `key` of `id` was set to `data`.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeSet {
    /// The token or collection id.
    pub id: Id,
    /// The attribute's key.
    pub key: Vec<u8>,
    /// The attribute's value.
    pub data: Vec<u8>,
}

/// A series was proposed.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesProposed {
    /// The new series.
    #[ink(topic)]
    pub series: SeriesId,
    /// Its creator, who receives the creator share of its sales.
    #[ink(topic)]
    pub creator: AccountId,
    /// Its tier.
    pub tier: Tier,
    /// The listing poll opened for it, if any.
    pub poll: Option<PollId>,
}

/// A series was listed with the given terms and is on sale in its window.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesListed {
    /// The series.
    #[ink(topic)]
    pub series: SeriesId,
    /// The terms it was listed with.
    pub terms: ListingTerms,
    /// End of its sale window (Unix ms).
    pub sale_end: u64,
}

/// A proposed series was rejected.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesRejected {
    /// The series.
    #[ink(topic)]
    pub series: SeriesId,
    /// Why.
    pub reason: RejectionReason,
}

/// A listed series was closed; nothing more is minted from it.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesClosed {
    /// The series.
    #[ink(topic)]
    pub series: SeriesId,
}

/// A collectible was bought in a primary sale, and its price split.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectiblePurchased {
    /// The series.
    #[ink(topic)]
    pub series: SeriesId,
    /// The buyer.
    #[ink(topic)]
    pub buyer: AccountId,
    /// The minted token.
    #[ink(topic)]
    pub token: Id,
    /// Price paid (the excess was refunded).
    pub price: Balance,
    /// Credited to the creator.
    pub creator_share: Balance,
    /// Sent to the rewards pool.
    pub rewards_share: Balance,
    /// Sent to the society pot.
    pub society_share: Balance,
    /// Credited to the operator.
    pub operator_share: Balance,
}

/// The operator gave a collectible of a Giveaway series away.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectibleAirdropped {
    /// The series.
    #[ink(topic)]
    pub series: SeriesId,
    /// The receiver.
    #[ink(topic)]
    pub to: AccountId,
    /// The minted token.
    #[ink(topic)]
    pub token: Id,
}

/// An account withdrew its credited sale revenue.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withdrawn {
    /// The account paid.
    #[ink(topic)]
    pub account: AccountId,
    /// The amount paid.
    pub amount: Balance,
}

/// The creator's revenue accrued on a series moved to the creator's credit.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatorRevenueCollected {
    /// The series.
    #[ink(topic)]
    pub series: SeriesId,
    /// Its creator, whose credit grew.
    #[ink(topic)]
    pub creator: AccountId,
    /// The amount moved.
    pub amount: Balance,
}

/// A collector claimed an A1/A2/A3 seat with a proof.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatClaimed {
    /// The new holder.
    #[ink(topic)]
    pub holder: AccountId,
    /// The seat token.
    #[ink(topic)]
    pub seat: Id,
    /// Its category.
    pub category: SeatCategory,
    /// The tokens that proved the claim, now used for good.
    pub proof: Vec<Id>,
}

/// The society reserved seats of one category for the candidates a rotation selected.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatsReserved {
    /// The category.
    pub category: SeatCategory,
    /// Seats reserved.
    pub count: u32,
}

/// The society released a reservation.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatReleased {
    /// The category.
    pub category: SeatCategory,
}

/// A seat was granted by the society (inducting a member) or by the operator (D).
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatGranted {
    /// The new holder.
    #[ink(topic)]
    pub holder: AccountId,
    /// The seat token.
    #[ink(topic)]
    pub seat: Id,
    /// Its category.
    pub category: SeatCategory,
    /// Whether the society granted it (and may revoke it).
    pub by_society: bool,
}

/// The society revoked a seat it had granted.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatRevoked {
    /// The former holder.
    #[ink(topic)]
    pub holder: AccountId,
    /// The burned seat token.
    #[ink(topic)]
    pub seat: Id,
    /// Its category, whose quota regains a seat.
    pub category: SeatCategory,
}

/// The operator registered or unregistered a creator.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatorRegistered {
    /// The creator.
    #[ink(topic)]
    pub creator: AccountId,
    /// Whether it may now propose series.
    pub registered: bool,
}

/// The registry was linked to the rewards or the society contract.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linked {
    /// The rewards contract, once linked.
    #[ink(topic)]
    pub rewards: Option<AccountId>,
    /// The society contract, once linked.
    #[ink(topic)]
    pub society: Option<AccountId>,
}

/// The operator paused or resumed sales.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesPaused {
    /// Whether sales are now paused.
    pub paused: bool,
}

/// The operator opened an issuance round: more A seats may be claimed.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuanceRoundOpened {
    /// The round's number (the first round is 1, set at construction).
    pub round: u32,
    /// A seats (A1, A2 and A3 together) claimable from now, those claimed included.
    pub claimable_a_seats: u32,
}

/// The revenue split of sales from now on changed.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueSplitChanged {
    /// The new split.
    pub split: RevenueSplit,
}

/// The most seats of one category one account may hold changed.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatCapChanged {
    /// The new cap.
    pub seats_per_account: u32,
}
