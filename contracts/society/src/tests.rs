//! Unit tests of the society rules in the fake [`World`]: its `FakeChain` plays the
//! registry's seat book and the contract's native balance, and `World::run` checks the
//! invariants after every call (role lists consistent and disjoint, member count, head
//! and founder members, reserved seats equal to candidates, the treasury's solvency).

use ink::primitives::AccountId;
use interfaces::{society::MAX_INTAKE, Balance, SeatCategory, SocietyError};

use crate::{
    entropy::EntropyPool,
    events::{
        AutoUnbid, CandidateSuspended, DefenderJudged, MemberExpelled, MemberSuspended,
        ParametersChanged, RevenueCollected, Struck, Unfounded,
    },
    storage::{DrawKind, Judgement, Payout, Result, Role, SocietyParameters, VouchingStatus},
    world::{acc, params, FakeChain, World, DEDUCTION, DEPOSIT, FOUNDER, OPERATOR},
};

/// Runs `test` in a fresh off-chain environment (empty contract storage), so one test
/// can build many worlds, one per seed.
pub(crate) fn fresh_env(test: impl FnOnce()) {
    ink::env::test::run_test::<ink::env::DefaultEnvironment, _>(|_| {
        test();
        Ok(())
    })
    .expect("off-chain environment");
}

// ---- Founding ----

#[ink::test]
fn founding_makes_the_founder_head_with_a_d_seat_and_unfounding_undoes_it() {
    let mut world = World::with(params());
    assert_eq!(
        world.run(FOUNDER, 0, |s, p| s.rotate(p)),
        Err(SocietyError::NotFounded)
    );
    assert_eq!(world.found(FOUNDER, 1), Err(SocietyError::BadMaxMembers));
    assert_eq!(world.found(FOUNDER, 51), Err(SocietyError::BadMaxMembers));
    world.found(FOUNDER, 20).expect("found");
    assert_eq!(world.found(3, 20), Err(SocietyError::AlreadyFounded));
    assert_eq!(world.state.head, Some(acc(FOUNDER)));
    assert_eq!(world.state.founder, Some(acc(FOUNDER)));
    assert_eq!(world.role(FOUNDER), Some(Role::Member));
    assert_eq!(world.chain.seats.len(), 1);
    assert_eq!(world.chain.seats[0].2, SeatCategory::D);
    assert!(world.state.rules_hash.is_some());
    assert_eq!(world.state.next_rotation, 1 + 10);

    assert_eq!(
        world.run(OPERATOR, 0, |s, p| s.unfound(p)),
        Err(SocietyError::NotFounder)
    );
    world.run(FOUNDER, 0, |s, p| s.unfound(p)).expect("unfound");
    assert_eq!(world.state.head, None);
    assert_eq!(world.state.founder, None);
    assert_eq!(world.role(FOUNDER), None);
    assert!(
        world.chain.seats.is_empty(),
        "the founder's seat is revoked"
    );
    assert!(world.has_event(|_: &Unfounded| true));
    world.found(3, 10).expect("found again");
}

#[ink::test]
fn anyone_collects_the_sales_share_into_the_pot_once() {
    let mut world = World::founded();
    let pot = world.state.treasury.pot;
    world.chain.credit = 300;
    assert_eq!(world.run(77, 0, |s, p| s.collect_revenue(p)), Ok(300));
    assert_eq!(world.state.treasury.pot, pot + 300);
    assert!(world.has_event(|e: &RevenueCollected| e.by == acc(77) && e.amount == 300));
    assert_eq!(
        world.run(77, 0, |s, p| s.collect_revenue(p)),
        Err(SocietyError::NothingToCollect),
        "collecting twice finds nothing"
    );
    // A registry that does not answer fails the call; the credit stays for later.
    world.chain.credit = 40;
    world.chain.registry_down = true;
    assert_eq!(
        world.run(77, 0, |s, p| s.collect_revenue(p)),
        Err(SocietyError::RegistryCallFailed)
    );
    assert_eq!(
        (world.state.treasury.pot, world.chain.credit),
        (pot + 300, 40)
    );
}

#[ink::test]
fn unfounding_needs_the_founder_alone() {
    let mut world = World::founded();
    world.admit(&[10], 50);
    assert_eq!(
        world.run(FOUNDER, 0, |s, p| s.unfound(p)),
        Err(SocietyError::NotHead),
        "the new member became head"
    );
    world.state.head = Some(acc(FOUNDER));
    assert_eq!(
        world.run(FOUNDER, 0, |s, p| s.unfound(p)),
        Err(SocietyError::NotOnlyMember)
    );
}

#[ink::test]
fn founding_needs_a_free_d_seat() {
    let mut world = World::with(params());
    world.chain.free[SeatCategory::D.index()] = 0;
    assert_eq!(world.found(FOUNDER, 20), Err(SocietyError::SeatUnavailable));
    assert_eq!(world.state.head, None);
}

// ---- Bids ----

#[ink::test]
fn bids_are_sorted_and_a_full_book_drops_the_most_expensive() {
    let mut world = World::founded();
    world.bid(10, 300).unwrap();
    world.bid(11, 100).unwrap();
    world.bid(12, 200).unwrap();
    world.bid(13, 100).unwrap();
    world.bid(14, 500).unwrap();
    let order: Vec<_> = world.state.bids().iter().map(|b| b.who).collect();
    assert_eq!(
        order,
        [acc(11), acc(13), acc(12), acc(10), acc(14)],
        "equal values keep arrival order"
    );
    assert_eq!(world.state.treasury.deposits, 5 * DEPOSIT);

    world.bid(15, 150).unwrap();
    assert_eq!(world.role(14), None, "the most expensive bid was dropped");
    assert_eq!(world.paid_to(14), DEPOSIT, "its deposit went back");
    assert!(world.has_event(|a: &AutoUnbid| a.who == acc(14)));

    assert_eq!(
        world.bid(16, 900),
        Err(SocietyError::BidBookFull),
        "a bid above a full book is refused, nothing taken"
    );
    assert_eq!(world.role(16), None);
    assert_eq!(world.paid_to(16), 0);
    assert_eq!(world.state.bids().len(), 5);
}

#[ink::test]
fn bids_need_the_exact_deposit_a_society_category_and_no_role() {
    let mut world = World::founded();
    assert_eq!(
        world.run(10, DEPOSIT - 1, |s, p| s.bid(p, 5, SeatCategory::B)),
        Err(SocietyError::WrongDeposit)
    );
    assert_eq!(
        world.run(10, DEPOSIT + 1, |s, p| s.bid(p, 5, SeatCategory::B)),
        Err(SocietyError::WrongDeposit)
    );
    assert_eq!(
        world.bid_for(10, 5, SeatCategory::A1),
        Err(SocietyError::NotSocietyCategory)
    );
    assert_eq!(world.bid(FOUNDER, 5), Err(SocietyError::AlreadyInSociety));
    world.bid(10, 5).unwrap();
    assert_eq!(world.bid(10, 6), Err(SocietyError::AlreadyInSociety));
    assert_eq!(world.chain.balance, DEPOSIT);
}

