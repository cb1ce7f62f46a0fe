//! The registry's state and the types stored in it. The logic lives in `psp34.rs`,
//! `series.rs` and `seats.rs` as methods on [`RegistryState`]; they take the caller, the
//! time and any payment as arguments, never read the environment, and return the events
//! to emit.

use ink::{prelude::vec::Vec, primitives::AccountId, storage::Mapping};
use interfaces::{
    bps_of, Balance, BasisPoints, Id, ListingTerms, OperatorRole, PollId, RegistryError,
    RejectionReason, SaleKind, SeatCategory, SeriesId, Tier, BPS_DENOMINATOR,
};

use crate::events::{AttributeSet, Event};

/// Result of the registry's own messages.
pub type Result<T> = core::result::Result<T, RegistryError>;

/// Longest content URI (bytes) a series may carry.
pub const MAX_CONTENT_LEN: usize = 256;
/// Most options per question of a listing poll.
pub const MAX_OPTIONS: usize = 16;
/// Longest attribute key or value (bytes) stored for the collection.
pub const MAX_ATTRIBUTE_LEN: usize = 128;

/// How the price of every sale is split, in basis points summing to 10,000.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct RevenueSplit {
    /// Credited to the series' creator.
    pub creator_bps: BasisPoints,
    /// Sent to the rewards contract's revenue pool.
    pub rewards_bps: BasisPoints,
    /// Sent to the society's pot.
    pub society_bps: BasisPoints,
    /// Credited to the operator (it also receives the rounding remainder).
    pub operator_bps: BasisPoints,
}

impl RevenueSplit {
    /// Checks that the four shares sum to exactly 10,000 basis points.
    pub fn validate(&self) -> Result<()> {
        let sum = [
            self.creator_bps,
            self.rewards_bps,
            self.society_bps,
            self.operator_bps,
        ]
        .iter()
        .fold(0u32, |sum, bps| sum.saturating_add(u32::from(*bps)));
        if sum == u32::from(BPS_DENOMINATOR) {
            Ok(())
        } else {
            Err(RegistryError::BadRevenueSplit)
        }
    }

    /// Splits `price` into (creator, rewards, society, operator); the parts add up to
    /// `price` exactly, the operator taking the rounding remainder.
    pub fn split(&self, price: Balance) -> (Balance, Balance, Balance, Balance) {
        let creator = bps_of(price, self.creator_bps);
        let rewards = bps_of(price, self.rewards_bps);
        let society = bps_of(price, self.society_bps);
        // Each part is at most its share of `price` and the shares sum to 10,000 bps, so
        // the subtractions cannot underflow.
        let operator = price
            .saturating_sub(creator)
            .saturating_sub(rewards)
            .saturating_sub(society);
        (creator, rewards, society, operator)
    }
}

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

/// What a series is, as its proposer describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct SeriesSpec {
    /// The creator credited with the creator share (the proposer, unless the operator
    /// proposes on a registered creator's behalf).
    pub creator: AccountId,
    /// The tier.
    pub tier: Tier,
    /// Official sale or Giveaway.
    pub kind: SaleKind,
    /// Number of distinct items (designs), 1 to 64.
    pub items: u8,
    /// A special 1-of-1 piece (one item, one edition) that qualifies for an A3 seat.
    pub special: bool,
    /// Length of the sale window after its start (ms).
    pub sale_duration_ms: u64,
}

/// What a proposer submits with `propose_series`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub struct SeriesProposal {
    /// The series itself.
    pub spec: SeriesSpec,
    /// Options for the listing poll: prices, quantities, start times, contents.
    pub options: interfaces::ListingOptions,
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
}

impl Series {
    /// End of the sale window (Unix ms), once listed.
    pub fn sale_end(&self) -> Option<u64> {
        self.terms
            .as_ref()
            .and_then(|terms| terms.sale_start.checked_add(self.spec.sale_duration_ms))
    }
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

impl SeatBook {
    /// Splits `total_seats` into the categories' quotas, rounding down; the remainder
    /// goes to D.
    pub fn new(total_seats: u32) -> Self {
        let mut caps = [0u32; 7];
        for category in SeatCategory::ALL {
            let share = u64::from(total_seats)
                .saturating_mul(u64::from(category.share_bps()))
                .checked_div(u64::from(BPS_DENOMINATOR))
                .unwrap_or(0);
            caps[category.index()] = u32::try_from(share).unwrap_or(u32::MAX);
        }
        let assigned: u32 = caps.iter().sum();
        let d = SeatCategory::D.index();
        caps[d] = caps[d].saturating_add(total_seats.saturating_sub(assigned));
        Self {
            caps,
            issued: [0; 7],
            reserved: [0; 7],
        }
    }

