//! The rewards contract's state and the types stored in it. The logic lives in
//! `polls.rs` (creating, voting, finalizing) and `budget.rs` (the revenue pool, poll
//! budgets and claims) as methods on [`RewardsState`]; they take the caller, the block
//! and any payment as arguments, reach the registry only through closures the shell
//! passes in, and return the events to emit.

use ink::{
    prelude::{string::String, vec::Vec},
    primitives::AccountId,
    storage::Mapping,
};
use interfaces::{
    Balance, BasisPoints, Id, ListingDecision, OperatorRole, PollId, RewardsError, SeriesId,
    BPS_DENOMINATOR,
};

use crate::events::{Event, ParametersChanged};

/// Result of the rewards contract's messages.
pub type Result<T> = core::result::Result<T, RewardsError>;
/// Block numbers, as in ink!'s default environment.
pub type BlockNumber = u32;

/// Most questions in a poll.
pub const MAX_QUESTIONS: usize = 8;
/// Most options in a choice.
pub const MAX_OPTIONS: usize = 16;
/// Fewest options in a choice of a poll created by a seat holder.
pub const MIN_OPTIONS: usize = 2;
/// Longest title or text option (bytes).
pub const MAX_TEXT_LEN: usize = 256;
/// Most seats one vote may name.
pub const MAX_SEATS_PER_VOTE: usize = 16;
/// Most polls one `claim_all` may name.
pub const MAX_CLAIMS: usize = 16;

/// What a choice question decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum Topic {
    /// An issue price; options are `Amount`s.
    Price,
    /// An issue quantity; options are `Count`s.
    Quantity,
    /// A start time (Unix ms); options are `Time`s.
    StartTime,
    /// A content URI; options are `Text`s.
    Content,
    /// Anything else; options are `Text`s.
    FreeText,
}

/// One option of a choice.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum OptionValue {
    /// A price in native units.
    Amount(Balance),
    /// A quantity.
    Count(u32),
    /// A time (Unix ms).
    Time(u64),
    /// A text or URI.
    Text(String),
}

impl Topic {
    /// Whether `value` is of the kind this topic's options take.
    pub fn accepts(self, value: &OptionValue) -> bool {
        matches!(
            (self, value),
            (Topic::Price, OptionValue::Amount(_))
                | (Topic::Quantity, OptionValue::Count(_))
                | (Topic::StartTime, OptionValue::Time(_))
                | (Topic::Content | Topic::FreeText, OptionValue::Text(_))
        )
    }
}

/// A question of a poll. An `Approve` question is answered 0 (approve) or 1 (reject).
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum Question {
    /// Approve (answer 0) or reject (answer 1).
    Approve,
    /// Pick one of the options (answer = its index).
    Choice {
        /// What the choice decides.
        topic: Topic,
        /// The options.
        options: Vec<OptionValue>,
    },
}

impl Question {
    /// Number of possible answers.
    pub fn option_count(&self) -> usize {
        match self {
            Question::Approve => 2,
            Question::Choice { options, .. } => options.len(),
        }
    }
}

/// Whether a poll is a seat holder's own or a series' listing poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum PollKind {
    /// Created by a seat holder; decides nothing on chain.
    General,
    /// Opened by the registry; its result lists or rejects the series.
    Listing(SeriesId),
}

/// The result of a finalized poll.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Outcome {
    /// The winning option of each question (ties go to the lowest index).
    pub winners: Vec<u8>,
    /// What each participating seat may claim.
    pub reward_per_seat: Balance,
    /// What went back to the pool: rounding dust, or the whole budget of an empty poll.
    pub returned: Balance,
}

/// A poll.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Poll {
    /// General or listing poll.
    pub kind: PollKind,
    /// Who created it (the registry, for a listing poll).
    pub creator: AccountId,
    /// Its title.
    pub title: String,
    /// Its questions.
    pub questions: Vec<Question>,
    /// First block votes are taken.
    pub start: BlockNumber,
    /// First block votes are no longer taken; finalize from here on.
    pub end: BlockNumber,
    /// The reward budget, shared equally per participating seat.
    pub budget: Balance,
    /// Seats that answered every question.
    pub participating_seats: u32,
    /// The result, once finalized.
    pub outcome: Option<Outcome>,
}

