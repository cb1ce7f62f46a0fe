//! Unit tests of the registry in its fake [`World`]: a PSP34 conformance set, the
//! series life cycle, sales and the revenue split, and every seat category. Every call
//! is followed by the invariants (`World::check`), so no test has to remember them.

use ink::env::{test, DefaultEnvironment};
use ink::primitives::AccountId;
use interfaces::{
    testing::accounts, Balance, Id, ListingDecision, ListingOptions, ListingTerms, PSP34Error,
    RegistryError, RejectionReason, SaleKind, SeatCategory, SeriesId, Tier, MAX_SEATS_PER_VOTE,
};

use crate::{
    events::{
        Approval, AttributeSet, CollectiblePurchased, CreatorRevenueCollected, IssuanceRoundOpened,
        SeriesProposed, Swept, Transfer,
    },
    psp34::SEAT_NOT_TRANSFERABLE,
    registry::Registry,
    series::MAX_CONTENT_LEN,
    storage::{
        IssuanceRules, LinkTarget, Links, Provenance, RevenueSplit, SeatBook, Series,
        SeriesProposal, SeriesSpec, SeriesStatus, TokenKind, TOKENS_PER_PAGE,
    },
    world::{acc, provenance, World, IP_HOLDER, METADATA_URI, OPERATOR},
};

/// A price well above the off-chain engine's existential deposit (1,000,000).
const PRICE: Balance = 1_000_000_000;
const SALE_START: u64 = 1_000;
const SALE_DURATION: u64 = 10_000;

/// A registry with `total_seats` seats and an 80/0/0/20 split, operated by Alice, with
/// Bob registered as a creator. The contract starts with no native balance.
fn registry_with(total_seats: u32) -> World {
    let split = RevenueSplit {
        creator_bps: 8_000,
        rewards_bps: 0,
        society_bps: 0,
        operator_bps: 2_000,
    };
    let mut registry = World::new(total_seats, split);
    registry
        .call(accounts().alice, 0, |s, c| {
            s.register_creator(c, accounts().bob, true)
        })
        .expect("operator registers");
    registry
}

fn registry() -> World {
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
            provenance: provenance(),
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

/// `caller` proposes `proposal` with a listing poll or without.
fn propose(
    registry: &mut World,
    caller: AccountId,
    proposal: SeriesProposal,
    open_poll: bool,
) -> Result<SeriesId, RegistryError> {
    registry.call(caller, 0, |s, c| s.propose_series(c, proposal, open_poll))
}

/// The operator proposes and directly lists an SSS series; returns its id.
fn listed_series(registry: &mut World, proposal: SeriesProposal, editions: u32) -> SeriesId {
    let id = propose(registry, accounts().alice, proposal, false).expect("propose");
    registry
        .call(accounts().alice, 0, |s, c| {
            s.apply_listing(c, id, ListingDecision::List(terms(editions)))
        })
        .expect("list");
    id
}

/// A registry where Charlie bought the first piece of a one-item SSS series.
fn charlie_with_a_piece() -> (World, Id) {
    let mut registry = registry();
    let series = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    let token = buy(&mut registry, accounts().charlie, series, 0);
    (registry, token)
}

/// `buyer` buys `item` of `series` at the series' price, inside the window.
fn buy(registry: &mut World, buyer: AccountId, series: SeriesId, item: u8) -> Id {
    registry
        .at(SALE_START)
        .call(buyer, PRICE, |s, c| s.buy(c, series, item))
        .expect("buy")
}

/// A registry of 100 seats whose sales pay all four shares (creator 50%, rewards 20%,
/// society 10%, operator 20%), Bob registered as a creator, nothing linked.
fn registry_paying_all_four() -> World {
    let mut registry = World::new(100, split(5_000, 2_000, 1_000, 2_000));
    registry
        .call(accounts().alice, 0, |s, c| {
            s.register_creator(c, accounts().bob, true)
        })
        .expect("register");
    registry
}

/// Anyone (Django) moves the creator's revenue accrued on `series` to the creator's credit;
/// returns the amount.
fn collect(registry: &mut World, series: SeriesId) -> Balance {
    registry
        .call(accounts().django, 0, |s, c| {
            s.collect_creator_revenue(c, series)
        })
        .expect("collect")
}

/// Links the rewards contract (Eve) and the society (Frank).
fn link_both(registry: &mut World) {
    let a = accounts();
    registry
        .call(a.alice, 0, |s, c| {
            s.link(c, LinkTarget::Rewards, a.eve)?;
            s.link(c, LinkTarget::Society, a.frank)
        })
        .expect("link");
}

// ---------------------------------------------------------------- construction

#[ink::test]
fn new_works() {
    let registry = registry();
    assert_eq!(registry.state.role.operator, accounts().alice);
    assert_eq!(registry.state.total_supply(), 0);
    let collection = registry.collection.clone();
    assert_eq!(
        registry
            .state
            .get_attribute(&registry.collection, &collection, "name"),
        Some("Qiankun DAO Collectibles".into())
    );
    let fresh = World::new(
        100,
        RevenueSplit {
            creator_bps: 10_000,
            rewards_bps: 0,
            society_bps: 0,
            operator_bps: 0,
        },
    );
    let attributes = fresh.chain.events.of::<AttributeSet>();
    let keys: Vec<&[u8]> = attributes.iter().map(|e| e.key.as_slice()).collect();
    assert_eq!(
        keys,
        [&b"name"[..], &b"symbol"[..], &b"metadata_uri"[..]],
        "name, symbol and metadata_uri AttributeSet events"
    );
}

#[ink::test]
fn new_refuses_a_metadata_uri_tokens_cannot_be_appended_to() {
    let valid = split(8_000, 0, 0, 2_000);
    let new = |uri: String| Registry::new(100, valid, issuance(1, 1, 60), uri).map(|_| ());
    assert_eq!(new(String::new()), Err(RegistryError::BadMetadataUri));
    assert_eq!(
        new("ipfs://qiankun".into()),
        Err(RegistryError::BadMetadataUri),
        "a URI without its closing slash would glue the folder to the file name"
    );
    let longest = format!("https://{}/", "m".repeat(128 - 9));
    assert_eq!(new(longest.clone()), Ok(()));
    assert_eq!(
        new(format!("m{longest}")),
        Err(RegistryError::ContentTooLong)
    );
}

/// A split of `creator`, `rewards`, `society` and `operator` basis points.
fn split(creator: u16, rewards: u16, society: u16, operator: u16) -> RevenueSplit {
    RevenueSplit {
        creator_bps: creator,
        rewards_bps: rewards,
        society_bps: society,
        operator_bps: operator,
    }
}

/// Issuance rules: a minimum Official price, seats per account and category, and A seats
/// claimable in the first round.
fn issuance(min_official_price: Balance, seats_per_account: u32, claimable: u32) -> IssuanceRules {
    IssuanceRules {
        min_official_price,
        seats_per_account,
        claimable_a_seats: claimable,
    }
}

#[ink::test]
fn new_fails_when_split_does_not_sum_to_10000() {
    let result = Registry::new(
        100,
        split(8_000, 1_000, 1_000, 1),
        issuance(1, 1, 60),
        METADATA_URI.into(),
    );
    assert!(matches!(result, Err(RegistryError::BadRevenueSplit)));
}

#[ink::test]
fn new_fails_with_issuance_rules_out_of_range() {
    let valid = split(8_000, 0, 0, 2_000);
    // 100 seats hold 60 A seats (45 A1, 10 A2, 5 A3).
    assert!(Registry::new(100, valid, issuance(1, 1, 60), METADATA_URI.into()).is_ok());
    for rules in [
        issuance(1, 0, 10),
        issuance(1, 1, 61),
        issuance(0, 1, u32::MAX),
    ] {
        assert!(
            matches!(
                Registry::new(100, valid, rules, METADATA_URI.into()),
                Err(RegistryError::BadIssuanceRules)
            ),
            "{rules:?}"
        );
    }
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
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.transfer(c, a.django, token.clone())),
        Ok(())
    );
    assert_eq!(registry.state.owner_of(&token), Some(a.django));
    assert_eq!(registry.state.balance_of(a.charlie), 0);
    assert_eq!(registry.state.balance_of(a.django), 1);
    // One event, with the spec's fields.
    assert_eq!(registry.chain.events.len(), 1);
    assert_eq!(
        registry.chain.events.of::<Transfer>(),
        vec![Transfer {
            from: Some(a.charlie),
            to: Some(a.django),
            id: token
        }]
    );
}

#[ink::test]
fn transfer_works_by_approved_operator_and_clears_the_approval() {
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    registry
        .call(a.charlie, 0, |s, c| {
            s.approve(c, a.eve, Some(token.clone()), true)
        })
        .expect("approve");
    assert_eq!(
        registry.chain.events.of::<Approval>(),
        vec![Approval {
            owner: a.charlie,
            operator: a.eve,
            id: Some(token.clone()),
            approved: true
        }]
    );
    assert!(registry.state.allowance(a.charlie, a.eve, Some(&token)));
    assert!(!registry.state.allowance(a.charlie, a.eve, None));
    assert_eq!(
        registry.call(a.eve, 0, |s, c| s.transfer(c, a.frank, token.clone())),
        Ok(())
    );
    assert_eq!(registry.state.owner_of(&token), Some(a.frank));
    assert!(!registry.state.allowance(a.frank, a.eve, Some(&token)));
    assert_eq!(
        registry.call(a.eve, 0, |s, c| s.transfer(c, a.eve, token)),
        Err(PSP34Error::NotApproved)
    );
}

/// `owner`'s list, index by index.
fn list_of(registry: &World, owner: AccountId) -> Vec<Id> {
    (0..registry.state.balance_of(owner))
        .map(|i| {
            registry
                .state
                .owners_token_by_index(owner, u128::from(i))
                .expect("listed")
        })
        .collect()
}

/// A registry where each of `holders` bought `pieces` pieces of a one-item SSS series.
fn each_bought(holders: &[AccountId], pieces: u32) -> World {
    let mut registry = registry();
    let editions = pieces * holders.len() as u32;
    let id = listed_series(
        &mut registry,
        proposal(Tier::SSS, SaleKind::Official, 1),
        editions,
    );
    for holder in holders {
        for _ in 0..pieces {
            buy(&mut registry, *holder, id, 0);
        }
    }
    registry
}

