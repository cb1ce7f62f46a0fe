//! The creator's journey on a real node, with the registry and the rewards contract
//! linked: a creator proposes an SS series, its listing poll opens, three seat holders
//! vote (a partial answer is refused), finalize lists the series with the winning
//! price, quantity, start time and content; a collector buys, the revenue share reaches
//! the pool and the creator withdraws its share; a new poll's budget is claimed by its
//! voters; a second listing poll without quorum rejects its series.

use ink_e2e::{account_id, AccountKeyring, ChainBackend, ContractsBackend, Keypair};
use interfaces::{
    Id, ListingOptions, ListingTerms, RegistryError, RejectionReason, RewardsError, SeatCategory,
    SeatRegistry, SeriesId, Tier,
};
use qiankun_e2e::{
    e2e_profile, finalize_when_ended, official_series, query, registry_without_society, submit,
    E2EResult, Node, RegistryCalls, UNIT,
};
use registry::{registry::Registry, storage::SeriesStatus};
use rewards::{
    rewards::{Rewards, RewardsRef},
    storage::Question,
};

/// Most a call may cost in fees and storage deposits here.
const FEE_BOUND: u128 = UNIT;
/// Blocks the holders' own poll stays open: long enough for two votes.
const GENERAL_DURATION: u32 = 4;

