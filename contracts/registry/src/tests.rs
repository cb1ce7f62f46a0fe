//! Unit tests of the registry: a PSP34 conformance set, the series life cycle, sales and
//! the revenue split, and every seat category. Each test ends with `assert_invariants`.

use ink::env::{test, DefaultEnvironment};
use ink::primitives::AccountId;
use interfaces::{
    psp34::{PSP34Burnable, PSP34Enumerable, PSP34Metadata, PSP34},
    Balance, Id, ListingDecision, ListingOptions, ListingRegistry, ListingTerms, PSP34Error,
    RegistryError, RejectionReason, SaleKind, SeatCategory, SeatRegistry, SeriesId, Tier,
};

use crate::{
    events::{Approval, Event, Transfer},
    psp34::SEAT_NOT_TRANSFERABLE,
    registry::Registry,
    sequences::check_invariants,
    state::MAX_CONTENT_LEN,
    state::{
        RegistryState, RevenueSplit, SeatBook, SeriesProposal, SeriesSpec, SeriesStatus, TokenKind,
    },
};

type Env = DefaultEnvironment;
/// `pay_with_call!` names the environment `Environment`.
type Environment = DefaultEnvironment;

/// A price well above the off-chain engine's existential deposit (1,000,000).
const PRICE: Balance = 1_000_000_000;
const SALE_START: u64 = 1_000;
const SALE_DURATION: u64 = 10_000;

fn accounts() -> test::DefaultAccounts<Env> {
    test::default_accounts::<Env>()
}

fn set_caller(account: AccountId) {
    test::set_caller::<Env>(account);
}

fn set_time(ms: u64) {
    test::set_block_timestamp::<Env>(ms);
}

fn contract_id() -> AccountId {
    test::callee::<Env>()
}

/// A registry with `total_seats` seats and an 80/0/0/20 split, operated by Alice, with
/// Bob registered as a creator. The contract starts with no native balance.
fn registry_with(total_seats: u32) -> Registry {
    set_caller(accounts().alice);
    set_time(0);
    test::set_account_balance::<Env>(contract_id(), 0);
    let mut registry = Registry::new(total_seats, 8_000, 0, 0, 2_000).expect("valid split");
    registry
        .register_creator(accounts().bob, true)
        .expect("operator registers");
    registry
}

fn registry() -> Registry {
    registry_with(100)
}

fn proposal(tier: Tier, kind: SaleKind, items: u8) -> SeriesProposal {
    SeriesProposal {
        spec: SeriesSpec {
            creator: accounts().bob,
            tier,
            kind,
            items,
            special: false,
            sale_duration_ms: SALE_DURATION,
        },
        options: ListingOptions::default(),
    }
}

fn terms(editions: u32) -> ListingTerms {
    ListingTerms {
        price: PRICE,
        editions,
        sale_start: SALE_START,
        content_uri: "ipfs://series".into(),
    }
}

/// The operator proposes and directly lists an SSS series; returns its id.
fn listed_series(registry: &mut Registry, proposal: SeriesProposal, editions: u32) -> SeriesId {
    set_caller(accounts().alice);
    let id = registry.propose_series(proposal, false).expect("propose");
    registry
        .apply_listing(id, ListingDecision::List(terms(editions)))
        .expect("list");
    id
}

/// A registry where Charlie bought the first piece of a one-item SSS series.
fn charlie_with_a_piece() -> (Registry, Id) {
    let mut registry = registry();
    let series = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    let token = buy(&mut registry, accounts().charlie, series, 0);
    (registry, token)
}

/// `buyer` buys `item` of `series` at the series' price, inside the window.
fn buy(registry: &mut Registry, buyer: AccountId, series: SeriesId, item: u8) -> Id {
    set_caller(buyer);
    set_time(SALE_START);
    test::set_account_balance::<Env>(buyer, 1_000 * PRICE);
    ink::env::pay_with_call!(registry.buy(series, item), PRICE).expect("buy")
}

fn balance_of_native(account: AccountId) -> Balance {
    test::get_account_balance::<Env>(account).expect("account exists")
}

fn known_accounts() -> Vec<AccountId> {
    let a = accounts();
    vec![a.alice, a.bob, a.charlie, a.django, a.eve, a.frank]
}

/// The registry's invariants (see `sequences::check_invariants`), and that the seat
/// caps add up to the seats.
fn assert_invariants(registry: &Registry) {
    check_invariants(
        &registry.state,
        &known_accounts(),
        balance_of_native(contract_id()),
    );
    let caps: u32 = registry.seats().iter().map(|q| q.cap).sum();
    assert_eq!(caps, registry.state.seat_book.caps.iter().sum::<u32>());
}

// ---------------------------------------------------------------- construction

#[ink::test]
fn new_works() {
    let registry = registry();
    assert_eq!(registry.operator(), accounts().alice);
    assert_eq!(registry.total_supply(), 0);
    let collection = registry.collection_id();
    assert_eq!(
        registry.get_attribute(collection, b"name".to_vec()),
        Some(b"Qiankun DAO Collectibles".to_vec())
    );
    let attribute_events = test::recorded_events().count();
    assert!(attribute_events >= 2, "name and symbol AttributeSet events");
    assert_invariants(&registry);
}

#[ink::test]
fn new_fails_when_split_does_not_sum_to_10000() {
    let result = Registry::new(100, 8_000, 1_000, 1_000, 1);
    assert!(matches!(result, Err(RegistryError::BadRevenueSplit)));
}

#[test]
fn seat_quotas_round_down_with_remainder_to_d() {
    assert_eq!(SeatBook::new(100).caps, [45, 10, 5, 15, 5, 10, 10]);
    // 45% of 7 = 3.15 → 3, 10% → 0, 5% → 0, 15% → 1, 5% → 0, 10% → 0, 10% → 0; D gets 3.
    assert_eq!(SeatBook::new(7).caps, [3, 0, 0, 1, 0, 0, 3]);
    assert_eq!(SeatBook::new(7).caps.iter().sum::<u32>(), 7);
    assert_eq!(SeatBook::new(0).caps, [0; 7]);
}

#[test]
fn revenue_split_adds_up_to_the_price_exactly() {
    let split = RevenueSplit {
        creator_bps: 3_333,
        rewards_bps: 3_333,
        society_bps: 3_333,
        operator_bps: 1,
    };
    for price in [0, 1, 7, 9_999, 10_000, 123_456_789, u128::MAX] {
        let (creator, rewards, society, operator) = split.split(price);
        assert_eq!(
            creator
                .checked_add(rewards)
                .and_then(|s| s.checked_add(society))
                .and_then(|s| s.checked_add(operator)),
            Some(price)
        );
        assert!(operator >= interfaces::bps_of(price, 1));
    }
}

// ---------------------------------------------------------------- PSP34 conformance

