//! The cross-contract calls of the suite: one `#[ink::trait_definition]` per thing a
//! contract asks of another, and a `contract_ref!` alias to call it through.

use ink::{
    env::{
        call::{build_call, ExecutionInput, Selector},
        DefaultEnvironment,
    },
    prelude::vec::Vec,
    primitives::AccountId,
};

use crate::{
    governed, Balance, Id, ListingDecision, ListingOptions, PollId, RegistryError, RewardsError,
    SeatCategory, SeatCounts, SeatSnapshot, SeriesId, SocietyError,
};

/// Asks `registry` to pay the calling contract its whole credit (`withdraw`): the rewards
/// contract and the society pull their shares of the sales so. The amount paid, 0 if
/// nothing was credited, `None` if the call failed.
pub fn withdraw_credit(registry: AccountId) -> Option<Balance> {
    match build_call::<DefaultEnvironment>()
        .call(registry)
        .exec_input(ExecutionInput::new(Selector::new(governed::WITHDRAW)))
        .returns::<Result<Balance, RegistryError>>()
        .try_invoke()
    {
        Ok(Ok(Ok(amount))) => Some(amount),
        Ok(Ok(Err(RegistryError::NothingToWithdraw))) => Some(0),
        _ => None,
    }
}

/// What `registry` has credited `account` and not yet paid (`credit_of`); `None` if the
/// call failed.
pub fn credit_at(registry: AccountId, account: AccountId) -> Option<Balance> {
    build_call::<DefaultEnvironment>()
        .call(registry)
        .exec_input(ExecutionInput::new(Selector::new(governed::CREDIT_OF)).push_arg(account))
        .returns::<Balance>()
        .try_invoke()
        .ok()?
        .ok()
}

/// Seat calls the society and the rewards contract make on the registry.
#[ink::trait_definition]
pub trait SeatRegistry {
    /// Owner of the seat token `seat`, or `None` if it is not a live seat.
    #[ink(message)]
    fn seat_holder(&self, seat: Id) -> Option<AccountId>;

    /// Whether `holder` holds every seat in `seats` (at most `MAX_SEATS_PER_VOTE`; `false`
    /// for more): one call for a multi-seat vote.
    #[ink(message)]
    fn holds_seats(&self, holder: AccountId, seats: Vec<Id>) -> bool;

    /// Number of seats issued (granted or claimed and not revoked).
    #[ink(message)]
    fn issued_seats(&self) -> u32;

    /// The seats issued now and the number every one of them lies below: what a poll
    /// opening now counts.
    #[ink(message)]
    fn seat_snapshot(&self) -> SeatSnapshot;

    /// Number of live seats `account` holds.
    #[ink(message)]
    fn seat_count(&self, account: AccountId) -> u32;

    /// Seats neither issued nor reserved, per category (indexed by
    /// `SeatCategory::index`): what `reserve_seats` may take now.
    #[ink(message)]
    fn free_seats(&self) -> SeatCounts;

    /// Society only: reserve `counts` seats per category (the i-th count for the i-th
    /// category; society categories only) for selected candidates, all or none:
    /// `QuotaExhausted` if one count is above its free seats, `NotSocietyCategory` for a
    /// count in another category.
    #[ink(message)]
    fn reserve_seats(&mut self, counts: SeatCounts) -> Result<(), RegistryError>;

    /// Society only: release a reservation of a candidate that failed.
    #[ink(message)]
    fn release_seat(&mut self, category: SeatCategory) -> Result<(), RegistryError>;

    /// Society: convert a reservation into a seat for `to`. Operator: grant a D seat
    /// from the free quota. Returns the seat's token id.
    #[ink(message)]
    fn grant_seat(&mut self, to: AccountId, category: SeatCategory) -> Result<Id, RegistryError>;

    /// The society linked to the registry, if any.
    #[ink(message)]
    fn linked_society(&self) -> Option<AccountId>;

    /// Whether `seat` is a live seat the society granted (only the society's removal
    /// of its member revokes it).
    #[ink(message)]
    fn society_seat(&self, seat: Id) -> bool;

    /// Society: revoke a seat it granted (final removal of a member). Operator: revoke
    /// any other seat (abuse).
    #[ink(message)]
    fn revoke_seat(&mut self, seat: Id) -> Result<(), RegistryError>;
}

/// The listing call the rewards contract makes on the registry when a poll ends.
#[ink::trait_definition]
pub trait ListingRegistry {
    /// Rewards contract (or operator, for an SSS series without poll): list or reject a
    /// proposed series.
    #[ink(message)]
    fn apply_listing(
        &mut self,
        series: SeriesId,
        decision: ListingDecision,
    ) -> Result<(), RegistryError>;
}

/// The society's pot: the society share of every sale, which the society pulls from the
/// registry, and whatever anyone adds.
#[ink::trait_definition]
pub trait SocietyPot {
    /// Adds the transferred value to the society's pot.
    #[ink(message, payable)]
    fn fund_pot(&mut self) -> Result<(), SocietyError>;
}

/// The rewards contract's revenue pool and listing polls. The pool also takes the rewards
/// share of every sale, which the rewards contract pulls from the registry.
#[ink::trait_definition]
pub trait RewardsPool {
    /// Adds the transferred value to the undistributed revenue pool (revenue from
    /// anywhere; the sales' share is pulled with `collect_revenue`).
    #[ink(message, payable)]
    fn deposit_revenue(&mut self) -> Result<(), RewardsError>;

    /// Registry only: opens the listing poll of a series `proposer` proposed and returns
    /// its id; the poll counts against the proposer's open polls. `seats` is the
    /// registry's seat snapshot, passed along because the rewards contract may not call
    /// back into the registry while it runs.
    #[ink(message)]
    fn open_listing_poll(
        &mut self,
        proposer: AccountId,
        series: SeriesId,
        options: ListingOptions,
        seats: SeatSnapshot,
    ) -> Result<PollId, RewardsError>;
}

/// A reference to a contract implementing [`SeatRegistry`].
pub type SeatRegistryRef = ink::contract_ref!(SeatRegistry, ink::env::DefaultEnvironment);
/// A reference to a contract implementing [`ListingRegistry`].
pub type ListingRegistryRef = ink::contract_ref!(ListingRegistry, ink::env::DefaultEnvironment);
/// A reference to a contract implementing [`RewardsPool`].
pub type RewardsPoolRef = ink::contract_ref!(RewardsPool, ink::env::DefaultEnvironment);
