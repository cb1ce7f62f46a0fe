//! A world for the registry's rules without a chain (unit tests, property tests, fuzz
//! targets): the [`RegistryState`], a [`FakeChain`] playing the call's context, the
//! native balances and the rewards contract and the society as the registry calls them,
//! and [`World::call`], which runs one call and then checks the invariants, so no test
//! can forget to: balances sum to the supply; each owner's list and the list of all
//! tokens have no hole or duplicate; seat counts match seat tokens and each category
//! stays within its quota; credits add up and the balance covers them.

use std::collections::{BTreeMap, BTreeSet};

use ink::primitives::{AccountId, Hash};
use interfaces::{
    testing::{call_reverting, CallContext, EventLog},
    Balance, Id, ListingOptions, PollId, RegistryError, SaleKind, SeatCategory, SeatSnapshot,
    SeriesId, Timestamp,
};

use crate::{
    events::{SeriesProposed, Swept, Transfer},
    port::RegistryPort,
    storage::{
        IssuanceRules, Provenance, RegistryState, Result, RevenueSplit, SeatBook, TokenKind,
        TOKENS_PER_PAGE,
    },
};

pub use interfaces::testing::acc;

/// The operator of every world.
pub const OPERATOR: u8 = 1;

/// The registry's own address in every world.
pub const REGISTRY: u8 = 200;

/// The IP holder of every series [`provenance`] describes.
pub const IP_HOLDER: u8 = 150;

/// The metadata folder of every world's registry.
pub const METADATA_URI: &str = "https://qiankun.test/metadata/";

/// A complete provenance record: content hash `0x1111…`, licence `CC-BY-4.0`, IP
/// holder [`IP_HOLDER`].
pub fn provenance() -> Provenance {
    Provenance {
        content_hash: Hash::from([0x11; 32]),
        licence: "CC-BY-4.0".into(),
        ip_holder: acc(IP_HOLDER),
    }
}

/// The money and the calls the registry made that a failed call must not keep.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    /// The registry's native balance.
    pub balance: Balance,
    /// What the registry paid each account so far (refunds, withdrawals).
    pub received: BTreeMap<AccountId, Balance>,
    /// Listing polls the rewards contract opened: series and options.
    pub polls: Vec<(SeriesId, ListingOptions)>,
}

/// The call's context, the native balances, and the rewards contract and the society as
/// the registry calls them: each keeps what it is sent, and the rewards contract numbers
/// the listing polls it opens from 0.
#[derive(Default)]
pub struct FakeChain {
    /// Who calls, at what time, paying what.
    pub context: CallContext,
    /// The money and the calls made.
    pub ledger: Ledger,
    /// Whether the rewards contract refuses every call.
    pub rewards_down: bool,
    /// The rewards contract's real rules, when a test plugs them in: the fake above then
    /// still keeps its books, and these rules decide.
    pub rewards_rules: Option<RewardsRules>,
    /// Accounts that do not name this registry as theirs (another suite's contracts,
    /// plain accounts); every other account does, as a contract of this suite would.
    pub strangers: BTreeSet<AccountId>,
    /// Events of the last call, in order.
    pub events: EventLog,
}

impl RegistryPort for FakeChain {
    fn caller(&self) -> AccountId {
        self.context.caller
    }

    fn timestamp(&self) -> Timestamp {
        self.context.timestamp
    }

    fn transferred(&self) -> Balance {
        self.context.transferred
    }

    fn own_account(&self) -> AccountId {
        acc(REGISTRY)
    }

    fn balance(&self) -> Balance {
        self.ledger.balance
    }

    fn registry_of(&self, contract: AccountId) -> Option<AccountId> {
        (!self.strangers.contains(&contract)).then(|| acc(REGISTRY))
    }

    fn pay(&mut self, to: AccountId, amount: Balance) -> Result<()> {
        if amount == 0 {
            return Ok(());
        }
        self.ledger.balance = self
            .ledger
            .balance
            .checked_sub(amount)
            .ok_or(RegistryError::TransferFailed)?;
        let received = self.ledger.received.entry(to).or_default();
        *received = received.saturating_add(amount);
        Ok(())
    }

    fn open_listing_poll(
        &mut self,
        _rewards: AccountId,
        proposer: AccountId,
        series: SeriesId,
        options: &ListingOptions,
        seats: SeatSnapshot,
    ) -> Result<PollId> {
        if self.rewards_down {
            return Err(RegistryError::RewardsCallFailed);
        }
        let poll = match &mut self.rewards_rules {
            Some(rules) => (rules.open_listing_poll)(proposer, series, options.clone(), seats)
                .ok_or(RegistryError::RewardsCallFailed)?,
            None => u32::try_from(self.ledger.polls.len()).expect("few polls"),
        };
        self.ledger.polls.push((series, options.clone()));
        Ok(poll)
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        self.events.push(event);
    }
}

