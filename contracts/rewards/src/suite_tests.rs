//! The rules of the registry and the rewards contract together, in plain Rust: each in
//! its own `World`, the registry's calls on the rewards contract and the rewards
//! contract's listing decisions reaching the other's real rules. A creator's series is
//! voted in, sold, and its sale's share funds the next poll.

use std::{cell::RefCell, rc::Rc};

use interfaces::{
    testing::accounts, ListingDecision, ListingOptions, ListingTerms, SaleKind, SeatCategory, Tier,
};
use registry::{
    storage::{LinkTarget, RevenueSplit, SeriesProposal, SeriesSpec, SeriesStatus},
    world::{provenance, RewardsRules, World as RegistryWorld},
};

use crate::{
    storage::{Question, RewardsParameters},
    world::{acc, World, REGISTRY},
};

/// The rewards contract's account, as the registry links it.
const REWARDS: u8 = 0xaa;
/// The society's account, as the registry links it (its pot is the registry world's fake).
const SOCIETY: u8 = 0xbb;
/// The price of one edition.
const PRICE: u128 = 1_000_000;

/// The registry (60% creator, 20% rewards, 10% society, 10% operator; Bob a creator; both
/// contracts linked, D seats 1-3 granted to Charlie and 4 to Django) and the rewards
/// contract (half the pool per poll, 50% quorum, listing polls of 10 blocks, the same
/// seat book), each calling the other's rules.
fn suite() -> (Rc<RefCell<RegistryWorld>>, Rc<RefCell<World>>) {
    let a = accounts();
    let split = RevenueSplit {
        creator_bps: 6_000,
        rewards_bps: 2_000,
        society_bps: 1_000,
        operator_bps: 1_000,
    };
    let mut registry = RegistryWorld::new(100, split);
    registry
        .call(a.alice, 0, |s, c| {
            s.register_creator(c, a.bob, true)?;
            s.link(c, LinkTarget::Rewards, acc(REWARDS))?;
            s.link(c, LinkTarget::Society, acc(SOCIETY))?;
            // Team-reserve seats 1-3 for Charlie, 4 for Django.
            for holder in [a.charlie, a.charlie, a.charlie, a.django] {
                s.grant_seat(c, holder, SeatCategory::D)?;
            }
            Ok::<(), interfaces::RegistryError>(())
        })
        .expect("registry set up");
    let mut rewards = World::new(RewardsParameters {
        poll_share_bps: 5_000,
        quorum_bps: 5_000,
        min_duration: 2,
        max_duration: 100,
        listing_duration: 10,
        period_blocks: 100,
        period_share_bps: 10_000,
        max_open_polls: 2,
    });
    // The rewards contract's seat book mirrors the registry's.
    for seat in 1..=3 {
        rewards.give_seat(seat, a.charlie);
    }
    rewards.give_seat(4, a.django);
    let (registry, rewards) = (
        Rc::new(RefCell::new(registry)),
        Rc::new(RefCell::new(rewards)),
    );

    let polls = rewards.clone();
    registry.borrow_mut().chain.rewards_rules = Some(RewardsRules {
        open_listing_poll: Box::new(move |proposer, series, options, seats| {
            polls
                .borrow_mut()
                .call(acc(REGISTRY), 0, |s, c| {
                    s.open_listing_poll(c, proposer, series, options, seats)
                })
                .ok()
        }),
    });
    let listings = registry.clone();
    rewards.borrow_mut().chain.registry_rules = Some(Box::new(move |series, decision| {
        listings
            .borrow_mut()
            .call(acc(REWARDS), 0, |s, c| s.apply_listing(c, series, decision))
            .is_ok()
    }));
    (registry, rewards)
}

/// Bob proposes a one-item Official series of `tier` priced `PRICE`, on sale from time 0
/// once listed, with a listing poll; returns the series and its poll.
fn propose(registry: &Rc<RefCell<RegistryWorld>>, tier: Tier, prices: Vec<u128>) -> (u32, u32) {
    let proposal = SeriesProposal {
        spec: SeriesSpec {
            creator: accounts().bob,
            tier,
            kind: SaleKind::Official,
            items: 1,
            special: false,
            sale_duration_ms: 10_000,
            provenance: provenance(),
        },
        options: ListingOptions {
            prices,
            quantities: vec![5],
            start_times: vec![0],
            contents: vec!["ipfs://series".into()],
        },
    };
    let series = registry
        .borrow_mut()
        .call(accounts().bob, 0, |s, c| {
            s.propose_series(c, proposal, true)
        })
        .expect("propose");
    let poll = registry
        .borrow()
        .state
        .series(series)
        .and_then(|s| s.poll)
        .expect("a listing poll");
    (series, poll)
}

