//! Unit tests of governance in the fake [`World`] (seat 1 → Bob, 2-4 → Charlie, 5 →
//! Django; a quorum of half the seats): every state a proposal reaches and every
//! refusal on the way, every action kind executed once and read back decoded, and the
//! attacks: spam, double execution, execution before the timelock, seats issued after
//! opening, a failing action half-way, a guardian that renounced.

use ink::primitives::{AccountId, Hash};
use interfaces::{
    society::{Judgement, SocietyParameters},
    testing::accounts,
    Balance, Id, ListingDecision, ListingTerms, PollId, RevenueSplit, RewardsError,
};

use crate::{
    events::{ContributionRecorded, GuardianChanged, SeatRevocationExecuted, Spent},
    storage::{
        Action, Contract, ContributionKind, GovernanceParameters, PollKind, ProposalState,
        Recommendation, RecommendationKind,
    },
    tests::{deposit, world, PARAMETERS},
    world::{acc, governance, World, GUARDIAN, REWARDS},
};

/// Charlie (three seats) proposes to pause sales, paying the deposit.
fn propose_pause(world: &mut World) -> PollId {
    let deposit = governance().proposal_deposit;
    world
        .call(accounts().charlie, deposit, |s, c| {
            s.propose(c, "Pause sales".into(), vec![Action::SetSalesPaused(true)])
        })
        .expect("propose")
}

#[ink::test]
fn a_proposal_needs_a_seat_one_to_eight_actions_and_the_exact_deposit() {
    let mut world = world();
    let a = accounts();
    let deposit = governance().proposal_deposit;
    let pause = || vec![Action::SetSalesPaused(true)];
    assert_eq!(
        world.call(a.eve, deposit, |s, c| s.propose(c, "x".into(), pause())),
        Err(RewardsError::TooFewSeats),
        "Eve holds no seat"
    );
    assert_eq!(
        world.call(a.bob, deposit, |s, c| s.propose(c, "x".into(), vec![])),
        Err(RewardsError::BadActions)
    );
    assert_eq!(
        world.call(a.bob, deposit, |s, c| s.propose(
            c,
            "x".into(),
            vec![Action::SetSalesPaused(true); 9]
        )),
        Err(RewardsError::BadActions)
    );
    for paid in [0, deposit - 1, deposit + 1] {
        assert_eq!(
            world.call(a.bob, paid, |s, c| s.propose(c, "x".into(), pause())),
            Err(RewardsError::WrongDeposit),
            "paid {paid}"
        );
    }
    let id = propose_pause(&mut world);
    let poll = world.state.poll(id).expect("its poll");
    assert_eq!(poll.kind, PollKind::Proposal);
    assert_eq!(
        (poll.start, poll.end),
        (2, 12),
        "voting waits for the delay"
    );
    assert_eq!(
        world.state.proposal_state(id, 1),
        Ok(ProposalState::Pending)
    );
    assert_eq!(world.state.proposal_state(id, 2), Ok(ProposalState::Active));
    // The deposit is held, never swept.
    assert_eq!(world.state.liabilities(), deposit);
    assert_eq!(
        world.call(a.alice, 0, |s, c| s.sweep(c, a.alice)),
        Err(RewardsError::NothingToSweep)
    );
}

#[ink::test]
fn nobody_votes_before_the_delay_and_only_the_proposer_cancels_before_voting() {
    let mut world = world();
    let a = accounts();
    let id = propose_pause(&mut world);
    assert_eq!(
        world.call(a.bob, 0, |s, c| s.vote(c, id, vec![Id::U64(1)], vec![0])),
        Err(RewardsError::PollNotOpen),
        "voting starts after the delay"
    );
    assert_eq!(
        world.call(a.bob, 0, |s, c| s.cancel(c, id)),
        Err(RewardsError::NotProposer)
    );
    world.at(2);
    assert_eq!(
        world.call(a.charlie, 0, |s, c| s.cancel(c, id)),
        Err(RewardsError::WrongProposalState),
        "too late once voting started"
    );
}

#[ink::test]
fn a_cancelled_proposal_returns_its_deposit_and_its_poll_ends() {
    let mut world = world();
    let a = accounts();
    let id = propose_pause(&mut world);
    world
        .call(a.charlie, 0, |s, c| s.cancel(c, id))
        .expect("cancel");
    assert_eq!(
        world.state.proposal_state(id, 0),
        Ok(ProposalState::Canceled)
    );
    assert_eq!(world.received(a.charlie), governance().proposal_deposit);
    assert_eq!(world.state.liabilities(), 0);
    // Its poll ended: anyone finalizes it, and nobody votes in it.
    world
        .call(a.eve, 0, |s, c| s.finalize(c, id))
        .expect("finalize");
    assert_eq!(
        world.call(a.charlie, 0, |s, c| s.cancel(c, id)),
        Err(RewardsError::WrongProposalState),
        "cancelled once"
    );
}

