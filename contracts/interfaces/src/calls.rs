//! The cross-contract calls of the suite: one `#[ink::trait_definition]` per thing a
//! contract asks of another, and one way to make any of them: [`call_for`],
//! [`call_ok`] and [`call_for_ok`] encode the arguments ([`call_ok_encoded`] takes
//! them encoded), call the message at its selector (from [`crate::governed`]) through
//! a single call site, `call_encoded`, and decode only what the caller needs. One
//! call site rather than one `CallBuilder` per message and argument type keeps each
//! calling contract's code small.

use ink::{
    env::{
        call::{build_call, ExecutionInput, Selector},
        DefaultEnvironment,
    },
    prelude::vec::Vec,
    primitives::AccountId,
};
use scale::{Decode, DecodeAll, Encode, Input, Output};

use crate::{
    governed, Balance, Id, ListingDecision, ListingOptions, PollId, RegistryError, RewardsError,
    SeatCategory, SeatCounts, SeatSnapshot, SeriesId, SocietyError,
};

/// A message's arguments, already SCALE-encoded: written to the call's input as they are.
struct EncodedArgs<'a>(&'a [u8]);

impl Encode for EncodedArgs<'_> {
    fn size_hint(&self) -> usize {
        self.0.len()
    }

    fn encode_to<T: Output + ?Sized>(&self, dest: &mut T) {
        dest.write(self.0);
    }
}

/// What a message returned, still SCALE-encoded: every byte after ink!'s own
/// `Result<_, LangError>` tag.
struct ReturnedBytes(Vec<u8>);

impl Decode for ReturnedBytes {
    fn decode<I: Input>(input: &mut I) -> Result<Self, scale::Error> {
        let len = input
            .remaining_len()?
            .ok_or("the length of a call's output is known")?;
        let mut bytes = ink::prelude::vec![0; len];
        input.read(&mut bytes)?;
        Ok(Self(bytes))
    }
}

/// Calls the message at `selector` of `callee` with `args`, its SCALE-encoded arguments
/// in order, and returns the bytes the message returned (also when it reverted, as a
/// message returning `Err` does). `None` if the call failed: no such contract or
/// message, a trap, or out of gas.
fn call_encoded(callee: AccountId, selector: [u8; 4], args: &[u8]) -> Option<Vec<u8>> {
    build_call::<DefaultEnvironment>()
        .call(callee)
        .exec_input(ExecutionInput::new(Selector::new(selector)).push_arg(EncodedArgs(args)))
        .returns::<ReturnedBytes>()
        .try_invoke()
        .ok()?
        .ok()
        .map(|returned| returned.0)
}

/// Calls the message at `selector` of `callee` with `args` (one value, or a tuple for
/// several arguments, `()` for none) and decodes what it returned as `T`; `None` if the
/// call failed or returned something else.
pub fn call_for<T: Decode>(callee: AccountId, selector: [u8; 4], args: impl Encode) -> Option<T> {
    let returned = call_encoded(callee, selector, &args.encode())?;
    T::decode_all(&mut returned.as_slice()).ok()
}

/// Calls a message returning `Result<T, _>` and decodes the `T` it returned in `Ok`;
/// `None` if the call failed or the message returned `Err`.
pub fn call_for_ok<T: Decode>(
    callee: AccountId,
    selector: [u8; 4],
    args: impl Encode,
) -> Option<T> {
    decode_ok(&call_encoded(callee, selector, &args.encode())?)
}

/// Calls a message returning `Result<_, _>`: whether the call went through and the
/// message returned `Ok`.
pub fn call_ok(callee: AccountId, selector: [u8; 4], args: impl Encode) -> bool {
    call_encoded(callee, selector, &args.encode()).is_some_and(|returned| is_ok(&returned))
}

/// [`call_ok`] with the arguments already SCALE-encoded, in order. `call_ok` repeats
/// its one line rather than calling it: delegating made the society 281 bytes larger.
pub fn call_ok_encoded(callee: AccountId, selector: [u8; 4], args: &[u8]) -> bool {
    call_encoded(callee, selector, args).is_some_and(|returned| is_ok(&returned))
}

/// Whether `returned`, an encoded `Result<_, _>`, is `Ok` (its tag byte is 0).
fn is_ok(returned: &[u8]) -> bool {
    returned.first() == Some(&0)
}

/// The `T` in `returned`, an encoded `Result<T, _>`, if it is `Ok` and holds exactly a `T`.
fn decode_ok<T: Decode>(returned: &[u8]) -> Option<T> {
    match returned.split_first() {
        Some((0, mut value)) => T::decode_all(&mut value).ok(),
        _ => None,
    }
}

/// Asks `registry` to pay the calling contract its whole credit (`withdraw`): the rewards
/// contract and the society pull their shares of the sales so. The amount paid, 0 if
/// nothing was credited, `None` if the call failed.
pub fn withdraw_credit(registry: AccountId) -> Option<Balance> {
    match call_for::<Result<Balance, RegistryError>>(registry, governed::WITHDRAW, ())? {
        Ok(amount) => Some(amount),
        Err(RegistryError::NothingToWithdraw) => Some(0),
        Err(_) => None,
    }
}

/// What `registry` has credited `account` and not yet paid (`credit_of`); `None` if the
/// call failed.
pub fn credit_at(registry: AccountId, account: AccountId) -> Option<Balance> {
    call_for(registry, governed::CREDIT_OF, account)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_ok_only_with_the_ok_tag_and_decodes_only_whole() {
        let ok: Result<Id, RegistryError> = Ok(Id::U32(7));
        let err: Result<Id, RegistryError> = Err(RegistryError::NotAuthorized);
        assert!(is_ok(&ok.encode()));
        assert!(!is_ok(&err.encode()));
        assert!(!is_ok(&[]));
        assert_eq!(decode_ok::<Id>(&ok.encode()), Some(Id::U32(7)));
        assert_eq!(decode_ok::<Id>(&err.encode()), None);
        assert_eq!(decode_ok::<Id>(&[]), None);
        // A byte more or less than a whole `Id` is not an answer.
        let mut long = ok.encode();
        long.push(0);
        assert_eq!(decode_ok::<Id>(&long), None);
        assert_eq!(decode_ok::<Id>(&ok.encode()[..2]), None);
        // `Ok(())` is its tag alone.
        assert_eq!(
            decode_ok::<()>(&Ok::<(), RegistryError>(()).encode()),
            Some(())
        );
    }

    #[test]
    fn arguments_are_written_as_encoded_and_answers_read_whole() {
        let holder = AccountId::from([3; 32]);
        let seats = ink::prelude::vec![Id::U32(1), Id::U32(2)];
        // A slice is encoded as the `Vec` the message takes.
        let args = (holder, seats.as_slice()).encode();
        assert_eq!(args, (holder, seats.clone()).encode());
        assert_eq!(EncodedArgs(&args).encode(), args);
        // ink! reads its own `Result` tag; the rest is the message's answer, every byte.
        let output = Ok::<_, ink::LangError>(Ok::<_, RegistryError>(seats.clone())).encode();
        let decoded = <Result<ReturnedBytes, ink::LangError>>::decode_all(&mut output.as_slice())
            .expect("a whole answer decodes");
        assert_eq!(
            decode_ok::<Vec<Id>>(&decoded.expect("the call was dispatched").0),
            Some(seats)
        );
    }
}
