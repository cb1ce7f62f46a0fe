//! The chain behind the rewards rules' port: the current call, native transfers, the
//! registry's seat and listing calls, governance's calls on the registry and the
//! society, and ink! events.

use ink::{env::DefaultEnvironment, prelude::vec::Vec, primitives::AccountId};
use interfaces::{
    call_for, call_ok_encoded, governed, Balance, BlockNumber, Id, ListingDecision, RewardsError,
    SeatCategory, SeatSnapshot, SeriesId,
};
use scale::Encode;

use crate::{
    port::RewardsPort,
    storage::{Action, Contract, Result},
};

/// The chain, for a call of the rewards contract linked to `registry`.
pub struct Chain {
    registry: AccountId,
}

impl Chain {
    /// The chain, reaching the registry at `registry`.
    pub fn new(registry: AccountId) -> Self {
        Self { registry }
    }

    /// Calls a message of the registry or of the society the registry is linked to,
    /// returning `Result<_, _>`, with `args`, its arguments SCALE-encoded: whether it
    /// returned `Ok`. Never the rewards contract itself (a call back into it would be
    /// refused).
    fn call(&self, contract: Contract, selector: [u8; 4], args: &[u8]) -> bool {
        match contract {
            Contract::Registry => call_ok_encoded(self.registry, selector, args),
            Contract::Society => {
                call_for::<Option<AccountId>>(self.registry, governed::LINKED_SOCIETY, ())
                    .flatten()
                    .is_some_and(|society| call_ok_encoded(society, selector, args))
            }
            Contract::Rewards => false,
        }
    }

    /// Revokes `seat`: the society expels the member holding a seat it granted, the
    /// registry revokes any other.
    fn revoke_seat(&self, seat: &Id) -> bool {
        match call_for::<bool>(self.registry, governed::SOCIETY_SEAT, seat) {
            Some(true) => {
                match call_for::<Option<AccountId>>(self.registry, governed::SEAT_HOLDER, seat) {
                    Some(Some(holder)) => {
                        self.call(Contract::Society, governed::EXPEL, &holder.encode())
                    }
                    _ => false,
                }
            }
            Some(false) => self.call(Contract::Registry, governed::REVOKE_SEAT, &seat.encode()),
            None => false,
        }
    }
}

