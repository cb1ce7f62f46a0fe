//! The chain behind the society's port: the current call, the contract's balance and
//! transfers, the registry's seat calls, and ink! events.

use ink::{
    codegen::TraitCallBuilder,
    env::{
        call::{build_call, ExecutionInput, Selector},
        DefaultEnvironment,
    },
    primitives::AccountId,
};
use interfaces::{
    Balance, BlockNumber, Id, SeatCategory, SeatCounts, SeatRegistry, SeatRegistryRef, SocietyError,
};

use crate::{port::SocietyPort, storage::Result};

/// The chain, for a call of the society whose seats come from `registry`.
pub struct Chain {
    registry: SeatRegistryRef,
}

impl Chain {
    /// The chain, reaching the registry at `registry`.
    pub fn new(registry: AccountId) -> Self {
        Self {
            registry: registry.into(),
        }
    }
}

impl SocietyPort for Chain {
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
            .map_err(|_| SocietyError::TransferFailed)
    }

    fn is_creator(&self, who: AccountId) -> bool {
        // The registry's own `is_creator` message, called by its selector.
        build_call::<DefaultEnvironment>()
            .call(*self.registry.as_ref())
            .exec_input(
                ExecutionInput::new(Selector::new(ink::selector_bytes!("is_creator")))
                    .push_arg(who),
            )
            .returns::<bool>()
            .try_invoke()
            .is_ok_and(|answer| answer == Ok(true))
    }

    fn free_seats(&self) -> SeatCounts {
        match self.registry.call().free_seats().try_invoke() {
            Ok(Ok(free)) => free,
            _ => [0; 7],
        }
    }

    fn reserve_seats(&mut self, counts: SeatCounts) -> bool {
        matches!(
            self.registry.call_mut().reserve_seats(counts).try_invoke(),
            Ok(Ok(Ok(())))
        )
    }

    fn release_seat(&mut self, category: SeatCategory) -> Result<()> {
        match self.registry.call_mut().release_seat(category).try_invoke() {
            Ok(Ok(Ok(()))) => Ok(()),
            _ => Err(SocietyError::RegistryCallFailed),
        }
    }

    fn grant_seat(&mut self, to: AccountId, category: SeatCategory) -> Result<Id> {
        match self
            .registry
            .call_mut()
            .grant_seat(to, category)
            .try_invoke()
        {
            Ok(Ok(Ok(seat))) => Ok(seat),
            _ => Err(SocietyError::RegistryCallFailed),
        }
    }

    fn revoke_seat(&mut self, seat: Id) -> Result<()> {
        match self.registry.call_mut().revoke_seat(seat).try_invoke() {
            Ok(Ok(Ok(()))) => Ok(()),
            _ => Err(SocietyError::RegistryCallFailed),
        }
    }

    fn collect_credit(&mut self) -> Result<Balance> {
        interfaces::withdraw_credit(*self.registry.as_ref()).ok_or(SocietyError::RegistryCallFailed)
    }

    fn uncollected_credit(&self) -> Result<Balance> {
        interfaces::credit_at(
            *self.registry.as_ref(),
            ink::env::account_id::<DefaultEnvironment>(),
        )
        .ok_or(SocietyError::RegistryCallFailed)
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        interfaces::emit::emit_event(event);
    }
}