    /// Seats of `category` neither issued nor reserved.
    pub fn free(&self, category: SeatCategory) -> u32 {
        let i = category.index();
        self.caps[i]
            .saturating_sub(self.issued[i])
            .saturating_sub(self.reserved[i])
    }

    /// The report `seats()` returns.
    pub fn quotas(&self) -> Vec<SeatQuota> {
        SeatCategory::ALL
            .iter()
            .map(|&category| {
                let i = category.index();
                SeatQuota {
                    category,
                    cap: self.caps[i],
                    issued: self.issued[i],
                    reserved: self.reserved[i],
                }
            })
            .collect()
    }

    /// Seats issued over all categories.
    pub fn total_issued(&self) -> u32 {
        self.issued
            .iter()
            .fold(0u32, |sum, n| sum.saturating_add(*n))
    }
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
    /// Owner of each token number.
    pub(crate) owners: Mapping<u64, AccountId>,
    /// What each token number is.
    pub(crate) kinds: Mapping<u64, TokenKind>,
    /// Number of tokens each account owns.
    pub(crate) balances: Mapping<AccountId, u32>,
    /// (owner, index) → token number: each owner's token list.
    pub(crate) owned_tokens: Mapping<(AccountId, u32), u64>,
    /// Token number → its index in its owner's list.
    pub(crate) owned_index: Mapping<u64, u32>,
    /// Index → token number: the list of all tokens.
    pub(crate) all_tokens: Mapping<u64, u64>,
    /// Token number → its index in the list of all tokens.
    pub(crate) all_index: Mapping<u64, u64>,
    /// Number of tokens in existence.
    pub(crate) supply: u64,
    /// The number the next minted token gets (from 1; burned numbers are never reused).
    pub(crate) next_token: u64,
    /// Per-token approvals.
    pub(crate) token_approvals: Mapping<u64, AccountId>,
    /// (owner, operator) pairs approved for all the owner's tokens.
    pub(crate) operator_approvals: Mapping<(AccountId, AccountId), ()>,
    /// Attributes of the collection itself.
    pub(crate) collection_attributes: Mapping<Vec<u8>, Vec<u8>>,
    /// Series by id.
    pub(crate) series: Mapping<SeriesId, Series>,
    /// Number of series proposed; ids run from 0.
    pub(crate) series_count: SeriesId,
    /// Editions minted per (series, item).
    pub(crate) minted: Mapping<(SeriesId, u8), u32>,
    /// Creators the operator registered.
    pub(crate) creators: Mapping<AccountId, ()>,
    /// Live seats each account holds.
    pub(crate) seat_counts: Mapping<AccountId, u32>,
    /// Sale revenue credited to creators and the operator, not yet withdrawn.
    pub(crate) credits: Mapping<AccountId, Balance>,
    /// Sum of `credits`: what the contract's balance must always cover.
    pub(crate) total_credits: Balance,
    /// Seat quotas.
    pub(crate) seat_book: SeatBook,
    /// Token numbers that have proved a seat claim, forever.
    pub(crate) used_proofs: Mapping<u64, ()>,
}

impl RegistryState {
    /// A fresh registry. `collection` is the collection id, under which the collection's
    /// `name` and `symbol` attributes are set.
    pub fn new(
        operator: AccountId,
        total_seats: u32,
        split: RevenueSplit,
        collection: Id,
        name: Vec<u8>,
        symbol: Vec<u8>,
    ) -> Result<(Self, Vec<Event>)> {
        split.validate()?;
        if name.len() > MAX_ATTRIBUTE_LEN || symbol.len() > MAX_ATTRIBUTE_LEN {
            return Err(RegistryError::ContentTooLong);
        }
        let mut state = Self {
            role: OperatorRole::new(operator),
            links: Links::default(),
            split,
            sales_paused: false,
            owners: Mapping::default(),
            kinds: Mapping::default(),
            balances: Mapping::default(),
            owned_tokens: Mapping::default(),
            owned_index: Mapping::default(),
            all_tokens: Mapping::default(),
            all_index: Mapping::default(),
            supply: 0,
            next_token: 1,
            token_approvals: Mapping::default(),
            operator_approvals: Mapping::default(),
            collection_attributes: Mapping::default(),
            series: Mapping::default(),
            series_count: 0,
            minted: Mapping::default(),
            creators: Mapping::default(),
            seat_counts: Mapping::default(),
            credits: Mapping::default(),
            total_credits: 0,
            seat_book: SeatBook::new(total_seats),
            used_proofs: Mapping::default(),
        };
        let mut events = Vec::new();
        for (key, data) in [(b"name".to_vec(), name), (b"symbol".to_vec(), symbol)] {
            state.collection_attributes.insert(&key, &data);
            events.push(Event::AttributeSet(AttributeSet {
                id: collection.clone(),
                key,
                data,
            }));
        }
        Ok((state, events))
    }