/// Lists longer than a page (32 tokens): pieces leave an owner of 70 (two full pages and
/// an open page of 6) from the open page, from a full page (the owner's last token takes
/// the place) and, with the open page empty, from the first and the last full page (the
/// last full page becomes the open page); they come back across a page boundary; then
/// the owner burns them all. The world checks after every call that each list is whole,
/// each token knows its page and no full page is left past the open one.
#[ink::test]
fn lists_longer_than_a_page_stay_whole_whatever_leaves_them() {
    let a = accounts();
    let mut registry = each_bought(&[a.charlie], 70);
    let give = |registry: &mut World, from: AccountId, to: AccountId, index: u32| {
        let piece = registry
            .state
            .owners_token_by_index(from, u128::from(index))
            .expect("listed");
        registry
            .call(from, 0, |s, c| s.transfer(c, to, piece.clone()))
            .expect("transfer");
        piece
    };
    let before = list_of(&registry, a.charlie);
    let moved = give(&mut registry, a.charlie, a.frank, 5);
    let after = list_of(&registry, a.charlie);
    assert_eq!(after.len(), 69);
    assert_eq!(
        after[5], before[69],
        "the last token took the place on page 0"
    );
    assert!(!after.contains(&moved));
    // From the open page, then down to 64: the open page is empty.
    give(&mut registry, a.charlie, a.frank, 66);
    while registry.state.balance_of(a.charlie) > 64 {
        give(&mut registry, a.charlie, a.frank, 64);
    }
    let before = list_of(&registry, a.charlie);
    let moved = give(&mut registry, a.charlie, a.frank, 10);
    let after = list_of(&registry, a.charlie);
    assert_eq!(after.len(), 63);
    assert!(!after.contains(&moved));
    let mut expected: Vec<Id> = before.iter().filter(|p| **p != moved).cloned().collect();
    expected.sort_by_key(|p| format!("{p:?}"));
    let mut listed = after.clone();
    listed.sort_by_key(|p| format!("{p:?}"));
    assert_eq!(listed, expected, "the same pieces, less the moved one");
    // Back to 64 (a page fills again), then out of the last full page with the open
    // page empty.
    give(&mut registry, a.frank, a.charlie, 0);
    assert_eq!(registry.state.balance_of(a.charlie), 64);
    give(&mut registry, a.charlie, a.frank, 40);
    // Frank's list crossed a page too; it goes back whole.
    while registry.state.balance_of(a.frank) > 0 {
        let last = registry.state.balance_of(a.frank) - 1;
        give(&mut registry, a.frank, a.charlie, last / 2);
    }
    assert_eq!(registry.state.balance_of(a.charlie), 70);
    // Burned from the front, the middle and the back of the list, down to nothing.
    let mut step = 0u32;
    while registry.state.balance_of(a.charlie) > 0 {
        let balance = registry.state.balance_of(a.charlie);
        let index = [0, balance / 2, balance - 1][(step % 3) as usize];
        let piece = registry
            .state
            .owners_token_by_index(a.charlie, u128::from(index))
            .expect("listed");
        registry
            .call(a.charlie, 0, |s, c| s.burn(c, a.charlie, piece.clone()))
            .expect("burn");
        step += 1;
    }
    assert_eq!(registry.state.total_supply(), 0);
}

/// A seeded random walk over a page boundary: 140 pieces wander between four holders of
/// 35 each at first (each move takes a piece from a random place of a random holder's
/// list; one in 60 is burned instead), so the lists fill and empty pages over and over;
/// the world checks every list after every call.
#[ink::test]
fn random_moves_across_page_boundaries_keep_every_list_whole() {
    let a = accounts();
    let holders = [a.charlie, a.frank, a.eve, a.django];
    let mut registry = each_bought(&holders, 35);
    let mut seed = 0x5eed_u64;
    let mut next = |bound: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % bound
    };
    let (mut moved, mut burned, mut pages_filled, mut pages_emptied) = (0, 0, 0, 0);
    for _ in 0..2_000 {
        let from = next(holders.len());
        let balance = registry.state.balance_of(holders[from]);
        if balance == 0 {
            continue;
        }
        let piece = registry
            .state
            .owners_token_by_index(holders[from], next(balance as usize) as u128)
            .expect("listed");
        if balance % TOKENS_PER_PAGE == 0 {
            pages_emptied += 1;
        }
        if next(60) == 0 {
            registry
                .call(holders[from], 0, |s, c| {
                    s.burn(c, holders[from], piece.clone())
                })
                .expect("burn");
            burned += 1;
            continue;
        }
        let to = holders[(from + 1 + next(holders.len() - 1)) % holders.len()];
        if registry.state.balance_of(to) % TOKENS_PER_PAGE == TOKENS_PER_PAGE - 1 {
            pages_filled += 1;
        }
        registry
            .call(holders[from], 0, |s, c| s.transfer(c, to, piece.clone()))
            .expect("transfer");
        assert_eq!(registry.state.owner_of(&piece), Some(to));
        moved += 1;
    }
    assert!(
        moved > 1_800 && burned > 10,
        "{moved} moves, {burned} burns"
    );
    assert!(
        pages_filled >= 10 && pages_emptied >= 10,
        "{pages_filled} pages filled, {pages_emptied} taken back"
    );
    let left: u32 = holders.iter().map(|h| registry.state.balance_of(*h)).sum();
    assert_eq!(u128::from(left), registry.state.total_supply());
}

#[ink::test]
fn an_approved_operator_moves_the_middle_of_three_and_both_lists_stay_whole() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    let pieces: Vec<Id> = (0..3)
        .map(|_| buy(&mut registry, a.charlie, id, 0))
        .collect();
    registry
        .call(a.charlie, 0, |s, c| {
            s.approve(c, a.eve, Some(pieces[1].clone()), true)
        })
        .expect("approve the middle piece");
    registry
        .call(a.eve, 0, |s, c| s.transfer(c, a.frank, pieces[1].clone()))
        .expect("the operator moves it");
    // The last piece took the middle place; the world checked every index.
    assert_eq!(
        list_of(&registry, a.charlie),
        vec![pieces[0].clone(), pieces[2].clone()]
    );
    assert_eq!(list_of(&registry, a.frank), vec![pieces[1].clone()]);
    assert_eq!(
        registry.call(a.eve, 0, |s, c| s.transfer(c, a.eve, pieces[2].clone())),
        Err(PSP34Error::NotApproved),
        "an approval of one piece moves no other"
    );
}

#[ink::test]
fn approvals_are_kept_per_operator_and_withdrawn_one_by_one() {
    // The audit's case: approving Y must not silently clear X's approval, and
    // disapproving X must not touch Y's.
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    let approve = |registry: &mut World, operator, approved| {
        registry
            .call(a.charlie, 0, |s, c| {
                s.approve(c, operator, Some(token.clone()), approved)
            })
            .expect("approve")
    };
    approve(&mut registry, a.eve, true);
    approve(&mut registry, a.frank, true);
    assert!(registry.state.allowance(a.charlie, a.eve, Some(&token)));
    assert!(registry.state.allowance(a.charlie, a.frank, Some(&token)));
    approve(&mut registry, a.eve, false);
    assert!(!registry.state.allowance(a.charlie, a.eve, Some(&token)));
    assert!(
        registry.state.allowance(a.charlie, a.frank, Some(&token)),
        "Frank's approval survives Eve's withdrawal"
    );
    // Each Approval event names the operator it concerns.
    assert_eq!(
        registry.chain.events.of::<Approval>(),
        vec![Approval {
            owner: a.charlie,
            operator: a.eve,
            id: Some(token.clone()),
            approved: false
        }]
    );
}

#[ink::test]
fn a_transfer_voids_every_approval_and_none_revives_when_the_token_returns() {
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    for operator in [a.eve, a.frank] {
        registry
            .call(a.charlie, 0, |s, c| {
                s.approve(c, operator, Some(token.clone()), true)
            })
            .expect("approve");
    }
    // Eve moves the piece to Django, who gives it back to Charlie.
    registry
        .call(a.eve, 0, |s, c| s.transfer(c, a.django, token.clone()))
        .expect("approved transfer");
    registry
        .call(a.django, 0, |s, c| s.transfer(c, a.charlie, token.clone()))
        .expect("back to Charlie");
    for operator in [a.eve, a.frank] {
        assert!(!registry.state.allowance(a.charlie, operator, Some(&token)));
        assert_eq!(
            registry.call(operator, 0, |s, c| s.transfer(c, operator, token.clone())),
            Err(PSP34Error::NotApproved),
            "an approval given before the token left never revives"
        );
    }
    // A fresh approval works again.
    registry
        .call(a.charlie, 0, |s, c| {
            s.approve(c, a.eve, Some(token.clone()), true)
        })
        .expect("approve again");
    assert!(registry.state.allowance(a.charlie, a.eve, Some(&token)));
}

#[ink::test]
fn an_approval_of_a_burned_token_is_dead_for_good() {
    // Token numbers are never reused; an approval of a burned token is dead for good.
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    registry
        .call(a.charlie, 0, |s, c| {
            s.approve(c, a.eve, Some(token.clone()), true)
        })
        .expect("approve");
    registry
        .call(a.charlie, 0, |s, c| s.burn(c, a.charlie, token.clone()))
        .expect("burn");
    assert!(!registry.state.allowance(a.charlie, a.eve, Some(&token)));
    assert_eq!(
        registry.call(a.eve, 0, |s, c| s.transfer(c, a.eve, token.clone())),
        Err(PSP34Error::TokenNotExists)
    );
}

#[ink::test]
fn approve_for_all_tokens_works_and_can_be_withdrawn() {
    let mut registry = registry();
    let series = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 2), 5);
    let a = accounts();
    let first = buy(&mut registry, a.charlie, series, 0);
    let second = buy(&mut registry, a.charlie, series, 1);
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.approve(c, a.eve, None, true)),
        Ok(())
    );
    assert!(registry.state.allowance(a.charlie, a.eve, None));
    assert!(registry.state.allowance(a.charlie, a.eve, Some(&first)));
    assert_eq!(
        registry.call(a.eve, 0, |s, c| s.transfer(c, a.eve, first.clone())),
        Ok(())
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.approve(c, a.eve, None, false)),
        Ok(())
    );
    assert_eq!(
        registry.call(a.eve, 0, |s, c| s.transfer(c, a.eve, second)),
        Err(PSP34Error::NotApproved)
    );
    assert_eq!(registry.state.owner_of(&first), Some(a.eve));
}

#[ink::test]
fn approve_fails_when_self_approve_or_not_owner_or_unknown_token() {
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.approve(
            c,
            a.charlie,
            Some(token.clone()),
            true
        )),
        Err(PSP34Error::SelfApprove)
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.approve(c, a.charlie, None, true)),
        Err(PSP34Error::SelfApprove)
    );
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.approve(
            c,
            a.eve,
            Some(token.clone()),
            true
        )),
        Err(PSP34Error::NotApproved)
    );
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.approve(
            c,
            a.eve,
            Some(Id::U64(999)),
            true
        )),
        Err(PSP34Error::TokenNotExists)
    );
    assert!(!registry.state.allowance(a.charlie, a.eve, Some(&token)));
}

#[ink::test]
fn transfer_fails_when_token_unknown_or_caller_not_approved() {
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.transfer(c, a.django, token.clone())),
        Err(PSP34Error::NotApproved)
    );
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.transfer(c, a.django, Id::U64(77))),
        Err(PSP34Error::TokenNotExists)
    );
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.transfer(c, a.django, Id::U8(1))),
        Err(PSP34Error::TokenNotExists)
    );
    assert_eq!(registry.state.owner_of(&token), Some(a.charlie));
}

#[ink::test]
fn transfer_to_the_owner_changes_nothing() {
    let (mut registry, token) = charlie_with_a_piece();
    let a = accounts();
    registry
        .call(a.charlie, 0, |s, c| s.transfer(c, a.charlie, token.clone()))
        .expect("no-op");
    assert_eq!(registry.chain.events.len(), 0);
    assert_eq!(registry.state.owner_of(&token), Some(a.charlie));
}

#[ink::test]
fn burn_works_and_keeps_enumeration_consistent() {
    let mut registry = registry();
    let series = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 3), 5);
    let a = accounts();
    let first = buy(&mut registry, a.charlie, series, 0);
    let second = buy(&mut registry, a.charlie, series, 1);
    let third = buy(&mut registry, a.django, series, 2);
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.burn(c, a.charlie, first.clone())),
        Ok(())
    );
    assert_eq!(registry.state.owner_of(&first), None);
    assert_eq!(registry.state.total_supply(), 2);
    assert_eq!(registry.state.balance_of(a.charlie), 1);
    assert_eq!(
        registry.state.owners_token_by_index(a.charlie, 0),
        Ok(second)
    );
    // Burning someone else's token needs an approval.
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.burn(c, a.django, third.clone())),
        Err(PSP34Error::NotApproved)
    );
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.approve(
            c,
            a.charlie,
            Some(third.clone()),
            true
        )),
        Ok(())
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.burn(c, a.django, third)),
        Ok(())
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.burn(c, a.charlie, first)),
        Err(PSP34Error::TokenNotExists)
    );
    assert_eq!(registry.state.total_supply(), 1);
}

