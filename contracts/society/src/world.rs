//! A world for the society's rules without a chain (unit tests, property tests, fuzz
//! targets): the [`SocietyState`], a [`FakeChain`] playing the call's context, the
//! contract's native balance and the registry's seat book, the block, and
//! [`World::run`], which runs one call and then checks the invariants, so no test can
//! forget to: role lists consistent and disjoint, member count, head and founder
//! members, reserved seats equal to candidates, every society seat held by a member, no
//! more reveals than commitments in a draw round, the treasury's books and its solvency.

use ink::primitives::AccountId;
use interfaces::{
    testing::{call_reverting, CallContext, EventLog},
    Balance, BlockNumber, Id, SeatCategory, SeatCounts, SocietyError,
};

use crate::{
    entropy::commitment,
    port::SocietyPort,
    storage::{
        Bid, BidKind, CommitmentState, DrawKind, Result, Role, RotationStep, SocietyParameters,
        SocietyState,
    },
};

/// The candidate deposit of [`params`].
pub const DEPOSIT: Balance = 100;
/// The wrong-side deduction of [`params`].
pub const DEDUCTION: Balance = 10;
/// The operator.
pub const OPERATOR: u8 = 1;
/// The founder.
pub const FOUNDER: u8 = 2;
/// Accounts 1..=ACCOUNTS take part in the tests.
pub const ACCOUNTS: u8 = 120;

/// The parameters of the tests: short periods, small caps.
pub fn params() -> SocietyParameters {
    SocietyParameters {
        candidate_deposit: DEPOSIT,
        wrong_side_deduction: DEDUCTION,
        max_strikes: 3,
        period_spend: 1_000,
        rotation_period: 10,
        challenge_period: 15,
        reveal_period: 3,
        max_lock_duration: 1_000,
        max_bids: 5,
        max_voters: 8,
        max_payouts: 4,
        member_limit: 50,
        step_budget: 256,
    }
}

pub use interfaces::testing::acc;

/// The secret account `n` commits to in the tests.
pub fn secret(n: u8) -> [u8; 32] {
    [n ^ 0x5a; 32]
}

/// The commitment of account `n` to its [`secret`].
pub fn committed(n: u8) -> [u8; 32] {
    commitment(&secret(n), &acc(n))
}

/// The call's context, the contract's native balance and the registry's seat book.
#[derive(Default)]
pub struct FakeChain {
    /// Who calls, at which block and time, paying what.
    pub context: CallContext,
    /// The contract's native balance.
    pub balance: Balance,
    /// Free seats per category.
    pub free: [u32; 7],
    /// Seats reserved for candidates, per category.
    pub reserved: [u32; 7],
    /// Seats granted: id, holder, category.
    pub seats: Vec<(Id, AccountId, SeatCategory)>,
    /// Seats minted so far.
    pub minted: u64,
    /// Events the society emitted, in order.
    pub events: EventLog,
    /// Payments made: to, amount.
    pub paid: Vec<(AccountId, Balance)>,
    /// Accounts the registry does not list as creators; every other account is one.
    pub not_creators: Vec<AccountId>,
    /// The society's credit in the registry (its share of the sales), paid out by
    /// `collect_credit`.
    pub credit: Balance,
    /// Whether the registry refuses every call of `collect_credit`.
    pub registry_down: bool,
}

/// The registry's books and the money, without the call's context or the events: what a
/// failed call must leave as it found it.
impl core::fmt::Debug for FakeChain {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FakeChain")
            .field("balance", &self.balance)
            .field("free", &self.free)
            .field("reserved", &self.reserved)
            .field("seats", &self.seats)
            .field("minted", &self.minted)
            .field("paid", &self.paid)
            .field("credit", &self.credit)
            .finish()
    }
}

impl SocietyPort for FakeChain {
    fn caller(&self) -> AccountId {
        self.context.caller
    }

    fn block(&self) -> BlockNumber {
        self.context.block
    }

    fn is_creator(&self, who: AccountId) -> bool {
        !self.not_creators.contains(&who)
    }

    fn transferred(&self) -> Balance {
        self.context.transferred
    }

    fn balance(&self) -> Balance {
        self.balance
    }

    fn pay(&mut self, to: AccountId, amount: Balance) -> Result<()> {
        if amount == 0 {
            return Ok(());
        }
        self.balance = self
            .balance
            .checked_sub(amount)
            .ok_or(SocietyError::TransferFailed)?;
        self.paid.push((to, amount));
        Ok(())
    }

    fn collect_credit(&mut self) -> Result<Balance> {
        if self.registry_down {
            return Err(SocietyError::RegistryCallFailed);
        }
        let amount = core::mem::take(&mut self.credit);
        self.balance = self.balance.saturating_add(amount);
        Ok(amount)
    }

