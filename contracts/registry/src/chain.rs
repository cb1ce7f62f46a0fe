//! The chain behind the registry's port: the current call, native transfers, the calls
//! to the rewards contract and the society, and ink! events.

use ink::{env::DefaultEnvironment, primitives::AccountId};
use interfaces::{
    call_for, call_for_ok, governed, Balance, ListingOptions, PollId, RegistryError, SeatSnapshot,
    SeriesId, Timestamp,
};

use crate::{port::RegistryPort, storage::Result};

/// The chain, for one call of the registry.
pub struct Chain;

impl RegistryPort for Chain {
    fn caller(&self) -> AccountId {
        ink::env::caller::<DefaultEnvironment>()
    }

    fn timestamp(&self) -> Timestamp {
        ink::env::block_timestamp::<DefaultEnvironment>()
    }

    fn transferred(&self) -> Balance {
        ink::env::transferred_value::<DefaultEnvironment>()
    }

    fn own_account(&self) -> AccountId {
        ink::env::account_id::<DefaultEnvironment>()
    }

    fn balance(&self) -> Balance {
        ink::env::balance::<DefaultEnvironment>()
    }

    fn registry_of(&self, contract: AccountId) -> Option<AccountId> {
        // The rewards contract and the society both answer `registry()`.
        call_for(contract, governed::REGISTRY, ())
    }

    fn pay(&mut self, to: AccountId, amount: Balance) -> Result<()> {
        if amount == 0 {
            return Ok(());
        }
        ink::env::transfer::<DefaultEnvironment>(to, amount)
            .map_err(|_| RegistryError::TransferFailed)
    }

    fn open_listing_poll(
        &mut self,
        rewards: AccountId,
        proposer: AccountId,
        series: SeriesId,
        options: &ListingOptions,
        seats: SeatSnapshot,
    ) -> Result<PollId> {
        call_for_ok(
            rewards,
            governed::OPEN_LISTING_POLL,
            (proposer, series, options, seats),
        )
        .ok_or(RegistryError::RewardsCallFailed)
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        interfaces::emit::emit_event(event);
    }
}