#[ink::test]
fn get_attribute_works_for_tokens_and_the_collection() {
    let mut registry = registry();
    let series = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 2), 5);
    let a = accounts();
    let token = buy(&mut registry, a.charlie, series, 1);
    let attribute = |registry: &World, id: &Id, key: &str| {
        registry.state.get_attribute(&registry.collection, id, key)
    };
    let holder = format!("0x{}", "96".repeat(32));
    assert_eq!(acc(IP_HOLDER), AccountId::from([0x96; 32]));
    for (key, value) in [
        ("kind", "collectible"),
        ("series", "0"),
        ("item", "1"),
        ("edition", "1"),
        ("tier", "SSS"),
        ("uri", "ipfs://series"),
        ("content_hash", &*format!("0x{}", "11".repeat(32))),
        ("licence", "CC-BY-4.0"),
        ("ip_holder", &*holder),
        (
            "metadata",
            "https://qiankun.test/metadata/series/0/1-1.json",
        ),
    ] {
        assert_eq!(
            attribute(&registry, &token, key),
            Some(value.into()),
            "{key}"
        );
    }
    for key in ["nope", "category", ""] {
        assert_eq!(attribute(&registry, &token, key), None, "{key}");
    }
    let seat = registry
        .call(a.charlie, 0, |s, c| {
            s.claim_seat(c, SeatCategory::A1, vec![token.clone()])
        })
        .expect("claim");
    for (key, value) in [
        ("kind", "seat"),
        ("category", "A1"),
        ("metadata", "https://qiankun.test/metadata/seats/A1.json"),
    ] {
        assert_eq!(
            attribute(&registry, &seat, key),
            Some(value.into()),
            "{key}"
        );
    }
    for key in ["series", "licence", "content_hash"] {
        assert_eq!(
            attribute(&registry, &seat, key),
            None,
            "a seat has no {key}"
        );
    }
    let collection = registry.collection.clone();
    assert_eq!(
        attribute(&registry, &collection, "symbol"),
        Some("QKD".into())
    );
    assert_eq!(
        attribute(&registry, &collection, "metadata_uri"),
        Some(METADATA_URI.into())
    );
    assert_eq!(attribute(&registry, &Id::U64(999), "kind"), None);
    assert_eq!(attribute(&registry, &Id::U32(1), "kind"), None);
}

#[ink::test]
fn token_uris_are_fixed_by_series_item_edition_and_seat_category() {
    let mut registry = registry();
    let a = accounts();
    let first = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 3), 5);
    let second = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 3), 5);
    // Interleaved mints of two series: a token's URI names its series, item and edition,
    // never its token number, so the order of sales changes no document.
    let bought = [
        (
            buy(&mut registry, a.charlie, second, 2),
            "series/1/2-1.json",
        ),
        (buy(&mut registry, a.django, first, 2), "series/0/2-1.json"),
        (buy(&mut registry, a.django, second, 2), "series/1/2-2.json"),
        (buy(&mut registry, a.charlie, first, 0), "series/0/0-1.json"),
    ];
    let number = |id: &Id| match id {
        Id::U64(n) => *n,
        other => panic!("{other:?}"),
    };
    for (id, path) in &bought {
        assert_eq!(
            registry.state.token_uri(number(id)),
            format!("{METADATA_URI}{path}")
        );
    }
    let seat = registry
        .call(a.charlie, 0, |s, c| {
            s.claim_seat(c, SeatCategory::A1, vec![bought[0].0.clone()])
        })
        .expect("claim");
    assert_eq!(
        registry.state.token_uri(number(&seat)),
        format!("{METADATA_URI}seats/A1.json")
    );
    let granted = registry
        .call(a.alice, 0, |s, c| s.grant_seat(c, a.eve, SeatCategory::D))
        .expect("grant");
    assert_eq!(
        registry.state.token_uri(number(&granted)),
        format!("{METADATA_URI}seats/D.json")
    );
    // No token, no URI: unknown and burned numbers, and the largest number, answer "".
    let burned = bought[3].0.clone();
    registry
        .call(a.charlie, 0, |s, c| s.burn(c, a.charlie, burned.clone()))
        .expect("burn");
    for gone in [0, number(&burned), 999, u64::MAX] {
        assert_eq!(registry.state.token_uri(gone), "", "token {gone}");
    }
}

/// The contract answers OpenBrush's selectors (and ArtZero's `token_uri`) with
/// OpenBrush's return types: the selectors are written out as wallets' ABIs carry them,
/// and the contract's own dispatch table is asked what it runs at each.
#[test]
fn the_contract_answers_openbrushs_selectors_with_openbrushs_types() {
    use interfaces::assert_dispatches;
    type Psp34Result = core::result::Result<(), PSP34Error>;
    type IdResult = core::result::Result<Id, PSP34Error>;
    assert_dispatches!(
        Registry,
        [0xff, 0xa2, 0x7a, 0x5f],
        "PSP34::collection_id",
        (),
        Id
    );
    assert_dispatches!(
        Registry,
        [0xcd, 0xe7, 0xe5, 0x5f],
        "PSP34::balance_of",
        AccountId,
        u32
    );
    assert_dispatches!(
        Registry,
        [0x11, 0x68, 0x62, 0x4d],
        "PSP34::owner_of",
        Id,
        Option<AccountId>
    );
    assert_dispatches!(
        Registry,
        [0x47, 0x90, 0xf5, 0x5a],
        "PSP34::allowance",
        (AccountId, AccountId, Option<Id>),
        bool
    );
    assert_dispatches!(
        Registry,
        [0x19, 0x32, 0xa8, 0xb0],
        "PSP34::approve",
        (AccountId, Option<Id>, bool),
        Psp34Result
    );
    assert_dispatches!(
        Registry,
        [0x31, 0x28, 0xd6, 0x1b],
        "PSP34::transfer",
        (AccountId, Id, Vec<u8>),
        Psp34Result
    );
    assert_dispatches!(
        Registry,
        [0x62, 0x84, 0x13, 0xfe],
        "PSP34::total_supply",
        (),
        Balance
    );
    assert_dispatches!(
        Registry,
        [0xf1, 0x9d, 0x48, 0xd1],
        "PSP34Metadata::get_attribute",
        (Id, String),
        Option<String>
    );
    assert_dispatches!(
        Registry,
        [0x3b, 0xcf, 0xb5, 0x11],
        "PSP34Enumerable::owners_token_by_index",
        (AccountId, u128),
        IdResult
    );
    assert_dispatches!(
        Registry,
        [0xcd, 0x03, 0x40, 0xd0],
        "PSP34Enumerable::token_by_index",
        u128,
        IdResult
    );
    assert_dispatches!(
        Registry,
        [0x63, 0xc9, 0x87, 0x7a],
        "PSP34Burnable::burn",
        (AccountId, Id),
        Psp34Result
    );
    assert_dispatches!(
        Registry,
        [0x24, 0x9d, 0xfd, 0x4f],
        "Psp34Traits::token_uri",
        u64,
        String
    );
}

#[ink::test]
fn enumeration_past_the_end_is_token_not_exists_as_in_openbrush() {
    let (registry, token) = charlie_with_a_piece();
    let a = accounts();
    assert_eq!(
        registry.state.owners_token_by_index(a.charlie, 0),
        Ok(token.clone())
    );
    assert_eq!(registry.state.token_by_index(0), Ok(token));
    for index in [1, u128::from(u32::MAX), u128::MAX] {
        assert_eq!(
            registry.state.owners_token_by_index(a.charlie, index),
            Err(PSP34Error::TokenNotExists)
        );
        assert_eq!(
            registry.state.token_by_index(index),
            Err(PSP34Error::TokenNotExists)
        );
    }
    assert_eq!(
        registry.state.owners_token_by_index(a.django, 0),
        Err(PSP34Error::TokenNotExists)
    );
}

#[ink::test]
fn a_series_without_its_provenance_is_neither_proposed_nor_listed() {
    let mut registry = registry();
    let a = accounts();
    let lacking = [
        Provenance {
            content_hash: Default::default(),
            ..provenance()
        },
        Provenance {
            licence: String::new(),
            ..provenance()
        },
        Provenance {
            ip_holder: AccountId::from([0; 32]),
            ..provenance()
        },
    ];
    for record in lacking {
        let mut sss = proposal(Tier::SSS, SaleKind::Official, 1);
        sss.spec.provenance = record.clone();
        assert_eq!(
            propose(&mut registry, a.alice, sss, false),
            Err(RegistryError::MissingProvenance),
            "{record:?}"
        );
    }
    let mut wordy = proposal(Tier::SSS, SaleKind::Official, 1);
    wordy.spec.provenance.licence = "L".repeat(interfaces::MAX_LICENCE_LEN + 1);
    assert_eq!(
        propose(&mut registry, a.alice, wordy.clone(), false),
        Err(RegistryError::ContentTooLong)
    );
    wordy.spec.provenance.licence = "L".repeat(interfaces::MAX_LICENCE_LEN);
    assert!(propose(&mut registry, a.alice, wordy, false).is_ok());
    // A series stored without a record (as no proposal can store it) is not listed.
    let mut stored = proposal(Tier::SSS, SaleKind::Official, 1).spec;
    stored.provenance.licence = String::new();
    registry.state.series.insert(
        7,
        &Series {
            spec: stored,
            status: SeriesStatus::Proposed,
            poll: None,
            terms: None,
            minted: vec![0],
            revenue: 0,
        },
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| {
            s.apply_listing(c, 7, ListingDecision::List(terms(5)))
        }),
        Err(RegistryError::MissingProvenance)
    );
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
    link_both(&mut registry);
    let id = propose(&mut registry, a.bob, ss, true).expect("creator proposes SS with a poll");
    // The rewards contract opened its first poll with the proposal's options.
    assert_eq!(registry.chain.ledger.polls, vec![(id, options)]);
    assert_eq!(registry.state.series(id).expect("stored").poll, Some(0));
    assert!(
        matches!(registry.chain.events.of::<SeriesProposed>().as_slice(), [e] if e.poll == Some(0) && e.creator == a.bob)
    );
    let direct = registry
        .call(a.alice, 0, |s, c| {
            s.propose_series(c, proposal(Tier::SSS, SaleKind::Official, 1), false)
        })
        .expect("operator lists SSS");
    assert_eq!(
        registry.state.series(direct).expect("stored").status,
        SeriesStatus::Proposed
    );
    assert_eq!(registry.state.series_count(), 2);
}

#[ink::test]
fn propose_series_fails_on_every_bad_input() {
    let mut registry = registry();
    let a = accounts();
    let no_poll = propose;
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
    link_both(&mut registry);
    registry.chain.rewards_down = true;
    let failed = propose(&mut registry, a.bob, valid, true);
    assert_eq!(failed.err(), Some(RegistryError::RewardsCallFailed));
    assert_eq!(registry.state.series_count(), 0);
}