#[ink::test]
fn transfer_works_by_owner_and_emits_transfer() {
    let mut registry = registry();
    let series = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 2), 5);
    let a = accounts();
    let token = buy(&mut registry, a.charlie, series, 0);
    let before = test::recorded_events().count();
    set_caller(a.charlie);
    assert_eq!(
        registry.transfer(a.django, token.clone(), Vec::new()),
        Ok(())
    );
    assert_eq!(registry.owner_of(token.clone()), Some(a.django));
    assert_eq!(registry.balance_of(a.charlie), 0);
    assert_eq!(registry.balance_of(a.django), 1);
    assert_eq!(test::recorded_events().count(), before + 1);
    // The logic returns the event with the spec's fields.
    let events = registry
        .state
        .transfer(a.django, a.eve, token.clone())
        .expect("transfer");
    assert_eq!(
        events,
        vec![Event::Transfer(Transfer {
            from: Some(a.django),
            to: Some(a.eve),
            id: token
        })]
    );
    assert_invariants(&registry);
}

#[ink::test]
fn transfer_works_by_approved_operator_and_clears_the_approval() {
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    set_caller(a.charlie);
    let events = registry
        .state
        .approve(a.charlie, a.eve, Some(token.clone()), true)
        .expect("approve");
    assert_eq!(
        events,
        vec![Event::Approval(Approval {
            owner: a.charlie,
            operator: a.eve,
            id: Some(token.clone()),
            approved: true
        })]
    );
    assert!(registry.allowance(a.charlie, a.eve, Some(token.clone())));
    assert!(!registry.allowance(a.charlie, a.eve, None));
    set_caller(a.eve);
    assert_eq!(
        registry.transfer(a.frank, token.clone(), Vec::new()),
        Ok(())
    );
    assert_eq!(registry.owner_of(token.clone()), Some(a.frank));
    assert!(!registry.allowance(a.frank, a.eve, Some(token.clone())));
    assert_eq!(
        registry.transfer(a.eve, token, Vec::new()),
        Err(PSP34Error::NotApproved)
    );
    assert_invariants(&registry);
}

#[ink::test]
fn approve_for_all_tokens_works_and_can_be_withdrawn() {
    let mut registry = registry();
    let series = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 2), 5);
    let a = accounts();
    let first = buy(&mut registry, a.charlie, series, 0);
    let second = buy(&mut registry, a.charlie, series, 1);
    set_caller(a.charlie);
    assert_eq!(registry.approve(a.eve, None, true), Ok(()));
    assert!(registry.allowance(a.charlie, a.eve, None));
    assert!(registry.allowance(a.charlie, a.eve, Some(first.clone())));
    set_caller(a.eve);
    assert_eq!(registry.transfer(a.eve, first.clone(), Vec::new()), Ok(()));
    set_caller(a.charlie);
    assert_eq!(registry.approve(a.eve, None, false), Ok(()));
    set_caller(a.eve);
    assert_eq!(
        registry.transfer(a.eve, second, Vec::new()),
        Err(PSP34Error::NotApproved)
    );
    assert_eq!(registry.owner_of(first), Some(a.eve));
    assert_invariants(&registry);
}

#[ink::test]
fn approve_fails_when_self_approve_or_not_owner_or_unknown_token() {
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    set_caller(a.charlie);
    assert_eq!(
        registry.approve(a.charlie, Some(token.clone()), true),
        Err(PSP34Error::SelfApprove)
    );
    assert_eq!(
        registry.approve(a.charlie, None, true),
        Err(PSP34Error::SelfApprove)
    );
    set_caller(a.django);
    assert_eq!(
        registry.approve(a.eve, Some(token.clone()), true),
        Err(PSP34Error::NotApproved)
    );
    assert_eq!(
        registry.approve(a.eve, Some(Id::U64(999)), true),
        Err(PSP34Error::TokenNotExists)
    );
    assert!(!registry.allowance(a.charlie, a.eve, Some(token)));
    assert_invariants(&registry);
}

#[ink::test]
fn transfer_fails_when_token_unknown_or_caller_not_approved() {
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    set_caller(a.django);
    assert_eq!(
        registry.transfer(a.django, token.clone(), Vec::new()),
        Err(PSP34Error::NotApproved)
    );
    assert_eq!(
        registry.transfer(a.django, Id::U64(77), Vec::new()),
        Err(PSP34Error::TokenNotExists)
    );
    assert_eq!(
        registry.transfer(a.django, Id::U8(1), Vec::new()),
        Err(PSP34Error::TokenNotExists)
    );
    assert_eq!(registry.owner_of(token), Some(a.charlie));
    assert_invariants(&registry);
}

#[ink::test]
fn transfer_to_the_owner_changes_nothing() {
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    let events = registry
        .state
        .transfer(a.charlie, a.charlie, token.clone())
        .expect("no-op");
    assert!(events.is_empty());
    assert_eq!(registry.owner_of(token), Some(a.charlie));
    assert_invariants(&registry);
}

#[ink::test]
fn burn_works_and_keeps_enumeration_consistent() {
    let mut registry = registry();
    let series = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 3), 5);
    let a = accounts();
    let first = buy(&mut registry, a.charlie, series, 0);
    let second = buy(&mut registry, a.charlie, series, 1);
    let third = buy(&mut registry, a.django, series, 2);
    set_caller(a.charlie);
    assert_eq!(registry.burn(a.charlie, first.clone()), Ok(()));
    assert_eq!(registry.owner_of(first.clone()), None);
    assert_eq!(registry.total_supply(), 2);
    assert_eq!(registry.balance_of(a.charlie), 1);
    assert_eq!(registry.owners_token_by_index(a.charlie, 0), Some(second));
    assert_invariants(&registry);
    // Burning someone else's token needs an approval.
    assert_eq!(
        registry.burn(a.django, third.clone()),
        Err(PSP34Error::NotApproved)
    );
    set_caller(a.django);
    assert_eq!(
        registry.approve(a.charlie, Some(third.clone()), true),
        Ok(())
    );
    set_caller(a.charlie);
    assert_eq!(registry.burn(a.django, third), Ok(()));
    assert_eq!(
        registry.burn(a.charlie, first),
        Err(PSP34Error::TokenNotExists)
    );
    assert_eq!(registry.total_supply(), 1);
    assert_invariants(&registry);
}

#[ink::test]
fn get_attribute_works_for_tokens_and_the_collection() {
    let mut registry = registry();
    let series = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 2), 5);
    let a = accounts();
    let token = buy(&mut registry, a.charlie, series, 1);
    assert_eq!(
        registry.get_attribute(token.clone(), b"kind".to_vec()),
        Some(b"collectible".to_vec())
    );
    assert_eq!(
        registry.get_attribute(token.clone(), b"item".to_vec()),
        Some(b"1".to_vec())
    );
    assert_eq!(
        registry.get_attribute(token.clone(), b"edition".to_vec()),
        Some(b"1".to_vec())
    );
    assert_eq!(
        registry.get_attribute(token.clone(), b"uri".to_vec()),
        Some(b"ipfs://series".to_vec())
    );
    assert_eq!(
        registry.get_attribute(token.clone(), b"nope".to_vec()),
        None
    );
    set_caller(a.charlie);
    let seat = registry
        .claim_seat(SeatCategory::A1, vec![token])
        .expect("claim");
    assert_eq!(
        registry.get_attribute(seat.clone(), b"kind".to_vec()),
        Some(b"seat".to_vec())
    );
    assert_eq!(
        registry.get_attribute(seat, b"category".to_vec()),
        Some(b"A1".to_vec())
    );
    assert_eq!(
        registry.get_attribute(registry.collection_id(), b"symbol".to_vec()),
        Some(b"QKD".to_vec())
    );
    assert_eq!(registry.get_attribute(Id::U64(999), b"kind".to_vec()), None);
    assert_invariants(&registry);
}