#[ink_e2e::test]
async fn creator_lists_a_series_by_poll_and_withdraws_its_share<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    // Given a registry (60% creator, 20% rewards, 20% operator) linked to rewards ...
    let alice = ink_e2e::alice();
    let bob = ink_e2e::bob();
    let voters = [ink_e2e::charlie(), ink_e2e::dave(), ink_e2e::eve()];
    let voter_ids = [
        AccountKeyring::Charlie,
        AccountKeyring::Dave,
        AccountKeyring::Eve,
    ]
    .map(account_id);
    let ferdie = ink_e2e::ferdie();
    let bob_id = account_id(AccountKeyring::Bob);

    let registry_account = registry_without_society(&mut client).await;
    let mut registry = ink_e2e::create_call_builder::<Registry>(registry_account);
    let profile = e2e_profile();
    let mut rewards_constructor = RewardsRef::new(
        registry_account,
        profile.rewards.parameters(),
        profile.governance.parameters(),
        profile.guardian(),
    );
    let rewards_contract = client
        .instantiate("rewards", &alice, &mut rewards_constructor)
        .submit()
        .await
        .expect("instantiate rewards failed");
    let mut rewards = rewards_contract.call_builder::<Rewards>();
    submit(
        &mut client,
        &alice,
        &registry.link_rewards(rewards_contract.account_id),
        0,
        "link_rewards",
    )
    .await;

    // ... a registered creator, and three seat holders (team-reserve seats).
    submit(
        &mut client,
        &alice,
        &registry.register_creator(bob_id, true),
        0,
        "register_creator",
    )
    .await;
    let mut seats: Vec<Id> = Vec::new();
    for voter in voter_ids {
        let seat = submit(
            &mut client,
            &alice,
            &registry.grant_seat(voter, SeatCategory::D),
            0,
            "grant_seat",
        )
        .await;
        seats.push(seat);
    }

    // When Bob proposes an SS series, its listing poll opens.
    let series = propose(&mut client, &bob, &mut registry, bob_id).await?;
    let poll = client
        .call(&bob, &registry.series(series))
        .dry_run()
        .await?
        .return_value()
        .and_then(|series| series.poll)
        .expect("the series has a poll");

    // Three holders vote; a partial answer is refused.
    let partial = rewards.vote(poll, vec![seats[2].clone()], vec![0, 1]);
    let refused = client
        .call(&voters[2], &partial)
        .dry_run()
        .await?
        .return_value();
    assert_eq!(refused, Err(RewardsError::IncompleteAnswers));
    assert!(client.call(&voters[2], &partial).submit().await.is_err());
    let first_vote = rewards.vote(poll, vec![seats[0].clone()], vec![0, 1, 0, 0, 1]);
    let gas = client
        .call(&voters[0], &first_vote)
        .dry_run()
        .await?
        .exec_result
        .gas_consumed;
    println!(
        "gas of rewards.vote (one seat, five answers): ref_time {} proof_size {}",
        gas.ref_time(),
        gas.proof_size()
    );
    let ballots: [[u8; 5]; 3] = [[0, 1, 0, 0, 1], [0, 1, 1, 0, 1], [1, 0, 0, 1, 0]];
    for ((voter, seat), answers) in voters.iter().zip(&seats).zip(ballots) {
        submit(
            &mut client,
            voter,
            &rewards.vote(poll, vec![seat.clone()], answers.to_vec()),
            0,
            "vote",
        )
        .await;
    }

    // Then finalize lists the series with the winning options.
    finalize_when_ended(&mut client, &alice, &mut rewards, poll).await?;
    let listed = client
        .call(&alice, &registry.series(series))
        .dry_run()
        .await?
        .return_value()
        .expect("series exists");
    assert_eq!(listed.status, SeriesStatus::Listed);
    let expected = ListingTerms {
        price: 100 * UNIT,
        editions: 5,
        sale_start: 0,
        content_uri: "ipfs://b".into(),
    };
    assert_eq!(listed.terms, Some(expected));

    // A collector buys; the rewards share (20%) waits in the registry until anyone
    // collects it into the pool.
    submit(
        &mut client,
        &ferdie,
        &registry.buy(series, 0),
        100 * UNIT,
        "buy",
    )
    .await;
    submit(
        &mut client,
        &ferdie,
        &rewards.collect_revenue(),
        0,
        "collect_revenue",
    )
    .await;
    let pool = client
        .call(&alice, &rewards.pool())
        .dry_run()
        .await?
        .return_value();
    assert_eq!(pool, 20 * UNIT);

    // The creator's 60% waits on the series; anyone moves it to the creator's credit.
    assert_eq!(
        query(&mut client, &bob, &registry.credit_of(bob_id)).await?,
        0
    );
    let collected = submit(
        &mut client,
        &ferdie,
        &registry.collect_creator_revenue(series),
        0,
        "collect_creator_revenue",
    )
    .await;
    assert_eq!(collected, 60 * UNIT);
    assert_eq!(
        query(
            &mut client,
            &ferdie,
            &registry.collect_creator_revenue(series)
        )
        .await?,
        Err(RegistryError::NothingToWithdraw),
        "collected once"
    );

    // The creator withdraws its 60% and its native balance rises by that, give or take
    // fees and the storage deposit freed with the credit entry.
    let credit = query(&mut client, &bob, &registry.credit_of(bob_id)).await?;
    assert_eq!(credit, 60 * UNIT);
    let before = client.free_balance(bob_id).await?;
    let withdrawn = submit(&mut client, &bob, &registry.withdraw(), 0, "withdraw").await;
    let after = client.free_balance(bob_id).await?;
    assert_eq!(withdrawn, credit);
    assert!(
        after > before && (after - before).abs_diff(credit) < FEE_BOUND,
        "gain {} is not the credit {credit}",
        after.saturating_sub(before)
    );
    assert_eq!(
        query(&mut client, &bob, &registry.withdraw()).await?,
        Err(RegistryError::NothingToWithdraw)
    );

    // A holder's new poll takes half the pool as its visible budget ...
    let general = submit(
        &mut client,
        &voters[0],
        &rewards.create_poll(
            "Next drop?".into(),
            vec![Question::Approve],
            GENERAL_DURATION,
        ),
        0,
        "create_poll",
    )
    .await;
    let budget = client
        .call(&alice, &rewards.poll(general))
        .dry_run()
        .await?
        .return_value()
        .expect("poll exists")
        .budget;
    assert_eq!(budget, 10 * UNIT);
    // ... two holders vote, and each claims half of it.
    for (voter, seat) in voters.iter().zip(&seats).take(2) {
        submit(
            &mut client,
            voter,
            &rewards.vote(general, vec![seat.clone()], vec![0]),
            0,
            "vote",
        )
        .await;
    }
    finalize_when_ended(&mut client, &alice, &mut rewards, general).await?;
    for (voter, voter_id) in voters.iter().zip(voter_ids).take(2) {
        let gas = client
            .call(voter, &rewards.claim(general))
            .dry_run()
            .await?
            .exec_result
            .gas_consumed;
        println!(
            "gas of rewards.claim: ref_time {} proof_size {}",
            gas.ref_time(),
            gas.proof_size()
        );
        let before = client.free_balance(voter_id).await?;
        let claimed = submit(&mut client, voter, &rewards.claim(general), 0, "claim").await;
        let after = client.free_balance(voter_id).await?;
        assert_eq!(claimed, budget / 2);
        assert!(after > before, "balance did not rise");
        let gain = after - before;
        assert!(
            gain.abs_diff(claimed) < FEE_BOUND,
            "gain {gain} is not the share {claimed}"
        );
    }
    let not_voted = client
        .call(&voters[2], &rewards.claim(general))
        .dry_run()
        .await?
        .return_value();
    assert_eq!(not_voted, Err(RewardsError::NotParticipant));

    // A second listing poll with one vote of three seats misses the 50% quorum.
    let second = propose(&mut client, &bob, &mut registry, bob_id).await?;
    let second_poll = client
        .call(&bob, &registry.series(second))
        .dry_run()
        .await?
        .return_value()
        .and_then(|series| series.poll)
        .expect("the series has a poll");
    submit(
        &mut client,
        &voters[0],
        &rewards.vote(second_poll, vec![seats[0].clone()], vec![0, 0, 0, 0, 0]),
        0,
        "vote",
    )
    .await;
    finalize_when_ended(&mut client, &alice, &mut rewards, second_poll).await?;
    let rejected = client
        .call(&alice, &registry.series(second))
        .dry_run()
        .await?
        .return_value()
        .expect("series exists");
    assert_eq!(
        rejected.status,
        SeriesStatus::Rejected(RejectionReason::NoQuorum)
    );
    Ok(())
}

/// Bob proposes an SS series with two options per question and a listing poll.
async fn propose(
    client: &mut Node,
    bob: &Keypair,
    registry: &mut RegistryCalls,
    bob_id: ink::primitives::AccountId,
) -> E2EResult<SeriesId> {
    let options = ListingOptions {
        prices: vec![50 * UNIT, 100 * UNIT],
        quantities: vec![5, 10],
        start_times: vec![0, 1_000],
        contents: vec!["ipfs://a".into(), "ipfs://b".into()],
    };
    let proposal = official_series(bob_id, Tier::SS, 1, options);
    let series = submit(
        client,
        bob,
        &registry.propose_series(proposal, true),
        0,
        "propose_series",
    )
    .await;
    Ok(series)
}