    /// Fails with `NotAuthorized` unless `caller` is the operator.
    pub fn ensure_operator(&self, caller: AccountId) -> Result<()> {
        self.role
            .ensure(caller)
            .map_err(|_| RegistryError::NotAuthorized)
    }

    /// The linked rewards contract, or `NotLinked`.
    pub fn ensure_rewards(&self) -> Result<AccountId> {
        self.links.rewards.ok_or(RegistryError::NotLinked)
    }

    /// Fails with `NotAuthorized` unless `caller` is the linked society.
    pub fn ensure_society(&self, caller: AccountId) -> Result<()> {
        if self.links.society == Some(caller) {
            Ok(())
        } else {
            Err(RegistryError::NotAuthorized)
        }
    }

    /// The credited, not yet withdrawn, balance of `account`.
    pub fn credit_of(&self, account: AccountId) -> Balance {
        self.credits.get(account).unwrap_or(0)
    }

    /// The sum of all credited balances: the least the contract's balance must hold.
    pub fn total_credits(&self) -> Balance {
        self.total_credits
    }

    /// Adds `amount` to the credited balance of `account`.
    pub(crate) fn credit(&mut self, account: AccountId, amount: Balance) -> Result<()> {
        if amount == 0 {
            return Ok(());
        }
        let credit = self
            .credit_of(account)
            .checked_add(amount)
            .ok_or(RegistryError::Overflow)?;
        let total = self
            .total_credits
            .checked_add(amount)
            .ok_or(RegistryError::Overflow)?;
        self.credits.insert(account, &credit);
        self.total_credits = total;
        Ok(())
    }

    /// Takes the whole credited balance of `caller` for withdrawal; the shell pays it out
    /// (and the transaction reverts if that fails).
    pub fn withdraw(&mut self, caller: AccountId) -> Result<(Balance, Vec<Event>)> {
        let amount = self.credit_of(caller);
        if amount == 0 {
            return Err(RegistryError::NothingToWithdraw);
        }
        self.credits.remove(caller);
        self.total_credits = self.total_credits.saturating_sub(amount);
        Ok((
            amount,
            ink::prelude::vec![Event::Withdrawn(crate::events::Withdrawn {
                account: caller,
                amount,
            })],
        ))
    }

    /// Operator only, once per target: links the rewards or the society contract.
    pub fn link(
        &mut self,
        caller: AccountId,
        target: LinkTarget,
        contract: AccountId,
    ) -> Result<Vec<Event>> {
        self.ensure_operator(caller)?;
        let slot = match target {
            LinkTarget::Rewards => &mut self.links.rewards,
            LinkTarget::Society => &mut self.links.society,
        };
        if slot.is_some() {
            return Err(RegistryError::AlreadyLinked);
        }
        *slot = Some(contract);
        Ok(ink::prelude::vec![Event::Linked(crate::events::Linked {
            rewards: self.links.rewards,
            society: self.links.society,
        })])
    }

    /// Operator only: pauses (`true`) or resumes (`false`) `buy` and `airdrop`.
    pub fn set_sales_paused(&mut self, caller: AccountId, paused: bool) -> Result<Vec<Event>> {
        self.ensure_operator(caller)?;
        self.sales_paused = paused;
        Ok(ink::prelude::vec![Event::SalesPaused(
            crate::events::SalesPaused { paused }
        )])
    }

    /// Operator only: offers the operator role to `to`, who must accept it.
    pub fn transfer_operator(&mut self, caller: AccountId, to: AccountId) -> Result<Vec<Event>> {
        let started = self
            .role
            .offer(caller, to)
            .map_err(|_| RegistryError::NotAuthorized)?;
        Ok(ink::prelude::vec![Event::OperatorTransferStarted(started)])
    }

    /// The pending operator takes the role.
    pub fn accept_operator(&mut self, caller: AccountId) -> Result<Vec<Event>> {
        let changed = self
            .role
            .accept(caller)
            .map_err(|_| RegistryError::NoPendingOperator)?;
        Ok(ink::prelude::vec![Event::OperatorChanged(changed)])
    }
}
