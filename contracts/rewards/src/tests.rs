//! Unit tests of the rewards rules, in the fake [`World`]: the registry's seat book is
//! seat 1 → Bob, 2-4 → Charlie, 5 → Django; every call is followed by the invariants
//! (`World::check`), so no test has to remember them.

use ink::{env::DefaultEnvironment, primitives::AccountId};
use interfaces::{
    testing::accounts, Balance, Id, ListingDecision, ListingOptions, ListingTerms, PollId,
    RejectionReason, RewardsError, SeatSnapshot, MAX_OPTIONS, MAX_SEATS_PER_VOTE,
};

use crate::{
    budget::MAX_CLAIMS,
    events::{ListingDecided, PollCreated, RevenueCollected, RewardClaimed, Swept},
    questions::{MAX_QUESTIONS, MAX_TEXT_LEN},
    storage::{
        Action, GovernanceParameters, OptionValue, PollKind, Question, Result, RewardsParameters,
        RewardsState, Topic,
    },
    world::{acc, governance, World, GUARDIAN, REGISTRY},
};

pub(crate) const PARAMETERS: RewardsParameters = RewardsParameters {
    poll_share_bps: 5_000,
    quorum_bps: 5_000,
    min_duration: 2,
    max_duration: 100,
    listing_duration: 10,
    period_blocks: 1_000,
    period_share_bps: 10_000,
    max_open_polls: 4,
};

fn registry() -> AccountId {
    acc(REGISTRY)
}

/// A world with the test parameters and seat 1 → Bob, 2-4 → Charlie, 5 → Django.
pub(crate) fn world() -> World {
    let a = accounts();
    let mut world = World::new(PARAMETERS);
    world.give_seat(1, a.bob);
    for seat in 2..=4 {
        world.give_seat(seat, a.charlie);
    }
    world.give_seat(5, a.django);
    world
}

/// The registry deposits `amount` of sale revenue.
pub(crate) fn deposit(world: &mut World, amount: Balance) {
    world
        .call(registry(), amount, |s, c| s.deposit_revenue(c))
        .expect("deposit");
}

/// Eve adds `amount` to the budget of `poll`.
fn fund(world: &mut World, poll: PollId, amount: Balance) {
    world
        .call(accounts().eve, amount, |s, c| s.fund_poll(c, poll))
        .expect("fund");
}

/// `who` claims from `poll` at block 50.
fn claim(world: &mut World, who: AccountId, poll: PollId) -> Result<Balance> {
    world.at(50).call(who, 0, |s, c| s.claim(c, poll))
}

/// `who` creates, at block 0, a poll of `questions` lasting `duration` blocks.
fn create(
    world: &mut World,
    who: AccountId,
    title: &str,
    questions: Vec<Question>,
    duration: u32,
) -> Result<PollId> {
    world.at(0).call(who, 0, |s, c| {
        s.create_poll(c, title.into(), questions, duration)
    })
}

/// A general poll by Bob at block 0, lasting 10 blocks: an approval and a choice.
fn general_poll(world: &mut World) -> PollId {
    let questions = vec![
        Question::Approve,
        Question::Choice {
            topic: Topic::Price,
            options: vec![
                OptionValue::Amount(10),
                OptionValue::Amount(20),
                OptionValue::Amount(30),
            ],
        },
    ];
    create(world, accounts().bob, "Next drop", questions, 10).expect("create")
}

/// The registry opens, at `block`, the listing poll of `series` with `options`.
fn open_listing(
    world: &mut World,
    block: u32,
    series: u32,
    options: ListingOptions,
) -> Result<PollId> {
    world.at(block).call(registry(), 0, |s, c| {
        s.open_listing_poll(
            c,
            accounts().bob,
            series,
            options,
            SeatSnapshot {
                issued: 5,
                next_number: 6,
            },
        )
    })
}

/// The registry opens, at block 0, the listing poll of `series` with two options per
/// question.
fn listing_poll(world: &mut World, series: u32) -> PollId {
    open_listing(world, 0, series, listing_options()).expect("open")
}

/// `who` votes at `block` in `poll` with seats numbered `seats`.
fn vote_at(
    world: &mut World,
    block: u32,
    who: AccountId,
    poll: PollId,
    seats: &[u64],
    answers: &[u8],
) -> Result<()> {
    let seats = seats.iter().map(|n| Id::U64(*n)).collect();
    world
        .at(block)
        .call(who, 0, |s, c| s.vote(c, poll, seats, answers.to_vec()))
}

/// `who` votes at block 5.
fn vote(
    world: &mut World,
    who: AccountId,
    poll: PollId,
    seats: &[u64],
    answers: &[u8],
) -> Result<()> {
    vote_at(world, 5, who, poll, seats, answers)
}

/// Anyone finalizes `poll` at block 10, the registry reporting `issued` seats.
fn finalize(world: &mut World, poll: PollId, issued: u32) -> Result<()> {
    world.chain.issued_seats = issued;
    world.at(10).call(acc(9), 0, |s, c| s.finalize(c, poll))
}

/// The decision the last finalize sent to the registry.
fn decision(world: &World) -> Option<ListingDecision> {
    world
        .chain
        .events
        .of::<ListingDecided>()
        .first()
        .map(|decided| decided.decision.clone())
}

fn listing_options() -> ListingOptions {
    ListingOptions {
        prices: vec![100, 200],
        quantities: vec![10, 50],
        start_times: vec![1_000, 2_000],
        contents: vec!["ipfs://a".into(), "ipfs://b".into()],
    }
}

// ---------------------------------------------------------------- creating polls

#[ink::test]
fn create_poll_works_with_each_question_kind_and_takes_its_budget() {
    let mut world = world();
    deposit(&mut world, 1_000);
    let text = |s: &str| OptionValue::Text(s.into());
    let questions = vec![
        Question::Approve,
        Question::Choice {
            topic: Topic::Price,
            options: vec![OptionValue::Amount(1), OptionValue::Amount(2)],
        },
        Question::Choice {
            topic: Topic::Quantity,
            options: vec![OptionValue::Count(1), OptionValue::Count(2)],
        },
        Question::Choice {
            topic: Topic::StartTime,
            options: vec![OptionValue::Time(1), OptionValue::Time(2)],
        },
        Question::Choice {
            topic: Topic::Content,
            options: vec![text("ipfs://a"), text("ipfs://b")],
        },
        Question::Choice {
            topic: Topic::FreeText,
            options: vec![text("yes, loudly"), text("quietly")],
        },
    ];
    let id = world
        .at(3)
        .call(accounts().bob, 0, |s, c| {
            s.create_poll(c, "Everything".into(), questions.clone(), 7)
        })
        .expect("create");
    let poll = world.state.poll(id).expect("stored");
    assert_eq!(poll.questions, questions);
    assert_eq!((poll.start, poll.end, poll.budget), (3, 10, 500));
    assert_eq!(poll.kind, PollKind::General);
    assert_eq!(world.state.pool(), 500);
    assert_eq!(world.chain.events.len(), 1);
    assert!(
        matches!(&world.chain.events.of::<PollCreated>()[..], [e] if e.budget == 500 && e.end == 10)
    );
    assert_eq!(world.state.contribution(accounts().bob).polls_created, 1);
}