    fn uncollected_credit(&self) -> Result<Balance> {
        if self.registry_down {
            return Err(SocietyError::RegistryCallFailed);
        }
        Ok(self.credit)
    }

    fn free_seats(&self) -> SeatCounts {
        if self.registry_down {
            return [0; 7];
        }
        self.free
    }

    fn reserve_seats(&mut self, counts: SeatCounts) -> bool {
        if self.registry_down || counts.iter().zip(self.free).any(|(&n, free)| n > free) {
            return false;
        }
        for (i, &n) in counts.iter().enumerate() {
            self.free[i] -= n;
            self.reserved[i] += n;
        }
        true
    }

    fn release_seat(&mut self, category: SeatCategory) -> Result<()> {
        let i = category.index();
        if self.reserved[i] == 0 {
            return Err(SocietyError::RegistryCallFailed);
        }
        self.reserved[i] -= 1;
        self.free[i] += 1;
        Ok(())
    }

    fn grant_seat(&mut self, to: AccountId, category: SeatCategory) -> Result<Id> {
        let i = category.index();
        if self.reserved[i] == 0 {
            return Err(SocietyError::RegistryCallFailed);
        }
        self.reserved[i] -= 1;
        self.minted += 1;
        let seat = Id::U64(self.minted);
        self.seats.push((seat.clone(), to, category));
        Ok(seat)
    }

    fn revoke_seat(&mut self, seat: Id) -> Result<()> {
        let position = self
            .seats
            .iter()
            .position(|(id, _, _)| *id == seat)
            .ok_or(SocietyError::RegistryCallFailed)?;
        let (_, _, category) = self.seats.remove(position);
        self.free[category.index()] += 1;
        Ok(())
    }

    fn emit<E: ink::env::Event + 'static>(&mut self, event: E) {
        self.events.push(event);
    }
}

/// The society, the fake registry and the current block.
pub struct World {
    /// The society's state.
    pub state: SocietyState,
    /// The call's context, the native balance and the fake registry.
    pub chain: FakeChain,
    /// The current block.
    pub block: BlockNumber,
    /// `check` looks at accounts 1..=accounts.
    pub accounts: u8,
}

impl World {
    /// An unfounded society with `parameters`; seats: B 20, C1 10, C2 10, D 5.
    pub fn with(parameters: SocietyParameters) -> Self {
        let state =
            SocietyState::new(acc(OPERATOR), acc(200), parameters, 0, [7; 32]).expect("valid");
        let mut chain = FakeChain::default();
        chain.free[SeatCategory::B.index()] = 20;
        chain.free[SeatCategory::C1.index()] = 10;
        chain.free[SeatCategory::C2.index()] = 10;
        chain.free[SeatCategory::D.index()] = 5;
        Self {
            state,
            chain,
            block: 1,
            accounts: ACCOUNTS,
        }
    }

    /// A society founded by the operator with FOUNDER as founder and `max_members` 20.
    pub fn founded() -> Self {
        let mut world = Self::with(params());
        world.found(FOUNDER, 20).expect("found");
        world
    }

    /// Runs `f` as `caller` paying `paid` at the current block, then checks the
    /// invariants. The payment stays only if `f` succeeds.
    pub fn run<T>(
        &mut self,
        caller: u8,
        paid: Balance,
        f: impl FnOnce(&mut SocietyState, &mut FakeChain) -> Result<T>,
    ) -> Result<T> {
        self.chain.context = CallContext {
            caller: acc(caller),
            block: self.block,
            // Six-second blocks.
            timestamp: u64::from(self.block) * 6_000,
            transferred: paid,
        };
        self.chain.balance += paid;
        let chain = &mut self.chain;
        let result = call_reverting(&mut self.state, |state| f(state, chain));
        if result.is_err() {
            self.chain.balance -= paid;
        }
        self.chain.context.transferred = 0;
        self.check();
        result
    }

    /// The operator founds the society with `founder` and `max_members`.
    pub fn found(&mut self, founder: u8, max_members: u32) -> Result<()> {
        self.run(OPERATOR, 0, |s, p| {
            s.found(p, acc(founder), max_members, b"be kind")
        })
    }

    /// `who` bids `value` for a B seat, paying the deposit.
    pub fn bid(&mut self, who: u8, value: Balance) -> Result<()> {
        self.bid_for(who, value, SeatCategory::B)
    }

    /// `who` bids `value` for a `category` seat, paying the deposit.
    pub fn bid_for(&mut self, who: u8, value: Balance, category: SeatCategory) -> Result<()> {
        self.run(who, DEPOSIT, |s, p| s.bid(p, value, category))
    }

