//! Binding governance on a real node: the operator hands every contract over to the
//! rewards contract's governance; seat holders then pass a recommendation that registers
//! a creator, a parameter change, the revocation of an abusive seat and a `set_code`
//! upgrade of the registry (a release build of the same source) after its timelock. The
//! guardian vetoes one queued proposal, then renounces; the former operator is refused
//! everywhere; the registry's state survives the upgrade.

use ink::primitives::Hash;
use ink_e2e::{account_id, AccountKeyring, ContractsBackend, Keypair};
use interfaces::{
    psp34::PSP34, Id, PollId, RegistryError, RewardsError, SeatCategory, SeatRegistry, SocietyError,
};
use qiankun_e2e::{
    deploy_suite, e2e_profile, finalize_when_ended, query, release_build, submit, submit_when_due,
    upload, wait_for_builds, E2EResult, Node, RewardsCalls, Suite,
};
use rewards::storage::{
    Action, Contract, ProposalState, Recommendation, RecommendationKind, RewardsParameters,
};

/// `proposer` proposes `actions`, paying the deposit; the proposal reads back decoded
/// before anyone votes. Returns its id.
async fn propose(
    client: &mut Node,
    rewards: &mut RewardsCalls,
    proposer: &Keypair,
    title: &str,
    actions: Vec<Action>,
) -> E2EResult<PollId> {
    let deposit = e2e_profile().governance.proposal_deposit;
    // The proposal's poll may open a new allocation period, which its dry run (in the
    // previous block) did not pay for: the estimate gets a margin.
    let id = client
        .call(proposer, &rewards.propose(title.into(), actions.clone()))
        .value(deposit)
        .extra_gas_portion(50)
        .submit()
        .await
        .expect("propose failed")
        .return_value()
        .expect("propose refused");
    let proposal = query(client, proposer, &rewards.proposal(id))
        .await?
        .expect("the proposal is stored");
    assert_eq!(proposal.actions, actions, "the actions read back decoded");
    assert_eq!(
        query(client, proposer, &rewards.proposal_state(id)).await?,
        Ok(ProposalState::Pending),
        "voting waits for the delay"
    );
    Ok(id)
}

/// Each of `voters` approves proposal `id` with its seat, once voting has started.
async fn approve(
    client: &mut Node,
    rewards: &mut RewardsCalls,
    id: PollId,
    voters: &[(&Keypair, Id)],
) -> E2EResult<()> {
    for (voter, seat) in voters {
        submit_when_due(
            client,
            voter,
            &rewards.vote(id, vec![seat.clone()], vec![0]),
            RewardsError::PollNotOpen,
            "vote",
        )
        .await?;
    }
    Ok(())
}

/// Anyone finalizes proposal `id` once voting has ended, and queues it; returns the
/// block it may be executed from.
async fn finalize_and_queue(
    client: &mut Node,
    rewards: &mut RewardsCalls,
    id: PollId,
) -> E2EResult<u32> {
    let anyone = ink_e2e::ferdie();
    finalize_when_ended(client, &anyone, rewards, id).await?;
    assert_eq!(
        query(client, &anyone, &rewards.proposal_state(id)).await?,
        Ok(ProposalState::Succeeded)
    );
    Ok(submit(client, &anyone, &rewards.queue(id), 0, "queue").await)
}

/// Ferdie, who holds no seat, executes queued proposal `id` once its timelock is over.
async fn execute(client: &mut Node, rewards: &mut RewardsCalls, id: PollId) -> E2EResult<()> {
    let anyone = ink_e2e::ferdie();
    submit_when_due(
        client,
        &anyone,
        &rewards.execute(id),
        RewardsError::TimelockNotOver,
        "execute",
    )
    .await?;
    assert_eq!(
        query(client, &anyone, &rewards.proposal_state(id)).await?,
        Ok(ProposalState::Executed)
    );
    assert_eq!(
        query(client, &anyone, &rewards.execute(id)).await?,
        Err(RewardsError::WrongProposalState),
        "executed once"
    );
    Ok(())
}