#[ink::test]
fn a_proposal_passes_with_the_quorum_and_more_than_half_of_the_voting_seats() {
    let mut world = world();
    let a = accounts();
    let id = propose_pause(&mut world);
    world.at(2);
    world
        .call(a.charlie, 0, |s, c| {
            s.vote(c, id, vec![Id::U64(2), Id::U64(3)], vec![0])
        })
        .expect("approve");
    world
        .call(a.bob, 0, |s, c| s.vote(c, id, vec![Id::U64(1)], vec![1]))
        .expect("reject");
    world.at(12);
    assert_eq!(
        world.state.proposal_state(id, 12),
        Ok(ProposalState::Active),
        "not counted yet"
    );
    world
        .call(a.eve, 0, |s, c| s.finalize(c, id))
        .expect("finalize");
    assert_eq!(
        world.state.proposal_state(id, 12),
        Ok(ProposalState::Succeeded)
    );
}

/// A proposal to pause sales that Charlie's two seats approve and Bob's one rejects,
/// finalized at block 12.
fn passed_proposal(world: &mut World) -> PollId {
    let a = accounts();
    let id = propose_pause(world);
    world.at(2);
    world
        .call(a.charlie, 0, |s, c| {
            s.vote(c, id, vec![Id::U64(2), Id::U64(3)], vec![0])
        })
        .expect("approve");
    world
        .call(a.bob, 0, |s, c| s.vote(c, id, vec![Id::U64(1)], vec![1]))
        .expect("reject");
    world.at(12);
    world
        .call(a.eve, 0, |s, c| s.finalize(c, id))
        .expect("finalize");
    id
}

#[ink::test]
fn a_queued_proposal_waits_for_its_timelock_and_expires_after_its_grace() {
    let mut world = world();
    let a = accounts();
    let id = passed_proposal(&mut world);
    assert_eq!(world.call(a.eve, 0, |s, c| s.queue(c, id)), Ok(17));
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.queue(c, id)),
        Err(RewardsError::WrongProposalState),
        "queued once"
    );
    assert_eq!(
        world.state.proposal_state(id, 46),
        Ok(ProposalState::Queued)
    );
    assert_eq!(
        world.state.proposal_state(id, 47),
        Ok(ProposalState::Expired)
    );
    world.at(47);
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.settle_deposit(c, id)),
        Ok(governance().proposal_deposit),
        "met its quorum: the deposit returns"
    );
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.settle_deposit(c, id)),
        Err(RewardsError::WrongProposalState),
        "settled once"
    );
}

#[ink::test]
fn the_guardian_vetoes_a_queued_proposal_until_it_renounces() {
    let mut world = world();
    let a = accounts();
    let guardian = acc(GUARDIAN);
    let id = passed_proposal(&mut world);
    assert_eq!(
        world.call(guardian, 0, |s, c| s.veto(c, id)),
        Err(RewardsError::WrongProposalState),
        "only a queued proposal"
    );
    world.call(a.eve, 0, |s, c| s.queue(c, id)).expect("queue");
    for outsider in [a.alice, a.charlie, a.eve] {
        assert_eq!(
            world.call(outsider, 0, |s, c| s.veto(c, id)),
            Err(RewardsError::NotGuardian)
        );
    }
    world.call(guardian, 0, |s, c| s.veto(c, id)).expect("veto");
    assert_eq!(
        world.state.proposal_state(id, 100),
        Ok(ProposalState::Vetoed)
    );
    let pool = world.state.pool();
    assert_eq!(world.call(a.eve, 0, |s, c| s.settle_deposit(c, id)), Ok(0));
    assert_eq!(
        world.state.pool(),
        pool + governance().proposal_deposit,
        "a vetoed proposal's deposit goes to the pool"
    );
    world
        .call(guardian, 0, |s, c| s.renounce_guardian(c))
        .expect("renounce");
    assert_eq!(
        world.call(guardian, 0, |s, c| s.renounce_guardian(c)),
        Err(RewardsError::NotGuardian),
        "renounced for good"
    );
}

#[ink::test]
fn a_proposal_without_the_quorum_is_defeated_and_forfeits_its_deposit() {
    let mut world = world();
    let a = accounts();
    let id = propose_pause(&mut world);
    world.at(2);
    world
        .call(a.bob, 0, |s, c| s.vote(c, id, vec![Id::U64(1)], vec![0]))
        .expect("one seat of five");
    world.at(12);
    world
        .call(a.eve, 0, |s, c| s.finalize(c, id))
        .expect("finalize");
    assert_eq!(
        world.state.proposal_state(id, 12),
        Ok(ProposalState::Defeated)
    );
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.queue(c, id)),
        Err(RewardsError::WrongProposalState)
    );
    let pool = world.state.pool();
    assert_eq!(world.call(a.eve, 0, |s, c| s.settle_deposit(c, id)), Ok(0));
    assert_eq!(world.state.pool(), pool + governance().proposal_deposit);
    assert_eq!(world.received(a.charlie), 0);
}

