//! Unit tests of the rewards logic. The registry is played by closures (who holds which
//! seat, how many seats are issued); a `Ledger` plays the contract's native balance so
//! every test can end with the solvency invariant.

use ink::{env::DefaultEnvironment, primitives::AccountId};
use interfaces::{
    Balance, Id, ListingDecision, ListingOptions, ListingTerms, PollId, RejectionReason,
    RewardsError,
};

use crate::{
    events::Event,
    polls::PendingListing,
    state::{
        OptionValue, Parameters, PollKind, Question, Result, RewardsState, Topic, MAX_CLAIMS,
        MAX_OPTIONS, MAX_QUESTIONS, MAX_SEATS_PER_VOTE, MAX_TEXT_LEN,
    },
};

const PARAMETERS: Parameters = Parameters {
    poll_share_bps: 5_000,
    quorum_bps: 5_000,
    min_duration: 2,
    max_duration: 100,
    listing_duration: 10,
};

fn accounts() -> ink::env::test::DefaultAccounts<DefaultEnvironment> {
    ink::env::test::default_accounts::<DefaultEnvironment>()
}

fn registry() -> AccountId {
    AccountId::from([0xee; 32])
}

/// Seat `n` is held by: 1 → Bob, 2-4 → Charlie, 5 → Django.
fn holder_of(seat: &Id) -> Result<Option<AccountId>> {
    let a = accounts();
    Ok(match seat {
        Id::U64(1) => Some(a.bob),
        Id::U64(2..=4) => Some(a.charlie),
        Id::U64(5) => Some(a.django),
        _ => None,
    })
}

/// The rewards state with what the contract's native balance would be.
struct Ledger {
    state: RewardsState,
    balance: Balance,
}

impl Ledger {
    fn new() -> Self {
        let state = RewardsState::new(accounts().alice, registry(), PARAMETERS).expect("valid");
        Self { state, balance: 0 }
    }

    fn deposit(&mut self, amount: Balance) {
        self.state
            .deposit_revenue(registry(), amount)
            .expect("deposit");
        self.balance += amount;
    }

    fn fund(&mut self, poll: PollId, amount: Balance) {
        self.state
            .fund_poll(accounts().eve, poll, amount)
            .expect("fund");
        self.balance += amount;
    }

    fn claim(&mut self, who: AccountId, poll: PollId) -> Result<Balance> {
        let (amount, _) = self.state.claim(who, 50, poll)?;
        self.balance -= amount;
        Ok(amount)
    }

    /// A general poll by Bob at block 0, lasting 10 blocks: an approval and a choice.
    fn general_poll(&mut self) -> PollId {
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
        let (id, _) = self
            .state
            .create_poll(accounts().bob, 0, 1, "Next drop".into(), questions, 10)
            .expect("create");
        id
    }

    /// The registry opens, at block 0, the listing poll of `series` with two options
    /// per question.
    fn listing_poll(&mut self, series: u32) -> PollId {
        let (id, _) = self
            .state
            .open_listing_poll(registry(), 0, series, listing_options())
            .expect("open");
        id
    }

    fn vote(
        &mut self,
        who: AccountId,
        poll: PollId,
        seats: &[u64],
        answers: &[u8],
    ) -> Result<Vec<Event>> {
        let seats = seats.iter().map(|n| Id::U64(*n)).collect();
        self.state
            .vote(who, 5, poll, seats, answers.to_vec(), holder_of)
    }

    fn finalize(&mut self, poll: PollId, issued: u32) -> Result<Option<PendingListing>> {
        self.state
            .finalize(10, poll, || Ok(issued))
            .map(|(pending, _)| pending)
    }