#[ink::test]
fn create_poll_fails_on_every_bad_input() {
    let mut world = world();
    let (bob, eve) = (accounts().bob, accounts().eve);
    let approve = vec![Question::Approve];
    let mut create = |who, title: &str, questions: Vec<Question>, duration| {
        create(&mut world, who, title, questions, duration).err()
    };
    assert_eq!(
        create(eve, "t", approve.clone(), 10),
        Some(RewardsError::NotSeatHolder)
    );
    assert_eq!(
        create(bob, "t", vec![], 10),
        Some(RewardsError::BadQuestionCount)
    );
    assert_eq!(
        create(bob, "t", vec![Question::Approve; 9], 10),
        Some(RewardsError::BadQuestionCount)
    );
    assert_eq!(
        create(bob, "t", approve.clone(), 1),
        Some(RewardsError::BadDuration)
    );
    assert_eq!(
        create(bob, "t", approve.clone(), 101),
        Some(RewardsError::BadDuration)
    );
    assert_eq!(
        create(bob, &"t".repeat(257), approve.clone(), 10),
        Some(RewardsError::TextTooLong)
    );
    let one_option = vec![Question::Choice {
        topic: Topic::Price,
        options: vec![OptionValue::Amount(1)],
    }];
    assert_eq!(
        create(bob, "t", one_option, 10),
        Some(RewardsError::BadOptions)
    );
    let too_many = vec![Question::Choice {
        topic: Topic::Quantity,
        options: vec![OptionValue::Count(1); 17],
    }];
    assert_eq!(
        create(bob, "t", too_many, 10),
        Some(RewardsError::BadOptions)
    );
    let wrong_kind = vec![Question::Choice {
        topic: Topic::Price,
        options: vec![OptionValue::Count(1), OptionValue::Count(2)],
    }];
    assert_eq!(
        create(bob, "t", wrong_kind, 10),
        Some(RewardsError::BadOptions)
    );
    let long_text = vec![Question::Choice {
        topic: Topic::FreeText,
        options: vec![
            OptionValue::Text("x".repeat(257)),
            OptionValue::Text("y".into()),
        ],
    }];
    assert_eq!(
        create(bob, "t", long_text, 10),
        Some(RewardsError::TextTooLong)
    );
    assert_eq!(world.state.poll_count(), 0);
}

#[ink::test]
fn open_listing_poll_works_for_the_registry_only() {
    let mut world = world();
    let refused = world.at(0).call(accounts().bob, 0, |s, c| {
        s.open_listing_poll(
            c,
            accounts().bob,
            7,
            listing_options(),
            SeatSnapshot {
                issued: 5,
                next_number: 6,
            },
        )
    });
    assert_eq!(refused.err(), Some(RewardsError::NotRegistry));
    let mut empty = listing_options();
    empty.prices.clear();
    let refused = open_listing(&mut world, 0, 7, empty);
    assert_eq!(refused.err(), Some(RewardsError::BadOptions));
    let id = open_listing(&mut world, 4, 7, listing_options()).expect("open");
    let poll = world.state.poll(id).expect("stored");
    assert_eq!(poll.kind, PollKind::Listing(7));
    assert_eq!(poll.questions.len(), 5);
    assert_eq!(poll.questions[0], Question::Approve);
    assert_eq!(poll.end, 4 + PARAMETERS.listing_duration);
}

// ---------------------------------------------------------------- voting

#[ink::test]
fn vote_works_per_seat_and_counts_each_seat_once() {
    let mut world = world();
    let a = accounts();
    let id = general_poll(&mut world);
    vote(&mut world, a.charlie, id, &[2, 3], &[0, 2]).expect("two seats");
    vote(&mut world, a.charlie, id, &[4], &[1, 2]).expect("the third seat later");
    vote(&mut world, a.bob, id, &[1], &[0, 1]).expect("bob");
    assert_eq!(
        world.state.results(id),
        Some(vec![vec![3, 1], vec![0, 1, 3]])
    );
    assert_eq!(world.state.poll(id).expect("stored").participating_seats, 4);
    assert_eq!(world.state.seats_voted(id, a.charlie), 3);
    assert_eq!(
        world.state.contribution(a.charlie).polls_voted,
        1,
        "one poll, however many votes"
    );
    assert_eq!(
        vote(&mut world, a.charlie, id, &[2], &[0, 0]).err(),
        Some(RewardsError::SeatAlreadyVoted)
    );
}

#[ink::test]
fn vote_fails_on_every_bad_input() {
    let mut world = world();
    let a = accounts();
    let id = general_poll(&mut world);
    let w = &mut world;
    assert_eq!(
        vote(w, a.bob, 99, &[1], &[0, 0]).err(),
        Some(RewardsError::UnknownPoll)
    );
    assert_eq!(
        vote(w, a.bob, id, &[1], &[0]).err(),
        Some(RewardsError::IncompleteAnswers),
        "partial"
    );
    assert_eq!(
        vote(w, a.bob, id, &[1], &[0, 0, 0]).err(),
        Some(RewardsError::IncompleteAnswers)
    );
    assert_eq!(
        vote(w, a.bob, id, &[1], &[2, 0]).err(),
        Some(RewardsError::BadAnswer),
        "approve takes 0 or 1"
    );
    assert_eq!(
        vote(w, a.bob, id, &[1], &[0, 3]).err(),
        Some(RewardsError::BadAnswer)
    );
    assert_eq!(
        vote(w, a.bob, id, &[], &[0, 0]).err(),
        Some(RewardsError::BadSeats)
    );
    assert_eq!(
        vote(w, a.charlie, id, &[2, 2], &[0, 0]).err(),
        Some(RewardsError::BadSeats)
    );
    assert_eq!(
        vote(w, a.bob, id, &[1; 17], &[0, 0]).err(),
        Some(RewardsError::BadSeats)
    );
    assert_eq!(
        vote(w, a.bob, id, &[2], &[0, 0]).err(),
        Some(RewardsError::SeatNotOwned)
    );
    assert_eq!(
        vote(w, a.eve, id, &[0], &[0, 0]).err(),
        Some(RewardsError::SeatNotOwned),
        "no seat has this number"
    );
    assert_eq!(
        vote(w, a.eve, id, &[9], &[0, 0]).err(),
        Some(RewardsError::SeatTooNew),
        "no seat this new existed when the poll opened"
    );
    // Before the start and at the end.
    let early = vote_at(w, 0, a.bob, id, &[1], &[0, 0]);
    assert!(early.is_ok(), "the start block is open");
    let id2 = general_poll(w);
    let late = vote_at(w, 10, a.bob, id2, &[1], &[0, 0]);
    assert_eq!(late.err(), Some(RewardsError::PollNotOpen));
    let mut later_poll = w.state.poll(id2).expect("stored");
    later_poll.start = 3;
    w.state.polls.insert(id2, &later_poll);
    let before = vote_at(w, 2, a.bob, id2, &[1], &[0, 0]);
    assert_eq!(before.err(), Some(RewardsError::PollNotOpen));
    assert_eq!(
        w.state.results(id2),
        Some(vec![vec![0, 0], vec![0, 0, 0]]),
        "nothing counted"
    );
}

