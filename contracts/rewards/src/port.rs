//! What the rewards rules need from outside their storage: the call's context, native
//! transfers, the registry's answers and decisions, and events. The contract implements
//! it with the chain (`chain.rs`); the unit tests, property tests and fuzz targets with a
//! fake world (`world.rs`).

use ink::primitives::AccountId;
use interfaces::{Balance, BlockNumber, Id, ListingDecision, SeatSnapshot, SeriesId};

use crate::storage::{Action, Result};

/// The world as the rewards rules see it.
pub trait RewardsPort {
    /// The account making the current call.
    fn caller(&self) -> AccountId;

    /// The current block.
    fn block(&self) -> BlockNumber;

    /// Native units paid with the current call.
    fn transferred(&self) -> Balance;

    /// The contract's spendable balance (above the existential deposit).
    fn balance(&self) -> Balance;

    /// Sends `amount` native units to `to` (nothing for zero).
    ///
    /// # Errors
    /// `TransferFailed`.
    fn pay(&mut self, to: AccountId, amount: Balance) -> Result<()>;

    /// How many seats `holder` holds in the registry.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn seat_count(&self, holder: AccountId) -> Result<u32>;

    /// Asks the registry to pay this contract its whole credit (the rewards share of the
    /// sales, and the operator's once governance is the operator); the amount paid, 0 if
    /// there was none.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn collect_credit(&mut self) -> Result<Balance>;

    /// What the registry has credited this contract and not yet paid.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn uncollected_credit(&self) -> Result<Balance>;

    /// Whether `holder` holds every seat in `seats` in the registry (one call).
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn holds_seats(&self, holder: AccountId, seats: &[Id]) -> Result<bool>;

    /// The seats the registry has issued now, and the number they all lie below.
    ///
    /// # Errors
    /// `RegistryCallFailed`.
    fn seat_snapshot(&self) -> Result<SeatSnapshot>;

    /// Sends a listing poll's `decision` on `series` to the registry; `false` if the
    /// registry refused it.
    fn apply_listing(&mut self, series: SeriesId, decision: ListingDecision) -> bool;

    /// The rewards contract's own account.
    fn own_account(&self) -> AccountId;

    /// Carries out `action`, a governance action on the registry or the society (or the
    /// replacement of this contract's code), as their operator; `false` if it was
    /// refused. Actions on the rewards contract's own state never come here.
    fn govern(&mut self, action: &Action) -> bool;

    /// Emits `event`.
    fn emit<E: ink::env::Event + 'static>(&mut self, event: E);
}