    /// The contract's balance covers the pool and every unclaimed budget.
    fn assert_invariants(&self) {
        assert!(
            self.balance >= self.state.liabilities(),
            "{} < {}",
            self.balance,
            self.state.liabilities()
        );
    }
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
    let mut ledger = Ledger::new();
    ledger.deposit(1_000);
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
    let (id, events) = ledger
        .state
        .create_poll(
            accounts().bob,
            3,
            1,
            "Everything".into(),
            questions.clone(),
            7,
        )
        .expect("create");
    let poll = ledger.state.poll(id).expect("stored");
    assert_eq!(poll.questions, questions);
    assert_eq!((poll.start, poll.end, poll.budget), (3, 10, 500));
    assert_eq!(poll.kind, PollKind::General);
    assert_eq!(ledger.state.pool(), 500);
    assert!(matches!(&events[..], [Event::PollCreated(e)] if e.budget == 500 && e.end == 10));
    assert_eq!(ledger.state.contribution(accounts().bob).polls_created, 1);
    ledger.assert_invariants();
}

#[ink::test]
fn create_poll_fails_on_every_bad_input() {
    let mut ledger = Ledger::new();
    let bob = accounts().bob;
    let approve = vec![Question::Approve];
    let mut create = |seats: u32, title: &str, questions: Vec<Question>, duration| {
        ledger
            .state
            .create_poll(bob, 0, seats, title.into(), questions, duration)
            .err()
    };
    assert_eq!(
        create(0, "t", approve.clone(), 10),
        Some(RewardsError::NotSeatHolder)
    );
    assert_eq!(
        create(1, "t", vec![], 10),
        Some(RewardsError::BadQuestionCount)
    );
    assert_eq!(
        create(1, "t", vec![Question::Approve; 9], 10),
        Some(RewardsError::BadQuestionCount)
    );
    assert_eq!(
        create(1, "t", approve.clone(), 1),
        Some(RewardsError::BadDuration)
    );
    assert_eq!(
        create(1, "t", approve.clone(), 101),
        Some(RewardsError::BadDuration)
    );
    assert_eq!(
        create(1, &"t".repeat(257), approve.clone(), 10),
        Some(RewardsError::TextTooLong)
    );
    let one_option = vec![Question::Choice {
        topic: Topic::Price,
        options: vec![OptionValue::Amount(1)],
    }];
    assert_eq!(
        create(1, "t", one_option, 10),
        Some(RewardsError::BadOptions)
    );
    let too_many = vec![Question::Choice {
        topic: Topic::Quantity,
        options: vec![OptionValue::Count(1); 17],
    }];
    assert_eq!(create(1, "t", too_many, 10), Some(RewardsError::BadOptions));
    let wrong_kind = vec![Question::Choice {
        topic: Topic::Price,
        options: vec![OptionValue::Count(1), OptionValue::Count(2)],
    }];
    assert_eq!(
        create(1, "t", wrong_kind, 10),
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
        create(1, "t", long_text, 10),
        Some(RewardsError::TextTooLong)
    );
    assert_eq!(ledger.state.poll_count(), 0);
    ledger.assert_invariants();
}

#[ink::test]
fn open_listing_poll_works_for_the_registry_only() {
    let mut ledger = Ledger::new();
    let refused = ledger
        .state
        .open_listing_poll(accounts().bob, 0, 7, listing_options());
    assert_eq!(refused.err(), Some(RewardsError::NotRegistry));
    let mut empty = listing_options();
    empty.prices.clear();
    let refused = ledger.state.open_listing_poll(registry(), 0, 7, empty);
    assert_eq!(refused.err(), Some(RewardsError::BadOptions));
    let (id, _) = ledger
        .state
        .open_listing_poll(registry(), 4, 7, listing_options())
        .expect("open");
    let poll = ledger.state.poll(id).expect("stored");
    assert_eq!(poll.kind, PollKind::Listing(7));
    assert_eq!(poll.questions.len(), 5);
    assert_eq!(poll.questions[0], Question::Approve);
    assert_eq!(poll.end, 4 + PARAMETERS.listing_duration);
    ledger.assert_invariants();
}

// ---------------------------------------------------------------- voting

