//! Randomised call sequences over the registry's logic ([`RegistryState`]): random
//! callers and arguments, most calls failing. After every step the invariants hold
//! (PSP34 balances and both enumerations, seat quotas, solvency), and a call that fails
//! changes nothing: neither the root fields nor any storage cell.
//!
//! `PROPTEST_CASES` sets the number of sequences (default 10,000).

use ink::{
    env::{test, DefaultEnvironment},
    primitives::AccountId,
};
use interfaces::{
    Balance, Id, ListingDecision, ListingOptions, ListingTerms, RejectionReason, SaleKind,
    SeatCategory, Tier,
};
use proptest::prelude::*;

use crate::state::{
    LinkTarget, RegistryState, RevenueSplit, SeriesProposal, SeriesSpec, TokenKind,
};

/// Callers and recipients: the operator, a creator, two collectors, and the accounts
/// linked as the rewards and the society contracts.
const ACCOUNTS: [u8; 6] = [1, 2, 3, 4, 5, 6];
const OPERATOR: u8 = 1;
const CREATOR: u8 = 2;
const REWARDS: u8 = 5;
const SOCIETY: u8 = 6;

fn account(n: u8) -> AccountId {
    AccountId::from([n; 32])
}

/// One message of the registry with its caller and arguments.
#[derive(Debug, Clone)]
enum Op {
    Propose {
        caller: u8,
        tier: u8,
        giveaway: bool,
        items: u8,
        special: bool,
        duration: u64,
    },
    Apply {
        caller: u8,
        series: u32,
        list: bool,
        price: Balance,
        editions: u32,
        start: u64,
        long_uri: bool,
    },
    Close {
        caller: u8,
        series: u32,
    },
    Buy {
        caller: u8,
        series: u32,
        item: u8,
        paid: Balance,
        now: u64,
    },
    Airdrop {
        caller: u8,
        series: u32,
        item: u8,
        to: u8,
    },
    Transfer {
        caller: u8,
        to: u8,
        token: Pick,
    },
    Approve {
        caller: u8,
        operator: u8,
        token: Option<Pick>,
        approved: bool,
    },
    Burn {
        caller: u8,
        owner: u8,
        token: Pick,
    },
    Claim {
        caller: u8,
        category: usize,
        proof: Vec<Pick>,
    },
    Reserve {
        caller: u8,
        category: usize,
    },
    Release {
        caller: u8,
        category: usize,
    },
    Grant {
        caller: u8,
        to: u8,
        category: usize,
    },
    Revoke {
        caller: u8,
        token: Pick,
    },
    Withdraw {
        caller: u8,
    },
    Pause {
        caller: u8,
        paused: bool,
    },
    Register {
        caller: u8,
        creator: u8,
        registered: bool,
    },
}

/// Callers, weighted towards the operator, the collectors and the society.
fn caller() -> impl Strategy<Value = u8> {
    prop::sample::select(vec![1, 1, 2, 3, 3, 3, 4, 4, 4, 5, 6, 6])
}

/// A token argument, resolved against the state when the call is made.
#[derive(Debug, Clone)]
enum Pick {
    /// The caller's n-th token (modulo its balance), if it has any.
    Owned(u8),
    /// The n-th token of the collection (modulo the supply), if any.
    Any(u8),
    /// This id, which may not exist or may have another shape.
    Raw(Id),
}

fn token() -> impl Strategy<Value = Pick> {
    prop_oneof![
        6 => any::<u8>().prop_map(Pick::Owned),
        6 => any::<u8>().prop_map(Pick::Any),
        2 => (0u64..24).prop_map(|n| Pick::Raw(Id::U64(n))),
        1 => Just(Pick::Raw(Id::U8(1))),
        1 => Just(Pick::Raw(Id::Bytes(vec![0; 40]))),
        1 => Just(Pick::Raw(Id::U64(u64::MAX))),
    ]
}

/// The id `pick` names when `caller` calls.
fn resolve(state: &RegistryState, caller: u8, pick: Pick) -> Id {
    let nth = |n: u8, count: u128, get: &dyn Fn(u128) -> Option<Id>| {
        u128::from(n)
            .checked_rem(count)
            .and_then(get)
            .unwrap_or(Id::U64(0))
    };
    match pick {
        Pick::Owned(n) => {
            let owner = account(caller);
            nth(n, u128::from(state.balance_of(owner)), &|i| {
                state.owners_token_by_index(owner, i)
            })
        }
        Pick::Any(n) => nth(n, state.total_supply(), &|i| state.token_by_index(i)),
        Pick::Raw(id) => id,
    }
}

