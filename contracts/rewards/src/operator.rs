//! The operator's powers: creating the contract, its parameters, sweeping balance nobody
//! is owed, and handing the role over.

use ink::{primitives::AccountId, storage::Mapping};
use interfaces::{Balance, OperatorRole, RewardsError, BPS_DENOMINATOR};

use crate::{
    events::{ParametersChanged, Swept},
    port::RewardsPort,
    storage::{GovernanceParameters, Result, RewardsParameters, RewardsState},
};

impl RewardsParameters {
    /// Checks the ranges: shares at most 10,000 bps, 1 ≤ min ≤ max, listing duration,
    /// period length and open polls per account at least 1.
    pub fn validate(&self) -> Result<()> {
        let shares_fit = self.poll_share_bps <= BPS_DENOMINATOR
            && self.quorum_bps <= BPS_DENOMINATOR
            && self.period_share_bps <= BPS_DENOMINATOR;
        let durations_fit = self.min_duration >= 1
            && self.min_duration <= self.max_duration
            && self.listing_duration >= 1
            && self.period_blocks >= 1;
        if shares_fit && durations_fit && self.max_open_polls >= 1 {
            Ok(())
        } else {
            Err(RewardsError::BadParameter)
        }
    }
}

impl RewardsState {
    /// A fresh rewards contract operated by `operator`, reading seats from `registry`,
    /// with the `governance` parameters and its `guardian`.
    pub fn new(
        operator: AccountId,
        registry: AccountId,
        parameters: RewardsParameters,
        governance: GovernanceParameters,
        guardian: Option<AccountId>,
    ) -> Result<Self> {
        parameters.validate()?;
        governance.validate()?;
        Ok(Self {
            role: OperatorRole::new(operator),
            registry,
            parameters,
            pool: 0,
            committed: 0,
            period: None,
            open_polls: Mapping::default(),
            polls: Mapping::default(),
            poll_count: 0,
            tallies: Mapping::default(),
            seat_votes: Mapping::default(),
            voter_seats: Mapping::default(),
            claims: Mapping::default(),
            contributions: Mapping::default(),
            governance,
            guardian,
            proposals: Mapping::default(),
            deposits: 0,
        })
    }

    /// Fails with `NotAuthorized` unless the caller is the operator.
    pub fn ensure_operator(&self, port: &impl RewardsPort) -> Result<()> {
        self.role
            .ensure(port.caller())
            .map_err(|_| RewardsError::NotAuthorized)
    }

    /// Operator only: replaces the parameters.
    pub fn set_parameters(
        &mut self,
        port: &mut impl RewardsPort,
        parameters: RewardsParameters,
    ) -> Result<()> {
        self.ensure_operator(port)?;
        parameters.validate()?;
        self.parameters = parameters;
        port.emit(ParametersChanged { parameters });
        Ok(())
    }

    /// Operator only: sends `to` what the contract holds beyond the pool and the budgets
    /// it owes (e.g. a direct transfer, which never reached the pool); returns the amount.
    pub fn sweep(&mut self, port: &mut impl RewardsPort, to: AccountId) -> Result<Balance> {
        self.ensure_operator(port)?;
        let amount = port.balance().saturating_sub(self.liabilities());
        if amount == 0 {
            return Err(RewardsError::NothingToSweep);
        }
        port.emit(Swept { to, amount });
        port.pay(to, amount)?;
        Ok(amount)
    }

    /// Operator only: offers the operator role to `to`, who must accept it.
    pub fn transfer_operator(&mut self, port: &mut impl RewardsPort, to: AccountId) -> Result<()> {
        let started = self
            .role
            .offer(port.caller(), to)
            .map_err(|_| RewardsError::NotAuthorized)?;
        port.emit(started);
        Ok(())
    }

    /// The pending operator takes the role.
    pub fn accept_operator(&mut self, port: &mut impl RewardsPort) -> Result<()> {
        let changed = self
            .role
            .accept(port.caller())
            .map_err(|_| RewardsError::NoPendingOperator)?;
        port.emit(changed);
        Ok(())
    }
}
