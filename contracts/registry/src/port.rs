//! What the registry's rules need from outside their storage: the call's context, native
//! transfers, the calls the registry makes on the rewards contract and the society, and
//! events. The contract implements it with the chain (`chain.rs`); the unit tests,
//! property tests and fuzz targets with a fake world (`world.rs`).

use ink::primitives::AccountId;
use interfaces::{Balance, ListingOptions, PollId, SeatSnapshot, SeriesId, Timestamp};

use crate::storage::Result;

/// The world as the registry's rules see it.
pub trait RegistryPort {
    /// The account making the current call.
    fn caller(&self) -> AccountId;

    /// The current block's time (Unix ms).
    fn timestamp(&self) -> Timestamp;

    /// Native units paid with the current call.
    fn transferred(&self) -> Balance;

    /// The registry's own address.
    fn own_account(&self) -> AccountId;

    /// The registry's spendable balance (what it holds above the existential deposit),
    /// the current call's payment included.
    fn balance(&self) -> Balance;

    /// The registry that the contract at `contract` names as its own (its `registry`
    /// message), or `None` if it answers no such call.
    fn registry_of(&self, contract: AccountId) -> Option<AccountId>;

    /// Sends `amount` native units to `to` (nothing for zero).
    ///
    /// # Errors
    /// `TransferFailed`.
    fn pay(&mut self, to: AccountId, amount: Balance) -> Result<()>;

    /// Asks the rewards contract at `rewards` to open the listing poll of `series`, which
    /// `proposer` proposed, with `options` and the registry's `seats` snapshot; returns
    /// the poll's id.
    ///
    /// # Errors
    /// `RewardsCallFailed`.
    fn open_listing_poll(
        &mut self,
        rewards: AccountId,
        proposer: AccountId,
        series: SeriesId,
        options: &ListingOptions,
        seats: SeatSnapshot,
    ) -> Result<PollId>;

    /// Emits `event`.
    fn emit<E: ink::env::Event + 'static>(&mut self, event: E);
}