#[ink::test]
fn apply_listing_works_and_rejects() {
    let mut registry = registry();
    let a = accounts();
    let listed = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 3);
    let series = registry.state.series(listed).expect("stored");
    assert_eq!(series.status, SeriesStatus::Listed);
    assert_eq!(series.terms, Some(terms(3)));
    assert_eq!(series.sale_end(), Some(SALE_START + SALE_DURATION));
    let other = registry
        .call(a.alice, 0, |s, c| {
            s.propose_series(c, proposal(Tier::SSS, SaleKind::Official, 1), false)
        })
        .expect("propose");
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.apply_listing(
            c,
            other,
            ListingDecision::Reject(RejectionReason::Withdrawn)
        )),
        Ok(())
    );
    assert_eq!(
        registry.state.series(other).expect("stored").status,
        SeriesStatus::Rejected(RejectionReason::Withdrawn)
    );
}

#[ink::test]
fn apply_listing_fails_when_unauthorized_unknown_or_decided() {
    let mut registry = registry();
    let a = accounts();
    let id = registry
        .call(a.alice, 0, |s, c| {
            s.propose_series(c, proposal(Tier::SSS, SaleKind::Official, 1), false)
        })
        .expect("propose");
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.apply_listing(
            c,
            id,
            ListingDecision::List(terms(1))
        )),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.apply_listing(
            c,
            9,
            ListingDecision::List(terms(1))
        )),
        Err(RegistryError::UnknownSeries)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.apply_listing(
            c,
            id,
            ListingDecision::List(terms(0))
        )),
        Err(RegistryError::ZeroEditions)
    );
    let mut long = terms(1);
    long.content_uri = "u".repeat(300);
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.apply_listing(
            c,
            id,
            ListingDecision::List(long)
        )),
        Err(RegistryError::ContentTooLong)
    );
    let mut endless = terms(1);
    endless.sale_start = u64::MAX;
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.apply_listing(
            c,
            id,
            ListingDecision::List(endless)
        )),
        Err(RegistryError::BadSaleWindow)
    );
    assert_eq!(
        registry.state.series(id).expect("stored").status,
        SeriesStatus::Proposed
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.apply_listing(
            c,
            id,
            ListingDecision::List(terms(1))
        )),
        Ok(())
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.apply_listing(
            c,
            id,
            ListingDecision::List(terms(1))
        )),
        Err(RegistryError::WrongSeriesStatus)
    );
    // A series with a poll is decided by the rewards contract only.
    link_both(&mut registry);
    let mut ss = proposal(Tier::SS, SaleKind::Official, 1);
    ss.options = ListingOptions {
        prices: vec![1],
        quantities: vec![1],
        start_times: vec![1],
        contents: vec!["x".into()],
    };
    let polled = propose(&mut registry, a.bob, ss, true).expect("propose");
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.apply_listing(
            c,
            polled,
            ListingDecision::List(terms(1))
        )),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.eve, 0, |s, c| s.apply_listing(
            c,
            polled,
            ListingDecision::Reject(RejectionReason::NoQuorum)
        )),
        Ok(())
    );
}

#[ink::test]
fn close_series_works_and_stops_sales() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 3);
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.close_series(c, id)),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.close_series(c, id)),
        Ok(())
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.close_series(c, id)),
        Err(RegistryError::WrongSeriesStatus)
    );
    registry.at(SALE_START);
    assert_eq!(
        registry.call(a.charlie, PRICE, |s, c| s.buy(c, id, 0)),
        Err(RegistryError::WrongSeriesStatus)
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.close_series(c, 42)),
        Err(RegistryError::UnknownSeries)
    );
}

// ---------------------------------------------------------------- sales

#[ink::test]
fn buy_works_with_refund_and_exact_split() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 3);
    registry.at(SALE_START + 5);
    let token = registry
        .call(a.charlie, 3 * PRICE, |s, c| s.buy(c, id, 0))
        .expect("buy");
    assert_eq!(
        registry.received(a.charlie),
        2 * PRICE,
        "the excess came back"
    );
    assert_eq!(registry.chain.ledger.balance, PRICE);
    assert_eq!(registry.state.owner_of(&token), Some(a.charlie));
    assert_eq!(
        registry.state.token_kind(&token),
        Some(TokenKind::Collectible {
            series: id,
            item: 0,
            edition: 1
        })
    );
    assert_eq!(
        registry.state.series(id).map(|series| series.revenue),
        Some(PRICE / 10 * 8),
        "the creator's share waits on the series"
    );
    assert_eq!(registry.state.credit_of(a.bob), 0);
    assert_eq!(registry.state.credit_of(a.alice), PRICE / 10 * 2);
    assert_eq!(registry.state.total_credits(), PRICE);
    assert_eq!(registry.state.minted(id, 0), 1);
    assert_eq!(collect(&mut registry, id), PRICE / 10 * 8);
    assert_eq!(registry.state.credit_of(a.bob), PRICE / 10 * 8);
    assert_eq!(registry.state.total_credits(), PRICE, "moved, not added");
}

#[ink::test]
fn buy_fails_on_every_bad_input() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 1);
    let giveaway = listed_series(
        &mut registry,
        with_tier(proposal(Tier::S, SaleKind::Giveaway, 1), Tier::SSS),
        1,
    );
    let buyer = a.charlie;
    let buy = |registry: &mut World, series, item, paid, time| {
        registry
            .at(time)
            .call(buyer, paid, |s, c| s.buy(c, series, item))
            .err()
    };
    assert_eq!(
        buy(&mut registry, id, 0, PRICE, SALE_START - 1),
        Some(RegistryError::OutsideSaleWindow)
    );
    assert_eq!(
        buy(&mut registry, id, 0, PRICE, SALE_START + SALE_DURATION),
        Some(RegistryError::OutsideSaleWindow)
    );
    assert_eq!(
        buy(&mut registry, id, 0, PRICE - 1, SALE_START),
        Some(RegistryError::Underpaid)
    );
    assert_eq!(
        buy(&mut registry, id, 1, PRICE, SALE_START),
        Some(RegistryError::UnknownItem)
    );
    assert_eq!(
        buy(&mut registry, 99, 0, PRICE, SALE_START),
        Some(RegistryError::UnknownSeries)
    );
    assert_eq!(
        buy(&mut registry, giveaway, 0, PRICE, SALE_START),
        Some(RegistryError::WrongSaleKind)
    );
    registry.state.sales_paused = true;
    assert_eq!(
        buy(&mut registry, id, 0, PRICE, SALE_START),
        Some(RegistryError::SalesPaused)
    );
    registry.state.sales_paused = false;
    assert_eq!(buy(&mut registry, id, 0, PRICE, SALE_START), None);
    assert_eq!(
        buy(&mut registry, id, 0, PRICE, SALE_START),
        Some(RegistryError::SoldOut)
    );
    assert_eq!(
        registry.chain.ledger.balance, PRICE,
        "failed purchases kept nothing"
    );
    assert_eq!(
        registry.state.total_supply(),
        1,
        "failed purchases minted nothing"
    );
}

#[ink::test]
fn buy_fails_when_shares_are_due_and_unlinked_and_credits_them_when_linked() {
    let mut registry = registry_paying_all_four();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    let buy = |registry: &mut World, paid| {
        registry
            .at(SALE_START)
            .call(a.charlie, paid, |s, c| s.buy(c, id, 0))
    };
    assert_eq!(
        buy(&mut registry, PRICE).err(),
        Some(RegistryError::NotLinked)
    );
    registry
        .call(a.alice, 0, |s, c| s.link(c, LinkTarget::Rewards, a.eve))
        .expect("link");
    assert_eq!(
        buy(&mut registry, PRICE).err(),
        Some(RegistryError::NotLinked),
        "the society share is due too"
    );
    registry
        .call(a.alice, 0, |s, c| s.link(c, LinkTarget::Society, a.frank))
        .expect("link");
    buy(&mut registry, PRICE + 5).expect("buy");
    let ledger = &registry.chain.ledger;
    assert_eq!(
        ledger.received.get(&a.charlie),
        Some(&5),
        "the excess came back"
    );
    assert_eq!(
        ledger.received.get(&a.eve),
        None,
        "a sale calls no contract"
    );
    assert_eq!(
        registry.state.credit_of(a.eve),
        PRICE / 5,
        "the rewards share, credited"
    );
    assert_eq!(
        registry.state.credit_of(a.frank),
        PRICE / 10,
        "the society share, credited"
    );
    assert!(
        matches!(registry.chain.events.of::<CollectiblePurchased>().as_slice(), [e]
        if e.creator_share + e.rewards_share + e.society_share + e.operator_share == PRICE)
    );
    assert_eq!(collect(&mut registry, id), PRICE / 2);
    assert_eq!(registry.state.credit_of(a.bob), PRICE / 2);
    assert_eq!(registry.state.credit_of(a.alice), PRICE / 5);
    assert_eq!(registry.state.minted(id, 0), 1);
    // Each linked contract pulls its own share, once; nobody else can take it.
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.withdraw(c)),
        Err(RegistryError::NothingToWithdraw)
    );
    assert_eq!(registry.call(a.eve, 0, |s, c| s.withdraw(c)), Ok(PRICE / 5));
    assert_eq!(
        registry.call(a.eve, 0, |s, c| s.withdraw(c)),
        Err(RegistryError::NothingToWithdraw)
    );
    assert_eq!(
        registry.call(a.frank, 0, |s, c| s.withdraw(c)),
        Ok(PRICE / 10)
    );
    assert_eq!(
        registry.chain.ledger.received.get(&a.eve),
        Some(&(PRICE / 5))
    );
    assert_eq!(
        registry.state.total_credits(),
        PRICE / 2 + PRICE / 5,
        "the creator's and the operator's credits stay"
    );
}

#[ink::test]
fn airdrop_works_for_giveaways_only() {
    let mut registry = registry();
    let a = accounts();
    let giveaway = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Giveaway, 2), 1);
    let official = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 1);
    let token = registry
        .call(a.alice, 0, |s, c| s.airdrop(c, giveaway, 1, a.django))
        .expect("airdrop");
    assert_eq!(registry.state.owner_of(&token), Some(a.django));
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.airdrop(c, giveaway, 1, a.django)),
        Err(RegistryError::SoldOut)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.airdrop(c, official, 0, a.django)),
        Err(RegistryError::WrongSaleKind)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.set_sales_paused(c, true)),
        Ok(())
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.airdrop(c, giveaway, 0, a.django)),
        Err(RegistryError::SalesPaused)
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.airdrop(c, giveaway, 0, a.django)),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.set_sales_paused(c, false)),
        Err(RegistryError::NotAuthorized)
    );
}

#[ink::test]
fn withdraw_works_once() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 3);
    buy(&mut registry, a.charlie, id, 0);
    buy(&mut registry, a.django, id, 0);
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.withdraw(c)),
        Err(RegistryError::NothingToWithdraw),
        "the revenue is still on the series"
    );
    assert_eq!(collect(&mut registry, id), 2 * PRICE / 10 * 8);
    assert_eq!(
        registry.chain.events.of::<CreatorRevenueCollected>(),
        [CreatorRevenueCollected {
            series: id,
            creator: a.bob,
            amount: 2 * PRICE / 10 * 8
        }]
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.collect_creator_revenue(c, id)),
        Err(RegistryError::NothingToWithdraw),
        "collected once"
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.collect_creator_revenue(c, id + 1)),
        Err(RegistryError::UnknownSeries)
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.withdraw(c)),
        Ok(2 * PRICE / 10 * 8)
    );

    assert_eq!(registry.received(a.bob), 2 * PRICE / 10 * 8);
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.withdraw(c)),
        Err(RegistryError::NothingToWithdraw)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.withdraw(c)),
        Ok(2 * PRICE / 10 * 2)
    );
    assert_eq!(registry.state.total_credits(), 0);
}