/// The hash `n` stands for in these tests (reasons, evidence, code).
fn hash(n: u8) -> Hash {
    Hash::from([n; 32])
}

/// Charlie proposes `actions`, every seat approves, and the proposal is finalized and
/// queued; returns its id and the first block it may be executed in.
fn queued(world: &mut World, actions: Vec<Action>) -> (PollId, u32) {
    let a = accounts();
    let start = world.chain.context.block;
    let deposit = world.state.governance.proposal_deposit;
    let id = world
        .call(a.charlie, deposit, |s, c| {
            s.propose(c, "Enact".into(), actions.clone())
        })
        .expect("propose");
    assert_eq!(
        world.state.proposal(id).map(|p| p.actions),
        Some(actions),
        "the proposal reads back decoded before anyone votes"
    );
    world.at(start + 2);
    let ballots = [
        (a.charlie, vec![Id::U64(2), Id::U64(3), Id::U64(4)]),
        (a.bob, vec![Id::U64(1)]),
        (a.django, vec![Id::U64(5)]),
    ];
    for (voter, seats) in ballots {
        world
            .call(voter, 0, |s, c| s.vote(c, id, seats, vec![0]))
            .expect("approve");
    }
    world.at(start + 12);
    world
        .call(a.eve, 0, |s, c| s.finalize(c, id))
        .expect("finalize");
    let eta = world.call(a.eve, 0, |s, c| s.queue(c, id)).expect("queue");
    (id, eta)
}

/// Passes and executes `actions` (as Eve, anyone); returns the proposal's id.
fn enact(world: &mut World, actions: Vec<Action>) -> PollId {
    let (id, eta) = queued(world, actions);
    world.at(eta);
    world
        .call(accounts().eve, 0, |s, c| s.execute(c, id))
        .expect("execute");
    assert_eq!(
        world.state.proposal_state(id, eta),
        Ok(ProposalState::Executed)
    );
    id
}

/// An SSS series proposal by `creator`, as governance proposes one without a poll.
fn sss_series(creator: AccountId) -> interfaces::SeriesProposal {
    interfaces::SeriesProposal {
        spec: interfaces::SeriesSpec {
            creator,
            tier: interfaces::Tier::SSS,
            kind: interfaces::SaleKind::Giveaway,
            items: 1,
            special: false,
            sale_duration_ms: 1_000,
            provenance: interfaces::Provenance {
                content_hash: hash(9),
                licence: "CC-BY-4.0".into(),
                ip_holder: creator,
            },
        },
        options: interfaces::ListingOptions {
            prices: vec![0],
            quantities: vec![10],
            start_times: vec![0],
            contents: vec!["ipfs://sss".into()],
        },
    }
}

