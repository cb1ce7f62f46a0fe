//! Call sequences over the registry's rules, for the property tests and the fuzz
//! targets: the calls and a harness that applies them in a [`World`], which checks the
//! invariants after every call; [`run`] also checks that a failed call changes nothing
//! and that the registry keeps exactly what it owes.

use ink::primitives::AccountId;
use interfaces::{
    Balance, Id, ListingDecision, ListingOptions, ListingTerms, RejectionReason, SaleKind,
    SeatCategory, Tier,
};

use crate::{
    storage::{IssuanceRules, LinkTarget, RegistryState, RevenueSplit, SeriesProposal, SeriesSpec},
    world::{provenance, World},
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

/// The most a call pays: no account holds more than the chain's issuance.
pub const MAX_PAYMENT: Balance = 1_000_000_000_000_000_000_000_000_000_000;

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
        time: u64,
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
    /// The attacker's move: `caller` buys a piece of the Official series 0 at its price
    /// and claims an A1 seat with it, as often as the sequence repeats it.
    Collect {
        caller: u8,
    },
    OpenRound {
        caller: u8,
        claimable: u32,
    },
    /// A direct transfer to the registry, outside any message.
    Donate {
        amount: Balance,
    },
    Sweep {
        caller: u8,
        to: u8,
    },
    /// `caller` moves the creator's revenue accrued on `series` to the creator's credit.
    CollectCreatorRevenue {
        caller: u8,
        series: u32,
    },
    /// `caller` offers the operator role to `to`.
    OfferOperator {
        caller: u8,
        to: u8,
    },
    /// `caller` takes the operator role it was offered, with what sales accrued for the
    /// former operator left on the former operator's credit.
    AcceptOperator {
        caller: u8,
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
                state.owners_token_by_index(owner, i).ok()
            })
        }
        Pick::Any(n) => nth(n, state.total_supply(), &|i| state.token_by_index(i).ok()),
        Pick::Raw(id) => id,
    }
}

/// The price of series 0 and 2, the minimum Official price.
pub const PRICE: Balance = 1_000;

/// A registry of 20 seats (9 A1, 2 A2, 1 A3) with a 60/20/10/10 split, issuance rules of
/// a minimum price of [`PRICE`], one seat per account and category and 4 A seats in the
/// first round; Bob registered as a creator, both contracts linked and three series
/// listed (0: SSS with 2 items, 1: a giveaway, 2: a special 1-of-1).
pub fn new_world() -> World {
    let split = RevenueSplit {
        creator_bps: 6_000,
        rewards_bps: 2_000,
        society_bps: 1_000,
        operator_bps: 1_000,
    };
    let issuance = IssuanceRules {
        min_official_price: PRICE,
        seats_per_account: 1,
        claimable_a_seats: 4,
    };
    let mut world = World::with_issuance(20, split, issuance);
    let operator = account(OPERATOR);
    let mut setup = |f: &dyn Fn(
        &mut RegistryState,
        &mut crate::world::FakeChain,
    ) -> crate::storage::Result<()>| {
        world.call(operator, 0, f).expect("setup");
    };
    setup(&|s, c| s.register_creator(c, account(CREATOR), true));
    setup(&|s, c| s.link(c, LinkTarget::Rewards, account(REWARDS)));
    setup(&|s, c| s.link(c, LinkTarget::Society, account(SOCIETY)));
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
                provenance: provenance(),
            },
            options: ListingOptions::default(),
        };
        let terms = ListingTerms {
            price: PRICE,
            editions,
            sale_start: 0,
            content_uri: "ipfs://s".into(),
        };
        world
            .call(operator, 0, |s, c| {
                let id = s.propose_series(c, proposal, false)?;
                s.apply_listing(c, id, ListingDecision::List(terms))
            })
            .expect("list");
    }
    world
}