/// The operator's sale shares accrue in the root cell, owed to whoever is operator. The
/// attack: a new operator taking what sales paid its predecessor, or the predecessor
/// taking the new operator's. Each keeps exactly its own, whoever withdraws first.
#[ink::test]
fn a_new_operator_inherits_none_of_the_former_operators_accrued_shares() {
    let mut registry = registry_paying_all_four();
    let a = accounts();
    link_both(&mut registry);
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    buy(&mut registry, a.charlie, id, 0);
    buy(&mut registry, a.charlie, id, 0);
    assert_eq!(registry.state.credit_of(a.alice), 2 * PRICE / 5);
    // Django is offered the role; until he takes it the shares stay Alice's.
    registry
        .call(a.alice, 0, |s, c| s.transfer_operator(c, a.django))
        .expect("offer");
    assert_eq!(registry.state.credit_of(a.django), 0);
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.withdraw(c)),
        Err(RegistryError::NothingToWithdraw)
    );
    registry
        .call(a.django, 0, |s, c| s.accept_operator(c))
        .expect("accept");
    assert_eq!(
        registry.state.credit_of(a.alice),
        2 * PRICE / 5,
        "moved to Alice's credit"
    );
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.withdraw(c)),
        Err(RegistryError::NothingToWithdraw),
        "the new operator takes none of it"
    );
    // A sale under Django pays Django; Alice keeps hers, and the books still add up.
    buy(&mut registry, a.charlie, id, 0);
    assert_eq!(registry.state.credit_of(a.django), PRICE / 5);
    assert_eq!(registry.state.credit_of(a.alice), 2 * PRICE / 5);
    assert_eq!(
        registry.state.total_credits(),
        3 * PRICE,
        "three sales, nothing withdrawn yet"
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.withdraw(c)),
        Ok(2 * PRICE / 5)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.withdraw(c)),
        Err(RegistryError::NothingToWithdraw)
    );
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.withdraw(c)),
        Ok(PRICE / 5)
    );
    // Handing the role back does not revive anything either.
    registry
        .call(a.django, 0, |s, c| s.transfer_operator(c, a.alice))
        .expect("offer back");
    registry
        .call(a.alice, 0, |s, c| s.accept_operator(c))
        .expect("accept back");
    assert_eq!(registry.state.credit_of(a.alice), 0);
    assert_eq!(registry.state.credit_of(a.django), 0);
    // What is left is the creator's, the pool's and the pot's, and the balance covers it.
    assert_eq!(
        registry.state.total_credits(),
        3 * PRICE / 2 + 3 * PRICE * 3 / 10
    );
    assert_eq!(collect(&mut registry, id), 3 * PRICE / 2);
    assert_eq!(
        registry.state.credit_of(a.bob)
            + registry.state.credit_of(a.eve)
            + registry.state.credit_of(a.frank),
        registry.state.total_credits()
    );
}

/// A creator who is also the operator has two parts owed (its collected revenue and the
/// operator's accrual); one `withdraw` pays both, once.
#[ink::test]
fn an_operator_who_creates_withdraws_both_parts_at_once() {
    let mut registry = registry();
    let a = accounts();
    registry
        .call(a.alice, 0, |s, c| s.register_creator(c, a.alice, true))
        .expect("register");
    let mut own = proposal(Tier::SSS, SaleKind::Official, 1);
    own.spec.creator = a.alice;
    let id = listed_series(&mut registry, own, 2);
    buy(&mut registry, a.charlie, id, 0);
    assert_eq!(
        registry.state.credit_of(a.alice),
        PRICE / 5,
        "the operator's share"
    );
    collect(&mut registry, id);
    assert_eq!(registry.state.credit_of(a.alice), PRICE);
    assert_eq!(registry.call(a.alice, 0, |s, c| s.withdraw(c)), Ok(PRICE));
    assert_eq!(registry.state.total_credits(), 0);
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.withdraw(c)),
        Err(RegistryError::NothingToWithdraw)
    );
}

// ---------------------------------------------------------------- operator

#[ink::test]
fn link_works_once_per_contract_and_for_the_operator_only() {
    let mut registry = registry();
    let a = accounts();
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.link(c, LinkTarget::Rewards, a.eve)),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.link(c, LinkTarget::Society, a.frank)),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.link(c, LinkTarget::Rewards, a.eve)),
        Ok(())
    );
    assert_eq!(registry.state.links.rewards, Some(a.eve));
    assert_eq!(registry.state.links.society, None);
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.link(c, LinkTarget::Society, a.frank)),
        Ok(())
    );
    assert_eq!(registry.state.links.society, Some(a.frank));
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.link(c, LinkTarget::Rewards, a.frank)),
        Err(RegistryError::AlreadyLinked)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.link(c, LinkTarget::Society, a.eve)),
        Err(RegistryError::AlreadyLinked)
    );
}

#[ink::test]
fn operator_transfer_takes_two_steps() {
    let mut registry = registry();
    let a = accounts();
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.transfer_operator(c, a.bob)),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.accept_operator(c)),
        Err(RegistryError::NoPendingOperator)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.transfer_operator(c, a.bob)),
        Ok(())
    );
    assert_eq!(registry.state.role.operator, a.alice);
    assert_eq!(registry.call(a.bob, 0, |s, c| s.accept_operator(c)), Ok(()));
    assert_eq!(registry.state.role.operator, a.bob);
    assert_eq!(registry.state.role.pending, None);
}

#[ink::test]
fn the_shell_refuses_set_code_from_a_stranger() {
    let a = ink::env::test::default_accounts::<DefaultEnvironment>();
    test::set_caller::<DefaultEnvironment>(a.alice);
    let mut registry = Registry::new(
        100,
        split(8_000, 0, 0, 2_000),
        issuance(1, 1, 60),
        METADATA_URI.into(),
    )
    .expect("valid split");
    for stranger in [a.bob, a.charlie] {
        test::set_caller::<DefaultEnvironment>(stranger);
        for code_hash in [[7u8; 32], [0xff; 32]] {
            assert_eq!(
                registry.set_code(code_hash.into()),
                Err(RegistryError::NotAuthorized)
            );
        }
    }
    assert_eq!(registry.operator(), a.alice);
}

#[ink::test]
fn register_creator_fails_when_not_operator() {
    let mut registry = registry();
    let a = accounts();
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.register_creator(c, a.charlie, true)),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.register_creator(c, a.bob, false)),
        Ok(())
    );
    assert!(!registry.state.is_creator(a.bob));
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
    let seat = registry
        .call(a.charlie, 0, |s, c| {
            s.claim_seat(c, SeatCategory::A1, vec![first.clone()])
        })
        .expect("last A1 seat");
    assert_eq!(registry.state.seat_holder(&seat), Some(a.charlie));
    assert_eq!(
        registry.state.seat_holder(&first),
        None,
        "a collectible is no seat"
    );
    assert!(registry.state.is_proof_used(&first));
    assert_eq!(registry.state.issued_seats(), 1);
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![second]
        )),
        Err(RegistryError::QuotaExhausted)
    );
}

#[ink::test]
fn claim_seat_fails_when_proof_reused_after_changing_hands() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    let token = buy(&mut registry, a.charlie, id, 0);
    registry
        .call(a.charlie, 0, |s, c| {
            s.claim_seat(c, SeatCategory::A1, vec![token.clone()])
        })
        .expect("claim");
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![token.clone()]
        )),
        Err(RegistryError::ProofAlreadyUsed)
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.transfer(c, a.django, token.clone())),
        Ok(())
    );
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![token]
        )),
        Err(RegistryError::ProofAlreadyUsed)
    );
    assert_eq!(registry.state.balance_of(a.django), 1);
}

#[ink::test]
fn claim_seat_fails_when_not_eligible() {
    let mut registry = registry();
    let a = accounts();
    let official = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 2), 5);
    let giveaway = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Giveaway, 1), 5);
    let piece = buy(&mut registry, a.charlie, official, 0);
    let gift = registry
        .call(a.alice, 0, |s, c| s.airdrop(c, giveaway, 0, a.charlie))
        .expect("airdrop");
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![piece.clone()]
        )),
        Err(RegistryError::NotEligible),
        "not the owner"
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![gift.clone()]
        )),
        Err(RegistryError::NotEligible),
        "giveaway piece"
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![]
        )),
        Err(RegistryError::NotEligible)
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![piece.clone(), gift]
        )),
        Err(RegistryError::NotEligible)
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![Id::U64(999)]
        )),
        Err(RegistryError::UnknownToken)
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A2,
            vec![piece.clone()]
        )),
        Err(RegistryError::NotEligible),
        "incomplete set"
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A3,
            vec![piece.clone()]
        )),
        Err(RegistryError::NotEligible),
        "not special"
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::B,
            vec![piece.clone()]
        )),
        Err(RegistryError::NotClaimable)
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::D,
            vec![piece.clone()]
        )),
        Err(RegistryError::NotClaimable)
    );
    assert!(!registry.state.is_proof_used(&piece));
    assert_eq!(registry.state.issued_seats(), 0);
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
    let duplicated = vec![pieces[0].clone(), pieces[1].clone(), duplicate];
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A2,
            duplicated
        )),
        Err(RegistryError::NotEligible),
        "item 0 twice"
    );
    let repeated = vec![pieces[0].clone(), pieces[1].clone(), pieces[0].clone()];
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A2,
            repeated
        )),
        Err(RegistryError::ProofAlreadyUsed),
        "a token twice"
    );
    let seat = registry
        .call(a.charlie, 0, |s, c| {
            s.claim_seat(c, SeatCategory::A2, pieces.clone())
        })
        .expect("complete set");
    assert_eq!(
        registry.state.token_kind(&seat),
        Some(TokenKind::Seat {
            category: SeatCategory::A2,
            by_society: false
        })
    );
    assert!(pieces
        .iter()
        .all(|piece| registry.state.is_proof_used(piece)));
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![pieces[0].clone()]
        )),
        Err(RegistryError::ProofAlreadyUsed)
    );
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
    registry
        .call(a.charlie, 0, |s, c| {
            s.claim_seat(c, SeatCategory::A3, vec![one])
        })
        .expect("special piece");
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A3,
            vec![other]
        )),
        Err(RegistryError::QuotaExhausted)
    );
}

#[ink::test]
fn holds_seats_answers_for_every_seat_named_and_refuses_past_the_cap() {
    let mut registry = registry_with(1_000);
    let a = accounts();
    registry
        .call(a.alice, 0, |s, c| s.set_seats_per_account(c, 100))
        .expect("operator raises the cap");
    let mut grant = |to| {
        registry
            .call(a.alice, 0, |s, c| s.grant_seat(c, to, SeatCategory::D))
            .expect("operator grants D")
    };
    let mut seats: Vec<Id> = (0..=MAX_SEATS_PER_VOTE).map(|_| grant(a.charlie)).collect();
    let django_seat = grant(a.django);
    let over_cap = seats.clone();
    seats.pop();
    assert!(
        registry.state.holds_seats(a.charlie, &seats),
        "16 held seats"
    );
    assert!(
        !registry.state.holds_seats(a.charlie, &over_cap),
        "17 seats, all held, are past the cap"
    );
    assert!(
        !registry.state.holds_seats(a.django, &seats),
        "another holder"
    );
    let mut one_foreign = seats.clone();
    one_foreign[7] = django_seat;
    assert!(
        !registry.state.holds_seats(a.charlie, &one_foreign),
        "one seat of another holder in the middle"
    );
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    let piece = buy(&mut registry, a.charlie, id, 0);
    assert!(
        !registry.state.holds_seats(a.charlie, &[piece]),
        "a collectible is no seat"
    );
}