#[ink::test]
fn every_action_kind_executes_once_in_order_and_reads_back_decoded() {
    let mut world = world();
    let a = accounts();
    deposit(&mut world, 100_000);
    // The operator offers the rewards contract's role to governance (itself).
    world
        .call(acc(1), 0, |s, c| s.transfer_operator(c, acc(REWARDS)))
        .expect("offer");
    // A direct transfer nobody is owed, for the sweep.
    world.chain.balance += 70;
    let next_guardian = acc(0x77);
    let successor = acc(0x78);
    let recommendation = Recommendation {
        kind: RecommendationKind::AiProgram,
        account: a.frank,
        description: hash(3),
    };
    let split = RevenueSplit {
        creator_bps: 7_000,
        rewards_bps: 2_000,
        society_bps: 1_000,
        operator_bps: 0,
    };
    let rewards_parameters = crate::storage::RewardsParameters {
        max_open_polls: 5,
        ..PARAMETERS
    };
    let governance_parameters = GovernanceParameters {
        grace_period: 40,
        ..governance()
    };
    let proposals = [
        vec![
            Action::RegisterCreator(a.eve, true),
            Action::Recommend(recommendation),
            Action::RecordContribution(a.frank, ContributionKind::Development, 5, hash(4)),
            Action::GrantSeat(a.frank),
            Action::OpenIssuanceRound(10),
            Action::SetSeatsPerAccount(2),
            Action::SetRevenueSplit(split),
            Action::SetSalesPaused(true),
        ],
        vec![
            Action::ProposeSeries(sss_series(acc(REWARDS))),
            Action::DecideListing(
                0,
                ListingDecision::List(ListingTerms {
                    price: 0,
                    editions: 10,
                    sale_start: 0,
                    content_uri: "ipfs://sss".into(),
                }),
            ),
            Action::Airdrop(0, 0, a.eve),
            Action::CloseSeries(0),
            Action::Found(a.bob, 10, "be kind".into()),
            Action::SetSocietyParameters(SocietyParameters::defaults()),
            Action::SetMaxMembers(30),
        ],
        vec![
            Action::SetJudge(acc(REWARDS)),
            Action::JudgeMember(a.django, false),
            Action::JudgeCandidate(a.eve, Judgement::Reject),
            Action::Spend(a.eve, 100, hash(5)),
            Action::SetRewardsParameters(rewards_parameters),
            Action::SetGuardian(Some(next_guardian)),
            Action::Sweep(Contract::Registry, a.alice),
            Action::Sweep(Contract::Rewards, a.alice),
        ],
        vec![
            Action::AcceptOperator(Contract::Registry),
            Action::AcceptOperator(Contract::Society),
            Action::AcceptOperator(Contract::Rewards),
        ],
        vec![
            Action::RevokeSeat(Id::U64(5), hash(6)),
            Action::TransferOperator(Contract::Registry, successor),
            Action::TransferOperator(Contract::Society, successor),
            Action::TransferOperator(Contract::Rewards, successor),
            Action::SetCode(Contract::Registry, hash(7)),
            Action::SetCode(Contract::Society, hash(7)),
            Action::SetCode(Contract::Rewards, hash(7)),
            Action::SetGovernanceParameters(governance_parameters),
        ],
    ];
    let mut external = Vec::new();
    for actions in proposals {
        // Fresh revenue: the first proposals' budgets took the period's allocation.
        deposit(&mut world, 1_000);
        external.extend(actions.iter().filter(|a| !a.is_own()).cloned());
        let critical = actions.iter().any(Action::is_critical);
        let id = enact(&mut world, actions);
        let proposal = world.state.proposal(id).expect("kept");
        assert_eq!(proposal.critical, critical);
        assert_eq!(
            (proposal.approval_bps, proposal.timelock),
            governance().thresholds(critical)
        );
    }
    // The registry and the society carried out every call, once, in order.
    assert_eq!(world.chain.governed, external);
    assert!(world
        .chain
        .events
        .of::<SeatRevocationExecuted>()
        .iter()
        .any(|e| e.seat == Id::U64(5) && e.reason == hash(6)));
    // The rewards contract's own actions took effect.
    let record = world.state.contribution(a.frank);
    assert_eq!((record.recorded, record.recorded_weight), (1, 5));
    assert_eq!(world.received(a.eve), 100, "the spending");
    assert_eq!(world.received(a.alice), 70, "the sweep");
    assert_eq!(world.state.parameters, rewards_parameters);
    assert_eq!(world.state.guardian, Some(next_guardian));
    assert_eq!(world.state.governance, governance_parameters);
    assert_eq!(world.state.role.operator, acc(REWARDS));
    assert_eq!(world.state.role.pending, Some(successor));
}

#[ink::test]
fn execution_waits_for_the_timelock_happens_once_and_not_after_expiry() {
    let mut world = world();
    let a = accounts();
    let (id, eta) = queued(&mut world, vec![Action::SetSalesPaused(true)]);
    world.at(eta - 1);
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.execute(c, id)),
        Err(RewardsError::TimelockNotOver)
    );
    world.at(eta);
    world
        .call(a.eve, 0, |s, c| s.execute(c, id))
        .expect("execute");
    for attempt in [eta, eta + 1, eta + 100] {
        world.at(attempt);
        assert_eq!(
            world.call(a.charlie, 0, |s, c| s.execute(c, id)),
            Err(RewardsError::WrongProposalState),
            "executed once"
        );
    }
    assert_eq!(world.chain.governed, vec![Action::SetSalesPaused(true)]);
    // Another proposal left queued past its grace period expires unexecuted.
    let (late, eta) = queued(&mut world, vec![Action::SetSalesPaused(false)]);
    world.at(eta + governance().grace_period);
    assert_eq!(
        world
            .state
            .proposal_state(late, eta + governance().grace_period),
        Ok(ProposalState::Expired)
    );
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.execute(c, late)),
        Err(RewardsError::WrongProposalState)
    );
    assert_eq!(world.chain.governed.len(), 1);
}

#[ink::test]
fn nothing_but_a_queued_proposal_executes() {
    let mut world = world();
    let a = accounts();
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.execute(c, 0)),
        Err(RewardsError::UnknownProposal)
    );
    let id = propose_pause(&mut world);
    for block in [0, 2, 12] {
        world.at(block);
        assert_eq!(
            world.call(a.eve, 0, |s, c| s.execute(c, id)),
            Err(RewardsError::WrongProposalState),
            "pending, active, then succeeded but not queued"
        );
    }
}