#[ink::test]
fn vote_works_per_seat_and_counts_each_seat_once() {
    let mut ledger = Ledger::new();
    let a = accounts();
    let id = ledger.general_poll();
    ledger
        .vote(a.charlie, id, &[2, 3], &[0, 2])
        .expect("two seats");
    ledger
        .vote(a.charlie, id, &[4], &[1, 2])
        .expect("the third seat later");
    ledger.vote(a.bob, id, &[1], &[0, 1]).expect("bob");
    assert_eq!(
        ledger.state.results(id),
        Some(vec![vec![3, 1], vec![0, 1, 3]])
    );
    assert_eq!(
        ledger.state.poll(id).expect("stored").participating_seats,
        4
    );
    assert_eq!(ledger.state.seats_voted(id, a.charlie), 3);
    assert_eq!(
        ledger.state.contribution(a.charlie).polls_voted,
        1,
        "one poll, however many votes"
    );
    assert_eq!(
        ledger.vote(a.charlie, id, &[2], &[0, 0]).err(),
        Some(RewardsError::SeatAlreadyVoted)
    );
    ledger.assert_invariants();
}

#[ink::test]
fn vote_fails_on_every_bad_input() {
    let mut ledger = Ledger::new();
    let a = accounts();
    let id = ledger.general_poll();
    assert_eq!(
        ledger.vote(a.bob, 99, &[1], &[0, 0]).err(),
        Some(RewardsError::UnknownPoll)
    );
    assert_eq!(
        ledger.vote(a.bob, id, &[1], &[0]).err(),
        Some(RewardsError::IncompleteAnswers),
        "partial"
    );
    assert_eq!(
        ledger.vote(a.bob, id, &[1], &[0, 0, 0]).err(),
        Some(RewardsError::IncompleteAnswers)
    );
    assert_eq!(
        ledger.vote(a.bob, id, &[1], &[2, 0]).err(),
        Some(RewardsError::BadAnswer),
        "approve takes 0 or 1"
    );
    assert_eq!(
        ledger.vote(a.bob, id, &[1], &[0, 3]).err(),
        Some(RewardsError::BadAnswer)
    );
    assert_eq!(
        ledger.vote(a.bob, id, &[], &[0, 0]).err(),
        Some(RewardsError::BadSeats)
    );
    assert_eq!(
        ledger.vote(a.charlie, id, &[2, 2], &[0, 0]).err(),
        Some(RewardsError::BadSeats)
    );
    assert_eq!(
        ledger.vote(a.bob, id, &[1; 17], &[0, 0]).err(),
        Some(RewardsError::BadSeats)
    );
    assert_eq!(
        ledger.vote(a.bob, id, &[2], &[0, 0]).err(),
        Some(RewardsError::SeatNotOwned)
    );
    assert_eq!(
        ledger.vote(a.eve, id, &[9], &[0, 0]).err(),
        Some(RewardsError::SeatNotOwned)
    );
    // Before the start and at the end.
    let early = ledger
        .state
        .vote(a.bob, 0, id, vec![Id::U64(1)], vec![0, 0], holder_of);
    assert!(early.is_ok(), "the start block is open");
    let id2 = ledger.general_poll();
    let late = ledger
        .state
        .vote(a.bob, 10, id2, vec![Id::U64(1)], vec![0, 0], holder_of);
    assert_eq!(late.err(), Some(RewardsError::PollNotOpen));
    let mut later_poll = ledger.state.poll(id2).expect("stored");
    later_poll.start = 3;
    ledger.state.polls.insert(id2, &later_poll);
    let before = ledger
        .state
        .vote(a.bob, 2, id2, vec![Id::U64(1)], vec![0, 0], holder_of);
    assert_eq!(before.err(), Some(RewardsError::PollNotOpen));
    // A registry that cannot answer fails the vote.
    let unreachable = ledger
        .state
        .vote(a.bob, 5, id2, vec![Id::U64(1)], vec![0, 0], |_| {
            Err(RewardsError::RegistryCallFailed)
        });
    assert_eq!(unreachable.err(), Some(RewardsError::RegistryCallFailed));
    assert_eq!(
        ledger.state.results(id2),
        Some(vec![vec![0, 0], vec![0, 0, 0]]),
        "nothing counted"
    );
    ledger.assert_invariants();
}