#[ink::test]
fn calls_that_ask_the_registry_fail_when_it_cannot_answer() {
    let mut world = world();
    let a = accounts();
    let id = general_poll(&mut world);
    let listing = listing_poll(&mut world, 1);
    vote(&mut world, a.bob, listing, &[1], &[0, 0, 0, 0, 0]).expect("vote");
    world.chain.registry_down = true;
    assert_eq!(
        vote(&mut world, a.bob, id, &[1], &[0, 0]).err(),
        Some(RewardsError::RegistryCallFailed)
    );
    assert_eq!(
        create(&mut world, a.bob, "t", vec![Question::Approve], 5).err(),
        Some(RewardsError::RegistryCallFailed)
    );
    let opened = world.at(5).call(registry(), 0, |s, c| {
        s.open_listing_poll(
            c,
            a.bob,
            2,
            listing_options(),
            SeatSnapshot {
                issued: 5,
                next_number: 6,
            },
        )
    });
    // The registry passes its own snapshot with a listing poll: the rewards contract
    // never calls back into the registry while the registry calls it.
    assert!(opened.is_ok());
    // Who counts was fixed when the poll opened: finalizing asks the registry nothing.
    let finalized = world.at(10).call(a.bob, 0, |s, c| s.finalize(c, listing));
    assert_eq!(finalized, Ok(()));
    assert_eq!(
        world.state.results(id),
        Some(vec![vec![0, 0], vec![0, 0, 0]]),
        "nothing counted"
    );
}

// ---------------------------------------------------------------- finalizing and claiming

#[ink::test]
fn finalize_fails_early_and_twice() {
    let mut world = world();
    let id = general_poll(&mut world);
    let early = world.at(9).call(acc(9), 0, |s, c| s.finalize(c, id));
    assert_eq!(early.err(), Some(RewardsError::TooEarly));
    assert_eq!(
        finalize(&mut world, 99, 1).err(),
        Some(RewardsError::UnknownPoll)
    );
    assert_eq!(finalize(&mut world, id, 1), Ok(()));
    assert_eq!(decision(&world), None, "a general poll decides nothing");
    assert_eq!(
        finalize(&mut world, id, 1).err(),
        Some(RewardsError::AlreadyFinalized)
    );
    assert_eq!(
        vote(&mut world, accounts().bob, id, &[1], &[0, 0]).err(),
        Some(RewardsError::PollNotOpen)
    );
}

#[ink::test]
fn ties_pick_the_lowest_option() {
    let mut world = world();
    let a = accounts();
    let id = general_poll(&mut world);
    vote(&mut world, a.bob, id, &[1], &[1, 2]).expect("bob");
    vote(&mut world, a.django, id, &[5], &[0, 1]).expect("django");
    finalize(&mut world, id, 5).expect("finalize");
    let outcome = world
        .state
        .poll(id)
        .and_then(|p| p.outcome)
        .expect("finalized");
    assert_eq!(outcome.winners, vec![0, 1]);
}

#[ink::test]
fn rewards_split_equally_per_seat_for_holders_of_one_and_three_seats() {
    let mut world = world();
    let a = accounts();
    deposit(&mut world, 2_000);
    let id = general_poll(&mut world);
    assert_eq!(world.state.poll(id).expect("stored").budget, 1_000);
    vote(&mut world, a.bob, id, &[1], &[0, 0]).expect("one seat");
    vote(&mut world, a.charlie, id, &[2, 3, 4], &[0, 0]).expect("three seats");
    assert_eq!(
        claim(&mut world, a.bob, id).err(),
        Some(RewardsError::NotFinalized)
    );
    finalize(&mut world, id, 5).expect("finalize");
    assert_eq!(world.state.pending_reward(id, a.bob), 250);
    assert_eq!(claim(&mut world, a.bob, id), Ok(250));
    assert_eq!(claim(&mut world, a.charlie, id), Ok(750));
    assert_eq!(
        (world.received(a.bob), world.received(a.charlie)),
        (250, 750)
    );
    assert_eq!(
        claim(&mut world, a.charlie, id).err(),
        Some(RewardsError::AlreadyClaimed)
    );
    assert_eq!(
        claim(&mut world, a.django, id).err(),
        Some(RewardsError::NotParticipant),
        "did not vote"
    );
    assert_eq!(world.state.pending_reward(id, a.charlie), 0);
    assert_eq!(world.state.contribution(a.charlie).rewards_claimed, 750);
    assert_eq!(world.state.liabilities(), 1_000, "only the pool is left");
}

#[ink::test]
fn rounding_dust_returns_to_the_pool() {
    let mut world = world();
    let a = accounts();
    let id = general_poll(&mut world);
    fund(&mut world, id, 100);
    vote(&mut world, a.bob, id, &[1], &[0, 0]).expect("bob");
    vote(&mut world, a.charlie, id, &[2, 3], &[0, 0]).expect("charlie");
    finalize(&mut world, id, 5).expect("finalize");
    let outcome = world
        .state
        .poll(id)
        .and_then(|p| p.outcome)
        .expect("finalized");
    assert_eq!((outcome.reward_per_seat, outcome.returned), (33, 1));
    assert_eq!(world.state.pool(), 1);
    assert_eq!(claim(&mut world, a.charlie, id), Ok(66));
    assert_eq!(claim(&mut world, a.bob, id), Ok(33));
    assert_eq!(world.state.liabilities(), 1);
}

