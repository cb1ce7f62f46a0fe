//! The rewards contract's storage and the types stored in it or handed between its
//! rules: data only. The rules are in `questions.rs` (what a poll may ask), `polls.rs` (opening, voting, finalizing),
//! `listing.rs` (listing polls and their decisions), `budget.rs` (the pool, the period's
//! allocation, poll budgets and claims), `records.rs` (contribution records) and
//! `operator.rs` (parameters and the operator role).

use ink::{
    prelude::{string::String, vec::Vec},
    primitives::{AccountId, Hash},
    storage::Mapping,
};
use interfaces::{
    society::{Judgement, SocietyParameters},
    Balance, BasisPoints, BlockNumber, Id, ListingDecision, OperatorRole, PollId, RevenueSplit,
    RewardsError, SeatSnapshot, SeriesId, SeriesProposal,
};

/// Result of the rewards contract's messages and rules.
pub type Result<T> = core::result::Result<T, RewardsError>;

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
    /// A governance proposal of the same id: approve (answer 0) or reject its actions.
    Proposal,
}

/// The result of a finalized poll.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Outcome {
    /// The winning option of each question (ties go to the lowest index).
    pub winners: Vec<u8>,
    /// Whether enough seats took part: `quorum_bps` of the seats issued when the poll
    /// opened. Without it the whole budget went back to the pool (and a listing poll
    /// rejects its series).
    pub quorum_met: bool,
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
    /// Who opened it: the seat holder, or the proposer of a listing poll's series. It
    /// counts against their open polls until it is finalized.
    pub creator: AccountId,
    /// Its title.
    pub title: String,
    /// Its questions.
    pub questions: Vec<Question>,
    /// First block votes are taken.
    pub start: BlockNumber,
    /// First block votes are no longer taken; finalize from here on.
    pub end: BlockNumber,
    /// The reward budget, shared equally per participating seat if the quorum is met.
    pub budget: Balance,
    /// Seats issued when the poll opened: its quorum is a share of them.
    pub eligible_seats: u32,
    /// The quorum: the share of `eligible_seats` that must take part (the parameter as
    /// it stood when the poll opened).
    pub quorum_bps: BasisPoints,
    /// Seats numbered from here on were issued after the poll opened and never vote in it.
    pub seat_ceiling: u64,
    /// Seats that answered every question.
    pub participating_seats: u32,
    /// The result, once finalized.
    pub outcome: Option<Outcome>,
}

/// What an account has done for the alliance: counted by the contract, and recorded by
/// governance, which grants team-reserve (D) seats to accounts with a recorded
/// contribution.
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
    /// Contributions governance recorded.
    pub recorded: u32,
    /// Their weights added up.
    pub recorded_weight: u32,
    /// The last block it voted, created, claimed in or had a contribution recorded.
    pub last_active: BlockNumber,
}

/// The operator's parameters (ranges checked by `RewardsParameters::validate` in
/// `operator.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct RewardsParameters {
    /// Share of the current period's allocation a new poll takes as its budget (never
    /// more than what is left of the allocation).
    pub poll_share_bps: BasisPoints,
    /// Share of the seats issued when a poll opened that must take part for its budget
    /// to be paid and, for a listing poll, for its decision to list the series.
    pub quorum_bps: BasisPoints,
    /// Shortest poll a seat holder may create (blocks).
    pub min_duration: BlockNumber,
    /// Longest poll a seat holder may create (blocks).
    pub max_duration: BlockNumber,
    /// Duration of a listing poll (blocks).
    pub listing_duration: BlockNumber,
    /// Length of an allocation period (blocks).
    pub period_blocks: BlockNumber,
    /// Share of the pool, as it stood when a period began, that the budgets of all polls
    /// opened in the period may take together.
    pub period_share_bps: BasisPoints,
    /// Most polls one account may have open (not yet finalized) at once, listing polls
    /// of the series it proposed included.
    pub max_open_polls: u32,
}

/// The budget polls may draw on in one allocation period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct AllocationPeriod {
    /// Which period: the block divided by `period_blocks`.
    pub index: u32,
    /// `period_share_bps` of the pool as it stood when the period began.
    pub allocation: Balance,
    /// What the budgets of polls opened in the period took so far.
    pub taken: Balance,
}