    /// `voucher` vouches for `who` with `value` and `tip`, for a C1 seat.
    pub fn vouch(&mut self, voucher: u8, who: u8, value: Balance, tip: Balance) -> Result<()> {
        self.run(voucher, 0, |s, p| {
            s.vouch(p, acc(who), value, tip, SeatCategory::C1)
        })
    }

    /// `voter` votes on `candidate`, committing to its [`secret`].
    pub fn vote(&mut self, voter: u8, candidate: u8, approve: bool) -> Result<()> {
        self.run(voter, 0, |s, p| {
            s.vote(p, acc(candidate), approve, committed(voter))
        })
    }

    /// `voter` votes on the defender, committing to its [`secret`].
    pub fn defender_vote(&mut self, voter: u8, approve: bool) -> Result<()> {
        self.run(voter, 0, |s, p| {
            s.defender_vote(p, approve, committed(voter))
        })
    }

    /// Moves into the reveal window of the current round of `kind` and has every
    /// account with a pending commitment in it reveal its [`secret`], but those in
    /// `withholding`.
    pub fn reveal_all(&mut self, kind: DrawKind, withholding: &[u8]) {
        let (closes, ends) = match kind {
            DrawKind::Rotation => (
                self.state.rotation_voting_closes(),
                self.state.next_rotation,
            ),
            DrawKind::Challenge => (
                self.state.challenge_voting_closes(),
                self.state.next_challenge,
            ),
        };
        if self.block >= ends || self.state.rotation_progress().is_some() {
            return;
        }
        self.block = self.block.max(closes);
        let (round, _) = self.state.draw_round(kind);
        for n in 1..=self.accounts {
            let pending = self.state.commitment_of(acc(n), kind).is_some_and(|c| {
                c.round == round && c.state == CommitmentState::Pending && c.hash == committed(n)
            });
            if pending && !withholding.contains(&n) {
                self.run(n, 0, |s, p| s.reveal(p, secret(n)))
                    .expect("reveal");
            }
        }
    }

    /// The operator funds the pot with `amount`.
    pub fn fund(&mut self, amount: Balance) {
        self.run(OPERATOR, amount, |s, p| s.fund_pot(p))
            .expect("fund");
    }

    /// Every voter reveals its secret, then the world moves to the next rotation block
    /// and rotates once.
    pub fn rotate(&mut self) -> Result<RotationStep> {
        self.reveal_all(DrawKind::Rotation, &[]);
        self.block = self.block.max(self.state.next_rotation);
        self.run(OPERATOR, 0, |s, p| s.rotate(p))
    }

    /// Rotates until the rotation finishes.
    pub fn rotate_fully(&mut self) {
        while !self.rotate().expect("rotate").finished {}
    }

    /// Every defender voter reveals its secret, then the world moves to the next
    /// challenge block and runs the challenge; returns the new defender.
    pub fn challenge(&mut self) -> Result<Option<AccountId>> {
        self.reveal_all(DrawKind::Challenge, &[]);
        self.block = self.block.max(self.state.next_challenge);
        self.run(OPERATOR, 0, |s, p| s.challenge(p))
    }

    /// Makes each of `who` a member (a bid of `value` each, the founder approving alone).
    pub fn admit(&mut self, who: &[u8], value: Balance) {
        self.fund(value * who.len() as Balance);
        for &n in who {
            self.bid(n, value).expect("bid");
        }
        self.rotate_fully();
        let members = self.members();
        self.approve_all_as(&members);
        self.rotate_fully();
        for &n in who {
            assert_eq!(self.state.role_of(acc(n)), Some(Role::Member));
        }
    }

    /// Every member in `voters` approves every current candidate.
    pub fn approve_all_as(&mut self, voters: &[AccountId]) {
        for candidate in self.state.candidate_accounts() {
            for voter in voters {
                let n = AsRef::<[u8; 32]>::as_ref(voter)[0];
                self.run(n, 0, |s, p| s.vote(p, candidate, true, committed(n)))
                    .expect("vote");
            }
        }
    }

    /// Up to 100 members.
    pub fn members(&self) -> Vec<AccountId> {
        self.state.accounts_in(Role::Member, 0, 100)
    }

    /// The role of account `n`.
    pub fn role(&self, n: u8) -> Option<Role> {
        self.state.role_of(acc(n))
    }

    /// What the society paid account `n` so far.
    pub fn paid_to(&self, n: u8) -> Balance {
        self.chain
            .paid
            .iter()
            .filter(|(to, _)| *to == acc(n))
            .map(|(_, amount)| amount)
            .sum()
    }