#[ink::test]
fn unbid_refunds_the_deposit() {
    let mut world = World::founded();
    world.bid(10, 40).unwrap();
    world.bid(11, 50).unwrap();
    assert_eq!(
        world.run(12, 0, |s, p| s.unbid(p)),
        Err(SocietyError::NotBidder)
    );
    world.run(10, 0, |s, p| s.unbid(p)).unwrap();
    assert_eq!(world.paid_to(10), DEPOSIT);
    assert_eq!(world.role(10), None);
    assert_eq!(world.state.bids().len(), 1);
    assert_eq!(world.state.treasury.deposits, DEPOSIT);
    assert_eq!(world.chain.balance, DEPOSIT);
}

// ---- Vouching ----

#[ink::test]
fn a_vouched_member_pays_its_voucher_the_tip_first() {
    let mut world = World::founded();
    world.fund(1_000);
    world.vouch(FOUNDER, 20, 300, 120).unwrap();
    assert_eq!(
        world.state.vouching_of(acc(FOUNDER)),
        Some(VouchingStatus::Vouching)
    );
    assert_eq!(
        world.vouch(FOUNDER, 21, 10, 0),
        Err(SocietyError::AlreadyVouching)
    );
    world.rotate_fully();
    world.vote(FOUNDER, 20, true).unwrap();
    world.rotate_fully();
    assert_eq!(world.role(20), Some(Role::Member));
    assert_eq!(world.payouts_total(FOUNDER), 120);
    assert_eq!(world.payouts_total(20), 180);
    assert_eq!(
        world.state.vouching_of(acc(FOUNDER)),
        None,
        "free to vouch again"
    );
    assert_eq!(
        world.chain.seats.last().map(|s| s.2),
        Some(SeatCategory::C1)
    );
}

#[ink::test]
fn unvouch_withdraws_a_waiting_vouched_bid() {
    let mut world = World::founded();
    assert_eq!(world.vouch(10, 20, 300, 0), Err(SocietyError::NotMember));
    assert_eq!(
        world.vouch(FOUNDER, 20, 300, 301),
        Err(SocietyError::TipExceedsValue)
    );
    assert_eq!(
        world.run(FOUNDER, 0, |s, p| s.unvouch(p)),
        Err(SocietyError::NotVouching)
    );
    world.vouch(FOUNDER, 20, 300, 10).unwrap();
    assert_eq!(
        world.run(20, 0, |s, p| s.unbid(p)),
        Err(SocietyError::NotBidder),
        "a vouched bid is withdrawn by its voucher"
    );
    world.run(FOUNDER, 0, |s, p| s.unvouch(p)).unwrap();
    assert_eq!(world.role(20), None);
    assert_eq!(world.state.vouching_of(acc(FOUNDER)), None);
    world.vouch(FOUNDER, 21, 300, 10).unwrap();
}

#[ink::test]
fn a_rejected_vouched_candidate_bans_its_voucher() {
    let mut world = World::founded();
    world.fund(1_000);
    world.vouch(FOUNDER, 20, 300, 10).unwrap();
    world.rotate_fully();
    world.vote(FOUNDER, 20, false).unwrap();
    world.rotate_fully();
    assert_eq!(world.role(20), Some(Role::SuspendedCandidate));
    assert_eq!(
        world.state.vouching_of(acc(FOUNDER)),
        Some(VouchingStatus::Vouching)
    );
    world
        .run(OPERATOR, 0, |s, p| {
            s.judge_suspended_candidate(p, acc(20), Judgement::Reject)
        })
        .unwrap();
    assert_eq!(world.role(20), None);
    assert_eq!(
        world.state.vouching_of(acc(FOUNDER)),
        Some(VouchingStatus::Banned)
    );
    assert_eq!(
        world.vouch(FOUNDER, 21, 10, 0),
        Err(SocietyError::VouchingBanned)
    );
}

// ---- Votes ----

#[ink::test]
fn members_vote_once_per_candidate_and_revoting_replaces() {
    let mut world = World::founded();
    world.admit(&[10, 11], 10);
    world.fund(100);
    world.bid(20, 50).unwrap();
    assert_eq!(world.vote(10, 20, true), Err(SocietyError::NotCandidate));
    world.rotate_fully();
    assert_eq!(world.vote(30, 20, true), Err(SocietyError::NotMember));
    world.vote(10, 20, true).unwrap();
    world.vote(11, 20, false).unwrap();
    world.vote(10, 20, false).unwrap();
    assert_eq!(
        world.state.votes_on(acc(20)),
        vec![(acc(10), false), (acc(11), false)]
    );
}

#[ink::test]
fn a_candidate_takes_max_voters_members_and_every_skeptic_besides() {
    // The audit: a bloc of `max_voters` members filled a candidate's voters, the
    // skeptics were refused their vote and then struck as lazy. Now skeptics always vote.
    let mut world = World::founded();
    world.admit(&[10, 11, 12, 13, 14], 10);
    world.admit(&[15, 16, 17], 10);
    world.state.parameters.max_voters = 2;
    world.fund(100);
    world.bid(20, 50).unwrap();
    world.rotate_fully();
    let skeptics: Vec<u8> = world
        .state
        .skeptics()
        .iter()
        .map(|s| AsRef::<[u8; 32]>::as_ref(s)[0])
        .collect();
    assert!(!skeptics.is_empty());
    let bloc: Vec<u8> = [FOUNDER, 10, 11, 12, 13, 14, 15, 16, 17]
        .into_iter()
        .filter(|n| !skeptics.contains(n))
        .collect();
    world.vote(bloc[0], 20, true).unwrap();
    world.vote(bloc[1], 20, true).unwrap();
    assert_eq!(
        world.vote(bloc[2], 20, true),
        Err(SocietyError::TooManyVoters)
    );
    for &skeptic in &skeptics {
        world
            .vote(skeptic, 20, false)
            .expect("a skeptic always votes");
    }
    world
        .vote(bloc[1], 20, false)
        .expect("a voter may still change its vote");
    let strikes: Vec<u32> = skeptics
        .iter()
        .map(|n| world.state.strikes_of(acc(*n)))
        .collect();
    world.rotate_fully();
    for (n, before) in skeptics.iter().zip(strikes) {
        let after = world.state.strikes_of(acc(*n));
        let lazy = world.has_event(|s: &Struck| s.who == acc(*n)) && after > before;
        let admitted = world.role(20) == Some(Role::Member);
        assert!(
            !lazy || admitted,
            "skeptic {n} voted and was struck only if it lost"
        );
    }
}

#[ink::test]
fn lazy_skeptics_are_struck_and_count_as_rejections() {
    let mut world = World::founded();
    world.admit(&[10, 11, 12], 10);
    world.fund(100);
    world.bid(20, 50).unwrap();
    world.rotate_fully();
    let skeptics = world.state.skeptics();
    assert!(
        (1..=2).contains(&skeptics.len()),
        "floor(sqrt(4)) draws, deduplicated"
    );
    let before: Vec<u32> = skeptics
        .iter()
        .map(|s| world.state.strikes_of(*s))
        .collect();
    world.rotate_fully();
    assert_eq!(
        world.role(20),
        Some(Role::SuspendedCandidate),
        "only ballots: skeptics' rejections"
    );
    for (skeptic, before) in skeptics.iter().zip(before) {
        assert_eq!(world.state.strikes_of(*skeptic), before + 1);
        assert!(world.has_event(|s: &Struck| s.who == *skeptic));
    }
}