#[ink::test]
fn a_series_voted_in_and_sold_funds_the_next_polls_budget() {
    let a = accounts();
    let (registry, rewards) = suite();
    // Bob proposes an SS series; the rewards contract opens its listing poll.
    let (series, poll) = propose(&registry, Tier::SS, vec![PRICE, 2 * PRICE]);
    assert_eq!(rewards.borrow().state.poll_count(), 1);

    // All four seats approve at the first price; the poll ends and is finalized, and
    // the registry lists the series with the winning terms.
    let vote = |who, seats: Vec<u64>| {
        let seats = seats.into_iter().map(interfaces::Id::U64).collect();
        rewards
            .borrow_mut()
            .at(5)
            .call(who, 0, |s, c| s.vote(c, poll, seats, vec![0, 0, 0, 0, 0]))
            .expect("vote");
    };
    vote(a.charlie, vec![1, 2, 3]);
    vote(a.django, vec![4]);
    rewards
        .borrow_mut()
        .at(10)
        .call(a.eve, 0, |s, c| s.finalize(c, poll))
        .expect("finalize");
    let listed = registry.borrow().state.series(series).expect("stored");
    assert_eq!(listed.status, SeriesStatus::Listed);
    let terms = ListingTerms {
        price: PRICE,
        editions: 5,
        sale_start: 0,
        content_uri: "ipfs://series".into(),
    };
    assert_eq!(listed.terms, Some(terms.clone()));
    assert_eq!(
        rewards.borrow().chain.listings,
        vec![(series, ListingDecision::List(terms))]
    );

    // Eve buys a piece: the registry credits the rewards and the society shares; the
    // rewards contract pulls its share (the registry pays it) into the real pool.
    let pool_before = rewards.borrow().state.pool();
    registry
        .borrow_mut()
        .at(1)
        .call(a.eve, PRICE, |s, c| s.buy(c, series, 0))
        .expect("buy");
    let share = PRICE / 5;
    assert_eq!(
        rewards.borrow().state.pool(),
        pool_before,
        "not yet collected"
    );
    assert_eq!(registry.borrow().state.credit_of(acc(REWARDS)), share);
    assert_eq!(registry.borrow().state.credit_of(acc(SOCIETY)), PRICE / 10);
    let paid = registry
        .borrow_mut()
        .call(acc(REWARDS), 0, |s, c| s.withdraw(c))
        .expect("the registry pays the rewards contract its credit");
    rewards.borrow_mut().chain.credit = paid;
    rewards
        .borrow_mut()
        .call(a.eve, 0, |s, c| s.collect_revenue(c))
        .expect("collect");
    assert_eq!(rewards.borrow().state.pool(), pool_before + share);
    assert_eq!(
        rewards.borrow().chain.balance,
        rewards.borrow().state.liabilities()
    );
    // The creator's share waits on the series until anyone moves it to Bob's credit.
    assert_eq!(
        registry
            .borrow()
            .state
            .series(series)
            .map(|series| series.revenue),
        Some(PRICE * 6 / 10)
    );
    registry
        .borrow_mut()
        .call(a.eve, 0, |s, c| s.collect_creator_revenue(c, series))
        .expect("collect the creator's revenue");
    assert_eq!(registry.borrow().state.credit_of(a.bob), PRICE * 6 / 10);

    // The listing poll opened the first period, when the pool was empty: nothing is
    // left of its allocation. In the next period (block 100 on), Charlie's poll takes
    // half of the new allocation, all of the pool as it stood then.
    let in_period = rewards
        .borrow_mut()
        .at(12)
        .call(a.charlie, 0, |s, c| {
            s.create_poll(c, "Now?".into(), vec![Question::Approve], 5)
        })
        .expect("create_poll");
    assert_eq!(
        rewards
            .borrow()
            .state
            .poll(in_period)
            .expect("stored")
            .budget,
        0
    );
    let next = rewards
        .borrow_mut()
        .at(100)
        .call(a.charlie, 0, |s, c| {
            s.create_poll(c, "Next drop?".into(), vec![Question::Approve], 5)
        })
        .expect("create_poll");
    let budget = rewards.borrow().state.poll(next).expect("stored").budget;
    assert_eq!(budget, (pool_before + share) / 2);
}

#[ink::test]
fn a_series_voted_down_is_rejected_in_the_registry_and_never_sold() {
    let a = accounts();
    let (registry, rewards) = suite();
    let (series, poll) = propose(&registry, Tier::S, vec![PRICE]);
    let seats = (1..=3).map(interfaces::Id::U64).collect();
    rewards
        .borrow_mut()
        .at(5)
        .call(a.charlie, 0, |s, c| {
            s.vote(c, poll, seats, vec![1, 0, 0, 0, 0])
        })
        .expect("vote against");
    rewards
        .borrow_mut()
        .at(10)
        .call(a.eve, 0, |s, c| s.finalize(c, poll))
        .expect("finalize");
    assert_eq!(
        registry.borrow().state.series(series).map(|s| s.status),
        Some(SeriesStatus::Rejected(
            interfaces::RejectionReason::VotedDown
        ))
    );
    let refused = registry
        .borrow_mut()
        .at(1)
        .call(a.eve, PRICE, |s, c| s.buy(c, series, 0));
    assert_eq!(refused, Err(interfaces::RegistryError::WrongSeriesStatus));
    assert_eq!(rewards.borrow().state.pool(), 0, "nothing was sold");
}
