//! The society's parameters (as the society and the governance that may change them
//! share them): their ranges, the documented defaults and the limits that bound the work
//! of one call; and the judge's verdict on a suspended candidate.

use crate::{Balance, BlockNumber, SocietyError};

/// The society's constructor parameters. Periods are in blocks; amounts in native units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct SocietyParameters {
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
    /// The last blocks of a rotation period and of a challenge round, in which voting is
    /// closed and voters reveal the secrets they committed to (at least 1, less than
    /// both periods).
    pub reveal_period: BlockNumber,
    /// Lock of a payout when the society is very large; see `lock_duration`.
    pub max_lock_duration: BlockNumber,
    /// Most bids waiting at once (1 to 256).
    pub max_bids: u32,
    /// Most members voting on one candidate (1 to 256).
    pub max_voters: u32,
    /// Most unpaid payouts per member (1 to 64); more are merged into the last one.
    pub max_payouts: u32,
    /// Highest `max_members` the operator may set (2 to 10,000).
    pub member_limit: u32,
    /// The work one `rotate` call may do, in ballot steps (1 to 4,096): checking a
    /// skeptic, collecting a cast vote, deciding a candidate, settling one of its ballots
    /// and closing it (admission or suspension) are one step each. A candidate with more
    /// votes than the budget is resolved over several calls. Choose it from the bench:
    /// 8 keeps every call of a rotation at its caps within a quarter of a 5 MiB PoV.
    pub step_budget: u32,
}

/// At most this many bids become candidates per rotation (the pallet's growth rate).
pub const MAX_INTAKE: u32 = 10;
/// The largest `max_voters` a society may be built with: a candidate's ballots (its
/// voters and at most 100 skeptics) wait in one storage cell while it is resolved.
pub const MAX_VOTERS_LIMIT: u32 = 256;
/// The largest `step_budget` a society may be built with.
pub const MAX_STEP_BUDGET: u32 = 4_096;
/// The largest `max_bids` a society may be built with.
pub const MAX_BIDS_LIMIT: u32 = 256;
/// The largest `max_payouts` a society may be built with.
pub const MAX_PAYOUTS_LIMIT: u32 = 64;
/// The largest `member_limit` a society may be built with.
pub const MEMBER_LIMIT_CAP: u32 = 10_000;

impl SocietyParameters {
    /// The documented defaults, at 6-second blocks: deposit 1 UNIT (10^12), deduction
    /// 0.2 UNIT, 10 strikes, period spend 50 UNIT, rotation every 48,000 blocks (80
    /// hours), a challenge every 100,800 blocks (7 days), secrets revealed in the last
    /// 4,800 blocks (8 hours) of each, maximum lock 518,400 blocks (36 × 30 days), 64
    /// bids, 64 voters per candidate, 16 payouts per member, up to 1,000 members, 8
    /// ballot steps per `rotate` call.
    pub const fn defaults() -> Self {
        Self {
            candidate_deposit: 1_000_000_000_000,
            wrong_side_deduction: 200_000_000_000,
            max_strikes: 10,
            period_spend: 50_000_000_000_000,
            rotation_period: 48_000,
            challenge_period: 100_800,
            reveal_period: 4_800,
            max_lock_duration: 518_400,
            max_bids: 64,
            max_voters: 64,
            max_payouts: 16,
            member_limit: 1_000,
            step_budget: 8,
        }
    }

    /// Checks every parameter's range.
    pub fn validate(&self) -> Result<(), SocietyError> {
        let reveal_fits = self.reveal_period > 0
            && self.reveal_period < self.rotation_period
            && self.reveal_period < self.challenge_period;
        let valid = self.max_strikes > 0
            && self.rotation_period > 0
            && self.challenge_period > 0
            && reveal_fits
            && (1..=MAX_BIDS_LIMIT).contains(&self.max_bids)
            && (1..=MAX_VOTERS_LIMIT).contains(&self.max_voters)
            && (1..=MAX_PAYOUTS_LIMIT).contains(&self.max_payouts)
            && (2..=MEMBER_LIMIT_CAP).contains(&self.member_limit)
            && (1..=MAX_STEP_BUDGET).contains(&self.step_budget);
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

/// The judge's verdict on a suspended candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum Judgement {
    /// Admit the candidate (the pot pays its bid).
    Approve,
    /// Turn it away: its deposit goes to the pot, or its voucher is banned.
    Reject,
    /// Put its bid back among the bids.
    Rebid,
}