#[ink::test]
fn no_votes_reject_a_candidate_and_release_its_seat() {
    let mut world = World::founded();
    world.fund(100);
    world.bid(20, 50).unwrap();
    world.rotate_fully();
    assert_eq!(world.chain.reserved[SeatCategory::B.index()], 1);
    world.state.skeptics.set(&Vec::new());
    world.rotate_fully();
    assert_eq!(world.role(20), Some(Role::SuspendedCandidate));
    assert_eq!(world.chain.reserved[SeatCategory::B.index()], 0);
    assert_eq!(world.chain.free[SeatCategory::B.index()], 20);
    assert!(world.has_event(|c: &CandidateSuspended| c.who == acc(20)));
}

#[test]
fn the_drawn_vote_decides_and_the_wrong_side_pays_the_right_side() {
    let mut outcomes = [false, false];
    for seed in 0..24u8 {
        fresh_env(|| {
            let mut world = World::founded();
            world.admit(&[10, 11, 12, 13], 100);
            // Mature nothing yet: every member has an unpaid payout to slash.
            world.fund(100);
            world.bid(20, 50).unwrap();
            world.rotate_fully();
            world.state.skeptics.set(&Vec::new());
            for voter in [FOUNDER, 10, 11] {
                world.vote(voter, 20, true).unwrap();
            }
            for voter in [12, 13] {
                world.vote(voter, 20, false).unwrap();
            }
            let before: Vec<Balance> = [FOUNDER, 10, 11, 12, 13]
                .iter()
                .map(|n| world.payouts_total(*n))
                .collect();
            world.state.entropy = EntropyPool::new([seed; 32]);
            world.rotate_fully();
            let admitted = world.role(20) == Some(Role::Member);
            outcomes[usize::from(admitted)] = true;
            let (wrong, right): (&[u8], &[u8]) = if admitted {
                (&[12, 13], &[FOUNDER, 10, 11])
            } else {
                (&[FOUNDER, 10, 11], &[12, 13])
            };
            let slashed_total: Balance = wrong
                .iter()
                .map(|n| {
                    assert_eq!(world.state.strikes_of(acc(*n)), 1, "wrong side struck");
                    let i = [FOUNDER, 10, 11, 12, 13]
                        .iter()
                        .position(|m| m == n)
                        .unwrap();
                    before[i] - world.payouts_total(*n)
                })
                .sum::<Balance>();
            let founder_payouts = before[0];
            let expected_slash = wrong
                .iter()
                .map(|n| {
                    if *n == FOUNDER {
                        DEDUCTION.min(founder_payouts)
                    } else {
                        DEDUCTION
                    }
                })
                .sum::<Balance>();
            assert_eq!(slashed_total, expected_slash);
            let gains: Vec<Balance> = right
                .iter()
                .map(|n| {
                    assert_eq!(world.state.strikes_of(acc(*n)), 0, "right side not struck");
                    let i = [FOUNDER, 10, 11, 12, 13]
                        .iter()
                        .position(|m| m == n)
                        .unwrap();
                    world.payouts_total(*n) - before[i]
                })
                .collect();
            if slashed_total > 0 {
                assert_eq!(
                    gains.iter().filter(|g| **g == slashed_total).count(),
                    1,
                    "one right-side voter receives the whole slashed sum"
                );
                assert_eq!(gains.iter().sum::<Balance>(), slashed_total);
            }
        });
    }
    assert_eq!(outcomes, [true, true], "both outcomes occur over the seeds");
}

// ---- Head ----

/// In a fresh environment with entropy `seed`: 20 bids `first_bid` and wins one
/// approval, 21 bids 60 and wins three; returns the head drawn among the two winners.
fn head_after_weighted_votes(seed: u8, first_bid: Balance) -> AccountId {
    let mut head = None;
    fresh_env(|| {
        let mut world = World::founded();
        world.admit(&[10, 11, 12], 10);
        world.fund(1_000);
        world.bid(20, first_bid).unwrap();
        world.bid(21, 60).unwrap();
        world.rotate_fully();
        world.state.skeptics.set(&Vec::new());
        world.vote(FOUNDER, 20, true).unwrap();
        for voter in [10, 11, 12] {
            world.vote(voter, 21, true).unwrap();
        }
        world.state.entropy = EntropyPool::new([seed; 32]);
        world.rotate_fully();
        head = world.state.head;
    });
    head.expect("a head")
}

#[test]
fn the_head_is_drawn_among_winners_weighted_by_approvals() {
    let mut heads = [0u32; 2];
    for seed in 0..40u8 {
        let head = head_after_weighted_votes(seed, 50);
        assert!(head == acc(20) || head == acc(21));
        heads[usize::from(head == acc(21))] += 1;
    }
    assert!(
        heads[0] > 0 && heads[1] > heads[0],
        "weighted 1:3, got {heads:?}"
    );
}

#[test]
fn a_zero_bid_wins_the_headship() {
    for seed in 0..8u8 {
        assert_eq!(head_after_weighted_votes(seed, 0), acc(20));
    }
}

// ---- Judgement ----

/// A world where 20 (deposit bid of 50) has lost its vote.
fn with_suspended_candidate() -> World {
    let mut world = World::founded();
    world.fund(100);
    world.bid(20, 50).unwrap();
    world.rotate_fully();
    world.vote(FOUNDER, 20, false).unwrap();
    world.rotate_fully();
    assert_eq!(world.role(20), Some(Role::SuspendedCandidate));
    world
}

fn judge(world: &mut World, who: u8, judgement: Judgement) -> Result<()> {
    world.run(OPERATOR, 0, |s, p| {
        s.judge_suspended_candidate(p, acc(who), judgement)
    })
}

#[ink::test]
fn approving_a_suspended_candidate_admits_it_paid_by_the_pot() {
    let mut world = with_suspended_candidate();
    assert_eq!(
        judge(&mut world, 21, Judgement::Approve),
        Err(SocietyError::NotSuspended)
    );
    assert_eq!(
        world.run(FOUNDER, 0, |s, p| s.judge_suspended_candidate(
            p,
            acc(20),
            Judgement::Approve
        )),
        Err(SocietyError::NotAuthorized)
    );
    let pot = world.state.treasury.pot;
    assert_eq!(pot, 100, "the loser's bid went back to the pot");
    judge(&mut world, 20, Judgement::Approve).unwrap();
    assert_eq!(world.role(20), Some(Role::Member));
    assert_eq!(world.state.treasury.pot, pot - 50);
    assert_eq!(world.payouts_total(20), 50);
    assert_eq!(world.paid_to(20), DEPOSIT, "deposit returned on admission");
    assert!(world.state.seat_of(acc(20)).is_some());
}

#[ink::test]
fn approving_needs_the_pot_and_room() {
    let mut world = with_suspended_candidate();
    world.state.treasury.pot = 49;
    assert_eq!(
        judge(&mut world, 20, Judgement::Approve),
        Err(SocietyError::InsufficientPot)
    );
    world.state.treasury.pot = 50;
    world.state.max_members = 1;
    assert_eq!(
        judge(&mut world, 20, Judgement::Approve),
        Err(SocietyError::MaxMembersReached)
    );
}

#[ink::test]
fn rejecting_a_suspended_candidate_keeps_its_deposit_in_the_pot() {
    let mut world = with_suspended_candidate();
    let pot = world.state.treasury.pot;
    judge(&mut world, 20, Judgement::Reject).unwrap();
    assert_eq!(world.role(20), None);
    assert_eq!(world.state.treasury.pot, pot + DEPOSIT);
    assert_eq!(world.state.treasury.deposits, 0);
    assert_eq!(world.paid_to(20), 0);
}

