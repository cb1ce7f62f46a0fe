//! Events of the rewards contract, one per state change. Topics go on accounts and ids,
//! never on amounts.

use ink::{
    prelude::vec::Vec,
    primitives::{AccountId, Hash},
};
use interfaces::{Balance, BlockNumber, ListingDecision, PollId, SeriesId};

use crate::storage::{ContributionKind, GovernanceParameters, PollKind, RewardsParameters};

pub use interfaces::{CodeUpgraded, OperatorChanged, OperatorTransferStarted, Swept};

/// A poll was created (by a seat holder) or opened (by the registry, for a listing).
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollCreated {
    /// The poll.
    #[ink(topic)]
    pub poll: PollId,
    /// Its creator (the registry for a listing poll).
    #[ink(topic)]
    pub creator: AccountId,
    /// General or listing poll.
    pub kind: PollKind,
    /// Its reward budget, taken from the pool.
    pub budget: Balance,
    /// The block its voting ends.
    pub end: BlockNumber,
}

/// Someone added to a poll's budget.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollFunded {
    /// The poll.
    #[ink(topic)]
    pub poll: PollId,
    /// Who paid.
    #[ink(topic)]
    pub from: AccountId,
    /// How much.
    pub amount: Balance,
}

/// A seat holder voted with some of its seats.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voted {
    /// The poll.
    #[ink(topic)]
    pub poll: PollId,
    /// The voter.
    #[ink(topic)]
    pub voter: AccountId,
    /// Seats it voted with.
    pub seats: u32,
    /// Its answers, one option index per question.
    pub answers: Vec<u8>,
}

/// A poll was finalized.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollFinalized {
    /// The poll.
    #[ink(topic)]
    pub poll: PollId,
    /// The winning option of each question.
    pub winners: Vec<u8>,
    /// Seats that took part.
    pub participating_seats: u32,
    /// What each of them may claim.
    pub reward_per_seat: Balance,
    /// What went back to the pool.
    pub returned: Balance,
}

/// A listing poll's decision was sent to the registry.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingDecided {
    /// The poll.
    #[ink(topic)]
    pub poll: PollId,
    /// The series.
    #[ink(topic)]
    pub series: SeriesId,
    /// The decision.
    pub decision: ListingDecision,
    /// Whether the registry accepted it.
    pub applied: bool,
}

/// A seat holder claimed its reward from a poll.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RewardClaimed {
    /// The poll.
    #[ink(topic)]
    pub poll: PollId,
    /// The holder.
    #[ink(topic)]
    pub account: AccountId,
    /// The amount paid.
    pub amount: Balance,
}

/// Revenue reached the undistributed pool.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueDeposited {
    /// Who paid (the registry, for sale revenue).
    #[ink(topic)]
    pub from: AccountId,
    /// How much.
    pub amount: Balance,
}

/// The rewards share of the sales, credited in the registry, was collected into the pool.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueCollected {
    /// Who asked for it.
    #[ink(topic)]
    pub by: AccountId,
    /// How much joined the pool.
    pub amount: Balance,
}

/// The operator changed the parameters.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParametersChanged {
    /// The new parameters.
    pub parameters: RewardsParameters,
}

/// A seat holder opened a proposal; its poll has the same id.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalCreated {
    /// The proposal (and its poll).
    #[ink(topic)]
    pub id: PollId,
    /// Who proposed it and paid its deposit.
    #[ink(topic)]
    pub proposer: AccountId,
    /// How many actions it carries.
    pub actions: u32,
    /// Whether it needs the supermajority and the longer timelock.
    pub critical: bool,
}

/// A proposal changed state by a call: canceled, queued, executed or vetoed.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalStateChanged {
    /// The proposal.
    #[ink(topic)]
    pub id: PollId,
    /// Its new state.
    pub state: crate::storage::ProposalState,
    /// Once queued: the first block it may be executed in.
    pub eta: Option<BlockNumber>,
}

/// A decided proposal's deposit went back to its proposer or to the pool.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepositSettled {
    /// The proposal.
    #[ink(topic)]
    pub id: PollId,
    /// Returned to the proposer (`true`) or forfeited to the pool.
    pub returned: bool,
    /// The deposit.
    pub amount: Balance,
}

/// The guardian changed, or (`None`) renounced or was retired.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardianChanged {
    /// The new guardian.
    pub guardian: Option<AccountId>,
}

/// Governance paid an account from the pool for approved work.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spent {
    /// Who was paid.
    #[ink(topic)]
    pub to: AccountId,
    /// How much.
    pub amount: Balance,
    /// The hash of the evidence of the work.
    pub evidence: Hash,
}

/// Governance recorded a contribution.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionRecorded {
    /// Whose contribution.
    #[ink(topic)]
    pub account: AccountId,
    /// What kind of work.
    pub kind: ContributionKind,
    /// Its weight.
    pub weight: u32,
    /// The hash of the evidence.
    pub evidence: Hash,
}

/// Governance changed its own parameters.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GovernanceParametersChanged {
    /// The new parameters.
    pub parameters: GovernanceParameters,
}

/// Governance revoked a seat for abuse (through the society for a society seat).
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatRevocationExecuted {
    /// The seat.
    pub seat: interfaces::Id,
    /// The hash of the reasons.
    pub reason: Hash,
}
