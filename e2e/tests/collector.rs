//! The collector's journey on a real node: the operator lists an SSS series directly, a
//! collector buys with overpayment and is refunded, claims an A1 seat, cannot move the
//! seat, and a second account cannot reuse the proof; the creator withdraws its share.

use ink_e2e::{account_id, AccountKeyring, ChainBackend, ContractsBackend};
use interfaces::{
    psp34::PSP34, Id, ListingDecision, ListingOptions, ListingRegistry, PSP34Error, RegistryError,
    SaleKind, SeatCategory, Tier,
};
use qiankun_e2e::{E2EResult, UNIT};
use registry::{
    registry::{Registry, RegistryRef},
    state::{SeriesProposal, SeriesSpec, SeriesStatus},
};

/// Price of one edition in the test series.
const PRICE: u128 = 100 * UNIT;
/// Creator share of every sale, in basis points.
const CREATOR_BPS: u16 = 8_000;
/// Most a call may cost in fees and storage deposits here (a purchase costs about 1 UNIT
/// above its price, mostly storage deposit); far below any amount tested.
const FEE_BOUND: u128 = 5 * UNIT;

#[ink_e2e::test]
async fn collector_buys_claims_a1_and_creator_withdraws<Client: E2EBackend>(
    mut client: Client,
) -> E2EResult<()> {
    // Given a registry that sells on its own (no rewards or society share) ...
    let alice = ink_e2e::alice();
    let bob = ink_e2e::bob();
    let charlie = ink_e2e::charlie();
    let dave = ink_e2e::dave();
    let bob_id = account_id(AccountKeyring::Bob);
    let charlie_id = account_id(AccountKeyring::Charlie);
    let dave_id = account_id(AccountKeyring::Dave);
    let mut constructor = RegistryRef::new(100, CREATOR_BPS, 0, 0, 10_000 - CREATOR_BPS);
    let contract = client
        .instantiate("registry", &alice, &mut constructor)
        .submit()
        .await
        .expect("instantiate failed");
    let mut registry = contract.call_builder::<Registry>();

    // ... and an SSS series by Bob that the operator lists directly.
    client
        .call(&alice, &registry.register_creator(bob_id, true))
        .submit()
        .await
        .expect("register_creator failed");
    let proposal = SeriesProposal {
        spec: SeriesSpec {
            creator: bob_id,
            tier: Tier::SSS,
            kind: SaleKind::Official,
            items: 2,
            special: false,
            // The dev node's clock is real time: a window from 0 lasting ~31,000 years
            // is open.
            sale_duration_ms: 1_000_000_000_000_000,
        },
        options: ListingOptions::default(),
    };
    let series = client
        .call(&alice, &registry.propose_series(proposal, false))
        .submit()
        .await
        .expect("propose_series failed")
        .return_value()
        .expect("propose_series refused");
    let terms = interfaces::ListingTerms {
        price: PRICE,
        editions: 10,
        sale_start: 0,
        content_uri: "ipfs://qiankun/sss-1".into(),
    };
    client
        .call(
            &alice,
            &registry.apply_listing(series, ListingDecision::List(terms)),
        )
        .submit()
        .await
        .expect("apply_listing failed")
        .return_value()
        .expect("apply_listing refused");
    let listed = client
        .call(&alice, &registry.series(series))
        .dry_run()
        .await?
        .return_value()
        .expect("series missing");
    assert_eq!(listed.status, SeriesStatus::Listed);

    // When Charlie buys item 0 paying twice the price ...
    let before = client.free_balance(charlie_id).await?;
    let token: Id = client
        .call(&charlie, &registry.buy(series, 0))
        .value(2 * PRICE)
        .submit()
        .await
        .expect("buy failed")
        .return_value()
        .expect("buy refused");
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
    let seat: Id = client
        .call(
            &charlie,
            &registry.claim_seat(SeatCategory::A1, vec![token.clone()]),
        )
        .submit()
        .await
        .expect("claim_seat failed")
        .return_value()
        .expect("claim_seat refused");
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
        .call(&charlie, &registry.owner_of(seat))
        .dry_run()
        .await?
        .return_value();
    assert_eq!(seat_owner, Some(charlie_id));

    // The collectible moves to Dave, but its proof is spent: Dave's claim is refused.
    client
        .call(
            &charlie,
            &registry.transfer(dave_id, token.clone(), Vec::new()),
        )
        .submit()
        .await
        .expect("transfer call failed")
        .return_value()
        .expect("transfer of the collectible refused");
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

    // The creator withdraws its 80% and its native balance rises by that, give or take
    // fees and storage deposit.
    let credit = client
        .call(&bob, &registry.credit_of(bob_id))
        .dry_run()
        .await?
        .return_value();
    assert_eq!(credit, PRICE * u128::from(CREATOR_BPS) / 10_000);
    let before = client.free_balance(bob_id).await?;
    let withdrawn = client
        .call(&bob, &registry.withdraw())
        .submit()
        .await
        .expect("withdraw failed")
        .return_value()
        .expect("withdraw refused");
    let after = client.free_balance(bob_id).await?;
    assert_eq!(withdrawn, credit);
    assert!(after > before, "balance did not rise");
    // Freeing the credit entry also refunds a little storage deposit to Bob.
    let gain = after - before;
    assert!(
        gain.abs_diff(credit) < FEE_BOUND,
        "gain {gain} is not the credit {credit}"
    );
    let nothing = client
        .call(&bob, &registry.withdraw())
        .dry_run()
        .await?
        .return_value();
    assert_eq!(nothing, Err(RegistryError::NothingToWithdraw));
    Ok(())
}
