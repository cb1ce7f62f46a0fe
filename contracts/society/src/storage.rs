//! The society's storage and the types stored in it: data only (its parameters and the
//! judge's verdicts come from `interfaces::society`, as governance proposes them). The
//! rules are in `roles.rs` (who plays which role), `bids.rs`
//! (the bid book), `rotation.rs` (candidates, votes, the head, the next intake),
//! `challenge.rs` (membership challenges), `payouts.rs` (the pot, payouts and
//! deposits) and `membership.rs` (founding, votes, the judge, the operator's settings).

use ink::{
    prelude::vec::Vec,
    primitives::AccountId,
    storage::{Lazy, Mapping},
};
pub use interfaces::society::{Judgement, SocietyParameters};
use interfaces::{Balance, BlockNumber, Id, OperatorRole, SeatCategory, SocietyError};

use crate::entropy::EntropyPool;

/// Result of the society's messages.
pub type Result<T> = core::result::Result<T, SocietyError>;

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

/// The two kinds of draw round: a rotation period's and a challenge round's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum DrawKind {
    /// Votes on candidates seed the rotation's draws.
    Rotation,
    /// Votes on the defender seed the next defender's draw.
    Challenge,
}

/// Where a member's commitment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum CommitmentState {
    /// Not revealed yet.
    Pending,
    /// Revealed: its secret is in the round's seed.
    Revealed,
    /// Not revealed in time: its voter was struck and slashed.
    Forfeited,
}

/// A member's commitment in one draw round: `blake2(secret ‖ member)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Commitment {
    /// The round it belongs to.
    pub round: u32,
    /// The committed hash.
    pub hash: [u8; 32],
    /// Revealed, pending or forfeited.
    pub state: CommitmentState,
}

/// What one draw round has gathered so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct DrawRound {
    /// Members who committed.
    pub commitments: u32,
    /// Members who revealed.
    pub reveals: u32,
    /// The XOR of the revealed contributions.
    pub revealed: [u8; 32],
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

/// A ballot counted when a candidate is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum Ballot {
    /// A cast approval.
    Approve,
    /// A cast rejection.
    Reject,
    /// A skeptic who did not vote: a rejection, and always on the wrong side.
    LazySkeptic,
}

/// How far the candidate being resolved is: its ballots are collected (skeptics first,
/// then cast votes), one is drawn to decide, then each is settled (wrong side struck,
/// right side entered in the rewardee draw), then the candidate is closed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct Tally {
    /// While collecting: the next skeptic, then (past the skeptics) the next cast vote.
    /// Once decided: the next ballot to settle.
    pub next: u32,
    /// The ballots collected, in collection order.
    pub ballots: Vec<(AccountId, Ballot)>,
    /// Approvals among them.
    pub approvals: u32,
    /// The winning side, once every ballot is in and one was drawn.
    pub winning: Option<Ballot>,
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
    /// The candidate being resolved (the one after the `resolved` first).
    pub tally: Tally,
}

/// Where a `rotate` call left the rotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub struct RotationStep {
    /// Candidates this call finished resolving.
    pub resolved: u32,
    /// Candidates still to resolve.
    pub remaining: u32,
    /// Whether the rotation is complete (new candidates and skeptics chosen).
    pub finished: bool,
    /// The entropy pool after this call: every draw of the rotation follows from it, so
    /// equal pools mean equal outcomes, whoever called.
    pub pool: [u8; 32],
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
    pub parameters: SocietyParameters,
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
    /// Rotation periods completed; numbers the rotation's draw round.
    pub rotation_round: u32,
    /// The current rotation period's draw round.
    pub rotation_draw: DrawRound,
    /// The current challenge round's draw round.
    pub challenge_draw: DrawRound,
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
    /// Number of skeptics among the voters on each candidate (skeptics never count
    /// against `max_voters`).
    pub(crate) skeptic_voter_counts: Mapping<AccountId, u32>,
    /// Each member's commitment in the current or a past round of each kind.
    pub(crate) commitments: Mapping<(AccountId, DrawKind), Commitment>,
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
