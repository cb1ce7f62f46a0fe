//! The society's state and the types stored in it. The rules live in `bids.rs`,
//! `membership.rs`, `rotation.rs` and `challenge.rs` as methods on [`SocietyState`]; they
//! take a [`Call`] (caller, block, time, payment) and a [`Host`](crate::host::Host) for
//! what lies outside the contract's storage: the native balance, transfers, the
//! registry's seats and events.

use ink::{
    prelude::vec::Vec,
    primitives::AccountId,
    storage::{Lazy, Mapping},
};
use interfaces::{Balance, Id, OperatorRole, RoleError, SeatCategory, SocietyError};

use crate::{entropy::EntropyPool, host::Host};

/// Result of the society's messages.
pub type Result<T> = core::result::Result<T, SocietyError>;
/// Block number, as in ink!'s default environment.
pub type BlockNumber = u32;

/// At most this many bids become candidates per rotation (the pallet's growth rate).
pub const MAX_INTAKE: u32 = 10;
/// The per-call budget of a rotation step, in votes resolved (cast votes plus lazy
/// skeptics plus one per candidate). A rotation whose candidates carry more votes is
/// resolved over several `rotate` calls.
pub const STEP_BUDGET: u32 = 256;
/// The largest `max_bids` a society may be built with.
pub const MAX_BIDS_LIMIT: u32 = 256;
/// The largest `max_payouts` a society may be built with.
pub const MAX_PAYOUTS_LIMIT: u32 = 64;
/// The largest `member_limit` a society may be built with.
pub const MEMBER_LIMIT_CAP: u32 = 10_000;

/// The society's constructor parameters. Periods are in blocks; amounts in native units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Parameters {
    /// Deposit a bidder pays with `bid`; returned on `unbid`, auto-unbid and admission,
    /// kept in the pot if the judge rejects the suspended candidate. Zero, or at least
    /// the chain's existential deposit.
    pub candidate_deposit: Balance,
    /// Taken from the unpaid payouts of a member who voted on the losing side.
    pub wrong_side_deduction: Balance,
    /// Strikes at which a member is suspended (at least 1).
    pub max_strikes: u32,
    /// Most the pot grows by per rotation.
    pub period_spend: Balance,
    /// Blocks between rotations.
    pub rotation_period: BlockNumber,
    /// Blocks between membership challenges.
    pub challenge_period: BlockNumber,
    /// Lock of a payout when the society is very large; see `lock_duration`.
    pub max_lock_duration: BlockNumber,
    /// Most bids waiting at once (1 to 256).
    pub max_bids: u32,
    /// Most members voting on one candidate (at least 1).
    pub max_voters: u32,
    /// Most unpaid payouts per member (1 to 64); more are merged into the last one.
    pub max_payouts: u32,
    /// Highest `max_members` the operator may set (2 to 10,000).
    pub member_limit: u32,
}

impl Parameters {
    /// The documented defaults, at 6-second blocks: deposit 1 UNIT (10^12), deduction
    /// 0.2 UNIT, 10 strikes, period spend 50 UNIT, rotation every 48,000 blocks (80
    /// hours), a challenge every 100,800 blocks (7 days), maximum lock 518,400 blocks
    /// (36 × 30 days), 64 bids, 64 voters per candidate, 16 payouts per member, up to
    /// 1,000 members.
    pub const fn defaults() -> Self {
        Self {
            candidate_deposit: 1_000_000_000_000,
            wrong_side_deduction: 200_000_000_000,
            max_strikes: 10,
            period_spend: 50_000_000_000_000,
            rotation_period: 48_000,
            challenge_period: 100_800,
            max_lock_duration: 518_400,
            max_bids: 64,
            max_voters: 64,
            max_payouts: 16,
            member_limit: 1_000,
        }
    }

    /// Most skeptics a rotation can draw: `floor(sqrt(member_limit + MAX_INTAKE))`, since
    /// a rotation may induct up to `MAX_INTAKE` members past `max_members`.
    pub fn max_skeptics(&self) -> u32 {
        integer_sqrt(self.member_limit.saturating_add(MAX_INTAKE))
    }

