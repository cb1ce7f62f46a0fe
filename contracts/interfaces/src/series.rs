//! What a series is and how it is listed: its tier and sale kind, the options a proposer
//! offers its listing poll, and the decision the poll sends to the registry.

use alloc::{string::String, vec::Vec};

use crate::{Balance, Timestamp};

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
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum ListingDecision {
    /// List the series with these terms.
    List(ListingTerms),
    /// Reject the series.
    Reject(RejectionReason),
}
