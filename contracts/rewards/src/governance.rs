//! Binding governance: proposals of typed actions, voted per seat as polls (the poll of
//! the same id holds the votes, the quorum counted on the seats issued when it opened,
//! and the reward budget), then a timelock, then execution by anyone before expiry; a
//! guardian may veto a queued proposal before its timelock ends. The parameters'
//! ranges, which actions are critical, opening, cancelling, queueing, vetoing and
//! executing proposals, their deposits, and a proposal's state.

use ink::prelude::{string::String, vec, vec::Vec};
use interfaces::{Balance, BlockNumber, PollId, RewardsError, Tier, BPS_DENOMINATOR};

use crate::{
    events::{
        CodeUpgraded, ContributionRecorded, DepositSettled, GovernanceParametersChanged,
        GuardianChanged, ParametersChanged, ProposalCreated, ProposalStateChanged,
        SeatRevocationExecuted, Spent, Swept,
    },
    port::RewardsPort,
    questions::{validate_questions, MIN_OPTIONS},
    storage::{
        Action, Contract, DepositStatus, GovernanceParameters, Poll, PollDraft, PollKind, Proposal,
        ProposalState, Question, Result, RewardsState,
    },
};

/// Most actions one proposal may carry.
pub const MAX_ACTIONS: usize = 8;

/// Longest society rules a `Found` action may carry, in bytes.
pub const MAX_RULES_LEN: usize = 256;

impl GovernanceParameters {
    /// The documented defaults, at 6-second blocks: one seat and 10 UNIT (10^13) to
    /// propose; voting starts a day (14,400 blocks) after opening and lasts a week
    /// (100,800); more than half of the voting seats approve an ordinary proposal, two
    /// thirds (6,667 bps) a critical one; a timelock of two days (28,800), a week for a
    /// critical one; two weeks (201,600) to execute after that.
    pub const fn defaults() -> Self {
        Self {
            proposal_seats: 1,
            proposal_deposit: 10_000_000_000_000,
            voting_delay: 14_400,
            voting_period: 100_800,
            approval_bps: 5_000,
            critical_approval_bps: 6_667,
            timelock: 28_800,
            critical_timelock: 100_800,
            grace_period: 201_600,
        }
    }

    /// Checks the ranges: at least one seat to propose; approval shares from a simple
    /// majority (5,000 bps, meaning more than half) to 10,000, the critical one at least
    /// the ordinary one; voting, timelocks and grace of at least one block, the critical
    /// timelock at least the ordinary one.
    pub fn validate(&self) -> Result<()> {
        let shares = (5_000..BPS_DENOMINATOR).contains(&self.approval_bps)
            && self.critical_approval_bps >= self.approval_bps
            && self.critical_approval_bps < BPS_DENOMINATOR;
        let periods = self.voting_period >= 1
            && self.timelock >= 1
            && self.critical_timelock >= self.timelock
            && self.grace_period >= 1;
        if self.proposal_seats >= 1 && shares && periods {
            Ok(())
        } else {
            Err(RewardsError::BadParameter)
        }
    }

    /// The approval share and timelock a proposal needs: the critical ones if `critical`.
    pub fn thresholds(&self, critical: bool) -> (u16, BlockNumber) {
        if critical {
            (self.critical_approval_bps, self.critical_timelock)
        } else {
            (self.approval_bps, self.timelock)
        }
    }
}

impl Action {
    /// Whether the action needs the supermajority and the longer timelock: code
    /// upgrades, seat revocations, handing an operator role on, and governance's own
    /// parameters.
    pub fn is_critical(&self) -> bool {
        matches!(
            self,
            Action::SetCode(..)
                | Action::RevokeSeat(..)
                | Action::TransferOperator(..)
                | Action::SetGovernanceParameters(..)
        )
    }

    /// Whether the action changes the rewards contract's own state, applied directly
    /// rather than through a call.
    pub fn is_own(&self) -> bool {
        matches!(
            self,
            Action::Spend(..)
                | Action::RecordContribution(..)
                | Action::SetRewardsParameters(..)
                | Action::SetGovernanceParameters(..)
                | Action::SetGuardian(..)
                | Action::Sweep(Contract::Rewards, _)
                | Action::TransferOperator(Contract::Rewards, _)
                | Action::AcceptOperator(Contract::Rewards)
        )
    }