#[ink::test]
fn rebid_puts_a_suspended_candidate_back_among_the_bids() {
    let mut world = with_suspended_candidate();
    judge(&mut world, 20, Judgement::Rebid).unwrap();
    assert_eq!(world.role(20), Some(Role::Bidder));
    assert_eq!(world.state.bids()[0].value, 50);
    assert_eq!(
        world.state.treasury.deposits, DEPOSIT,
        "the deposit stays held"
    );
}

// ---- Strikes and suspended members ----

#[ink::test]
fn max_strikes_suspend_and_the_judge_forgives_or_removes() {
    let mut world = World::founded();
    world.admit(&[10, 11], 300);
    // 10 is a skeptic that never votes: whatever ballot is drawn, a lazy skeptic is on
    // the wrong side, so it takes one strike per rotation.
    for round in 0..params().max_strikes as u8 {
        assert_eq!(world.role(10), Some(Role::Member));
        world.fund(100);
        world.bid(30 + round, 50).unwrap();
        world.rotate_fully();
        world.state.skeptics.set(&vec![acc(10)]);
        world.vote(FOUNDER, 30 + round, true).unwrap();
        world.vote(11, 30 + round, true).unwrap();
        world.state.entropy = EntropyPool::new([round; 32]);
        world.rotate_fully();
    }
    assert_eq!(world.role(10), Some(Role::SuspendedMember));
    assert_eq!(
        world.state.strikes_of(acc(10)),
        0,
        "suspension clears strikes"
    );
    assert!(world.has_event(|m: &MemberSuspended| m.who == acc(10)));
    assert_eq!(
        world.run(10, 0, |s, p| s.payout(p)),
        Err(SocietyError::Suspended)
    );
    assert_eq!(world.vote(10, 30, true), Err(SocietyError::Suspended));

    let judge_member = |world: &mut World, forgive: bool| {
        world.run(OPERATOR, 0, |s, p| {
            s.judge_suspended_member(p, acc(10), forgive)
        })
    };
    assert_eq!(
        world.run(FOUNDER, 0, |s, p| s.judge_suspended_member(
            p,
            acc(10),
            true
        )),
        Err(SocietyError::NotAuthorized)
    );
    judge_member(&mut world, true).unwrap();
    assert_eq!(world.role(10), Some(Role::Member));

    // Suspend again by hand and remove for good.
    let mut chain = FakeChain::default();
    assert!(world.state.suspend_member(&mut chain, acc(10)));
    let payouts = world.state.treasury.payouts;
    let held = world.payouts_total(10);
    assert!(held > 0);
    let seats = world.chain.seats.len();
    judge_member(&mut world, false).unwrap();
    assert_eq!(world.role(10), None);
    assert_eq!(
        world.state.treasury.payouts,
        payouts - held,
        "payouts forfeited"
    );
    assert_eq!(world.chain.seats.len(), seats - 1, "seat revoked");
    assert_eq!(
        judge_member(&mut world, false),
        Err(SocietyError::NotSuspended)
    );
}

#[ink::test]
fn the_head_and_the_founder_are_never_suspended() {
    let mut world = World::founded();
    world.admit(&[10], 10);
    let head = world.state.head.unwrap();
    let mut chain = FakeChain::default();
    assert!(!world.state.suspend_member(&mut chain, head));
    assert!(!world.state.suspend_member(&mut chain, acc(FOUNDER)));
    assert_eq!(world.state.role_of(head), Some(Role::Member));
}

// ---- Challenges ----

/// A founded world with members 10, 11, 12 (head among them) and a defender drawn.
fn with_defender() -> World {
    let mut world = World::founded();
    world.admit(&[10, 11, 12], 10);
    assert_eq!(world.state.defender, None);
    world.challenge().unwrap();
    let defender = world.state.defender.expect("a defender");
    assert_ne!(Some(defender), world.state.head, "the head never defends");
    assert_ne!(defender, acc(FOUNDER), "the founder never defends");
    world
}

fn defender_vote(world: &mut World, voter: u8, approve: bool) -> Result<()> {
    world.defender_vote(voter, approve)
}

fn voters_besides(world: &World, defender: AccountId) -> Vec<u8> {
    world
        .members()
        .iter()
        .filter(|m| **m != defender)
        .map(|m| AsRef::<[u8; 32]>::as_ref(m)[0])
        .collect()
}

#[ink::test]
fn a_defender_rejected_by_majority_is_suspended() {
    let mut world = with_defender();
    let defender = world.state.defender.unwrap();
    let voters = voters_besides(&world, defender);
    defender_vote(&mut world, voters[0], false).unwrap();
    defender_vote(&mut world, voters[1], false).unwrap();
    defender_vote(&mut world, voters[2], true).unwrap();
    defender_vote(&mut world, voters[2], false).unwrap();
    assert_eq!(world.state.defender_rejections, 3);
    assert_eq!(
        world.state.defender_approvals, 0,
        "revote replaced the approval"
    );
    world.challenge().unwrap();
    assert_eq!(world.state.role_of(defender), Some(Role::SuspendedMember));
}

/// Runs a challenge round in which the members other than the defender cast `votes` in
/// order; returns the world and the defender's role afterwards.
fn challenge_round(votes: &[bool]) -> (World, Option<Role>) {
    let mut world = with_defender();
    let defender = world.state.defender.unwrap();
    let voters = voters_besides(&world, defender);
    for (voter, approve) in voters.iter().zip(votes) {
        defender_vote(&mut world, *voter, *approve).unwrap();
    }
    world.challenge().unwrap();
    let role = world.state.role_of(defender);
    (world, role)
}

#[ink::test]
fn a_defender_kept_by_majority_stays() {
    let (_, role) = challenge_round(&[true, true, false]);
    assert_eq!(role, Some(Role::Member));
}

#[ink::test]
fn a_tied_challenge_fails() {
    let (_, role) = challenge_round(&[true, false]);
    assert_eq!(role, Some(Role::SuspendedMember));
}

#[ink::test]
fn a_defender_nobody_votes_on_keeps_itself() {
    let (world, role) = challenge_round(&[]);
    assert_eq!(role, Some(Role::Member));
    assert!(world.has_event(|d: &DefenderJudged| d.kept && d.approvals == 1));
}

#[ink::test]
fn challenges_wait_for_their_period_and_need_three_members() {
    let mut world = World::founded();
    assert_eq!(
        world.run(OPERATOR, 0, |s, p| s.challenge(p)),
        Err(SocietyError::TooEarly)
    );
    assert_eq!(
        defender_vote(&mut world, FOUNDER, true),
        Err(SocietyError::NoDefender)
    );
    world.challenge().unwrap();
    assert_eq!(
        world.state.defender, None,
        "the founder alone is never challenged"
    );
}

// ---- Payouts ----

#[ink::test]
fn lock_duration_follows_the_pallet_formula() {
    let world = World::founded();
    // (100 - 50,000 / (m + 500))% of 1,000 blocks.
    assert_eq!(world.state.lock_duration(0), 0);
    assert_eq!(world.state.lock_duration(1), 10);
    assert_eq!(world.state.lock_duration(100), 170);
    assert_eq!(world.state.lock_duration(500), 500);
    assert_eq!(world.state.lock_duration(4_500), 900);
    assert_eq!(world.state.lock_duration(u32::MAX), 1_000);
    let mut world = world;
    world.state.parameters.max_lock_duration = 150;
    // 17% of 150 = 25.5 → 25 (halves down); 1% of 150 = 1.5 → 1.
    assert_eq!(world.state.lock_duration(100), 25);
    assert_eq!(world.state.lock_duration(1), 1);
}