#[ink::test]
fn an_empty_polls_budget_returns_to_the_pool() {
    let mut world = world();
    deposit(&mut world, 1_000);
    let id = general_poll(&mut world);
    fund(&mut world, id, 10);
    assert_eq!(world.state.pool(), 500);
    finalize(&mut world, id, 5).expect("finalize");
    assert_eq!(world.state.pool(), 1_010);
    assert_eq!(world.state.liabilities(), 1_010);
    let late = world.call(accounts().eve, 5, |s, c| s.fund_poll(c, id));
    assert_eq!(late.err(), Some(RewardsError::AlreadyFinalized));
}

#[ink::test]
fn claim_all_claims_what_it_can_and_skips_the_rest() {
    let mut world = world();
    let a = accounts();
    deposit(&mut world, 4_000);
    let first = general_poll(&mut world);
    let second = general_poll(&mut world);
    let open = general_poll(&mut world);
    for id in [first, second, open] {
        vote(&mut world, a.bob, id, &[1], &[0, 0]).expect("vote");
    }
    finalize(&mut world, first, 1).expect("finalize");
    finalize(&mut world, second, 1).expect("finalize");
    let expected =
        world.state.pending_reward(first, a.bob) + world.state.pending_reward(second, a.bob);
    let total = world
        .at(20)
        .call(a.bob, 0, |s, c| {
            s.claim_all(c, vec![first, open, second, first, 77])
        })
        .expect("claim");
    assert_eq!(total, expected);
    assert_eq!(world.received(a.bob), expected);
    assert_eq!(world.chain.events.of::<RewardClaimed>().len(), 2);
    let record = world.state.contribution(a.bob);
    assert_eq!(
        (record.rewards_claimed, record.last_active),
        (expected, 20),
        "the record takes the total once"
    );
    let again = world.call(a.bob, 0, |s, c| s.claim_all(c, vec![first, second]));
    assert_eq!(again.err(), Some(RewardsError::NothingToClaim));
    let too_many = world.call(a.bob, 0, |s, c| s.claim_all(c, vec![0; 17]));
    assert_eq!(too_many.err(), Some(RewardsError::BadParameter));
}

#[ink::test]
fn deposit_and_fund_fail_on_zero() {
    let mut world = world();
    let id = general_poll(&mut world);
    let zero = world.call(registry(), 0, |s, c| s.deposit_revenue(c));
    assert_eq!(zero.err(), Some(RewardsError::ZeroAmount));
    let zero = world.call(registry(), 0, |s, c| s.fund_poll(c, id));
    assert_eq!(zero.err(), Some(RewardsError::ZeroAmount));
    let unknown = world.call(registry(), 5, |s, c| s.fund_poll(c, 42));
    assert_eq!(unknown.err(), Some(RewardsError::UnknownPoll));
    assert_eq!(world.chain.balance, 0, "failed payments are returned");
}

#[ink::test]
fn anyone_collects_the_sales_share_once_and_the_books_stay_whole() {
    let mut world = world();
    let a = accounts();
    world.chain.credit = 500;
    assert_eq!(world.state.pool(), 0);
    assert_eq!(
        world.call(a.django, 0, |s, c| s.collect_revenue(c)),
        Ok(500),
        "a stranger may collect: it only moves the registry's credit into the pool"
    );
    assert_eq!(world.state.pool(), 500);
    assert_eq!(world.chain.balance, world.state.liabilities());
    assert_eq!(
        world.chain.events.of::<RevenueCollected>(),
        vec![RevenueCollected {
            by: a.django,
            amount: 500
        }]
    );
    // Collecting again finds nothing; the pool does not grow twice.
    assert_eq!(
        world.call(a.django, 0, |s, c| s.collect_revenue(c)),
        Err(RewardsError::NothingToCollect)
    );
    assert_eq!(world.state.pool(), 500);
    // A registry that does not answer fails the call and moves nothing.
    world.chain.credit = 70;
    world.chain.registry_down = true;
    assert_eq!(
        world.call(a.django, 0, |s, c| s.collect_revenue(c)),
        Err(RewardsError::RegistryCallFailed)
    );
    assert_eq!(
        (world.state.pool(), world.chain.credit),
        (500, 70),
        "nothing moved"
    );
}

// ---------------------------------------------------------------- listing decisions

#[ink::test]
fn listing_poll_lists_the_winning_options_when_quorum_is_met() {
    let mut world = world();
    let a = accounts();
    let id = listing_poll(&mut world, 3);
    vote(&mut world, a.charlie, id, &[2, 3], &[0, 1, 0, 1, 0]).expect("charlie");
    vote(&mut world, a.bob, id, &[1], &[1, 0, 1, 0, 1]).expect("bob");
    // 3 of 5 issued seats voted: 60% ≥ 50%.
    finalize(&mut world, id, 5).expect("finalize");
    let terms = ListingTerms {
        price: 200,
        editions: 10,
        sale_start: 2_000,
        content_uri: "ipfs://a".into(),
    };
    let decided = world.chain.events.of::<ListingDecided>();
    assert_eq!(decided.len(), 1);
    assert_eq!((decided[0].poll, decided[0].series), (id, 3));
    assert_eq!(decided[0].decision, ListingDecision::List(terms.clone()));
    assert!(decided[0].applied);
    assert_eq!(
        world.chain.listings,
        vec![(3, ListingDecision::List(terms))]
    );
}

#[ink::test]
fn listing_poll_rejects_when_voted_down_or_quorum_missed() {
    let mut world = world();
    let a = accounts();
    let down = listing_poll(&mut world, 1);
    vote(&mut world, a.charlie, down, &[2, 3, 4], &[1, 0, 0, 0, 0]).expect("reject");
    finalize(&mut world, down, 5).expect("finalize");
    assert_eq!(
        decision(&world),
        Some(ListingDecision::Reject(RejectionReason::VotedDown))
    );
    let thin = listing_poll(&mut world, 2);
    vote(&mut world, a.bob, thin, &[1], &[0, 0, 0, 0, 0]).expect("approve");
    // 1 of 5 issued seats: 20% < 50%.
    finalize(&mut world, thin, 5).expect("finalize");
    assert_eq!(
        decision(&world),
        Some(ListingDecision::Reject(RejectionReason::NoQuorum))
    );
    let empty = listing_poll(&mut world, 4);
    finalize(&mut world, empty, 0).expect("finalize");
    assert_eq!(
        decision(&world),
        Some(ListingDecision::Reject(RejectionReason::NoQuorum)),
        "no votes, no quorum"
    );
}

