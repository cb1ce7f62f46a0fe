//! What the society's rules need from outside its storage. The contract implements it
//! with the chain (native balance, transfers, the registry's seat calls, events); the
//! unit tests with an in-memory ledger and seat book.

use ink::primitives::AccountId;
use interfaces::{Balance, Id, SeatCategory};

use crate::{events::Event, state::Result};

/// The chain, as the rules see it.
pub trait Host {
    /// The contract's free native balance, payments of the current call included.
    fn balance(&self) -> Balance;

    /// Sends `amount` native units to `to` (nothing for zero).
    ///
    /// # Errors
    /// `TransferFailed`.
    fn pay(&mut self, to: AccountId, amount: Balance) -> Result<()>;

    /// Asks the registry to reserve a seat of `category`; `false` if it refuses (no
    /// free seat, or the society is not linked to it yet).
    fn reserve_seat(&mut self, category: SeatCategory) -> bool;

    /// Gives back a reservation of `category`.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn release_seat(&mut self, category: SeatCategory) -> Result<()>;

    /// Turns a reservation of `category` into a seat held by `to`; returns its id.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn grant_seat(&mut self, to: AccountId, category: SeatCategory) -> Result<Id>;

    /// Burns a seat the society granted.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn revoke_seat(&mut self, seat: Id) -> Result<()>;

    /// Emits `event`.
    fn emit(&mut self, event: Event);
}