/// Series ids: mostly the three listed at the start (0 official, 1 giveaway, 2 special).
fn series() -> impl Strategy<Value = u32> {
    prop_oneof![6 => Just(0), 3 => Just(1), 1 => Just(2), 2 => 3u32..6]
}

/// Items: mostly ones the listed series have.
fn item() -> impl Strategy<Value = u8> {
    prop_oneof![8 => 0u8..2, 1 => 2u8..4]
}

fn amount() -> impl Strategy<Value = Balance> {
    prop::sample::select(vec![0, 1, 999, 1_000, 1_001, 10_000, u128::MAX])
}

fn time() -> impl Strategy<Value = u64> {
    prop::sample::select(vec![0, 999, 1_000, 5_000, u64::MAX])
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (caller(), 0u8..4, any::<bool>(), 0u8..4, any::<bool>(), prop::sample::select(vec![0, 10_000, u64::MAX]))
            .prop_map(|(caller, tier, giveaway, items, special, duration)| Op::Propose { caller, tier, giveaway, items, special, duration }),
        2 => (caller(), 3u32..6, any::<bool>(), amount(), prop::sample::select(vec![0, 1, 3, u32::MAX]), time(), prop::bool::weighted(0.1))
            .prop_map(|(caller, series, list, price, editions, start, long_uri)| Op::Apply { caller, series, list, price, editions, start, long_uri }),
        1 => (caller(), prop_oneof![1 => series(), 3 => 3u32..6]).prop_map(|(caller, series)| Op::Close { caller, series }),
        6 => (caller(), series(), item(), amount(), time())
            .prop_map(|(caller, series, item, paid, now)| Op::Buy { caller, series, item, paid, now }),
        3 => (caller(), series(), item(), caller()).prop_map(|(caller, series, item, to)| Op::Airdrop { caller, series, item, to }),
        3 => (caller(), caller(), token()).prop_map(|(caller, to, token)| Op::Transfer { caller, to, token }),
        2 => (caller(), caller(), prop::option::of(token()), any::<bool>())
            .prop_map(|(caller, operator, token, approved)| Op::Approve { caller, operator, token, approved }),
        1 => (caller(), caller(), token()).prop_map(|(caller, owner, token)| Op::Burn { caller, owner, token }),
        4 => (caller(), prop_oneof![3 => 0usize..3, 1 => 0usize..7], prop::collection::vec(token(), 0..4))
            .prop_map(|(caller, category, proof)| Op::Claim { caller, category, proof }),
        3 => (prop_oneof![2 => Just(SOCIETY), 1 => caller()], 0usize..7).prop_map(|(caller, category)| Op::Reserve { caller, category }),
        1 => (prop_oneof![3 => Just(SOCIETY), 1 => caller()], 0usize..7).prop_map(|(caller, category)| Op::Release { caller, category }),
        3 => (prop_oneof![2 => Just(SOCIETY), 1 => caller()], caller(), 0usize..7).prop_map(|(caller, to, category)| Op::Grant { caller, to, category }),
        2 => (prop_oneof![3 => Just(SOCIETY), 1 => caller()], token()).prop_map(|(caller, token)| Op::Revoke { caller, token }),
        1 => caller().prop_map(|caller| Op::Withdraw { caller }),
        1 => (caller(), prop::bool::weighted(0.05)).prop_map(|(caller, paused)| Op::Pause { caller, paused }),
        1 => (caller(), caller(), any::<bool>()).prop_map(|(caller, creator, registered)| Op::Register { caller, creator, registered }),
    ]
}

/// A registry of 20 seats with a 60/20/10/10 split, Bob registered as a creator, both
/// contracts linked and three series listed (0: SSS with 2 items, 1: a giveaway, 2: a
/// special 1-of-1); `held` models its native balance.
struct Harness {
    state: RegistryState,
    held: Balance,
}