#[ink::test]
fn a_failing_action_undoes_the_whole_execution_and_the_proposal_stays_queued() {
    let mut world = world();
    let a = accounts();
    deposit(&mut world, 10_000);
    let actions = vec![
        Action::Spend(a.eve, 100, hash(1)),
        Action::SetSalesPaused(true),
        Action::CloseSeries(3),
        Action::SetGuardian(None),
    ];
    let (id, eta) = queued(&mut world, actions.clone());
    world.at(eta);
    world.chain.refused = Some(Action::CloseSeries(3));
    let pool = world.state.pool();
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.execute(c, id)),
        Err(RewardsError::ActionFailed(2))
    );
    assert!(world.chain.governed.is_empty(), "the pause was undone");
    assert_eq!(world.received(a.eve), 0, "nothing was spent");
    assert_eq!(world.state.pool(), pool);
    assert_eq!(world.state.guardian, Some(acc(GUARDIAN)));
    assert_eq!(
        world.state.proposal_state(id, eta),
        Ok(ProposalState::Queued)
    );
    // Once the registry accepts, anyone executes it before it expires.
    world.chain.refused = None;
    world.at(eta + 1);
    world
        .call(a.eve, 0, |s, c| s.execute(c, id))
        .expect("execute");
    assert_eq!(
        world.chain.governed,
        vec![Action::SetSalesPaused(true), Action::CloseSeries(3)]
    );
    assert_eq!(world.received(a.eve), 100);
    assert!(world
        .chain
        .events
        .of::<Spent>()
        .iter()
        .any(|e| e.to == a.eve && e.evidence == hash(1)));
    assert_eq!(world.state.guardian, None);
    assert!(world
        .chain
        .events
        .of::<GuardianChanged>()
        .iter()
        .any(|e| e.guardian.is_none()));
}

#[ink::test]
fn the_contracts_own_actions_are_checked_before_anything_runs() {
    let mut world = world();
    let a = accounts();
    deposit(&mut world, 1_000);
    let refusals = [
        (
            vec![
                Action::SetSalesPaused(true),
                Action::Spend(a.eve, 300, hash(1)),
                Action::Spend(a.eve, 10_000, hash(1)),
            ],
            RewardsError::InsufficientPool,
        ),
        (
            vec![Action::SetSalesPaused(true), Action::GrantSeat(a.frank)],
            RewardsError::NoContribution,
        ),
        (
            vec![Action::AcceptOperator(Contract::Rewards)],
            RewardsError::NoPendingOperator,
        ),
        (
            vec![Action::TransferOperator(Contract::Rewards, a.eve)],
            RewardsError::NotAuthorized,
        ),
        (
            vec![Action::Sweep(Contract::Rewards, a.eve)],
            RewardsError::NothingToSweep,
        ),
    ];
    for (actions, error) in refusals {
        let (id, eta) = queued(&mut world, actions);
        world.at(eta + 20);
        assert_eq!(
            world.call(a.eve, 0, |s, c| s.execute(c, id)),
            Err(error.clone())
        );
        assert!(world.chain.governed.is_empty(), "{error:?}: nothing ran");
        assert_eq!(world.received(a.eve), 0);
    }
}

#[ink::test]
fn actions_that_could_never_run_are_refused_when_proposed() {
    let mut world = world();
    let a = accounts();
    let deposit = governance().proposal_deposit;
    let mut poll_series = sss_series(a.bob);
    poll_series.spec.tier = interfaces::Tier::SS;
    let refused = [
        (Action::ProposeSeries(poll_series), RewardsError::BadActions),
        (
            Action::Found(a.bob, 10, "x".repeat(crate::governance::MAX_RULES_LEN + 1)),
            RewardsError::TextTooLong,
        ),
        (
            Action::SetRewardsParameters(crate::storage::RewardsParameters {
                quorum_bps: 10_001,
                ..PARAMETERS
            }),
            RewardsError::BadParameter,
        ),
        (
            Action::SetGovernanceParameters(GovernanceParameters {
                approval_bps: 4_000,
                ..governance()
            }),
            RewardsError::BadParameter,
        ),
        (Action::Spend(a.eve, 0, hash(1)), RewardsError::ZeroAmount),
        (
            Action::RecordContribution(a.eve, ContributionKind::Review, 0, hash(1)),
            RewardsError::BadActions,
        ),
        (
            Action::Sweep(Contract::Society, a.eve),
            RewardsError::BadActions,
        ),
    ];
    for (action, error) in refused {
        assert_eq!(
            world.call(a.charlie, deposit, |s, c| s.propose(
                c,
                "x".into(),
                vec![action.clone()]
            )),
            Err(error),
            "{action:?}"
        );
    }
}

