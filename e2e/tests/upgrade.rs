//! Upgrades on a real node: the suite is deployed (ink_e2e's debug builds) and given
//! state in every contract; each contract is then moved with `set_code` to its release
//! build (cargo-contract, built by the test), a rebuild of the same source. Every piece of state
//! reads the same afterwards, the old code is no longer used by any contract, calls
//! still work, and a non-operator's upgrade is refused.

use ink_e2e::{account_id, AccountKeyring, ChainBackend, ContractsBackend};
use interfaces::{
    psp34::{PSP34Enumerable, PSP34},
    Id, RegistryError, RewardsError, SeatCategory, SeatRegistry, SocietyError,
};
use qiankun_e2e::{
    commitment_of, deploy_suite, e2e_profile, list_sss_series, query, release_build, reveal_all,
    rotate, submit, upload, wait_for_builds, E2EResult, Node, Suite, UNIT,
};
use rewards::storage::Question;
use scale::Encode;
use society::storage::Role;

/// Price of one edition in the test series.
const PRICE: u128 = 100 * UNIT;

#[ink_e2e::test]
async fn set_code_keeps_every_piece_of_state<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    let alice = ink_e2e::alice();
    let [bob, charlie, eve, ferdie] = [
        ink_e2e::bob(),
        ink_e2e::charlie(),
        ink_e2e::eve(),
        ink_e2e::ferdie(),
    ];
    let [alice_id, bob_id, dave_id, eve_id] = [
        AccountKeyring::Alice,
        AccountKeyring::Bob,
        AccountKeyring::Dave,
        AccountKeyring::Eve,
    ]
    .map(account_id);

    // The release builds take minutes: they run while the state is set up.
    let builds = std::thread::spawn(|| CONTRACTS.into_iter().map(release_build).collect());

    // Given the suite with state in every contract: a listed series by Bob, a piece
    // Charlie bought and the A1 seat it proved, a D seat granted to Dave ...
    let mut suite = deploy_suite(&mut client, &e2e_profile()).await?;
    let Suite {
        registry,
        rewards,
        society,
        ..
    } = &mut suite;
    let series = list_sss_series(&mut client, registry, bob_id, 2, PRICE, 10).await?;
    let piece = buy(&mut client, &charlie, registry, series, 0).await?;
    let seat = submit(
        &mut client,
        &charlie,
        &registry.claim_seat(SeatCategory::A1, vec![piece.clone()]),
        0,
        "claim_seat",
    )
    .await;
    submit(
        &mut client,
        &alice,
        &registry.grant_seat(dave_id, SeatCategory::D),
        0,
        "grant_seat",
    )
    .await;
    // ... Eve admitted to the society with a payout waiting ...
    submit(
        &mut client,
        &eve,
        &society.bid(UNIT, SeatCategory::D),
        e2e_profile().society.candidate_deposit,
        "bid",
    )
    .await;
    for _ in 0..2 {
        rotate(&mut client, &alice, society).await?;
        if query(&mut client, &alice, &society.role_of(eve_id)).await? == Some(Role::Candidate) {
            let vote = society.vote(eve_id, true, commitment_of(&alice));
            submit(&mut client, &alice, &vote, 0, "vote").await;
            reveal_all(&mut client, society, &[&alice]).await?;
        }
    }
    assert_eq!(
        query(&mut client, &alice, &society.role_of(eve_id)).await?,
        Some(Role::Member)
    );
    // ... and a poll Charlie opened and answered.
    let poll = submit(
        &mut client,
        &charlie,
        &rewards.create_poll(
            "Keep the drop schedule?".into(),
            vec![Question::Approve],
            50,
        ),
        0,
        "create_poll",
    )
    .await;
    submit(
        &mut client,
        &charlie,
        &rewards.vote(poll, vec![seat.clone()], vec![0]),
        0,
        "vote",
    )
    .await;

    let before = snapshot(&mut client, &suite, series, &piece, &seat).await?;
    let Suite {
        registry,
        rewards,
        society,
        ..
    } = &mut suite;

    // The release builds are uploaded; their code differs from the running debug builds.
    let codes = wait_for_builds(&mut client, builds).await?;
    let mut old_code = Vec::new();
    let mut new_code = Vec::new();
    for (name, code) in CONTRACTS.into_iter().zip(codes) {
        let running = client.upload(name, &alice).submit().await?.code_hash;
        let rebuilt = upload(&mut client, name, code).await?;
        assert_ne!(
            running, rebuilt,
            "{name}: the release build is a different code"
        );
        old_code.push(running);
        new_code.push(rebuilt);
    }
    let [registry_new, rewards_new, society_new] = [new_code[0], new_code[1], new_code[2]];

    // When Bob, not the operator, tries to upgrade, every contract refuses.
    assert_eq!(
        query(&mut client, &bob, &registry.set_code(registry_new)).await?,
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        query(&mut client, &bob, &rewards.set_code(rewards_new)).await?,
        Err(RewardsError::NotAuthorized)
    );
    assert_eq!(
        query(&mut client, &bob, &society.set_code(society_new)).await?,
        Err(SocietyError::NotAuthorized)
    );
    assert!(client
        .call(&bob, &registry.set_code(registry_new))
        .submit()
        .await
        .is_err());
    // While the registry runs its debug code, that code cannot be removed.
    assert!(client
        .remove_code(&alice, old_code[0])
        .submit()
        .await
        .is_err());

    // When the operator upgrades each contract ...
    submit(
        &mut client,
        &alice,
        &registry.set_code(registry_new),
        0,
        "registry set_code",
    )
    .await;
    submit(
        &mut client,
        &alice,
        &rewards.set_code(rewards_new),
        0,
        "rewards set_code",
    )
    .await;
    submit(
        &mut client,
        &alice,
        &society.set_code(society_new),
        0,
        "society set_code",
    )
    .await;

    // ... then no contract runs the old code any more: it can be removed ...
    for old in old_code {
        client
            .remove_code(&alice, old)
            .submit()
            .await
            .expect("the old code is still in use");
    }
    // ... and every piece of state reads the same.
    let after = snapshot(&mut client, &suite, series, &piece, &seat).await?;
    assert_eq!(before.len(), after.len());
    for ((what, was), (_, is)) in before.iter().zip(&after) {
        assert_eq!(was, is, "{what} changed with the upgrade");
    }

    // The upgraded contracts keep working together: a sale credits the pool's and the
    // pot's shares, which each contract collects from the registry.
    let Suite {
        registry,
        rewards,
        society,
        ..
    } = &mut suite;
    // What the sales before the upgrade credited waits too, and is collected with it.
    let pool = query(&mut client, &alice, &rewards.pool()).await?
        + query(&mut client, &alice, &rewards.uncollected_revenue())
            .await?
            .expect("the registry answers");
    let pot = query(&mut client, &alice, &society.pot()).await?
        + query(&mut client, &alice, &society.uncollected_revenue())
            .await?
            .expect("the registry answers");
    buy(&mut client, &ferdie, registry, series, 1).await?;
    submit(
        &mut client,
        &ferdie,
        &rewards.collect_revenue(),
        0,
        "collect_revenue",
    )
    .await;
    submit(
        &mut client,
        &ferdie,
        &society.collect_revenue(),
        0,
        "collect_revenue",
    )
    .await;
    assert_eq!(
        query(&mut client, &alice, &rewards.pool()).await?,
        pool + PRICE / 5
    );
    assert_eq!(
        query(&mut client, &alice, &society.pot()).await?,
        pot + PRICE / 10
    );
    assert_eq!(
        query(&mut client, &alice, &registry.total_supply()).await?,
        6
    );
    assert_eq!(
        query(&mut client, &alice, &society.founder()).await?,
        Some(alice_id)
    );
    Ok(())
}

