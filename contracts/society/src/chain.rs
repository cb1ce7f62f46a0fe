//! The chain behind the society's port: the current call, the contract's balance and
//! transfers, the registry's seat calls, and ink! events.

use ink::{env::DefaultEnvironment, primitives::AccountId};
use interfaces::{
    call_for, call_for_ok, call_ok, governed, Balance, BlockNumber, Id, SeatCategory, SeatCounts,
    SocietyError,
};

use crate::{port::SocietyPort, storage::Result};

/// The chain, for a call of the society whose seats come from `registry`.
pub struct Chain {
    registry: AccountId,
}

impl Chain {
    /// The chain, reaching the registry at `registry`.
    pub fn new(registry: AccountId) -> Self {
        Self { registry }
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
        call_for(self.registry, governed::IS_CREATOR, who).unwrap_or(false)
    }

    fn free_seats(&self) -> SeatCounts {
        call_for(self.registry, governed::FREE_SEATS, ()).unwrap_or([0; 7])
    }

    fn reserve_seats(&mut self, counts: SeatCounts) -> bool {
        call_ok(self.registry, governed::RESERVE_SEATS, counts)
    }

    fn release_seat(&mut self, category: SeatCategory) -> Result<()> {
        if call_ok(self.registry, governed::RELEASE_SEAT, category) {
            Ok(())
        } else {
            Err(SocietyError::RegistryCallFailed)
        }
    }

    fn grant_seat(&mut self, to: AccountId, category: SeatCategory) -> Result<Id> {
        call_for_ok(self.registry, governed::GRANT_SEAT, (to, category))
            .ok_or(SocietyError::RegistryCallFailed)
    }

    fn revoke_seat(&mut self, seat: Id) -> Result<()> {
        if call_ok(self.registry, governed::REVOKE_SEAT, seat) {
            Ok(())
        } else {
            Err(SocietyError::RegistryCallFailed)
        }
    }

    fn collect_credit(&mut self) -> Result<Balance> {
        interfaces::withdraw_credit(self.registry).ok_or(SocietyError::RegistryCallFailed)
    }

    fn uncollected_credit(&self) -> Result<Balance> {
        interfaces::credit_at(self.registry, ink::env::account_id::<DefaultEnvironment>())
            .ok_or(SocietyError::RegistryCallFailed)
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        interfaces::emit::emit_event(event);
    }
}
