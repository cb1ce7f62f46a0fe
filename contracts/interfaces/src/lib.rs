//! # Qiankun DAO interfaces
//!
//! The types, errors and `#[ink::trait_definition]`s that the three contracts of the
//! suite (registry, society, rewards) share, one file per concern: `units` (balances,
//! times, ids, basis points, shared limits), `series` (tiers, listing options and
//! decisions), `seats` (seat categories and quotas), `society` (the society's
//! parameters and the judge's verdicts), `errors` (each contract's typed errors),
//! `operator` (the two-step operator role and its events), `calls` (the cross-contract
//! traits and the one way to call them), `governed` (the selector of every message a
//! contract calls on another) and `psp34` (the PSP34 traits). Every cross-contract call
//! goes through `calls` to a selector defined here, so no contract crate depends on
//! another and there is no dependency cycle.
//!
//! This crate holds no contract and, on purpose, declares no `ink-as-dependency`
//! feature: `ink_e2e` builds every package that declares one.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod calls;
pub mod emit;
pub mod errors;
pub mod governed;
pub mod operator;
pub mod psp34;
pub mod seats;
pub mod series;
pub mod society;
#[cfg(feature = "std")]
pub mod testing;
pub mod units;

pub use calls::{
    call_for, call_for_ok, call_ok, call_ok_encoded, credit_at, withdraw_credit, ListingRegistry,
    RewardsPool, SeatRegistry, SeatRegistryRef, SocietyPot,
};
pub use errors::{RegistryError, RewardsError, SocietyError};
pub use operator::{
    CodeUpgraded, OperatorChanged, OperatorRole, OperatorTransferStarted, RoleError, Swept,
};
pub use psp34::{Id, PSP34Error};
pub use seats::{IssuanceRules, SeatCategory, SeatCounts, SeatSnapshot, MAX_SEATS_PER_VOTE};
pub use series::{
    ListingDecision, ListingOptions, ListingTerms, Provenance, RejectionReason, RevenueSplit,
    SaleKind, SeriesProposal, SeriesSpec, Tier, MAX_LICENCE_LEN,
};
pub use units::{
    bps_of, div_rem_u32, push_decimal, Balance, BasisPoints, BlockNumber, PollId, SeriesId,
    Timestamp, BPS_DENOMINATOR, MAX_ITEMS_PER_SERIES, MAX_OPTIONS,
};