/// What the seat holders' governance may do: one typed action per operator power of
/// the three contracts. A proposal carries up to [`crate::governance::MAX_ACTIONS`] of
/// them, executed in order and all or nothing. Actions on the registry and the society
/// are calls the rewards contract makes as their operator (or judge); actions on the
/// rewards contract apply directly (a call back into itself would be refused).
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum Action {
    /// Registry: registers (`true`) or unregisters (`false`) a creator.
    RegisterCreator(AccountId, bool),
    /// Registry: a member's recommendation of a creator, an IP holder or an AI program
    /// (the account and the hash of its description) registers the account as a creator.
    Recommend(Recommendation),
    /// Registry: grants a D seat to an account with a recorded contribution.
    GrantSeat(AccountId),
    /// Revokes a seat for abuse, with the hash of the reasons: the registry revokes it,
    /// or, for a seat the society granted, the society expels its member. Critical.
    RevokeSeat(Id, Hash),
    /// Registry: opens an issuance round allowing this many A seats in all.
    OpenIssuanceRound(u32),
    /// Registry: the most seats of one category one account may hold from now on.
    SetSeatsPerAccount(u32),
    /// Registry: the revenue split of sales from now on.
    SetRevenueSplit(RevenueSplit),
    /// Registry: pauses (`true`) or resumes (`false`) sales and airdrops.
    SetSalesPaused(bool),
    /// Registry: proposes an SSS series without a listing poll (any other needs one,
    /// which the creator opens).
    ProposeSeries(SeriesProposal),
    /// Registry: lists or rejects a proposed SSS series.
    DecideListing(SeriesId, ListingDecision),
    /// Registry: airdrops one edition of an item of a listed series to an account.
    Airdrop(SeriesId, u8, AccountId),
    /// Registry: closes a listed series.
    CloseSeries(SeriesId),
    /// Society: founds it with a founder, its maximum of members and its rules.
    Found(AccountId, u32, String),
    /// Society: replaces its parameters.
    SetSocietyParameters(SocietyParameters),
    /// Society: the most members rotations admit.
    SetMaxMembers(u32),
    /// Society: names the judge of suspended members and candidates.
    SetJudge(AccountId),
    /// Society: restores (`true`) or removes (`false`) a suspended member (governance
    /// must be the judge).
    JudgeMember(AccountId, bool),
    /// Society: passes a verdict on a suspended candidate (governance must be the judge).
    JudgeCandidate(AccountId, Judgement),
    /// Rewards: pays an account from the pool for approved work, with the hash of the
    /// evidence.
    Spend(AccountId, Balance, Hash),
    /// Rewards: records a contribution of an account: its kind, weight and evidence.
    RecordContribution(AccountId, ContributionKind, u32, Hash),
    /// Rewards: the parameters of polls and budgets.
    SetRewardsParameters(RewardsParameters),
    /// Rewards: the parameters of governance. Critical.
    SetGovernanceParameters(GovernanceParameters),
    /// Rewards: replaces (or, with `None`, retires) the guardian.
    SetGuardian(Option<AccountId>),
    /// Any contract: sends an account the balance nobody is owed.
    Sweep(Contract, AccountId),
    /// Any contract: offers its operator role to an account (a new governance). Critical.
    TransferOperator(Contract, AccountId),
    /// Any contract: takes the operator role the contract offered to governance.
    AcceptOperator(Contract),
    /// Any contract: replaces its code with an uploaded code hash. Critical.
    SetCode(Contract, Hash),
}

/// What kind of work a recorded contribution was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum ContributionKind {
    /// Creating collectibles or content.
    Creation,
    /// Bringing in creators, IP holders or AI programs.
    Recommendation,
    /// Reviewing, judging or moderating.
    Review,
    /// Building code or AI programs for the alliance.
    Development,
    /// Promoting the alliance.
    Promotion,
}

/// One of the three contracts of the suite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum Contract {
    /// The registry.
    Registry,
    /// The society.
    Society,
    /// The rewards contract itself.
    Rewards,
}

/// What a member recommends to the alliance.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Recommendation {
    /// A creator, an IP holder or an AI program.
    pub kind: RecommendationKind,
    /// The account registered when the recommendation passes.
    pub account: AccountId,
    /// The hash of the description the recommender published.
    pub description: Hash,
}

/// Who or what a recommendation names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum RecommendationKind {
    /// A creator of collectibles.
    Creator,
    /// A holder of intellectual property (an IP institution).
    IpHolder,
    /// An AI program that creates.
    AiProgram,
}

