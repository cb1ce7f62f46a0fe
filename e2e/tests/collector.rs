//! The collector's journey on a real node, on the linked suite: the operator lists an SSS series directly; a collector buys with overpayment
//! and is refunded, claims an A1 seat, cannot move the seat, and a second account cannot
//! reuse the proof; the collector completes the series and claims an A2 seat, whose
//! proof cannot be reused either; with both seats it answers a poll and claims its
//! reward.

use ink_e2e::{account_id, AccountKeyring, ChainBackend, ContractsBackend};
use interfaces::{psp34::PSP34, Id, PSP34Error, RegistryError, RewardsError, SeatCategory};
use qiankun_e2e::{
    deploy_suite, e2e_profile, finalize_when_ended, list_sss_series, query, submit, E2EResult,
    Suite, UNIT,
};
use registry::storage::SeriesStatus;
use rewards::storage::Question;

/// Price of one edition in the test series.
const PRICE: u128 = 100 * UNIT;
/// Rewards pool share of every sale in `deploy_suite`'s registry, in basis points.
const REWARDS_BPS: u16 = 2_000;
/// Most a call may cost in fees and storage deposits here (a purchase costs about 1 UNIT
/// above its price, mostly storage deposit); far below any amount tested.
const FEE_BOUND: u128 = 5 * UNIT;