/// Applies `op`; returns whether it succeeded.
pub fn apply(world: &mut World, op: Op) -> bool {
    let s = &world.state;
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
                    provenance: provenance(),
                },
                options: ListingOptions::default(),
            };
            world
                .call(account(caller), 0, |s, c| {
                    s.propose_series(c, proposal, false)
                })
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
            world
                .call(account(caller), 0, |s, c| {
                    s.apply_listing(c, series, decision)
                })
                .is_ok()
        }
        Op::Close { caller, series } => world
            .call(account(caller), 0, |s, c| s.close_series(c, series))
            .is_ok(),
        Op::Buy {
            caller,
            series,
            item,
            paid,
            time,
        } => world
            .at(time)
            .call(account(caller), paid.min(MAX_PAYMENT), |s, c| {
                s.buy(c, series, item)
            })
            .is_ok(),
        Op::Airdrop {
            caller,
            series,
            item,
            to,
        } => world
            .call(account(caller), 0, |s, c| {
                s.airdrop(c, series, item, account(to))
            })
            .is_ok(),
        Op::Transfer { caller, to, token } => {
            let token = resolve(s, caller, token);
            world
                .call(account(caller), 0, |s, c| s.transfer(c, account(to), token))
                .is_ok()
        }
        Op::Approve {
            caller,
            operator,
            token,
            approved,
        } => {
            let token = token.map(|pick| resolve(s, caller, pick));
            world
                .call(account(caller), 0, |s, c| {
                    s.approve(c, account(operator), token, approved)
                })
                .is_ok()
        }
        Op::Burn {
            caller,
            owner,
            token,
        } => {
            let token = resolve(s, owner, token);
            world
                .call(account(caller), 0, |s, c| s.burn(c, account(owner), token))
                .is_ok()
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
            world
                .call(account(caller), 0, |s, c| s.claim_seat(c, category, proof))
                .is_ok()
        }
        Op::Reserve { caller, category } => world
            .call(account(caller), 0, |s, c| {
                s.reserve_seats(c, category.one())
            })
            .is_ok(),
        Op::Release { caller, category } => world
            .call(account(caller), 0, |s, c| s.release_seat(c, category))
            .is_ok(),
        Op::Grant {
            caller,
            to,
            category,
        } => world
            .call(account(caller), 0, |s, c| {
                s.grant_seat(c, account(to), category)
            })
            .is_ok(),
        Op::Revoke { caller, token } => {
            let token = resolve(s, caller, token);
            world
                .call(account(caller), 0, |s, c| s.revoke_seat(c, token))
                .is_ok()
        }
        Op::Withdraw { caller } => world.call(account(caller), 0, |s, c| s.withdraw(c)).is_ok(),
        Op::Pause { caller, paused } => world
            .call(account(caller), 0, |s, c| s.set_sales_paused(c, paused))
            .is_ok(),
        Op::Register {
            caller,
            creator,
            registered,
        } => world
            .call(account(caller), 0, |s, c| {
                s.register_creator(c, account(creator), registered)
            })
            .is_ok(),
        Op::Collect { caller } => {
            let bought = world
                .at(0)
                .call(account(caller), PRICE, |s, c| s.buy(c, 0, 0));
            // The op changed the state if the purchase went through, whether or not the
            // claim did (each call is checked on its own by `World::call`).
            bought.is_ok_and(|piece| {
                let _claimed = world.call(account(caller), 0, |s, c| {
                    s.claim_seat(c, SeatCategory::A1, vec![piece])
                });
                true
            })
        }
        Op::OpenRound { caller, claimable } => world
            .call(account(caller), 0, |s, c| {
                s.open_issuance_round(c, claimable)
            })
            .is_ok(),
        Op::Donate { amount } => {
            world.donate(amount.min(MAX_PAYMENT));
            true
        }
        Op::Sweep { caller, to } => world
            .call(account(caller), 0, |s, c| s.sweep(c, account(to)))
            .is_ok(),
        Op::CollectCreatorRevenue { caller, series } => world
            .call(account(caller), 0, |s, c| {
                s.collect_creator_revenue(c, series)
            })
            .is_ok(),
        Op::OfferOperator { caller, to } => world
            .call(account(caller), 0, |s, c| {
                s.transfer_operator(c, account(to))
            })
            .is_ok(),
        Op::AcceptOperator { caller } => world
            .call(account(caller), 0, |s, c| s.accept_operator(c))
            .is_ok(),
    }
}

/// The world's invariants, and that the registry keeps exactly what it owes and what
/// was sent to it directly and not yet swept: refunds went back and the rewards and
/// society shares went on.
pub fn check(world: &World) {
    world.check();
    assert_eq!(
        world.chain.ledger.balance,
        world.state.total_credits() + world.unowed,
        "nothing else stays in the contract"
    );
}

/// Runs `ops` on a fresh world, checking the invariants after every call and that a
/// failed call changes neither storage, nor the root fields, nor the balance.
pub fn run(ops: Vec<Op>) {
    interfaces::testing::run_sequence(
        new_world,
        ops,
        apply,
        |w| format!("{:?} {:?}", w.state, w.chain.ledger),
        check,
    );
}