/// Where a proposal is in its life: Pending → Active → Canceled | Defeated | Succeeded →
/// Queued → Executed | Expired | Vetoed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum ProposalState {
    /// Opened; voting has not started (the voting delay).
    Pending,
    /// Voting.
    Active,
    /// Canceled by its proposer before voting started.
    Canceled,
    /// Voting ended without the quorum or the approval it needs.
    Defeated,
    /// Voting ended with both; it may be queued.
    Succeeded,
    /// Queued: executable by anyone from its `eta` until it expires.
    Queued,
    /// Executed, once.
    Executed,
    /// Queued but not executed before its grace period ended.
    Expired,
    /// Vetoed by the guardian before its timelock ended.
    Vetoed,
}

/// The parameters of governance (ranges checked by `GovernanceParameters::validate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct GovernanceParameters {
    /// Seats a proposer must hold (at least 1).
    pub proposal_seats: u32,
    /// Deposit paid with a proposal: returned once it is decided with the quorum,
    /// forfeited to the pool if it misses the quorum or is vetoed.
    pub proposal_deposit: Balance,
    /// Blocks between opening and the start of voting.
    pub voting_delay: BlockNumber,
    /// Blocks voting lasts.
    pub voting_period: BlockNumber,
    /// Share of the voting seats that must approve an ordinary proposal (more than).
    pub approval_bps: BasisPoints,
    /// Share that must approve a proposal with a critical action (code, revocations).
    pub critical_approval_bps: BasisPoints,
    /// Blocks between queueing and the earliest execution.
    pub timelock: BlockNumber,
    /// The timelock of a proposal with a critical action.
    pub critical_timelock: BlockNumber,
    /// Blocks after the earliest execution during which execution stays possible.
    pub grace_period: BlockNumber,
}

/// A proposal: its actions and where it stands beyond its poll (which holds its
/// votes, quorum and reward budget under the same id).
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Proposal {
    /// Who opened it and paid its deposit.
    pub proposer: AccountId,
    /// What it does, in order.
    pub actions: Vec<Action>,
    /// The deposit held until it is decided.
    pub deposit: Balance,
    /// Whether an action is critical (supermajority, longer timelock).
    pub critical: bool,
    /// The share of the voting seats that must approve it (more than), as the
    /// parameters stood when it opened.
    pub approval_bps: BasisPoints,
    /// Blocks between queueing and the earliest execution, as when it opened.
    pub timelock: BlockNumber,
    /// Blocks after the earliest execution during which it may be executed, as when
    /// it opened.
    pub grace_period: BlockNumber,
    /// The first block it may be executed in, once queued.
    pub eta: Option<BlockNumber>,
    /// A final state it reached by a call: Canceled, Executed or Vetoed.
    pub closed: Option<ProposalState>,
    /// Whether its deposit is held, returned or forfeited.
    pub deposit_status: DepositStatus,
}

/// What became of a proposal's deposit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum DepositStatus {
    /// Held by the contract until the proposal is decided.
    Held,
    /// Paid back to the proposer.
    Returned,
    /// Added to the pool (no quorum, or vetoed).
    Forfeited,
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
    pub parameters: RewardsParameters,
    /// Revenue not yet given to any poll.
    pub(crate) pool: Balance,
    /// Budgets of polls not yet claimed or returned: with `pool`, what the balance covers.
    pub(crate) committed: Balance,
    /// The current allocation period, once a poll has opened.
    pub(crate) period: Option<AllocationPeriod>,
    /// Polls each account has open (not yet finalized).
    pub(crate) open_polls: Mapping<AccountId, u32>,
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
    /// The parameters of governance.
    pub governance: GovernanceParameters,
    /// The guardian, who may veto a queued proposal; `None` once renounced.
    pub guardian: Option<AccountId>,
    /// Proposals by the id of their poll.
    pub(crate) proposals: Mapping<PollId, Proposal>,
    /// Proposal deposits held, not yet returned or forfeited: with `pool` and
    /// `committed`, what the balance covers.
    pub(crate) deposits: Balance,
}

/// A poll about to open: what it is, how long it runs, and `seats`, the registry's
/// snapshot now, as the seats that count.
pub struct PollDraft {
    /// General or listing.
    pub kind: PollKind,
    /// Its title.
    pub title: String,
    /// Its questions, already checked.
    pub questions: Vec<Question>,
    /// How many blocks after opening voting starts (a proposal's voting delay).
    pub delay: BlockNumber,
    /// How many blocks voting runs.
    pub duration: BlockNumber,
    /// The seats issued when it opens and the number they all lie below.
    pub seats: SeatSnapshot,
}
