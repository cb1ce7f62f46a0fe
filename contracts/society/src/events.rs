//! Events of the society, one per state change (inductions and suspensions included).
//! Topics go on accounts, never on amounts.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{Balance, BlockNumber, Id, SeatCategory};

use crate::storage::{DrawKind, Judgement, SocietyParameters};

pub use interfaces::{CodeUpgraded, OperatorChanged, OperatorTransferStarted};

/// The society was founded.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Founded {
    /// The founder, first member and head.
    #[ink(topic)]
    pub founder: AccountId,
    /// Most members admitted by rotations.
    pub max_members: u32,
    /// BLAKE2-256 of the rules.
    pub rules_hash: [u8; 32],
    /// The founder's Genesis seat (D).
    pub seat: Id,
}

/// The founder dissolved the society.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfounded {
    /// The former founder.
    #[ink(topic)]
    pub founder: AccountId,
}

/// An account bid to join, paying the candidate deposit.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidPlaced {
    /// The bidder.
    #[ink(topic)]
    pub who: AccountId,
    /// The payout it asks for.
    pub value: Balance,
    /// The seat category it asks for.
    pub category: SeatCategory,
}

/// A member vouched for an account, which now has a bid.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vouched {
    /// The vouching member.
    #[ink(topic)]
    pub voucher: AccountId,
    /// The account vouched for.
    #[ink(topic)]
    pub who: AccountId,
    /// The payout asked for.
    pub value: Balance,
    /// The voucher's tip out of the payout.
    pub tip: Balance,
    /// The seat category asked for.
    pub category: SeatCategory,
}

/// A bidder withdrew its bid and got its deposit back.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unbid {
    /// The former bidder.
    #[ink(topic)]
    pub who: AccountId,
}

/// A vouched bid was withdrawn (by its voucher, or because the voucher was removed).
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unvouched {
    /// The former voucher.
    #[ink(topic)]
    pub voucher: AccountId,
    /// The former bidder.
    #[ink(topic)]
    pub who: AccountId,
}

/// The bid book was full: its most expensive bid was dropped, its deposit returned.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutoUnbid {
    /// The dropped bidder.
    #[ink(topic)]
    pub who: AccountId,
}

/// A member voted on a candidate (replacing any earlier vote).
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voted {
    /// The candidate.
    #[ink(topic)]
    pub candidate: AccountId,
    /// The member.
    #[ink(topic)]
    pub voter: AccountId,
    /// Approve or reject.
    pub approve: bool,
}

/// A member voted on the defender (replacing any earlier vote).
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefenderVoted {
    /// The member.
    #[ink(topic)]
    pub voter: AccountId,
    /// Keep or suspend.
    pub approve: bool,
}

/// A member voted on the losing side, was a lazy skeptic or withheld a committed secret:
/// payouts slashed, one strike more.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Struck {
    /// The member.
    #[ink(topic)]
    pub who: AccountId,
    /// Taken from its unpaid payouts.
    pub slashed: Balance,
    /// Its strikes now.
    pub strikes: u32,
}

/// A candidate lost its vote and waits for the judge; its seat reservation was released.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateSuspended {
    /// The suspended candidate.
    #[ink(topic)]
    pub who: AccountId,
}

/// Candidates won their votes and became members; `head` is the new head.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inducted {
    /// The new head.
    #[ink(topic)]
    pub head: AccountId,
    /// The new members.
    pub members: Vec<AccountId>,
}

/// A member was suspended (strikes or a lost challenge).
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberSuspended {
    /// The suspended member.
    #[ink(topic)]
    pub who: AccountId,
}

/// A rotation step resolved some candidates; call `rotate` again to go on.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RotationStepped {
    /// Candidates resolved by this step.
    pub resolved: u32,
    /// Candidates still to resolve.
    pub remaining: u32,
}

/// A rotation finished: slashed sum paid, pot grown, new candidates and skeptics chosen.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RotationCompleted {
    /// The right-side voter given the slashed sum.
    pub rewardee: Option<AccountId>,
    /// The slashed sum.
    pub slashed: Balance,
    /// The pot after growth and selection.
    pub pot: Balance,
    /// The new candidates.
    pub candidates: Vec<AccountId>,
    /// The new skeptics.
    pub skeptics: Vec<AccountId>,
    /// The block the next rotation may start.
    pub next_rotation: BlockNumber,
}

/// A member was picked to defend its membership.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenged {
    /// The defender.
    #[ink(topic)]
    pub defender: AccountId,
}

/// The challenge round ended.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefenderJudged {
    /// The defender.
    #[ink(topic)]
    pub defender: AccountId,
    /// Votes to keep it.
    pub approvals: u32,
    /// Votes to suspend it.
    pub rejections: u32,
    /// Whether it stays a member.
    pub kept: bool,
}

/// The judge restored or removed a suspended member.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuspendedMemberJudged {
    /// The member.
    #[ink(topic)]
    pub who: AccountId,
    /// Restored (`true`) or removed, payouts forfeited and seat revoked (`false`).
    pub forgive: bool,
}

/// The judge decided on a suspended candidate.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuspendedCandidateJudged {
    /// The candidate.
    #[ink(topic)]
    pub who: AccountId,
    /// Approve, Reject or Rebid.
    pub judgement: Judgement,
}

/// A member claimed a matured payout.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaidOut {
    /// The member.
    #[ink(topic)]
    pub who: AccountId,
    /// Native units paid.
    pub amount: Balance,
}

/// Native units were added to the pot.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PotFunded {
    /// The payer.
    #[ink(topic)]
    pub from: AccountId,
    /// How much.
    pub amount: Balance,
}

/// The society share of the sales, credited in the registry, was collected into the pot.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueCollected {
    /// Who asked for it.
    #[ink(topic)]
    pub by: AccountId,
    /// How much joined the pot.
    pub amount: Balance,
}

/// The operator changed the most members rotations admit.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MaxMembersChanged {
    /// The new maximum.
    pub max_members: u32,
}

/// The operator named a new judge.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JudgeChanged {
    /// The new judge.
    #[ink(topic)]
    pub judge: AccountId,
}

/// A voter revealed the secret it committed to: it is now part of the round's seed.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretRevealed {
    /// The voter.
    #[ink(topic)]
    pub who: AccountId,
    /// A rotation's or a challenge's round.
    pub kind: DrawKind,
    /// The round's number.
    pub round: u32,
}

/// A voter did not reveal its committed secret in time: struck and slashed.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitmentForfeited {
    /// The voter.
    #[ink(topic)]
    pub who: AccountId,
    /// A rotation's or a challenge's round.
    pub kind: DrawKind,
    /// The round's number.
    pub round: u32,
    /// Taken from its unpaid payouts.
    pub slashed: Balance,
}

/// The operator replaced the parameters.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParametersChanged {
    /// The new parameters.
    pub parameters: SocietyParameters,
}

/// The operator expelled a member for abuse: its payouts forfeited, its seat revoked.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberExpelled {
    /// The former member.
    #[ink(topic)]
    pub who: AccountId,
}
