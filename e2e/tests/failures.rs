//! Failure paths across the contracts on a real node: the registry's seat and listing
//! messages refuse every caller but the linked society and rewards contracts (an
//! account, and a second society contract that is not linked); the rewards contract
//! refuses listing polls not opened by its registry; a call chain that re-enters the
//! registry is refused, so the proposal that started it fails with a named error and
//! changes nothing; and a sale calls no other contract, so it goes through whatever the
//! linked contracts do.

use ink::primitives::AccountId;
use ink_e2e::{account_id, AccountKeyring, ContractsBackend};
use interfaces::{
    psp34::PSP34, ListingDecision, ListingOptions, ListingRegistry, RegistryError, RejectionReason,
    RewardsError, RewardsPool, SeatCategory, SeatRegistry, SeatSnapshot, SocietyError, Tier,
};
use qiankun_e2e::{
    deploy_suite, e2e_profile, list_sss_series, official_series, query, registry_without_society,
    submit, E2EResult, UNIT,
};
use reentry_probe::reentry_probe::ReentryProbeRef;
use registry::{registry::Registry, storage::SeriesProposal};
use society::society::{Society, SocietyRef};

/// A one-item SS series of `creator`, whose listing poll offers one option of each kind.
fn ss_proposal(creator: AccountId) -> SeriesProposal {
    let options = ListingOptions {
        prices: vec![UNIT],
        quantities: vec![1],
        start_times: vec![0],
        contents: vec!["ipfs://x".into()],
    };
    official_series(creator, Tier::SS, 1, options)
}

#[ink_e2e::test]
async fn registry_refuses_callers_that_are_not_linked<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    // Given the suite, a registered creator Bob and his SS series under a listing poll ...
    let alice = ink_e2e::alice();
    let bob = ink_e2e::bob();
    let [alice_id, bob_id] = [AccountKeyring::Alice, AccountKeyring::Bob].map(account_id);
    let mut suite = deploy_suite(&mut client, &e2e_profile()).await?;
    let registry = &mut suite.registry;
    submit(
        &mut client,
        &alice,
        &registry.register_creator(bob_id, true),
        0,
        "register_creator",
    )
    .await;
    let proposal = ss_proposal(bob_id);
    let series = submit(
        &mut client,
        &bob,
        &registry.propose_series(proposal, true),
        0,
        "propose_series",
    )
    .await;
    let founder_seat = query(&mut client, &alice, &suite.society.seat_of(alice_id))
        .await?
        .expect("the founder holds a seat");
    let seats_before = query(&mut client, &alice, &registry.seats()).await?;

    // When Bob calls what only the linked contracts may call, each is refused.
    let refusals = [
        query(
            &mut client,
            &bob,
            &registry.reserve_seats(SeatCategory::B.one()),
        )
        .await?,
        query(&mut client, &bob, &registry.release_seat(SeatCategory::B)).await?,
        query(
            &mut client,
            &bob,
            &registry.grant_seat(bob_id, SeatCategory::B),
        )
        .await?
        .map(|_| ()),
        query(
            &mut client,
            &bob,
            &registry.revoke_seat(founder_seat.clone()),
        )
        .await?,
        query(
            &mut client,
            &bob,
            &registry.apply_listing(series, ListingDecision::Reject(RejectionReason::NoQuorum)),
        )
        .await?,
    ];
    for refused in refusals {
        assert_eq!(refused, Err(RegistryError::NotAuthorized));
    }
    assert!(client
        .call(&bob, &registry.grant_seat(bob_id, SeatCategory::B))
        .submit()
        .await
        .is_err());
    let open = suite.rewards.open_listing_poll(
        bob_id,
        series,
        ListingOptions::default(),
        SeatSnapshot {
            issued: 0,
            next_number: 0,
        },
    );
    assert_eq!(
        query(&mut client, &bob, &open).await?,
        Err(RewardsError::NotRegistry)
    );

    // A second society, pointed at the registry but not linked by it, cannot take a seat:
    // the registry refuses to reserve the founder's seat for it.
    let mut impostor_constructor =
        SocietyRef::new(suite.registry_account, e2e_profile().society.parameters());
    let mut impostor = client
        .instantiate("society", &bob, &mut impostor_constructor)
        .submit()
        .await
        .expect("instantiate the second society failed")
        .call_builder::<Society>();
    let found = impostor.found(bob_id, 10, "take a seat".into());
    assert_eq!(
        query(&mut client, &bob, &found).await?,
        Err(SocietyError::SeatUnavailable)
    );

    // Nothing changed: the founder keeps its seat and the quotas read the same.
    let registry = &suite.registry;
    assert_eq!(
        query(&mut client, &alice, &registry.owner_of(founder_seat)).await?,
        Some(alice_id)
    );
    assert_eq!(
        query(&mut client, &alice, &registry.seats()).await?,
        seats_before
    );
    Ok(())
}