/// The rewards contract's rules as the registry calls them, for a test that runs both
/// contracts' real rules together (the rewards crate's suite tests): each closure makes
/// one call on the rewards contract's own world, from the registry.
pub struct RewardsRules {
    /// Opens the listing poll of a series for its proposer, with the proposer's options;
    /// its id, or `None` if the rewards contract refused.
    pub open_listing_poll:
        Box<dyn FnMut(AccountId, SeriesId, ListingOptions, SeatSnapshot) -> Option<PollId>>,
}

/// The registry's state, the fake chain, and every account seen so far.
pub struct World {
    /// The registry's state.
    pub state: RegistryState,
    /// The call's context, the balances and the other two contracts.
    pub chain: FakeChain,
    /// The collection id.
    pub collection: Id,
    /// Every account that has called, received a token or proposed a series (the
    /// invariants look at them).
    pub accounts: BTreeSet<AccountId>,
    /// Direct transfers to the registry not yet swept: balance nobody is owed.
    pub unowed: Balance,
}

impl World {
    /// A registry of `total_seats` seats splitting sales by `split`, created by
    /// [`OPERATOR`] at time 0, with no native balance, and issuance rules that stand
    /// aside: a minimum price of 1, no cap per account that a test reaches, every A seat
    /// claimable. Tests of the issuance rules use [`World::with_issuance`].
    pub fn new(total_seats: u32, split: RevenueSplit) -> Self {
        let open = IssuanceRules {
            min_official_price: 1,
            seats_per_account: u32::MAX,
            claimable_a_seats: SeatBook::new(total_seats).claimable_caps(),
        };
        Self::with_issuance(total_seats, split, open)
    }

    /// A registry as [`World::new`] makes it, with the `issuance` rules.
    pub fn with_issuance(total_seats: u32, split: RevenueSplit, issuance: IssuanceRules) -> Self {
        let mut chain = FakeChain::default();
        chain.context.caller = acc(OPERATOR);
        let collection = Id::Bytes(vec![0xc0; 32]);
        let state = RegistryState::new(
            &mut chain,
            total_seats,
            split,
            issuance,
            collection.clone(),
            METADATA_URI.into(),
        )
        .expect("valid split, issuance rules and metadata URI");
        let world = Self {
            state,
            chain,
            collection,
            accounts: BTreeSet::from([acc(OPERATOR)]),
            unowed: 0,
        };
        world.check();
        world
    }

    /// Moves the clock to `timestamp` (Unix ms).
    pub fn at(&mut self, timestamp: Timestamp) -> &mut Self {
        self.chain.context.timestamp = timestamp;
        self
    }

    /// Runs `f` as `caller` paying `paid`, then checks the invariants. A failed call
    /// keeps neither its payment, nor the money it moved, nor its events, as the chain
    /// reverts it, and must not have touched the state.
    pub fn call<T, E>(
        &mut self,
        caller: AccountId,
        paid: Balance,
        f: impl FnOnce(&mut RegistryState, &mut FakeChain) -> core::result::Result<T, E>,
    ) -> core::result::Result<T, E> {
        self.accounts.insert(caller);
        self.chain.context.caller = caller;
        self.chain.context.transferred = paid;
        let before = self.chain.ledger.clone();
        self.chain.ledger.balance = before.balance.saturating_add(paid);
        self.chain.events.clear();
        let chain = &mut self.chain;
        let result = call_reverting(&mut self.state, |state| f(state, chain));
        if result.is_err() {
            self.chain.ledger = before;
            self.chain.events.clear();
        }
        self.chain.context.transferred = 0;
        for sweep in self.chain.events.of::<Swept>() {
            self.unowed = self.unowed.saturating_sub(sweep.amount);
        }
        let seen: Vec<AccountId> = self
            .chain
            .events
            .of::<Transfer>()
            .into_iter()
            .filter_map(|transfer| transfer.to)
            .chain(
                self.chain
                    .events
                    .of::<SeriesProposed>()
                    .into_iter()
                    .map(|p| p.creator),
            )
            .collect();
        self.accounts.extend(seen);
        self.check();
        result
    }

    /// A direct transfer of `amount` to the registry: no message runs, nobody is owed it.
    pub fn donate(&mut self, amount: Balance) {
        self.chain.ledger.balance = self.chain.ledger.balance.saturating_add(amount);
        self.unowed = self.unowed.saturating_add(amount);
    }

    /// What the registry paid `account` so far.
    pub fn received(&self, account: AccountId) -> Balance {
        self.chain
            .ledger
            .received
            .get(&account)
            .copied()
            .unwrap_or(0)
    }