// ---------------------------------------------------------------- finalizing and claiming

#[ink::test]
fn finalize_fails_early_and_twice() {
    let mut ledger = Ledger::new();
    let id = ledger.general_poll();
    assert_eq!(
        ledger.state.finalize(9, id, || Ok(1)).err(),
        Some(RewardsError::TooEarly)
    );
    assert_eq!(
        ledger.finalize(99, 1).err(),
        Some(RewardsError::UnknownPoll)
    );
    assert_eq!(ledger.finalize(id, 1), Ok(None));
    assert_eq!(
        ledger.finalize(id, 1).err(),
        Some(RewardsError::AlreadyFinalized)
    );
    assert_eq!(
        ledger.vote(accounts().bob, id, &[1], &[0, 0]).err(),
        Some(RewardsError::PollNotOpen)
    );
    ledger.assert_invariants();
}

#[ink::test]
fn ties_pick_the_lowest_option() {
    let mut ledger = Ledger::new();
    let a = accounts();
    let id = ledger.general_poll();
    ledger.vote(a.bob, id, &[1], &[1, 2]).expect("bob");
    ledger.vote(a.django, id, &[5], &[0, 1]).expect("django");
    ledger.finalize(id, 5).expect("finalize");
    let outcome = ledger
        .state
        .poll(id)
        .and_then(|p| p.outcome)
        .expect("finalized");
    assert_eq!(outcome.winners, vec![0, 1]);
}

#[ink::test]
fn rewards_split_equally_per_seat_for_holders_of_one_and_three_seats() {
    let mut ledger = Ledger::new();
    let a = accounts();
    ledger.deposit(2_000);
    let id = ledger.general_poll();
    assert_eq!(ledger.state.poll(id).expect("stored").budget, 1_000);
    ledger.vote(a.bob, id, &[1], &[0, 0]).expect("one seat");
    ledger
        .vote(a.charlie, id, &[2, 3, 4], &[0, 0])
        .expect("three seats");
    assert_eq!(
        ledger.claim(a.bob, id).err(),
        Some(RewardsError::NotFinalized)
    );
    ledger.finalize(id, 5).expect("finalize");
    assert_eq!(ledger.state.pending_reward(id, a.bob), 250);
    assert_eq!(ledger.claim(a.bob, id), Ok(250));
    assert_eq!(ledger.claim(a.charlie, id), Ok(750));
    assert_eq!(
        ledger.claim(a.charlie, id).err(),
        Some(RewardsError::AlreadyClaimed)
    );
    assert_eq!(
        ledger.claim(a.django, id).err(),
        Some(RewardsError::NotParticipant),
        "did not vote"
    );
    assert_eq!(ledger.state.pending_reward(id, a.charlie), 0);
    assert_eq!(ledger.state.contribution(a.charlie).rewards_claimed, 750);
    assert_eq!(ledger.state.liabilities(), 1_000, "only the pool is left");
    ledger.assert_invariants();
}

#[ink::test]
fn rounding_dust_returns_to_the_pool() {
    let mut ledger = Ledger::new();
    let a = accounts();
    let id = ledger.general_poll();
    ledger.fund(id, 100);
    ledger.vote(a.bob, id, &[1], &[0, 0]).expect("bob");
    ledger
        .vote(a.charlie, id, &[2, 3], &[0, 0])
        .expect("charlie");
    ledger.finalize(id, 5).expect("finalize");
    let outcome = ledger
        .state
        .poll(id)
        .and_then(|p| p.outcome)
        .expect("finalized");
    assert_eq!((outcome.reward_per_seat, outcome.returned), (33, 1));
    assert_eq!(ledger.state.pool(), 1);
    assert_eq!(ledger.claim(a.charlie, id), Ok(66));
    assert_eq!(ledger.claim(a.bob, id), Ok(33));
    assert_eq!(ledger.state.liabilities(), 1);
    ledger.assert_invariants();
}