#[ink_e2e::test]
async fn seat_holders_govern_after_the_operator_hands_over<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    let [alice, bob, charlie, eve] = [
        ink_e2e::alice(),
        ink_e2e::bob(),
        ink_e2e::charlie(),
        ink_e2e::eve(),
    ];
    let [alice_id, bob_id, charlie_id, dave_id, eve_id] = [
        AccountKeyring::Alice,
        AccountKeyring::Bob,
        AccountKeyring::Charlie,
        AccountKeyring::Dave,
        AccountKeyring::Eve,
    ]
    .map(account_id);
    // The release build of the registry takes minutes: it runs while the suite is set up.
    let build = std::thread::spawn(|| release_build("registry").map(|code| vec![code]));

    let mut suite = deploy_suite(&mut client, &e2e_profile()).await?;
    let Suite {
        registry,
        rewards,
        society,
        rewards_account,
        ..
    } = &mut suite;
    let governance = *rewards_account;
    // Given seats: Alice's founder seat, and D seats the operator grants Bob, Charlie and
    // Dave (who will abuse his).
    let alice_seat = query(&mut client, &alice, &society.seat_of(alice_id))
        .await?
        .expect("the founder holds a seat");
    let mut seats = Vec::new();
    for holder in [bob_id, charlie_id, dave_id] {
        let seat = submit(
            &mut client,
            &alice,
            &registry.grant_seat(holder, SeatCategory::D),
            0,
            "grant_seat",
        )
        .await;
        seats.push(seat);
    }
    let [bob_seat, charlie_seat, dave_seat] =
        [seats[0].clone(), seats[1].clone(), seats[2].clone()];
    let voters = [
        (&alice, alice_seat.clone()),
        (&bob, bob_seat.clone()),
        (&charlie, charlie_seat.clone()),
    ];

    // When the operator offers each contract's role to governance ...
    submit(
        &mut client,
        &alice,
        &registry.transfer_operator(governance),
        0,
        "offer",
    )
    .await;
    submit(
        &mut client,
        &alice,
        &society.transfer_operator(governance),
        0,
        "offer",
    )
    .await;
    submit(
        &mut client,
        &alice,
        &rewards.transfer_operator(governance),
        0,
        "offer",
    )
    .await;
    // ... and the seat holders pass the acceptance, which anyone executes ...
    let handover = propose(
        &mut client,
        rewards,
        &bob,
        "Governance takes the operator roles",
        vec![
            Action::AcceptOperator(Contract::Registry),
            Action::AcceptOperator(Contract::Society),
            Action::AcceptOperator(Contract::Rewards),
        ],
    )
    .await?;
    approve(&mut client, rewards, handover, &voters).await?;
    finalize_and_queue(&mut client, rewards, handover).await?;
    assert_eq!(
        query(&mut client, &bob, &rewards.execute(handover)).await?,
        Err(RewardsError::TimelockNotOver),
        "not before the timelock"
    );
    execute(&mut client, rewards, handover).await?;
    // ... then governance is every contract's operator, and the former operator is refused.
    assert_eq!(
        query(&mut client, &alice, &registry.operator()).await?,
        governance
    );
    assert_eq!(
        query(&mut client, &alice, &society.operator()).await?,
        governance
    );
    assert_eq!(
        query(&mut client, &alice, &rewards.operator()).await?,
        governance
    );
    assert_eq!(
        query(
            &mut client,
            &alice,
            &registry.register_creator(alice_id, true)
        )
        .await?,
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        query(
            &mut client,
            &alice,
            &registry.grant_seat(alice_id, SeatCategory::D)
        )
        .await?,
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        query(&mut client, &alice, &society.set_judge(alice_id)).await?,
        Err(SocietyError::NotAuthorized)
    );
    let parameters = e2e_profile().rewards.parameters();
    assert_eq!(
        query(&mut client, &alice, &rewards.set_parameters(parameters)).await?,
        Err(RewardsError::NotAuthorized)
    );

    // A member's recommendation of an AI program registers it, and a parameter change
    // passes with it; a pause of sales is queued alongside (for the guardian to veto),
    // and so is a critical revocation of Dave's abused seat with the registry's upgrade.
    let recommendation = Recommendation {
        kind: RecommendationKind::AiProgram,
        account: eve_id,
        description: Hash::from([0x42; 32]),
    };
    let more_polls = RewardsParameters {
        max_open_polls: parameters.max_open_polls + 1,
        ..parameters
    };
    let codes = wait_for_builds(&mut client, build).await?;
    let release = upload(&mut client, "registry", codes[0].clone()).await?;
    let ordinary = propose(
        &mut client,
        rewards,
        &charlie,
        "Recommend Eve's AI program; one more open poll each",
        vec![
            Action::Recommend(recommendation),
            Action::SetRewardsParameters(more_polls),
        ],
    )
    .await?;
    let pause = propose(
        &mut client,
        rewards,
        &alice,
        "Pause sales",
        vec![Action::SetSalesPaused(true)],
    )
    .await?;
    let reason = Hash::from([0x66; 32]);
    let critical = propose(
        &mut client,
        rewards,
        &bob,
        "Revoke Dave's seat for abuse; upgrade the registry",
        vec![
            Action::RevokeSeat(dave_seat.clone(), reason),
            Action::SetCode(Contract::Registry, release),
        ],
    )
    .await?;
    let proposal = query(&mut client, &bob, &rewards.proposal(critical))
        .await?
        .expect("stored");
    let governance_parameters = e2e_profile().governance.parameters();
    assert!(proposal.critical);
    assert_eq!(
        (proposal.approval_bps, proposal.timelock),
        governance_parameters.thresholds(true)
    );
    for id in [ordinary, critical, pause] {
        approve(&mut client, rewards, id, &voters).await?;
    }
    for id in [ordinary, critical, pause] {
        finalize_and_queue(&mut client, rewards, id).await?;
    }

    // The guardian vetoes the pause during its timelock (it was queued last), then
    // renounces for good.
    submit(&mut client, &eve, &rewards.veto(pause), 0, "veto").await;
    assert_eq!(
        query(&mut client, &eve, &rewards.proposal_state(pause)).await?,
        Ok(ProposalState::Vetoed)
    );
    assert_eq!(
        query(&mut client, &ink_e2e::ferdie(), &rewards.execute(pause)).await?,
        Err(RewardsError::WrongProposalState)
    );
    submit(
        &mut client,
        &eve,
        &rewards.renounce_guardian(),
        0,
        "renounce",
    )
    .await;
    assert_eq!(
        query(&mut client, &eve, &rewards.veto(critical)).await?,
        Err(RewardsError::NotGuardian)
    );
    assert_eq!(query(&mut client, &eve, &rewards.guardian()).await?, None);

    execute(&mut client, rewards, ordinary).await?;
    assert!(query(&mut client, &alice, &registry.is_creator(eve_id)).await?);
    assert_eq!(
        query(&mut client, &alice, &rewards.parameters()).await?,
        more_polls
    );
    assert!(!query(&mut client, &alice, &registry.sales_paused()).await?);

    let supply = query(&mut client, &alice, &registry.total_supply()).await?;
    let seats_before = query(&mut client, &alice, &registry.seats()).await?;
    execute(&mut client, rewards, critical).await?;
    // Dave's seat is gone; every other piece of the registry's state survived the
    // upgrade, which now runs the release build.
    assert_eq!(
        query(&mut client, &alice, &registry.seat_count(dave_id)).await?,
        0
    );
    assert_eq!(
        query(&mut client, &alice, &registry.owner_of(dave_seat)).await?,
        None
    );
    assert_eq!(
        query(&mut client, &alice, &registry.total_supply()).await?,
        supply - 1
    );
    let seats_after = query(&mut client, &alice, &registry.seats()).await?;
    let d = SeatCategory::D.index();
    assert_eq!(seats_after[d].issued, seats_before[d].issued - 1);
    assert_eq!(
        query(&mut client, &alice, &registry.operator()).await?,
        governance
    );
    assert_eq!(
        query(&mut client, &alice, &registry.seat_count(bob_id)).await?,
        1
    );
    let running = client.upload("registry", &alice).submit().await?.code_hash;
    assert_ne!(
        running, release,
        "the debug build is no longer the registry's code"
    );
    client
        .remove_code(&alice, running)
        .submit()
        .await
        .expect("no contract runs the debug registry any more");
    // The deposits of decided proposals are settled: back for those that met their
    // quorum, to the pool for the vetoed one.
    let anyone = ink_e2e::ferdie();
    for (id, returned) in [(ordinary, true), (critical, true), (pause, false)] {
        let got = submit(
            &mut client,
            &anyone,
            &rewards.settle_deposit(id),
            0,
            "settle",
        )
        .await;
        assert_eq!(got > 0, returned, "proposal {id}");
    }
    Ok(())
}