impl Harness {
    fn new() -> Self {
        let split = RevenueSplit {
            creator_bps: 6_000,
            rewards_bps: 2_000,
            society_bps: 1_000,
            operator_bps: 1_000,
        };
        let operator = account(OPERATOR);
        let (mut state, _) =
            RegistryState::new(operator, 20, split, Id::U8(0), b"n".to_vec(), b"s".to_vec())
                .expect("new");
        state
            .register_creator(operator, account(CREATOR), true)
            .expect("register");
        state
            .link(operator, LinkTarget::Rewards, account(REWARDS))
            .expect("link");
        state
            .link(operator, LinkTarget::Society, account(SOCIETY))
            .expect("link");
        for (kind, items, special, editions) in [
            (SaleKind::Official, 2, false, 1_000),
            (SaleKind::Giveaway, 2, false, 1_000),
            (SaleKind::Official, 1, true, 1),
        ] {
            let proposal = SeriesProposal {
                spec: SeriesSpec {
                    creator: account(CREATOR),
                    tier: Tier::SSS,
                    kind,
                    items,
                    special,
                    sale_duration_ms: 10_000,
                },
                options: ListingOptions::default(),
            };
            let (id, _) = state
                .propose_series(operator, proposal, false, |_, _| Ok(0))
                .expect("propose");
            let terms = ListingTerms {
                price: 1_000,
                editions,
                sale_start: 0,
                content_uri: "ipfs://s".into(),
            };
            state
                .apply_listing(operator, id, ListingDecision::List(terms))
                .expect("list");
        }
        Self { state, held: 0 }
    }

    /// Applies `op`; returns whether it succeeded.
    fn apply(&mut self, op: Op) -> bool {
        let s = &mut self.state;
        match op {
            Op::Propose {
                caller,
                tier,
                giveaway,
                items,
                special,
                duration,
            } => {
                let tier = match tier {
                    0 => Tier::SSS,
                    1 => Tier::SS,
                    _ => Tier::S,
                };
                let kind = if giveaway {
                    SaleKind::Giveaway
                } else {
                    SaleKind::Official
                };
                let proposal = SeriesProposal {
                    spec: SeriesSpec {
                        creator: account(CREATOR),
                        tier,
                        kind,
                        items,
                        special,
                        sale_duration_ms: duration,
                    },
                    options: ListingOptions::default(),
                };
                // The rewards contract is not called here: the poll opener answers
                // with a poll id, as the linked contract would.
                s.propose_series(account(caller), proposal, false, |_, _| Ok(0))
                    .is_ok()
            }
            Op::Apply {
                caller,
                series,
                list,
                price,
                editions,
                start,
                long_uri,
            } => {
                let decision = if list {
                    let content_uri = if long_uri {
                        "x".repeat(300)
                    } else {
                        "ipfs://p".into()
                    };
                    ListingDecision::List(ListingTerms {
                        price,
                        editions,
                        sale_start: start,
                        content_uri,
                    })
                } else {
                    ListingDecision::Reject(RejectionReason::VotedDown)
                };
                s.apply_listing(account(caller), series, decision).is_ok()
            }
            Op::Close { caller, series } => s.close_series(account(caller), series).is_ok(),
            Op::Buy {
                caller,
                series,
                item,
                paid,
                now,
            } => match s.buy(account(caller), series, item, paid, now) {
                Ok((sale, _)) => {
                    // The shell receives `paid`, refunds the excess and forwards the
                    // rewards and society shares.
                    let kept = paid - sale.refund - sale.rewards_share - sale.society_share;
                    self.held = self.held.checked_add(kept).expect("held fits");
                    true
                }
                Err(_) => false,
            },
            Op::Airdrop {
                caller,
                series,
                item,
                to,
            } => s
                .airdrop(account(caller), series, item, account(to))
                .is_ok(),
            Op::Transfer { caller, to, token } => {
                let token = resolve(s, caller, token);
                s.transfer(account(caller), account(to), token).is_ok()
            }
            Op::Approve {
                caller,
                operator,
                token,
                approved,
            } => {
                let token = token.map(|pick| resolve(s, caller, pick));
                s.approve(account(caller), account(operator), token, approved)
                    .is_ok()
            }
            Op::Burn {
                caller,
                owner,
                token,
            } => {
                let token = resolve(s, owner, token);
                s.burn(account(caller), account(owner), token).is_ok()
            }
            Op::Claim {
                caller,
                category,
                proof,
            } => {
                let proof = proof
                    .into_iter()
                    .map(|pick| resolve(s, caller, pick))
                    .collect();
                s.claim_seat(account(caller), SeatCategory::ALL[category], proof)
                    .is_ok()
            }
            Op::Reserve { caller, category } => s
                .reserve_seat(account(caller), SeatCategory::ALL[category])
                .is_ok(),
            Op::Release { caller, category } => s
                .release_seat(account(caller), SeatCategory::ALL[category])
                .is_ok(),
            Op::Grant {
                caller,
                to,
                category,
            } => s
                .grant_seat(account(caller), account(to), SeatCategory::ALL[category])
                .is_ok(),
            Op::Revoke { caller, token } => {
                let token = resolve(s, caller, token);
                s.revoke_seat(account(caller), token).is_ok()
            }
            Op::Withdraw { caller } => match s.withdraw(account(caller)) {
                Ok((amount, _)) => {
                    self.held = self
                        .held
                        .checked_sub(amount)
                        .expect("withdraw within the balance");
                    true
                }
                Err(_) => false,
            },
            Op::Pause { caller, paused } => s.set_sales_paused(account(caller), paused).is_ok(),
            Op::Register {
                caller,
                creator,
                registered,
            } => s
                .register_creator(account(caller), account(creator), registered)
                .is_ok(),
        }
    }