// ---------------------------------------------------------------- series

#[ink::test]
fn propose_series_works_for_creator_with_poll_and_operator_without() {
    let mut registry = registry();
    let a = accounts();
    let options = ListingOptions {
        prices: vec![10, 20],
        quantities: vec![5],
        start_times: vec![SALE_START],
        contents: vec!["ipfs://a".into()],
    };
    let mut ss = proposal(Tier::SS, SaleKind::Official, 4);
    ss.options = options.clone();
    registry.state.links = crate::state::Links {
        rewards: Some(a.eve),
        society: Some(a.frank),
    };
    let mut asked = None;
    let (id, events) = registry
        .state
        .propose_series(a.bob, ss, true, |series, opts| {
            asked = Some((series, opts.clone()));
            Ok(7)
        })
        .expect("creator proposes SS with a poll");
    assert_eq!(asked, Some((id, options)));
    assert_eq!(registry.series(id).expect("stored").poll, Some(7));
    assert!(
        matches!(events.as_slice(), [Event::SeriesProposed(e)] if e.poll == Some(7) && e.creator == a.bob)
    );
    set_caller(a.alice);
    let direct = registry
        .propose_series(proposal(Tier::SSS, SaleKind::Official, 1), false)
        .expect("operator lists SSS");
    assert_eq!(
        registry.series(direct).expect("stored").status,
        SeriesStatus::Proposed
    );
    assert_eq!(registry.series_count(), 2);
    assert_invariants(&registry);
}

#[ink::test]
fn propose_series_fails_on_every_bad_input() {
    let mut registry = registry();
    let a = accounts();
    let no_poll = |registry: &mut Registry, caller, proposal, open_poll| {
        registry
            .state
            .propose_series(caller, proposal, open_poll, |_, _| Ok(0))
    };
    let sss = proposal(Tier::SSS, SaleKind::Official, 1);
    // Not a registered creator, or a creator proposing for someone else.
    assert_eq!(
        no_poll(&mut registry, a.charlie, sss.clone(), true).err(),
        Some(RegistryError::NotAuthorized)
    );
    let mut for_charlie = sss.clone();
    for_charlie.spec.creator = a.charlie;
    assert_eq!(
        no_poll(&mut registry, a.bob, for_charlie.clone(), true).err(),
        Some(RegistryError::NotAuthorized)
    );
    assert_eq!(
        no_poll(&mut registry, a.alice, for_charlie, false).err(),
        Some(RegistryError::NotAuthorized)
    );
    // SS needs a poll; a creator's SSS needs a poll.
    assert_eq!(
        no_poll(
            &mut registry,
            a.alice,
            proposal(Tier::SS, SaleKind::Official, 1),
            false
        )
        .err(),
        Some(RegistryError::PollRequired)
    );
    assert_eq!(
        no_poll(&mut registry, a.bob, sss.clone(), false).err(),
        Some(RegistryError::PollRequired)
    );
    // Shape.
    assert_eq!(
        no_poll(
            &mut registry,
            a.alice,
            proposal(Tier::SSS, SaleKind::Official, 0),
            false
        )
        .err(),
        Some(RegistryError::BadItemCount)
    );
    assert_eq!(
        no_poll(
            &mut registry,
            a.alice,
            proposal(Tier::SSS, SaleKind::Official, 65),
            false
        )
        .err(),
        Some(RegistryError::BadItemCount)
    );
    let mut zero_window = sss.clone();
    zero_window.spec.sale_duration_ms = 0;
    assert_eq!(
        no_poll(&mut registry, a.alice, zero_window, false).err(),
        Some(RegistryError::BadSaleWindow)
    );
    let mut endless_window = sss.clone();
    endless_window.options.start_times = vec![u64::MAX];
    assert_eq!(
        no_poll(&mut registry, a.alice, endless_window, false).err(),
        Some(RegistryError::BadSaleWindow)
    );
    // A poll needs 1-16 options per question.
    assert_eq!(
        no_poll(&mut registry, a.bob, sss.clone(), true).err(),
        Some(RegistryError::BadListingOptions)
    );
    let mut too_many = sss.clone();
    too_many.options = ListingOptions {
        prices: vec![1; 17],
        quantities: vec![1],
        start_times: vec![1],
        contents: vec!["x".into()],
    };
    assert_eq!(
        no_poll(&mut registry, a.bob, too_many, true).err(),
        Some(RegistryError::BadListingOptions)
    );
    let mut zero_editions = sss.clone();
    zero_editions.options = ListingOptions {
        prices: vec![1],
        quantities: vec![0],
        start_times: vec![1],
        contents: vec!["x".into()],
    };
    assert_eq!(
        no_poll(&mut registry, a.bob, zero_editions.clone(), true).err(),
        Some(RegistryError::ZeroEditions)
    );
    let mut special = sss.clone();
    special.spec.special = true;
    special.spec.items = 2;
    assert_eq!(
        no_poll(&mut registry, a.alice, special, false).err(),
        Some(RegistryError::SpecialNotUnique)
    );
    let mut long_uri = sss.clone();
    long_uri.options.contents = vec!["x".repeat(257)];
    assert_eq!(
        no_poll(&mut registry, a.alice, long_uri, false).err(),
        Some(RegistryError::ContentTooLong)
    );
    // A valid poll proposal while unlinked.
    let mut valid = sss;
    valid.options = ListingOptions {
        prices: vec![1],
        quantities: vec![1],
        start_times: vec![1],
        contents: vec!["x".into()],
    };
    assert_eq!(
        no_poll(&mut registry, a.bob, valid.clone(), true).err(),
        Some(RegistryError::NotLinked)
    );
    // A failing rewards call fails the proposal and stores nothing.
    registry.state.links = crate::state::Links {
        rewards: Some(a.eve),
        society: Some(a.frank),
    };
    let failed = registry.state.propose_series(a.bob, valid, true, |_, _| {
        Err(RegistryError::RewardsCallFailed)
    });
    assert_eq!(failed.err(), Some(RegistryError::RewardsCallFailed));
    assert_eq!(registry.series_count(), 0);
    assert_invariants(&registry);
}

#[ink::test]
fn apply_listing_works_and_rejects() {
    let mut registry = registry();
    let a = accounts();
    let listed = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 3);
    let series = registry.series(listed).expect("stored");
    assert_eq!(series.status, SeriesStatus::Listed);
    assert_eq!(series.terms, Some(terms(3)));
    assert_eq!(series.sale_end(), Some(SALE_START + SALE_DURATION));
    set_caller(a.alice);
    let other = registry
        .propose_series(proposal(Tier::SSS, SaleKind::Official, 1), false)
        .expect("propose");
    assert_eq!(
        registry.apply_listing(other, ListingDecision::Reject(RejectionReason::Withdrawn)),
        Ok(())
    );
    assert_eq!(
        registry.series(other).expect("stored").status,
        SeriesStatus::Rejected(RejectionReason::Withdrawn)
    );
    assert_invariants(&registry);
}