#[ink::test]
fn seats_issued_after_a_proposal_opened_never_vote_in_it() {
    let mut world = world();
    let a = accounts();
    let id = propose_pause(&mut world);
    world.give_seat(6, a.eve);
    world.at(2);
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.vote(c, id, vec![Id::U64(6)], vec![0])),
        Err(RewardsError::SeatTooNew)
    );
    assert_eq!(world.state.poll(id).map(|p| p.eligible_seats), Some(5));
}

#[ink::test]
fn proposal_spam_is_capped_per_account_and_each_costs_a_deposit() {
    let mut world = world();
    let a = accounts();
    let deposit = governance().proposal_deposit;
    for _ in 0..PARAMETERS.max_open_polls {
        propose_pause(&mut world);
    }
    assert_eq!(
        world.call(a.charlie, deposit, |s, c| s.propose(
            c,
            "again".into(),
            vec![Action::SetSalesPaused(true)]
        )),
        Err(RewardsError::TooManyOpenPolls)
    );
    assert_eq!(
        world.state.liabilities(),
        deposit * Balance::from(PARAMETERS.max_open_polls)
    );
    // Nobody votes: each misses its quorum and its deposit goes to the pool.
    world.at(12);
    for id in 0..PARAMETERS.max_open_polls {
        world
            .call(a.eve, 0, |s, c| s.finalize(c, id))
            .expect("finalize");
        assert_eq!(world.call(a.eve, 0, |s, c| s.settle_deposit(c, id)), Ok(0));
    }
    assert_eq!(
        world.state.pool(),
        deposit * Balance::from(PARAMETERS.max_open_polls)
    );
    assert_eq!(world.received(a.charlie), 0);
}

#[ink::test]
fn a_critical_action_needs_the_supermajority_and_the_longer_timelock() {
    let a = accounts();
    // Charlie's three seats approve, Bob's and Django's reject: 60%.
    let vote_three_to_two = |world: &mut World, actions: Vec<Action>| {
        let deposit = governance().proposal_deposit;
        let start = world.chain.context.block;
        let id = world
            .call(a.charlie, deposit, |s, c| s.propose(c, "x".into(), actions))
            .expect("propose");
        world.at(start + 2);
        world
            .call(a.charlie, 0, |s, c| {
                s.vote(c, id, vec![Id::U64(2), Id::U64(3), Id::U64(4)], vec![0])
            })
            .expect("approve");
        for (voter, seat) in [(a.bob, 1), (a.django, 5)] {
            world
                .call(voter, 0, |s, c| s.vote(c, id, vec![Id::U64(seat)], vec![1]))
                .expect("reject");
        }
        world.at(start + 12);
        world
            .call(a.eve, 0, |s, c| s.finalize(c, id))
            .expect("finalize");
        id
    };
    let mut world = world();
    let revocation = vote_three_to_two(&mut world, vec![Action::RevokeSeat(Id::U64(5), hash(1))]);
    assert_eq!(
        world.state.proposal_state(revocation, 12),
        Ok(ProposalState::Defeated),
        "60% is short of two thirds"
    );
    let pause = vote_three_to_two(&mut world, vec![Action::SetSalesPaused(true)]);
    assert_eq!(
        world.state.proposal_state(pause, 24),
        Ok(ProposalState::Succeeded)
    );
    let (_, critical_eta) = queued(
        &mut world,
        vec![Action::SetCode(Contract::Registry, hash(2))],
    );
    assert_eq!(
        critical_eta,
        world.chain.context.block + governance().critical_timelock
    );
}

#[ink::test]
fn a_proposal_keeps_the_quorum_and_thresholds_it_opened_with() {
    let mut world = world();
    let a = accounts();
    let id = propose_pause(&mut world);
    // The operator raises the quorum to every seat after the proposal opened.
    world
        .call(acc(1), 0, |s, c| {
            s.set_parameters(
                c,
                crate::storage::RewardsParameters {
                    quorum_bps: 10_000,
                    ..PARAMETERS
                },
            )
        })
        .expect("set parameters");
    world.at(2);
    world
        .call(a.charlie, 0, |s, c| {
            s.vote(c, id, vec![Id::U64(2), Id::U64(3), Id::U64(4)], vec![0])
        })
        .expect("approve");
    world.at(12);
    world
        .call(a.eve, 0, |s, c| s.finalize(c, id))
        .expect("finalize");
    assert_eq!(
        world.state.proposal_state(id, 12),
        Ok(ProposalState::Succeeded),
        "three of five seats met the 50% quorum it opened with"
    );
}