#[ink::test]
fn payouts_mature_after_the_lock() {
    let mut world = World::founded();
    world.fund(1_000);
    world.bid(10, 300).unwrap();
    world.rotate_fully();
    world.vote(FOUNDER, 10, true).unwrap();
    world.rotate_fully();
    let payouts = world.state.payouts_of(acc(10));
    assert_eq!(
        payouts,
        vec![Payout {
            matures_at: world.block + 10,
            amount: 300
        }],
        "1 member: 1% of 1,000"
    );
    assert_eq!(
        world.run(10, 0, |s, p| s.payout(p)),
        Err(SocietyError::PayoutNotMatured)
    );
    world.block += 10;
    world.run(10, 0, |s, p| s.payout(p)).unwrap();
    assert_eq!(world.paid_to(10), DEPOSIT + 300);
    assert_eq!(
        world.run(10, 0, |s, p| s.payout(p)),
        Err(SocietyError::NoPayout)
    );
}

#[ink::test]
fn a_full_payout_list_merges_into_its_last_payout() {
    let mut world = World::founded();
    for (i, at) in [5u32, 3, 9, 7].iter().enumerate() {
        world.chain.balance += 10 + i as Balance;
        world
            .state
            .bump_payout(acc(10), *at, 10 + i as Balance)
            .unwrap();
    }
    let at: Vec<_> = world
        .state
        .payouts_of(acc(10))
        .iter()
        .map(|p| p.matures_at)
        .collect();
    assert_eq!(at, [3, 5, 7, 9]);
    world.chain.balance += 100;
    world.state.bump_payout(acc(10), 4, 100).unwrap();
    let payouts = world.state.payouts_of(acc(10));
    assert_eq!(payouts.len(), 4);
    assert_eq!(
        payouts[3],
        Payout {
            matures_at: 9,
            amount: 112
        }
    );
    assert_eq!(world.state.slash_payouts(acc(10), 35), 35);
    assert_eq!(
        world.state.payouts_of(acc(10)),
        vec![Payout {
            matures_at: 9,
            amount: 111
        }]
    );
    assert_eq!(
        world.state.treasury.payouts, 111,
        "the slashed sum left the payouts"
    );
}

// ---- Pot and intake ----

#[ink::test]
fn the_pot_grows_by_period_spend_or_half_the_unaccounted_balance() {
    let mut world = World::founded();
    world.chain.balance += 600; // a donation outside fund_pot: unaccounted
    world.rotate_fully();
    assert_eq!(world.state.treasury.pot, 300, "half of 600");
    world.chain.balance += 10_000;
    world.rotate_fully();
    assert_eq!(world.state.treasury.pot, 1_300, "capped by period_spend");
}

#[ink::test]
fn intake_is_capped_by_max_intake() {
    let mut parameters = params();
    parameters.max_bids = 20;
    let mut world = World::with(parameters);
    world.found(FOUNDER, 50).unwrap();
    world.fund(10_000);
    for n in 10..22 {
        world.bid(n, 10).unwrap();
    }
    world.rotate_fully();
    assert_eq!(world.state.count(Role::Candidate), MAX_INTAKE);
    assert_eq!(world.state.bids().len(), 2);
    assert_eq!(world.state.treasury.committed, 100);
}

#[ink::test]
fn intake_is_capped_by_the_pot_with_one_free_zero_bid() {
    let mut world = World::founded();
    world.fund(250);
    world.bid(10, 0).unwrap();
    assert_eq!(
        world.bid(11, 0),
        Err(SocietyError::ZeroBidWaiting),
        "one zero bid waits at a time"
    );
    world.bid(12, 100).unwrap();
    world.bid(13, 120).unwrap();
    world.bid(14, 100).unwrap();
    world.rotate_fully();
    let candidates = world.state.candidate_accounts();
    assert_eq!(
        candidates,
        vec![acc(10), acc(12), acc(14)],
        "one zero bid; 100 + 100 <= 250 < 320"
    );
    assert_eq!(world.state.treasury.pot, 50);
}

#[ink::test]
fn intake_is_capped_by_max_members() {
    let mut world = World::with(params());
    world.found(FOUNDER, 3).unwrap();
    world.fund(1_000);
    for n in 10..14 {
        world.bid(n, 10).unwrap();
    }
    world.rotate_fully();
    assert_eq!(world.state.count(Role::Candidate), 2, "3 max - 1 member");
}

#[ink::test]
fn intake_skips_categories_the_registry_cannot_reserve() {
    let mut world = World::founded();
    world.fund(1_000);
    world.chain.free[SeatCategory::C2.index()] = 0;
    world.bid_for(10, 10, SeatCategory::C2).unwrap();
    world.bid_for(11, 20, SeatCategory::C2).unwrap();
    world.bid_for(12, 30, SeatCategory::B).unwrap();
    world.rotate_fully();
    assert_eq!(world.state.candidate_accounts(), vec![acc(12)]);
    assert_eq!(world.role(10), Some(Role::Bidder));
}

#[ink::test]
fn set_max_members_refuses_one_and_outsiders() {
    let mut world = World::founded();
    let set = |world: &mut World, caller: u8, max: u32| {
        world.run(caller, 0, |s, p| s.set_max_members(p, max))
    };
    assert_eq!(
        set(&mut world, OPERATOR, 1),
        Err(SocietyError::BadMaxMembers)
    );
    assert_eq!(
        set(&mut world, OPERATOR, 51),
        Err(SocietyError::BadMaxMembers)
    );
    assert_eq!(
        set(&mut world, FOUNDER, 10),
        Err(SocietyError::NotAuthorized)
    );
    set(&mut world, OPERATOR, 2).unwrap();
    assert_eq!(world.state.max_members, 2);
}

// ---- Bounded work ----

#[ink::test]
fn a_rotation_over_budget_resumes_in_steps() {
    let mut parameters = params();
    parameters.max_voters = 200;
    parameters.member_limit = 300;
    parameters.max_bids = 20;
    let mut world = World::with(parameters);
    world.found(FOUNDER, 300).unwrap();
    world.chain.free[SeatCategory::B.index()] = 100;
    // 50 members (founder + 49), admitted ten at a time.
    for batch in 0..5u8 {
        let who: Vec<u8> = (0..10)
            .map(|i| 10 + batch * 10 + i)
            .filter(|n| *n < 59)
            .collect();
        world.admit(&who, 1);
    }
    let members = world.members();
    assert!(members.len() >= 49);
    world.fund(10_000);
    for n in [100u8, 101, 102, 103, 104, 105] {
        world.bid(n, 10).unwrap();
    }
    world.rotate_fully();
    let candidates = world.state.candidate_accounts();
    assert_eq!(candidates.len(), 6);
    world.approve_all_as(&members);
    // Each candidate carries ~49 votes + skeptics: 256 per call fits at most 5.
    let first = world.rotate().unwrap();
    assert!(!first.finished);
    assert!(first.resolved >= 1 && first.remaining >= 1, "{first:?}");
    assert_eq!(
        world.vote(FOUNDER, 105, true),
        Err(SocietyError::RotationInProgress)
    );
    world.rotate_fully();
    assert!(world.state.rotation_progress().is_none());
    for n in [100u8, 101, 102, 103, 104, 105] {
        assert_eq!(world.role(n), Some(Role::Member));
    }
}