#[ink::test]
fn a_refused_listing_decision_is_reported_not_applied() {
    let mut world = world();
    let id = listing_poll(&mut world, 6);
    world.chain.refuse_listings = true;
    finalize(&mut world, id, 5).expect("finalize");
    let decided = world.chain.events.of::<ListingDecided>();
    assert_eq!(decided.len(), 1);
    assert!(!decided[0].applied);
    assert!(world.chain.listings.is_empty());
}

// ---------------------------------------------------------------- attacks on the pool

/// The deploy profile's parameters (`[deploy.rewards]` in deploy.toml): a quarter of the
/// period's allocation per poll, a period of 10 blocks that may give polls 20% of the
/// pool, a 20% quorum, 3 open polls each.
const DEPLOYED: RewardsParameters = RewardsParameters {
    poll_share_bps: 2_500,
    quorum_bps: 2_000,
    min_duration: 2,
    max_duration: 1_000,
    listing_duration: 20,
    period_blocks: 10,
    period_share_bps: 2_000,
    max_open_polls: 3,
};

/// A world with `DEPLOYED` parameters and 100,000 in the pool; Bob holds seat 1,
/// Charlie seats 2-4 and others seats 5-11 (11 issued).
fn deployed_world() -> World {
    let a = accounts();
    let mut world = World::new(DEPLOYED);
    world.give_seat(1, a.bob);
    for seat in 2..=4 {
        world.give_seat(seat, a.charlie);
    }
    for seat in 5..=11 {
        world.give_seat(seat, acc(40 + seat as u8));
    }
    deposit(&mut world, 100_000);
    world
}

/// `who` opens as many one-question polls as it may at `block`, each lasting 2 blocks,
/// votes in each with `seats`, finalizes them and claims everything; returns what it
/// took.
fn drain(world: &mut World, who: AccountId, seats: &[u64], block: u32) -> Balance {
    let mut polls = Vec::new();
    for _ in 0..40 {
        let opened = world.at(block).call(who, 0, |s, c| {
            s.create_poll(c, "t".into(), vec![Question::Approve], 2)
        });
        match opened {
            Ok(id) => polls.push(id),
            Err(error) => {
                assert_eq!(error, RewardsError::TooManyOpenPolls);
                break;
            }
        }
    }
    for &id in &polls {
        vote_at(world, block, who, id, seats, &[0]).expect("vote");
    }
    for &id in &polls {
        world
            .at(block + 2)
            .call(who, 0, |s, c| s.finalize(c, id))
            .expect("finalize");
    }
    let before = world.received(who);
    let _ = world
        .at(block + 2)
        .call(who, 0, |s, c| s.claim_all(c, polls.clone()));
    world.received(who) - before
}

#[ink::test]
fn one_seat_opening_forty_polls_takes_nothing_without_a_quorum() {
    // The audit: one seat opened 40 polls in a block, answered each and took 98% of the
    // pool. Now it may open 3, and one seat of 11 is no quorum: every budget returns.
    let mut world = deployed_world();
    let taken = drain(&mut world, accounts().bob, &[1], 10);
    assert_eq!(taken, 0);
    assert_eq!(world.state.open_polls_of(accounts().bob), 0);
    assert_eq!(
        world.state.pool(),
        100_000,
        "every budget went back to the pool"
    );
}

#[ink::test]
fn a_holder_with_a_quorum_takes_at_most_the_periods_allocation() {
    // Charlie's three seats of 11 make the 20% quorum alone: his polls pay him, but all
    // of a period's budgets come out of one allocation, 20% of the pool.
    let mut world = deployed_world();
    let charlie = accounts().charlie;
    // Period 1 (blocks 10-19): three polls of a quarter of the allocation of 20,000
    // each, less the rounding dust of 5,000 over three seats, which returns.
    let taken = drain(&mut world, charlie, &[2, 3, 4], 10);
    assert_eq!(taken, 14_994);
    // Again in the same period: only the last quarter of the allocation is left.
    let again = drain(&mut world, charlie, &[2, 3, 4], 14);
    assert!(
        taken + again <= 20_000,
        "took {} in one period",
        taken + again
    );
    // The next period's allocation is 20% of the pool as it stands then.
    let pool_then = world.state.pool();
    let next = drain(&mut world, charlie, &[2, 3, 4], 30);
    assert!(next <= pool_then / 5, "took {next} of {pool_then}");
}

#[ink::test]
fn a_creator_flooding_listing_polls_is_capped_and_paid_nothing_without_a_quorum() {
    let mut world = deployed_world();
    let mut opened = 0;
    for series in 0..40 {
        match world.at(10).call(registry(), 0, |s, c| {
            s.open_listing_poll(
                c,
                accounts().eve,
                series,
                listing_options(),
                SeatSnapshot {
                    issued: 11,
                    next_number: 12,
                },
            )
        }) {
            Ok(_) => opened += 1,
            Err(error) => {
                assert_eq!(error, RewardsError::TooManyOpenPolls);
                break;
            }
        }
    }
    assert_eq!(opened, 3, "three listing polls for one proposer");
    // Another proposer is not blocked by Eve's polls.
    assert!(world
        .at(10)
        .call(registry(), 0, |s, c| s.open_listing_poll(
            c,
            accounts().frank,
            50,
            listing_options(),
            SeatSnapshot {
                issued: 11,
                next_number: 12
            }
        ))
        .is_ok());
    // Nobody votes: each listing poll rejects its series and pays nothing.
    for id in 0..3 {
        world
            .at(30)
            .call(acc(9), 0, |s, c| s.finalize(c, id))
            .expect("finalize");
        let outcome = world.state.poll(id).and_then(|p| p.outcome).expect("final");
        assert!(!outcome.quorum_met);
        assert_eq!(
            outcome.returned,
            world.state.poll(id).expect("stored").budget
        );
    }
    assert_eq!(world.state.open_polls_of(accounts().eve), 0);
}

#[ink::test]
fn who_counts_is_fixed_when_the_poll_opens() {
    let a = accounts();
    let mut world = deployed_world();
    let id = world
        .at(10)
        .call(a.charlie, 0, |s, c| {
            s.create_poll(c, "t".into(), vec![Question::Approve], 5)
        })
        .expect("create");
    // A seat issued after the poll opened cannot vote in it.
    world.give_seat(12, a.django);
    assert_eq!(
        vote_at(&mut world, 11, a.django, id, &[12], &[0]).err(),
        Some(RewardsError::SeatTooNew)
    );
    vote_at(&mut world, 11, a.charlie, id, &[2, 3, 4], &[0]).expect("vote");
    // Seats claimed between the end and the finalization change nothing: the quorum
    // is 20% of the 11 seats issued when the poll opened, not of the 100 now.
    for seat in 13..=100 {
        world.give_seat(seat, a.django);
    }
    world
        .at(15)
        .call(a.eve, 0, |s, c| s.finalize(c, id))
        .expect("finalize");
    let poll = world.state.poll(id).expect("stored");
    assert_eq!(poll.eligible_seats, 11);
    assert!(poll.outcome.expect("final").quorum_met);
}

