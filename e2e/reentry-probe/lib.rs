//! A test fixture, never deployed by the suite: a contract that stands in for the
//! rewards pool and, when the registry pays it revenue, calls back into the registry.
//! The e2e suite links a registry to it to show that ink! refuses such a re-entrant
//! call chain.

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
        /// A probe for `registry`; with `reenter`, `deposit_revenue` calls the registry
        /// back, otherwise it just accepts the payment.
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
        /// Accepts the payment; with `reenter`, first asks the paying registry for its
        /// issued seats, a call back into a contract that is still executing.
        #[ink(message, payable)]
        fn deposit_revenue(&mut self) -> Result<(), RewardsError> {
            if self.reenter {
                let registry: SeatRegistryRef = self.registry.into();
                registry
                    .call()
                    .issued_seats()
                    .try_invoke()
                    .map_err(|_| RewardsError::RegistryCallFailed)?
                    .map_err(|_| RewardsError::RegistryCallFailed)?;
            }
            Ok(())
        }

        /// Opens no poll.
        #[ink(message)]
        fn open_listing_poll(
            &mut self,
            _proposer: AccountId,
            _series: u32,
            _options: ListingOptions,
            _seats: SeatSnapshot,
        ) -> Result<PollId, RewardsError> {
            Err(RewardsError::NotAuthorized)
        }
    }
}