/// What a rotation left behind: each account's role, strikes and unpaid payouts, the
/// head, the treasury, the entropy pool and the next candidates.
type RotationOutcome = (
    Vec<(Option<Role>, u32, Balance)>,
    Option<AccountId>,
    crate::storage::Treasury,
    [u8; 32],
    Vec<AccountId>,
);

/// Resolves one contested rotation with `step_budget` in a fresh environment; returns
/// its outcome and the `rotate` calls it took.
fn contested_rotation(step_budget: u32) -> (RotationOutcome, u32) {
    contested_rotation_meddled(step_budget, |_| {})
}

/// [`contested_rotation`], with `meddle` run between every two `rotate` calls.
fn contested_rotation_meddled(
    step_budget: u32,
    meddle: impl Fn(&mut World),
) -> (RotationOutcome, u32) {
    let mut result = None;
    fresh_env(|| result = Some(resolve_contested_rotation(step_budget, meddle)));
    result.expect("the rotation ran")
}

/// The body of [`contested_rotation_meddled`].
fn resolve_contested_rotation(
    step_budget: u32,
    meddle: impl Fn(&mut World),
) -> (RotationOutcome, u32) {
    let mut parameters = params();
    parameters.step_budget = step_budget;
    let mut world = World::with(parameters);
    world.found(FOUNDER, 20).unwrap();
    world.admit(&[10, 11, 12, 13, 14], 1);
    world.admit(&[15, 16], 1);
    world.fund(10_000);
    for n in [100u8, 101, 102] {
        world.bid(n, 10).unwrap();
    }
    world.rotate_fully();
    // 10-12 approve every candidate, 13 and 14 reject them, 15 approves one; 12 keeps
    // its secret (struck for it); skeptics who stay silent count against.
    for candidate in [100u8, 101, 102] {
        for voter in [10u8, 11, 12] {
            world.vote(voter, candidate, true).unwrap();
        }
        for voter in [13u8, 14] {
            world.vote(voter, candidate, false).unwrap();
        }
    }
    world.vote(15, 100, true).unwrap();
    world.reveal_all(DrawKind::Rotation, &[12]);
    world.block = world.block.max(world.state.next_rotation);
    let mut calls = 0;
    loop {
        calls += 1;
        assert!(calls <= 1_000, "the rotation did not finish");
        if world.run(OPERATOR, 0, |s, p| s.rotate(p)).unwrap().finished {
            break;
        }
        meddle(&mut world);
    }
    let accounts = [FOUNDER, 10, 11, 12, 13, 14, 15, 16, 100, 101, 102]
        .iter()
        .map(|&n| {
            (
                world.role(n),
                world.state.strikes_of(acc(n)),
                world.payouts_total(n),
            )
        })
        .collect();
    let outcome = (
        accounts,
        world.state.head,
        world.state.treasury,
        world.state.entropy.digest(),
        world.state.candidate_accounts(),
    );
    (outcome, calls)
}

#[test]
fn a_rotation_ends_the_same_however_its_calls_split_the_work() {
    // The caller cannot steer a draw by how far each call goes: a budget of one ballot
    // step per call ends exactly as one call doing everything.
    let (whole, calls) = contested_rotation(4_096);
    assert_eq!(calls, 1);
    assert!(
        whole.0.iter().any(|(_, strikes, _)| *strikes > 0),
        "someone was struck: {whole:?}"
    );
    for budget in [1, 2, 3, 7, 16] {
        let (split, calls) = contested_rotation(budget);
        assert!(calls > 1, "budget {budget} took {calls} call");
        assert_eq!(split, whole, "budget {budget}");
    }
}

#[test]
fn nothing_that_strikes_suspends_or_draws_runs_between_rotation_calls() {
    // Between two calls the candidates' ballots are half collected: a challenge (its
    // draws share the pool), a forfeit (a strike), a judgement, an expulsion or new
    // parameters (a harsher strike rule for the ballots not yet settled) would let
    // whoever picks the moment change a ballot, a draw or how a ballot counts. All
    // wait, and the rotation ends as if nobody had tried.
    let (whole, _) = contested_rotation(4_096);
    let (meddled, calls) = contested_rotation_meddled(3, |world| {
        world.block = world.block.max(world.state.next_challenge);
        let attempts = [
            world.run(FOUNDER, 0, |s, p| s.challenge(p)).map(|_| ()),
            world.run(FOUNDER, 0, |s, p| s.forfeit(p, acc(12))),
            world.run(OPERATOR, 0, |s, p| {
                s.judge_suspended_member(p, acc(13), false)
            }),
            world.run(OPERATOR, 0, |s, p| {
                s.judge_suspended_candidate(p, acc(101), Judgement::Reject)
            }),
            world.run(OPERATOR, 0, |s, p| s.expel(p, acc(13))),
            world.run(OPERATOR, 0, |s, p| {
                let harsher = SocietyParameters {
                    max_strikes: 1,
                    ..s.parameters
                };
                s.set_parameters(p, harsher)
            }),
            world.vote(14, 100, true),
        ];
        for attempt in attempts {
            assert_eq!(attempt, Err(SocietyError::RotationInProgress));
        }
    });
    assert!(calls > 1);
    assert_eq!(meddled, whole);
}

#[test]
fn one_step_per_call_still_advances_inside_a_candidate() {
    // Three candidates, each with six votes and the skeptics: with one step per call
    // the cursor walks the votes.
    let (_, calls) = contested_rotation(1);
    let (_, seven) = contested_rotation(7);
    assert!(calls > 3 * 12, "{calls} calls");
    assert!(seven < calls && seven > 3, "{seven} calls");
}

#[ink::test]
fn parameters_are_checked() {
    let good = params();
    assert_eq!(good.validate(), Ok(()));
    assert_eq!(SocietyParameters::defaults().validate(), Ok(()));
    let bad = [
        SocietyParameters {
            max_strikes: 0,
            ..good
        },
        SocietyParameters {
            rotation_period: 0,
            ..good
        },
        SocietyParameters {
            challenge_period: 0,
            ..good
        },
        SocietyParameters {
            max_bids: 0,
            ..good
        },
        SocietyParameters {
            max_bids: 257,
            ..good
        },
        SocietyParameters {
            max_voters: 0,
            ..good
        },
        SocietyParameters {
            max_voters: 257,
            ..good
        },
        SocietyParameters {
            step_budget: 0,
            ..good
        },
        SocietyParameters {
            step_budget: 4_097,
            ..good
        },
        SocietyParameters {
            max_payouts: 0,
            ..good
        },
        SocietyParameters {
            member_limit: 1,
            ..good
        },
        SocietyParameters {
            member_limit: 10_001,
            ..good
        },
    ];
    for parameters in bad {
        assert_eq!(
            parameters.validate(),
            Err(SocietyError::BadParameter),
            "{parameters:?}"
        );
    }
}

// ---- Authorization ----