#[ink_e2e::test]
async fn collector_buys_claims_a1_and_a2_and_is_rewarded<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    // Given the suite (60% creator, 20% rewards, 10% society, 10% operator) and an SSS
    // series by Bob that the operator lists directly ...
    let alice = ink_e2e::alice();
    let charlie = ink_e2e::charlie();
    let dave = ink_e2e::dave();
    let [bob_id, charlie_id, dave_id] = [
        AccountKeyring::Bob,
        AccountKeyring::Charlie,
        AccountKeyring::Dave,
    ]
    .map(account_id);
    let Suite {
        mut registry,
        mut rewards,
        ..
    } = deploy_suite(&mut client, &e2e_profile()).await?;
    let series = list_sss_series(&mut client, &mut registry, bob_id, 2, PRICE, 10).await?;
    let listed = client
        .call(&alice, &registry.series(series))
        .dry_run()
        .await?
        .return_value()
        .expect("series missing");
    assert_eq!(listed.status, SeriesStatus::Listed);

    // When Charlie buys item 0 paying twice the price ...
    let before = client.free_balance(charlie_id).await?;
    let token: Id = submit(
        &mut client,
        &charlie,
        &registry.buy(series, 0),
        2 * PRICE,
        "buy",
    )
    .await;
    let after = client.free_balance(charlie_id).await?;

    // ... then he owns the piece and paid the price, not twice it.
    let owner = client
        .call(&charlie, &registry.owner_of(token.clone()))
        .dry_run()
        .await?
        .return_value();
    assert_eq!(owner, Some(charlie_id));
    let spent = before - after;
    assert!(spent >= PRICE, "spent {spent} is less than the price");
    assert!(
        spent < PRICE + FEE_BOUND,
        "spent {spent}: the excess was not refunded"
    );

    // When he claims an A1 seat with the piece, then he holds a seat.
    let seat: Id = submit(
        &mut client,
        &charlie,
        &registry.claim_seat(SeatCategory::A1, vec![token.clone()]),
        0,
        "claim_seat",
    )
    .await;
    let seats = client
        .call(&charlie, &registry.seats())
        .dry_run()
        .await?
        .return_value();
    assert_eq!(seats[SeatCategory::A1.index()].issued, 1);

    // The seat cannot be transferred: the call answers a PSP34 error and, submitted,
    // reverts.
    let seat_transfer = registry.transfer(dave_id, seat.clone(), Vec::new());
    let refused = client
        .call(&charlie, &seat_transfer)
        .dry_run()
        .await?
        .return_value();
    assert!(matches!(refused, Err(PSP34Error::Custom(_))), "{refused:?}");
    assert!(client
        .call(&charlie, &seat_transfer)
        .submit()
        .await
        .is_err());
    let seat_owner = client
        .call(&charlie, &registry.owner_of(seat.clone()))
        .dry_run()
        .await?
        .return_value();
    assert_eq!(seat_owner, Some(charlie_id));

    // The collectible moves to Dave, but its proof is spent: Dave's claim is refused.
    submit(
        &mut client,
        &charlie,
        &registry.transfer(dave_id, token.clone(), Vec::new()),
        0,
        "transfer call",
    )
    .await;
    let reuse_claim = registry.claim_seat(SeatCategory::A1, vec![token]);
    let reuse = client
        .call(&dave, &reuse_claim)
        .dry_run()
        .await?
        .return_value();
    assert_eq!(reuse, Err(RegistryError::ProofAlreadyUsed));
    assert!(client.call(&dave, &reuse_claim).submit().await.is_err());
    let dave_tokens = client
        .call(&dave, &registry.balance_of(dave_id))
        .dry_run()
        .await?
        .return_value();
    assert_eq!(dave_tokens, 1, "Dave holds the collectible and no seat");

    // Charlie completes the series: a piece of each of its two items proves an A2 seat.
    let mut pieces = Vec::new();
    for item in 0..2 {
        let piece: Id = submit(
            &mut client,
            &charlie,
            &registry.buy(series, item),
            PRICE,
            "buy",
        )
        .await;
        pieces.push(piece);
    }
    let a2_claim = registry.claim_seat(SeatCategory::A2, pieces.clone());
    let a2_seat: Id = submit(&mut client, &charlie, &a2_claim, 0, "claim_seat").await;
    let seats = query(&mut client, &charlie, &registry.seats()).await?;
    assert_eq!(seats[SeatCategory::A2.index()].issued, 1);
    // The same pieces cannot prove a second A2 seat, nor an A1 seat.
    assert_eq!(
        query(&mut client, &charlie, &a2_claim).await?,
        Err(RegistryError::ProofAlreadyUsed)
    );
    assert_eq!(
        query(
            &mut client,
            &charlie,
            &registry.claim_seat(SeatCategory::A1, vec![pieces[0].clone()])
        )
        .await?,
        Err(RegistryError::ProofAlreadyUsed)
    );

    // Three sales credited 20% each to the rewards contract in the registry; Charlie
    // collects it into the pool (the registry pays it, once). Charlie then opens a poll,
    // whose visible budget is half the pool, answers it with both seats and claims the
    // whole budget.
    let share = 3 * PRICE * u128::from(REWARDS_BPS) / 10_000;
    assert_eq!(
        query(&mut client, &charlie, &rewards.uncollected_revenue()).await?,
        Ok(share)
    );
    let collected = submit(
        &mut client,
        &charlie,
        &rewards.collect_revenue(),
        0,
        "collect_revenue",
    )
    .await;
    assert_eq!(collected, share);
    assert_eq!(
        query(&mut client, &charlie, &rewards.collect_revenue()).await?,
        Err(RewardsError::NothingToCollect)
    );
    let pool = query(&mut client, &charlie, &rewards.pool()).await?;
    assert_eq!(pool, share);
    let poll = submit(
        &mut client,
        &charlie,
        &rewards.create_poll("Open a second SSS drop?".into(), vec![Question::Approve], 3),
        0,
        "create_poll",
    )
    .await;
    let budget = query(&mut client, &charlie, &rewards.poll(poll))
        .await?
        .expect("the poll exists")
        .budget;
    assert_eq!(budget, pool / 2);
    submit(
        &mut client,
        &charlie,
        &rewards.vote(poll, vec![seat, a2_seat], vec![0]),
        0,
        "vote",
    )
    .await;
    finalize_when_ended(&mut client, &alice, &mut rewards, poll).await?;
    let before = client.free_balance(charlie_id).await?;
    let claimed = submit(&mut client, &charlie, &rewards.claim(poll), 0, "claim").await;
    let after = client.free_balance(charlie_id).await?;
    assert_eq!(claimed, budget, "two seats of two voters share the budget");
    assert!(
        after > before && (after - before).abs_diff(claimed) < FEE_BOUND,
        "gain {} is not the reward {claimed}",
        after.saturating_sub(before)
    );
    assert_eq!(
        query(&mut client, &charlie, &rewards.claim(poll)).await?,
        Err(RewardsError::AlreadyClaimed)
    );
    Ok(())
}