#[ink::test]
fn an_empty_polls_budget_returns_to_the_pool() {
    let mut ledger = Ledger::new();
    ledger.deposit(1_000);
    let id = ledger.general_poll();
    ledger.fund(id, 10);
    assert_eq!(ledger.state.pool(), 500);
    ledger.finalize(id, 5).expect("finalize");
    assert_eq!(ledger.state.pool(), 1_010);
    assert_eq!(ledger.state.liabilities(), 1_010);
    assert_eq!(
        ledger.state.fund_poll(accounts().eve, id, 5).err(),
        Some(RewardsError::AlreadyFinalized)
    );
    ledger.assert_invariants();
}

#[ink::test]
fn claim_all_claims_what_it_can_and_skips_the_rest() {
    let mut ledger = Ledger::new();
    let a = accounts();
    ledger.deposit(4_000);
    let first = ledger.general_poll();
    let second = ledger.general_poll();
    let open = ledger.general_poll();
    for id in [first, second, open] {
        ledger.vote(a.bob, id, &[1], &[0, 0]).expect("vote");
    }
    ledger.finalize(first, 1).expect("finalize");
    ledger.finalize(second, 1).expect("finalize");
    let expected =
        ledger.state.pending_reward(first, a.bob) + ledger.state.pending_reward(second, a.bob);
    let (total, events) = ledger
        .state
        .claim_all(a.bob, 20, vec![first, open, second, first, 77])
        .expect("claim");
    ledger.balance -= total;
    assert_eq!(total, expected);
    assert_eq!(events.len(), 2);
    assert_eq!(
        ledger.state.claim_all(a.bob, 20, vec![first, second]).err(),
        Some(RewardsError::NothingToClaim)
    );
    assert_eq!(
        ledger.state.claim_all(a.bob, 20, vec![0; 17]).err(),
        Some(RewardsError::BadParameter)
    );
    ledger.assert_invariants();
}

#[ink::test]
fn deposit_and_fund_fail_on_zero() {
    let mut ledger = Ledger::new();
    let id = ledger.general_poll();
    assert_eq!(
        ledger.state.deposit_revenue(registry(), 0).err(),
        Some(RewardsError::ZeroAmount)
    );
    assert_eq!(
        ledger.state.fund_poll(registry(), id, 0).err(),
        Some(RewardsError::ZeroAmount)
    );
    assert_eq!(
        ledger.state.fund_poll(registry(), 42, 5).err(),
        Some(RewardsError::UnknownPoll)
    );
    ledger.assert_invariants();
}

// ---------------------------------------------------------------- listing decisions

#[ink::test]
fn listing_poll_lists_the_winning_options_when_quorum_is_met() {
    let mut ledger = Ledger::new();
    let a = accounts();
    let id = ledger.listing_poll(3);
    ledger
        .vote(a.charlie, id, &[2, 3], &[0, 1, 0, 1, 0])
        .expect("charlie");
    ledger.vote(a.bob, id, &[1], &[1, 0, 1, 0, 1]).expect("bob");
    // 3 of 5 issued seats voted: 60% ≥ 50%.
    let pending = ledger.finalize(id, 5).expect("finalize");
    let terms = ListingTerms {
        price: 200,
        editions: 10,
        sale_start: 2_000,
        content_uri: "ipfs://a".into(),
    };
    assert_eq!(
        pending,
        Some(PendingListing {
            series: 3,
            decision: ListingDecision::List(terms)
        })
    );
    ledger.assert_invariants();
}

