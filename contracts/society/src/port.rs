//! What the society's rules need from outside their storage: the call's context, the
//! native balance and transfers, the registry's seat calls, and events. The contract
//! implements it with the chain (`chain.rs`); the unit tests, property tests and fuzz
//! targets with a fake world (`world.rs`).

use ink::primitives::AccountId;
use interfaces::{Balance, BlockNumber, Id, SeatCategory, SeatCounts, SocietyError};

/// The world as the society's rules see it.
pub trait SocietyPort {
    /// The account making the current call.
    fn caller(&self) -> AccountId;

    /// The current block.
    fn block(&self) -> BlockNumber;

    /// Native units paid with the current call.
    fn transferred(&self) -> Balance;

    /// The contract's free native balance, payments of the current call included.
    fn balance(&self) -> Balance;

    /// Sends `amount` native units to `to` (nothing for zero).
    ///
    /// # Errors
    /// `TransferFailed`.
    fn pay(&mut self, to: AccountId, amount: Balance) -> Result<(), SocietyError>;

    /// Whether the registry lists `who` as a creator (a B seat is for creators); `false`
    /// if the registry does not answer.
    fn is_creator(&self, who: AccountId) -> bool;

    /// The registry's free seats per category (indexed by `SeatCategory::index`); none
    /// if it does not answer.
    fn free_seats(&self) -> SeatCounts;

    /// Asks the registry to reserve `counts` seats per category, all or none; `false` if
    /// it refuses (too few free seats, or the society is not linked to it yet).
    fn reserve_seats(&mut self, counts: SeatCounts) -> bool;

    /// Gives back a reservation of `category`.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn release_seat(&mut self, category: SeatCategory) -> Result<(), SocietyError>;

    /// Turns a reservation of `category` into a seat held by `to`; returns its id.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn grant_seat(&mut self, to: AccountId, category: SeatCategory) -> Result<Id, SocietyError>;

    /// Burns a seat the society granted.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn revoke_seat(&mut self, seat: Id) -> Result<(), SocietyError>;

    /// Asks the registry to pay the society its whole credit (the society share of the
    /// sales); the amount paid, 0 if there was none.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn collect_credit(&mut self) -> Result<Balance, SocietyError>;

    /// What the registry has credited the society and not yet paid.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn uncollected_credit(&self) -> Result<Balance, SocietyError>;

    /// Emits `event`.
    fn emit<E: ink::env::Event + 'static>(&mut self, event: E);
}