#[ink::test]
fn every_restricted_call_refuses_outsiders() {
    let mut world = World::founded();
    let outsider = 40;
    assert_eq!(
        world.run(outsider, 0, |s, p| s.found(p, acc(outsider), 5, b"")),
        Err(SocietyError::NotAuthorized)
    );
    assert_eq!(
        world.run(outsider, 0, |s, p| s.set_judge(p, acc(outsider))),
        Err(SocietyError::NotAuthorized)
    );
    assert_eq!(
        world.run(outsider, 0, |s, p| s.transfer_operator(p, acc(outsider))),
        Err(SocietyError::NotAuthorized)
    );
    assert_eq!(
        world.run(outsider, 0, |s, p| s.accept_operator(p)),
        Err(SocietyError::NoPendingOperator)
    );
    assert_eq!(
        world.run(outsider, 0, |s, p| s.judge_suspended_member(
            p,
            acc(FOUNDER),
            false
        )),
        Err(SocietyError::NotAuthorized)
    );
    assert_eq!(
        world.run(outsider, 0, |s, p| s.judge_suspended_candidate(
            p,
            acc(FOUNDER),
            Judgement::Reject
        )),
        Err(SocietyError::NotAuthorized)
    );
    assert_eq!(
        world.vote(outsider, FOUNDER, true),
        Err(SocietyError::NotMember)
    );
    assert_eq!(
        defender_vote(&mut world, outsider, true),
        Err(SocietyError::NotMember)
    );
    assert_eq!(
        world.vouch(outsider, 41, 1, 0),
        Err(SocietyError::NotMember)
    );
    assert_eq!(
        world.run(outsider, 0, |s, p| s.unfound(p)),
        Err(SocietyError::NotFounder)
    );
    assert_eq!(
        world.run(outsider, 0, |s, p| s.fund_pot(p)),
        Err(SocietyError::ZeroAmount)
    );
    assert_eq!(
        world.run(outsider, 0, |s, p| s.rotate(p)),
        Err(SocietyError::TooEarly)
    );

    // The judge can be handed over, and so can the operator role.
    world
        .run(OPERATOR, 0, |s, p| s.set_judge(p, acc(3)))
        .unwrap();
    assert_eq!(world.state.judge, acc(3));
    world
        .run(OPERATOR, 0, |s, p| s.transfer_operator(p, acc(4)))
        .unwrap();
    world.run(4, 0, |s, p| s.accept_operator(p)).unwrap();
    assert_eq!(world.state.role.operator, acc(4));
    assert_eq!(
        world.run(OPERATOR, 0, |s, p| s.set_max_members(p, 5)),
        Err(SocietyError::NotAuthorized)
    );
}

#[ink::test]
fn the_constructor_wants_a_deposit_of_zero_or_at_least_the_existential_deposit() {
    use crate::society::Society;
    // The off-chain environment's existential deposit is 1,000,000.
    let with_deposit = |candidate_deposit| {
        Society::new(
            acc(200),
            SocietyParameters {
                candidate_deposit,
                ..params()
            },
        )
        .map(|_| ())
    };
    assert_eq!(with_deposit(999_999), Err(SocietyError::BadParameter));
    assert_eq!(with_deposit(1_000_000), Ok(()));
    assert_eq!(with_deposit(0), Ok(()));
}

// ---- The world itself ----

#[ink::test]
#[should_panic(expected = "solvency")]
fn the_world_checks_the_invariants_after_every_call() {
    let mut world = World::founded();
    world.fund(1_000);
    // Corrupt the books: the pot's money leaves without the treasury knowing.
    world.chain.balance = 0;
    // The next call, whatever it is, fails the solvency check.
    let _ = world.run(OPERATOR, 0, |s, _| Ok(s.treasury));
}

// ---- Hostile input, table-driven ----

use interfaces::testing::outcome;