#[ink::test]
fn seats_cannot_be_transferred_approved_or_burned() {
    let mut registry = registry();
    let a = accounts();
    let seat = registry
        .call(a.alice, 0, |s, c| {
            s.grant_seat(c, a.charlie, SeatCategory::D)
        })
        .expect("operator grants D");
    let refused = Err(PSP34Error::Custom(SEAT_NOT_TRANSFERABLE.into()));
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.transfer(c, a.django, seat.clone())),
        refused
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.approve(
            c,
            a.django,
            Some(seat.clone()),
            true
        )),
        refused
    );
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.burn(c, a.charlie, seat.clone())),
        refused
    );
    // Not even an all-token operator can move it.
    assert_eq!(
        registry.call(a.charlie, 0, |s, c| s.approve(c, a.django, None, true)),
        Ok(())
    );
    assert_eq!(
        registry.call(a.django, 0, |s, c| s.transfer(c, a.django, seat.clone())),
        refused
    );
    assert_eq!(registry.state.owner_of(&seat), Some(a.charlie));
}

#[ink::test]
fn grant_seat_by_operator_works_for_d_only_up_to_its_cap() {
    // 3 seats: D gets 2.
    let mut registry = registry_with(3);
    let a = accounts();
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.grant_seat(
            c,
            a.charlie,
            SeatCategory::B
        )),
        Err(RegistryError::OperatorGrantsOnlyD)
    );
    registry
        .call(a.alice, 0, |s, c| {
            s.grant_seat(c, a.charlie, SeatCategory::D)
        })
        .expect("first D");
    registry
        .call(a.alice, 0, |s, c| {
            s.grant_seat(c, a.django, SeatCategory::D)
        })
        .expect("last D");
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.grant_seat(c, a.eve, SeatCategory::D)),
        Err(RegistryError::QuotaExhausted)
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.grant_seat(c, a.bob, SeatCategory::D)),
        Err(RegistryError::NotAuthorized)
    );
}

#[ink::test]
fn society_reserves_grants_releases_and_revokes_seats() {
    // 20 seats: B 3, C1 1, C2 2, D 2.
    let mut registry = registry_with(20);
    let a = accounts();
    let society = a.frank;
    registry
        .call(a.alice, 0, |s, c| s.link(c, LinkTarget::Rewards, a.eve))
        .expect("link rewards");
    registry
        .call(a.alice, 0, |s, c| s.link(c, LinkTarget::Society, society))
        .expect("link society");
    // Only the society reserves, and only society categories.
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.reserve_seats(c, SeatCategory::B.one())),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(society, 0, |s, c| s
            .reserve_seats(c, SeatCategory::A1.one())),
        Err(RegistryError::NotSocietyCategory)
    );
    assert_eq!(
        registry.call(society, 0, |s, c| s.grant_seat(
            c,
            a.charlie,
            SeatCategory::C1
        )),
        Err(RegistryError::NothingReserved)
    );
    assert_eq!(
        registry.call(society, 0, |s, c| s.release_seat(c, SeatCategory::C1)),
        Err(RegistryError::NothingReserved)
    );
    assert_eq!(
        registry.call(society, 0, |s, c| s
            .reserve_seats(c, SeatCategory::C1.one())),
        Ok(())
    );
    assert_eq!(
        registry.call(society, 0, |s, c| s
            .reserve_seats(c, SeatCategory::C1.one())),
        Err(RegistryError::QuotaExhausted),
        "reserved counts against the cap"
    );
    let c1 = &registry.state.seats()[SeatCategory::C1.index()];
    assert_eq!((c1.cap, c1.issued, c1.reserved), (1, 0, 1));
    // Induction converts the reservation.
    let seat = registry
        .call(society, 0, |s, c| {
            s.grant_seat(c, a.charlie, SeatCategory::C1)
        })
        .expect("converted");
    let c1 = &registry.state.seats()[SeatCategory::C1.index()];
    assert_eq!((c1.issued, c1.reserved), (1, 0));
    assert_eq!(
        registry.state.token_kind(&seat),
        Some(TokenKind::Seat {
            category: SeatCategory::C1,
            by_society: true
        })
    );
    // A failed candidate's reservation is released.
    assert_eq!(
        registry.call(society, 0, |s, c| s.reserve_seats(c, SeatCategory::B.one())),
        Ok(())
    );
    assert_eq!(
        registry.call(society, 0, |s, c| s.release_seat(c, SeatCategory::B)),
        Ok(())
    );
    assert_eq!(registry.state.seats()[SeatCategory::B.index()].reserved, 0);
    // A batch is all or none: one count above its free seats, or one in a category the
    // society may not reserve, reserves nothing.
    let free = registry.state.free_seats();
    let (b, d) = (SeatCategory::B.index(), SeatCategory::D.index());
    let mut too_many = [0; 7];
    too_many[b] = 1;
    too_many[d] = free[d] + 1;
    assert_eq!(
        registry.call(society, 0, |s, c| s.reserve_seats(c, too_many)),
        Err(RegistryError::QuotaExhausted)
    );
    let mut foreign = SeatCategory::B.one();
    foreign[SeatCategory::A2.index()] = 1;
    assert_eq!(
        registry.call(society, 0, |s, c| s.reserve_seats(c, foreign)),
        Err(RegistryError::NotSocietyCategory)
    );
    assert_eq!(registry.state.free_seats(), free);
    let mut both = SeatCategory::B.one();
    both[d] = free[d];
    assert_eq!(
        registry.call(society, 0, |s, c| s.reserve_seats(c, both)),
        Ok(())
    );
    assert_eq!(registry.state.free_seats()[b], free[b] - 1);
    assert_eq!(registry.state.free_seats()[d], 0);
    for category in [SeatCategory::B, SeatCategory::D] {
        for _ in 0..both[category.index()] {
            registry
                .call(society, 0, |s, c| s.release_seat(c, category))
                .expect("released");
        }
    }
    assert_eq!(registry.state.free_seats(), free);
    // Final removal revokes the seat and frees the quota.
    assert_eq!(
        registry.call(society, 0, |s, c| s.revoke_seat(c, seat.clone())),
        Ok(())
    );
    assert_eq!(registry.state.owner_of(&seat), None);
    assert_eq!(registry.state.seats()[SeatCategory::C1.index()].issued, 0);
    assert_eq!(
        registry.call(society, 0, |s, c| s.revoke_seat(c, seat)),
        Err(RegistryError::UnknownToken)
    );
    assert_eq!(
        registry.call(society, 0, |s, c| s
            .reserve_seats(c, SeatCategory::C1.one())),
        Ok(())
    );
    // The society cannot revoke a seat it did not grant.
    let team_seat = registry
        .call(a.alice, 0, |s, c| {
            s.grant_seat(c, a.django, SeatCategory::D)
        })
        .expect("D");
    assert_eq!(
        registry.call(society, 0, |s, c| s.revoke_seat(c, team_seat.clone())),
        Err(RegistryError::NotSocietySeat)
    );
    // The operator revokes any other seat (abuse), but never a society seat: the
    // society's removal of its member does, so its books stay whole.
    let society_seat = registry
        .call(society, 0, |s, c| s.grant_seat(c, a.eve, SeatCategory::C1))
        .expect("converted");
    assert!(registry.state.society_seat(&society_seat));
    assert!(!registry.state.society_seat(&team_seat));
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.revoke_seat(c, society_seat.clone())),
        Err(RegistryError::SocietyGrantedSeat)
    );
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.revoke_seat(c, team_seat.clone())),
        Err(RegistryError::NotAuthorized)
    );
    let d = &registry.state.seats()[SeatCategory::D.index()];
    let d_issued = d.issued;
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.revoke_seat(c, team_seat.clone())),
        Ok(())
    );
    assert_eq!(registry.state.owner_of(&team_seat), None);
    assert_eq!(registry.state.seat_count(a.django), 0);
    assert_eq!(
        registry.state.seats()[SeatCategory::D.index()].issued,
        d_issued - 1
    );
    assert!(!registry.state.society_seat(&team_seat));
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.revoke_seat(c, team_seat)),
        Err(RegistryError::UnknownToken)
    );
}

#[ink::test]
fn the_operator_sets_the_revenue_split_and_the_seat_cap() {
    let mut registry = registry_issuing(60);
    let a = accounts();
    let next = split(6_000, 3_000, 1_000, 0);
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.set_revenue_split(c, next)),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s
            .set_revenue_split(c, split(6_000, 3_000, 1_000, 1))),
        Err(RegistryError::BadRevenueSplit)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.set_revenue_split(c, next)),
        Ok(())
    );
    assert_eq!(registry.state.split, next);
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.set_seats_per_account(c, 3)),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.set_seats_per_account(c, 0)),
        Err(RegistryError::BadIssuanceRules)
    );
    assert!(registry
        .call(a.alice, 0, |s, c| s.grant_seat(c, a.bob, SeatCategory::D))
        .is_ok());
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.grant_seat(c, a.bob, SeatCategory::D)),
        Err(RegistryError::SeatCapReached)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.set_seats_per_account(c, 2)),
        Ok(())
    );
    assert_eq!(registry.state.issuance.seats_per_account, 2);
    assert!(registry
        .call(a.alice, 0, |s, c| s.grant_seat(c, a.bob, SeatCategory::D))
        .is_ok());
}

#[ink::test]
fn state_logic_runs_without_a_contract_shell() {
    // The rules take the caller, time and payment from the port and need no contract
    // (only the engine behind `Mapping`).
    let (operator, buyer) = (acc(OPERATOR), acc(2));
    let split = RevenueSplit {
        creator_bps: 10_000,
        rewards_bps: 0,
        society_bps: 0,
        operator_bps: 0,
    };
    let mut world = World::new(10, split);
    let sss = SeriesProposal {
        spec: SeriesSpec {
            creator: operator,
            tier: Tier::SSS,
            kind: SaleKind::Official,
            items: 1,
            special: false,
            sale_duration_ms: 10,
            provenance: provenance(),
        },
        options: ListingOptions::default(),
    };
    let id = propose(&mut world, operator, sss, false).expect("propose");
    world
        .call(operator, 0, |s, c| {
            s.apply_listing(c, id, ListingDecision::List(terms(1)))
        })
        .expect("list");
    let token = world
        .at(SALE_START)
        .call(buyer, PRICE, |s, c| s.buy(c, id, 0))
        .expect("buy");
    assert_eq!(
        world.chain.events.len(),
        2,
        "Transfer and CollectiblePurchased"
    );
    assert_eq!(world.state.owner_of(&token), Some(buyer));
    assert_eq!(
        world.state.series(id).map(|series| series.revenue),
        Some(PRICE),
        "the creator's (here the operator's) share waits on the series"
    );
}

/// `proposal` at another tier.
fn with_tier(mut proposal: SeriesProposal, tier: Tier) -> SeriesProposal {
    proposal.spec.tier = tier;
    proposal
}