/// What an account has done for the alliance, as the operator reads it when granting
/// team-reserve (D) seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Contribution {
    /// Polls it voted in.
    pub polls_voted: u32,
    /// Polls it created.
    pub polls_created: u32,
    /// Rewards it claimed, in native units.
    pub rewards_claimed: Balance,
    /// The last block it voted, created or claimed in.
    pub last_active: BlockNumber,
}

/// The operator's parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Parameters {
    /// Share of the undistributed pool a new poll takes as its budget.
    pub poll_share_bps: BasisPoints,
    /// Share of issued seats that must take part for a listing decision to apply.
    pub quorum_bps: BasisPoints,
    /// Shortest poll a seat holder may create (blocks).
    pub min_duration: BlockNumber,
    /// Longest poll a seat holder may create (blocks).
    pub max_duration: BlockNumber,
    /// Duration of a listing poll (blocks).
    pub listing_duration: BlockNumber,
}

impl Parameters {
    /// Checks the ranges: shares at most 10,000 bps, 1 ≤ min ≤ max, listing duration ≥ 1.
    pub fn validate(&self) -> Result<()> {
        let shares_fit =
            self.poll_share_bps <= BPS_DENOMINATOR && self.quorum_bps <= BPS_DENOMINATOR;
        let durations_fit = self.min_duration >= 1
            && self.min_duration <= self.max_duration
            && self.listing_duration >= 1;
        if shares_fit && durations_fit {
            Ok(())
        } else {
            Err(RewardsError::BadParameter)
        }
    }
}

/// A tally's key: (poll, question index, option index).
pub type TallyKey = (PollId, u8, u8);

/// All the rewards contract's state.
#[ink::storage_item]
#[cfg_attr(feature = "std", derive(Debug))]
pub struct RewardsState {
    /// The operator key: parameters and upgrades.
    pub role: OperatorRole,
    /// The registry: seats, listing decisions, revenue.
    pub registry: AccountId,
    /// The operator's parameters.
    pub parameters: Parameters,
    /// Revenue not yet given to any poll.
    pub(crate) pool: Balance,
    /// Budgets of polls not yet claimed or returned: with `pool`, what the balance covers.
    pub(crate) committed: Balance,
    /// Polls by id.
    pub(crate) polls: Mapping<PollId, Poll>,
    /// Number of polls; ids run from 0.
    pub(crate) poll_count: PollId,
    /// Seats per (poll, question, option).
    pub(crate) tallies: Mapping<TallyKey, u32>,
    /// (poll, seat) pairs that voted.
    pub(crate) seat_votes: Mapping<(PollId, Id), ()>,
    /// Seats each account voted with in each poll.
    pub(crate) voter_seats: Mapping<(PollId, AccountId), u32>,
    /// (poll, account) pairs that claimed.
    pub(crate) claims: Mapping<(PollId, AccountId), ()>,
    /// Contribution records.
    pub(crate) contributions: Mapping<AccountId, Contribution>,
}

impl RewardsState {
    /// A fresh rewards contract operated by `operator`, reading seats from `registry`.
    pub fn new(operator: AccountId, registry: AccountId, parameters: Parameters) -> Result<Self> {
        parameters.validate()?;
        Ok(Self {
            role: OperatorRole::new(operator),
            registry,
            parameters,
            pool: 0,
            committed: 0,
            polls: Mapping::default(),
            poll_count: 0,
            tallies: Mapping::default(),
            seat_votes: Mapping::default(),
            voter_seats: Mapping::default(),
            claims: Mapping::default(),
            contributions: Mapping::default(),
        })
    }

    /// Fails with `NotAuthorized` unless `caller` is the operator.
    pub fn ensure_operator(&self, caller: AccountId) -> Result<()> {
        self.role
            .ensure(caller)
            .map_err(|_| RewardsError::NotAuthorized)
    }