    /// Checks every parameter's range and that one candidate always fits one step.
    pub fn validate(&self) -> Result<()> {
        let one_candidate = self
            .max_voters
            .saturating_add(self.max_skeptics())
            .saturating_add(1);
        let valid = self.max_strikes > 0
            && self.rotation_period > 0
            && self.challenge_period > 0
            && (1..=MAX_BIDS_LIMIT).contains(&self.max_bids)
            && self.max_voters > 0
            && (1..=MAX_PAYOUTS_LIMIT).contains(&self.max_payouts)
            && (2..=MEMBER_LIMIT_CAP).contains(&self.member_limit)
            && one_candidate <= STEP_BUDGET;
        if valid {
            Ok(())
        } else {
            Err(SocietyError::BadParameter)
        }
    }
}

/// `floor(sqrt(n))`, by Newton's method.
pub fn integer_sqrt(n: u32) -> u32 {
    if n < 2 {
        return n;
    }
    let mut root = n;
    let mut next = n.saturating_div(2).saturating_add(1);
    while next < root {
        root = next;
        next = root
            .saturating_add(n.checked_div(root).unwrap_or(0))
            .saturating_div(2);
    }
    root
}

/// The one role an account plays in the society, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum Role {
    /// Has a bid waiting (its own, with a deposit, or a member's vouch).
    Bidder,
    /// Selected in the last rotation; members vote on it.
    Candidate,
    /// Lost its vote; waits for the judge.
    SuspendedCandidate,
    /// A member.
    Member,
    /// Suspended (too many strikes or a lost challenge); waits for the judge.
    SuspendedMember,
}

impl Role {
    /// Every role, in the order of [`SocietyState::role_counts`].
    pub const ALL: [Role; 5] = [
        Role::Bidder,
        Role::Candidate,
        Role::SuspendedCandidate,
        Role::Member,
        Role::SuspendedMember,
    ];

    /// Position of the role in [`Role::ALL`].
    pub fn index(self) -> usize {
        match self {
            Role::Bidder => 0,
            Role::Candidate => 1,
            Role::SuspendedCandidate => 2,
            Role::Member => 3,
            Role::SuspendedMember => 4,
        }
    }
}

/// How a bid is backed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum BidKind {
    /// The bidder paid this deposit.
    Deposit(Balance),
    /// A member vouches for the bidder and asks `tip` of the payout.
    Vouch {
        /// The vouching member.
        voucher: AccountId,
        /// Paid to the voucher first, out of the bid's value.
        tip: Balance,
    },
}

/// A bid to join: who, the payout asked for, how it is backed and the seat category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Bid {
    /// The account that would join.
    pub who: AccountId,
    /// The payout it asks for on admission.
    pub value: Balance,
    /// Deposit or vouch.
    pub kind: BidKind,
    /// The Genesis seat category it would be admitted into (B, C1, C2 or D).
    pub category: SeatCategory,
}

/// Whether a member may vouch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum VouchingStatus {
    /// Vouches for one account now.
    Vouching,
    /// Vouched for a candidate the judge rejected: may never vouch again.
    Banned,
}

/// The judge's verdict on a suspended candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum Judgement {
    /// Admit the candidate (the pot pays its bid).
    Approve,
    /// Turn it away: its deposit goes to the pot, or its voucher is banned.
    Reject,
    /// Put its bid back among the bids.
    Rebid,
}

/// An unpaid payout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Payout {
    /// The block from which it may be claimed.
    pub matures_at: BlockNumber,
    /// Native units.
    pub amount: Balance,
}

/// What the society owes and holds. The contract's balance always covers the sum; the
/// rest of the balance is unaccounted and feeds the pot at each rotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Treasury {
    /// Free pot: pays the bids of future candidates.
    pub pot: Balance,
    /// Taken from the pot for the current candidates' bids: paid to winners, returned
    /// to the pot for losers.
    pub committed: Balance,
    /// Bidders' deposits held.
    pub deposits: Balance,
    /// Members' unpaid payouts.
    pub payouts: Balance,
}

impl Treasury {
    /// Everything the contract owes or has earmarked.
    pub fn obligations(&self) -> Balance {
        self.pot
            .saturating_add(self.committed)
            .saturating_add(self.deposits)
            .saturating_add(self.payouts)
    }
}