#[ink::test]
fn a_refused_listing_decision_can_be_sent_again_and_only_applies_once() {
    let a = accounts();
    let mut world = world();
    let id = listing_poll(&mut world, 8);
    vote(&mut world, a.charlie, id, &[2, 3, 4], &[0, 0, 0, 0, 0]).expect("approve");
    world.chain.refuse_listings = true;
    finalize(&mut world, id, 5).expect("finalize");
    assert!(world.chain.listings.is_empty(), "the registry refused it");
    let again = world.call(a.eve, 0, |s, c| s.retry_listing(c, id));
    assert_eq!(again, Err(RewardsError::ListingRefused));
    world.chain.refuse_listings = false;
    world
        .call(a.eve, 0, |s, c| s.retry_listing(c, id))
        .expect("sent again");
    assert_eq!(world.chain.listings.len(), 1);
    assert!(world.chain.events.of::<ListingDecided>()[0].applied);
    // A general poll has no decision to send; an open one none yet.
    let general = general_poll(&mut world);
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.retry_listing(c, general)),
        Err(RewardsError::NotListingPoll)
    );
    let open = listing_poll(&mut world, 9);
    assert_eq!(
        world.call(a.eve, 0, |s, c| s.retry_listing(c, open)),
        Err(RewardsError::NotFinalized)
    );
}

// ---------------------------------------------------------------- operator

#[ink::test]
fn sweep_takes_only_what_is_neither_pool_nor_budget() {
    let a = accounts();
    let mut world = world();
    deposit(&mut world, 10_000);
    let poll = world
        .at(1)
        .call(a.bob, 0, |s, c| {
            s.create_poll(c, "t".into(), vec![Question::Approve], 2)
        })
        .expect("create");
    assert!(world.state.poll(poll).expect("poll").budget > 0);
    assert_eq!(
        world.call(a.alice, 0, |s, c| s.sweep(c, a.alice)),
        Err(RewardsError::NothingToSweep),
        "the pool and the open budget are owed"
    );
    // A direct transfer never reached the pool.
    world.chain.balance += 555;
    assert_eq!(
        world.call(a.bob, 0, |s, c| s.sweep(c, a.bob)),
        Err(RewardsError::NotAuthorized)
    );
    assert_eq!(world.call(a.alice, 0, |s, c| s.sweep(c, a.eve)), Ok(555));
    assert_eq!(world.received(a.eve), 555);
    assert_eq!(
        world.chain.events.of::<Swept>(),
        [Swept {
            to: a.eve,
            amount: 555
        }]
    );
    assert_eq!(world.chain.balance, world.state.liabilities());
    assert_eq!(
        world.call(a.alice, 0, |s, c| s.sweep(c, a.alice)),
        Err(RewardsError::NothingToSweep)
    );
}

#[ink::test]
fn set_parameters_works_for_the_operator_within_range() {
    let mut world = world();
    let a = accounts();
    let mut changed = PARAMETERS;
    changed.quorum_bps = 6_000;
    let mut set = |who, parameters| world.call(who, 0, |s, c| s.set_parameters(c, parameters));
    assert_eq!(set(a.bob, changed).err(), Some(RewardsError::NotAuthorized));
    let mut bad = PARAMETERS;
    bad.min_duration = 200;
    assert_eq!(set(a.alice, bad).err(), Some(RewardsError::BadParameter));
    bad = PARAMETERS;
    bad.poll_share_bps = 10_001;
    assert_eq!(set(a.alice, bad).err(), Some(RewardsError::BadParameter));
    assert!(set(a.alice, changed).is_ok());
    assert_eq!(world.state.parameters, changed);
    assert!(RewardsState::new(a.alice, registry(), bad, governance(), None).is_err());
}

#[ink::test]
fn operator_role_changes_hands_in_two_steps() {
    let mut world = world();
    let a = accounts();
    let offer = world.call(a.bob, 0, |s, c| s.transfer_operator(c, a.bob));
    assert_eq!(offer.err(), Some(RewardsError::NotAuthorized));
    assert!(world
        .call(a.alice, 0, |s, c| s.transfer_operator(c, a.bob))
        .is_ok());
    let stranger = world.call(a.charlie, 0, |s, c| s.accept_operator(c));
    assert_eq!(stranger.err(), Some(RewardsError::NoPendingOperator));
    assert!(world.call(a.bob, 0, |s, c| s.accept_operator(c)).is_ok());
    assert_eq!(world.state.role.operator, a.bob);
}

#[ink::test]
fn contribution_counts_votes_creations_and_claims() {
    let mut world = world();
    let a = accounts();
    deposit(&mut world, 100);
    let first = general_poll(&mut world);
    let second = general_poll(&mut world);
    vote(&mut world, a.bob, first, &[1], &[0, 0]).expect("vote");
    vote(&mut world, a.bob, second, &[1], &[0, 0]).expect("vote");
    finalize(&mut world, first, 5).expect("finalize");
    let reward = claim(&mut world, a.bob, first).expect("claim");
    let record = world.state.contribution(a.bob);
    assert_eq!(
        (
            record.polls_created,
            record.polls_voted,
            record.rewards_claimed
        ),
        (2, 2, reward)
    );
    assert_eq!(record.last_active, 50);
    assert_eq!(world.state.contribution(a.eve), Default::default());
}

#[ink::test]
#[should_panic(expected = "balance 500 < liabilities 1000")]
fn the_world_checks_the_invariants_after_every_call() {
    let mut world = world();
    deposit(&mut world, 1_000);
    // Corrupt the books: half the money leaves without the pool knowing.
    world.chain.balance -= 500;
    // The next call, whatever it is, fails the solvency check.
    let _ = world.call(accounts().eve, 0, |s, _| Ok(s.pool()));
}