#[ink::test]
fn apply_listing_fails_when_unauthorized_unknown_or_decided() {
    let mut registry = registry();
    let a = accounts();
    set_caller(a.alice);
    let id = registry
        .propose_series(proposal(Tier::SSS, SaleKind::Official, 1), false)
        .expect("propose");
    set_caller(a.bob);
    assert_eq!(
        registry.apply_listing(id, ListingDecision::List(terms(1))),
        Err(RegistryError::NotAuthorized)
    );
    set_caller(a.alice);
    assert_eq!(
        registry.apply_listing(9, ListingDecision::List(terms(1))),
        Err(RegistryError::UnknownSeries)
    );
    assert_eq!(
        registry.apply_listing(id, ListingDecision::List(terms(0))),
        Err(RegistryError::ZeroEditions)
    );
    let mut long = terms(1);
    long.content_uri = "u".repeat(300);
    assert_eq!(
        registry.apply_listing(id, ListingDecision::List(long)),
        Err(RegistryError::ContentTooLong)
    );
    let mut endless = terms(1);
    endless.sale_start = u64::MAX;
    assert_eq!(
        registry.apply_listing(id, ListingDecision::List(endless)),
        Err(RegistryError::BadSaleWindow)
    );
    assert_eq!(
        registry.series(id).expect("stored").status,
        SeriesStatus::Proposed
    );
    assert_eq!(
        registry.apply_listing(id, ListingDecision::List(terms(1))),
        Ok(())
    );
    assert_eq!(
        registry.apply_listing(id, ListingDecision::List(terms(1))),
        Err(RegistryError::WrongSeriesStatus)
    );
    // A series with a poll is decided by the rewards contract only.
    registry.state.links = crate::state::Links {
        rewards: Some(a.eve),
        society: Some(a.frank),
    };
    let mut ss = proposal(Tier::SS, SaleKind::Official, 1);
    ss.options = ListingOptions {
        prices: vec![1],
        quantities: vec![1],
        start_times: vec![1],
        contents: vec!["x".into()],
    };
    let (polled, _) = registry
        .state
        .propose_series(a.bob, ss, true, |_, _| Ok(1))
        .expect("propose");
    assert_eq!(
        registry.apply_listing(polled, ListingDecision::List(terms(1))),
        Err(RegistryError::NotAuthorized)
    );
    set_caller(a.eve);
    assert_eq!(
        registry.apply_listing(polled, ListingDecision::Reject(RejectionReason::NoQuorum)),
        Ok(())
    );
    assert_invariants(&registry);
}

#[ink::test]
fn close_series_works_and_stops_sales() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 3);
    set_caller(a.charlie);
    assert_eq!(registry.close_series(id), Err(RegistryError::NotAuthorized));
    set_caller(a.bob);
    assert_eq!(registry.close_series(id), Ok(()));
    assert_eq!(
        registry.close_series(id),
        Err(RegistryError::WrongSeriesStatus)
    );
    set_caller(a.charlie);
    set_time(SALE_START);
    test::set_account_balance::<Env>(a.charlie, 10 * PRICE);
    assert_eq!(
        ink::env::pay_with_call!(registry.buy(id, 0), PRICE),
        Err(RegistryError::WrongSeriesStatus)
    );
    assert_eq!(registry.close_series(42), Err(RegistryError::UnknownSeries));
}

// ---------------------------------------------------------------- sales

#[ink::test]
fn buy_works_with_refund_and_exact_split() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 3);
    set_caller(a.charlie);
    set_time(SALE_START + 5);
    test::set_account_balance::<Env>(a.charlie, 10 * PRICE);
    let token = ink::env::pay_with_call!(registry.buy(id, 0), 3 * PRICE).expect("buy");
    assert_eq!(
        balance_of_native(a.charlie),
        9 * PRICE,
        "the excess came back"
    );
    assert_eq!(balance_of_native(contract_id()), PRICE);
    assert_eq!(registry.owner_of(token.clone()), Some(a.charlie));
    assert_eq!(
        registry.token_kind(token),
        Some(TokenKind::Collectible {
            series: id,
            item: 0,
            edition: 1
        })
    );
    assert_eq!(registry.credit_of(a.bob), PRICE / 10 * 8);
    assert_eq!(registry.credit_of(a.alice), PRICE / 10 * 2);
    assert_eq!(registry.total_credits(), PRICE);
    assert_eq!(registry.minted(id, 0), 1);
    assert_invariants(&registry);
}

#[ink::test]
fn buy_fails_on_every_bad_input() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 1);
    let giveaway = listed_series(
        &mut registry,
        proposal(Tier::S, SaleKind::Giveaway, 1).with_tier(Tier::SSS),
        1,
    );
    let state = &mut registry.state;
    let buyer = a.charlie;
    assert_eq!(
        state.buy(buyer, id, 0, PRICE, SALE_START - 1).err(),
        Some(RegistryError::OutsideSaleWindow)
    );
    assert_eq!(
        state
            .buy(buyer, id, 0, PRICE, SALE_START + SALE_DURATION)
            .err(),
        Some(RegistryError::OutsideSaleWindow)
    );
    assert_eq!(
        state.buy(buyer, id, 0, PRICE - 1, SALE_START).err(),
        Some(RegistryError::Underpaid)
    );
    assert_eq!(
        state.buy(buyer, id, 1, PRICE, SALE_START).err(),
        Some(RegistryError::UnknownItem)
    );
    assert_eq!(
        state.buy(buyer, 99, 0, PRICE, SALE_START).err(),
        Some(RegistryError::UnknownSeries)
    );
    assert_eq!(
        state.buy(buyer, giveaway, 0, PRICE, SALE_START).err(),
        Some(RegistryError::WrongSaleKind)
    );
    state.sales_paused = true;
    assert_eq!(
        state.buy(buyer, id, 0, PRICE, SALE_START).err(),
        Some(RegistryError::SalesPaused)
    );
    state.sales_paused = false;
    assert!(state.buy(buyer, id, 0, PRICE, SALE_START).is_ok());
    assert_eq!(
        state.buy(buyer, id, 0, PRICE, SALE_START).err(),
        Some(RegistryError::SoldOut)
    );
    assert_eq!(
        registry.total_supply(),
        1,
        "failed purchases minted nothing"
    );
}

#[ink::test]
fn buy_fails_when_shares_are_due_and_unlinked_and_forwards_them_when_linked() {
    set_caller(accounts().alice);
    test::set_account_balance::<Env>(contract_id(), 0);
    let mut registry = Registry::new(100, 5_000, 2_000, 1_000, 2_000).expect("valid split");
    let a = accounts();
    registry.register_creator(a.bob, true).expect("register");
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    let state = &mut registry.state;
    assert_eq!(
        state.buy(a.charlie, id, 0, PRICE, SALE_START).err(),
        Some(RegistryError::NotLinked)
    );
    state.links.rewards = Some(a.eve);
    assert_eq!(
        state.buy(a.charlie, id, 0, PRICE, SALE_START).err(),
        Some(RegistryError::NotLinked),
        "the society share is due too"
    );
    state.links = crate::state::Links {
        rewards: Some(a.eve),
        society: Some(a.frank),
    };
    let (sale, events) = state
        .buy(a.charlie, id, 0, PRICE + 5, SALE_START)
        .expect("buy");
    assert_eq!(
        (sale.refund, sale.rewards_share, sale.society_share),
        (5, PRICE / 5, PRICE / 10)
    );
    assert_eq!(
        (sale.links.rewards, sale.links.society),
        (Some(a.eve), Some(a.frank))
    );
    assert_eq!(state.credit_of(a.bob), PRICE / 2);
    assert_eq!(state.credit_of(a.alice), PRICE / 5);
    assert!(matches!(&events[1], Event::CollectiblePurchased(e)
        if e.creator_share + e.rewards_share + e.society_share + e.operator_share == PRICE));
}

