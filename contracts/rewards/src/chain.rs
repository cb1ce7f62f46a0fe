//! The chain behind the rewards rules' port: the current call, native transfers, the
//! registry's seat and listing calls, and ink! events.

use ink::{codegen::TraitCallBuilder, env::DefaultEnvironment, primitives::AccountId};
use interfaces::{
    Balance, BlockNumber, Id, ListingDecision, ListingRegistry, ListingRegistryRef, RewardsError,
    SeatRegistry, SeatRegistryRef, SeatSnapshot, SeriesId,
};

use crate::{port::RewardsPort, storage::Result};

/// The chain, for a call of the rewards contract linked to `registry`.
pub struct Chain {
    registry: AccountId,
}

impl Chain {
    /// The chain, reaching the registry at `registry`.
    pub fn new(registry: AccountId) -> Self {
        Self { registry }
    }

    fn seats(&self) -> SeatRegistryRef {
        self.registry.into()
    }
}

impl RewardsPort for Chain {
    fn caller(&self) -> AccountId {
        ink::env::caller::<DefaultEnvironment>()
    }

    fn block(&self) -> BlockNumber {
        ink::env::block_number::<DefaultEnvironment>()
    }

    fn transferred(&self) -> Balance {
        ink::env::transferred_value::<DefaultEnvironment>()
    }

    fn balance(&self) -> Balance {
        ink::env::balance::<DefaultEnvironment>()
    }

    fn pay(&mut self, to: AccountId, amount: Balance) -> Result<()> {
        if amount == 0 {
            return Ok(());
        }
        ink::env::transfer::<DefaultEnvironment>(to, amount)
            .map_err(|_| RewardsError::TransferFailed)
    }

    fn seat_count(&self, holder: AccountId) -> Result<u32> {
        match self.seats().call().seat_count(holder).try_invoke() {
            Ok(Ok(count)) => Ok(count),
            _ => Err(RewardsError::RegistryCallFailed),
        }
    }

    fn seat_holder(&self, seat: &Id) -> Result<Option<AccountId>> {
        match self.seats().call().seat_holder(seat.clone()).try_invoke() {
            Ok(Ok(holder)) => Ok(holder),
            _ => Err(RewardsError::RegistryCallFailed),
        }
    }

    fn seat_snapshot(&self) -> Result<SeatSnapshot> {
        match self.seats().call().seat_snapshot().try_invoke() {
            Ok(Ok(snapshot)) => Ok(snapshot),
            _ => Err(RewardsError::RegistryCallFailed),
        }
    }

    fn apply_listing(&mut self, series: SeriesId, decision: ListingDecision) -> bool {
        let mut registry: ListingRegistryRef = self.registry.into();
        matches!(
            registry
                .call_mut()
                .apply_listing(series, decision)
                .try_invoke(),
            Ok(Ok(Ok(())))
        )
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        ink::env::emit_event::<DefaultEnvironment, E>(event);
    }
}