    /// Checks what can be checked when the action is proposed: a series proposed
    /// without a poll is SSS (any other's listing poll would call back into this
    /// contract while it executes, which ink! refuses); society rules fit
    /// [`MAX_RULES_LEN`]; parameters are in range; spending and weights are not zero;
    /// nothing sweeps the society, which holds no balance beyond what it owes.
    pub fn validate(&self) -> Result<()> {
        match self {
            Action::ProposeSeries(proposal) if proposal.spec.tier != Tier::SSS => {
                Err(RewardsError::BadActions)
            }
            Action::Found(_, _, rules) if rules.len() > MAX_RULES_LEN => {
                Err(RewardsError::TextTooLong)
            }
            Action::SetRewardsParameters(parameters) => parameters.validate(),
            Action::SetGovernanceParameters(parameters) => parameters.validate(),
            Action::Spend(_, 0, _) => Err(RewardsError::ZeroAmount),
            Action::Sweep(Contract::Society, _) => Err(RewardsError::BadActions),
            Action::RecordContribution(_, _, 0, _) => Err(RewardsError::BadActions),
            _ => Ok(()),
        }
    }
}

/// Whether the votes of a finished poll pass a proposal needing `approval_bps`: the
/// quorum met, and approvals above `approval_bps` of the voting seats.
pub fn passes(poll: &Poll, approvals: u32, approval_bps: u16) -> bool {
    let quorum_met = poll
        .outcome
        .as_ref()
        .is_some_and(|outcome| outcome.quorum_met);
    quorum_met
        && u64::from(approvals).saturating_mul(u64::from(BPS_DENOMINATOR))
            > u64::from(poll.participating_seats).saturating_mul(u64::from(approval_bps))
}

/// The state of `proposal`, whose poll is `poll`, at `block`; `passed` says whether its
/// finished poll passed it (see [`passes`]).
pub fn state_at(
    proposal: &Proposal,
    poll: &Poll,
    passed: bool,
    block: BlockNumber,
) -> ProposalState {
    if let Some(closed) = proposal.closed {
        return closed;
    }
    if let Some(eta) = proposal.eta {
        return if block < eta.saturating_add(proposal.grace_period) {
            ProposalState::Queued
        } else {
            ProposalState::Expired
        };
    }
    if block < poll.start {
        ProposalState::Pending
    } else if block < poll.end || poll.outcome.is_none() {
        // Voting ended but the poll is not finalized: its votes are not counted yet.
        ProposalState::Active
    } else if passed {
        ProposalState::Succeeded
    } else {
        ProposalState::Defeated
    }
}

impl RewardsState {
    /// A holder of at least `proposal_seats` seats (not the guardian) proposes 1 to [`MAX_ACTIONS`]
    /// `actions` under `title`, paying exactly the proposal deposit. Its poll (same id)
    /// asks one question, approve or reject; voting starts `voting_delay` blocks from
    /// now and lasts `voting_period`; the seats issued now count; it takes its reward
    /// budget from the period's allocation and counts against the proposer's open polls.
    /// The thresholds, timelock and grace period it needs are fixed now.
    pub fn propose(
        &mut self,
        port: &mut impl RewardsPort,
        title: String,
        actions: Vec<Action>,
    ) -> Result<PollId> {
        let caller = port.caller();
        self.ensure_not_guardian(caller)?;
        let governance = self.governance;
        if port.seat_count(caller)? < governance.proposal_seats {
            return Err(RewardsError::TooFewSeats);
        }
        if actions.is_empty() || actions.len() > MAX_ACTIONS {
            return Err(RewardsError::BadActions);
        }
        actions.iter().try_for_each(Action::validate)?;
        if port.transferred() != governance.proposal_deposit {
            return Err(RewardsError::WrongDeposit);
        }
        let questions = vec![Question::Approve];
        validate_questions(&title, &questions, MIN_OPTIONS)?;
        let seats = port.seat_snapshot()?;
        let draft = PollDraft {
            kind: PollKind::Proposal,
            title,
            questions,
            delay: governance.voting_delay,
            duration: governance.voting_period,
            seats,
        };
        let deposits = self
            .deposits
            .checked_add(governance.proposal_deposit)
            .ok_or(RewardsError::Overflow)?;
        let id = self.open_poll(port, caller, draft)?;
        self.deposits = deposits;
        let critical = actions.iter().any(Action::is_critical);
        let (approval_bps, timelock) = governance.thresholds(critical);
        port.emit(ProposalCreated {
            id,
            proposer: caller,
            actions: u32::try_from(actions.len()).unwrap_or(u32::MAX),
            critical,
        });
        self.proposals.insert(
            id,
            &Proposal {
                proposer: caller,
                actions,
                deposit: governance.proposal_deposit,
                critical,
                approval_bps,
                timelock,
                grace_period: governance.grace_period,
                eta: None,
                closed: None,
                deposit_status: DepositStatus::Held,
            },
        );
        Ok(id)
    }