#[ink::test]
fn a_guardian_vetoes_only_during_the_timelock_and_never_after_renouncing() {
    let mut world = world();
    let guardian = acc(GUARDIAN);
    let (id, eta) = queued(&mut world, vec![Action::SetSalesPaused(true)]);
    world.at(eta);
    assert_eq!(
        world.call(guardian, 0, |s, c| s.veto(c, id)),
        Err(RewardsError::WrongProposalState),
        "the timelock is over: too late to veto"
    );
    let (second, eta) = queued(&mut world, vec![Action::SetSalesPaused(false)]);
    world
        .call(guardian, 0, |s, c| s.renounce_guardian(c))
        .expect("renounce");
    assert_eq!(
        world.call(guardian, 0, |s, c| s.veto(c, second)),
        Err(RewardsError::NotGuardian)
    );
    world.at(eta);
    world
        .call(accounts().eve, 0, |s, c| s.execute(c, second))
        .expect("nobody can stop it now");
    // Governance may name a new guardian, who vetoes.
    enact(&mut world, vec![Action::SetGuardian(Some(acc(0x55)))]);
    let (third, _) = queued(&mut world, vec![Action::SetSalesPaused(true)]);
    world
        .call(acc(0x55), 0, |s, c| s.veto(c, third))
        .expect("the new guardian vetoes");
    // The guardian neither proposes, even holding a seat, nor executes.
    world.give_seat(9, acc(0x55));
    assert_eq!(
        world.call(acc(0x55), governance().proposal_deposit, |s, c| s.propose(
            c,
            "x".into(),
            vec![Action::SetSalesPaused(true)]
        )),
        Err(RewardsError::GuardianOnlyVetoes)
    );
    let (fourth, eta) = queued(&mut world, vec![Action::SetSalesPaused(true)]);
    world.at(eta);
    assert_eq!(
        world.call(acc(0x55), 0, |s, c| s.execute(c, fourth)),
        Err(RewardsError::GuardianOnlyVetoes)
    );
    assert_eq!(
        world.call(accounts().eve, 0, |s, c| s.execute(c, third)),
        Err(RewardsError::WrongProposalState),
        "a vetoed proposal never executes"
    );
}

#[ink::test]
fn recorded_contributions_add_up_per_account() {
    let mut world = world();
    let a = accounts();
    enact(
        &mut world,
        vec![
            Action::RecordContribution(a.eve, ContributionKind::Creation, 3, hash(1)),
            Action::RecordContribution(a.eve, ContributionKind::Promotion, 4, hash(2)),
        ],
    );
    let record = world.state.contribution(a.eve);
    assert_eq!((record.recorded, record.recorded_weight), (2, 7));
    assert_eq!(world.chain.events.of::<ContributionRecorded>().len(), 2);
}

/// The call a hand-written client would make for `action`: the operator message of the
/// registry or the society it stands for, with its arguments encoded one by one; `None`
/// for an action that is not one such call. No wildcard: a new action does not compile
/// until it is written out here.
fn operator_message(action: &Action) -> Option<(Contract, [u8; 4], Vec<u8>)> {
    use interfaces::{governed::*, SeatCategory};
    use scale::Encode;
    use Contract::{Registry, Rewards, Society};
    Some(match action {
        Action::RegisterCreator(account, registered) => {
            (Registry, REGISTER_CREATOR, (account, registered).encode())
        }
        Action::GrantSeat(account) => (Registry, GRANT_SEAT, (account, SeatCategory::D).encode()),
        Action::OpenIssuanceRound(seats) => (Registry, OPEN_ISSUANCE_ROUND, seats.encode()),
        Action::SetSeatsPerAccount(seats) => (Registry, SET_SEATS_PER_ACCOUNT, seats.encode()),
        Action::SetRevenueSplit(split) => (Registry, SET_REVENUE_SPLIT, split.encode()),
        Action::SetSalesPaused(paused) => (Registry, SET_SALES_PAUSED, paused.encode()),
        Action::ProposeSeries(proposal) => (Registry, PROPOSE_SERIES, (proposal, false).encode()),
        Action::DecideListing(series, decision) => {
            (Registry, APPLY_LISTING, (series, decision).encode())
        }
        Action::Airdrop(series, item, to) => (Registry, AIRDROP, (series, item, to).encode()),
        Action::CloseSeries(series) => (Registry, CLOSE_SERIES, series.encode()),
        Action::Found(founder, max_members, rules) => {
            (Society, FOUND, (founder, max_members, rules).encode())
        }
        Action::SetSocietyParameters(parameters) => (Society, SET_PARAMETERS, parameters.encode()),
        Action::SetMaxMembers(max_members) => (Society, SET_MAX_MEMBERS, max_members.encode()),
        Action::SetJudge(judge) => (Society, SET_JUDGE, judge.encode()),
        Action::JudgeMember(who, forgive) => {
            (Society, JUDGE_SUSPENDED_MEMBER, (who, forgive).encode())
        }
        Action::JudgeCandidate(who, judgement) => (
            Society,
            JUDGE_SUSPENDED_CANDIDATE,
            (who, judgement).encode(),
        ),
        Action::Sweep(Registry, to) => (Registry, SWEEP, to.encode()),
        Action::TransferOperator(contract @ (Registry | Society), to) => {
            (*contract, TRANSFER_OPERATOR, to.encode())
        }
        Action::AcceptOperator(contract @ (Registry | Society)) => {
            (*contract, ACCEPT_OPERATOR, Vec::new())
        }
        Action::SetCode(contract @ (Registry | Society), code_hash) => {
            (*contract, SET_CODE, code_hash.encode())
        }
        // Applied by the rewards contract itself, or more than one plain call.
        Action::Recommend(_)
        | Action::RevokeSeat(..)
        | Action::Spend(..)
        | Action::RecordContribution(..)
        | Action::SetRewardsParameters(_)
        | Action::SetGovernanceParameters(_)
        | Action::SetGuardian(_)
        | Action::Sweep(Society | Rewards, _)
        | Action::TransferOperator(Rewards, _)
        | Action::AcceptOperator(Rewards)
        | Action::SetCode(Rewards, _) => return None,
    })
}