#[ink::test]
fn airdrop_works_for_giveaways_only() {
    let mut registry = registry();
    let a = accounts();
    let giveaway = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Giveaway, 2), 1);
    let official = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 1);
    set_caller(a.alice);
    let token = registry.airdrop(giveaway, 1, a.django).expect("airdrop");
    assert_eq!(registry.owner_of(token), Some(a.django));
    assert_eq!(
        registry.airdrop(giveaway, 1, a.django),
        Err(RegistryError::SoldOut)
    );
    assert_eq!(
        registry.airdrop(official, 0, a.django),
        Err(RegistryError::WrongSaleKind)
    );
    assert_eq!(registry.set_sales_paused(true), Ok(()));
    assert_eq!(
        registry.airdrop(giveaway, 0, a.django),
        Err(RegistryError::SalesPaused)
    );
    set_caller(a.bob);
    assert_eq!(
        registry.airdrop(giveaway, 0, a.django),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.set_sales_paused(false),
        Err(RegistryError::NotAuthorized)
    );
    assert_invariants(&registry);
}

#[ink::test]
fn withdraw_works_once() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 3);
    buy(&mut registry, a.charlie, id, 0);
    buy(&mut registry, a.django, id, 0);
    set_caller(a.bob);
    let before = balance_of_native(a.bob);
    assert_eq!(registry.withdraw(), Ok(2 * PRICE / 10 * 8));
    assert_eq!(balance_of_native(a.bob), before + 2 * PRICE / 10 * 8);
    assert_eq!(registry.withdraw(), Err(RegistryError::NothingToWithdraw));
    assert_invariants(&registry);
    set_caller(a.alice);
    assert_eq!(registry.withdraw(), Ok(2 * PRICE / 10 * 2));
    assert_eq!(registry.total_credits(), 0);
    assert_invariants(&registry);
}

// ---------------------------------------------------------------- operator

#[ink::test]
fn link_works_once_per_contract_and_for_the_operator_only() {
    let mut registry = registry();
    let a = accounts();
    set_caller(a.bob);
    assert_eq!(
        registry.link_rewards(a.eve),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.link_society(a.frank),
        Err(RegistryError::NotAuthorized)
    );
    set_caller(a.alice);
    assert_eq!(registry.link_rewards(a.eve), Ok(()));
    assert_eq!(registry.links().rewards, Some(a.eve));
    assert_eq!(registry.links().society, None);
    assert_eq!(registry.link_society(a.frank), Ok(()));
    assert_eq!(registry.links().society, Some(a.frank));
    assert_eq!(
        registry.link_rewards(a.frank),
        Err(RegistryError::AlreadyLinked)
    );
    assert_eq!(
        registry.link_society(a.eve),
        Err(RegistryError::AlreadyLinked)
    );
}

#[ink::test]
fn operator_transfer_takes_two_steps() {
    let mut registry = registry();
    let a = accounts();
    set_caller(a.bob);
    assert_eq!(
        registry.transfer_operator(a.bob),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.accept_operator(),
        Err(RegistryError::NoPendingOperator)
    );
    set_caller(a.alice);
    assert_eq!(registry.transfer_operator(a.bob), Ok(()));
    assert_eq!(registry.operator(), a.alice);
    set_caller(a.bob);
    assert_eq!(registry.accept_operator(), Ok(()));
    assert_eq!(registry.operator(), a.bob);
    assert_eq!(registry.pending_operator(), None);
}

#[ink::test]
fn set_code_fails_when_not_operator() {
    let mut registry = registry();
    set_caller(accounts().bob);
    assert_eq!(
        registry.set_code([7u8; 32].into()),
        Err(RegistryError::NotAuthorized)
    );
}

#[ink::test]
fn register_creator_fails_when_not_operator() {
    let mut registry = registry();
    let a = accounts();
    set_caller(a.bob);
    assert_eq!(
        registry.register_creator(a.charlie, true),
        Err(RegistryError::NotAuthorized)
    );
    set_caller(a.alice);
    assert_eq!(registry.register_creator(a.bob, false), Ok(()));
    assert!(!registry.is_creator(a.bob));
}

// ---------------------------------------------------------------- seats

#[ink::test]
fn claim_seat_a1_works_to_the_last_seat_and_fails_one_past() {
    // 3 seats: A1 gets 1 (45% of 3, rounded down), D the remaining 2.
    let mut registry = registry_with(3);
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    let first = buy(&mut registry, a.charlie, id, 0);
    let second = buy(&mut registry, a.django, id, 0);
    set_caller(a.charlie);
    let seat = registry
        .claim_seat(SeatCategory::A1, vec![first.clone()])
        .expect("last A1 seat");
    assert_eq!(registry.seat_holder(seat.clone()), Some(a.charlie));
    assert_eq!(
        registry.seat_holder(first.clone()),
        None,
        "a collectible is no seat"
    );
    assert!(registry.is_proof_used(first));
    assert_eq!(registry.issued_seats(), 1);
    set_caller(a.django);
    assert_eq!(
        registry.claim_seat(SeatCategory::A1, vec![second]),
        Err(RegistryError::QuotaExhausted)
    );
    assert_invariants(&registry);
}

#[ink::test]
fn claim_seat_fails_when_proof_reused_after_changing_hands() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    let token = buy(&mut registry, a.charlie, id, 0);
    set_caller(a.charlie);
    registry
        .claim_seat(SeatCategory::A1, vec![token.clone()])
        .expect("claim");
    assert_eq!(
        registry.claim_seat(SeatCategory::A1, vec![token.clone()]),
        Err(RegistryError::ProofAlreadyUsed)
    );
    assert_eq!(
        registry.transfer(a.django, token.clone(), Vec::new()),
        Ok(())
    );
    set_caller(a.django);
    assert_eq!(
        registry.claim_seat(SeatCategory::A1, vec![token]),
        Err(RegistryError::ProofAlreadyUsed)
    );
    assert_eq!(registry.balance_of(a.django), 1);
    assert_invariants(&registry);
}