    /// Operator only: replaces the parameters.
    pub fn set_parameters(
        &mut self,
        caller: AccountId,
        parameters: Parameters,
    ) -> Result<Vec<Event>> {
        self.ensure_operator(caller)?;
        parameters.validate()?;
        self.parameters = parameters;
        Ok(ink::prelude::vec![Event::ParametersChanged(
            ParametersChanged { parameters }
        )])
    }

    /// Operator only: offers the operator role to `to`, who must accept it.
    pub fn transfer_operator(&mut self, caller: AccountId, to: AccountId) -> Result<Vec<Event>> {
        let started = self
            .role
            .offer(caller, to)
            .map_err(|_| RewardsError::NotAuthorized)?;
        Ok(ink::prelude::vec![Event::OperatorTransferStarted(started)])
    }

    /// The pending operator takes the role.
    pub fn accept_operator(&mut self, caller: AccountId) -> Result<Vec<Event>> {
        let changed = self
            .role
            .accept(caller)
            .map_err(|_| RewardsError::NoPendingOperator)?;
        Ok(ink::prelude::vec![Event::OperatorChanged(changed)])
    }

    /// The contribution record of `account`.
    pub fn contribution(&self, account: AccountId) -> Contribution {
        self.contributions.get(account).unwrap_or_default()
    }

    /// Updates the contribution record of `account` with `change`, stamping `now`.
    pub(crate) fn record(
        &mut self,
        account: AccountId,
        now: BlockNumber,
        change: impl FnOnce(&mut Contribution),
    ) {
        let mut record = self.contribution(account);
        change(&mut record);
        record.last_active = now;
        self.contributions.insert(account, &record);
    }

    /// The undistributed revenue pool.
    pub fn pool(&self) -> Balance {
        self.pool
    }

    /// The pool plus every budget not yet claimed or returned: the least the contract's
    /// balance must hold.
    pub fn liabilities(&self) -> Balance {
        self.pool.saturating_add(self.committed)
    }

    /// The poll `id`.
    pub fn poll(&self, id: PollId) -> Option<Poll> {
        self.polls.get(id)
    }

    /// Number of polls so far.
    pub fn poll_count(&self) -> PollId {
        self.poll_count
    }

    /// Seats counted for each option of each question of poll `id`.
    pub fn results(&self, id: PollId) -> Option<Vec<Vec<u32>>> {
        let poll = self.polls.get(id)?;
        Some(
            poll.questions
                .iter()
                .enumerate()
                .map(|(q, question)| {
                    (0..question.option_count())
                        .map(|o| self.tally(id, q, o))
                        .collect()
                })
                .collect(),
        )
    }

    /// Seats counted for option `option` of question `question` of poll `id`.
    pub(crate) fn tally(&self, id: PollId, question: usize, option: usize) -> u32 {
        match (u8::try_from(question), u8::try_from(option)) {
            (Ok(q), Ok(o)) => self.tallies.get((id, q, o)).unwrap_or(0),
            _ => 0,
        }
    }
}

/// The listing decision a finalized listing poll sends to the registry.
pub fn listing_decision(poll: &Poll, winners: &[u8], quorum_met: bool) -> Option<ListingDecision> {
    use interfaces::{ListingTerms, RejectionReason};
    if !quorum_met {
        return Some(ListingDecision::Reject(RejectionReason::NoQuorum));
    }
    if winners.first() != Some(&0) {
        return Some(ListingDecision::Reject(RejectionReason::VotedDown));
    }
    let winner = |question: usize| -> Option<&OptionValue> {
        match poll.questions.get(question)? {
            Question::Choice { options, .. } => options.get(usize::from(*winners.get(question)?)),
            Question::Approve => None,
        }
    };
    match (winner(1)?, winner(2)?, winner(3)?, winner(4)?) {
        (
            OptionValue::Amount(price),
            OptionValue::Count(editions),
            OptionValue::Time(sale_start),
            OptionValue::Text(content_uri),
        ) => Some(ListingDecision::List(ListingTerms {
            price: *price,
            editions: *editions,
            sale_start: *sale_start,
            content_uri: content_uri.clone(),
        })),
        _ => None,
    }
}