#[test]
fn every_action_calls_its_operator_message_with_its_own_fields_as_the_arguments() {
    use scale::Encode;
    let a = accounts();
    let long_rules = "r".repeat(200);
    let samples = [
        Action::RegisterCreator(a.eve, false),
        Action::Recommend(Recommendation {
            kind: RecommendationKind::Creator,
            account: a.frank,
            description: hash(3),
        }),
        Action::GrantSeat(a.frank),
        Action::RevokeSeat(Id::Bytes(vec![1, 2, 3]), hash(6)),
        Action::OpenIssuanceRound(u32::MAX),
        Action::SetSeatsPerAccount(70_000),
        Action::SetRevenueSplit(RevenueSplit {
            creator_bps: 6_000,
            rewards_bps: 2_500,
            society_bps: 1_000,
            operator_bps: 500,
        }),
        Action::SetSalesPaused(true),
        Action::ProposeSeries(sss_series(a.eve)),
        Action::DecideListing(
            u32::MAX - 1,
            ListingDecision::List(ListingTerms {
                price: u128::MAX,
                editions: 300,
                sale_start: 1 << 40,
                content_uri: "ipfs://a-longer-content-address".into(),
            }),
        ),
        Action::DecideListing(
            7,
            ListingDecision::Reject(interfaces::RejectionReason::NoQuorum),
        ),
        Action::Airdrop(3, 63, a.django),
        Action::CloseSeries(65_536),
        Action::Found(a.bob, 100, long_rules),
        Action::SetSocietyParameters(SocietyParameters::defaults()),
        Action::SetMaxMembers(1_000),
        Action::SetJudge(acc(REWARDS)),
        Action::JudgeMember(a.django, true),
        Action::JudgeCandidate(a.eve, Judgement::Rebid),
        Action::Spend(a.eve, 100, hash(5)),
        Action::RecordContribution(a.frank, ContributionKind::Promotion, 5, hash(4)),
        Action::SetRewardsParameters(PARAMETERS),
        Action::SetGovernanceParameters(governance()),
        Action::SetGuardian(None),
        Action::Sweep(Contract::Registry, a.alice),
        Action::Sweep(Contract::Rewards, a.alice),
        Action::Sweep(Contract::Society, a.alice),
        Action::TransferOperator(Contract::Registry, a.bob),
        Action::TransferOperator(Contract::Society, a.charlie),
        Action::TransferOperator(Contract::Rewards, a.django),
        Action::AcceptOperator(Contract::Registry),
        Action::AcceptOperator(Contract::Society),
        Action::AcceptOperator(Contract::Rewards),
        Action::SetCode(Contract::Registry, hash(7)),
        Action::SetCode(Contract::Society, hash(8)),
        Action::SetCode(Contract::Rewards, hash(9)),
    ];
    let kinds: std::collections::BTreeSet<u8> =
        samples.iter().map(|action| action.encode()[0]).collect();
    assert_eq!(kinds, (0..27).collect(), "one of every action kind");
    let mut forwarded = 0;
    for action in &samples {
        let expected = operator_message(action);
        forwarded += usize::from(expected.is_some());
        assert_eq!(crate::chain::operator_call(action), expected, "{action:?}");
    }
    assert_eq!(forwarded, 24);
}
