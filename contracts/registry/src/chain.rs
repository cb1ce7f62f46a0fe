//! The chain behind the registry's port: the current call, native transfers, the calls
//! to the rewards contract and the society, and ink! events.

use ink::{
    codegen::TraitCallBuilder,
    env::{
        call::{build_call, ExecutionInput, Selector},
        DefaultEnvironment,
    },
    primitives::AccountId,
};
use interfaces::{
    Balance, ListingOptions, PollId, RegistryError, RewardsPool, RewardsPoolRef, SeatSnapshot,
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
        // The rewards contract and the society both answer `registry()`; called by its
        // selector, since neither is a dependency of the registry.
        build_call::<DefaultEnvironment>()
            .call(contract)
            .exec_input(ExecutionInput::new(Selector::new(ink::selector_bytes!(
                "registry"
            ))))
            .returns::<AccountId>()
            .try_invoke()
            .ok()?
            .ok()
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
        let mut rewards: RewardsPoolRef = rewards.into();
        match rewards
            .call_mut()
            .open_listing_poll(proposer, series, options.clone(), seats)
            .try_invoke()
        {
            Ok(Ok(Ok(poll))) => Ok(poll),
            _ => Err(RegistryError::RewardsCallFailed),
        }
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        interfaces::emit::emit_event(event);
    }
}