/// One candidate admitted in the rotation being resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Admitted {
    /// The new member.
    pub who: AccountId,
    /// Approvals of all admitted candidates so far, this one included.
    pub approvals_to: u32,
    /// Its bid's value (a zero bid wins the headship).
    pub value: Balance,
}

/// A rotation being resolved over one or more `rotate` calls.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct RotationProgress {
    /// The block the rotation started.
    pub started_at: BlockNumber,
    /// When the payouts of this rotation mature.
    pub maturity: BlockNumber,
    /// Candidates resolved so far (in selection order).
    pub resolved: u32,
    /// Slashed from wrong-side voters so far.
    pub slashed: Balance,
    /// Right-side voters seen so far.
    pub right_voters: u32,
    /// The one right-side voter drawn so far to receive the slashed sum.
    pub rewardee: Option<AccountId>,
    /// Candidates admitted so far.
    pub admitted: Vec<Admitted>,
}

/// Where a `rotate` call left the rotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub struct RotationStep {
    /// Candidates resolved by this call.
    pub resolved: u32,
    /// Candidates still to resolve.
    pub remaining: u32,
    /// Whether the rotation is complete (new candidates and skeptics chosen).
    pub finished: bool,
}

/// The context of a message: who calls, when, and what it paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Call {
    /// The caller.
    pub caller: AccountId,
    /// The current block.
    pub block: BlockNumber,
    /// The current time (Unix ms).
    pub timestamp: u64,
    /// Native units transferred with the call.
    pub transferred: Balance,
}

/// The society's storage.
#[ink::storage_item]
#[cfg_attr(feature = "std", derive(Debug))]
pub struct SocietyState {
    /// The operator: founds the society, sets `max_members` and the judge, upgrades.
    pub role: OperatorRole,
    /// Judges suspended members and candidates.
    pub judge: AccountId,
    /// The registry that issues the members' Genesis seats.
    pub registry: AccountId,
    /// Constructor parameters.
    pub parameters: Parameters,
    /// Most members the rotation admits up to (0 before founding).
    pub max_members: u32,
    /// The head: a member exempt from suspension and challenges.
    pub head: Option<AccountId>,
    /// The founder, also exempt from suspension.
    pub founder: Option<AccountId>,
    /// The member being challenged.
    pub defender: Option<AccountId>,
    /// BLAKE2-256 of the society's rules, given at founding.
    pub rules_hash: Option<[u8; 32]>,
    /// Pot, committed bids, deposits and payouts.
    pub treasury: Treasury,
    /// Number of accounts in each role, in the order of [`Role::ALL`].
    pub role_counts: [u32; 5],
    /// The block from which the next rotation may start.
    pub next_rotation: BlockNumber,
    /// The block from which the next challenge may run.
    pub next_challenge: BlockNumber,
    /// The entropy pool.
    pub entropy: EntropyPool,
    /// Challenge round; keys the defender votes.
    pub challenge_round: u32,
    /// Approvals of the defender this round.
    pub defender_approvals: u32,
    /// Rejections of the defender this round.
    pub defender_rejections: u32,
    /// Account → its role and its index in that role's list.
    pub(crate) roles: Mapping<AccountId, (Role, u32)>,
    /// (role, index) → account: one list per role, for paging and random picks.
    pub(crate) role_lists: Mapping<(Role, u32), AccountId>,
    /// Waiting bids, cheapest first (equal values in arrival order).
    pub(crate) bids: Lazy<Vec<Bid>>,
    /// The current candidates, in selection order.
    pub(crate) candidates: Lazy<Vec<AccountId>>,
    /// Bid of each candidate and suspended candidate.
    pub(crate) candidate_bids: Mapping<AccountId, Bid>,
    /// (candidate, voter) → approve.
    pub(crate) votes: Mapping<(AccountId, AccountId), bool>,
    /// (candidate, index) → voter: who voted on each candidate.
    pub(crate) voters: Mapping<(AccountId, u32), AccountId>,
    /// Number of voters on each candidate.
    pub(crate) voter_counts: Mapping<AccountId, u32>,
    /// Members who must vote on every current candidate, or be struck.
    pub(crate) skeptics: Lazy<Vec<AccountId>>,
    /// (challenge round, voter) → approve.
    pub(crate) defender_votes: Mapping<(u32, AccountId), bool>,
    /// Unpaid payouts of each account, earliest first.
    pub(crate) payouts: Mapping<AccountId, Vec<Payout>>,
    /// Strikes of each member.
    pub(crate) strikes: Mapping<AccountId, u32>,
    /// Vouching status of each member that vouches or is banned.
    pub(crate) vouching: Mapping<AccountId, VouchingStatus>,
    /// The Genesis seat each member holds from the society.
    pub(crate) seats: Mapping<AccountId, Id>,
    /// The rotation being resolved, if one is under way.
    pub(crate) rotation: Lazy<Option<RotationProgress>>,
}