#[ink::test]
fn listing_poll_rejects_when_voted_down_or_quorum_missed() {
    let mut ledger = Ledger::new();
    let a = accounts();
    let down = ledger.listing_poll(1);
    ledger
        .vote(a.charlie, down, &[2, 3, 4], &[1, 0, 0, 0, 0])
        .expect("reject");
    let pending = ledger.finalize(down, 5).expect("finalize");
    assert_eq!(
        pending.map(|p| p.decision),
        Some(ListingDecision::Reject(RejectionReason::VotedDown))
    );
    let thin = ledger.listing_poll(2);
    ledger
        .vote(a.bob, thin, &[1], &[0, 0, 0, 0, 0])
        .expect("approve");
    // 1 of 5 issued seats: 20% < 50%.
    let pending = ledger.finalize(thin, 5).expect("finalize");
    assert_eq!(
        pending.map(|p| p.decision),
        Some(ListingDecision::Reject(RejectionReason::NoQuorum))
    );
    let empty = ledger.listing_poll(4);
    let pending = ledger.finalize(empty, 0).expect("finalize");
    assert_eq!(
        pending.map(|p| p.decision),
        Some(ListingDecision::Reject(RejectionReason::NoQuorum)),
        "no votes, no quorum"
    );
    ledger.assert_invariants();
}

// ---------------------------------------------------------------- operator

#[ink::test]
fn set_parameters_works_for_the_operator_within_range() {
    let mut ledger = Ledger::new();
    let a = accounts();
    let mut changed = PARAMETERS;
    changed.quorum_bps = 6_000;
    assert_eq!(
        ledger.state.set_parameters(a.bob, changed).err(),
        Some(RewardsError::NotAuthorized)
    );
    let mut bad = PARAMETERS;
    bad.min_duration = 200;
    assert_eq!(
        ledger.state.set_parameters(a.alice, bad).err(),
        Some(RewardsError::BadParameter)
    );
    bad = PARAMETERS;
    bad.poll_share_bps = 10_001;
    assert_eq!(
        ledger.state.set_parameters(a.alice, bad).err(),
        Some(RewardsError::BadParameter)
    );
    assert!(ledger.state.set_parameters(a.alice, changed).is_ok());
    assert_eq!(ledger.state.parameters, changed);
    assert!(RewardsState::new(a.alice, registry(), bad).is_err());
}

#[ink::test]
fn operator_role_changes_hands_in_two_steps() {
    let mut ledger = Ledger::new();
    let a = accounts();
    assert_eq!(
        ledger.state.transfer_operator(a.bob, a.bob).err(),
        Some(RewardsError::NotAuthorized)
    );
    assert!(ledger.state.transfer_operator(a.alice, a.bob).is_ok());
    assert_eq!(
        ledger.state.accept_operator(a.charlie).err(),
        Some(RewardsError::NoPendingOperator)
    );
    assert!(ledger.state.accept_operator(a.bob).is_ok());
    assert_eq!(ledger.state.role.operator, a.bob);
}

#[ink::test]
fn contribution_counts_votes_creations_and_claims() {
    let mut ledger = Ledger::new();
    let a = accounts();
    ledger.deposit(100);
    let first = ledger.general_poll();
    let second = ledger.general_poll();
    ledger.vote(a.bob, first, &[1], &[0, 0]).expect("vote");
    ledger.vote(a.bob, second, &[1], &[0, 0]).expect("vote");
    ledger.finalize(first, 5).expect("finalize");
    let reward = ledger.claim(a.bob, first).expect("claim");
    let record = ledger.state.contribution(a.bob);
    assert_eq!(
        (
            record.polls_created,
            record.polls_voted,
            record.rewards_claimed
        ),
        (2, 2, reward)
    );
    assert_eq!(record.last_active, 50);
    assert_eq!(ledger.state.contribution(a.eve), Default::default());
    ledger.assert_invariants();
}

