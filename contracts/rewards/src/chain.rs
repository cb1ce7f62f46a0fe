//! The chain behind the rewards rules' port: the current call, native transfers, the
//! registry's seat and listing calls, governance's calls on the registry and the
//! society, and ink! events.

use ink::{env::DefaultEnvironment, primitives::AccountId};
use interfaces::{
    call_for, call_ok, governed, Balance, BlockNumber, Id, ListingDecision, RewardsError,
    SeatCategory, SeatSnapshot, SeriesId,
};

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

    /// Calls a registry message returning `Result<_, RegistryError>`: whether it
    /// returned `Ok`.
    fn registry_call(&self, selector: [u8; 4], args: impl scale::Encode) -> bool {
        call_ok(self.registry, selector, args)
    }

    /// Calls a society operator message returning `Result<(), SocietyError>` on the
    /// society the registry is linked to: whether it returned `Ok`.
    fn society_call(&self, selector: [u8; 4], args: impl scale::Encode) -> bool {
        call_for::<Option<AccountId>>(self.registry, governed::LINKED_SOCIETY, ())
            .flatten()
            .is_some_and(|society| call_ok(society, selector, args))
    }

    /// Calls a message both the registry and the society have (the operator role, code),
    /// returning `Result<(), _>`.
    fn either_call(&self, contract: Contract, selector: [u8; 4], args: impl scale::Encode) -> bool {
        match contract {
            Contract::Registry => self.registry_call(selector, args),
            Contract::Society => self.society_call(selector, args),
            Contract::Rewards => false,
        }
    }

    /// Revokes `seat`: the society expels the member holding a seat it granted, the
    /// registry revokes any other.
    fn revoke_seat(&self, seat: &Id) -> bool {
        match call_for::<bool>(self.registry, governed::SOCIETY_SEAT, seat) {
            Some(true) => {
                match call_for::<Option<AccountId>>(self.registry, governed::SEAT_HOLDER, seat) {
                    Some(Some(holder)) => self.society_call(governed::EXPEL, holder),
                    _ => false,
                }
            }
            Some(false) => self.registry_call(governed::REVOKE_SEAT, seat),
            None => false,
        }
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
        self.registry_call(governed::APPLY_LISTING, (series, decision))
    }

    fn own_account(&self) -> AccountId {
        ink::env::account_id::<DefaultEnvironment>()
    }

    fn govern(&mut self, action: &Action) -> bool {
        match action {
            Action::RegisterCreator(account, registered) => {
                self.registry_call(governed::REGISTER_CREATOR, (account, registered))
            }
            Action::Recommend(recommendation) => {
                self.registry_call(governed::REGISTER_CREATOR, (recommendation.account, true))
            }
            Action::GrantSeat(account) => {
                self.registry_call(governed::GRANT_SEAT, (account, SeatCategory::D))
            }
            Action::RevokeSeat(seat, _) => self.revoke_seat(seat),
            Action::OpenIssuanceRound(seats) => {
                self.registry_call(governed::OPEN_ISSUANCE_ROUND, seats)
            }
            Action::SetSeatsPerAccount(seats) => {
                self.registry_call(governed::SET_SEATS_PER_ACCOUNT, seats)
            }
            Action::SetRevenueSplit(split) => {
                self.registry_call(governed::SET_REVENUE_SPLIT, split)
            }
            Action::SetSalesPaused(paused) => {
                self.registry_call(governed::SET_SALES_PAUSED, paused)
            }
            Action::ProposeSeries(proposal) => {
                self.registry_call(governed::PROPOSE_SERIES, (proposal, false))
            }
            Action::DecideListing(series, decision) => {
                self.registry_call(governed::APPLY_LISTING, (series, decision))
            }
            Action::Airdrop(series, item, to) => {
                self.registry_call(governed::AIRDROP, (series, item, to))
            }
            Action::CloseSeries(series) => self.registry_call(governed::CLOSE_SERIES, series),
            Action::Found(founder, max_members, rules) => {
                self.society_call(governed::FOUND, (founder, max_members, rules))
            }
            Action::SetSocietyParameters(parameters) => {
                self.society_call(governed::SET_PARAMETERS, parameters)
            }
            Action::SetMaxMembers(max_members) => {
                self.society_call(governed::SET_MAX_MEMBERS, max_members)
            }
            Action::SetJudge(judge) => self.society_call(governed::SET_JUDGE, judge),
            Action::JudgeMember(who, forgive) => {
                self.society_call(governed::JUDGE_SUSPENDED_MEMBER, (who, forgive))
            }
            Action::JudgeCandidate(who, judgement) => {
                self.society_call(governed::JUDGE_SUSPENDED_CANDIDATE, (who, judgement))
            }
            Action::Sweep(Contract::Registry, to) => self.registry_call(governed::SWEEP, to),
            Action::TransferOperator(contract, to) => {
                self.either_call(*contract, governed::TRANSFER_OPERATOR, to)
            }
            Action::AcceptOperator(contract) => {
                self.either_call(*contract, governed::ACCEPT_OPERATOR, ())
            }
            Action::SetCode(Contract::Rewards, code_hash) => {
                ink::env::set_code_hash::<DefaultEnvironment>(code_hash).is_ok()
            }
            Action::SetCode(contract, code_hash) => {
                self.either_call(*contract, governed::SET_CODE, code_hash)
            }
            // The rewards contract's own actions never come here; the society has no
            // sweep.
            _ => false,
        }
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        interfaces::emit::emit_event(event);
    }
}
