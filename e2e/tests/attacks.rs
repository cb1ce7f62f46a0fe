//! The pool-drain attack of the rewards audit, tried on a real node: one seat holder
//! opens every poll it may, answers each alone, finalizes them and claims everything.
//! Before the fix this took 98% of the pool; with the [e2e] profile's rules (a quorum of
//! half the seats issued when a poll opens, at most 4 open polls per account) it takes
//! nothing and every budget returns to the pool.

use ink_e2e::{account_id, AccountKeyring, ContractsBackend};
use interfaces::{PollId, RewardsError, SeatCategory, SeatRegistry};
use qiankun_e2e::{
    deploy_suite, e2e_profile, finalize_when_ended, list_sss_series, query, submit, E2EResult,
    Suite, UNIT,
};
use rewards::storage::Question;

/// Price of one edition in the series that fills the pool.
const PRICE: u128 = 100 * UNIT;

#[ink_e2e::test]
async fn one_seat_cannot_drain_the_rewards_pool<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    // Given a pool filled by two sales and three D seats, one of them Dave's ...
    let alice = ink_e2e::alice();
    let charlie = ink_e2e::charlie();
    let dave = ink_e2e::dave();
    let [bob_id, dave_id, eve_id, ferdie_id] = [
        AccountKeyring::Bob,
        AccountKeyring::Dave,
        AccountKeyring::Eve,
        AccountKeyring::Ferdie,
    ]
    .map(account_id);
    let profile = e2e_profile();
    let Suite {
        mut registry,
        mut rewards,
        ..
    } = deploy_suite(&mut client, &profile).await?;
    let series = list_sss_series(&mut client, &mut registry, bob_id, 1, PRICE, 10).await?;
    for _ in 0..2 {
        submit(
            &mut client,
            &charlie,
            &registry.buy(series, 0),
            PRICE,
            "buy",
        )
        .await;
    }
    submit(
        &mut client,
        &charlie,
        &rewards.collect_revenue(),
        0,
        "collect_revenue",
    )
    .await;
    let mut dave_seat = None;
    for holder in [dave_id, eve_id, ferdie_id] {
        let seat = submit(
            &mut client,
            &alice,
            &registry.grant_seat(holder, SeatCategory::D),
            0,
            "grant_seat",
        )
        .await;
        if holder == dave_id {
            dave_seat = Some(seat);
        }
    }
    let dave_seat = dave_seat.expect("Dave's seat");
    let pool_before = query(&mut client, &dave, &rewards.pool()).await?;
    assert!(pool_before > 0, "the sales filled the pool");

    // When Dave opens polls until he is refused, answering each alone as he opens it ...
    let mut polls: Vec<PollId> = Vec::new();
    let refusal = loop {
        let create = rewards.create_poll("drain".into(), vec![Question::Approve], 6);
        match query(&mut client, &dave, &create).await? {
            Ok(_) if polls.len() < 40 => {
                // The dry run's block may lie in the previous allocation period; opening
                // a new one costs more, so the estimate gets a margin.
                let opened = client
                    .call(&dave, &create)
                    .extra_gas_portion(50)
                    .submit()
                    .await
                    .expect("create_poll failed")
                    .return_value()
                    .expect("create_poll refused");
                submit(
                    &mut client,
                    &dave,
                    &rewards.vote(opened, vec![dave_seat.clone()], vec![0]),
                    0,
                    "vote",
                )
                .await;
                polls.push(opened);
            }
            outcome => break outcome,
        }
    };
    // ... finalizes them and claims them all ...
    for &poll in &polls {
        finalize_when_ended(&mut client, &alice, &mut rewards, poll).await?;
    }
    let claimed = query(&mut client, &dave, &rewards.claim_all(polls.clone())).await?;

    // Then he was stopped at the cap of open polls, one seat of three is no quorum, he
    // can claim nothing, and the pool holds what it held.
    assert_eq!(refusal, Err(RewardsError::TooManyOpenPolls));
    assert_eq!(polls.len() as u32, profile.rewards.max_open_polls);
    assert_eq!(claimed, Ok(0), "claim_all pays nothing");
    for &poll in &polls {
        assert_eq!(
            query(&mut client, &dave, &rewards.pending_reward(poll, dave_id)).await?,
            0
        );
    }
    assert_eq!(
        query(&mut client, &dave, &rewards.pool()).await?,
        pool_before
    );
    Ok(())
}