/// The operator message of the registry or the society a governance action is, with
/// its arguments SCALE-encoded; `None` for the actions that are not one such call (the
/// rewards contract's own, a recommendation, a seat revocation, the rewards contract's
/// code, a sweep of the society, which has none).
///
/// SCALE encodes an enum variant as its index byte followed by its fields in order,
/// and a message's arguments as those arguments in order; every action below holds its
/// message's arguments as its fields, after the [`Contract`] it names if it names one.
/// So the arguments are the encoded action past those one or two bytes, followed by
/// the argument the action implies if any (a D seat, no listing poll), and executing an
/// action needs no encoding code of its own. The tests check every action's bytes
/// against its message's arguments encoded one by one.
pub(crate) fn operator_call(action: &Action) -> Option<(Contract, [u8; 4], Vec<u8>)> {
    use Contract::{Registry, Society};
    let (contract, selector, skip, implied) = match action {
        Action::RegisterCreator(..) => (Registry, governed::REGISTER_CREATOR, 1, Vec::new()),
        Action::GrantSeat(_) => (Registry, governed::GRANT_SEAT, 1, SeatCategory::D.encode()),
        Action::OpenIssuanceRound(_) => (Registry, governed::OPEN_ISSUANCE_ROUND, 1, Vec::new()),
        Action::SetSeatsPerAccount(_) => (Registry, governed::SET_SEATS_PER_ACCOUNT, 1, Vec::new()),
        Action::SetRevenueSplit(_) => (Registry, governed::SET_REVENUE_SPLIT, 1, Vec::new()),
        Action::SetSalesPaused(_) => (Registry, governed::SET_SALES_PAUSED, 1, Vec::new()),
        Action::ProposeSeries(_) => (Registry, governed::PROPOSE_SERIES, 1, false.encode()),
        Action::DecideListing(..) => (Registry, governed::APPLY_LISTING, 1, Vec::new()),
        Action::Airdrop(..) => (Registry, governed::AIRDROP, 1, Vec::new()),
        Action::CloseSeries(_) => (Registry, governed::CLOSE_SERIES, 1, Vec::new()),
        Action::Found(..) => (Society, governed::FOUND, 1, Vec::new()),
        Action::SetSocietyParameters(_) => (Society, governed::SET_PARAMETERS, 1, Vec::new()),
        Action::SetMaxMembers(_) => (Society, governed::SET_MAX_MEMBERS, 1, Vec::new()),
        Action::SetJudge(_) => (Society, governed::SET_JUDGE, 1, Vec::new()),
        Action::JudgeMember(..) => (Society, governed::JUDGE_SUSPENDED_MEMBER, 1, Vec::new()),
        Action::JudgeCandidate(..) => (Society, governed::JUDGE_SUSPENDED_CANDIDATE, 1, Vec::new()),
        Action::Sweep(Registry, _) => (Registry, governed::SWEEP, 2, Vec::new()),
        Action::TransferOperator(contract @ (Registry | Society), _) => {
            (*contract, governed::TRANSFER_OPERATOR, 2, Vec::new())
        }
        Action::AcceptOperator(contract @ (Registry | Society)) => {
            (*contract, governed::ACCEPT_OPERATOR, 2, Vec::new())
        }
        Action::SetCode(contract @ (Registry | Society), _) => {
            (*contract, governed::SET_CODE, 2, Vec::new())
        }
        _ => return None,
    };
    let encoded = action.encode();
    let mut args = encoded.get(skip..)?.to_vec();
    args.extend_from_slice(&implied);
    Some((contract, selector, args))
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
        call_for(self.registry, governed::SEAT_COUNT, holder)
            .ok_or(RewardsError::RegistryCallFailed)
    }

    fn collect_credit(&mut self) -> Result<Balance> {
        interfaces::withdraw_credit(self.registry).ok_or(RewardsError::RegistryCallFailed)
    }

    fn uncollected_credit(&self) -> Result<Balance> {
        interfaces::credit_at(self.registry, ink::env::account_id::<DefaultEnvironment>())
            .ok_or(RewardsError::RegistryCallFailed)
    }

    fn holds_seats(&self, holder: AccountId, seats: &[Id]) -> Result<bool> {
        call_for(self.registry, governed::HOLDS_SEATS, (holder, seats))
            .ok_or(RewardsError::RegistryCallFailed)
    }

    fn seat_snapshot(&self) -> Result<SeatSnapshot> {
        call_for(self.registry, governed::SEAT_SNAPSHOT, ()).ok_or(RewardsError::RegistryCallFailed)
    }

    fn apply_listing(&mut self, series: SeriesId, decision: ListingDecision) -> bool {
        self.call(
            Contract::Registry,
            governed::APPLY_LISTING,
            &(series, decision).encode(),
        )
    }

    fn own_account(&self) -> AccountId {
        ink::env::account_id::<DefaultEnvironment>()
    }

    fn govern(&mut self, action: &Action) -> bool {
        match action {
            Action::Recommend(recommendation) => self.call(
                Contract::Registry,
                governed::REGISTER_CREATOR,
                &(recommendation.account, true).encode(),
            ),
            Action::RevokeSeat(seat, _) => self.revoke_seat(seat),
            Action::SetCode(Contract::Rewards, code_hash) => {
                ink::env::set_code_hash::<DefaultEnvironment>(code_hash).is_ok()
            }
            _ => operator_call(action)
                .is_some_and(|(contract, selector, args)| self.call(contract, selector, &args)),
        }
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        interfaces::emit::emit_event(event);
    }
}