/// Every piece of state a user can read, SCALE-encoded and named: tokens, seats and
/// series of the registry, members, bids, payouts and money of the society, the poll,
/// pool and records of the rewards contract, and the native balance of each contract.
async fn snapshot(
    client: &mut Node,
    suite: &Suite,
    series: u32,
    piece: &Id,
    seat: &Id,
) -> E2EResult<Vec<(&'static str, Vec<u8>)>> {
    let alice = ink_e2e::alice();
    let charlie_id = account_id(AccountKeyring::Charlie);
    let bob_id = account_id(AccountKeyring::Bob);
    let eve_id = account_id(AccountKeyring::Eve);
    let Suite {
        registry,
        rewards,
        society,
        registry_account,
        rewards_account,
        society_account,
    } = suite;
    let mut state = vec![
        (
            "registry total_supply",
            query(client, &alice, &registry.total_supply())
                .await?
                .encode(),
        ),
        (
            "registry owner_of piece",
            query(client, &alice, &registry.owner_of(piece.clone()))
                .await?
                .encode(),
        ),
        (
            "registry owner_of seat",
            query(client, &alice, &registry.owner_of(seat.clone()))
                .await?
                .encode(),
        ),
        (
            "registry token_kind seat",
            query(client, &alice, &registry.token_kind(seat.clone()))
                .await?
                .encode(),
        ),
        (
            "registry balance_of Charlie",
            query(client, &alice, &registry.balance_of(charlie_id))
                .await?
                .encode(),
        ),
        (
            "registry token_by_index 0",
            query(client, &alice, &registry.token_by_index(0))
                .await?
                .encode(),
        ),
        (
            "registry seats",
            query(client, &alice, &registry.seats()).await?.encode(),
        ),
        (
            "registry series",
            query(client, &alice, &registry.series(series))
                .await?
                .encode(),
        ),
        (
            "registry minted",
            query(client, &alice, &registry.minted(series, 0))
                .await?
                .encode(),
        ),
        (
            "registry proof used",
            query(client, &alice, &registry.is_proof_used(piece.clone()))
                .await?
                .encode(),
        ),
        (
            "registry credit of Bob",
            query(client, &alice, &registry.credit_of(bob_id))
                .await?
                .encode(),
        ),
        (
            "registry total_credits",
            query(client, &alice, &registry.total_credits())
                .await?
                .encode(),
        ),
        (
            "registry links",
            query(client, &alice, &registry.links()).await?.encode(),
        ),
        (
            "registry operator",
            query(client, &alice, &registry.operator()).await?.encode(),
        ),
        (
            "society members",
            query(client, &alice, &society.members(0, 10))
                .await?
                .encode(),
        ),
        (
            "society head",
            query(client, &alice, &society.head()).await?.encode(),
        ),
        (
            "society seat of Eve",
            query(client, &alice, &society.seat_of(eve_id))
                .await?
                .encode(),
        ),
        (
            "society payouts of Eve",
            query(client, &alice, &society.payouts(eve_id))
                .await?
                .encode(),
        ),
        (
            "society treasury",
            query(client, &alice, &society.treasury()).await?.encode(),
        ),
        (
            "society parameters",
            query(client, &alice, &society.parameters()).await?.encode(),
        ),
        (
            "society next_rotation",
            query(client, &alice, &society.next_rotation())
                .await?
                .encode(),
        ),
        (
            "society rules_hash",
            query(client, &alice, &society.rules_hash()).await?.encode(),
        ),
        (
            "rewards poll",
            query(client, &alice, &rewards.poll(0)).await?.encode(),
        ),
        (
            "rewards pool",
            query(client, &alice, &rewards.pool()).await?.encode(),
        ),
        (
            "rewards liabilities",
            query(client, &alice, &rewards.liabilities())
                .await?
                .encode(),
        ),
        (
            "rewards contribution of Charlie",
            query(client, &alice, &rewards.contribution(charlie_id))
                .await?
                .encode(),
        ),
        (
            "rewards seats voted by Charlie",
            query(client, &alice, &rewards.seats_voted(0, charlie_id))
                .await?
                .encode(),
        ),
    ];
    for (what, account) in [
        ("registry balance", *registry_account),
        ("rewards balance", *rewards_account),
        ("society balance", *society_account),
    ] {
        state.push((what, client.free_balance(account).await?.encode()));
    }
    Ok(state)
}

/// The contracts the test upgrades, in the order of their builds.
const CONTRACTS: [&str; 3] = ["registry", "rewards", "society"];

/// `buyer` buys `item` of `series` at [`PRICE`].
async fn buy(
    client: &mut Node,
    buyer: &ink_e2e::Keypair,
    registry: &mut qiankun_e2e::RegistryCalls,
    series: u32,
    item: u8,
) -> E2EResult<Id> {
    Ok(submit(client, buyer, &registry.buy(series, item), PRICE, "buy").await)
}