#[ink::test]
fn shell_refuses_set_code_from_a_non_operator_and_takes_revenue() {
    use crate::rewards::Rewards;
    use interfaces::RewardsPool;
    let a = ink::env::test::default_accounts::<DefaultEnvironment>();
    ink::env::test::set_caller::<DefaultEnvironment>(a.alice);
    let mut contract =
        Rewards::new(registry(), PARAMETERS, governance(), Some(acc(GUARDIAN))).expect("valid");
    assert!(Rewards::new(
        registry(),
        RewardsParameters {
            poll_share_bps: 10_001,
            ..PARAMETERS
        },
        governance(),
        None,
    )
    .is_err());
    assert!(Rewards::new(
        registry(),
        PARAMETERS,
        GovernanceParameters {
            voting_period: 0,
            ..governance()
        },
        None,
    )
    .is_err());
    assert_eq!(contract.guardian(), Some(acc(GUARDIAN)));
    assert_eq!(contract.governance(), governance());
    ink::env::test::set_caller::<DefaultEnvironment>(a.bob);
    assert_eq!(
        contract.set_code([7u8; 32].into()),
        Err(RewardsError::NotAuthorized)
    );
    ink::env::test::set_value_transferred::<DefaultEnvironment>(0);
    assert_eq!(contract.deposit_revenue(), Err(RewardsError::ZeroAmount));
    ink::env::test::set_value_transferred::<DefaultEnvironment>(1_000);
    assert_eq!(contract.deposit_revenue(), Ok(()));
    assert_eq!(contract.pool(), 1_000);
    assert_eq!(contract.operator(), a.alice);
}

// ---- hostile input, table-driven ----

use interfaces::testing::outcome;