#[ink::test]
fn shell_refuses_set_code_from_a_non_operator_and_takes_revenue() {
    use crate::rewards::Rewards;
    use interfaces::RewardsPool;
    let a = accounts();
    ink::env::test::set_caller::<DefaultEnvironment>(a.alice);
    let mut contract = Rewards::new(registry(), 5_000, 5_000, 2, 100, 10).expect("valid");
    assert!(Rewards::new(registry(), 10_001, 5_000, 2, 100, 10).is_err());
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
    let mut ledger = Ledger::new();
    ledger.deposit(1_000);
    let poll = ledger.general_poll();
    let a = accounts();
    let approve = || vec![Question::Approve];
    let choice = |n: u128| Question::Choice {
        topic: Topic::Price,
        options: (0..n).map(OptionValue::Amount).collect(),
    };
    let seats = |n: u64| (1..=n).map(Id::U64).collect::<Vec<_>>();
    let long = "x".repeat(MAX_TEXT_LEN + 1);
    type Call = Box<dyn FnOnce(&mut RewardsState) -> String>;
    let table: Vec<(&str, Call, &str)> = vec![
        (
            "create_poll without a seat",
            Box::new(move |s| outcome(s.create_poll(a.eve, 0, 0, "t".into(), approve(), 5))),
            "NotSeatHolder",
        ),
        (
            "create_poll with no question",
            Box::new(move |s| outcome(s.create_poll(a.bob, 0, 1, "t".into(), Vec::new(), 5))),
            "BadQuestionCount",
        ),
        (
            "create_poll with too many questions",
            Box::new(move |s| {
                outcome(s.create_poll(
                    a.bob,
                    0,
                    1,
                    "t".into(),
                    vec![Question::Approve; MAX_QUESTIONS + 1],
                    5,
                ))
            }),
            "BadQuestionCount",
        ),
        (
            "create_poll with a one-option choice",
            Box::new(move |s| outcome(s.create_poll(a.bob, 0, 1, "t".into(), vec![choice(1)], 5))),
            "BadOptions",
        ),
        (
            "create_poll with too many options",
            Box::new(move |s| {
                outcome(s.create_poll(
                    a.bob,
                    0,
                    1,
                    "t".into(),
                    vec![choice(MAX_OPTIONS as u128 + 1)],
                    5,
                ))
            }),
            "BadOptions",
        ),
        (
            "create_poll with a too-long title",
            Box::new({
                let long = long.clone();
                move |s| outcome(s.create_poll(a.bob, 0, 1, long, approve(), 5))
            }),
            "TextTooLong",
        ),
        (
            "create_poll of 0 blocks",
            Box::new(move |s| outcome(s.create_poll(a.bob, 0, 1, "t".into(), approve(), 0))),
            "BadDuration",
        ),
        (
            "create_poll of u32::MAX blocks",
            Box::new(move |s| outcome(s.create_poll(a.bob, 0, 1, "t".into(), approve(), u32::MAX))),
            "BadDuration",
        ),
        (
            "open_listing_poll by a stranger",
            Box::new(move |s| outcome(s.open_listing_poll(a.eve, 0, 0, listing_options()))),
            "NotRegistry",
        ),
        (
            "vote in an unknown poll",
            Box::new(move |s| outcome(s.vote(a.bob, 5, u32::MAX, seats(1), vec![0, 0], holder_of))),
            "UnknownPoll",
        ),
        (
            "vote with no seat",
            Box::new(move |s| outcome(s.vote(a.bob, 5, poll, Vec::new(), vec![0, 0], holder_of))),
            "BadSeats",
        ),
        (
            "vote with too many seats",
            Box::new(move |s| {
                outcome(s.vote(
                    a.charlie,
                    5,
                    poll,
                    seats(MAX_SEATS_PER_VOTE as u64 + 1),
                    vec![0, 0],
                    holder_of,
                ))
            }),
            "BadSeats",
        ),
        (
            "vote with someone else's seat",
            Box::new(move |s| outcome(s.vote(a.eve, 5, poll, seats(1), vec![0, 0], holder_of))),
            "SeatNotOwned",
        ),
        (
            "vote with an unknown seat",
            Box::new(move |s| {
                outcome(s.vote(
                    a.bob,
                    5,
                    poll,
                    vec![Id::Bytes(vec![0xff; 64])],
                    vec![0, 0],
                    holder_of,
                ))
            }),
            "SeatNotOwned",
        ),
        (
            "vote with too few answers",
            Box::new(move |s| outcome(s.vote(a.bob, 5, poll, seats(1), vec![0], holder_of))),
            "IncompleteAnswers",
        ),
        (
            "vote with 10,000 answers",
            Box::new(move |s| {
                outcome(s.vote(a.bob, 5, poll, seats(1), vec![0; 10_000], holder_of))
            }),
            "IncompleteAnswers",
        ),
        (
            "vote with an answer out of range",
            Box::new(move |s| {
                outcome(s.vote(a.bob, 5, poll, seats(1), vec![0, u8::MAX], holder_of))
            }),
            "BadAnswer",
        ),
        (
            "vote after the end",
            Box::new(move |s| {
                outcome(s.vote(a.bob, u32::MAX, poll, seats(1), vec![0, 0], holder_of))
            }),
            "PollNotOpen",
        ),
        (
            "finalize an unknown poll",
            Box::new(|s| outcome(s.finalize(50, u32::MAX, || Ok(5)))),
            "UnknownPoll",
        ),
        (
            "finalize before the end",
            Box::new(move |s| outcome(s.finalize(1, poll, || Ok(5)))),
            "TooEarly",
        ),
        (
            "deposit_revenue overflowing the pool",
            Box::new(|s| outcome(s.deposit_revenue(registry(), Balance::MAX))),
            "Overflow",
        ),
        (
            "deposit_revenue of nothing",
            Box::new(|s| outcome(s.deposit_revenue(registry(), 0))),
            "ZeroAmount",
        ),
        (
            "fund_poll with nothing",
            Box::new(move |s| outcome(s.fund_poll(a.eve, poll, 0))),
            "ZeroAmount",
        ),
        (
            "fund_poll of an unknown poll",
            Box::new(move |s| outcome(s.fund_poll(a.eve, u32::MAX, 10))),
            "UnknownPoll",
        ),
        (
            "claim from an unknown poll",
            Box::new(move |s| outcome(s.claim(a.bob, 50, u32::MAX))),
            "UnknownPoll",
        ),
        (
            "claim before finalize",
            Box::new(move |s| outcome(s.claim(a.bob, 50, poll))),
            "NotFinalized",
        ),
        (
            "claim_all of too many polls",
            Box::new(move |s| outcome(s.claim_all(a.bob, 50, vec![poll; MAX_CLAIMS + 1]))),
            "BadParameter",
        ),
        (
            "set_parameters by a stranger",
            Box::new(move |s| outcome(s.set_parameters(a.eve, PARAMETERS))),
            "NotAuthorized",
        ),
        (
            "set_parameters with quorum above 100%",
            Box::new(move |s| {
                outcome(s.set_parameters(
                    a.alice,
                    Parameters {
                        quorum_bps: 10_001,
                        ..PARAMETERS
                    },
                ))
            }),
            "BadParameter",
        ),
        (
            "set_parameters with min above max",
            Box::new(move |s| {
                outcome(s.set_parameters(
                    a.alice,
                    Parameters {
                        min_duration: 200,
                        ..PARAMETERS
                    },
                ))
            }),
            "BadParameter",
        ),
        (
            "transfer_operator by a stranger",
            Box::new(move |s| outcome(s.transfer_operator(a.eve, a.eve))),
            "NotAuthorized",
        ),
        (
            "accept_operator with none pending",
            Box::new(move |s| outcome(s.accept_operator(a.eve))),
            "NoPendingOperator",
        ),
    ];
    let mut wrong = Vec::new();
    for (name, call, expected) in table {
        let got = call(&mut ledger.state);
        if got != expected {
            wrong.push(format!("{name}: {got}, expected {expected}"));
        }
    }
    // Every call failed: the balance still covers everything.
    ledger.assert_invariants();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