impl SocietyState {
    /// A society not yet founded: `operator` also judges until it names a judge.
    pub fn new(
        operator: AccountId,
        registry: AccountId,
        parameters: Parameters,
        block: BlockNumber,
        seed: [u8; 32],
    ) -> Result<Self> {
        parameters.validate()?;
        Ok(Self {
            role: OperatorRole::new(operator),
            judge: operator,
            registry,
            parameters,
            max_members: 0,
            head: None,
            founder: None,
            defender: None,
            rules_hash: None,
            treasury: Treasury::default(),
            role_counts: [0; 5],
            next_rotation: block.saturating_add(parameters.rotation_period),
            next_challenge: block.saturating_add(parameters.challenge_period),
            entropy: EntropyPool::new(seed),
            challenge_round: 0,
            defender_approvals: 0,
            defender_rejections: 0,
            roles: Mapping::default(),
            role_lists: Mapping::default(),
            bids: Lazy::default(),
            candidates: Lazy::default(),
            candidate_bids: Mapping::default(),
            votes: Mapping::default(),
            voters: Mapping::default(),
            voter_counts: Mapping::default(),
            skeptics: Lazy::default(),
            defender_votes: Mapping::default(),
            payouts: Mapping::default(),
            strikes: Mapping::default(),
            vouching: Mapping::default(),
            seats: Mapping::default(),
            rotation: Lazy::default(),
        })
    }

    // ---- Roles ----

    /// The role `who` plays, if any.
    pub fn role_of(&self, who: AccountId) -> Option<Role> {
        self.roles.get(who).map(|(role, _)| role)
    }

    /// Number of accounts playing `role`.
    pub fn count(&self, role: Role) -> u32 {
        self.role_counts[role.index()]
    }

    /// Up to `limit` accounts playing `role`, from index `from` of its list.
    pub fn accounts_in(&self, role: Role, from: u32, limit: u32) -> Vec<AccountId> {
        let end = from.saturating_add(limit).min(self.count(role));
        (from..end)
            .filter_map(|index| self.role_lists.get((role, index)))
            .collect()
    }

    /// The account at `index` of `role`'s list.
    pub(crate) fn account_at(&self, role: Role, index: u32) -> Option<AccountId> {
        self.role_lists.get((role, index))
    }

    /// Whether `who` is a member (not suspended).
    pub fn is_member(&self, who: AccountId) -> bool {
        self.role_of(who) == Some(Role::Member)
    }

    /// Gives `who` (which must have no role) the role `role`.
    pub(crate) fn enter(&mut self, who: AccountId, role: Role) {
        let index = self.count(role);
        self.roles.insert(who, &(role, index));
        self.role_lists.insert((role, index), &who);
        self.role_counts[role.index()] = index.saturating_add(1);
    }

    /// Takes `who` out of its role, moving the last of that role's list into its place.
    pub(crate) fn leave(&mut self, who: AccountId) {
        let Some((role, index)) = self.roles.take(who) else {
            return;
        };
        let last = self.count(role).saturating_sub(1);
        if index != last {
            if let Some(moved) = self.role_lists.get((role, last)) {
                self.role_lists.insert((role, index), &moved);
                self.roles.insert(moved, &(role, index));
            }
        }
        self.role_lists.remove((role, last));
        self.role_counts[role.index()] = last;
    }