#[ink::test]
fn every_category_issues_to_its_cap_and_refuses_one_past() {
    // 20 seats: A1 9, A2 2, A3 1, B 3, C1 1, C2 2, D 2.
    let mut registry = registry_with(20);
    let a = accounts();
    let society = a.frank;
    registry
        .call(a.alice, 0, |s, c| s.link(c, LinkTarget::Rewards, a.eve))
        .expect("link rewards");
    registry
        .call(a.alice, 0, |s, c| s.link(c, LinkTarget::Society, society))
        .expect("link society");
    let official = listed_series(
        &mut registry,
        proposal(Tier::SSS, SaleKind::Official, 2),
        100,
    );
    let mut special = proposal(Tier::SSS, SaleKind::Official, 1);
    special.spec.special = true;
    for quota in registry.state.seats() {
        let category = quota.category;
        for n in 0..=quota.cap {
            let outcome = match category {
                SeatCategory::A1 => {
                    let piece = buy(&mut registry, a.charlie, official, 0);
                    registry.call(a.charlie, 0, |s, c| s.claim_seat(c, category, vec![piece]))
                }
                SeatCategory::A2 => {
                    let set = vec![
                        buy(&mut registry, a.charlie, official, 0),
                        buy(&mut registry, a.charlie, official, 1),
                    ];
                    registry.call(a.charlie, 0, |s, c| s.claim_seat(c, category, set))
                }
                SeatCategory::A3 => {
                    let unique = listed_series(&mut registry, special.clone(), 1);
                    let piece = buy(&mut registry, a.charlie, unique, 0);
                    registry.call(a.charlie, 0, |s, c| s.claim_seat(c, category, vec![piece]))
                }
                _ => registry
                    .call(society, 0, |s, c| s.reserve_seats(c, category.one()))
                    .and_then(|()| {
                        registry.call(society, 0, |s, c| s.grant_seat(c, a.django, category))
                    }),
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
        let after = &registry.state.seats()[category.index()];
        assert_eq!(after.issued, quota.cap, "{category:?}");
    }
    assert_eq!(registry.state.issued_seats(), 20);
}

#[ink::test]
#[should_panic(expected = "credits sum to total_credits")]
fn the_world_checks_the_invariants_after_every_call() {
    let (mut registry, token) = charlie_with_a_piece();
    // Corrupt the books: the registry believes it owes one unit more.
    registry.state.total_credits += 1;
    // The next call, whatever it is, fails the credits check.
    let _ = registry.call(accounts().eve, 0, |s, _| {
        Ok::<_, RegistryError>(s.owner_of(&token))
    });
}

// ---------------------------------------------------------------- hostile input

use interfaces::testing::outcome;

/// A message called with hostile input: its name, its caller, the call.
type HostileCall = (
    &'static str,
    AccountId,
    Box<dyn FnOnce(&mut World, AccountId) -> String>,
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
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.propose_series(c, proposal(Tier::SSS, SaleKind::Official, 1), false)
                    }))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "propose_series with 0 items",
                a.alice,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.propose_series(c, proposal(Tier::SSS, SaleKind::Official, 0), false)
                    }))
                }),
            ),
            "BadItemCount",
        ),
        (
            (
                "propose_series with 255 items",
                a.alice,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.propose_series(c, proposal(Tier::SSS, SaleKind::Official, u8::MAX), false)
                    }))
                }),
            ),
            "BadItemCount",
        ),
        (
            (
                "propose_series with 17 prices",
                a.bob,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.propose_series(c, many_options, true)))
                }),
            ),
            "BadListingOptions",
        ),
        (
            (
                "propose_series with a too-long content",
                a.bob,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.propose_series(c, long_content, true)))
                }),
            ),
            "BadListingOptions",
        ),
        (
            (
                "apply_listing by a stranger",
                a.charlie,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.apply_listing(c, 0, ListingDecision::List(terms(5)))
                    }))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "apply_listing of an unknown series",
                a.alice,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.apply_listing(c, u32::MAX, ListingDecision::List(terms(5)))
                    }))
                }),
            ),
            "UnknownSeries",
        ),
        (
            (
                "apply_listing of a listed series",
                a.alice,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.apply_listing(c, 0, ListingDecision::List(terms(5)))
                    }))
                }),
            ),
            "WrongSeriesStatus",
        ),
        (
            (
                "apply_listing with 0 editions",
                a.alice,
                Box::new(|r, caller| {
                    let id = r
                        .call(caller, 0, |s, c| {
                            s.propose_series(c, proposal(Tier::SSS, SaleKind::Official, 1), false)
                        })
                        .expect("propose");
                    outcome(r.call(caller, 0, |s, c| {
                        s.apply_listing(c, id, ListingDecision::List(terms(0)))
                    }))
                }),
            ),
            "ZeroEditions",
        ),
        (
            (
                "apply_listing with a too-long content",
                a.alice,
                Box::new(move |r, caller| {
                    let id = r
                        .call(caller, 0, |s, c| {
                            s.propose_series(c, proposal(Tier::SSS, SaleKind::Official, 1), false)
                        })
                        .expect("propose");
                    outcome(r.call(caller, 0, |s, c| {
                        s.apply_listing(c, id, ListingDecision::List(long_terms))
                    }))
                }),
            ),
            "ContentTooLong",
        ),
        (
            (
                "close_series of an unknown series",
                a.alice,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.close_series(c, u32::MAX)))
                }),
            ),
            "UnknownSeries",
        ),
        (
            (
                "close_series by a stranger",
                a.charlie,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.close_series(c, series)))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "buy of an unknown series",
                a.charlie,
                Box::new(|r, caller| outcome(r.call(caller, PRICE, |s, c| s.buy(c, u32::MAX, 0)))),
            ),
            "UnknownSeries",
        ),
        (
            (
                "buy of an unknown item",
                a.charlie,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, PRICE, |s, c| s.buy(c, series, u8::MAX)))
                }),
            ),
            "UnknownItem",
        ),
        (
            (
                "buy paying nothing",
                a.charlie,
                Box::new(move |r, caller| outcome(r.call(caller, 0, |s, c| s.buy(c, series, 0)))),
            ),
            "Underpaid",
        ),
        (
            (
                "buy paying one unit less",
                a.charlie,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, PRICE - 1, |s, c| s.buy(c, series, 0)))
                }),
            ),
            "Underpaid",
        ),
        (
            (
                "airdrop of an official series",
                a.alice,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.airdrop(c, series, 0, a.django)))
                }),
            ),
            "WrongSaleKind",
        ),
        (
            (
                "airdrop by a stranger",
                a.charlie,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.airdrop(c, series, 0, a.django)))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "claim_seat with no proof",
                a.charlie,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.claim_seat(c, SeatCategory::A1, Vec::new())
                    }))
                }),
            ),
            "NotEligible",
        ),
        (
            (
                "claim_seat with 10,000 proofs",
                a.charlie,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.claim_seat(c, SeatCategory::A2, huge_list)
                    }))
                }),
            ),
            "NotEligible",
        ),
        (
            (
                "claim_seat with an unknown token",
                a.charlie,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.claim_seat(c, SeatCategory::A1, vec![Id::U64(u64::MAX)])
                    }))
                }),
            ),
            "UnknownToken",
        ),
        (
            ("claim_seat with someone else's piece", a.django, {
                let piece = piece.clone();
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.claim_seat(c, SeatCategory::A1, vec![piece])
                    }))
                })
            }),
            "NotEligible",
        ),
        (
            ("claim_seat of a society category", a.charlie, {
                let piece = piece.clone();
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.claim_seat(c, SeatCategory::B, vec![piece])
                    }))
                })
            }),
            "NotClaimable",
        ),
        (
            (
                "transfer of an unknown token",
                a.charlie,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| {
                        s.transfer(c, a.django, Id::Bytes(vec![0xff; 64]))
                    }))
                }),
            ),
            "TokenNotExists",
        ),
        (
            ("transfer of someone else's token", a.django, {
                let piece = piece.clone();
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.transfer(c, a.django, piece)))
                })
            }),
            "NotApproved",
        ),
        (
            ("approve of someone else's token", a.django, {
                let piece = piece.clone();
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.approve(c, a.eve, Some(piece), true)))
                })
            }),
            "NotApproved",
        ),
        (
            ("approve of oneself", a.charlie, {
                let piece = piece.clone();
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.approve(c, a.charlie, Some(piece), true)))
                })
            }),
            "SelfApprove",
        ),
        (
            ("burn of someone else's token", a.django, {
                let piece = piece.clone();
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.burn(c, a.charlie, piece)))
                })
            }),
            "NotApproved",
        ),
        (
            (
                "reserve_seats by a stranger",
                a.charlie,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.reserve_seats(c, SeatCategory::B.one())))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "release_seat by a stranger",
                a.charlie,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.release_seat(c, SeatCategory::B)))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "grant_seat of B by the operator",
                a.alice,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.grant_seat(c, a.django, SeatCategory::B)))
                }),
            ),
            "OperatorGrantsOnlyD",
        ),
        (
            (
                "revoke_seat by a stranger",
                a.charlie,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.revoke_seat(c, Id::U64(u64::MAX))))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "withdraw with nothing credited",
                a.django,
                Box::new(|r, caller| outcome(r.call(caller, 0, |s, c| s.withdraw(c)))),
            ),
            "NothingToWithdraw",
        ),
        (
            (
                "register_creator by a stranger",
                a.charlie,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.register_creator(c, a.charlie, true)))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "link_rewards by a stranger",
                a.charlie,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.link(c, LinkTarget::Rewards, a.charlie)))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "set_sales_paused by a stranger",
                a.charlie,
                Box::new(|r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.set_sales_paused(c, true)))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "transfer_operator by a stranger",
                a.charlie,
                Box::new(move |r, caller| {
                    outcome(r.call(caller, 0, |s, c| s.transfer_operator(c, a.charlie)))
                }),
            ),
            "NotAuthorized",
        ),
        (
            (
                "accept_operator with none pending",
                a.charlie,
                Box::new(|r, caller| outcome(r.call(caller, 0, |s, c| s.accept_operator(c)))),
            ),
            "NoPendingOperator",
        ),
    ];
    let mut wrong = Vec::new();
    for ((name, caller, call), expected) in table {
        registry.at(SALE_START);
        let got = call(&mut registry, caller);
        if got != expected {
            wrong.push(format!("{name}: {got}, expected {expected}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

// ---- Attacks on seat issuance, links and balances (each tries the abuse and fails) ----

/// A registry of 100 seats with the deploy profile's kind of issuance rules: Official
/// pieces cost at least `PRICE`, one seat per account and category, and `claimable` A
/// seats in the first round. Bob is a registered creator.
fn registry_issuing(claimable: u32) -> World {
    let mut registry = World::with_issuance(
        100,
        split(8_000, 0, 0, 2_000),
        issuance(PRICE, 1, claimable),
    );
    registry
        .call(accounts().alice, 0, |s, c| {
            s.register_creator(c, accounts().bob, true)
        })
        .expect("operator registers");
    registry
}

#[ink::test]
fn free_a1_seats_attack_fails_no_official_piece_below_the_minimum_price() {
    // Before: an Official series priced 0 let one account take all 45 A1 seats of 100
    // without paying. Now no such series can be proposed or listed.
    let mut registry = registry_issuing(60);
    let a = accounts();
    let mut free = proposal(Tier::SS, SaleKind::Official, 1);
    free.options.prices = vec![PRICE, 0];
    free.options.quantities = vec![45];
    free.options.start_times = vec![SALE_START];
    free.options.contents = vec!["ipfs://free".into()];
    link_both(&mut registry);
    assert_eq!(
        propose(&mut registry, a.bob, free.clone(), true),
        Err(RegistryError::PriceBelowMinimum)
    );
    let id = propose(
        &mut registry,
        a.alice,
        proposal(Tier::SSS, SaleKind::Official, 1),
        false,
    )
    .expect("propose without options");
    let mut cheap = terms(45);
    cheap.price = PRICE - 1;
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.apply_listing(
            c,
            id,
            ListingDecision::List(cheap)
        )),
        Err(RegistryError::PriceBelowMinimum)
    );
    // A Giveaway series has no price to floor: it proves no A1 seat anyway.
    let mut giveaway = proposal(Tier::SSS, SaleKind::Giveaway, 1);
    giveaway.options.prices = vec![0];
    assert!(propose(&mut registry, a.alice, giveaway, false).is_ok());
}

#[ink::test]
fn one_account_collecting_a1_seats_gets_one_and_the_rest_stay_for_others() {
    // Before: one account bought 45 pieces and claimed all 45 A1 seats. Now it holds one
    // A1 seat whatever it buys; the others remain for other collectors.
    let mut registry = registry_issuing(60);
    let a = accounts();
    let id = listed_series(
        &mut registry,
        proposal(Tier::SSS, SaleKind::Official, 1),
        45,
    );
    let pieces: Vec<Id> = (0..10)
        .map(|_| buy(&mut registry, a.charlie, id, 0))
        .collect();
    let claim = |registry: &mut World, who: AccountId, piece: &Id| {
        let proof = vec![piece.clone()];
        registry.call(who, 0, |s, c| s.claim_seat(c, SeatCategory::A1, proof))
    };
    assert!(claim(&mut registry, a.charlie, &pieces[0]).is_ok());
    for piece in &pieces[1..] {
        assert_eq!(
            claim(&mut registry, a.charlie, piece),
            Err(RegistryError::SeatCapReached)
        );
    }
    assert_eq!(
        registry.state.category_seats(a.charlie, SeatCategory::A1),
        1
    );
    // Handing the pieces to a second account of the same person costs a purchase each
    // (every piece was paid at least the minimum price) and still one seat per account.
    let piece = pieces[1].clone();
    registry
        .call(a.charlie, 0, |s, c| s.transfer(c, a.django, piece.clone()))
        .expect("transfer");
    assert!(claim(&mut registry, a.django, &piece).is_ok());
    // A2 is another category: a full set earns its own seat, and only one.
    assert_eq!(registry.state.seat_count(a.charlie), 1);
}

#[ink::test]
fn a_seats_open_round_by_round() {
    let mut registry = registry_issuing(2);
    let a = accounts();
    assert_eq!(registry.state.issuance_round, 1);
    let id = listed_series(
        &mut registry,
        proposal(Tier::SSS, SaleKind::Official, 1),
        10,
    );
    let claimants = [a.charlie, a.django, a.eve];
    let mut claims = Vec::new();
    for who in claimants {
        let piece = buy(&mut registry, who, id, 0);
        claims.push(registry.call(who, 0, |s, c| {
            s.claim_seat(c, SeatCategory::A1, vec![piece])
        }));
    }
    assert!(claims[0].is_ok() && claims[1].is_ok());
    assert_eq!(claims[2], Err(RegistryError::RoundExhausted));
    // Only the operator opens a round, only upwards, and never past the A quotas (60).
    for (caller, claimable, refused) in [
        (a.bob, 5, RegistryError::NotAuthorized),
        (a.alice, 2, RegistryError::BadIssuanceRound),
        (a.alice, 1, RegistryError::BadIssuanceRound),
        (a.alice, 61, RegistryError::BadIssuanceRound),
    ] {
        assert_eq!(
            registry.call(caller, 0, |s, c| s.open_issuance_round(c, claimable)),
            Err(refused)
        );
    }
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.open_issuance_round(c, 3)),
        Ok(())
    );
    let opened = registry.chain.events.of::<IssuanceRoundOpened>();
    assert_eq!(
        opened,
        [IssuanceRoundOpened {
            round: 2,
            claimable_a_seats: 3
        }]
    );
    let piece = registry
        .state
        .owners_token_by_index(a.eve, 0)
        .expect("Eve's piece");
    assert!(registry
        .call(a.eve, 0, |s, c| s.claim_seat(
            c,
            SeatCategory::A1,
            vec![piece]
        ))
        .is_ok());
    assert_eq!(registry.state.seat_book.claimable_issued(), 3);
}

