//! The society journey on a real node, with the registry linked: the operator founds
//! the society (the founder takes a D seat); Bob and Charlie bid for B seats, Eve for a
//! D seat, and Alice vouches for Dave (C1); a rotation makes them candidates (their
//! seats reserved in the registry); Alice votes; the next rotation admits Bob, Dave and
//! Eve into their B, C1 and D seats and suspends Charlie, whose reservation is
//! released; a challenge round suspends the member who defends, whom the judge then
//! removes, revoking its seat; the judge rejects Charlie, whose deposit goes to the pot;
//! the head claims its payout once it has matured.

use ink_e2e::{account_id, AccountKeyring, ChainBackend, ContractsBackend, Keypair};
use interfaces::{SeatCategory, SeatRegistry, SocietyError};
use qiankun_e2e::{
    challenge, commitment_of, deploy_suite, e2e_profile, query, reveal_all, rotate, rotate_step,
    rotation_due, submit, E2EResult, Node, Profile, SocietyCalls, Suite, UNIT,
};
use registry::storage::TokenKind;
use society::storage::{Judgement, Role};

/// Most a call may cost in fees and storage deposits here.
const FEE_BOUND: u128 = UNIT;

#[ink_e2e::test]
async fn society_admits_members_into_registry_seats<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    let alice = ink_e2e::alice();
    let [bob, charlie, dave, eve] = [
        ink_e2e::bob(),
        ink_e2e::charlie(),
        ink_e2e::dave(),
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

    // Given a registry of 100 seats (B 15, C1 5, D 10 + rest) linked to a society
    // (and to rewards) founded with Alice as founder and head, in a D seat, and a pot of
    // 100 UNIT ...
    let Suite {
        mut registry,
        mut society,
        society_account,
        ..
    } = deploy_suite(&mut client, &e2e_profile()).await?;
    let founder_seat = query(&mut client, &alice, &society.seat_of(alice_id)).await?;
    let founder_seat = founder_seat.expect("the founder holds a seat");
    assert_eq!(
        query(&mut client, &alice, &registry.token_kind(founder_seat)).await?,
        Some(TokenKind::Seat {
            category: SeatCategory::D,
            by_society: true
        })
    );
    // When Bob and Charlie, registered creators, bid for B seats, Eve for a D seat, and
    // Alice vouches for Dave (C1) ...
    let not_creator = client
        .call(&bob, &society.bid(10 * UNIT, SeatCategory::B))
        .value(UNIT)
        .dry_run()
        .await?
        .return_value();
    assert_eq!(not_creator, Err(SocietyError::NotCreator));
    for creator in [bob_id, charlie_id] {
        submit(
            &mut client,
            &alice,
            &registry.register_creator(creator, true),
            0,
            "register_creator",
        )
        .await;
    }
    for (bidder, value, category) in [
        (&bob, 10 * UNIT, SeatCategory::B),
        (&charlie, 20 * UNIT, SeatCategory::B),
        (&eve, 5 * UNIT, SeatCategory::D),
    ] {
        submit(
            &mut client,
            bidder,
            &society.bid(value, category),
            UNIT,
            "bid",
        )
        .await;
    }
    let wrong_deposit = client
        .call(&ink_e2e::ferdie(), &society.bid(UNIT, SeatCategory::D))
        .value(UNIT / 2)
        .dry_run()
        .await?
        .return_value();
    assert_eq!(wrong_deposit, Err(SocietyError::WrongDeposit));
    submit(
        &mut client,
        &alice,
        &society.vouch(dave_id, 5 * UNIT, UNIT, SeatCategory::C1),
        0,
        "vouch",
    )
    .await;

    // ... a rotation makes the four candidates and reserves their seats.
    rotate(&mut client, &alice, &mut society).await?;
    let candidates = query(&mut client, &alice, &society.candidates()).await?;
    let mut selected: Vec<_> = candidates.iter().map(|bid| bid.who).collect();
    selected.sort();
    let mut expected = vec![bob_id, charlie_id, dave_id, eve_id];
    expected.sort();
    assert_eq!(selected, expected);
    let quotas = query(&mut client, &alice, &registry.seats()).await?;
    assert_eq!(quotas[SeatCategory::B.index()].reserved, 2);
    assert_eq!(quotas[SeatCategory::C1.index()].reserved, 1);
    assert_eq!(quotas[SeatCategory::D.index()].reserved, 1);

    // Alice approves Bob, Dave and Eve and rejects Charlie, committing to a secret she
    // reveals once voting closes; the next rotation admits and suspends.
    for (candidate, approve) in [
        (bob_id, true),
        (charlie_id, false),
        (dave_id, true),
        (eve_id, true),
    ] {
        submit(
            &mut client,
            &alice,
            &society.vote(candidate, approve, commitment_of(&alice)),
            0,
            "vote",
        )
        .await;
    }
    reveal_all(&mut client, &mut society, &[&alice]).await?;
    rotation_due(&mut client, &alice, &mut society).await?;
    // Whoever calls it, the rotation draws the same: the same pool, the same step.
    let by_alice = query(&mut client, &alice, &society.rotate()).await?;
    for caller in [&bob, &charlie, &dave, &eve, &ink_e2e::ferdie()] {
        assert_eq!(
            query(&mut client, caller, &society.rotate()).await?,
            by_alice
        );
    }
    let gas = client
        .call(&alice, &society.rotate())
        .dry_run()
        .await?
        .exec_result
        .gas_consumed;
    println!(
        "gas of society.rotate (4 candidates, 1 vote each, 1 skeptic): ref_time {} proof_size {}",
        gas.ref_time(),
        gas.proof_size()
    );
    rotate(&mut client, &alice, &mut society).await?;
    for (who, role) in [
        (bob_id, Role::Member),
        (dave_id, Role::Member),
        (eve_id, Role::Member),
        (charlie_id, Role::SuspendedCandidate),
    ] {
        assert_eq!(
            query(&mut client, &alice, &society.role_of(who)).await?,
            Some(role)
        );
    }
    // Induction granted each its seat: B to Bob, C1 to Dave, D to Eve.
    for (who, category) in [
        (bob_id, SeatCategory::B),
        (dave_id, SeatCategory::C1),
        (eve_id, SeatCategory::D),
    ] {
        let seat = query(&mut client, &alice, &society.seat_of(who))
            .await?
            .expect("an inducted member holds a seat");
        assert_eq!(
            query(&mut client, &alice, &registry.seat_holder(seat.clone())).await?,
            Some(who)
        );
        assert_eq!(
            query(&mut client, &alice, &registry.token_kind(seat)).await?,
            Some(TokenKind::Seat {
                category,
                by_society: true
            })
        );
    }
    assert_eq!(
        query(&mut client, &alice, &registry.seat_count(charlie_id)).await?,
        0
    );
    let quotas = query(&mut client, &alice, &registry.seats()).await?;
    let b = &quotas[SeatCategory::B.index()];
    assert_eq!(
        (b.issued, b.reserved),
        (1, 0),
        "Charlie's reservation is free again"
    );
    assert_eq!(quotas[SeatCategory::C1.index()].issued, 1);

    // A challenge round: the defender is a new member that is not the head; Alice and
    // the head vote it out.
    let head = query(&mut client, &alice, &society.head())
        .await?
        .expect("a head");
    let head_pair = [(bob_id, &bob), (dave_id, &dave), (eve_id, &eve)]
        .into_iter()
        .find(|(id, _)| *id == head)
        .map(|(_, pair)| pair)
        .expect("the head is one of the new members");
    challenge(&mut client, &alice, &mut society).await?;
    let (defender, _, _) = query(&mut client, &alice, &society.defender())
        .await?
        .expect("a defender");
    assert!(
        defender != head && defender != alice_id,
        "neither the head nor the founder defends"
    );
    let other = defender;
    for voter in [&alice, head_pair] {
        submit(
            &mut client,
            voter,
            &society.defender_vote(false, commitment_of(voter)),
            0,
            "defender_vote",
        )
        .await;
    }
    reveal_all(&mut client, &mut society, &[&alice, head_pair]).await?;
    // Whoever calls it, the challenge draws the same next defender.
    let mut sealed = 0;
    while query(&mut client, &alice, &society.challenge()).await? == Err(SocietyError::TooEarly) {
        submit(
            &mut client,
            &alice,
            &society.set_judge(alice_id),
            0,
            "sealing",
        )
        .await;
        sealed += 1;
        assert!(sealed < 50, "the challenge did not come due");
    }
    let drawn = query(&mut client, &alice, &society.challenge()).await?;
    for caller in [&bob, &charlie, &dave, &eve] {
        assert_eq!(
            query(&mut client, caller, &society.challenge()).await?,
            drawn
        );
    }
    challenge(&mut client, &alice, &mut society).await?;
    assert_eq!(
        query(&mut client, &alice, &society.role_of(other)).await?,
        Some(Role::SuspendedMember)
    );

    // The judge (the operator, Alice) removes the suspended member: its seat is revoked
    // in the registry.
    let other_seat = query(&mut client, &alice, &society.seat_of(other))
        .await?
        .expect("the suspended member still holds its seat");
    judge(&mut client, &society.judge_suspended_member(other, false)).await?;
    assert_eq!(
        query(&mut client, &alice, &society.role_of(other)).await?,
        None
    );
    assert_eq!(
        query(&mut client, &alice, &registry.seat_holder(other_seat)).await?,
        None
    );
    assert_eq!(
        query(&mut client, &alice, &registry.seat_count(other)).await?,
        0
    );

    // The judge rejects the suspended candidate Charlie: his deposit goes to the pot.
    let pot_before = query(&mut client, &alice, &society.pot()).await?;
    judge(
        &mut client,
        &society.judge_suspended_candidate(charlie_id, Judgement::Reject),
    )
    .await?;
    assert_eq!(
        query(&mut client, &alice, &society.role_of(charlie_id)).await?,
        None
    );
    assert_eq!(
        query(&mut client, &alice, &society.pot()).await?,
        pot_before + e2e_profile().society.candidate_deposit
    );

    // The head's payout has matured: claiming it raises its native balance.
    let payouts = query(&mut client, &alice, &society.payouts(head)).await?;
    let amount = payouts.first().expect("the head has a payout").amount;
    let before = client.free_balance(head).await?;
    submit(&mut client, head_pair, &society.payout(), 0, "payout").await;
    let after = client.free_balance(head).await?;
    assert!(after > before, "balance did not rise");
    assert!(
        (after - before).abs_diff(amount) < FEE_BOUND,
        "gain {} is not the payout {amount}",
        after - before
    );
    let treasury = query(&mut client, &alice, &society.treasury()).await?;
    let balance = client.free_balance(society_account).await?;
    assert!(
        balance >= treasury.pot + treasury.committed + treasury.deposits + treasury.payouts,
        "the society's balance covers what it owes"
    );
    Ok(())
}