    /// The invariants; [`World::call`] checks them after every call.
    pub fn check(&self) {
        let s = &self.state;
        let supply = s.total_supply();
        let mut owned = 0u128;
        for &owner in &self.accounts {
            let balance = s.balance_of(owner);
            owned += u128::from(balance);
            let mut listed = BTreeSet::new();
            for index in 0..balance {
                let id = s
                    .owners_token_by_index(owner, u128::from(index))
                    .expect("no hole in an owner's list");
                assert!(
                    listed.insert(format!("{id:?}")),
                    "{id:?} listed twice in a list"
                );
                let (_, token) = s.token(&id).expect("a listed token has a record");
                assert_eq!(token.owner, owner);
                assert_eq!(
                    token.page,
                    index / TOKENS_PER_PAGE,
                    "{id:?} knows its page of the list"
                );
            }
            assert!(s.owners_token_by_index(owner, u128::from(balance)).is_err());
            let pages = balance / TOKENS_PER_PAGE;
            for page in 0..pages {
                let full = s.full_pages.get((owner, page)).expect("a full page");
                assert_eq!(full.len(), TOKENS_PER_PAGE as usize, "page {page} is full");
            }
            assert!(
                s.full_pages.get((owner, pages)).is_none(),
                "no full page past the open page"
            );
            let open = s.holdings.get(owner).unwrap_or_default().open_page;
            assert_eq!(
                u32::try_from(open.len()),
                Ok(balance % TOKENS_PER_PAGE),
                "the open page's size"
            );
        }
        assert_eq!(owned, supply, "balances sum to the supply");
        let mut seats = [0u32; 7];
        let mut seen = BTreeSet::new();
        for index in 0..supply {
            let id = s.token_by_index(index).expect("no hole in the token list");
            let (_, token) = s.token(&id).expect("a listed token has a record");
            assert_eq!(
                u128::from(token.all_index),
                index,
                "{id:?} knows its place among all"
            );
            assert!(seen.insert(format!("{id:?}")), "token {id:?} listed twice");
            let Id::U64(number) = id else {
                panic!("token {id:?} is not a U64 id")
            };
            let uri = s.token_uri(number);
            assert!(
                uri.starts_with(METADATA_URI) && uri.ends_with(".json"),
                "token {number}'s URI {uri}"
            );
            if let Some(TokenKind::Seat { category, .. }) = s.token_kind(&id) {
                seats[category.index()] += 1;
                assert_eq!(s.seat_holder(&id), s.owner_of(&id));
            }
        }
        assert!(s.token_by_index(supply).is_err());
        let held: u32 = self.accounts.iter().map(|a| s.seat_count(*a)).sum();
        assert_eq!(
            held,
            seats.iter().sum::<u32>(),
            "seat counts match seat tokens"
        );
        let mut caps = 0;
        for quota in s.seats() {
            assert_eq!(quota.issued, seats[quota.category.index()], "{quota:?}");
            assert!(quota.issued + quota.reserved <= quota.cap, "{quota:?}");
            caps += quota.cap;
        }
        assert_eq!(
            caps,
            s.seat_book.caps.iter().sum::<u32>(),
            "the caps add up"
        );
        assert_eq!(s.issued_seats(), seats.iter().sum::<u32>());
        let mut per_category = [0u32; 7];
        for &account in &self.accounts {
            for category in SeatCategory::ALL {
                let held = s.category_seats(account, category);
                per_category[category.index()] += held;
                if category.is_claimable() {
                    assert!(
                        held <= s.issuance.seats_per_account,
                        "{account:?} holds {held} {category:?} seats, over the cap"
                    );
                }
            }
        }
        assert_eq!(per_category, seats, "seats per account and category add up");
        assert!(
            s.seat_book.claimable_issued() <= s.issuance.claimable_a_seats,
            "A seats issued beyond the round"
        );
        for id in 0..s.series_count() {
            let series = s.series(id).expect("series are numbered from 0");
            if let (SaleKind::Official, Some(terms)) = (series.spec.kind, series.terms) {
                assert!(
                    terms.price >= s.issuance.min_official_price,
                    "series {id} sells below the minimum price"
                );
            }
        }
        // Every caller, and the linked contracts whose sale shares wait here.
        let mut creditors = self.accounts.clone();
        creditors.extend(s.links.rewards);
        creditors.extend(s.links.society);
        let credits: Balance = creditors.iter().map(|a| s.credit_of(*a)).sum();
        let revenue: Balance = (0..s.series_count())
            .filter_map(|id| s.series(id))
            .map(|series| series.revenue)
            .sum();
        assert_eq!(
            credits + revenue,
            s.total_credits(),
            "credits sum to total_credits"
        );
        assert!(
            self.chain.ledger.balance >= s.total_credits(),
            "the balance {} covers the credits {}",
            self.chain.ledger.balance,
            s.total_credits()
        );
    }
}