#[ink_e2e::test]
async fn a_call_chain_that_reenters_the_registry_is_refused<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    // Given two registries, each selling an SSS series, whose rewards contracts are
    // probes: one calls its registry back when asked to open a listing poll, the other
    // only opens it.
    let alice = ink_e2e::alice();
    let bob = ink_e2e::bob();
    let charlie = ink_e2e::charlie();
    let [bob_id, charlie_id] = [AccountKeyring::Bob, AccountKeyring::Charlie].map(account_id);
    let mut outcomes = Vec::new();
    for reenter in [false, true] {
        let registry_account = registry_without_society(&mut client).await;
        let mut registry = ink_e2e::create_call_builder::<Registry>(registry_account);
        let mut probe_constructor = ReentryProbeRef::new(registry_account, reenter);
        let probe = client
            .instantiate("reentry_probe", &alice, &mut probe_constructor)
            .submit()
            .await
            .expect("instantiate probe failed")
            .account_id;
        // A plain account answers no `registry()`: linking it would break `buy` for good.
        let wrong_link = client
            .call(&alice, &registry.link_rewards(charlie_id))
            .dry_run()
            .await?
            .return_value();
        assert_eq!(wrong_link, Err(RegistryError::LinkMismatch));
        submit(
            &mut client,
            &alice,
            &registry.link_rewards(probe),
            0,
            "link_rewards",
        )
        .await;
        let series = list_sss_series(&mut client, &mut registry, bob_id, 1, 10 * UNIT, 5).await?;

        // When Charlie buys, the sale credits the probe its 20% share and calls nothing:
        // it goes through with either probe.
        submit(
            &mut client,
            &charlie,
            &registry.buy(series, 0),
            10 * UNIT,
            "buy",
        )
        .await;
        assert_eq!(
            query(&mut client, &alice, &registry.credit_of(probe)).await?,
            2 * UNIT
        );
        // And when Bob proposes an SS series, the registry asks the probe to open its
        // listing poll.
        let proposal = ss_proposal(bob_id);
        let proposed = query(
            &mut client,
            &bob,
            &registry.propose_series(proposal.clone(), true),
        )
        .await?;
        if !reenter {
            submit(
                &mut client,
                &bob,
                &registry.propose_series(proposal, true),
                0,
                "propose_series",
            )
            .await;
        } else {
            assert!(client
                .call(&bob, &registry.propose_series(proposal, true))
                .submit()
                .await
                .is_err());
        }
        let owned = query(&mut client, &charlie, &registry.balance_of(charlie_id)).await?;
        let series_count = query(&mut client, &alice, &registry.series_count()).await?;
        outcomes.push((proposed.map(|_| ()), owned, series_count));
    }

    // Then both sales went through; the proposal through the quiet probe too, and the
    // one whose probe calls back fails with a named error and stores no series.
    assert_eq!(outcomes[0], (Ok(()), 1, 2));
    assert_eq!(outcomes[1], (Err(RegistryError::RewardsCallFailed), 1, 1));
    Ok(())
}