    /// Moves `who` from its role (if any) to `role`.
    pub(crate) fn change_role(&mut self, who: AccountId, role: Role) {
        self.leave(who);
        self.enter(who, role);
    }

    /// Fails with `AlreadyInSociety` if `who` plays any role.
    pub(crate) fn ensure_outsider(&self, who: AccountId) -> Result<()> {
        match self.role_of(who) {
            None => Ok(()),
            Some(_) => Err(SocietyError::AlreadyInSociety),
        }
    }

    /// Fails unless `who` is a member: `Suspended` for a suspended one, `NotMember` else.
    pub(crate) fn ensure_member(&self, who: AccountId) -> Result<()> {
        match self.role_of(who) {
            Some(Role::Member) => Ok(()),
            Some(Role::SuspendedMember) => Err(SocietyError::Suspended),
            _ => Err(SocietyError::NotMember),
        }
    }

    /// Fails with `NotFounded` before founding.
    pub(crate) fn ensure_founded(&self) -> Result<()> {
        if self.head.is_some() {
            Ok(())
        } else {
            Err(SocietyError::NotFounded)
        }
    }

    /// Fails with `RotationInProgress` while a rotation is being resolved.
    pub(crate) fn ensure_no_rotation(&self) -> Result<()> {
        if self.rotation_progress().is_some() {
            Err(SocietyError::RotationInProgress)
        } else {
            Ok(())
        }
    }

    /// Fails unless `caller` is the operator.
    pub fn ensure_operator(&self, caller: AccountId) -> Result<()> {
        self.role.ensure(caller).map_err(role_error)
    }

    /// Fails unless `caller` is the judge.
    pub(crate) fn ensure_judge(&self, caller: AccountId) -> Result<()> {
        if caller == self.judge {
            Ok(())
        } else {
            Err(SocietyError::NotAuthorized)
        }
    }

    // ---- Reads ----

    /// Waiting bids, cheapest first.
    pub fn bids(&self) -> Vec<Bid> {
        self.bids.get().unwrap_or_default()
    }

    /// The current candidates' accounts, in selection order.
    pub fn candidate_accounts(&self) -> Vec<AccountId> {
        self.candidates.get().unwrap_or_default()
    }

    /// The bid of a candidate or suspended candidate.
    pub fn candidate_bid(&self, who: AccountId) -> Option<Bid> {
        self.candidate_bids.get(who)
    }

    /// The skeptics of the current candidates.
    pub fn skeptics(&self) -> Vec<AccountId> {
        self.skeptics.get().unwrap_or_default()
    }

    /// The votes cast on `candidate`: (voter, approve), in voting order.
    pub fn votes_on(&self, candidate: AccountId) -> Vec<(AccountId, bool)> {
        let count = self.voter_counts.get(candidate).unwrap_or(0);
        (0..count)
            .filter_map(|index| self.voters.get((candidate, index)))
            .filter_map(|voter| {
                self.votes
                    .get((candidate, voter))
                    .map(|approve| (voter, approve))
            })
            .collect()
    }

    /// The unpaid payouts of `who`, earliest first.
    pub fn payouts_of(&self, who: AccountId) -> Vec<Payout> {
        self.payouts.get(who).unwrap_or_default()
    }

    /// The strikes of `who`.
    pub fn strikes_of(&self, who: AccountId) -> u32 {
        self.strikes.get(who).unwrap_or(0)
    }

    /// The vouching status of `who`.
    pub fn vouching_of(&self, who: AccountId) -> Option<VouchingStatus> {
        self.vouching.get(who)
    }

    /// The Genesis seat `who` holds from the society.
    pub fn seat_of(&self, who: AccountId) -> Option<Id> {
        self.seats.get(who)
    }

    /// The rotation being resolved, if any.
    pub fn rotation_progress(&self) -> Option<RotationProgress> {
        self.rotation.get().flatten()
    }

    /// `who`'s vote on the defender this challenge round.
    pub fn defender_vote_of(&self, who: AccountId) -> Option<bool> {
        self.defender_votes.get((self.challenge_round, who))
    }

    // ---- Payouts ----

