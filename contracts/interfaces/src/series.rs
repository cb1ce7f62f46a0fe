//! What a series is and how it is listed: its tier and sale kind, its provenance, the
//! options a proposer offers its listing poll, the decision the poll sends to the
//! registry, and the revenue split of its sales.

use alloc::{string::String, vec::Vec};

use ink::primitives::{AccountId, Hash};

use crate::{bps_of, Balance, BasisPoints, RegistryError, Timestamp, BPS_DENOMINATOR};

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
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum ListingDecision {
    /// List the series with these terms.
    List(ListingTerms),
    /// Reject the series.
    Reject(RejectionReason),
}

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
    pub fn validate(&self) -> core::result::Result<(), RegistryError> {
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
    /// What makes the issuance authentic: the content's digest, its licence, its IP
    /// holder.
    pub provenance: Provenance,
}

/// The authenticity record of a series, shown in its tokens' attributes and metadata.
/// None of its fields may be zero or empty.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Provenance {
    /// The 32-byte digest (e.g. SHA-256) of the series' content: the files behind its
    /// content URI, so anyone can check a copy against it.
    pub content_hash: Hash,
    /// The licence collectors receive: an SPDX identifier or a licence's URI, 1 to 64
    /// bytes.
    pub licence: String,
    /// The holder of the work's intellectual property, who authorised the issuance.
    pub ip_holder: AccountId,
}

/// Longest licence (bytes) a series may carry.
pub const MAX_LICENCE_LEN: usize = 64;

impl Provenance {
    /// Refuses a record that lacks a field: `MissingProvenance` for a zero content hash,
    /// an empty licence or a zero IP holder; `ContentTooLong` for a licence over
    /// [`MAX_LICENCE_LEN`] bytes.
    pub fn validate(&self) -> core::result::Result<(), RegistryError> {
        let zero_account = AccountId::from([0; 32]);
        if self.content_hash == Hash::default()
            || self.licence.is_empty()
            || self.ip_holder == zero_account
        {
            return Err(RegistryError::MissingProvenance);
        }
        if self.licence.len() > MAX_LICENCE_LEN {
            return Err(RegistryError::ContentTooLong);
        }
        Ok(())
    }
}

/// What a proposer submits with `propose_series`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct SeriesProposal {
    /// The series itself.
    pub spec: SeriesSpec,
    /// Options for the listing poll: prices, quantities, start times, contents.
    pub options: ListingOptions,
}
