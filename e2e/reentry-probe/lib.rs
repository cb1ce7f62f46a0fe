//! A test fixture, never deployed by the suite: a contract that stands in for the
//! rewards contract and, when the registry asks it to open a listing poll, calls back
//! into the registry. The e2e suite links a registry to it to show that ink! refuses
//! such a re-entrant call chain, and that a sale, which calls no other contract, goes
//! through whatever the linked contract does.

#![cfg_attr(not(feature = "std"), no_std, no_main)]

#[ink::contract]
pub mod reentry_probe {
    use ink::codegen::TraitCallBuilder;
    use interfaces::{
        ListingOptions, PollId, RewardsError, RewardsPool, SeatRegistry, SeatRegistryRef,
        SeatSnapshot,
    };

    /// The registry it calls back, and whether it does.
    #[ink(storage)]
    pub struct ReentryProbe {
        registry: AccountId,
        reenter: bool,
    }

    impl ReentryProbe {
        /// A probe for `registry`; with `reenter`, `open_listing_poll` calls the registry
        /// back, otherwise it opens poll 0.
        #[ink(constructor)]
        pub fn new(registry: AccountId, reenter: bool) -> Self {
            Self { registry, reenter }
        }

        /// The registry it stands in for, as a rewards contract names it (the registry
        /// checks it when linking).
        #[ink(message)]
        pub fn registry(&self) -> AccountId {
            self.registry
        }
    }

    impl RewardsPool for ReentryProbe {
        /// Accepts the payment.
        #[ink(message, payable)]
        fn deposit_revenue(&mut self) -> Result<(), RewardsError> {
            Ok(())
        }

        /// Opens poll 0; with `reenter`, first asks the calling registry for its issued
        /// seats, a call back into a contract that is still executing.
        #[ink(message)]
        fn open_listing_poll(
            &mut self,
            _proposer: AccountId,
            _series: u32,
            _options: ListingOptions,
            _seats: SeatSnapshot,
        ) -> Result<PollId, RewardsError> {
            if self.reenter {
                let registry: SeatRegistryRef = self.registry.into();
                registry
                    .call()
                    .issued_seats()
                    .try_invoke()
                    .map_err(|_| RewardsError::RegistryCallFailed)?
                    .map_err(|_| RewardsError::RegistryCallFailed)?;
            }
            Ok(0)
        }
    }
}