#[ink::test]
fn claim_seat_fails_when_not_eligible() {
    let mut registry = registry();
    let a = accounts();
    let official = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 2), 5);
    let giveaway = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Giveaway, 1), 5);
    let piece = buy(&mut registry, a.charlie, official, 0);
    set_caller(a.alice);
    let gift = registry.airdrop(giveaway, 0, a.charlie).expect("airdrop");
    set_caller(a.django);
    assert_eq!(
        registry.claim_seat(SeatCategory::A1, vec![piece.clone()]),
        Err(RegistryError::NotEligible),
        "not the owner"
    );
    set_caller(a.charlie);
    assert_eq!(
        registry.claim_seat(SeatCategory::A1, vec![gift.clone()]),
        Err(RegistryError::NotEligible),
        "giveaway piece"
    );
    assert_eq!(
        registry.claim_seat(SeatCategory::A1, vec![]),
        Err(RegistryError::NotEligible)
    );
    assert_eq!(
        registry.claim_seat(SeatCategory::A1, vec![piece.clone(), gift]),
        Err(RegistryError::NotEligible)
    );
    assert_eq!(
        registry.claim_seat(SeatCategory::A1, vec![Id::U64(999)]),
        Err(RegistryError::UnknownToken)
    );
    assert_eq!(
        registry.claim_seat(SeatCategory::A2, vec![piece.clone()]),
        Err(RegistryError::NotEligible),
        "incomplete set"
    );
    assert_eq!(
        registry.claim_seat(SeatCategory::A3, vec![piece.clone()]),
        Err(RegistryError::NotEligible),
        "not special"
    );
    assert_eq!(
        registry.claim_seat(SeatCategory::B, vec![piece.clone()]),
        Err(RegistryError::NotClaimable)
    );
    assert_eq!(
        registry.claim_seat(SeatCategory::D, vec![piece.clone()]),
        Err(RegistryError::NotClaimable)
    );
    assert!(!registry.is_proof_used(piece));
    assert_eq!(registry.issued_seats(), 0);
    assert_invariants(&registry);
}

#[ink::test]
fn claim_seat_a2_works_with_a_complete_series_only() {
    // 20 seats: A2 gets 2.
    let mut registry = registry_with(20);
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 3), 5);
    let pieces: Vec<Id> = (0..3)
        .map(|item| buy(&mut registry, a.charlie, id, item))
        .collect();
    let duplicate = buy(&mut registry, a.charlie, id, 0);
    set_caller(a.charlie);
    let duplicated = vec![pieces[0].clone(), pieces[1].clone(), duplicate];
    assert_eq!(
        registry.claim_seat(SeatCategory::A2, duplicated),
        Err(RegistryError::NotEligible),
        "item 0 twice"
    );
    let repeated = vec![pieces[0].clone(), pieces[1].clone(), pieces[0].clone()];
    assert_eq!(
        registry.claim_seat(SeatCategory::A2, repeated),
        Err(RegistryError::ProofAlreadyUsed),
        "a token twice"
    );
    let seat = registry
        .claim_seat(SeatCategory::A2, pieces.clone())
        .expect("complete set");
    assert_eq!(
        registry.token_kind(seat),
        Some(TokenKind::Seat {
            category: SeatCategory::A2,
            by_society: false
        })
    );
    assert!(pieces
        .iter()
        .all(|piece| registry.is_proof_used(piece.clone())));
    assert_eq!(
        registry.claim_seat(SeatCategory::A1, vec![pieces[0].clone()]),
        Err(RegistryError::ProofAlreadyUsed)
    );
    assert_invariants(&registry);
}

#[ink::test]
fn claim_seat_a3_works_with_a_special_piece_to_the_last_seat() {
    // 20 seats: A3 gets 1.
    let mut registry = registry_with(20);
    let a = accounts();
    let mut special = proposal(Tier::SSS, SaleKind::Official, 1);
    special.spec.special = true;
    let first = listed_series(&mut registry, special.clone(), 1);
    let second = listed_series(&mut registry, special, 1);
    let one = buy(&mut registry, a.charlie, first, 0);
    let other = buy(&mut registry, a.django, second, 0);
    set_caller(a.charlie);
    registry
        .claim_seat(SeatCategory::A3, vec![one])
        .expect("special piece");
    set_caller(a.django);
    assert_eq!(
        registry.claim_seat(SeatCategory::A3, vec![other]),
        Err(RegistryError::QuotaExhausted)
    );
    assert_invariants(&registry);
}

#[ink::test]
fn seats_cannot_be_transferred_approved_or_burned() {
    let mut registry = registry();
    let a = accounts();
    set_caller(a.alice);
    let seat = registry
        .grant_seat(a.charlie, SeatCategory::D)
        .expect("operator grants D");
    set_caller(a.charlie);
    let refused = Err(PSP34Error::Custom(SEAT_NOT_TRANSFERABLE.into()));
    assert_eq!(
        registry.transfer(a.django, seat.clone(), Vec::new()),
        refused
    );
    assert_eq!(
        registry.approve(a.django, Some(seat.clone()), true),
        refused
    );
    assert_eq!(registry.burn(a.charlie, seat.clone()), refused);
    // Not even an all-token operator can move it.
    assert_eq!(registry.approve(a.django, None, true), Ok(()));
    set_caller(a.django);
    assert_eq!(
        registry.transfer(a.django, seat.clone(), Vec::new()),
        refused
    );
    assert_eq!(registry.owner_of(seat), Some(a.charlie));
    assert_invariants(&registry);
}

#[ink::test]
fn grant_seat_by_operator_works_for_d_only_up_to_its_cap() {
    // 3 seats: D gets 2.
    let mut registry = registry_with(3);
    let a = accounts();
    set_caller(a.alice);
    assert_eq!(
        registry.grant_seat(a.charlie, SeatCategory::B),
        Err(RegistryError::OperatorGrantsOnlyD)
    );
    registry
        .grant_seat(a.charlie, SeatCategory::D)
        .expect("first D");
    registry
        .grant_seat(a.django, SeatCategory::D)
        .expect("last D");
    assert_eq!(
        registry.grant_seat(a.eve, SeatCategory::D),
        Err(RegistryError::QuotaExhausted)
    );
    set_caller(a.bob);
    assert_eq!(
        registry.grant_seat(a.bob, SeatCategory::D),
        Err(RegistryError::NotAuthorized)
    );
    assert_invariants(&registry);
}

#[ink::test]
fn society_reserves_grants_releases_and_revokes_seats() {
    // 20 seats: B 3, C1 1, C2 2, D 2.
    let mut registry = registry_with(20);
    let a = accounts();
    let society = a.frank;
    set_caller(a.alice);
    registry.link_rewards(a.eve).expect("link rewards");
    registry.link_society(society).expect("link society");
    // Only the society reserves, and only society categories.
    assert_eq!(
        registry.reserve_seat(SeatCategory::B),
        Err(RegistryError::NotAuthorized)
    );
    set_caller(society);
    assert_eq!(
        registry.reserve_seat(SeatCategory::A1),
        Err(RegistryError::NotSocietyCategory)
    );
    assert_eq!(
        registry.grant_seat(a.charlie, SeatCategory::C1),
        Err(RegistryError::NothingReserved)
    );
    assert_eq!(
        registry.release_seat(SeatCategory::C1),
        Err(RegistryError::NothingReserved)
    );
    assert_eq!(registry.reserve_seat(SeatCategory::C1), Ok(()));
    assert_eq!(
        registry.reserve_seat(SeatCategory::C1),
        Err(RegistryError::QuotaExhausted),
        "reserved counts against the cap"
    );
    let c1 = &registry.seats()[SeatCategory::C1.index()];
    assert_eq!((c1.cap, c1.issued, c1.reserved), (1, 0, 1));
    // Induction converts the reservation.
    let seat = registry
        .grant_seat(a.charlie, SeatCategory::C1)
        .expect("converted");
    let c1 = &registry.seats()[SeatCategory::C1.index()];
    assert_eq!((c1.issued, c1.reserved), (1, 0));
    assert_eq!(
        registry.token_kind(seat.clone()),
        Some(TokenKind::Seat {
            category: SeatCategory::C1,
            by_society: true
        })
    );
    // A failed candidate's reservation is released.
    assert_eq!(registry.reserve_seat(SeatCategory::B), Ok(()));
    assert_eq!(registry.release_seat(SeatCategory::B), Ok(()));
    assert_eq!(registry.seats()[SeatCategory::B.index()].reserved, 0);
    assert_invariants(&registry);
    // Final removal revokes the seat and frees the quota.
    assert_eq!(registry.revoke_seat(seat.clone()), Ok(()));
    assert_eq!(registry.owner_of(seat.clone()), None);
    assert_eq!(registry.seats()[SeatCategory::C1.index()].issued, 0);
    assert_eq!(registry.revoke_seat(seat), Err(RegistryError::UnknownToken));
    assert_eq!(registry.reserve_seat(SeatCategory::C1), Ok(()));
    // The society cannot revoke a seat it did not grant.
    set_caller(a.alice);
    let team_seat = registry.grant_seat(a.django, SeatCategory::D).expect("D");
    set_caller(society);
    assert_eq!(
        registry.revoke_seat(team_seat.clone()),
        Err(RegistryError::NotSocietySeat)
    );
    set_caller(a.alice);
    assert_eq!(
        registry.revoke_seat(team_seat),
        Err(RegistryError::NotAuthorized)
    );
    assert_invariants(&registry);
}