#[ink::test]
fn every_message_answers_hostile_input_with_a_named_error() {
    let mut world = World::founded();
    world.admit(&[3, 4], 10);
    let stranger = 50;
    type HostileCall = Box<dyn FnOnce(&mut World) -> String>;
    let table: Vec<(&str, HostileCall, &str)> = vec![
        (
            "bid without the deposit",
            Box::new(move |w| outcome(w.run(stranger, 0, |s, p| s.bid(p, 10, SeatCategory::B)))),
            "WrongDeposit",
        ),
        (
            "bid paying more than the deposit",
            Box::new(move |w| {
                outcome(w.run(stranger, DEPOSIT + 1, |s, p| s.bid(p, 10, SeatCategory::B)))
            }),
            "WrongDeposit",
        ),
        (
            "bid for a claimed category",
            Box::new(move |w| {
                outcome(w.run(stranger, DEPOSIT, |s, p| s.bid(p, 10, SeatCategory::A1)))
            }),
            "NotSocietyCategory",
        ),
        (
            "bid by a member",
            Box::new(|w| outcome(w.bid(3, 10))),
            "AlreadyInSociety",
        ),
        (
            "unbid without a bid",
            Box::new(move |w| outcome(w.run(stranger, 0, |s, p| s.unbid(p)))),
            "NotBidder",
        ),
        (
            "vouch by a stranger",
            Box::new(move |w| outcome(w.vouch(stranger, stranger + 1, 10, 0))),
            "NotMember",
        ),
        (
            "vouch with a tip above the value",
            Box::new(move |w| outcome(w.vouch(3, stranger, 10, u128::MAX))),
            "TipExceedsValue",
        ),
        (
            "vouch for a member",
            Box::new(|w| outcome(w.vouch(3, 4, 10, 0))),
            "AlreadyInSociety",
        ),
        (
            "unvouch without vouching",
            Box::new(|w| outcome(w.run(3, 0, |s, p| s.unvouch(p)))),
            "NotVouching",
        ),
        (
            "vote by a stranger",
            Box::new(move |w| outcome(w.vote(stranger, 3, true))),
            "NotMember",
        ),
        (
            "vote for a non-candidate",
            Box::new(move |w| outcome(w.vote(3, stranger, true))),
            "NotCandidate",
        ),
        (
            "payout with none due",
            Box::new(|w| outcome(w.run(FOUNDER, 0, |s, p| s.payout(p)))),
            "NoPayout",
        ),
        (
            "collect_revenue with nothing credited",
            Box::new(|w| outcome(w.run(OPERATOR, 0, |s, p| s.collect_revenue(p)))),
            "NothingToCollect",
        ),
        (
            "collect_revenue overflowing the pot",
            Box::new(|w| {
                w.chain.credit = 1;
                w.run(OPERATOR, 0, |s, p| s.collect_revenue(p))
                    .expect("a first unit in the pot");
                w.chain.credit = Balance::MAX;
                outcome(w.run(OPERATOR, 0, |s, p| s.collect_revenue(p)))
            }),
            "Overflow",
        ),
        (
            "fund_pot with nothing",
            Box::new(|w| outcome(w.run(OPERATOR, 0, |s, p| s.fund_pot(p)))),
            "ZeroAmount",
        ),
        (
            "rotate before it is due",
            Box::new(|w| outcome(w.run(OPERATOR, 0, |s, p| s.rotate(p)))),
            "TooEarly",
        ),
        (
            "challenge before it is due",
            Box::new(|w| {
                w.challenge().expect("the challenge due now");
                outcome(w.run(OPERATOR, 0, |s, p| s.challenge(p)))
            }),
            "TooEarly",
        ),
        (
            "judge_suspended_member by a stranger",
            Box::new(move |w| {
                outcome(w.run(stranger, 0, |s, p| {
                    s.judge_suspended_member(p, acc(3), true)
                }))
            }),
            "NotAuthorized",
        ),
        (
            "judge_suspended_member of a member",
            Box::new(|w| {
                outcome(w.run(OPERATOR, 0, |s, p| {
                    s.judge_suspended_member(p, acc(3), true)
                }))
            }),
            "NotSuspended",
        ),
        (
            "judge_suspended_candidate of a stranger",
            Box::new(move |w| {
                outcome(w.run(OPERATOR, 0, |s, p| {
                    s.judge_suspended_candidate(p, acc(stranger), Judgement::Approve)
                }))
            }),
            "NotSuspended",
        ),
        (
            "set_max_members to 0",
            Box::new(|w| outcome(w.run(OPERATOR, 0, |s, p| s.set_max_members(p, 0)))),
            "BadMaxMembers",
        ),
        (
            "set_max_members to u32::MAX",
            Box::new(|w| outcome(w.run(OPERATOR, 0, |s, p| s.set_max_members(p, u32::MAX)))),
            "BadMaxMembers",
        ),
        (
            "set_max_members by a stranger",
            Box::new(move |w| outcome(w.run(stranger, 0, |s, p| s.set_max_members(p, 20)))),
            "NotAuthorized",
        ),
        (
            "set_judge by a stranger",
            Box::new(move |w| outcome(w.run(stranger, 0, |s, p| s.set_judge(p, acc(stranger))))),
            "NotAuthorized",
        ),
        (
            "found a founded society",
            Box::new(|w| outcome(w.found(FOUNDER, 20))),
            "AlreadyFounded",
        ),
        (
            "unfound by a stranger",
            Box::new(move |w| outcome(w.run(stranger, 0, |s, p| s.unfound(p)))),
            "NotFounder",
        ),
        (
            "unfound with other members",
            Box::new(|w| outcome(w.run(FOUNDER, 0, |s, p| s.unfound(p)))),
            "NotHead",
        ),
        (
            "transfer_operator by a stranger",
            Box::new(move |w| {
                outcome(w.run(stranger, 0, |s, p| s.transfer_operator(p, acc(stranger))))
            }),
            "NotAuthorized",
        ),
        (
            "accept_operator with none pending",
            Box::new(move |w| outcome(w.run(stranger, 0, |s, p| s.accept_operator(p)))),
            "NoPendingOperator",
        ),
    ];
    let mut wrong = Vec::new();
    for (name, call, expected) in table {
        let got = call(&mut world);
        if got != expected {
            wrong.push(format!("{name}: {got}, expected {expected}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[ink::test]
fn the_operator_expels_a_member_for_abuse_but_never_a_protected_one() {
    let mut world = World::founded();
    world.admit(&[10, 11], 10);
    let expel =
        |world: &mut World, caller: u8, who: u8| world.run(caller, 0, |s, p| s.expel(p, acc(who)));
    assert_eq!(expel(&mut world, 10, 11), Err(SocietyError::NotAuthorized));
    assert_eq!(
        expel(&mut world, OPERATOR, 99),
        Err(SocietyError::NotMember)
    );
    let head = world.state.head.expect("a head");
    let head_n = AsRef::<[u8; 32]>::as_ref(&head)[0];
    assert_eq!(
        expel(&mut world, OPERATOR, head_n),
        Err(SocietyError::ProtectedMember)
    );
    assert_eq!(
        expel(&mut world, OPERATOR, FOUNDER),
        Err(SocietyError::ProtectedMember)
    );
    let who = [10, 11]
        .into_iter()
        .find(|n| acc(*n) != head)
        .expect("a member who is not the head");
    let payouts = world.state.treasury.payouts;
    let held = world.payouts_total(who);
    let seats = world.chain.seats.len();
    assert_eq!(expel(&mut world, OPERATOR, who), Ok(()));
    assert_eq!(world.role(who), None);
    assert_eq!(world.state.treasury.payouts, payouts - held);
    assert_eq!(world.chain.seats.len(), seats - 1, "seat revoked");
    assert!(world.has_event(|e: &MemberExpelled| e.who == acc(who)));
    assert_eq!(
        expel(&mut world, OPERATOR, who),
        Err(SocietyError::NotMember)
    );
}

#[ink::test]
fn new_parameters_never_shrink_a_cap_or_move_a_reveal_window() {
    let mut world = World::founded();
    let set = |world: &mut World, caller: u8, parameters: SocietyParameters| {
        world.run(caller, 0, |s, p| s.set_parameters(p, parameters))
    };
    let longer = SocietyParameters {
        rotation_period: params().rotation_period + 10,
        max_bids: params().max_bids + 1,
        ..params()
    };
    assert_eq!(
        set(&mut world, 10, longer),
        Err(SocietyError::NotAuthorized)
    );
    for bad in [
        SocietyParameters {
            max_strikes: 0,
            ..params()
        },
        SocietyParameters {
            max_bids: params().max_bids - 1,
            ..params()
        },
        SocietyParameters {
            max_payouts: params().max_payouts - 1,
            ..params()
        },
        SocietyParameters {
            member_limit: 19,
            ..params()
        },
        SocietyParameters {
            reveal_period: params().reveal_period + 1,
            ..params()
        },
    ] {
        assert_eq!(
            set(&mut world, OPERATOR, bad),
            Err(SocietyError::BadParameter),
            "{bad:?}"
        );
    }
    let next_rotation = world.state.next_rotation;
    assert_eq!(set(&mut world, OPERATOR, longer), Ok(()));
    assert_eq!(world.state.parameters, longer);
    assert_eq!(
        world.state.next_rotation, next_rotation,
        "the rotation already scheduled stays"
    );
    assert!(world.has_event(|e: &ParametersChanged| e.parameters == longer));
}

#[ink::test]
fn governance_reaches_each_operator_message_at_its_selector_with_its_types() {
    use crate::society::Society;
    use ink::primitives::Hash;
    use interfaces::{assert_dispatches, governed};
    type Outcome = core::result::Result<(), SocietyError>;
    assert_dispatches!(
        Society,
        governed::FOUND,
        "found",
        (AccountId, u32, String),
        Outcome
    );
    assert_dispatches!(
        Society,
        governed::SET_PARAMETERS,
        "set_parameters",
        SocietyParameters,
        Outcome
    );
    assert_dispatches!(
        Society,
        governed::SET_MAX_MEMBERS,
        "set_max_members",
        u32,
        Outcome
    );
    assert_dispatches!(
        Society,
        governed::SET_JUDGE,
        "set_judge",
        AccountId,
        Outcome
    );
    assert_dispatches!(
        Society,
        governed::JUDGE_SUSPENDED_MEMBER,
        "judge_suspended_member",
        (AccountId, bool),
        Outcome
    );
    assert_dispatches!(
        Society,
        governed::JUDGE_SUSPENDED_CANDIDATE,
        "judge_suspended_candidate",
        (AccountId, Judgement),
        Outcome
    );
    assert_dispatches!(Society, governed::EXPEL, "expel", AccountId, Outcome);
    assert_dispatches!(
        Society,
        governed::TRANSFER_OPERATOR,
        "transfer_operator",
        AccountId,
        Outcome
    );
    assert_dispatches!(
        Society,
        governed::ACCEPT_OPERATOR,
        "accept_operator",
        (),
        Outcome
    );
    assert_dispatches!(Society, governed::SET_CODE, "set_code", Hash, Outcome);
    // The registry asks it whose society it is when it links it.
    assert_dispatches!(Society, governed::REGISTRY, "registry", (), AccountId);
}
