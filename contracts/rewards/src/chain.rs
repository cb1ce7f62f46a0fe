//! The chain behind the rewards rules' port: the current call, native transfers, the
//! registry's seat and listing calls, governance's calls on the registry and the
//! society, and ink! events.

use ink::{
    codegen::TraitCallBuilder,
    env::{
        call::{build_call, ExecutionInput, Selector},
        DefaultEnvironment,
    },
    primitives::AccountId,
};
use interfaces::{
    governed, Balance, BlockNumber, Id, ListingDecision, ListingRegistry, ListingRegistryRef,
    RegistryError, RewardsError, SeatCategory, SeatRegistry, SeatRegistryRef, SeatSnapshot,
    SeriesId, SocietyError,
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

    fn seats(&self) -> SeatRegistryRef {
        self.registry.into()
    }

    /// The society the registry is linked to, if it answers.
    fn society(&self) -> Option<AccountId> {
        self.seats()
            .call()
            .linked_society()
            .try_invoke()
            .ok()?
            .ok()?
    }

    /// Calls the message at `selector` of `callee` with `args` (a tuple, encoded as
    /// the arguments in order); whether it returned `Ok`. `T` and `E` are the message's
    /// result types.
    fn call<Args: scale::Encode, T: scale::Decode, E: scale::Decode>(
        callee: AccountId,
        selector: [u8; 4],
        args: Args,
    ) -> bool {
        matches!(
            build_call::<DefaultEnvironment>()
                .call(callee)
                .exec_input(ExecutionInput::new(Selector::new(selector)).push_arg(args))
                .returns::<core::result::Result<T, E>>()
                .try_invoke(),
            Ok(Ok(Ok(_)))
        )
    }

    /// Calls a registry operator message returning `Result<T, RegistryError>`.
    fn registry_call<Args: scale::Encode, T: scale::Decode>(
        &self,
        selector: [u8; 4],
        args: Args,
    ) -> bool {
        Self::call::<Args, T, RegistryError>(self.registry, selector, args)
    }

    /// Calls a society operator message returning `Result<(), SocietyError>`.
    fn society_call<Args: scale::Encode>(&self, selector: [u8; 4], args: Args) -> bool {
        self.society()
            .is_some_and(|society| Self::call::<Args, (), SocietyError>(society, selector, args))
    }

    /// Calls a message both the registry and the society have (the operator role, code),
    /// returning `Result<(), _>`.
    fn either_call<Args: scale::Encode>(
        &self,
        contract: Contract,
        selector: [u8; 4],
        args: Args,
    ) -> bool {
        match contract {
            Contract::Registry => self.registry_call::<Args, ()>(selector, args),
            Contract::Society => self.society_call(selector, args),
            Contract::Rewards => false,
        }
    }

    /// Revokes `seat`: the society expels the member holding a seat it granted, the
    /// registry revokes any other.
    fn revoke_seat(&self, seat: &Id) -> bool {
        let mut registry = self.seats();
        match registry.call().society_seat(seat.clone()).try_invoke() {
            Ok(Ok(true)) => match registry.call().seat_holder(seat.clone()).try_invoke() {
                Ok(Ok(Some(holder))) => self.society_call(governed::EXPEL, (holder,)),
                _ => false,
            },
            Ok(Ok(false)) => matches!(
                registry.call_mut().revoke_seat(seat.clone()).try_invoke(),
                Ok(Ok(Ok(())))
            ),
            _ => false,
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
        match self.seats().call().seat_count(holder).try_invoke() {
            Ok(Ok(count)) => Ok(count),
            _ => Err(RewardsError::RegistryCallFailed),
        }
    }

    fn collect_credit(&mut self) -> Result<Balance> {
        interfaces::withdraw_credit(self.registry).ok_or(RewardsError::RegistryCallFailed)
    }

    fn uncollected_credit(&self) -> Result<Balance> {
        interfaces::credit_at(self.registry, ink::env::account_id::<DefaultEnvironment>())
            .ok_or(RewardsError::RegistryCallFailed)
    }

    fn holds_seats(&self, holder: AccountId, seats: &[Id]) -> Result<bool> {
        match self
            .seats()
            .call()
            .holds_seats(holder, seats.to_vec())
            .try_invoke()
        {
            Ok(Ok(held)) => Ok(held),
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

    fn own_account(&self) -> AccountId {
        ink::env::account_id::<DefaultEnvironment>()
    }

    fn govern(&mut self, action: &Action) -> bool {
        match action {
            Action::RegisterCreator(account, registered) => {
                self.registry_call::<_, ()>(governed::REGISTER_CREATOR, (*account, *registered))
            }
            Action::Recommend(recommendation) => self
                .registry_call::<_, ()>(governed::REGISTER_CREATOR, (recommendation.account, true)),
            Action::GrantSeat(account) => matches!(
                self.seats()
                    .call_mut()
                    .grant_seat(*account, SeatCategory::D)
                    .try_invoke(),
                Ok(Ok(Ok(_)))
            ),
            Action::RevokeSeat(seat, _) => self.revoke_seat(seat),
            Action::OpenIssuanceRound(seats) => {
                self.registry_call::<_, ()>(governed::OPEN_ISSUANCE_ROUND, (*seats,))
            }
            Action::SetSeatsPerAccount(seats) => {
                self.registry_call::<_, ()>(governed::SET_SEATS_PER_ACCOUNT, (*seats,))
            }
            Action::SetRevenueSplit(split) => {
                self.registry_call::<_, ()>(governed::SET_REVENUE_SPLIT, (*split,))
            }
            Action::SetSalesPaused(paused) => {
                self.registry_call::<_, ()>(governed::SET_SALES_PAUSED, (*paused,))
            }
            Action::ProposeSeries(proposal) => self
                .registry_call::<_, SeriesId>(governed::PROPOSE_SERIES, (proposal.clone(), false)),
            Action::DecideListing(series, decision) => {
                let mut registry: ListingRegistryRef = self.registry.into();
                matches!(
                    registry
                        .call_mut()
                        .apply_listing(*series, decision.clone())
                        .try_invoke(),
                    Ok(Ok(Ok(())))
                )
            }
            Action::Airdrop(series, item, to) => {
                self.registry_call::<_, Id>(governed::AIRDROP, (*series, *item, *to))
            }
            Action::CloseSeries(series) => {
                self.registry_call::<_, ()>(governed::CLOSE_SERIES, (*series,))
            }
            Action::Found(founder, max_members, rules) => {
                self.society_call(governed::FOUND, (*founder, *max_members, rules.clone()))
            }
            Action::SetSocietyParameters(parameters) => {
                self.society_call(governed::SET_PARAMETERS, (*parameters,))
            }
            Action::SetMaxMembers(max_members) => {
                self.society_call(governed::SET_MAX_MEMBERS, (*max_members,))
            }
            Action::SetJudge(judge) => self.society_call(governed::SET_JUDGE, (*judge,)),
            Action::JudgeMember(who, forgive) => {
                self.society_call(governed::JUDGE_SUSPENDED_MEMBER, (*who, *forgive))
            }
            Action::JudgeCandidate(who, judgement) => {
                self.society_call(governed::JUDGE_SUSPENDED_CANDIDATE, (*who, *judgement))
            }
            Action::Sweep(Contract::Registry, to) => {
                self.registry_call::<_, Balance>(governed::SWEEP, (*to,))
            }
            Action::TransferOperator(contract, to) => {
                self.either_call(*contract, governed::TRANSFER_OPERATOR, (*to,))
            }
            Action::AcceptOperator(contract) => {
                self.either_call(*contract, governed::ACCEPT_OPERATOR, ())
            }
            Action::SetCode(Contract::Rewards, code_hash) => {
                ink::env::set_code_hash::<DefaultEnvironment>(code_hash).is_ok()
            }
            Action::SetCode(contract, code_hash) => {
                self.either_call(*contract, governed::SET_CODE, (*code_hash,))
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