#[ink::test]
fn state_logic_runs_without_a_contract_shell() {
    // The logic takes caller, time and payment as arguments and needs no contract
    // (only the engine behind `Mapping`).
    let operator = AccountId::from([1; 32]);
    let buyer = AccountId::from([2; 32]);
    let split = RevenueSplit {
        creator_bps: 10_000,
        rewards_bps: 0,
        society_bps: 0,
        operator_bps: 0,
    };
    let (mut state, events) =
        RegistryState::new(operator, 10, split, Id::U8(0), b"n".to_vec(), b"s".to_vec())
            .expect("new");
    assert_eq!(events.len(), 2);
    let sss = SeriesProposal {
        spec: SeriesSpec {
            creator: operator,
            tier: Tier::SSS,
            kind: SaleKind::Official,
            items: 1,
            special: false,
            sale_duration_ms: 10,
        },
        options: ListingOptions::default(),
    };
    let (id, _) = state
        .propose_series(operator, sss, false, |_, _| Ok(0))
        .expect("propose");
    state
        .apply_listing(operator, id, ListingDecision::List(terms(1)))
        .expect("list");
    let (sale, events) = state.buy(buyer, id, 0, PRICE, SALE_START).expect("buy");
    assert_eq!(events.len(), 2);
    assert_eq!(state.owner_of(&sale.token), Some(buyer));
    assert_eq!(state.credit_of(operator), PRICE);
}

impl SeriesProposal {
    /// The same proposal at another tier.
    fn with_tier(mut self, tier: Tier) -> Self {
        self.spec.tier = tier;
        self
    }
}

#[ink::test]
fn every_category_issues_to_its_cap_and_refuses_one_past() {
    // 20 seats: A1 9, A2 2, A3 1, B 3, C1 1, C2 2, D 2.
    let mut registry = registry_with(20);
    let a = accounts();
    let society = a.frank;
    set_caller(a.alice);
    registry.link_rewards(a.eve).expect("link rewards");
    registry.link_society(society).expect("link society");
    let official = listed_series(
        &mut registry,
        proposal(Tier::SSS, SaleKind::Official, 2),
        100,
    );
    let mut special = proposal(Tier::SSS, SaleKind::Official, 1);
    special.spec.special = true;
    for quota in registry.seats() {
        let category = quota.category;
        for n in 0..=quota.cap {
            let outcome = match category {
                SeatCategory::A1 => {
                    let piece = buy(&mut registry, a.charlie, official, 0);
                    set_caller(a.charlie);
                    registry.claim_seat(category, vec![piece])
                }
                SeatCategory::A2 => {
                    let set = vec![
                        buy(&mut registry, a.charlie, official, 0),
                        buy(&mut registry, a.charlie, official, 1),
                    ];
                    set_caller(a.charlie);
                    registry.claim_seat(category, set)
                }
                SeatCategory::A3 => {
                    let unique = listed_series(&mut registry, special.clone(), 1);
                    let piece = buy(&mut registry, a.charlie, unique, 0);
                    set_caller(a.charlie);
                    registry.claim_seat(category, vec![piece])
                }
                _ => {
                    set_caller(society);
                    registry
                        .reserve_seat(category)
                        .and_then(|()| registry.grant_seat(a.django, category))
                }
            };
            if n < quota.cap {
                assert!(
                    outcome.is_ok(),
                    "{category:?} seat {n} of {}: {outcome:?}",
                    quota.cap
                );
            } else {
                assert_eq!(
                    outcome,
                    Err(RegistryError::QuotaExhausted),
                    "{category:?} one past its cap"
                );
            }
        }
        let after = &registry.seats()[category.index()];
        assert_eq!(after.issued, quota.cap, "{category:?}");
    }
    assert_eq!(registry.issued_seats(), 20);
    assert_invariants(&registry);
}

// ---------------------------------------------------------------- hostile input

use interfaces::testing::outcome;

/// A message called with hostile input: its name, its caller, the call.
type HostileCall = (
    &'static str,
    AccountId,
    Box<dyn FnOnce(&mut Registry) -> String>,
);