    /// Adds a payout of `amount` maturing at `maturity` to `who`'s list (kept sorted by
    /// maturity). A full list merges it into its last payout, maturing at the later of
    /// the two blocks, so nothing is lost.
    pub(crate) fn bump_payout(
        &mut self,
        who: AccountId,
        maturity: BlockNumber,
        amount: Balance,
    ) -> Result<()> {
        if amount == 0 {
            return Ok(());
        }
        let mut payouts = self.payouts_of(who);
        let full = payouts.len() >= self.parameters.max_payouts as usize;
        match payouts.last_mut() {
            Some(last) if full => {
                last.amount = last
                    .amount
                    .checked_add(amount)
                    .ok_or(SocietyError::Overflow)?;
                last.matures_at = last.matures_at.max(maturity);
            }
            _ => {
                let at = payouts.partition_point(|p| p.matures_at <= maturity);
                payouts.insert(
                    at,
                    Payout {
                        matures_at: maturity,
                        amount,
                    },
                );
            }
        }
        self.treasury.payouts = self
            .treasury
            .payouts
            .checked_add(amount)
            .ok_or(SocietyError::Overflow)?;
        self.payouts.insert(who, &payouts);
        Ok(())
    }

    /// Takes up to `amount` from `who`'s unpaid payouts, earliest first, and returns what
    /// was taken. The taken sum leaves the payouts total.
    pub(crate) fn slash_payouts(&mut self, who: AccountId, amount: Balance) -> Balance {
        let mut payouts = self.payouts_of(who);
        let mut rest = amount;
        let mut dropped: usize = 0;
        for payout in payouts.iter_mut() {
            if rest >= payout.amount {
                rest = rest.saturating_sub(payout.amount);
                dropped = dropped.saturating_add(1);
            } else {
                payout.amount = payout.amount.saturating_sub(rest);
                rest = 0;
                break;
            }
        }
        let taken = amount.saturating_sub(rest);
        if taken > 0 {
            payouts.drain(..dropped);
            self.store_payouts(who, &payouts);
            self.treasury.payouts = self.treasury.payouts.saturating_sub(taken);
        }
        taken
    }

    /// Removes all of `who`'s unpaid payouts; their sum becomes unaccounted balance.
    pub(crate) fn forfeit_payouts(&mut self, who: AccountId) -> Balance {
        let total = self
            .payouts
            .take(who)
            .unwrap_or_default()
            .iter()
            .fold(0, |sum: Balance, payout| sum.saturating_add(payout.amount));
        self.treasury.payouts = self.treasury.payouts.saturating_sub(total);
        total
    }

    /// Stores `payouts` for `who`, removing the entry when empty.
    pub(crate) fn store_payouts(&mut self, who: AccountId, payouts: &Vec<Payout>) {
        if payouts.is_empty() {
            self.payouts.remove(who);
        } else {
            self.payouts.insert(who, payouts);
        }
    }

    /// Pays a bid's value to a new member: a deposit bid gets its deposit back now; a
    /// vouched bid pays the voucher's tip first (if it still vouches), then the rest.
    /// Both payouts mature at `maturity`. The value must already be out of the pot.
    pub(crate) fn pay_admitted(
        &mut self,
        host: &mut impl Host,
        bid: &Bid,
        maturity: BlockNumber,
    ) -> Result<()> {
        let mut value = bid.value;
        match bid.kind {
            BidKind::Deposit(deposit) => {
                self.treasury.deposits = self.treasury.deposits.saturating_sub(deposit);
                host.pay(bid.who, deposit)?;
            }
            BidKind::Vouch { voucher, tip } => {
                if self.vouching.get(voucher) == Some(VouchingStatus::Vouching) {
                    self.vouching.remove(voucher);
                    let tip = tip.min(value);
                    self.bump_payout(voucher, maturity, tip)?;
                    value = value.saturating_sub(tip);
                }
            }
        }
        self.bump_payout(bid.who, maturity, value)
    }
}

/// Maps an operator-role refusal to the society's error.
pub(crate) fn role_error(error: RoleError) -> SocietyError {
    match error {
        RoleError::NotOperator => SocietyError::NotAuthorized,
        RoleError::NoPendingOperator => SocietyError::NoPendingOperator,
    }
}
