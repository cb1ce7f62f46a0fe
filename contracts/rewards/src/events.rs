//! Events of the rewards contract, one per state change. Topics go on accounts and ids,
//! never on amounts.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{Balance, BlockNumber, ListingDecision, PollId, SeriesId};

use crate::storage::{PollKind, RewardsParameters};

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

/// The operator changed the parameters.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParametersChanged {
    /// The new parameters.
    pub parameters: RewardsParameters,
}
