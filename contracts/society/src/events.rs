//! Events of the society, one per state change (inductions and suspensions included).
//! Topics go on accounts, never on amounts.

use ink::{env::DefaultEnvironment, prelude::vec::Vec, primitives::AccountId};
use interfaces::{Balance, Id, SeatCategory};

use crate::state::{BlockNumber, Judgement};

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

/// A member voted on the losing side (or was a lazy skeptic): payouts slashed, one strike more.
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
    /// The payer (the registry for sales).
    #[ink(topic)]
    pub from: AccountId,
    /// How much.
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

/// Every event the society's rules can produce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// See [`Founded`].
    Founded(Founded),
    /// See [`Unfounded`].
    Unfounded(Unfounded),
    /// See [`BidPlaced`].
    BidPlaced(BidPlaced),
    /// See [`Vouched`].
    Vouched(Vouched),
    /// See [`Unbid`].
    Unbid(Unbid),
    /// See [`Unvouched`].
    Unvouched(Unvouched),
    /// See [`AutoUnbid`].
    AutoUnbid(AutoUnbid),
    /// See [`Voted`].
    Voted(Voted),
    /// See [`DefenderVoted`].
    DefenderVoted(DefenderVoted),
    /// See [`Struck`].
    Struck(Struck),
    /// See [`CandidateSuspended`].
    CandidateSuspended(CandidateSuspended),
    /// See [`Inducted`].
    Inducted(Inducted),
    /// See [`MemberSuspended`].
    MemberSuspended(MemberSuspended),
    /// See [`RotationStepped`].
    RotationStepped(RotationStepped),
    /// See [`RotationCompleted`].
    RotationCompleted(RotationCompleted),
    /// See [`Challenged`].
    Challenged(Challenged),
    /// See [`DefenderJudged`].
    DefenderJudged(DefenderJudged),
    /// See [`SuspendedMemberJudged`].
    SuspendedMemberJudged(SuspendedMemberJudged),
    /// See [`SuspendedCandidateJudged`].
    SuspendedCandidateJudged(SuspendedCandidateJudged),
    /// See [`PaidOut`].
    PaidOut(PaidOut),
    /// See [`PotFunded`].
    PotFunded(PotFunded),
    /// See [`MaxMembersChanged`].
    MaxMembersChanged(MaxMembersChanged),
    /// See [`JudgeChanged`].
    JudgeChanged(JudgeChanged),
    /// See [`OperatorTransferStarted`].
    OperatorTransferStarted(OperatorTransferStarted),
    /// See [`OperatorChanged`].
    OperatorChanged(OperatorChanged),
    /// See [`CodeUpgraded`].
    CodeUpgraded(CodeUpgraded),
}

impl Event {
    /// Emits the event on chain.
    pub fn emit(self) {
        match self {
            Event::Founded(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::Unfounded(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::BidPlaced(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::Vouched(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::Unbid(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::Unvouched(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::AutoUnbid(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::Voted(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::DefenderVoted(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::Struck(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::CandidateSuspended(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::Inducted(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::MemberSuspended(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::RotationStepped(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::RotationCompleted(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::Challenged(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::DefenderJudged(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::SuspendedMemberJudged(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::SuspendedCandidateJudged(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::PaidOut(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::PotFunded(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::MaxMembersChanged(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::JudgeChanged(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::OperatorTransferStarted(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::OperatorChanged(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
            Event::CodeUpgraded(e) => ink::env::emit_event::<DefaultEnvironment, _>(e),
        }
    }
}