#[ink::test]
fn every_message_answers_hostile_input_with_a_named_error() {
    let mut world = world();
    deposit(&mut world, 1_000);
    let poll = general_poll(&mut world);
    let a = accounts();
    let approve = || vec![Question::Approve];
    let choice = |n: u128| Question::Choice {
        topic: Topic::Price,
        options: (0..n).map(OptionValue::Amount).collect(),
    };
    let seats = |n: u64| (1..=n).map(Id::U64).collect::<Vec<_>>();
    let long = "x".repeat(MAX_TEXT_LEN + 1);
    type HostileCall = Box<dyn FnOnce(&mut World) -> String>;
    let table: Vec<(&str, HostileCall, &str)> = vec![
        (
            "create_poll without a seat",
            Box::new(move |w| {
                outcome(
                    w.at(0)
                        .call(a.eve, 0, |s, c| s.create_poll(c, "t".into(), approve(), 5)),
                )
            }),
            "NotSeatHolder",
        ),
        (
            "create_poll with no question",
            Box::new(move |w| {
                outcome(
                    w.at(0)
                        .call(a.bob, 0, |s, c| s.create_poll(c, "t".into(), Vec::new(), 5)),
                )
            }),
            "BadQuestionCount",
        ),
        (
            "create_poll with too many questions",
            Box::new(move |w| {
                outcome(w.at(0).call(a.bob, 0, |s, c| {
                    s.create_poll(c, "t".into(), vec![Question::Approve; MAX_QUESTIONS + 1], 5)
                }))
            }),
            "BadQuestionCount",
        ),
        (
            "create_poll with a one-option choice",
            Box::new(move |w| {
                outcome(w.at(0).call(a.bob, 0, |s, c| {
                    s.create_poll(c, "t".into(), vec![choice(1)], 5)
                }))
            }),
            "BadOptions",
        ),
        (
            "create_poll with too many options",
            Box::new(move |w| {
                outcome(w.at(0).call(a.bob, 0, |s, c| {
                    s.create_poll(c, "t".into(), vec![choice(MAX_OPTIONS as u128 + 1)], 5)
                }))
            }),
            "BadOptions",
        ),
        (
            "create_poll with a too-long title",
            Box::new({
                let long = long.clone();
                move |w| {
                    outcome(
                        w.at(0)
                            .call(a.bob, 0, |s, c| s.create_poll(c, long, approve(), 5)),
                    )
                }
            }),
            "TextTooLong",
        ),
        (
            "create_poll of 0 blocks",
            Box::new(move |w| {
                outcome(
                    w.at(0)
                        .call(a.bob, 0, |s, c| s.create_poll(c, "t".into(), approve(), 0)),
                )
            }),
            "BadDuration",
        ),
        (
            "create_poll of u32::MAX blocks",
            Box::new(move |w| {
                outcome(w.at(0).call(a.bob, 0, |s, c| {
                    s.create_poll(c, "t".into(), approve(), u32::MAX)
                }))
            }),
            "BadDuration",
        ),
        (
            "open_listing_poll by a stranger",
            Box::new(move |w| {
                outcome(w.at(0).call(a.eve, 0, |s, c| {
                    s.open_listing_poll(
                        c,
                        a.eve,
                        0,
                        listing_options(),
                        SeatSnapshot {
                            issued: 5,
                            next_number: 6,
                        },
                    )
                }))
            }),
            "NotRegistry",
        ),
        (
            "vote in an unknown poll",
            Box::new(move |w| {
                outcome(
                    w.at(5)
                        .call(a.bob, 0, |s, c| s.vote(c, u32::MAX, seats(1), vec![0, 0])),
                )
            }),
            "UnknownPoll",
        ),
        (
            "vote with no seat",
            Box::new(move |w| {
                outcome(
                    w.at(5)
                        .call(a.bob, 0, |s, c| s.vote(c, poll, Vec::new(), vec![0, 0])),
                )
            }),
            "BadSeats",
        ),
        (
            "vote with too many seats",
            Box::new(move |w| {
                outcome(w.at(5).call(a.charlie, 0, |s, c| {
                    s.vote(c, poll, seats(MAX_SEATS_PER_VOTE as u64 + 1), vec![0, 0])
                }))
            }),
            "BadSeats",
        ),
        (
            "vote with someone else's seat",
            Box::new(move |w| {
                outcome(
                    w.at(5)
                        .call(a.eve, 0, |s, c| s.vote(c, poll, seats(1), vec![0, 0])),
                )
            }),
            "SeatNotOwned",
        ),
        (
            "vote with an unknown seat",
            Box::new(move |w| {
                outcome(w.at(5).call(a.bob, 0, |s, c| {
                    s.vote(c, poll, vec![Id::Bytes(vec![0xff; 64])], vec![0, 0])
                }))
            }),
            "SeatNotOwned",
        ),
        (
            "vote with too few answers",
            Box::new(move |w| {
                outcome(
                    w.at(5)
                        .call(a.bob, 0, |s, c| s.vote(c, poll, seats(1), vec![0])),
                )
            }),
            "IncompleteAnswers",
        ),
        (
            "vote with 10,000 answers",
            Box::new(move |w| {
                outcome(
                    w.at(5)
                        .call(a.bob, 0, |s, c| s.vote(c, poll, seats(1), vec![0; 10_000])),
                )
            }),
            "IncompleteAnswers",
        ),
        (
            "vote with an answer out of range",
            Box::new(move |w| {
                outcome(
                    w.at(5)
                        .call(a.bob, 0, |s, c| s.vote(c, poll, seats(1), vec![0, u8::MAX])),
                )
            }),
            "BadAnswer",
        ),
        (
            "vote after the end",
            Box::new(move |w| {
                outcome(
                    w.at(u32::MAX)
                        .call(a.bob, 0, |s, c| s.vote(c, poll, seats(1), vec![0, 0])),
                )
            }),
            "PollNotOpen",
        ),
        (
            "finalize an unknown poll",
            Box::new(|w| outcome(w.at(50).call(acc(9), 0, |s, c| s.finalize(c, u32::MAX)))),
            "UnknownPoll",
        ),
        (
            "finalize before the end",
            Box::new(move |w| outcome(w.at(1).call(acc(9), 0, |s, c| s.finalize(c, poll)))),
            "TooEarly",
        ),
        (
            "deposit_revenue overflowing the pool",
            Box::new(|w| outcome(w.call(registry(), Balance::MAX, |s, c| s.deposit_revenue(c)))),
            "Overflow",
        ),
        (
            "collect_revenue with nothing credited",
            Box::new(move |w| outcome(w.call(a.eve, 0, |s, c| s.collect_revenue(c)))),
            "NothingToCollect",
        ),
        (
            "collect_revenue overflowing the pool",
            Box::new(|w| {
                w.chain.credit = Balance::MAX;
                outcome(w.call(acc(9), 0, |s, c| s.collect_revenue(c)))
            }),
            "Overflow",
        ),
        (
            "deposit_revenue of nothing",
            Box::new(|w| outcome(w.call(registry(), 0, |s, c| s.deposit_revenue(c)))),
            "ZeroAmount",
        ),
        (
            "fund_poll with nothing",
            Box::new(move |w| outcome(w.call(a.eve, 0, |s, c| s.fund_poll(c, poll)))),
            "ZeroAmount",
        ),
        (
            "fund_poll of an unknown poll",
            Box::new(move |w| outcome(w.call(a.eve, 10, |s, c| s.fund_poll(c, u32::MAX)))),
            "UnknownPoll",
        ),
        (
            "claim from an unknown poll",
            Box::new(move |w| outcome(w.at(50).call(a.bob, 0, |s, c| s.claim(c, u32::MAX)))),
            "UnknownPoll",
        ),
        (
            "claim before finalize",
            Box::new(move |w| outcome(w.at(50).call(a.bob, 0, |s, c| s.claim(c, poll)))),
            "NotFinalized",
        ),
        (
            "claim_all of too many polls",
            Box::new(move |w| {
                outcome(
                    w.at(50)
                        .call(a.bob, 0, |s, c| s.claim_all(c, vec![poll; MAX_CLAIMS + 1])),
                )
            }),
            "BadParameter",
        ),
        (
            "set_parameters by a stranger",
            Box::new(move |w| outcome(w.call(a.eve, 0, |s, c| s.set_parameters(c, PARAMETERS)))),
            "NotAuthorized",
        ),
        (
            "set_parameters with quorum above 100%",
            Box::new(move |w| {
                outcome(w.call(a.alice, 0, |s, c| {
                    s.set_parameters(
                        c,
                        RewardsParameters {
                            quorum_bps: 10_001,
                            ..PARAMETERS
                        },
                    )
                }))
            }),
            "BadParameter",
        ),
        (
            "set_parameters with min above max",
            Box::new(move |w| {
                outcome(w.call(a.alice, 0, |s, c| {
                    s.set_parameters(
                        c,
                        RewardsParameters {
                            min_duration: 200,
                            ..PARAMETERS
                        },
                    )
                }))
            }),
            "BadParameter",
        ),
        (
            "transfer_operator by a stranger",
            Box::new(move |w| outcome(w.call(a.eve, 0, |s, c| s.transfer_operator(c, a.eve)))),
            "NotAuthorized",
        ),
        (
            "accept_operator with none pending",
            Box::new(move |w| outcome(w.call(a.eve, 0, |s, c| s.accept_operator(c)))),
            "NoPendingOperator",
        ),
        (
            "propose with a title too long",
            Box::new(move |w| {
                let deposit = w.state.governance.proposal_deposit;
                outcome(w.call(a.bob, deposit, |s, c| {
                    s.propose(c, long.clone(), vec![Action::SetSalesPaused(true)])
                }))
            }),
            "TextTooLong",
        ),
        (
            "propose paying an overflowing deposit",
            Box::new(move |w| {
                outcome(w.call(a.bob, Balance::MAX, |s, c| {
                    s.propose(c, "t".into(), vec![Action::SetSalesPaused(true)])
                }))
            }),
            "WrongDeposit",
        ),
        (
            "cancel of an unknown proposal",
            Box::new(move |w| outcome(w.call(a.bob, 0, |s, c| s.cancel(c, PollId::MAX)))),
            "UnknownProposal",
        ),
        (
            "queue of a poll that is no proposal",
            Box::new(move |w| outcome(w.call(a.bob, 0, |s, c| s.queue(c, poll)))),
            "UnknownProposal",
        ),
        (
            "execute of an unknown proposal",
            Box::new(move |w| outcome(w.call(a.eve, 0, |s, c| s.execute(c, PollId::MAX)))),
            "UnknownProposal",
        ),
        (
            "veto by a stranger",
            Box::new(move |w| outcome(w.call(a.eve, 0, |s, c| s.veto(c, 0)))),
            "NotGuardian",
        ),
        (
            "renounce_guardian by a stranger",
            Box::new(move |w| outcome(w.call(a.eve, 0, |s, c| s.renounce_guardian(c)))),
            "NotGuardian",
        ),
        (
            "settle_deposit of an unknown proposal",
            Box::new(move |w| outcome(w.call(a.eve, 0, |s, c| s.settle_deposit(c, PollId::MAX)))),
            "UnknownProposal",
        ),
    ];
    let mut wrong = Vec::new();
    for (name, call, expected) in table {
        let got = call(&mut world);
        if got != expected {
            wrong.push(format!("{name}: {got}, expected {expected}"));
        }
    }
    // Every call failed, and `World::call` checked the invariants after each.
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[ink::test]
fn the_registry_reaches_each_message_it_calls_at_its_selector() {
    use crate::rewards::Rewards;
    use interfaces::{assert_dispatches, governed, SeriesId};

    assert_dispatches!(Rewards, governed::REGISTRY, "registry", (), AccountId);
    assert_dispatches!(
        Rewards,
        governed::OPEN_LISTING_POLL,
        "RewardsPool::open_listing_poll",
        (AccountId, SeriesId, ListingOptions, SeatSnapshot),
        core::result::Result<PollId, RewardsError>
    );
}