    /// The invariants after every step.
    fn check(&self) {
        let s = &self.state;
        let supply = s.total_supply();
        let mut owned = 0u128;
        for n in ACCOUNTS {
            let owner = account(n);
            let balance = s.balance_of(owner);
            owned += u128::from(balance);
            for index in 0..balance {
                let id = s
                    .owners_token_by_index(owner, u128::from(index))
                    .expect("no hole in an owner's list");
                assert_eq!(s.owner_of(&id), Some(owner));
            }
            assert_eq!(s.owners_token_by_index(owner, u128::from(balance)), None);
        }
        assert_eq!(owned, supply, "balances sum to the supply");
        let mut seats = [0u32; 7];
        let mut seen = Vec::new();
        for index in 0..supply {
            let id = s.token_by_index(index).expect("no hole in the token list");
            assert!(
                s.owner_of(&id).is_some(),
                "listed token {id:?} has an owner"
            );
            assert!(!seen.contains(&id), "token {id:?} listed twice");
            if let Some(TokenKind::Seat { category, .. }) = s.token_kind(&id) {
                seats[category.index()] += 1;
                assert_eq!(s.seat_holder(&id), s.owner_of(&id));
            }
            seen.push(id);
        }
        assert_eq!(s.token_by_index(supply), None);
        let held: u32 = ACCOUNTS.iter().map(|n| s.seat_count(account(*n))).sum();
        assert_eq!(
            held,
            seats.iter().sum::<u32>(),
            "seat counts match seat tokens"
        );
        for quota in s.seats() {
            assert_eq!(quota.issued, seats[quota.category.index()], "{quota:?}");
            assert!(quota.issued + quota.reserved <= quota.cap, "{quota:?}");
        }
        assert_eq!(s.issued_seats(), seats.iter().sum::<u32>());
        let credits: Balance = ACCOUNTS.iter().map(|n| s.credit_of(account(*n))).sum();
        assert_eq!(credits, s.total_credits(), "credits sum to total_credits");
        assert_eq!(
            self.held,
            s.total_credits(),
            "the balance covers the credits exactly"
        );
    }
}

/// The number of writes to the contract's storage so far.
fn storage_writes() -> usize {
    test::get_contract_storage_rw::<DefaultEnvironment>(&test::callee::<DefaultEnvironment>()).1
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_call_sequences_keep_the_invariants(ops in prop::collection::vec(op(), 1..40)) {
        test::run_test::<DefaultEnvironment, _>(|_| {
            let mut harness = Harness::new();
            harness.check();
            for op in ops {
                let before = format!("{:?}", harness.state);
                let writes = storage_writes();
                let held = harness.held;
                if !harness.apply(op.clone()) {
                    assert_eq!(storage_writes(), writes, "{op:?} failed but wrote storage");
                    assert_eq!(format!("{:?}", harness.state), before, "{op:?} failed but changed the root");
                    assert_eq!(harness.held, held);
                }
                harness.check();
            }
            Ok(())
        })
        .expect("the engine runs");
    }
}