    /// The proposer cancels proposal `id` before voting starts; its deposit is returned
    /// and its poll ends now, so anyone may finalize it and return its budget.
    pub fn cancel(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<()> {
        let (mut proposal, state) = self.proposal_at(id, port.block())?;
        if port.caller() != proposal.proposer {
            return Err(RewardsError::NotProposer);
        }
        if state != ProposalState::Pending {
            return Err(RewardsError::WrongProposalState);
        }
        let mut poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        // An empty voting window: nobody votes, anyone may finalize it now.
        poll.start = port.block();
        poll.end = port.block();
        proposal.closed = Some(ProposalState::Canceled);
        proposal.deposit_status = DepositStatus::Returned;
        self.deposits = self.deposits.saturating_sub(proposal.deposit);
        self.polls.insert(id, &poll);
        self.proposals.insert(id, &proposal);
        port.emit(ProposalStateChanged {
            id,
            state: ProposalState::Canceled,
            eta: None,
        });
        port.emit(DepositSettled {
            id,
            returned: true,
            amount: proposal.deposit,
        });
        port.pay(proposal.proposer, proposal.deposit)
    }

    /// Anyone queues a Succeeded proposal `id`: it becomes executable after its
    /// timelock (the critical one for a critical action), until its grace period ends.
    /// Returns the first block it may be executed in.
    pub fn queue(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<BlockNumber> {
        let block = port.block();
        let mut proposal = self.proposal_in(id, block, ProposalState::Succeeded)?;
        let eta = block
            .checked_add(proposal.timelock)
            .ok_or(RewardsError::Overflow)?;
        proposal.eta = Some(eta);
        self.proposals.insert(id, &proposal);
        port.emit(ProposalStateChanged {
            id,
            state: ProposalState::Queued,
            eta: Some(eta),
        });
        Ok(eta)
    }

    /// The guardian vetoes queued proposal `id` before its timelock ends; its deposit
    /// is forfeited when settled.
    pub fn veto(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<()> {
        self.ensure_guardian(port)?;
        let block = port.block();
        let mut proposal = self.proposal_in(id, block, ProposalState::Queued)?;
        if proposal.eta.is_some_and(|eta| block >= eta) {
            return Err(RewardsError::WrongProposalState);
        }
        proposal.closed = Some(ProposalState::Vetoed);
        self.proposals.insert(id, &proposal);
        port.emit(ProposalStateChanged {
            id,
            state: ProposalState::Vetoed,
            eta: proposal.eta,
        });
        Ok(())
    }

    /// The guardian gives up the veto for good.
    pub fn renounce_guardian(&mut self, port: &mut impl RewardsPort) -> Result<()> {
        self.ensure_guardian(port)?;
        self.guardian = None;
        port.emit(GuardianChanged { guardian: None });
        Ok(())
    }

    /// Anyone but the guardian executes queued proposal `id` once its timelock has
    /// ended and before it expires: every action, in order, all or nothing. The rewards contract's own
    /// actions are checked first and applied last; the calls on the registry and the
    /// society run in order between, and the first refused one fails the whole
    /// execution with `ActionFailed(index)` (the chain undoes every call before it), so
    /// the proposal stays queued until it expires.
    pub fn execute(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<()> {
        self.ensure_not_guardian(port.caller())?;
        let block = port.block();
        let mut proposal = self.proposal_in(id, block, ProposalState::Queued)?;
        if proposal.eta.is_some_and(|eta| block < eta) {
            return Err(RewardsError::TimelockNotOver);
        }
        self.check_own_actions(port, &proposal.actions)?;
        for (index, action) in proposal.actions.iter().enumerate() {
            if action.is_own() {
                continue;
            }
            if !port.govern(action) {
                return Err(RewardsError::ActionFailed(
                    u8::try_from(index).unwrap_or(u8::MAX),
                ));
            }
            match action {
                Action::RevokeSeat(seat, reason) => port.emit(SeatRevocationExecuted {
                    seat: seat.clone(),
                    reason: *reason,
                }),
                Action::SetCode(Contract::Rewards, code_hash) => port.emit(CodeUpgraded {
                    code_hash: *code_hash,
                }),
                _ => {}
            }
        }
        proposal.closed = Some(ProposalState::Executed);
        self.proposals.insert(id, &proposal);
        for action in proposal.actions.iter().filter(|action| action.is_own()) {
            self.apply_own(port, action)?;
        }
        port.emit(ProposalStateChanged {
            id,
            state: ProposalState::Executed,
            eta: proposal.eta,
        });
        Ok(())
    }

    /// Checks, writing nothing, that the rewards contract's own `actions` (and the D
    /// seat grants, which need a recorded contribution) will apply: spending within the
    /// pool, parameters in range, something to sweep, the operator role there to hand
    /// on or take.
    fn check_own_actions(&self, port: &impl RewardsPort, actions: &[Action]) -> Result<()> {
        let own = port.own_account();
        let mut spending: Balance = 0;
        let mut recorded = Vec::new();
        for action in actions {
            match action {
                Action::Spend(_, amount, _) => {
                    spending = spending
                        .checked_add(*amount)
                        .ok_or(RewardsError::Overflow)?;
                    if spending > self.pool {
                        return Err(RewardsError::InsufficientPool);
                    }
                }
                Action::RecordContribution(account, _, weight, _) => {
                    self.contribution(*account)
                        .recorded_weight
                        .checked_add(*weight)
                        .ok_or(RewardsError::Overflow)?;
                    recorded.push(*account);
                }
                Action::GrantSeat(account) => {
                    let contributed = self.contribution(*account).recorded_weight > 0
                        || recorded.contains(account);
                    if !contributed {
                        return Err(RewardsError::NoContribution);
                    }
                }
                Action::SetRewardsParameters(parameters) => parameters.validate()?,
                Action::SetGovernanceParameters(parameters) => parameters.validate()?,
                Action::Sweep(Contract::Rewards, _) => {
                    if port.balance() <= self.liabilities() {
                        return Err(RewardsError::NothingToSweep);
                    }
                }
                Action::TransferOperator(Contract::Rewards, _) => {
                    self.role
                        .ensure(own)
                        .map_err(|_| RewardsError::NotAuthorized)?;
                }
                Action::AcceptOperator(Contract::Rewards) => {
                    if self.role.pending != Some(own) {
                        return Err(RewardsError::NoPendingOperator);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Applies one of the rewards contract's own actions, already checked.
    fn apply_own(&mut self, port: &mut impl RewardsPort, action: &Action) -> Result<()> {
        let own = port.own_account();
        match action {
            Action::Spend(to, amount, evidence) => {
                self.pool = self.pool.saturating_sub(*amount);
                port.emit(Spent {
                    to: *to,
                    amount: *amount,
                    evidence: *evidence,
                });
                port.pay(*to, *amount)?;
            }
            Action::RecordContribution(account, kind, weight, evidence) => {
                self.record(*account, port.block(), |record| {
                    record.recorded = record.recorded.saturating_add(1);
                    record.recorded_weight = record.recorded_weight.saturating_add(*weight);
                });
                port.emit(ContributionRecorded {
                    account: *account,
                    kind: *kind,
                    weight: *weight,
                    evidence: *evidence,
                });
            }
            Action::SetRewardsParameters(parameters) => {
                self.parameters = *parameters;
                port.emit(ParametersChanged {
                    parameters: *parameters,
                });
            }
            Action::SetGovernanceParameters(parameters) => {
                self.governance = *parameters;
                port.emit(GovernanceParametersChanged {
                    parameters: *parameters,
                });
            }
            Action::SetGuardian(guardian) => {
                self.guardian = *guardian;
                port.emit(GuardianChanged {
                    guardian: *guardian,
                });
            }
            Action::Sweep(Contract::Rewards, to) => {
                let amount = port.balance().saturating_sub(self.liabilities());
                port.emit(Swept { to: *to, amount });
                port.pay(*to, amount)?;
            }
            Action::TransferOperator(Contract::Rewards, to) => {
                let started = self
                    .role
                    .offer(own, *to)
                    .map_err(|_| RewardsError::NotAuthorized)?;
                port.emit(started);
            }
            Action::AcceptOperator(Contract::Rewards) => {
                let changed = self
                    .role
                    .accept(own)
                    .map_err(|_| RewardsError::NoPendingOperator)?;
                port.emit(changed);
            }
            _ => {}
        }
        Ok(())
    }

    /// Anyone settles the deposit of decided proposal `id` (Defeated, Executed, Expired
    /// or Vetoed): it returns to the proposer if the proposal met its quorum and was not
    /// vetoed, else it goes to the pool. Returns what the proposer got back.
    pub fn settle_deposit(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<Balance> {
        let (mut proposal, state) = self.proposal_at(id, port.block())?;
        let decided = matches!(
            state,
            ProposalState::Defeated
                | ProposalState::Executed
                | ProposalState::Expired
                | ProposalState::Vetoed
        );
        if !decided || proposal.deposit_status != DepositStatus::Held {
            return Err(RewardsError::WrongProposalState);
        }
        let quorum_met = self
            .polls
            .get(id)
            .and_then(|poll| poll.outcome)
            .is_some_and(|outcome| outcome.quorum_met);
        let returned = quorum_met && state != ProposalState::Vetoed;
        self.deposits = self.deposits.saturating_sub(proposal.deposit);
        if returned {
            proposal.deposit_status = DepositStatus::Returned;
        } else {
            proposal.deposit_status = DepositStatus::Forfeited;
            self.add_to_pool(proposal.deposit)?;
        }
        self.proposals.insert(id, &proposal);
        port.emit(DepositSettled {
            id,
            returned,
            amount: proposal.deposit,
        });
        if returned {
            port.pay(proposal.proposer, proposal.deposit)?;
            return Ok(proposal.deposit);
        }
        Ok(0)
    }

    /// Fails with `NotGuardian` unless the caller is the guardian.
    fn ensure_guardian(&self, port: &impl RewardsPort) -> Result<()> {
        if self.guardian == Some(port.caller()) {
            Ok(())
        } else {
            Err(RewardsError::NotGuardian)
        }
    }

    /// Fails with `GuardianOnlyVetoes` if `caller` is the guardian.
    fn ensure_not_guardian(&self, caller: ink::primitives::AccountId) -> Result<()> {
        if self.guardian == Some(caller) {
            Err(RewardsError::GuardianOnlyVetoes)
        } else {
            Ok(())
        }
    }

    /// The proposal `id`.
    pub fn proposal(&self, id: PollId) -> Option<Proposal> {
        self.proposals.get(id)
    }

    /// The state of proposal `id` at `block`.
    pub fn proposal_state(&self, id: PollId, block: BlockNumber) -> Result<ProposalState> {
        self.proposal_at(id, block).map(|(_, state)| state)
    }

    /// Proposal `id` and its state at `block`.
    fn proposal_at(&self, id: PollId, block: BlockNumber) -> Result<(Proposal, ProposalState)> {
        let proposal = self
            .proposals
            .get(id)
            .ok_or(RewardsError::UnknownProposal)?;
        let poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        let approvals = self.tallies.get((id, 0, 0)).unwrap_or(0);
        let passed = passes(&poll, approvals, proposal.approval_bps);
        let state = state_at(&proposal, &poll, passed, block);
        Ok((proposal, state))
    }

    /// Proposal `id`, if it is `wanted` at `block`; else `WrongProposalState`.
    fn proposal_in(
        &self,
        id: PollId,
        block: BlockNumber,
        wanted: ProposalState,
    ) -> Result<Proposal> {
        match self.proposal_at(id, block)? {
            (proposal, state) if state == wanted => Ok(proposal),
            _ => Err(RewardsError::WrongProposalState),
        }
    }
}

#[cfg(test)]
mod tests {
    use ink::{
        prelude::{string::String, vec},
        primitives::{AccountId, Hash},
    };
    use interfaces::Id;

    use super::*;
    use crate::storage::{Contract, Outcome, PollKind, Question};

    use crate::world::governance as parameters;

    /// A proposal's poll from block 10 to 20 in which `voting` of 10 seats voted;
    /// finalized with or without the quorum when `quorum` is given.
    fn poll(voting: u32, quorum: Option<bool>) -> Poll {
        Poll {
            kind: PollKind::General,
            creator: AccountId::from([1; 32]),
            title: String::from("proposal"),
            questions: vec![Question::Approve],
            start: 10,
            end: 20,
            budget: 0,
            eligible_seats: 10,
            quorum_bps: 1_000,
            seat_ceiling: 100,
            participating_seats: voting,
            outcome: quorum.map(|quorum_met| Outcome {
                winners: vec![0],
                quorum_met,
                reward_per_seat: 0,
                returned: 0,
            }),
        }
    }

    fn proposal(actions: Vec<Action>) -> Proposal {
        let critical = actions.iter().any(Action::is_critical);
        let (approval_bps, timelock) = parameters().thresholds(critical);
        Proposal {
            proposer: AccountId::from([1; 32]),
            actions,
            deposit: parameters().proposal_deposit,
            critical,
            approval_bps,
            timelock,
            grace_period: parameters().grace_period,
            eta: None,
            closed: None,
            deposit_status: DepositStatus::Held,
        }
    }

    #[test]
    fn parameters_out_of_range_are_refused() {
        assert_eq!(parameters().validate(), Ok(()));
        let bad = [
            GovernanceParameters {
                proposal_seats: 0,
                ..parameters()
            },
            GovernanceParameters {
                approval_bps: 4_999,
                ..parameters()
            },
            GovernanceParameters {
                approval_bps: 10_000,
                critical_approval_bps: 10_000,
                ..parameters()
            },
            GovernanceParameters {
                critical_approval_bps: 4_999,
                ..parameters()
            },
            GovernanceParameters {
                voting_period: 0,
                ..parameters()
            },
            GovernanceParameters {
                timelock: 0,
                ..parameters()
            },
            GovernanceParameters {
                critical_timelock: 4,
                ..parameters()
            },
            GovernanceParameters {
                grace_period: 0,
                ..parameters()
            },
        ];
        for candidate in bad {
            assert_eq!(
                candidate.validate(),
                Err(RewardsError::BadParameter),
                "{candidate:?}"
            );
        }
    }

    #[test]
    fn code_and_revocations_are_critical_and_nothing_else() {
        let hash = Hash::from([7; 32]);
        assert!(Action::SetCode(Contract::Registry, hash).is_critical());
        assert!(Action::RevokeSeat(Id::U64(3), hash).is_critical());
        assert!(!Action::SetSalesPaused(true).is_critical());
        assert!(!Action::GrantSeat(AccountId::from([2; 32])).is_critical());
        assert_eq!(parameters().thresholds(true), (6_667, 20));
        assert_eq!(parameters().thresholds(false), (5_000, 5));
    }

    #[test]
    fn a_simple_majority_is_more_than_half_and_needs_the_quorum() {
        // Four seats voted: three approvals pass, two (a tie) do not.
        assert!(passes(&poll(4, Some(true)), 3, 5_000));
        assert!(!passes(&poll(4, Some(true)), 2, 5_000));
        // Without the quorum even unanimity fails; so does an unfinalized poll.
        assert!(!passes(&poll(4, Some(false)), 4, 5_000));
        assert!(!passes(&poll(4, None), 4, 5_000));
        // The supermajority: 2 of 3 is 6,666 bps, below 6,667.
        assert!(!passes(&poll(3, Some(true)), 2, 6_667));
        assert!(passes(&poll(3, Some(true)), 3, 6_667));
    }

    #[test]
    fn the_state_follows_the_blocks_and_the_calls() {
        let open = proposal(vec![Action::SetSalesPaused(true)]);
        assert_eq!(
            state_at(&open, &poll(0, None), false, 9),
            ProposalState::Pending
        );
        assert_eq!(
            state_at(&open, &poll(0, None), false, 10),
            ProposalState::Active
        );
        assert_eq!(
            state_at(&open, &poll(0, None), false, 25),
            ProposalState::Active
        );
        assert_eq!(
            state_at(&open, &poll(4, Some(true)), true, 25),
            ProposalState::Succeeded
        );
        assert_eq!(
            state_at(&open, &poll(4, Some(true)), false, 25),
            ProposalState::Defeated
        );
        let queued = Proposal {
            eta: Some(30),
            ..open.clone()
        };
        let finished = poll(4, Some(true));
        assert_eq!(
            state_at(&queued, &finished, true, 29),
            ProposalState::Queued
        );
        assert_eq!(
            state_at(&queued, &finished, true, 59),
            ProposalState::Queued
        );
        assert_eq!(
            state_at(&queued, &finished, true, 60),
            ProposalState::Expired
        );
        for closed in [
            ProposalState::Canceled,
            ProposalState::Executed,
            ProposalState::Vetoed,
        ] {
            let done = Proposal {
                closed: Some(closed),
                ..queued.clone()
            };
            assert_eq!(state_at(&done, &finished, true, 1_000), closed);
        }
    }
}