/// The [`e2e_profile`] with the caps of the rotation measured at its caps: 200 seats, a
/// society of up to 20, 10 candidates with 8 voters each.
fn at_the_caps() -> Profile {
    let mut profile = e2e_profile();
    profile.total_seats = 200;
    profile.max_members = 20;
    profile.society.max_strikes = 100;
    profile.society.max_bids = 16;
    // Room for 80 votes in one voting period, and for 8 reveals (a block each here).
    profile.society.rotation_period = 150;
    profile.society.challenge_period = 150;
    profile.society.reveal_period = 12;
    // Room for the whole rotation in one call: 10 × (2 × (8 votes + skeptics) + 2) steps
    // within half the budget.
    profile.society.step_budget = 512;
    profile
}

#[ink_e2e::test]
async fn rotation_at_the_caps_resolves_in_one_call<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    // Given a founded society of 10 members (Alice and nine she admitted), 30 B seats ...
    let alice = ink_e2e::alice();
    let mut society = deploy_suite(&mut client, &at_the_caps()).await?.society;
    let mut members = vec![alice.clone()];
    let mut newcomers = Vec::new();
    for _ in 0..9 {
        newcomers.push(client.create_and_fund_account(&alice, 10 * UNIT).await);
    }
    for newcomer in &newcomers {
        bid(&mut client, newcomer, &mut society).await?;
    }
    rotate(&mut client, &alice, &mut society).await?;
    let first = query(&mut client, &alice, &society.candidates()).await?;
    assert_eq!(first.len(), 9);
    for candidate in &first {
        submit(
            &mut client,
            &alice,
            &society.vote(candidate.who, true, commitment_of(&alice)),
            0,
            "vote",
        )
        .await;
    }
    // ... ten more bids, selected when the nine are admitted ...
    let mut bidders = Vec::new();
    for _ in 0..10 {
        bidders.push(client.create_and_fund_account(&alice, 10 * UNIT).await);
    }
    for bidder in &bidders {
        bid(&mut client, bidder, &mut society).await?;
    }
    reveal_all(&mut client, &mut society, &[&alice]).await?;
    rotate(&mut client, &alice, &mut society).await?;
    members.extend(newcomers);
    assert_eq!(
        query(&mut client, &alice, &society.role_count(Role::Member)).await?,
        10
    );
    let candidates = query(&mut client, &alice, &society.candidates()).await?;
    assert_eq!(candidates.len(), 10, "MAX_INTAKE candidates");

    // ... and 8 voters on each, half approving, half rejecting.
    for candidate in &candidates {
        for (i, voter) in members.iter().take(8).enumerate() {
            submit(
                &mut client,
                voter,
                &society.vote(candidate.who, i % 2 == 0, commitment_of(voter)),
                0,
                "vote",
            )
            .await;
        }
    }
    let skeptics = query(&mut client, &alice, &society.skeptics()).await?;
    let voters: Vec<&Keypair> = members.iter().take(8).collect();
    reveal_all(&mut client, &mut society, &voters).await?;
    rotation_due(&mut client, &alice, &mut society).await?;

    // When the rotation runs, one call resolves the 10 candidates and finishes.
    let gas = client
        .call(&alice, &society.rotate())
        .dry_run()
        .await?
        .exec_result
        .gas_consumed;
    println!(
        "gas of society.rotate at the caps (10 candidates x 8 votes, {} skeptics, 10 members): \
         ref_time {} proof_size {}",
        skeptics.len(),
        gas.ref_time(),
        gas.proof_size()
    );
    let step = rotate_step(&mut client, &alice, &mut society).await;
    assert_eq!(step.resolved, 10);
    assert!(
        step.finished,
        "10 x (2 x (8 + skeptics) + 2) steps fit half the step budget"
    );
    let decided = query(&mut client, &alice, &society.role_count(Role::Member)).await?
        + query(
            &mut client,
            &alice,
            &society.role_count(Role::SuspendedCandidate),
        )
        .await?;
    assert!(decided >= 20 - 10, "every candidate was decided");
    assert_eq!(
        query(&mut client, &alice, &society.role_count(Role::Candidate)).await?,
        0
    );
    Ok(())
}

/// `bidder` bids 1 UNIT for a C2 seat, paying the deposit.
async fn bid(client: &mut Node, bidder: &Keypair, society: &mut SocietyCalls) -> E2EResult<()> {
    submit(
        client,
        bidder,
        &society.bid(UNIT, SeatCategory::C2),
        UNIT,
        "bid",
    )
    .await;
    Ok(())
}

/// Alice, the judge, submits a judgement; it must succeed.
async fn judge<Args>(
    client: &mut Node,
    message: &ink_e2e::CallBuilderFinal<
        ink::env::DefaultEnvironment,
        Args,
        Result<(), SocietyError>,
    >,
) -> E2EResult<()>
where
    Args: Sync + Clone + scale::Encode,
{
    submit(client, &ink_e2e::alice(), message, 0, "judgement").await;
    Ok(())
}
