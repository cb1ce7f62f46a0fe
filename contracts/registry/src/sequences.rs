//! Call sequences over the registry's logic ([`RegistryState`]), for the property tests
//! and the fuzz targets: the calls, a harness that applies them, and the invariants
//! (PSP34 balances and both enumerations, seat quotas, solvency). [`run`] checks them
//! after every call, and that a failed call changes nothing.

use ink::primitives::AccountId;
use interfaces::{
    Balance, Id, ListingDecision, ListingOptions, ListingTerms, RejectionReason, SaleKind,
    SeatCategory, Tier,
};

use crate::state::{
    LinkTarget, RegistryState, RevenueSplit, SeriesProposal, SeriesSpec, TokenKind,
};

/// Callers and recipients: the operator, a creator, two collectors, and the accounts
/// linked as the rewards and the society contracts.
pub const ACCOUNTS: [u8; 6] = [1, 2, 3, 4, 5, 6];
/// The operator.
pub const OPERATOR: u8 = 1;
/// A registered creator.
pub const CREATOR: u8 = 2;
/// The account linked as the rewards contract.
pub const REWARDS: u8 = 5;
/// The account linked as the society contract.
pub const SOCIETY: u8 = 6;

/// The account numbered `n`, folded into [`ACCOUNTS`] (1..=6), so that every account a
/// call can touch is one the invariants look at.
pub fn account(n: u8) -> AccountId {
    AccountId::from([n.wrapping_sub(1) % 6 + 1; 32])
}

/// One message of the registry with its caller and arguments.
#[derive(Debug, Clone, scale::Decode)]
pub enum Op {
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
        category: SeatCategory,
        proof: Vec<Pick>,
    },
    Reserve {
        caller: u8,
        category: SeatCategory,
    },
    Release {
        caller: u8,
        category: SeatCategory,
    },
    Grant {
        caller: u8,
        to: u8,
        category: SeatCategory,
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

/// A token argument, resolved against the state when the call is made.
#[derive(Debug, Clone, scale::Decode)]
pub enum Pick {
    /// The caller's n-th token (modulo its balance), if it has any.
    Owned(u8),
    /// The n-th token of the collection (modulo the supply), if any.
    Any(u8),
    /// This id, which may not exist or may have another shape.
    Raw(Id),
}

/// The id `pick` names when `caller` calls.
pub fn resolve(state: &RegistryState, caller: u8, pick: Pick) -> Id {
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

/// A registry of 20 seats with a 60/20/10/10 split, Bob registered as a creator, both
/// contracts linked and three series listed (0: SSS with 2 items, 1: a giveaway, 2: a
/// special 1-of-1); `held` models its native balance.
pub struct Harness {
    /// The registry's state.
    pub state: RegistryState,
    /// The native balance the contract would hold.
    pub held: Balance,
}

impl Harness {
    /// The starting registry.
    pub fn new() -> Self {
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
    pub fn apply(&mut self, op: Op) -> bool {
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
                s.claim_seat(account(caller), category, proof).is_ok()
            }
            Op::Reserve { caller, category } => s.reserve_seat(account(caller), category).is_ok(),
            Op::Release { caller, category } => s.release_seat(account(caller), category).is_ok(),
            Op::Grant {
                caller,
                to,
                category,
            } => s.grant_seat(account(caller), account(to), category).is_ok(),
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

    /// The invariants after every step, and that the modelled balance equals the
    /// credits exactly.
    pub fn check(&self) {
        let accounts: Vec<AccountId> = ACCOUNTS.iter().map(|n| account(*n)).collect();
        check_invariants(&self.state, &accounts, self.held);
        assert_eq!(
            self.held,
            self.state.total_credits(),
            "nothing else stays in the contract"
        );
    }
}

/// The registry's invariants, with `accounts` every account that holds anything and
/// `balance` the contract's native balance: balances sum to the supply, each owner's
/// list and the list of all tokens have no hole or duplicate, seat counts match seat
/// tokens and each category stays within its quota, credits add up and the balance
/// covers them.
pub fn check_invariants(s: &RegistryState, accounts: &[AccountId], balance: Balance) {
    let supply = s.total_supply();
    let mut owned = 0u128;
    for &owner in accounts {
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
    let held: u32 = accounts.iter().map(|a| s.seat_count(*a)).sum();
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
    let credits: Balance = accounts.iter().map(|a| s.credit_of(*a)).sum();
    assert_eq!(credits, s.total_credits(), "credits sum to total_credits");
    assert!(
        balance >= s.total_credits(),
        "the balance covers the credits"
    );
}

impl Default for Harness {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs `ops` on a fresh [`Harness`], checking the invariants after every call and that
/// a failed call changes neither storage, nor the root fields, nor the balance.
pub fn run(ops: Vec<Op>) {
    interfaces::testing::run_sequence(
        Harness::new,
        ops,
        Harness::apply,
        |h| format!("{:?} {}", h.state, h.held),
        Harness::check,
    );
}