#[ink::test]
fn the_operator_cannot_pile_d_seats_on_one_account() {
    let mut registry = registry_issuing(60);
    let a = accounts();
    let grant = |registry: &mut World, to| {
        registry.call(a.alice, 0, |s, c| s.grant_seat(c, to, SeatCategory::D))
    };
    assert!(grant(&mut registry, a.bob).is_ok());
    assert_eq!(
        grant(&mut registry, a.bob),
        Err(RegistryError::SeatCapReached)
    );
    assert!(grant(&mut registry, a.charlie).is_ok());
}

#[ink::test]
fn the_society_grants_are_counted_per_category_and_revocation_frees_them() {
    let mut registry = registry_issuing(60);
    let a = accounts();
    link_both(&mut registry);
    let seat = registry
        .call(a.frank, 0, |s, c| {
            s.reserve_seats(c, SeatCategory::B.one())?;
            s.grant_seat(c, a.django, SeatCategory::B)
        })
        .expect("the society admits Django");
    assert_eq!(registry.state.category_seats(a.django, SeatCategory::B), 1);
    registry
        .call(a.frank, 0, |s, c| s.revoke_seat(c, seat))
        .expect("revoke");
    assert_eq!(registry.state.category_seats(a.django, SeatCategory::B), 0);
}

#[ink::test]
fn linking_a_contract_of_another_registry_is_refused() {
    // Before: one wrong address in link_rewards broke `buy` for good (a link is set once).
    let mut registry = registry();
    let a = accounts();
    registry.chain.strangers.insert(a.django);
    for target in [LinkTarget::Rewards, LinkTarget::Society] {
        assert_eq!(
            registry.call(a.alice, 0, |s, c| s.link(c, target, a.django)),
            Err(RegistryError::LinkMismatch)
        );
    }
    assert_eq!(
        registry.state.links,
        Links::default(),
        "the slots stay open"
    );
    link_both(&mut registry);
    assert_eq!(registry.state.links.rewards, Some(a.eve));
}

#[ink::test]
fn sweep_takes_only_what_nobody_is_owed() {
    let mut registry = registry();
    let a = accounts();
    let id = listed_series(&mut registry, proposal(Tier::SSS, SaleKind::Official, 1), 5);
    buy(&mut registry, a.charlie, id, 0);
    let owed = registry.state.total_credits();
    assert_eq!(owed, PRICE, "creator and operator credits");
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.sweep(c, a.alice)),
        Err(RegistryError::NothingToSweep)
    );
    // A direct transfer reaches the contract without a message.
    registry.chain.ledger.balance += 777;
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.sweep(c, a.bob)),
        Err(RegistryError::NotAuthorized)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.sweep(c, a.frank)),
        Ok(777)
    );
    assert_eq!(registry.received(a.frank), 777);
    assert_eq!(
        registry.chain.events.of::<Swept>(),
        [Swept {
            to: a.frank,
            amount: 777
        }]
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.sweep(c, a.alice)),
        Err(RegistryError::NothingToSweep)
    );
    collect(&mut registry, id);
    assert_eq!(
        registry.call(a.bob, 0, |s, c| s.withdraw(c)),
        Ok(PRICE * 8 / 10)
    );
    assert_eq!(
        registry.call(a.alice, 0, |s, c| s.withdraw(c)),
        Ok(PRICE * 2 / 10)
    );
}

#[ink::test]
fn governance_reaches_each_operator_message_at_its_selector_with_its_types() {
    use interfaces::{assert_dispatches, governed, SeriesProposal};

    type Outcome<T> = core::result::Result<T, RegistryError>;
    assert_dispatches!(
        Registry,
        governed::REGISTER_CREATOR,
        "register_creator",
        (AccountId, bool),
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::OPEN_ISSUANCE_ROUND,
        "open_issuance_round",
        u32,
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::SET_SEATS_PER_ACCOUNT,
        "set_seats_per_account",
        u32,
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::SET_REVENUE_SPLIT,
        "set_revenue_split",
        RevenueSplit,
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::SET_SALES_PAUSED,
        "set_sales_paused",
        bool,
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::PROPOSE_SERIES,
        "propose_series",
        (SeriesProposal, bool),
        Outcome<SeriesId>
    );
    assert_dispatches!(
        Registry,
        governed::AIRDROP,
        "airdrop",
        (SeriesId, u8, AccountId),
        Outcome<Id>
    );
    assert_dispatches!(
        Registry,
        governed::CLOSE_SERIES,
        "close_series",
        SeriesId,
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::SWEEP,
        "sweep",
        AccountId,
        Outcome<Balance>
    );
    assert_dispatches!(
        Registry,
        governed::WITHDRAW,
        "withdraw",
        (),
        Outcome<Balance>
    );
    assert_dispatches!(
        Registry,
        governed::CREDIT_OF,
        "credit_of",
        AccountId,
        Balance
    );
    assert_dispatches!(
        Registry,
        governed::TRANSFER_OPERATOR,
        "transfer_operator",
        AccountId,
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::ACCEPT_OPERATOR,
        "accept_operator",
        (),
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::SET_CODE,
        "set_code",
        ink::primitives::Hash,
        Outcome<()>
    );
}

#[ink::test]
fn the_society_and_the_rewards_contract_reach_each_message_they_call_at_its_selector() {
    use interfaces::{
        assert_dispatches, governed, ListingDecision, SeatCategory, SeatCounts, SeatSnapshot,
    };

    type Outcome<T> = core::result::Result<T, RegistryError>;
    assert_dispatches!(
        Registry,
        governed::IS_CREATOR,
        "is_creator",
        AccountId,
        bool
    );
    assert_dispatches!(
        Registry,
        governed::SEAT_HOLDER,
        "SeatRegistry::seat_holder",
        Id,
        Option<AccountId>
    );
    assert_dispatches!(
        Registry,
        governed::HOLDS_SEATS,
        "SeatRegistry::holds_seats",
        (AccountId, Vec<Id>),
        bool
    );
    assert_dispatches!(
        Registry,
        governed::SEAT_SNAPSHOT,
        "SeatRegistry::seat_snapshot",
        (),
        SeatSnapshot
    );
    assert_dispatches!(
        Registry,
        governed::SEAT_COUNT,
        "SeatRegistry::seat_count",
        AccountId,
        u32
    );
    assert_dispatches!(
        Registry,
        governed::FREE_SEATS,
        "SeatRegistry::free_seats",
        (),
        SeatCounts
    );
    assert_dispatches!(
        Registry,
        governed::RESERVE_SEATS,
        "SeatRegistry::reserve_seats",
        SeatCounts,
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::RELEASE_SEAT,
        "SeatRegistry::release_seat",
        SeatCategory,
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::GRANT_SEAT,
        "SeatRegistry::grant_seat",
        (AccountId, SeatCategory),
        Outcome<Id>
    );
    assert_dispatches!(
        Registry,
        governed::LINKED_SOCIETY,
        "SeatRegistry::linked_society",
        (),
        Option<AccountId>
    );
    assert_dispatches!(
        Registry,
        governed::SOCIETY_SEAT,
        "SeatRegistry::society_seat",
        Id,
        bool
    );
    assert_dispatches!(
        Registry,
        governed::REVOKE_SEAT,
        "SeatRegistry::revoke_seat",
        Id,
        Outcome<()>
    );
    assert_dispatches!(
        Registry,
        governed::APPLY_LISTING,
        "ListingRegistry::apply_listing",
        (SeriesId, ListingDecision),
        Outcome<()>
    );
}