    /// The unpaid payouts of account `n`.
    pub fn payouts_total(&self, n: u8) -> Balance {
        self.state
            .payouts_of(acc(n))
            .iter()
            .map(|payout| payout.amount)
            .sum()
    }

    /// Whether the society emitted an event of type `E` that `wanted` accepts.
    pub fn has_event<E: Clone + 'static>(&self, wanted: impl Fn(&E) -> bool) -> bool {
        self.chain.events.of::<E>().iter().any(wanted)
    }

    /// The invariants; [`World::run`] checks them after every call.
    pub fn check(&self) {
        let state = &self.state;
        let mut everyone = Vec::new();
        for role in Role::ALL {
            let count = state.count(role);
            for index in 0..count {
                let who = state.account_at(role, index).expect("listed");
                assert_eq!(state.roles.get(who), Some((role, index)), "role index");
                everyone.push(who);
            }
            assert!(
                state.account_at(role, count).is_none(),
                "list longer than count"
            );
        }
        let distinct = everyone.len();
        everyone.sort();
        everyone.dedup();
        assert_eq!(everyone.len(), distinct, "an account plays two roles");
        for n in 1..=self.accounts {
            if let Some(role) = state.role_of(acc(n)) {
                assert!(
                    everyone.contains(&acc(n)),
                    "{n} has a role but is in no list"
                );
                let _ = role;
            }
        }

        let bids = state.bids();
        assert_eq!(bids.len() as u32, state.count(Role::Bidder));
        assert!(
            bids.windows(2).all(|w| w[0].value <= w[1].value),
            "bids sorted"
        );
        assert!(bids
            .iter()
            .all(|b| state.role_of(b.who) == Some(Role::Bidder)));
        assert!(bids.len() as u32 <= state.parameters.max_bids);

        if state.rotation_progress().is_none() {
            let candidates = state.candidate_accounts();
            assert_eq!(candidates.len() as u32, state.count(Role::Candidate));
            assert!(candidates
                .iter()
                .all(|c| state.role_of(*c) == Some(Role::Candidate)));
        }
        let reserved: u32 = self.chain.reserved.iter().sum();
        assert_eq!(
            reserved,
            state.count(Role::Candidate),
            "reserved seats = candidates"
        );

        let members = state.accounts_in(Role::Member, 0, 1_000);
        assert_eq!(members.len() as u32, state.count(Role::Member));
        if let Some(head) = state.head {
            assert!(members.contains(&head), "head is a member");
        }
        if let Some(founder) = state.founder {
            assert!(members.contains(&founder), "founder is a member");
        }
        let holders: Vec<_> = self.chain.seats.iter().map(|(_, who, _)| *who).collect();
        for who in state
            .accounts_in(Role::Member, 0, 1_000)
            .iter()
            .chain(state.accounts_in(Role::SuspendedMember, 0, 1_000).iter())
        {
            assert!(holders.contains(who), "a member holds a seat");
            assert!(state.seat_of(*who).is_some());
        }
        assert_eq!(
            holders.len() as u32,
            state.count(Role::Member) + state.count(Role::SuspendedMember),
            "every society seat belongs to a member"
        );

        let mut deposits = 0;
        let mut committed = 0;
        let mut payouts = 0;
        for n in 1..=self.accounts {
            let who = acc(n);
            payouts += self.payouts_total(n);
            let bid = match state.role_of(who) {
                Some(Role::Bidder) => bids.iter().find(|b| b.who == who).copied(),
                Some(Role::Candidate) => {
                    let bid = state.candidate_bid(who).expect("candidate bid");
                    committed += bid.value;
                    Some(bid)
                }
                Some(Role::SuspendedCandidate) => state.candidate_bid(who),
                _ => None,
            };
            if let Some(Bid {
                kind: BidKind::Deposit(deposit),
                ..
            }) = bid
            {
                deposits += deposit;
            }
        }
        for kind in [DrawKind::Rotation, DrawKind::Challenge] {
            let (_, round) = state.draw_round(kind);
            assert!(
                round.reveals <= round.commitments,
                "{kind:?}: more reveals than commitments"
            );
        }
        let treasury = state.treasury;
        assert_eq!(treasury.deposits, deposits, "deposits held");
        assert_eq!(treasury.payouts, payouts, "unpaid payouts");
        if state.rotation_progress().is_none() {
            assert_eq!(treasury.committed, committed, "committed bids");
        }
        assert!(
            self.chain.balance >= treasury.obligations(),
            "solvency: balance {} < obligations {:?}",
            self.chain.balance,
            treasury
        );
    }
}