#[ink::test]
fn every_message_answers_hostile_input_with_a_named_error() {
    let (mut registry, piece) = charlie_with_a_piece();
    let a = accounts();
    let series = 0;
    let long = "x".repeat(MAX_CONTENT_LEN + 1);
    let huge_list = vec![Id::U64(1); 10_000];
    let mut many_options = proposal(Tier::SS, SaleKind::Official, 1);
    many_options.options.prices = vec![PRICE; 17];
    let mut long_content = proposal(Tier::SS, SaleKind::Official, 1);
    long_content.options.contents = vec![long.clone()];
    let mut long_terms = terms(5);
    long_terms.content_uri = long.clone();
    let table: Vec<(HostileCall, &str)> = vec![
        (
            (
                "propose_series by a stranger",
                a.charlie,
                Box::new(|r| {
                    outcome(r.propose_series(proposal(Tier::SSS, SaleKind::Official, 1), false))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "propose_series with 0 items",
                a.alice,
                Box::new(|r| {
                    outcome(r.propose_series(proposal(Tier::SSS, SaleKind::Official, 0), false))
                }),
            ),
            "BadItemCount",
        ),
        (
            (
                "propose_series with 255 items",
                a.alice,
                Box::new(|r| {
                    outcome(
                        r.propose_series(proposal(Tier::SSS, SaleKind::Official, u8::MAX), false),
                    )
                }),
            ),
            "BadItemCount",
        ),
        (
            (
                "propose_series with 17 prices",
                a.bob,
                Box::new(move |r| outcome(r.propose_series(many_options, true))),
            ),
            "BadListingOptions",
        ),
        (
            (
                "propose_series with a too-long content",
                a.bob,
                Box::new(move |r| outcome(r.propose_series(long_content, true))),
            ),
            "BadListingOptions",
        ),
        (
            (
                "apply_listing by a stranger",
                a.charlie,
                Box::new(|r| outcome(r.apply_listing(0, ListingDecision::List(terms(5))))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "apply_listing of an unknown series",
                a.alice,
                Box::new(|r| outcome(r.apply_listing(u32::MAX, ListingDecision::List(terms(5))))),
            ),
            "UnknownSeries",
        ),
        (
            (
                "apply_listing of a listed series",
                a.alice,
                Box::new(|r| outcome(r.apply_listing(0, ListingDecision::List(terms(5))))),
            ),
            "WrongSeriesStatus",
        ),
        (
            (
                "apply_listing with 0 editions",
                a.alice,
                Box::new(|r| {
                    let id = r
                        .propose_series(proposal(Tier::SSS, SaleKind::Official, 1), false)
                        .expect("propose");
                    outcome(r.apply_listing(id, ListingDecision::List(terms(0))))
                }),
            ),
            "ZeroEditions",
        ),
        (
            (
                "apply_listing with a too-long content",
                a.alice,
                Box::new(move |r| {
                    let id = r
                        .propose_series(proposal(Tier::SSS, SaleKind::Official, 1), false)
                        .expect("propose");
                    outcome(r.apply_listing(id, ListingDecision::List(long_terms)))
                }),
            ),
            "ContentTooLong",
        ),
        (
            (
                "close_series of an unknown series",
                a.alice,
                Box::new(|r| outcome(r.close_series(u32::MAX))),
            ),
            "UnknownSeries",
        ),
        (
            (
                "close_series by a stranger",
                a.charlie,
                Box::new(move |r| outcome(r.close_series(series))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "buy of an unknown series",
                a.charlie,
                Box::new(|r| outcome(ink::env::pay_with_call!(r.buy(u32::MAX, 0), PRICE))),
            ),
            "UnknownSeries",
        ),
        (
            (
                "buy of an unknown item",
                a.charlie,
                Box::new(move |r| outcome(ink::env::pay_with_call!(r.buy(series, u8::MAX), PRICE))),
            ),
            "UnknownItem",
        ),
        (
            (
                "buy paying nothing",
                a.charlie,
                Box::new(move |r| outcome(r.buy(series, 0))),
            ),
            "Underpaid",
        ),
        (
            (
                "buy paying one unit less",
                a.charlie,
                Box::new(move |r| outcome(ink::env::pay_with_call!(r.buy(series, 0), PRICE - 1))),
            ),
            "Underpaid",
        ),
        (
            (
                "airdrop of an official series",
                a.alice,
                Box::new(move |r| outcome(r.airdrop(series, 0, a.django))),
            ),
            "WrongSaleKind",
        ),
        (
            (
                "airdrop by a stranger",
                a.charlie,
                Box::new(move |r| outcome(r.airdrop(series, 0, a.django))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "claim_seat with no proof",
                a.charlie,
                Box::new(|r| outcome(r.claim_seat(SeatCategory::A1, Vec::new()))),
            ),
            "NotEligible",
        ),
        (
            (
                "claim_seat with 10,000 proofs",
                a.charlie,
                Box::new(move |r| outcome(r.claim_seat(SeatCategory::A2, huge_list))),
            ),
            "NotEligible",
        ),
        (
            (
                "claim_seat with an unknown token",
                a.charlie,
                Box::new(|r| outcome(r.claim_seat(SeatCategory::A1, vec![Id::U64(u64::MAX)]))),
            ),
            "UnknownToken",
        ),
        (
            ("claim_seat with someone else's piece", a.django, {
                let piece = piece.clone();
                Box::new(move |r| outcome(r.claim_seat(SeatCategory::A1, vec![piece])))
            }),
            "NotEligible",
        ),
        (
            ("claim_seat of a society category", a.charlie, {
                let piece = piece.clone();
                Box::new(move |r| outcome(r.claim_seat(SeatCategory::B, vec![piece])))
            }),
            "NotClaimable",
        ),
        (
            (
                "transfer of an unknown token",
                a.charlie,
                Box::new(move |r| {
                    outcome(r.transfer(a.django, Id::Bytes(vec![0xff; 64]), vec![0; 1_000]))
                }),
            ),
            "TokenNotExists",
        ),
        (
            ("transfer of someone else's token", a.django, {
                let piece = piece.clone();
                Box::new(move |r| outcome(r.transfer(a.django, piece, Vec::new())))
            }),
            "NotApproved",
        ),
        (
            ("approve of someone else's token", a.django, {
                let piece = piece.clone();
                Box::new(move |r| outcome(r.approve(a.eve, Some(piece), true)))
            }),
            "NotApproved",
        ),
        (
            ("approve of oneself", a.charlie, {
                let piece = piece.clone();
                Box::new(move |r| outcome(r.approve(a.charlie, Some(piece), true)))
            }),
            "SelfApprove",
        ),
        (
            ("burn of someone else's token", a.django, {
                let piece = piece.clone();
                Box::new(move |r| outcome(r.burn(a.charlie, piece)))
            }),
            "NotApproved",
        ),
        (
            (
                "reserve_seat by a stranger",
                a.charlie,
                Box::new(|r| outcome(r.reserve_seat(SeatCategory::B))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "release_seat by a stranger",
                a.charlie,
                Box::new(|r| outcome(r.release_seat(SeatCategory::B))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "grant_seat of B by the operator",
                a.alice,
                Box::new(move |r| outcome(r.grant_seat(a.django, SeatCategory::B))),
            ),
            "OperatorGrantsOnlyD",
        ),
        (
            (
                "revoke_seat by a stranger",
                a.charlie,
                Box::new(|r| outcome(r.revoke_seat(Id::U64(u64::MAX)))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "withdraw with nothing credited",
                a.django,
                Box::new(|r| outcome(r.withdraw())),
            ),
            "NothingToWithdraw",
        ),
        (
            (
                "register_creator by a stranger",
                a.charlie,
                Box::new(move |r| outcome(r.register_creator(a.charlie, true))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "link_rewards by a stranger",
                a.charlie,
                Box::new(move |r| outcome(r.link_rewards(a.charlie))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "set_sales_paused by a stranger",
                a.charlie,
                Box::new(|r| outcome(r.set_sales_paused(true))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "transfer_operator by a stranger",
                a.charlie,
                Box::new(move |r| outcome(r.transfer_operator(a.charlie))),
            ),
            "NotAuthorized",
        ),
        (
            (
                "accept_operator with none pending",
                a.charlie,
                Box::new(|r| outcome(r.accept_operator())),
            ),
            "NoPendingOperator",
        ),
        (
            (
                "set_code by a stranger",
                a.charlie,
                Box::new(|r| outcome(r.set_code([0xff; 32].into()))),
            ),
            "NotAuthorized",
        ),
    ];
    let mut wrong = Vec::new();
    for ((name, caller, call), expected) in table {
        set_caller(caller);
        set_time(SALE_START);
        test::set_account_balance::<Env>(caller, 1_000 * PRICE);
        test::set_value_transferred::<Env>(0);
        let got = call(&mut registry);
        if got != expected {
            wrong.push(format!("{name}: {got}, expected {expected}"));
        }
        assert_invariants(&registry);
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
